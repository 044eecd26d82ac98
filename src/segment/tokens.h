// Tokens and sentences of one document, as offsets (spaCy's TokenC idea).
//
// A Token is a byte Span into the document text plus an offset into `norm`, one buffer of match
// keys (normalize::fold of each token, abbreviation dots removed) owned by the TokenizedText.
// Nothing here copies document text. Built once per document by tokenize(); read-only after.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace attache::segment {

// A double quotation mark token: '"', U+201C or U+201D.
inline bool double_quote_mark(std::string_view w) { return w == "\"" || w == "\xe2\x80\x9c" || w == "\xe2\x80\x9d"; }
// Any quotation mark token: the double ones, and "'", U+2018 or U+2019.
inline bool quote_mark(std::string_view w) {
  return double_quote_mark(w) || w == "'" || w == "\xe2\x80\x98" || w == "\xe2\x80\x99";
}

enum TokenFlag : uint16_t {
  kAlpha = 1 << 0,         // has a letter
  kDigit = 1 << 1,         // all digits
  kPunct = 1 << 2,         // punctuation or symbol
  kCapitalized = 1 << 3,   // first letter upper case
  kAllCaps = 1 << 4,       // every letter upper case (and at least one)
  kAbbrevDot = 1 << 5,     // a trailing '.' belongs to the token ("Gen.", "U.S.")
  kSpaceBefore = 1 << 6,   // white space precedes the token
  kNewlineBefore = 1 << 7, // a line break precedes the token
  kHyphen = 1 << 8,        // a hyphen or dash
  kPossessive = 1 << 9,    // "'s" / "’s" / lone "'" after a name
};

struct Token {
  Span span;
  uint32_t norm_offset = 0;
  uint32_t norm_length = 0;
  uint16_t flags = 0;

  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t begin = 0;  // first token index
  uint32_t end = 0;    // one past the last token index
  Span span;           // bytes from the first token's start to the last token's end
  uint32_t paragraph = 0;
};

struct TokenizedText {
  std::string_view text;  // the document text (not owned)
  std::vector<Token> tokens;
  std::string norm;       // concatenated match keys
  std::vector<Sentence> sentences;

  std::string_view norm_of(size_t i) const {
    const Token& t = tokens[i];
    return std::string_view(norm).substr(t.norm_offset, t.norm_length);
  }
  std::string_view text_of(size_t i) const { return tokens[i].span.of(text); }
  // Index of the sentence containing token i (binary search).
  size_t sentence_of(size_t token) const;
  // Bytes from token a's start to token b-1's end.
  Span span_of(size_t a, size_t b) const { return Span{tokens[a].span.start, tokens[b - 1].span.end}; }
};

}  // namespace attache::segment
