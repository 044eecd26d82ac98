// The engagement record: what attache produces for one document.
//
// These types mirror ../shared/spec/engagement.schema.json field for field; core/json_io.h
// converts them to and from JSON. They are plain values shared by the extractor, the scorer
// and the store. Enumerations are enum classes; their spelling in JSON is in json_io.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/span.h"

namespace attache {

enum class EngagementKind : uint8_t {
  kPolicyDialogue,
  kBilateralMeeting,
  kMultilateralMeeting,
  kVisit,
  kCall,
  kSigning,
  kExercise,
  kOther,
};

enum class EngagementStatus : uint8_t { kHeld, kPlanned, kProposed };
enum class Salience : uint8_t { kMain, kBackground };

struct Location {
  std::optional<std::string> city;
  std::optional<std::string> country;  // ISO 3166-1 alpha-3
  friend bool operator==(const Location&, const Location&) = default;
};

struct Participant {
  std::string name;
  std::optional<std::string> country;  // ISO 3166-1 alpha-3
  std::optional<std::string> title;
  std::optional<std::string> rank;
  std::optional<std::string> organization;
  friend bool operator==(const Participant&, const Participant&) = default;
};

// Why a field has its value (for `extract --explain`): the rule or dictionary entry that set it.
struct Explanation {
  std::string field;
  std::string rule;
  Span span;  // where in the text, if anywhere (empty otherwise)
};

struct Engagement {
  EngagementKind kind = EngagementKind::kOther;
  EngagementStatus status = EngagementStatus::kHeld;
  Salience salience = Salience::kMain;
  std::optional<std::string> name;
  std::optional<std::string> mechanism;
  std::optional<int> ordinal;
  std::optional<PartialDate> date;
  std::optional<PartialDate> end_date;
  std::optional<Location> location;
  std::vector<std::string> countries;  // alpha-3, unique, in order of first mention
  std::vector<std::string> groups;     // "ASEAN", "EU", ...
  std::vector<Participant> participants;
  std::vector<std::string> areas;      // ids of areas.tsv
  std::vector<Span> evidence;
  std::vector<Explanation> explanations;  // filled only when asked for
};

// One document's output line.
struct DocumentRecord {
  std::string doc;
  std::optional<PartialDate> published;
  std::vector<Engagement> engagements;
};

const char* to_string(EngagementKind k);
const char* to_string(EngagementStatus s);
const char* to_string(Salience s);
std::optional<EngagementKind> parse_kind(std::string_view s);
std::optional<EngagementStatus> parse_status(std::string_view s);
std::optional<Salience> parse_salience(std::string_view s);

}  // namespace attache
