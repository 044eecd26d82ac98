// Cleaning plain text to the article: marks Document::body, leaving page furniture out.
//
// Text copied from news pages keeps some of the page with it: photo captions, layout residue
// ("|"), bylines and translator credits, agency sign-offs ("-VNA", "— VNA/VNS") and, after the
// sign-off, teaser lists of unrelated headlines. Nothing is removed from the text (spans stay
// valid against what is stored); `body` lists the article's ranges and the extractor looks only
// there. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/span.h"

namespace attache::clean {

// Why a range of the text is not article.
enum class FurnitureKind : uint8_t {
  kCaption,   // "... (Photo: VNA)", a short line set off like a caption
  kLayout,    // lines with no words ("|"), table residue
  kCredit,    // "By ...", "Translated by ...", "Source: ..."
  kSignOff,   // "VNA", "-VNA", "— VNA/VNS" closing the article
  kTail,      // everything after the article's end: teaser lists, related headlines
  kDateline,  // a date/time line on its own before the article
};

const char* furniture_kind_name(FurnitureKind k);

struct Furniture {
  Span span;
  FurnitureKind kind;
};

struct TextCleaning {
  std::vector<Span> body;            // article ranges, in order, non-overlapping, non-empty
  std::vector<Furniture> furniture;  // what was left out, in order
};

// Finds the article ranges of `text` (and what was left out, with the reason).
TextCleaning clean_text(std::string_view text);

// Sets doc.body from clean_text(doc.text) when cleaning leaves something out; an article that
// is all article keeps an empty body ("all of text"). If nothing is left, body is one empty span.
void clean_text_document(Document& doc);

}  // namespace attache::clean
