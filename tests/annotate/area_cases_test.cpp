// Runs every line of area_cases.tsv through annotate(): the cooperation areas the sentence names (area
// mentions, by id of ../shared/spec/areas.tsv) must include each id listed, and none written "!id". The
// sentences are the team's own, in the wordings of the genre (lists, hyphenation, plural, abbreviations).
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "annotate/annotations.h"

namespace attache::annotate {
namespace {

const gazetteer::Knowledge& knowledge() {
  static auto k = gazetteer::Knowledge::load({std::string(ATTACHE_SOURCE_DIR) + "/data"});
  return *k;
}

TEST(AreaCases, EveryLineOfTheCaseFile) {
  std::ifstream in(std::string(ATTACHE_TEST_DIR) + "/annotate/area_cases.tsv");
  ASSERT_TRUE(in) << "area_cases.tsv not found";
  std::string line;
  int cases = 0, line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << "line " << line_no << ": sentence<TAB>ids";
    ++cases;
    Annotations a = annotate(knowledge(), line.substr(0, tab), {});
    std::set<std::string> found;
    for (const auto& m : a.mentions) {
      if (m.type == MentionType::kArea) found.insert(knowledge().area_ids[m.id]);
    }
    std::string all;
    for (const auto& f : found) all += " " + f;
    std::istringstream ids(line.substr(tab + 1));
    for (std::string id; std::getline(ids, id, ',');) {
      if (id.empty()) continue;
      const bool absent = id[0] == '!';
      if (absent) id.erase(0, 1);
      EXPECT_EQ(found.count(id) > 0, !absent)
          << "line " << line_no << ": " << (absent ? "unexpected " : "missing ") << id << "\n  found:" << all;
    }
  }
  EXPECT_GE(cases, 10);
}

}  // namespace
}  // namespace attache::annotate
