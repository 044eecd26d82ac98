// Date expressions in news text and their resolution against the publication date.
//
// find_dates() recognises "on Tuesday", "February 27", "27 February 2024", "in November 2023",
// "last January", "this year", "next month", "from September 29 to October 2", "in 2025", "late July".
// resolve() applies the guidelines: a weekday is the latest such day on or before `published` (after,
// for planned occasions); a month without a year takes the year that keeps a held occasion at or
// before `published`; only the precision the text gives is kept. Month and weekday names come from
// ICU's English date symbols. Thread-safe (const tables built once).
#pragma once

#include <optional>
#include <vector>

#include "core/date.h"
#include "segment/tokens.h"

namespace attache::time {

enum class Relative : uint8_t { kNone, kThis, kLast, kNext, kComing };

struct DateExpr {
  uint32_t begin = 0, end = 0;  // tokens
  int year = 0, month = 0, day = 0;  // as written (0 = not given)
  int weekday = -1;                  // 0 = Monday, when a weekday is named
  Relative relative = Relative::kNone;
  bool year_unit = false;   // "this year", "next year"
  bool month_unit = false;  // "this month", "next month"
  bool vague = false;       // "in the coming time", "soon": no date
  int day_offset = 0;       // "today" 0, "yesterday" -1, "tomorrow" +1 (with `deictic`)
  bool deictic = false;     // relative to the publication day
  // a range's end ("to October 2"), same fields
  bool has_end = false;
  int end_year = 0, end_month = 0, end_day = 0;
};

// All date expressions in tokens [begin, end).
std::vector<DateExpr> find_dates(const segment::TokenizedText& text, size_t begin, size_t end);

// Resolves an expression. `future` = the occasion is planned or proposed. Returns nullopt when the
// expression cannot be placed (vague, or relative with no publication date).
std::optional<PartialDate> resolve(const DateExpr& d, const std::optional<PartialDate>& published, bool future);
std::optional<PartialDate> resolve_end(const DateExpr& d, const std::optional<PartialDate>& published, bool future);

// 1..12 for an English month name or abbreviation (folded), else 0.
int month_number(std::string_view folded);
// 0..6 (Monday first) for an English weekday name (folded), else -1.
int weekday_number(std::string_view folded);

}  // namespace attache::time
