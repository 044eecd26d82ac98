#include "clean/dates.h"

#include <re2/re2.h>

#include <array>
#include <cctype>
#include <string>

namespace attache::clean {

namespace {

int month_number(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string l;
  for (size_t i = 0; i < 3; ++i)
    l.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(name[i]))));
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == l) return static_cast<int>(i) + 1;
  }
  return 0;
}

std::optional<PartialDate> make(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return PartialDate{y, m, d};
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return v;
}

#define MONTHS                                                                                          \
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|" \
  "Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"

struct Patterns {
  RE2 ymd{R"((?:^|[^\d])((?:19|20|21)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:[^\d]|$))"};
  RE2 dmy{R"((?:^|[^\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20|21)\d\d)(?:[^\d]|$))"};
  RE2 mdy{"(?i)\\b" MONTHS R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20|21)\d\d)\b)"};
  RE2 dmy_words{"(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" MONTHS R"(\.?,?\s+((?:19|20|21)\d\d)\b)"};
};

const Patterns& patterns() {
  static const Patterns p;
  return p;
}

struct Found {
  size_t at = std::string_view::npos;
  std::optional<PartialDate> date;
};

void consider(Found& best, size_t at, std::optional<PartialDate> d) {
  if (d && at < best.at) {
    best.at = at;
    best.date = d;
  }
}

// Tries one pattern at successive positions until a valid date is found (an invalid match,
// like a version number "2025.13.40", must not hide a later real date).
template <typename Fn>
void scan(const RE2& re, std::string_view text, Found& best, Fn&& to_date) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[4];
  size_t pos = 0;
  while (pos < text.size() && pos < best.at) {
    if (!re.Match(input, pos, text.size(), RE2::UNANCHORED, g, 4)) return;
    auto at = static_cast<size_t>(g[1].data() - text.data());
    if (at >= best.at) return;
    if (auto d =
            to_date(std::string_view(g[1].data(), g[1].size()), std::string_view(g[2].data(), g[2].size()),
                    std::string_view(g[3].data(), g[3].size()))) {
      consider(best, at, d);
      return;
    }
    pos = at + 1;
  }
}

}  // namespace

std::optional<PartialDate> find_date_in_text(std::string_view text, size_t* at) {
  const Patterns& p = patterns();
  Found best;
  scan(p.ymd, text, best, [](std::string_view y, std::string_view m, std::string_view d) {
    return make(to_int(y), to_int(m), to_int(d));
  });
  scan(p.dmy, text, best, [](std::string_view a, std::string_view b, std::string_view y) {
    int x = to_int(a), z = to_int(b), yy = to_int(y);
    // Day first (the common order outside the US) unless that is impossible.
    if (auto d = make(yy, z, x)) return d;
    return make(yy, x, z);
  });
  scan(p.mdy, text, best, [](std::string_view m, std::string_view d, std::string_view y) {
    return make(to_int(y), month_number(m), to_int(d));
  });
  scan(p.dmy_words, text, best, [](std::string_view d, std::string_view m, std::string_view y) {
    return make(to_int(y), month_number(m), to_int(d));
  });
  if (at != nullptr && best.date) *at = best.at;
  return best.date;
}

namespace {

// A publication date before the web's news archives or far in the future is a typo or junk.
std::optional<PartialDate> plausible(std::optional<PartialDate> d) {
  if (d && (d->year < 1900 || d->year > 2200)) return std::nullopt;
  return d;
}

std::optional<PartialDate> parse_machine_date_any(std::string_view s);

}  // namespace

std::optional<PartialDate> parse_machine_date(std::string_view s) {
  return plausible(parse_machine_date_any(s));
}

namespace {

std::optional<PartialDate> parse_machine_date_any(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (s.empty()) return std::nullopt;
  if (auto d = PartialDate::parse(s)) return d;
  if (s.size() >= 10) {
    if (auto d = PartialDate::parse(s.substr(0, 10));
        d && (s.size() == 10 || !std::isdigit(static_cast<unsigned char>(s[10])))) {
      return d;
    }
  }
  // Compact ISO: 20250212 or 20250212T101500Z.
  if (s.size() >= 8) {
    bool digits = true;
    for (size_t i = 0; i < 8; ++i) digits = digits && std::isdigit(static_cast<unsigned char>(s[i]));
    if (digits && (s.size() == 8 || !std::isdigit(static_cast<unsigned char>(s[8])))) {
      return make(to_int(s.substr(0, 4)), to_int(s.substr(4, 2)), to_int(s.substr(6, 2)));
    }
  }
  return find_date_in_text(s);
}

}  // namespace

std::optional<PartialDate> find_dateline(std::string_view text, size_t window) {
  if (text.size() > window) {
    // Don't cut a date in half at the window's edge.
    size_t end = window;
    while (end < text.size() && end < window + 24 && !std::isspace(static_cast<unsigned char>(text[end])))
      ++end;
    text = text.substr(0, end);
  }
  // Only a date written as the article's own: on a short line of its own ("Updated: 09:15 |
  // 26/09/2025", "By J. Smith, February 12, 2025"), after "published"/"posted"/"updated", or
  // closing a dateline ("TOKYO, Feb 12, 2025 -", "Hanoi, 30/11/2016 (VNA) -"). "On February 11,
  // 2025, the ministers met ..." is the date of the event, not of the article.
  static const RE2 kKeyword{R"((?i)(published|posted|updated|date|released|issued)\W{0,3}(on\W)?\s*$)"};
  static const RE2 kAfter{R"(^\s*(\d{1,2}:\d{2}\s*(am|pm|AM|PM)?\s*)?(\([^)]{1,40}\)\s*)?(-|–|—|\||:|/|$))"};
  size_t line_start = 0;
  for (int lines = 0; lines < 3 && line_start < text.size(); ++lines) {
    size_t nl = text.find('\n', line_start);
    std::string_view line =
        text.substr(line_start, nl == std::string_view::npos ? std::string_view::npos : nl - line_start);
    line_start = nl == std::string_view::npos ? text.size() : nl + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      --lines;
      continue;
    }
    size_t at = 0;
    auto d = find_date_in_text(line, &at);
    if (!d) continue;
    // The end of the date: the first byte after its last digit run.
    size_t end = at;
    while (end < line.size() && !std::isdigit(static_cast<unsigned char>(line[end]))) ++end;
    size_t digits_seen = 0;
    for (size_t k = at; k < line.size() && digits_seen < 4;) {
      // Walk to the year (the last 4-digit run of the date).
      size_t run = 0;
      while (k + run < line.size() && std::isdigit(static_cast<unsigned char>(line[k + run]))) ++run;
      if (run == 4) {
        end = k + run;
        break;
      }
      k += run > 0 ? run : 1;
    }
    std::string_view before = line.substr(0, at);
    std::string_view after = line.substr(std::min(end, line.size()));
    size_t words = 0;
    bool in = false;
    for (char c : line) {
      bool sp = c == ' ' || c == '\t';
      if (!sp && !in) ++words;
      in = !sp;
    }
    if ((line.size() < 100 && words <= 10) ||
        RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kKeyword) ||
        RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kAfter)) {
      return d;
    }
  }
  return std::nullopt;
}

}  // namespace attache::clean
