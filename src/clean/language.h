// Language identification of article text (CLD2, Google's Compact Language Detector 2).
// Thread-safe: CLD2 keeps no state between calls.
#pragma once

#include <string>
#include <string_view>

namespace attache::clean {

struct LanguageGuess {
  std::string code;       // ISO 639-1 where one exists ("en", "vi"), "" if unknown
  bool reliable = false;  // CLD2's own verdict: enough text, a clear winner
  int percent = 0;        // share of the text in that language
};

// Identifies the language of UTF-8 `text` (the first 64 KiB are enough).
LanguageGuess identify_language(std::string_view text);

}  // namespace attache::clean
