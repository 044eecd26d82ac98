#include "ingest/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "ingest/detect_charset.h"
#include "normalize/fold.h"

namespace attache::ingest {

namespace {

constexpr size_t kMaxOffsets = 8;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct Utf8Scan {
  size_t multibyte = 0;  // well-formed sequences of 2..4 bytes
  size_t invalid = 0;
  std::vector<uint64_t> offsets;
};

Utf8Scan scan_utf8(std::string_view s) {
  Utf8Scan r;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      ++r.invalid;
      if (r.offsets.size() < kMaxOffsets) r.offsets.push_back(static_cast<uint64_t>(start));
    } else {
      ++r.multibyte;
    }
  }
  return r;
}

bool is_utf8_label(std::string_view canon) { return canon == "UTF-8"; }

// ICU "to Unicode" callback: substitutes U+FFFD like the default, and records where it did.
struct CallbackCtx {
  const char* base = nullptr;
  size_t count = 0;
  std::vector<uint64_t> offsets;
};

void U_CALLCONV record_and_substitute(const void* context, UConverterToUnicodeArgs* args,
                                      const char* code_units, int32_t length, UConverterCallbackReason reason,
                                      UErrorCode* err) {
  if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR) {
    auto* ctx = static_cast<CallbackCtx*>(const_cast<void*>(context));
    ++ctx->count;
    if (ctx->offsets.size() < kMaxOffsets) {
      // args->source points just past the offending bytes.
      long off = static_cast<long>(args->source - ctx->base) - length;
      ctx->offsets.push_back(static_cast<uint64_t>(std::max(0L, off)));
    }
    (void)code_units;
    *err = U_ZERO_ERROR;
    static const UChar kReplacement = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
  }
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Decodes `bytes` as `charset` (an ICU name). Returns false if ICU does not know it.
bool convert(std::string& bytes, const std::string& charset, DecodeReport& rep) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset.c_str(), &err));
  if (U_FAILURE(err) || !conv) return false;
  CallbackCtx ctx;
  ctx.base = bytes.data();
  ucnv_setToUCallBack(conv.get(), record_and_substitute, &ctx, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return false;

  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  std::vector<UChar> u16(32 * 1024);
  std::vector<char> u8(u16.size() * 3 + 4);
  const char* src = bytes.data();
  const char* src_end = bytes.data() + bytes.size();
  for (;;) {
    UChar* target = u16.data();
    err = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, u16.data() + u16.size(), &src, src_end, nullptr, /*flush=*/true,
                   &err);
    int32_t produced = static_cast<int32_t>(target - u16.data());
    if (produced > 0) {
      UErrorCode e2 = U_ZERO_ERROR;
      int32_t len8 = 0;
      int32_t subs = 0;
      u_strToUTF8WithSub(u8.data(), static_cast<int32_t>(u8.size()), &len8, u16.data(), produced, 0xFFFD,
                         &subs, &e2);
      if (U_SUCCESS(e2)) out.append(u8.data(), static_cast<size_t>(len8));
    }
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;
    break;
  }
  if (U_FAILURE(err)) return false;
  // Windows-1258 (and VISCII-era habits) write tones as combining marks: compose them, so the
  // text reads the same as the same words typed in UTF-8.
  if (!normalize::is_ascii(out)) out = normalize::to_nfc(out);
  bytes = std::move(out);
  rep.invalid = ctx.count;
  rep.invalid_offsets = std::move(ctx.offsets);
  return true;
}

void decode_as_utf8(std::string& bytes, DecodeReport& rep, const Utf8Scan& scan) {
  rep.charset = "UTF-8";
  rep.invalid = scan.invalid;
  rep.invalid_offsets = scan.offsets;
  if (scan.invalid > 0) normalize::repair_utf8(bytes);
}

void shift_offsets(DecodeReport& rep) {
  for (auto& o : rep.invalid_offsets) o += rep.bom_bytes;
}

// UTF-16 / UTF-32 are never "detected" from ASCII-looking text; only a BOM names them.
size_t strip_bom(std::string& bytes, DecodeReport& rep) {
  auto starts = [&](std::string_view sig) { return bytes.compare(0, sig.size(), sig) == 0; };
  if (starts("\xEF\xBB\xBF")) {
    rep.charset = "UTF-8";
    return 3;
  }
  if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) {
    rep.charset = "UTF-32LE";
    return 4;
  }
  if (starts(std::string_view("\x00\x00\xFE\xFF", 4))) {
    rep.charset = "UTF-32BE";
    return 4;
  }
  if (starts("\xFF\xFE")) {
    rep.charset = "UTF-16LE";
    return 2;
  }
  if (starts("\xFE\xFF")) {
    rep.charset = "UTF-16BE";
    return 2;
  }
  return 0;
}

}  // namespace

std::string canonical_charset(std::string_view label) {
  std::string l = lower(label);
  // Trim quotes and spaces that sloppy headers leave in.
  auto not_junk = [](char c) { return c != ' ' && c != '"' && c != '\'' && c != '\t'; };
  l.erase(l.begin(), std::find_if(l.begin(), l.end(), not_junk));
  while (!l.empty() && !not_junk(l.back())) l.pop_back();
  if (l.empty()) return {};
  // Browsers read these labels as windows-1252 (the WHATWG Encoding Standard does too), and
  // pages that say them routinely contain 0x80-0x9F quotes and dashes.
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "latin-1" || l == "us-ascii" ||
      l == "ascii" || l == "l1" || l == "cp819" || l == "ibm819") {
    return "windows-1252";
  }
  if (l == "utf8" || l == "utf-8" || l == "unicode-1-1-utf-8") return "UTF-8";
  if (l == "cp1258" || l == "windows-1258" || l == "x-cp1258") return "windows-1258";
  UErrorCode err = U_ZERO_ERROR;
  const char* canon = ucnv_getCanonicalName(l.c_str(), "", &err);
  if (U_FAILURE(err) || canon == nullptr || *canon == '\0') {
    err = U_ZERO_ERROR;
    // Not an IANA/MIME name ICU knows under that standard; try ICU's own alias table.
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(l.c_str(), &err));
    if (U_FAILURE(err) || !conv) return {};
    err = U_ZERO_ERROR;
    const char* name = ucnv_getName(conv.get(), &err);
    if (U_FAILURE(err) || name == nullptr) return {};
    std::string n(name);
    if (n == "UTF-8") return n;
    return l;  // ICU opens it under the label given; keep the label (it is a valid alias)
  }
  std::string c(canon);
  if (c == "UTF-8") return c;
  return l;
}

DecodeReport to_utf8(std::string& bytes, std::string_view declared) {
  DecodeReport rep;
  rep.bom_bytes = strip_bom(bytes, rep);
  if (rep.bom_bytes > 0) {
    rep.from_bom = true;
    bytes.erase(0, rep.bom_bytes);
    if (rep.charset != "UTF-8") {
      if (!convert(bytes, rep.charset, rep)) {
        rep.note = "cannot decode " + rep.charset;
        decode_as_utf8(bytes, rep, scan_utf8(bytes));
      }
      shift_offsets(rep);
      return rep;
    }
    decode_as_utf8(bytes, rep, scan_utf8(bytes));
    shift_offsets(rep);
    return rep;
  }

  Utf8Scan scan = scan_utf8(bytes);
  std::string canon = declared.empty() ? std::string() : canonical_charset(declared);
  if (!declared.empty() && canon.empty()) {
    rep.note = "unknown charset '" + std::string(declared) + "' declared";
  }

  // A declaration is honoured unless the bytes plainly contradict it.
  if (!canon.empty()) {
    if (is_utf8_label(canon)) {
      // Plainly wrong: not one well-formed multi-byte sequence, yet bytes above 0x7F.
      if (scan.invalid > 0 && scan.multibyte == 0) {
        std::string guess = detect_charset(bytes);
        if (!guess.empty() && guess != "UTF-8" && convert(bytes, guess, rep)) {
          rep.charset = guess;
          rep.detected = true;
          rep.note = "declared UTF-8 but the bytes are not UTF-8 (first bad byte at " +
                     std::to_string(scan.offsets.empty() ? 0 : scan.offsets[0]) + "); decoded as " + guess +
                     " (detected)";
          return rep;
        }
      }
      decode_as_utf8(bytes, rep, scan);
      return rep;
    }
    // Declared a legacy charset, but the text is well-formed UTF-8 with non-ASCII in it: a
    // single-byte charset would almost never produce that by accident.
    if (scan.invalid == 0 && scan.multibyte > 0) {
      rep.note = "declared " + canon + " but the bytes are valid UTF-8; decoded as UTF-8";
      decode_as_utf8(bytes, rep, scan);
      return rep;
    }
    if (convert(bytes, canon, rep)) {
      rep.charset = canon;
      return rep;
    }
    rep.note = "cannot decode declared charset '" + std::string(declared) + "'";
  }

  if (scan.invalid == 0) {
    decode_as_utf8(bytes, rep, scan);
    return rep;
  }
  // Mostly UTF-8 with a few damaged bytes: repair rather than reinterpret everything.
  if (scan.multibyte > 0 && scan.invalid * 4 <= scan.multibyte) {
    decode_as_utf8(bytes, rep, scan);
    return rep;
  }
  std::string guess = detect_charset(bytes);
  if (!guess.empty() && guess != "UTF-8") {
    std::string keep = bytes;
    if (convert(bytes, guess, rep)) {
      rep.charset = guess;
      rep.detected = true;
      return rep;
    }
    bytes = std::move(keep);
  }
  decode_as_utf8(bytes, rep, scan);
  return rep;
}

std::string describe_invalid(const DecodeReport& r) {
  if (r.invalid == 0) return {};
  std::string m = std::to_string(r.invalid) + (r.invalid == 1 ? " byte sequence" : " byte sequences") +
                  " not valid in " + r.charset + " replaced by U+FFFD, at byte";
  m += r.invalid_offsets.size() > 1 ? "s " : " ";
  for (size_t i = 0; i < r.invalid_offsets.size(); ++i) {
    if (i > 0) m += ", ";
    m += std::to_string(r.invalid_offsets[i]);
  }
  if (r.invalid > r.invalid_offsets.size()) m += ", ...";
  return m;
}

}  // namespace attache::ingest
