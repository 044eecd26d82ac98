#include "core/engagement.h"

#include <array>
#include <utility>

namespace attache {

namespace {

constexpr std::array<std::pair<EngagementKind, const char*>, 8> kKinds{{
    {EngagementKind::kPolicyDialogue, "policy_dialogue"},
    {EngagementKind::kBilateralMeeting, "bilateral_meeting"},
    {EngagementKind::kMultilateralMeeting, "multilateral_meeting"},
    {EngagementKind::kVisit, "visit"},
    {EngagementKind::kCall, "call"},
    {EngagementKind::kSigning, "signing"},
    {EngagementKind::kExercise, "exercise"},
    {EngagementKind::kOther, "other"},
}};

constexpr std::array<std::pair<EngagementStatus, const char*>, 3> kStatuses{{
    {EngagementStatus::kHeld, "held"},
    {EngagementStatus::kPlanned, "planned"},
    {EngagementStatus::kProposed, "proposed"},
}};

constexpr std::array<std::pair<Salience, const char*>, 2> kSaliences{{
    {Salience::kMain, "main"},
    {Salience::kBackground, "background"},
}};

template <typename E, size_t N>
const char* name_of(const std::array<std::pair<E, const char*>, N>& table, E value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return "?";
}

template <typename E, size_t N>
std::optional<E> value_of(const std::array<std::pair<E, const char*>, N>& table, std::string_view s) {
  for (const auto& [v, name] : table) {
    if (s == name) return v;
  }
  return std::nullopt;
}

}  // namespace

const char* to_string(EngagementKind k) { return name_of(kKinds, k); }
const char* to_string(EngagementStatus s) { return name_of(kStatuses, s); }
const char* to_string(Salience s) { return name_of(kSaliences, s); }
std::optional<EngagementKind> parse_kind(std::string_view s) { return value_of(kKinds, s); }
std::optional<EngagementStatus> parse_status(std::string_view s) { return value_of(kStatuses, s); }
std::optional<Salience> parse_salience(std::string_view s) { return value_of(kSaliences, s); }

}  // namespace attache
