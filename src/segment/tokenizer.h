// Tokenizer and sentence splitter for English news text.
//
// Splits on white space and punctuation, keeps abbreviation dots with their word ("Lt.", "U.S."),
// separates possessive "'s", and splits sentences at . ! ? and at every line break (in this genre a
// line is a paragraph). Abbreviations that never end a sentence come from data (abbreviations.txt).
// A Tokenizer is immutable after construction and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/span.h"
#include "segment/tokens.h"

namespace attache::segment {

class Tokenizer {
 public:
  // `abbreviations`: folded words without their dot ("gen", "lt", "mr", "jan") that take a dot
  // and do not end a sentence.
  explicit Tokenizer(std::vector<std::string> abbreviations);
  Tokenizer();  // with a small built-in list (for tests and tools that load no data)

  // Tokenizes `text` restricted to `ranges` (all of text if empty). Sentences never cross a range.
  TokenizedText tokenize(std::string_view text, const std::vector<Span>& ranges = {}) const;

  bool is_abbreviation(std::string_view folded_word) const;

 private:
  bool abbreviation(std::string_view word) const;
  void tokenize_range(std::string_view text, Span range, TokenizedText& out, uint32_t& paragraph) const;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> abbreviations_;
};

}  // namespace attache::segment
