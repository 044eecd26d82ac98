// Document: one article as attache reads it.
//
// `text` is the article's text in UTF-8 exactly as the reader produced it; it never changes
// afterwards, and every Span (tokens, mentions, evidence) is a byte range into it. Cleaning
// does not rewrite `text`: it marks `body` ranges (the article proper) and leaves page
// furniture (menus, teaser lists, sign-offs) outside them, so evidence stays valid against
// the stored text. Value type; not shared between threads while being annotated.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"
#include "core/span.h"

namespace attache {

struct Document {
  std::string id;
  std::string text;
  std::optional<PartialDate> published;  // publication date if known
  std::string published_source;          // where `published` came from ("input", "meta", "dateline", ...)
  std::string url;
  std::string title;
  std::string source;  // outlet name, if the input gives it
  std::string lang;    // BCP-47 code if given or identified ("en")
  std::string origin;  // path (and record offset) the document was read from

  // Ranges of `text` that are the article proper. Empty means "all of text".
  std::vector<Span> body;

  std::vector<Diagnostic> diagnostics;
};

// The article proper as one string: the body ranges joined by blank lines, or all of the text when
// cleaning marked no ranges. What duplicate detection and language identification look at.
inline std::string body_text(const Document& doc) {
  if (doc.body.empty()) return doc.text;
  std::string out;
  for (const Span& s : doc.body) {
    if (!out.empty()) out += "\n\n";
    out.append(s.of(doc.text));
  }
  return out;
}

}  // namespace attache
