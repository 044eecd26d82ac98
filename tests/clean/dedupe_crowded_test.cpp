// Duplicate detection when many texts share boilerplate: every text lands in the same crowded
// bands, which are capped (DuplicateIndex::kBandCap); a copy is still found through its other
// bands, and distinct texts are never taken for copies.
#include <gtest/gtest.h>

#include <string>

#include "clean/dedupe.h"

namespace attache::clean {
namespace {

std::string story(int n) {
  const char* places[] = {"harbour", "railway", "library", "stadium", "hospital", "market", "museum"};
  const char* verbs[] = {"reopened", "was repaired", "closed for a week", "won an award", "hired staff"};
  std::string s;
  for (int i = 0; i < 7; ++i) {
    s += "Item " + std::to_string(n * 31 + i) + " says the " + places[(n + i) % 7] + " near block " +
         std::to_string(n * 7 + i * 3) + " " + verbs[(n * 3 + i) % 5] + " on day " + std::to_string(n + i) + ". ";
  }
  // The same closing lines in every text: most of each text's shingles are shared, so the texts
  // crowd the same bands without being near duplicates of one another.
  s += "Reporting by the city desk with help from two regional stringers; editing by the weekend team "
       "under a deputy editor. All rights reserved by the publisher, who licenses these pages to partner "
       "sites across the region under a syndication agreement signed last spring. Send corrections to the "
       "newsroom by email or by post, quoting the headline and the date of publication, and allow three "
       "working days for a reply. Follow us for more local news every day of the week, including weather "
       "warnings, school closures, road works and the results of council votes on planning matters.";
  return s;
}

TEST(DuplicateIndexCrowded, CopiesFoundPastCrowdedBands) {
  DuplicateIndex idx;
  const int n = 1000;  // far more texts than a band keeps
  for (int i = 0; i < n; ++i) ASSERT_FALSE(idx.check_and_add("s" + std::to_string(i), story(i)).has_value()) << i;
  for (int i : {5, 500, 999}) {
    std::string copy = "Copy: " + story(i);
    auto m = idx.check_and_add("copy" + std::to_string(i), copy);
    ASSERT_TRUE(m.has_value()) << i;
    EXPECT_EQ(m->id, "s" + std::to_string(i));
    EXPECT_FALSE(m->exact);
  }
  EXPECT_EQ(idx.size(), static_cast<size_t>(n));
}

TEST(DuplicateIndexCrowded, WindowEvictionWithCappedBands) {
  DuplicateIndex idx(0.7, 64);  // a small window: capped bands and eviction together
  for (int i = 0; i < 400; ++i) ASSERT_FALSE(idx.check_and_add("s" + std::to_string(i), story(i)).has_value()) << i;
  EXPECT_EQ(idx.size(), 64u);
  auto recent = idx.check_and_add("again", story(390));
  ASSERT_TRUE(recent.has_value());
  EXPECT_EQ(recent->id, "s390");
  EXPECT_FALSE(idx.check_and_add("old", "Copy: " + story(10)).has_value());  // forgotten
}

}  // namespace
}  // namespace attache::clean
