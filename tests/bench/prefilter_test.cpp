// The relevance pre-filter: it must never drop an article the full pipeline finds an engagement in
// (seeds, the team's examples, the gold), and it should drop ordinary news.
#include "extract/prefilter.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "annotate/annotations.h"
#include "extract/extractor.h"

namespace attache::extract {
namespace {

namespace fs = std::filesystem;

std::shared_ptr<const gazetteer::Knowledge> knowledge() {
  static auto k = gazetteer::Knowledge::load({std::string(ATTACHE_SOURCE_DIR) + "/data"});
  return k;
}

const Prefilter& prefilter() {
  static Prefilter p(*knowledge());
  return p;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool passes(std::string_view text) { return prefilter().may_be_relevant(text, {}); }

TEST(Prefilter, LoadsRelevanceWordsFromTheDataFolder) { EXPECT_TRUE(prefilter().enabled()); }

TEST(Prefilter, KeepsEveryArticleWithGoldOrExtractedEngagements) {
  Extractor full(knowledge());  // the pre-filter is bypassed below by calling annotate + build directly
  std::vector<fs::path> dirs = {fs::path(ATTACHE_SHARED_DIR) / "data/seeds",
                                fs::path(ATTACHE_SOURCE_DIR) / "examples"};
  size_t checked = 0, with_engagements = 0;
  for (const auto& dir : dirs) {
    ASSERT_TRUE(fs::is_directory(dir)) << dir;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() != ".txt") continue;
      Document d;
      d.id = entry.path().stem().string();
      d.text = slurp(entry.path());
      auto a = annotate::annotate(*knowledge(), d.text, d.body);
      DocumentRecord r = full.build(d, a);
      std::string gold = slurp(dir / "gold" / (d.id + ".json"));
      bool gold_has = gold.find("\"kind\"") != std::string::npos;
      if (!r.engagements.empty() || gold_has) {
        ++with_engagements;
        EXPECT_TRUE(prefilter().may_be_relevant(d.text, d.body)) << d.id << " would be dropped";
      }
      ++checked;
    }
  }
  EXPECT_GE(checked, 20u);
  EXPECT_GE(with_engagements, 15u);
}

TEST(Prefilter, DropsOrdinaryNews) {
  EXPECT_FALSE(
      passes("Riverside United 2-1 Harbour City\n\nThe home side scored twice after the break on Saturday "
             "and the coach praised the crowd. Tickets for the next match go on sale on Monday."));
  // a meeting and a country, but nothing about defence or diplomacy
  EXPECT_FALSE(
      passes("Thai Trade Minister Anna Rowley met Japanese Commerce Minister Tom Castell in Tokyo on Friday "
             "to discuss tariffs on rice."));
  // defence words and a country, but no meeting of any kind
  EXPECT_FALSE(
      passes("The Vietnamese army museum in Hanoi reopened after renovation; entry is free on Sundays."));
}

TEST(Prefilter, KeepsAMeetingWithDefenceWordsAndACountry) {
  EXPECT_TRUE(passes("Defence Minister Kenji Morita met his Thai counterpart in Bangkok on Tuesday."));
  // US spelling maps to the canonical key; initials with dots are one word ("U.S.")
  EXPECT_TRUE(passes("The U.S. defense secretary held talks with officials on Monday."));
  // diacritics and a curly possessive
  EXPECT_TRUE(passes("Bộ trưởng met officials of Việt Nam\u2019s navy."));
}

TEST(Prefilter, KeepsANamedMechanismOnItsOwn) {
  EXPECT_TRUE(passes("The ADMM-Plus will convene next year."));
  EXPECT_TRUE(passes("The sixth Vietnam-Japan defence policy dialogue is scheduled for 2027."));
  EXPECT_FALSE(passes("The policy of the city on parking will change."));
}

TEST(Prefilter, LooksOnlyAtTheBody) {
  std::string text =
      "Defence Minister Kenji Morita met his Thai counterpart in Bangkok.\nPrices rose 2 percent.";
  size_t cut = text.find('\n') + 1;
  Span tail{static_cast<uint32_t>(cut), static_cast<uint32_t>(text.size())};
  EXPECT_FALSE(prefilter().may_be_relevant(text, {tail}));
  EXPECT_TRUE(prefilter().may_be_relevant(text, {Span{0, static_cast<uint32_t>(cut)}}));
}

TEST(Prefilter, WithoutRelevanceWordsOnlyMechanismsPass) {
  Prefilter bare(*knowledge(), {});
  EXPECT_TRUE(bare.enabled());
  EXPECT_FALSE(
      bare.may_be_relevant("Defence Minister Kenji Morita met his Thai counterpart in Bangkok.", {}));
  EXPECT_TRUE(bare.may_be_relevant("The ADMM-Plus will convene next year.", {}));
}

TEST(Prefilter, CanBeSwitchedOffForRecallChecks) {
  ::setenv("ATTACHE_PREFILTER", "off", 1);
  Prefilter off(*knowledge());
  ::unsetenv("ATTACHE_PREFILTER");
  EXPECT_FALSE(off.enabled());
  EXPECT_TRUE(off.may_be_relevant("Riverside United 2-1 Harbour City", {}));
}

TEST(Prefilter, ExtractorReturnsAnEmptyRecordForDroppedArticles) {
  Extractor e(knowledge());
  Document d;
  d.id = "sport";
  d.text = "Riverside United beat Harbour City 2-1 on Saturday.";
  d.published = PartialDate::parse("2026-01-02");
  DocumentRecord r = e.extract(d);
  EXPECT_EQ(r.doc, "sport");
  ASSERT_TRUE(r.published.has_value());
  EXPECT_TRUE(r.engagements.empty());
}

}  // namespace
}  // namespace attache::extract
