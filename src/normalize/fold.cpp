#include "normalize/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstring>

namespace attache::normalize {

namespace {

// Length of the ASCII prefix of p[0, n), eight bytes at a time (news text is nearly all ASCII).
size_t ascii_prefix(const uint8_t* p, size_t n) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & kHigh) break;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

}  // namespace

std::optional<size_t> find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    i += static_cast<int32_t>(ascii_prefix(p + i, static_cast<size_t>(n - i)));
    if (i >= n) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::nullopt;
}

size_t repair_utf8(std::string& s) {
  if (!find_invalid_utf8(s)) return 0;
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  size_t replaced = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
      ++replaced;
    } else {
      out.append(s, static_cast<size_t>(start), static_cast<size_t>(i - start));
    }
  }
  s = std::move(out);
  return replaced;
}

bool is_ascii(std::string_view s) {
  return ascii_prefix(reinterpret_cast<const uint8_t*>(s.data()), s.size()) == s.size();
}

std::string to_nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || is_ascii(utf8)) return std::string(utf8);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (nfc->isNormalized(u, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  icu::UnicodeString n = nfc->normalize(u, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  n.toUTF8String(out);
  return out;
}

namespace {

// Letters with no canonical decomposition that readers still treat as their base letter.
UChar32 base_letter(UChar32 c) {
  switch (c) {
    case 0x0110: case 0x0111: return 'd';  // Đ đ (Vietnamese)
    case 0x00D0: case 0x00F0: return 'd';  // Ð ð
    case 0x0141: case 0x0142: return 'l';  // Ł ł
    case 0x00D8: case 0x00F8: return 'o';  // Ø ø
    case 0x0131: return 'i';               // dotless i
    case 0x2019: case 0x2018: case 0x02BC: case 0x0060: case 0x00B4: return '\'';  // apostrophes
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return '-';  // dashes
    default: return c;
  }
}

}  // namespace

void fold_append(std::string_view utf8, std::string& out) {
  if (is_ascii(utf8)) {
    // one resize, then a plain loop (this runs for every token of every article)
    const size_t at = out.size();
    out.resize(at + utf8.size());
    char* d = out.data() + at;
    for (char c : utf8) *d++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString d = U_SUCCESS(status) ? nfd->normalize(u, status) : u;
  if (U_FAILURE(status)) d = u;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    c = base_letter(c);
    kept.append(u_foldCase(c, U_FOLD_CASE_DEFAULT));
  }
  kept.toUTF8String(out);
}

std::string fold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  fold_append(utf8, out);
  return out;
}

}  // namespace attache::normalize
