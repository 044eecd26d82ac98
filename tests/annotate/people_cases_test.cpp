// Runs every line of people_cases.tsv through annotate(): the person named must
// be found with the expected country, rank, title and organisation; a sentence
// expecting "-" must yield no person.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "../case_table.h"

#include "annotate/annotations.h"
#include "normalize/fold.h"

namespace attache::annotate {
namespace {

const gazetteer::Knowledge &knowledge() {
  static auto k = gazetteer::Knowledge::load({std::string(ATTACHE_SOURCE_DIR) + "/data"});
  return *k;
}

using test_support::split_tabs;

std::string shown(const std::optional<std::string> &s) { return s.value_or("-"); }

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
      for (const auto &p : a.people) found += " [" + p.name + "]";
      EXPECT_TRUE(a.people.empty()) << "line " << line_no << ": " << cells[0] << "\n  found" << found;
      continue;
    }
    ASSERT_EQ(cells.size(), 6u) << "line " << line_no;
    const PersonEntity *hit = nullptr;
    std::string all;
    for (const auto &p : a.people) {
      all += " [" + p.name + "]";
      if (normalize::fold(p.name) == normalize::fold(cells[1])) hit = &p;
    }
    if (!hit) {
      ADD_FAILURE() << "line " << line_no << ": " << cells[0] << "\n  no person " << cells[1] << "; found" << all;
      continue;
    }
    auto check = [&](const char *what, const std::string &want, const std::optional<std::string> &got) {
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

// reference_cases.tsv: a later reference (short name, pronoun, "the deputy
// minister", "his Thai counterpart") must link to the person it names.
TEST(PeopleCases, EveryReferenceLinksToItsPerson) {
  std::ifstream in(std::string(ATTACHE_TEST_DIR) + "/annotate/reference_cases.tsv");
  ASSERT_TRUE(in) << "reference_cases.tsv not found";
  std::string line;
  int cases = 0, line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto cells = split_tabs(line);
    ASSERT_EQ(cells.size(), 3u) << "line " << line_no;
    ++cases;
    Annotations a = annotate(knowledge(), cells[0], {});
    if (cells[2].starts_with("party:")) {
      // a party reference: "party:all" (both sides), "party:host", "party:guest" or "party:<alpha-3>"
      const Mention *party = nullptr;
      for (const auto &m : a.mentions) {
        Span sp = a.tokens.span_of(m.begin, m.end);
        if (m.type == MentionType::kParty && cells[0].substr(sp.start, sp.end - sp.start) == cells[1]) party = &m;
      }
      if (!party) {
        ADD_FAILURE() << "line " << line_no << ": no party reference '" << cells[1] << "' in: " << cells[0];
        continue;
      }
      std::string want = cells[2].substr(6);
      std::string got = party->id == party::kAll     ? "all"
                        : party->id == party::kHost  ? "host"
                        : party->id == party::kGuest ? "guest"
                                                     : knowledge().countries.all()[party->id].code;
      EXPECT_EQ(want, got) << "line " << line_no << ": " << cells[1] << " in: " << cells[0];
      continue;
    }
    if (cells[2] == "no-party") {
      // the words are no party reference ("both Vietnam and Japan", "the head of the Thai delegation")
      for (const auto &m : a.mentions) {
        Span sp = a.tokens.span_of(m.begin, m.end);
        EXPECT_FALSE(m.type == MentionType::kParty && cells[0].substr(sp.start, sp.end - sp.start).find(cells[1]) !=
                                                         std::string::npos)
            << "line " << line_no << ": " << cells[1] << " read as a party in: " << cells[0];
      }
      continue;
    }
    const Mention *ref = nullptr;
    for (const auto &m : a.mentions) {
      if (m.type != MentionType::kPerson && m.type != MentionType::kPronoun) continue;
      Span sp = a.tokens.span_of(m.begin, m.end);
      if (cells[0].substr(sp.start, sp.end - sp.start) == cells[1] && (!ref || m.begin >= ref->begin)) ref = &m;
    }
    if (cells[2] == "-") {
      EXPECT_TRUE(ref == nullptr || ref->entity < 0) << "line " << line_no << ": " << cells[1] << " links to someone";
      continue;
    }
    if (!ref) {
      ADD_FAILURE() << "line " << line_no << ": no person mention '" << cells[1] << "' in: " << cells[0];
      continue;
    }
    ASSERT_GE(ref->entity, 0) << "line " << line_no;
    EXPECT_EQ(normalize::fold(cells[2]), normalize::fold(a.people[ref->entity].name))
        << "line " << line_no << ": " << cells[1] << " in: " << cells[0];
  }
  EXPECT_GE(cases, 25);
}

}  // namespace
}  // namespace attache::annotate
