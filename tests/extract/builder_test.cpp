// The engagement builder on short articles written for these tests.
#include <gtest/gtest.h>

#include "extract/extractor.h"

namespace attache::extract {
namespace {

const Extractor& extractor() {
  static Extractor e(gazetteer::Knowledge::load({std::string(ATTACHE_SOURCE_DIR) + "/data"}));
  return e;
}

DocumentRecord run(std::string text, std::string published) {
  Document d;
  d.id = "t";
  d.text = std::move(text);
  d.published = PartialDate::parse(published);
  return extractor().extract(d);
}

TEST(Builder, ForumThenSidelineMeetingsInheritDateAndPlace) {
  auto r = run(
      "KUALA LUMPUR — Deputy Minister of National Defence Sen. Lieut. Gen. Phung Si Tan attended the 15th Japan-ASEAN "
      "Defence Vice-Ministerial Forum in Kuala Lumpur, Malaysia, on Monday.\n"
      "On the sidelines, Tan met with Lieutenant General Sarawut Ketchan, Deputy Chief of the Thai Ministry of Defence.\n"
      "The two sides agreed to boost cooperation in search and rescue and military medicine.\n",
      "2026-03-04");
  ASSERT_GE(r.engagements.size(), 2u);
  const auto& forum = r.engagements[0];
  EXPECT_EQ(forum.kind, EngagementKind::kMultilateralMeeting);
  EXPECT_EQ(forum.ordinal, 15);
  EXPECT_EQ(forum.date->to_string(), "2026-03-02");
  const auto& meeting = r.engagements[1];
  EXPECT_EQ(meeting.kind, EngagementKind::kBilateralMeeting);
  ASSERT_TRUE(meeting.date.has_value());
  EXPECT_EQ(meeting.date->to_string(), "2026-03-02");
  ASSERT_TRUE(meeting.location.has_value());
  EXPECT_EQ(meeting.location->city.value_or(""), "Kuala Lumpur");
  EXPECT_NE(std::find(meeting.areas.begin(), meeting.areas.end(), "search_and_rescue"), meeting.areas.end());
  EXPECT_NE(std::find(meeting.countries.begin(), meeting.countries.end(), "THA"), meeting.countries.end());
  // the forum's heads of delegation include the person met on its sidelines
  EXPECT_EQ(forum.participants.size(), 2u);
}

TEST(Builder, PlannedDialogueIsItsOwnRecordWithoutAreas) {
  auto r = run(
      "Defence Minister General Phan Van Giang received Lieutenant General Sarawut Ketchan, Deputy Chief of the Thai "
      "Ministry of Defence, in Hanoi on Friday.\n"
      "They agreed to hold the 7th Vietnam-Thailand defence policy dialogue in Bangkok next year and to expand "
      "cooperation in defence industry.\n",
      "2026-05-09");
  const Engagement* planned = nullptr;
  for (const auto& e : r.engagements) {
    if (e.status == EngagementStatus::kPlanned) planned = &e;
  }
  ASSERT_NE(planned, nullptr);
  EXPECT_EQ(planned->mechanism.value_or(""), "Vietnam-Thailand Defence Policy Dialogue");
  EXPECT_EQ(planned->ordinal, 7);
  EXPECT_EQ(planned->date->to_string(), "2027");
  EXPECT_TRUE(planned->areas.empty());
  EXPECT_TRUE(planned->participants.empty());
}

TEST(Builder, EvidenceSpansPointAtTheReportingSentences) {
  std::string text =
      "Admiral Kim Hyun-woo, Chief of Naval Operations of South Korea, met with Rear Admiral Tomás Reyes, "
      "Commander of the Chilean Navy, in Busan on June 4.";
  auto r = run(text, "2026-06-05");
  ASSERT_FALSE(r.engagements.empty());
  for (const auto& e : r.engagements) {
    ASSERT_FALSE(e.evidence.empty());
    for (const auto& s : e.evidence) EXPECT_LE(s.end, text.size());
  }
}

TEST(Builder, GenericStatementsAreNotEngagements) {
  auto r = run("The two sides have maintained regular exchanges over the years and value their friendship.", "2026-01-01");
  EXPECT_TRUE(r.engagements.empty());
}

}  // namespace
}  // namespace attache::extract
