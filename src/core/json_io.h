// JSON conversion of the engagement record (schema: ../shared/spec/engagement.schema.json).
//
// Writing is deterministic: fields in schema order, so that identical records give identical
// bytes (the knowledge base's idempotence rests on this). Reading is lenient about missing
// optional fields and strict about types; errors come back as values, never as exceptions.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>

#include "core/engagement.h"

namespace attache {

nlohmann::ordered_json to_json(const Participant& p);
nlohmann::ordered_json to_json(const Engagement& e, bool with_explanations = false);
nlohmann::ordered_json to_json(const DocumentRecord& r, bool with_explanations = false);

// One JSON line (no trailing newline).
std::string to_json_line(const DocumentRecord& r, bool with_explanations = false);

// Parse result: the record, or a message saying what is wrong and where (JSON pointer).
struct RecordParse {
  std::optional<DocumentRecord> record;
  std::string error;
};
RecordParse record_from_json(const nlohmann::json& j);
RecordParse record_from_json_text(std::string_view text);

}  // namespace attache
