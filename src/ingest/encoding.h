// Character encodings: every byte sequence that enters attache leaves as valid UTF-8.
//
// Order of evidence: a byte-order mark, then the charset the input declares (HTTP header, <meta>),
// then detection (uchardet) when nothing is declared or the declaration is plainly wrong. Bytes
// that cannot be decoded are replaced by U+FFFD and reported with their offset, never passed on.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace attache::ingest {

struct DecodeReport {
  std::string charset;                    // what the bytes were decoded as ("UTF-8", "windows-1252", ...)
  bool from_bom = false;                  // the charset came from a byte-order mark
  bool detected = false;                  // the charset was guessed, not declared
  std::string note;                       // why the declared charset was not used, if it was not
  size_t bom_bytes = 0;                   // bytes of BOM removed from the front
  size_t invalid = 0;                     // ill-formed sequences replaced by U+FFFD
  std::vector<uint64_t> invalid_offsets;  // byte offsets in the input of the first few of them
};

// Converts `bytes` to UTF-8 in place. `declared` is the input's declared charset ("" if none).
DecodeReport to_utf8(std::string& bytes, std::string_view declared = {});

// A human-readable summary of the problems in `r` ("3 invalid bytes, first at 120 ...") or "" if
// there are none worth a diagnostic.
std::string describe_invalid(const DecodeReport& r);

// Canonical charset name for a declared label ("utf8", "UTF-8", "latin1" -> ICU names), "" if
// unknown.
std::string canonical_charset(std::string_view label);

}  // namespace attache::ingest
