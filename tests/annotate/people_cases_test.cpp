// Runs every line of people_cases.tsv through annotate(): the person named must be found with the
// expected country, rank, title and organisation; a sentence expecting "-" must yield no person.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "annotate/annotations.h"
#include "normalize/fold.h"

namespace attache::annotate {
namespace {

const gazetteer::Knowledge& knowledge() {
  static auto k = gazetteer::Knowledge::load({std::string(ATTACHE_SOURCE_DIR) + "/data"});
  return *k;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, '\t')) out.push_back(cell);
  return out;
}

std::string shown(const std::optional<std::string>& s) { return s.value_or("-"); }

TEST(PeopleCases, EveryLineOfTheCaseFile) {
  std::ifstream in(std::string(ATTACHE_TEST_DIR) + "/annotate/people_cases.tsv");
  ASSERT_TRUE(in) << "people_cases.tsv not found";
  std::string line;
  int cases = 0, line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto cells = split_tabs(line);
    ASSERT_GE(cells.size(), 2u) << "line " << line_no;
    ++cases;
    Annotations a = annotate(knowledge(), cells[0], {});
    if (cells[1] == "-") {
      std::string found;
      for (const auto& p : a.people) found += " [" + p.name + "]";
      EXPECT_TRUE(a.people.empty()) << "line " << line_no << ": " << cells[0] << "\n  found" << found;
      continue;
    }
    ASSERT_EQ(cells.size(), 6u) << "line " << line_no;
    const PersonEntity* hit = nullptr;
    std::string all;
    for (const auto& p : a.people) {
      all += " [" + p.name + "]";
      if (normalize::fold(p.name) == normalize::fold(cells[1])) hit = &p;
    }
    if (!hit) {
      ADD_FAILURE() << "line " << line_no << ": " << cells[0] << "\n  no person " << cells[1] << "; found" << all;
      continue;
    }
    auto check = [&](const char* what, const std::string& want, const std::optional<std::string>& got) {
      if (want == "*") return;
      EXPECT_EQ(want, shown(got)) << "line " << line_no << " (" << what << "): " << cells[0];
    };
    check("country", cells[2], hit->country);
    check("rank", cells[3], hit->rank);
    check("title", cells[4], hit->title);
    check("organization", cells[5], hit->organization);
  }
  EXPECT_GE(cases, 80);
}

}  // namespace
}  // namespace attache::annotate
