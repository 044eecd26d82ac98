// Date expressions in news text and their resolution against the publication date.
//
// find_dates() recognises "on Tuesday", "February 27", "27 February 2024", "in November 2023",
// "last January", "this year", "next month", "from September 29 to October 2", "in 2025", "late July",
// "June last year", "earlier this week", "from 13 to 16 January", "the day before", "later that day".
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
  bool week_unit = false;   // "this week", "earlier this week", "last week"
  int day_offset = 0;       // "today" 0, "yesterday" -1, "tomorrow" +1 (with `deictic` or `anchored`)
  bool deictic = false;     // relative to the publication day
  // Relative to another occasion's day, not to the publication: "the day before" (-1), "the next day"
  // (+1), "later that day", "the same day" (0). resolve() cannot place it; resolve_from() does.
  bool anchored = false;
  // "June last year", "March next year", "September this year": the year counted from `published`
  bool rel_year = false;
  int year_offset = 0;
  // a range's end ("to October 2"), same fields
  bool has_end = false;
  int end_year = 0, end_month = 0, end_day = 0;
  int end_weekday = -1;  // "from Monday to Wednesday": the range ends on that weekday after the start
};

// All date expressions in tokens [begin, end).
std::vector<DateExpr> find_dates(const segment::TokenizedText& text, size_t begin, size_t end);

// Resolves an expression. `future` = the occasion is planned or proposed. Returns nullopt when the
// expression cannot be placed (vague, or relative with no publication date).
std::optional<PartialDate> resolve(const DateExpr& d, const std::optional<PartialDate>& published, bool future);
std::optional<PartialDate> resolve_end(const DateExpr& d, const std::optional<PartialDate>& published, bool future);
// An `anchored` expression counted from `reference` (the day of the occasion it is told against);
// nullopt when the reference has no day and the offset is not zero.
std::optional<PartialDate> resolve_from(const DateExpr& d, const std::optional<PartialDate>& reference);

// 1..12 for an English month name or abbreviation (folded), else 0.
int month_number(std::string_view folded);
// 0..6 (Monday first) for an English weekday name (folded), else -1.
int weekday_number(std::string_view folded);

}  // namespace attache::time
