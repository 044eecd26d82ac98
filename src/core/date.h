// PartialDate: a calendar date known to year, month or day precision ("2025", "2025-09",
// "2025-09-24"), as the guidelines require dates to carry only the precision the text gives.
// Value type; thread-safe.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace attache {

struct PartialDate {
  int year = 0;
  int month = 0;  // 0 = unknown
  int day = 0;    // 0 = unknown

  bool has_month() const { return month != 0; }
  bool has_day() const { return day != 0; }

  // "YYYY", "YYYY-MM" or "YYYY-MM-DD".
  std::string to_string() const;
  // Parses "YYYY", "YYYY-MM", "YYYY-MM-DD", and ISO timestamps "YYYY-MM-DDThh:mm..." (time dropped).
  // Returns nullopt for anything else or an impossible date.
  static std::optional<PartialDate> parse(std::string_view s);

  friend bool operator==(const PartialDate&, const PartialDate&) = default;
  friend auto operator<=>(const PartialDate&, const PartialDate&) = default;
};

// Days in a month of the proleptic Gregorian calendar (month 1..12).
int days_in_month(int year, int month);
// 0 = Monday ... 6 = Sunday, for a full date.
int weekday(int year, int month, int day);
// Days since 1970-01-01 for a full date (negative before).
long days_from_civil(int year, int month, int day);
PartialDate civil_from_days(long days);

}  // namespace attache
