#include "time/dates.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <charconv>
#include <set>
#include <string>
#include <unordered_map>

#include "normalize/fold.h"

namespace attache::time {

namespace {

struct NameTables {
  std::unordered_map<std::string, int> months;    // folded -> 1..12
  std::unordered_map<std::string, int> weekdays;  // folded -> 0..6
};

const NameTables& tables() {
  static const NameTables t = [] {
    NameTables out;
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale::getEnglish(), status);
    if (U_SUCCESS(status)) {
      int32_t n = 0;
      const icu::UnicodeString* names = symbols.getMonths(n);
      for (int32_t i = 0; i < n && i < 12; ++i) {
        std::string s;
        names[i].toUTF8String(s);
        out.months[normalize::fold(s)] = i + 1;
      }
      names = symbols.getShortMonths(n);
      for (int32_t i = 0; i < n && i < 12; ++i) {
        std::string s;
        names[i].toUTF8String(s);
        out.months[normalize::fold(s)] = i + 1;
      }
      // ICU weekdays are 1-based with Sunday = 1.
      names = symbols.getWeekdays(n);
      for (int32_t i = 1; i < n; ++i) {
        std::string s;
        names[i].toUTF8String(s);
        out.weekdays[normalize::fold(s)] = (i + 5) % 7;
      }
    }
    out.months["sept"] = 9;
    out.months.erase("may");  // "may" is also a verb: handled with a capital letter check below
    return out;
  }();
  return t;
}

bool parse_number(std::string_view s, int& out) {
  if (s.empty() || s.size() > 4) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  std::from_chars(s.data(), s.data() + s.size(), out);
  return true;
}

// "29", "29th", "1st" -> day number
bool parse_day(std::string_view s, int& out) {
  size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return false;
  std::string_view suffix = s.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  std::from_chars(s.data(), s.data() + digits, out);
  return out >= 1 && out <= 31;
}

// Days counted from another occasion ("the day before" the forum). Longest phrases first.
struct AnchoredPhrase {
  std::vector<std::string_view> words;
  int offset;
};

const std::vector<AnchoredPhrase>& anchored_phrases() {
  static const std::vector<AnchoredPhrase> list = {
      {{"later", "the", "same", "day"}, 0},
      {{"earlier", "the", "same", "day"}, 0},
      {{"on", "the", "same", "day"}, 0},
      {{"later", "in", "the", "day"}, 0},
      {{"earlier", "in", "the", "day"}, 0},
      {{"later", "that", "day"}, 0},
      {{"earlier", "that", "day"}, 0},
      {{"that", "same", "day"}, 0},
      {{"the", "same", "day"}, 0},
      {{"the", "day", "before"}, -1},
      {{"the", "previous", "day"}, -1},
      {{"the", "preceding", "day"}, -1},
      {{"a", "day", "earlier"}, -1},
      {{"one", "day", "earlier"}, -1},
      {{"the", "day", "earlier"}, -1},
      {{"a", "day", "before"}, -1},
      {{"the", "next", "day"}, 1},
      {{"the", "following", "day"}, 1},
      {{"a", "day", "later"}, 1},
      {{"one", "day", "later"}, 1},
      {{"the", "day", "after"}, 1},
      // ("signed ..., hours after the two held their meeting"): the same day as the occasion told with it
      {{"hours", "after"}, 0},
      {{"hours", "before"}, 0},
      {{"minutes", "after"}, 0},
      {{"minutes", "before"}, 0},
  };
  return list;
}

// Words after "coming"/"near" that make a time with no date ("in the coming months", "in the near future").
bool vague_unit(std::string_view w) {
  return w == "time" || w == "period" || w == "months" || w == "weeks" || w == "days" || w == "years" || w == "future";
}

}  // namespace

int month_number(std::string_view folded) {
  const auto& t = tables();
  auto it = t.months.find(std::string(folded));
  return it == t.months.end() ? 0 : it->second;
}

int weekday_number(std::string_view folded) {
  const auto& t = tables();
  auto it = t.weekdays.find(std::string(folded));
  return it == t.weekdays.end() ? -1 : it->second;
}

std::vector<DateExpr> find_dates(const segment::TokenizedText& text, size_t begin, size_t end) {
  std::vector<DateExpr> out;
  auto norm = [&](size_t i) { return i < end ? text.norm_of(i) : std::string_view(); };
  auto month_at = [&](size_t i) -> int {
    if (i >= end) return 0;
    if (norm(i) == "may") return text.tokens[i].has(segment::kCapitalized) ? 5 : 0;
    return text.tokens[i].has(segment::kAlpha) ? month_number(norm(i)) : 0;
  };
  auto year_at = [&](size_t i, int& y) {
    return i < end && text.tokens[i].has(segment::kDigit) && parse_number(norm(i), y) && y >= 1900 && y <= 2100;
  };
  // Parses "<Month> <day>[,] [year]" or "<day> <Month> [year]" or "<Month> [year]" at i.
  auto parse_simple = [&](size_t i, int& y, int& m, int& d) -> size_t {
    y = m = d = 0;
    size_t j = i;
    if (int mm = month_at(j)) {
      m = mm;
      ++j;
      if (j < end && parse_day(norm(j), d) && !(j + 1 < end && norm(j + 1) == ":")) {
        ++j;
        if (j < end && norm(j) == ",") {
          if (year_at(j + 1, y)) j += 2;
        } else if (year_at(j, y)) {
          ++j;
        }
      } else {
        d = 0;
        if (j < end && norm(j) == ",") {
          if (year_at(j + 1, y)) j += 2;
        } else if (year_at(j, y)) {
          ++j;
        }
      }
      // "Sr. Col. Li Jun", "Mar" as a name: a short month form alone (no day, no year, no "." and no
      // "in/since/early ..." before it) is a word, not a date
      if (!d && !y && norm(i).size() <= 4 && norm(i) != "may" && norm(i) != "june" && norm(i) != "july" &&
          !(i + 1 < end && norm(i + 1) == ".")) {
        static const std::set<std::string_view> lead = {"in",   "since", "early", "late", "mid",  "last",   "next",
                                                        "this", "of",    "until", "by",   "from", "through"};
        if (i == begin || !lead.count(norm(i - 1))) {
          m = 0;
          return i;
        }
      }
      return j;
    }
    if (j < end && parse_day(norm(j), d)) {
      if (int mm = month_at(j + 1)) {
        m = mm;
        j += 2;
        if (j < end && norm(j) == ",") {
          if (year_at(j + 1, y)) j += 2;
        } else if (year_at(j, y)) {
          ++j;
        }
        return j;
      }
      d = 0;
    }
    return i;
  };

  // "<Month> [day] last year" / "... of this year" / "..., next year": the year counted from publication.
  auto relative_year_at = [&](size_t j, DateExpr& e) -> size_t {
    size_t k = j;
    if (k < end && (norm(k) == "," || norm(k) == "of")) ++k;
    if (k + 1 < end && norm(k + 1) == "year") {
      std::string_view r = norm(k);
      int off = r == "last" || r == "previous" ? -1 : r == "this" ? 0 : r == "next" ? 1 : 99;
      if (off != 99) {
        e.rel_year = true;
        e.year_offset = off;
        return k + 2;
      }
    }
    return j;
  };

  for (size_t i = begin; i < end; ++i) {
    std::string_view w = norm(i);
    DateExpr e;
    e.begin = static_cast<uint32_t>(i);
    // "the day before", "later that day": counted from another occasion
    {
      const AnchoredPhrase* hit = nullptr;
      for (const auto& ph : anchored_phrases()) {
        if (i + ph.words.size() > end) continue;
        bool ok = true;
        for (size_t k = 0; k < ph.words.size() && ok; ++k) ok = norm(i + k) == ph.words[k];
        if (ok) {
          hit = &ph;
          break;
        }
      }
      if (hit) {
        e.anchored = true;
        e.day_offset = hit->offset;
        e.end = static_cast<uint32_t>(i + hit->words.size());
        out.push_back(e);
        i = e.end - 1;
        continue;
      }
    }
    // "in the coming months", "in the near future", "at the earliest opportunity", "soon": no date
    if (((w == "coming" || w == "near") && i + 1 < end && vague_unit(norm(i + 1))) ||
        (w == "earliest" && i + 1 < end && (norm(i + 1) == "opportunity" || norm(i + 1) == "convenience")) ||
        (w == "appropriate" && i + 1 < end && norm(i + 1) == "time")) {
      e.vague = true, e.end = static_cast<uint32_t>(i + 2);
      out.push_back(e);
      ++i;
      continue;
    }
    // "later in the year", "earlier in the month": this year, this month
    if ((w == "later" || w == "earlier") && i + 3 < end && norm(i + 1) == "in" && norm(i + 2) == "the" &&
        (norm(i + 3) == "year" || norm(i + 3) == "month")) {
      e.relative = Relative::kThis;
      (norm(i + 3) == "year" ? e.year_unit : e.month_unit) = true;
      e.end = static_cast<uint32_t>(i + 4);
      out.push_back(e);
      i += 3;
      continue;
    }
    // "..., which takes over the chair in 2015, will host the third ADMM-Plus in Kuala Lumpur that year": the year
    // the sentence named before
    if (w == "that" && i + 1 < end && norm(i + 1) == "year") {
      const DateExpr* named = nullptr;
      for (const auto& d : out)
        if (d.year > 0 && !d.rel_year) named = &d;
      if (named) {
        e.year = named->year;
        e.end = static_cast<uint32_t>(i + 2);
        out.push_back(e);
        ++i;
        continue;
      }
    }
    // "in the second half of the year", "by the end of the year": this year
    if ((w == "half" || w == "end") && i + 3 < end && norm(i + 1) == "of" && norm(i + 2) == "the" &&
        norm(i + 3) == "year") {
      e.relative = Relative::kThis;
      e.year_unit = true;
      e.end = static_cast<uint32_t>(i + 4);
      out.push_back(e);
      i += 3;
      continue;
    }
    // "by year-end", "before year end": this year
    if (w == "year" && i + 1 < end &&
        (norm(i + 1) == "end" || (i + 2 < end && norm(i + 1) == "-" && norm(i + 2) == "end")) && i > begin &&
        (norm(i - 1) == "by" || norm(i - 1) == "before" || norm(i - 1) == "until")) {
      e.relative = Relative::kThis;
      e.year_unit = true;
      e.end = static_cast<uint32_t>(norm(i + 1) == "end" ? i + 2 : i + 3);
      out.push_back(e);
      i = e.end - 1;
      continue;
    }
    // relative words: last/this/next/coming + month|year|weekday
    Relative rel = w == "last" || w == "previous" ? Relative::kLast
                   : w == "this"                  ? Relative::kThis
                   : w == "next" || w == "coming" ? Relative::kNext
                   : w == "earlier"               ? Relative::kLast
                                                  : Relative::kNone;
    if (rel != Relative::kNone && i + 1 < end) {
      std::string_view n = norm(i + 1);
      if (n == "year") {
        e.relative = rel, e.year_unit = true, e.end = static_cast<uint32_t>(i + 2);
        out.push_back(e);
        ++i;
        continue;
      }
      if (n == "week") {
        e.relative = rel, e.week_unit = true, e.end = static_cast<uint32_t>(i + 2);
        out.push_back(e);
        ++i;
        continue;
      }
      if (n == "month") {
        e.relative = rel, e.month_unit = true, e.end = static_cast<uint32_t>(i + 2);
        out.push_back(e);
        ++i;
        continue;
      }
      if (int m = month_at(i + 1)) {
        e.relative = rel, e.month = m, e.end = static_cast<uint32_t>(i + 2);
        out.push_back(e);
        ++i;
        continue;
      }
      if (int wd = weekday_number(n); wd >= 0) {
        e.relative = rel, e.weekday = wd, e.end = static_cast<uint32_t>(i + 2);
        out.push_back(e);
        ++i;
        continue;
      }
      // "last weekend", "this weekend", "next weekend": its Saturday to its Sunday
      if (n == "weekend") {
        e.relative = rel == Relative::kThis ? Relative::kNone : rel;
        e.weekday = 5, e.has_end = true, e.end_weekday = 6, e.end = static_cast<uint32_t>(i + 2);
        out.push_back(e);
        ++i;
        continue;
      }
    }
    // "over the weekend", "at the weekend": the latest one (or the coming one, for a plan)
    if ((w == "over" || w == "at") && i + 2 < end && norm(i + 1) == "the" && norm(i + 2) == "weekend") {
      e.weekday = 5, e.has_end = true, e.end_weekday = 6, e.end = static_cast<uint32_t>(i + 3);
      out.push_back(e);
      i += 2;
      continue;
    }
    // "today", "yesterday", "tomorrow", "this morning/afternoon/evening", "tonight"
    if (w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight" ||
        (w == "this" && i + 1 < end &&
         (norm(i + 1) == "morning" || norm(i + 1) == "afternoon" || norm(i + 1) == "evening"))) {
      e.deictic = true;
      e.day_offset = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
      e.end = static_cast<uint32_t>(w == "this" ? i + 2 : i + 1);
      out.push_back(e);
      i = e.end - 1;
      continue;
    }
    if (w == "coming" && i + 1 < end && (norm(i + 1) == "time" || norm(i + 1) == "period")) {
      e.vague = true, e.end = static_cast<uint32_t>(i + 2);
      out.push_back(e);
      ++i;
      continue;
    }
    if (int wd = weekday_number(w); wd >= 0 && text.tokens[i].has(segment::kCapitalized)) {
      e.weekday = wd;
      size_t j = i + 1;
      if (j < end && norm(j) == ",") ++j;
      int y, m, d;
      size_t k = parse_simple(j, y, m, d);
      if (k > j && d) {
        e.year = y, e.month = m, e.day = d, e.end = static_cast<uint32_t>(k);
      } else {
        e.end = static_cast<uint32_t>(i + 1);
        // "from Monday to Wednesday", "Monday-Wednesday": a range of weekdays
        size_t t = e.end;
        if (t + 1 < end && (norm(t) == "to" || norm(t) == "through" || norm(t) == "until" || norm(t) == "till" ||
                            text.tokens[t].has(segment::kHyphen))) {
          if (int ewd = weekday_number(norm(t + 1)); ewd >= 0 && text.tokens[t + 1].has(segment::kCapitalized)) {
            e.has_end = true, e.end_weekday = ewd, e.end = static_cast<uint32_t>(t + 2);
          }
        }
      }
      out.push_back(e);
      i = e.end - 1;
      continue;
    }
    int y, m, d;
    // "from 13 to 16 January 2020", "between 3 and 5 March", "14-18 July": a day range before the month
    if (parse_day(w, d) && i + 2 < end &&
        (norm(i + 1) == "-" || norm(i + 1) == "to" || norm(i + 1) == "and" || norm(i + 1) == "until" ||
         norm(i + 1) == "through" || text.tokens[i + 1].has(segment::kHyphen))) {
      int d2;
      if (parse_day(norm(i + 2), d2) && d2 > d) {
        size_t k2 = parse_simple(i + 2, y, m, d2);
        if (k2 > i + 2 && m) {
          e.day = d, e.month = m, e.year = y, e.has_end = true, e.end_day = d2, e.end_month = m, e.end_year = y;
          if (!y) k2 = relative_year_at(k2, e);
          e.end = static_cast<uint32_t>(k2);
          out.push_back(e);
          i = k2 - 1;
          continue;
        }
      }
    }
    size_t k = parse_simple(i, y, m, d);
    if (k > i) {
      if (!y) k = relative_year_at(k, e);
      e.year = y, e.month = m, e.day = d, e.end = static_cast<uint32_t>(k);
      // ranges: "from September 29 to October 2", "29 September - 2 October", "September 29-October 2", "29-30 May"
      size_t j = k;
      if (j < end && (norm(j) == "to" || norm(j) == "-" || text.tokens[j].has(segment::kHyphen) || norm(j) == "until" ||
                      norm(j) == "through")) {
        int y2, m2, d2;
        size_t k2 = parse_simple(j + 1, y2, m2, d2);
        if (k2 > j + 1 && d2) {
          e.has_end = true, e.end_year = y2, e.end_month = m2, e.end_day = d2, e.end = static_cast<uint32_t>(k2);
          if (!e.year && y2) e.year = y2;
        } else if (d && j + 1 < end && parse_day(norm(j + 1), d2)) {
          e.has_end = true, e.end_month = m, e.end_day = d2, e.end = static_cast<uint32_t>(j + 2);
          if (j + 2 < end && year_at(j + 2, y2)) e.year = e.year ? e.year : y2, e.end += 1;
          e.end_year = e.year;
        }
      }
      out.push_back(e);
      i = e.end - 1;
      continue;
    }
    // bare year "in 2025" (not a number in a range like "2023-2026" or "2021-2023 period")
    if (year_at(i, y) && i > begin && (norm(i - 1) == "in" || norm(i - 1) == "of" || norm(i - 1) == "since")) {
      bool range = (i + 1 < end && norm(i + 1) == "-") || (norm(i - 1) == "-");
      if (!range) {
        e.year = y, e.end = static_cast<uint32_t>(i + 1);
        out.push_back(e);
      }
    }
  }
  return out;
}

namespace {

// "this week" / "last week" / "next week": the month when the whole week lies in one month, else the
// year when it lies in one year (only the precision the text gives).
std::optional<PartialDate> resolve_week(Relative rel, const std::optional<PartialDate>& pub) {
  if (!pub || !pub->has_day()) return std::nullopt;
  long p = days_from_civil(pub->year, pub->month, pub->day);
  long monday = p - attache::weekday(pub->year, pub->month, pub->day);
  monday += rel == Relative::kLast ? -7 : rel == Relative::kNext ? 7 : 0;
  // "this week" is reported up to the publication day; a planned "this week" runs to Sunday
  long last = rel == Relative::kThis || rel == Relative::kNone ? std::max(p, monday) : monday + 6;
  PartialDate a = civil_from_days(monday), b = civil_from_days(last);
  if (a.year != b.year) return std::nullopt;
  if (a.month != b.month) return PartialDate{a.year, 0, 0};
  return PartialDate{a.year, a.month, 0};
}

std::optional<PartialDate> resolve_parts(int year, int month, int day, int weekday, Relative rel, bool year_unit,
                                         bool month_unit, bool vague, const std::optional<PartialDate>& pub,
                                         bool future) {
  if (vague) return std::nullopt;
  if (year_unit) {
    if (!pub) return std::nullopt;
    int delta = rel == Relative::kLast ? -1 : rel == Relative::kNext ? 1 : 0;
    return PartialDate{pub->year + delta, 0, 0};
  }
  if (month_unit) {
    if (!pub || !pub->has_month()) return std::nullopt;
    int delta = rel == Relative::kLast ? -1 : rel == Relative::kNext ? 1 : 0;
    int m = pub->month + delta, y = pub->year;
    if (m < 1) m += 12, --y;
    if (m > 12) m -= 12, ++y;
    return PartialDate{y, m, 0};
  }
  if (weekday >= 0 && !month) {
    if (!pub || !pub->has_day()) return std::nullopt;
    long p = days_from_civil(pub->year, pub->month, pub->day);
    int pw = attache::weekday(pub->year, pub->month, pub->day);
    long target;
    if (rel == Relative::kNext || (future && rel != Relative::kLast)) {
      int ahead = (weekday - pw + 7) % 7;
      // "next Monday" on a Monday is a week on; "will call on him on Monday" written that Monday is the same day
      target = p + (ahead == 0 && rel == Relative::kNext ? 7 : ahead);
    } else {
      int back = (pw - weekday + 7) % 7;
      if (rel == Relative::kLast && back == 0) back = 7;
      target = p - back;
    }
    return civil_from_days(target);
  }
  if (!month && year) return PartialDate{year, 0, 0};
  if (!month) return std::nullopt;
  int y = year;
  if (!y) {
    if (!pub) return std::nullopt;
    y = pub->year;
    if (rel == Relative::kLast) {
      // "last January": the most recent January before the publication month
      if (!pub->has_month() || month >= pub->month) y -= 1;
    } else if (rel == Relative::kNext) {
      if (!pub->has_month() || month <= pub->month) y += 1;
    } else if (pub->has_month()) {
      if (!future && (month > pub->month || (month == pub->month && day && pub->has_day() && day > pub->day))) y -= 1;
      if (future && (month < pub->month)) y += 1;
    }
  }
  if (day && day > days_in_month(y, month)) return PartialDate{y, month, 0};
  return PartialDate{y, month, day};
}

}  // namespace

std::optional<PartialDate> resolve(const DateExpr& d, const std::optional<PartialDate>& published, bool future) {
  if (d.anchored) return std::nullopt;
  if (d.week_unit) return resolve_week(d.relative, published);
  if (d.rel_year) {
    if (!published) return std::nullopt;
    int y = published->year + d.year_offset;
    if (d.day && d.month && d.day > days_in_month(y, d.month)) return PartialDate{y, d.month, 0};
    return PartialDate{y, d.month, d.day};
  }
  if (d.deictic) {
    if (!published || !published->has_day()) return std::nullopt;
    return civil_from_days(days_from_civil(published->year, published->month, published->day) + d.day_offset);
  }
  return resolve_parts(d.year, d.month, d.day, d.weekday, d.relative, d.year_unit, d.month_unit, d.vague, published,
                       future);
}

std::optional<PartialDate> resolve_from(const DateExpr& d, const std::optional<PartialDate>& reference) {
  if (!d.anchored || !reference) return std::nullopt;
  if (d.day_offset == 0) return reference;
  if (!reference->has_day()) return std::nullopt;
  return civil_from_days(days_from_civil(reference->year, reference->month, reference->day) + d.day_offset);
}

std::optional<PartialDate> resolve_end(const DateExpr& d, const std::optional<PartialDate>& published, bool future) {
  if (!d.has_end) return std::nullopt;
  if (d.end_weekday >= 0) {
    auto start = resolve(d, published, future);
    if (!start || !start->has_day() || d.weekday < 0) return std::nullopt;
    return civil_from_days(days_from_civil(start->year, start->month, start->day) +
                           (d.end_weekday - d.weekday + 7) % 7);
  }
  if (d.rel_year) {
    auto start = resolve(d, published, future);
    if (!start) return std::nullopt;
    int y = start->year + (d.end_month && d.end_month < d.month ? 1 : 0);
    return PartialDate{y, d.end_month, d.end_day};
  }
  int year = d.end_year ? d.end_year : d.year;
  auto start = resolve(d, published, future);
  auto r = resolve_parts(year, d.end_month, d.end_day, -1, Relative::kNone, false, false, false, published, future);
  // a range crossing the year end ("December 28 to January 3") ends the next year
  if (r && start && !d.end_year && r->month < start->month) r->year = start->year + 1;
  if (r && start && !d.end_year) r->year = std::max(r->year, start->year);
  return r;
}

}  // namespace attache::time
