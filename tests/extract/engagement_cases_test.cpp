// Runs every case of engagement_cases.tsv through the extractor: some engagement of the short article must
// have every expected field (or, for a kind written "!kind", none may). The table exists so that each trigger, status
// cue and mechanism type in data/ has a sentence of the team's own that exercises it (a data entry nobody tested is a
// guess).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "../case_table.h"

#include "extract/extractor.h"

namespace attache::extract {
namespace {

const Extractor& extractor() {
  static Extractor e(gazetteer::Knowledge::load({std::string(ATTACHE_SOURCE_DIR) + "/data"}));
  return e;
}

using test_support::split_tabs;

// "\n" in a cell is a line break of the article.
std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string location_of(const Engagement& e) {
  if (!e.location) return "-";
  return e.location->city.value_or("?") + "," + e.location->country.value_or("?");
}

std::string countries_of(const Engagement& e) {
  std::vector<std::string> c = e.countries;
  std::sort(c.begin(), c.end());
  std::string out;
  for (const auto& x : c) out += (out.empty() ? "" : " ") + x;
  return out.empty() ? "-" : out;
}

// The engagement's fields in the table's column order.
std::vector<std::string> fields_of(const Engagement& e) {
  return {std::string(to_string(e.kind)),
          std::string(to_string(e.status)),
          e.mechanism.value_or("-"),
          e.ordinal ? std::to_string(*e.ordinal) : "-",
          e.date ? e.date->to_string() : "-",
          location_of(e),
          countries_of(e)};
}

TEST(EngagementCases, EveryLineOfTheCaseFile) {
  std::ifstream in(std::string(ATTACHE_TEST_DIR) + "/extract/engagement_cases.tsv");
  ASSERT_TRUE(in) << "engagement_cases.tsv not found";
  static const char* names[] = {"kind", "status", "mechanism", "ordinal", "date", "location", "countries"};
  std::string line;
  int cases = 0, line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto cells = split_tabs(line);
    ASSERT_EQ(cells.size(), 9u) << "line " << line_no << ": published, text and 7 fields expected";
    ++cases;
    Document d;
    d.id = "case" + std::to_string(line_no);
    d.text = unescape(cells[1]);
    if (cells[0] != "-") d.published = PartialDate::parse(cells[0]);
    DocumentRecord r = extractor().extract(d);
    // "!kind": no engagement may have the fields that follow
    const bool none = !cells[2].empty() && cells[2][0] == '!';
    if (none) cells[2].erase(0, 1);
    bool hit = false;
    std::string found;
    for (const auto& e : r.engagements) {
      auto got = fields_of(e);
      bool all = true;
      for (size_t f = 0; f < got.size(); ++f) all = all && (cells[f + 2] == "*" || cells[f + 2] == got[f]);
      hit = hit || all;
      found += "\n  ";
      for (size_t f = 0; f < got.size(); ++f)
        found += std::string(names[f]) + "=" + got[f] + (f + 1 < got.size() ? " | " : "");
    }
    EXPECT_EQ(hit, !none) << "line " << line_no << ": " << cells[1]
                          << "\n found:" << (found.empty() ? " nothing" : found);
  }
  EXPECT_GE(cases, 10);
}

}  // namespace
}  // namespace attache::extract
