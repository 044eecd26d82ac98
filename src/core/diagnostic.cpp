#include "core/diagnostic.h"

#include <cstdio>

namespace attache {

const char* diag_code_name(DiagCode code) {
  switch (code) {
    case DiagCode::kIoError: return "io-error";
    case DiagCode::kInvalidUtf8: return "invalid-utf8";
    case DiagCode::kEmptyDocument: return "empty-document";
    case DiagCode::kTooLarge: return "too-large";
    case DiagCode::kMalformedRecord: return "malformed-record";
    case DiagCode::kUnsupported: return "unsupported";
    case DiagCode::kDuplicate: return "duplicate";
    case DiagCode::kBadValue: return "bad-value";
  }
  return "unknown";
}

std::string Diagnostic::to_string() const {
  std::string out = source;
  if (offset_is_line) {
    out += ':' + std::to_string(offset);
  } else if (offset != 0) {
    out += '@' + std::to_string(offset);
  }
  out += severity == Severity::kError ? ": error " : ": warning ";
  char code_buf[8];
  std::snprintf(code_buf, sizeof code_buf, "E%03u", static_cast<unsigned>(code));
  out += code_buf;
  out += " (";
  out += diag_code_name(code);
  out += "): ";
  out += message;
  return out;
}

}  // namespace attache
