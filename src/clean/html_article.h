// Main-content extraction: from a parsed web page to the article it carries.
//
// In the spirit of Readability, jusText and trafilatura (this is an independent implementation):
//  1. page furniture is dropped by what it is (nav, aside, footer, forms controls, scripts,
//     figures and their captions, hidden elements) and by what it is called (class/id words such
//     as menu, related, share, comment, widget, exchange-rate), unless it holds the headline;
//  2. the rest is cut into blocks (paragraph-level runs of text) and each block's score (length,
//     commas) flows to its ancestors; the best-scoring element, weighted by link density, is the
//     article body, joined by siblings that score nearly as well or read like prose;
//  3. inside it, blocks that are link lists, share/print/"read more" lines, datelines, bylines or
//     captions are dropped, with headings that only introduce dropped blocks;
//  4. the headline (the <h1> that matches the page title, else the title) is put first.
// The article is rendered as headline, blank line, paragraphs separated by blank lines, with a
// SourceMap from every byte back to the page. Metadata (title, publication date and where it was
// found, language, canonical URL) is read on the way. Pure function of the tree; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "clean/html_tree.h"
#include "clean/source_map.h"
#include "core/date.h"

namespace attache::clean {

struct HtmlArticle {
  std::string text;  // headline, blank line, paragraphs separated by blank lines ("" if none)
  SourceMap map;     // text byte -> byte of the UTF-8 page
  std::string title;
  std::optional<PartialDate> published;
  std::string published_source;  // "meta", "json-ld", "time", "page", "dateline"
  std::string lang;              // primary language subtag from <html lang>, lower-case
  std::string canonical_url;     // <link rel=canonical> or og:url
  size_t blocks = 0;             // text blocks on the page
  size_t blocks_kept = 0;        // of which in the article
};

// Extracts the article of the page `tree` was parsed from.
HtmlArticle extract_article(const HtmlTree& tree);

// Parses UTF-8 `html` and extracts its article.
HtmlArticle clean_html(std::string_view html);

}  // namespace attache::clean
