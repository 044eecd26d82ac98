// Field equality rules of the scorer: names, mechanisms, titles, dates, locations.
#include "eval/compare.h"

#include <gtest/gtest.h>

#include "eval_testing.h"

namespace {

using namespace attache;
using namespace attache::eval;
using eval::testing::test_countries;

bool same_name(const char* a, const char* b) { return names_equal(name_key(a), name_key(b)); }

TEST(Words, FoldsAndSplits) {
  EXPECT_EQ(words("Hoàng Xuân-Chiến"), (std::vector<std::string>{"hoang", "xuan", "chien"}));
  EXPECT_EQ(words("Dato’ Seri O'Brien, Jr."), (std::vector<std::string>{"dato", "seri", "obrien", "jr"}));
  EXPECT_TRUE(words(" -- ").empty());
}

TEST(NamesEqual, DiacriticsCaseAndOrder) {
  EXPECT_TRUE(same_name("Hoàng Xuân Chiến", "Hoang Xuan Chien"));
  EXPECT_TRUE(same_name("Hoàng Xuân Chiến", "HOANG XUAN CHIEN"));
  EXPECT_TRUE(same_name("Chan Heng Kee", "Heng Kee Chan"));
  EXPECT_FALSE(same_name("Hoang Xuan Chien", "Hoang Xuan Chinh"));
  EXPECT_FALSE(same_name("", ""));
}

TEST(NamesEqual, SubsetNeedsTwoTokens) {
  EXPECT_TRUE(same_name("Lokman Hakim bin Ali", "Lokman Hakim"));
  EXPECT_TRUE(same_name("Lokman Hakim", "Lokman Hakim bin Ali"));
  EXPECT_FALSE(same_name("Lokman Hakim bin Ali", "Lokman"));
  EXPECT_FALSE(same_name("Lokman Hakim bin Ali", "Lokman Ali Hakim Yusof"));
  // Honorifics stay: a name with "Datuk" has a token the bare name lacks, but the bare one is a subset.
  EXPECT_TRUE(same_name("Datuk Lokman Hakim", "Lokman Hakim"));
  EXPECT_FALSE(same_name("Datuk Lokman", "Lokman"));
}

TEST(MechanismKey, SpellingVariantsAreEqual) {
  Comparer c(test_countries());
  auto eq = [&](const char* a, const char* b) {
    return c.mechanisms_equal(std::optional<std::string>(a), std::optional<std::string>(b));
  };
  EXPECT_TRUE(eq("ASEAN-Japan Defense Vice-Ministerial Forum", "Japan-ASEAN Defence Vice-Ministerial Forum"));
  EXPECT_TRUE(eq("US-Vietnam Defence Policy Dialogue", "Viet Nam-United States Defence Policy Dialogue"));
  EXPECT_TRUE(
      eq("U.S.-Vietnam Defence Policy Dialogue", "Vietnam-United States of America Defence Policy Dialogue"));
  EXPECT_TRUE(eq("RoK-Vietnam Defence Strategic Dialogue", "Vietnam-South Korea Defense Strategic Dialogue"));
  EXPECT_TRUE(eq("ADSOM+", "ADSOM-Plus"));
  EXPECT_TRUE(eq("ADMM Plus", "the ADMM+"));
  EXPECT_TRUE(eq("Việt Nam-Laos Border Defence Friendship Exchange",
                 "Vietnam and Lao People's Democratic Republic border defense friendship exchange"));
  EXPECT_FALSE(eq("Vietnam-Laos Defence Policy Dialogue", "Vietnam-Cambodia Defence Policy Dialogue"));
  EXPECT_FALSE(eq("ADSOM", "ADSOM-Plus"));
  EXPECT_FALSE(eq("ADMM", "ADMM ADMM"));  // multisets, not sets
  EXPECT_TRUE(c.mechanisms_equal(std::nullopt, std::nullopt));
  EXPECT_FALSE(c.mechanisms_equal(std::string("ADMM"), std::nullopt));
}

TEST(MechanismKey, CountryRunsBecomeCodes) {
  Comparer c(test_countries());
  EXPECT_EQ(c.mechanism_key("Viet Nam-United States Defence Policy Dialogue"),
            (TokenKey{"USA", "VNM", "defence", "dialogue", "policy"}));
  // Longest run first: "South Korea" is one country, not "south" + a guess.
  EXPECT_EQ(c.mechanism_key("South Korea Forum"), (TokenKey{"KOR", "forum"}));
}

TEST(PhrasesEqual, TitlesAndOrganisations) {
  EXPECT_TRUE(phrases_equal(std::string("Deputy Minister of National Defence"),
                            std::string("Deputy Minister of National Defense")));
  EXPECT_TRUE(phrases_equal(std::string("the Ministry of Defence"), std::string("Ministry Defence")));
  EXPECT_TRUE(
      phrases_equal(std::string("Policy & Foreign Affairs"), std::string("Policy and Foreign Affairs")));
  EXPECT_FALSE(phrases_equal(std::string("Minister of Defence"), std::string("Deputy Minister of Defence")));
  EXPECT_TRUE(phrases_equal(std::nullopt, std::nullopt));
  EXPECT_FALSE(phrases_equal(std::string("General"), std::nullopt));
}

TEST(DatesAndLocations, Equality) {
  auto d = [](const char* s) { return PartialDate::parse(s); };
  EXPECT_TRUE(dates_equal(d("2025-02-11"), d("2025-02-11")));
  EXPECT_FALSE(dates_equal(d("2025-02-11"), d("2025-02")));
  EXPECT_TRUE(dates_same_month(d("2025-02-11"), d("2025-02")));
  EXPECT_TRUE(dates_same_month(d("2025-02-11"), d("2025-02-28")));
  EXPECT_FALSE(dates_same_month(d("2025-02-11"), d("2025")));
  EXPECT_FALSE(dates_same_month(d("2025-02-11"), std::nullopt));
  EXPECT_TRUE(dates_equal(std::nullopt, std::nullopt));

  Location tokyo{std::string("Tokyo"), std::string("JPN")};
  EXPECT_TRUE(locations_equal(tokyo, Location{std::string("TOKYO"), std::string("JPN")}));
  EXPECT_FALSE(locations_equal(tokyo, Location{std::nullopt, std::string("JPN")}));
  EXPECT_FALSE(locations_equal(tokyo, Location{std::string("Tokyo"), std::string("JAP")}));
  EXPECT_TRUE(locations_equal(std::nullopt, Location{}));
  EXPECT_TRUE(locations_equal(Location{std::string("Hà Nội"), std::string("VNM")},
                              Location{std::string("Ha Noi"), std::string("VNM")}));
}

}  // namespace
