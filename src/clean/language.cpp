#include "clean/language.h"

// compact_lang_det.h uses FILE without including <cstdio>.
#include <cld2/public/compact_lang_det.h>
// SpanInterchangeValid: the check DetectLanguageCheckUTF8 runs (exported by libcld2).
#include <cld2/internal/compact_lang_det_impl.h>

#include <algorithm>
#include <cstdio>

namespace attache::clean {

LanguageGuess identify_language(std::string_view text) {
  LanguageGuess g;
  size_t n = std::min<size_t>(text.size(), 64 * 1024);
  // Don't cut a UTF-8 sequence: CLD2 wants interchange-valid input.
  while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  if (n == 0) return g;
  // A stray invalid byte must not make CLD2 read past what was validated, so the text is checked
  // first; CLD2's own checking entry point would then run the whole detection a second time.
  if (CLD2::SpanInterchangeValid(text.data(), static_cast<int>(n)) < static_cast<int>(n)) return g;
  CLD2::Language top3[3];
  int percent3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguageSummary(text.data(), static_cast<int>(n), true, top3, percent3,
                                                    &text_bytes, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE) return g;
  g.code = CLD2::LanguageCode(lang);
  if (g.code == "un" || g.code == "xxx") g.code.clear();
  g.reliable = reliable && !g.code.empty();
  g.percent = percent3[0];
  return g;
}

}  // namespace attache::clean
