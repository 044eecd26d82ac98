// Duplicate detection (exact and MinHash near duplicates) and language identification.
#include <gtest/gtest.h>

#include <iterator>
#include <random>

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

// A made-up article of `sentences` sentences from a small vocabulary (seeded, so every run is the
// same); each sentence is 12 words.
std::vector<std::string> made_up_sentences(std::mt19937& rng, int sentences) {
  static const char* words[] = {
      "minister", "delegation", "talks",    "navy",     "training", "exchange", "agreed",   "visit",
      "port",     "coast",      "guard",    "officers", "dialogue", "security", "border",   "rescue",
      "exercise", "signed",     "memorandum", "defence", "ministry", "capital", "regional", "partners",
      "budget",   "equipment",  "maintenance", "pilots",  "cadets",   "academy", "summit",   "statement",
      "river",    "harbour",    "weather",  "market",   "season",   "council",  "school",   "bridge"};
  std::vector<std::string> out;
  for (int s = 0; s < sentences; ++s) {
    std::string sentence;
    for (int w = 0; w < 12; ++w) {
      if (w > 0) sentence += ' ';
      sentence += words[rng() % std::size(words)];
    }
    out.push_back(sentence + ".");
  }
  return out;
}

std::string join(const std::vector<std::string>& sentences) {
  std::string out;
  for (const auto& s : sentences) out += s + " ";
  return out;
}

TEST(DuplicateIndex, FindsNearCopiesAmongManyArticles) {
  std::mt19937 rng(7);
  DuplicateIndex idx;
  std::vector<std::vector<std::string>> originals;
  for (int i = 0; i < 400; ++i) {
    originals.push_back(made_up_sentences(rng, 20));
    auto m = idx.check_and_add("a" + std::to_string(i), join(originals.back()));
    EXPECT_FALSE(m.has_value()) << i << " taken for a copy of " << m->id;
  }
  // Copies with one sentence of twenty replaced and a dateline added (Jaccard about 0.85).
  int found = 0;
  for (int i = 0; i < 400; i += 4) {
    std::vector<std::string> copy = originals[static_cast<size_t>(i)];
    copy[static_cast<size_t>(rng() % copy.size())] = made_up_sentences(rng, 1)[0];
    auto m = idx.check_and_add("c" + std::to_string(i), "CITY (Agency) - " + join(copy));
    if (m && m->id == "a" + std::to_string(i)) ++found;
  }
  EXPECT_GE(found, 95) << "of 100 near copies";
}

TEST(DuplicateIndex, WindowBoundsTheIndexAndForgetsTheOldest) {
  std::mt19937 rng(11);
  DuplicateIndex idx(0.7, 3);
  std::vector<std::string> texts;
  for (int i = 0; i < 5; ++i) {
    texts.push_back(join(made_up_sentences(rng, 6)));
    EXPECT_FALSE(idx.check_and_add("t" + std::to_string(i), texts.back()).has_value());
    EXPECT_LE(idx.size(), 3u);
  }
  EXPECT_EQ(idx.size(), 3u);
  // t0 and t1 are forgotten; t2..t4 are remembered, exactly and nearly.
  EXPECT_FALSE(idx.check_and_add("again0", texts[0]).has_value());  // now remembered as again0
  auto m = idx.check_and_add("again3", texts[3]);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->id, "t3");
  EXPECT_TRUE(m->exact);
  auto n = idx.check_and_add("near4", texts[4] + " One more closing sentence was added by the second outlet.");
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->id, "t4");
  EXPECT_FALSE(n->exact);
  // Churning far past the window keeps the size at the window, and eviction keeps lookups right.
  for (int i = 0; i < 200; ++i) idx.check_and_add("x" + std::to_string(i), join(made_up_sentences(rng, 6)));
  EXPECT_EQ(idx.size(), 3u);
  std::string last = join(made_up_sentences(rng, 6));
  EXPECT_FALSE(idx.check_and_add("last", last).has_value());
  auto l = idx.check_and_add("last-copy", last);
  ASSERT_TRUE(l.has_value());
  EXPECT_EQ(l->id, "last");
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
