// People, offices, ranks and countries, in sentences written for these tests (not from any article).
#include <gtest/gtest.h>

#include "annotate/annotations.h"
#include "gazetteer/data_dirs.h"

namespace attache::annotate {
namespace {

const gazetteer::Knowledge& knowledge() {
  static auto k = gazetteer::Knowledge::load({std::string(ATTACHE_SOURCE_DIR) + "/data"});
  return *k;
}

const PersonEntity* person(const Annotations& a, std::string_view name) {
  for (const auto& p : a.people) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

std::string opt(const std::optional<std::string>& s) { return s.value_or("<null>"); }

TEST(People, OfficeRankName) {
  std::string text = "Deputy Minister of National Defence Sen. Lieut. Gen. Phùng Sĩ Tấn opened the talks in Hue.";
  auto a = annotate(knowledge(), text, {});
  auto* p = person(a, "Phùng Sĩ Tấn");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(opt(p->rank), "Senior Lieutenant General");
  EXPECT_EQ(opt(p->title), "Deputy Minister of National Defence");
  EXPECT_EQ(opt(p->organization), "Ministry of National Defence");
}

TEST(People, HonorificNameAndOrganisationWithPossessiveCountry) {
  std::string text = "Secretary-General Dato' Seri Razali bin Ismail of Brunei's Ministry of Defence joined them.";
  auto a = annotate(knowledge(), text, {});
  auto* p = person(a, "Razali bin Ismail");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(opt(p->country), "BRN");
  EXPECT_EQ(opt(p->organization), "Ministry of Defence");
  EXPECT_EQ(opt(p->rank), "<null>");
}

TEST(People, RankNameAndAppositiveWithDemonym) {
  std::string text = "Lieutenant General Sarawut Ketchan, Deputy Chief of the Thai Ministry of Defence, greeted the guests.";
  auto a = annotate(knowledge(), text, {});
  auto* p = person(a, "Sarawut Ketchan");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(opt(p->rank), "Lieutenant General");
  EXPECT_EQ(opt(p->country), "THA");
  EXPECT_EQ(opt(p->organization), "Ministry of Defence");
}

TEST(People, BareNameWithAppositiveOffice) {
  std::string text = "Maria Delgado, the U.S. Assistant Secretary of Defense for Indo-Pacific Security Affairs, spoke first.";
  auto a = annotate(knowledge(), text, {});
  auto* p = person(a, "Maria Delgado");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(opt(p->country), "USA");
}

TEST(People, OfficeOfCountryAndLaterSurnameReference) {
  std::string text =
      "Rear Admiral Tomás Reyes, Deputy Secretary of Defence of Chile, arrived on Monday.\n"
      "Reyes said the navies would train together.";
  auto a = annotate(knowledge(), text, {});
  auto* p = person(a, "Tomás Reyes");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(opt(p->country), "CHL");
  EXPECT_EQ(opt(p->rank), "Rear Admiral");
  int refs = 0;
  for (const auto& m : a.mentions) refs += m.type == MentionType::kPerson && !m.full;
  EXPECT_EQ(refs, 1);
}

TEST(People, TwoPeopleInOneSentence) {
  std::string text =
      "Defence Minister General Phan Van Giang and Japanese Defence Minister Kihara Minoru signed the memorandum.";
  auto a = annotate(knowledge(), text, {});
  ASSERT_NE(person(a, "Phan Van Giang"), nullptr);
  auto* k = person(a, "Kihara Minoru");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(opt(k->country), "JPN");
  EXPECT_EQ(opt(person(a, "Phan Van Giang")->rank), "General");
}

TEST(People, MinistryWithOfInsideIsNotAName) {
  std::string text = "The Ministry of National Defence hosted the event.";
  auto a = annotate(knowledge(), text, {});
  EXPECT_TRUE(a.people.empty());
}

TEST(Mechanisms, GenericDialogueIsCanonicalisedWithOrdinal) {
  std::string text = "They agreed to hold the seventh Indonesia-Australia defence strategic dialogue in Bali.";
  auto a = annotate(knowledge(), text, {});
  ASSERT_EQ(a.mechanisms.size(), 1u);
  EXPECT_EQ(a.mechanisms[0].canonical, "Indonesia-Australia Defence Strategic Dialogue");
  EXPECT_EQ(a.mechanisms[0].ordinal, 7);
}

TEST(Mechanisms, KnownMechanismInEitherWordOrder) {
  for (std::string text : {"the 9th ASEAN-Japan Defense Vice-Ministerial Forum", "the 9th Japan-ASEAN Defence Vice Ministerial Forum"}) {
    auto a = annotate(knowledge(), text, {});
    ASSERT_EQ(a.mechanisms.size(), 1u) << text;
    EXPECT_EQ(a.mechanisms[0].canonical, "Japan-ASEAN Defence Vice-Ministerial Forum");
    EXPECT_EQ(a.mechanisms[0].ordinal, 9);
  }
}

TEST(Dateline, AgencyDatelineGivesThePlace) {
  auto a = annotate(knowledge(), "Vientiane (KPL) – The Lao defence minister received the delegation.", {});
  ASSERT_TRUE(a.dateline_place.has_value());
  EXPECT_EQ(knowledge().places[*a.dateline_place].name, "Vientiane");
}

// Country codes of the mentions of countries in `text`, in order.
std::vector<std::string> countries_in(std::string_view text) {
  auto a = annotate(knowledge(), text, {});
  std::vector<std::string> out;
  for (const auto& m : a.mentions)
    if (m.type == MentionType::kCountry) out.push_back(knowledge().country(m.id)->code);
  return out;
}

TEST(ShipPrefixes, PrefixBeforeTheShipsNameGivesItsState) {
  EXPECT_EQ(countries_in("HMNZS Te Kaha refuelled two frigates off Busan."), std::vector<std::string>{"NZL"});
  EXPECT_EQ(countries_in("The crew of BRP Gregorio del Pilar and of KD Lekir met ashore."),
            (std::vector<std::string>{"PHL", "MYS"}));
}

TEST(ShipPrefixes, NotInLowerCaseNorBeforeALowerCaseWord) {
  EXPECT_TRUE(countries_in("The kd ratio and an RSS feed were discussed.").empty());
  EXPECT_TRUE(countries_in("Ins and outs of the plan were set out by Js Takeda.").empty());
}

TEST(Ordinals, DigitsAndWords) {
  EXPECT_EQ(ordinal_value("10th"), 10);
  EXPECT_EQ(ordinal_value("fourth"), 4);
  EXPECT_EQ(ordinal_value("22nd"), 22);
  EXPECT_EQ(ordinal_value("tenant"), 0);
}

}  // namespace
}  // namespace attache::annotate
