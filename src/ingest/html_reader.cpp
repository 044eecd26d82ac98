// HTML reader (step 2 fills this in).
#include "ingest/readers.h"

namespace attache::ingest {

bool html_to_document(std::string& /*bytes*/, std::string_view /*declared*/, Document& /*doc*/,
                      const Input& input, const ReadOptions& /*opts*/, std::vector<Diagnostic>& diags,
                      uint64_t offset, bool offset_is_line) {
  diags.push_back(make_diag(Severity::kError, DiagCode::kUnsupported, input.path, offset,
                            "HTML is not read yet", offset_is_line));
  return false;
}

}  // namespace attache::ingest
