// Rendering a scorer Report: a readable table, a per-document diff, or one JSON object.
//
// The JSON object carries every figure of the table and the per-document numbers, with stable
// key names (docs/EVAL.md lists them) so that scripts and CI can track them. Pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "eval/scorer.h"

namespace attache::eval {

// The summary table (what `attache eval` prints by default).
std::string format_table(const Report& report);

// One document's differences: matched pairs with their wrong fields, missed gold engagements,
// spurious predicted ones. Indices are those of the records' `engagements` arrays (0-based, as in
// the JSON pointer /engagements/N). `all_pairs` also lists pairs that agree on everything.
std::string format_diff(const DocResult& doc, bool all_pairs = true);

// One line per engagement: kind, status, date, place, mechanism or name, countries, participants.
std::string describe(const Engagement& e);

nlohmann::ordered_json report_to_json(const Report& report);

}  // namespace attache::eval
