// Duplicate detection (exact and MinHash near duplicates) and language identification.
#include <gtest/gtest.h>

#include "clean/dedupe.h"
#include "clean/language.h"

namespace attache::clean {
namespace {

const char* kArticle =
    "The defence ministers of Vietnam and Japan met in Tokyo on Tuesday and agreed to expand cooperation in "
    "maritime security, search and rescue at sea and the settlement of war legacies. The two sides also "
    "discussed training for United Nations peacekeepers and the exchange of young officers, and agreed to "
    "hold "
    "the next defence policy dialogue in Hanoi in the second half of next year. The Vietnamese minister "
    "thanked "
    "Japan for its support in clearing unexploded ordnance in central provinces. Both delegations welcomed "
    "the "
    "first visit of a Japanese training squadron to Cam Ranh and said that port calls by naval vessels would "
    "become a regular feature of the relationship, alongside staff talks between the two defence ministries.";

TEST(DuplicateIndex, ExactAndNearDuplicates) {
  DuplicateIndex idx;
  EXPECT_FALSE(idx.check_and_add("a", kArticle).has_value());
  // Same words, different spacing and case: exact.
  std::string shouty = std::string(kArticle);
  for (char& c : shouty) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto m = idx.check_and_add("b", "  " + shouty + "  ");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->id, "a");
  EXPECT_TRUE(m->exact);
  // Syndicated copy: another outlet's dateline and sign-off, one sentence reworded.
  std::string copy = "TOKYO (Kyodo) - " + std::string(kArticle) + " - Kyodo";
  size_t at = copy.find("The Vietnamese minister thanked Japan");
  copy.replace(at, 37, "Vietnam's minister expressed thanks to Japan");
  auto n = idx.check_and_add("c", copy);
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->id, "a");
  EXPECT_FALSE(n->exact);
  EXPECT_GE(n->similarity, 0.7);
  // A different article on the same topic is not a duplicate.
  auto o = idx.check_and_add("d",
                             "Naval officers from India visited Da Nang last week to compare search and "
                             "rescue procedures with their "
                             "Vietnamese counterparts, focusing on coordination between coast stations and "
                             "patrol vessels. They also "
                             "confirmed that an Indian training ship will call at Cam Ranh in August for a "
                             "joint drill on damage control.");
  EXPECT_FALSE(o.has_value());
  EXPECT_EQ(idx.size(), 2u);
}

TEST(DuplicateIndex, ShortTextsOnlyMatchExactly) {
  DuplicateIndex idx;
  EXPECT_FALSE(idx.check_and_add("a", "Ministers met in Hanoi.").has_value());
  EXPECT_FALSE(idx.check_and_add("b", "Ministers met in Tokyo.").has_value());
  EXPECT_TRUE(idx.check_and_add("c", "ministers met in hanoi").has_value());
}

TEST(Language, EnglishAndVietnamese) {
  LanguageGuess en = identify_language(kArticle);
  EXPECT_EQ(en.code, "en");
  EXPECT_TRUE(en.reliable);
  LanguageGuess vi = identify_language(
      "Th\xE1\xBB\xA9 tr\xC6\xB0\xE1\xBB\x9Fng B\xE1\xBB\x99 Qu\xE1\xBB\x91"
      "c ph\xC3\xB2ng d\xE1\xBA\xABn \xC4\x91\xE1"
      "\xBA\xA7u \xC4\x91o\xC3\xA0n \xC4\x91\xE1\xBA\xA1i bi\xE1\xBB\x83u tham d\xE1\xBB\xB1 h\xE1\xBB\x99i "
      "ngh\xE1"
      "\xBB\x8B t\xE1\xBA\xA1i Tokyo, Nh\xE1\xBA\xADt B\xE1\xBA\xA3n v\xC3\xA0o th\xE1\xBB\xA9 Ba, hai "
      "b\xC3\xAAn "
      "nh\xE1\xBA\xA5t tr\xC3\xAD t\xC4\x83ng c\xC6\xB0\xE1\xBB\x9Dng h\xE1\xBB\xA3p t\xC3\xA1"
      "c qu\xE1\xBB\x91"
      "c "
      "ph\xC3\xB2ng.");
  EXPECT_EQ(vi.code, "vi");
  EXPECT_TRUE(vi.reliable);
  LanguageGuess tiny = identify_language("ok");
  EXPECT_FALSE(tiny.reliable);
  LanguageGuess bad = identify_language("\xFF\xFE broken");
  EXPECT_FALSE(bad.reliable);
}

}  // namespace
}  // namespace attache::clean
