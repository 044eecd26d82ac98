// Diagnostic: a problem found while reading or processing one input, as a value.
//
// One bad article never stops a batch: readers and stages attach Diagnostics to what they
// return instead of throwing. Exceptions are kept for start-up failures (a broken data file).
#pragma once

#include <cstdint>
#include <string>

namespace attache {

enum class Severity : uint8_t { kWarning, kError };

// Stable codes, so that scripts can match on them (spaCy's E001 habit).
enum class DiagCode : uint16_t {
  kIoError = 1,        // file missing, unreadable, not a regular file
  kInvalidUtf8 = 2,    // bytes that are not UTF-8 (offset given)
  kEmptyDocument = 3,  // nothing to extract from
  kTooLarge = 4,       // over the size budget; truncated or skipped
  kMalformedRecord = 5,  // a JSON line or archive record that cannot be parsed
  kUnsupported = 6,    // format or language attache does not read yet
  kDuplicate = 7,      // same article seen before
  kBadValue = 8,       // a field with a value of the wrong type or form
};

struct Diagnostic {
  Severity severity = Severity::kError;
  DiagCode code = DiagCode::kIoError;
  std::string source;   // path or "-" for standard input
  uint64_t offset = 0;  // byte offset or line number within source, see `offset_is_line`
  bool offset_is_line = false;
  std::string message;

  // "path:line: error E005: message" or "path@offset: ..." for byte offsets.
  std::string to_string() const;
};

const char* diag_code_name(DiagCode code);

}  // namespace attache
