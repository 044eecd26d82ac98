// Cleaning plain text to the article: captions, layout residue, credits, sign-offs and the
// teaser tail after them are left out of Document::body; the text itself never changes.
#include "clean/text_clean.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "clean/dates.h"

namespace attache::clean {
namespace {

std::string seed(const std::string& name) {
  std::ifstream in(std::string(ATTACHE_SHARED_DIR) + "/data/seeds/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool inside_body(const std::vector<Span>& body, size_t pos) {
  for (const Span& s : body) {
    if (s.start <= pos && pos < s.end) return true;
  }
  return false;
}

bool overlaps_body(const std::vector<Span>& body, Span r) {
  for (const Span& s : body) {
    if (s.overlaps(r)) return true;
  }
  return false;
}

TEST(TextClean, Seed004TeaserTailIsExcluded) {
  Document doc;
  doc.text = seed("004_94dd0ddd8f9914c9.txt");
  ASSERT_FALSE(doc.text.empty());
  clean_text_document(doc);
  ASSERT_FALSE(doc.body.empty());
  // The tail: everything after the "-VNA" sign-off.
  size_t signoff = doc.text.find("Japan-ASEAN defence cooperation.-VNA");
  ASSERT_NE(signoff, std::string::npos);
  size_t tail = doc.text.find("Vietnam treasures the sound development");
  ASSERT_NE(tail, std::string::npos);
  EXPECT_FALSE(
      overlaps_body(doc.body, Span{static_cast<uint32_t>(tail), static_cast<uint32_t>(doc.text.size())}));
  // The sign-off itself is out, the sentence before it in.
  size_t vna = doc.text.find("-VNA", signoff);
  EXPECT_FALSE(inside_body(doc.body, vna + 1));
  EXPECT_TRUE(inside_body(doc.body, signoff));
  // The teasers that look like engagements ("The third Vietnam-Japan defence policy dialogue
  // took place in Hanoi on January 29") are in the tail.
  size_t third = doc.text.find("The third Vietnam-Japan defence policy dialogue");
  ASSERT_NE(third, std::string::npos);
  EXPECT_FALSE(inside_body(doc.body, third));
  // The photo caption is furniture; the article proper is in.
  size_t caption = doc.text.find("(Photo: VNA)");
  EXPECT_FALSE(inside_body(doc.body, caption));
  EXPECT_TRUE(inside_body(doc.body, doc.text.find("fourth Vietnam-Japan Defence Policy Dialogue")));
  EXPECT_TRUE(inside_body(doc.body, doc.text.find("Vientiane, Laos")));
}

TEST(TextClean, SeedSignOffsCreditsAndCaptions) {
  // 000: "— VNA/VNS" closes the last paragraph.
  TextCleaning c0 = clean_text(seed("000_6ff3011f77843652.txt"));
  ASSERT_EQ(c0.furniture.size(), 1u);
  EXPECT_EQ(c0.furniture[0].kind, FurnitureKind::kSignOff);
  // 002: layout residue ("|"), a table caption, a byline and a translator credit.
  std::string t2 = seed("002_7d7361a31e4d12d9.txt");
  TextCleaning c2 = clean_text(t2);
  EXPECT_FALSE(inside_body(c2.body, t2.find("Sr. Lt. Gen. Hoang Xuan Chien attends ADSOM+ in Malaysia")));
  EXPECT_FALSE(inside_body(c2.body, t2.find("By Kieu Trinh")));
  EXPECT_FALSE(inside_body(c2.body, t2.find("Translated by Tran Hoai")));
  EXPECT_TRUE(inside_body(c2.body, t2.find("Andrew Byers")));
  // 001: short lines set off as captions in a text whose paragraphs are single lines.
  std::string t1 = seed("001_873123318758cdf4.txt");
  TextCleaning c1 = clean_text(t1);
  EXPECT_FALSE(inside_body(c1.body, t1.find("Delegates in a joint photo.")));
  EXPECT_TRUE(inside_body(c1.body, t1.find("Speaking at the event")));
  // 003: "VNA" alone on the last line, "(Photo: VNA)" caption.
  std::string t3 = seed("003_5a8be2b522e005a8.txt");
  TextCleaning c3 = clean_text(t3);
  EXPECT_FALSE(inside_body(c3.body, t3.rfind("VNA")));
  EXPECT_TRUE(inside_body(c3.body, t3.find("Vietnam International Defense Expo")));
}

TEST(TextClean, CleanTextKeepsEverythingWhenThereIsNoFurniture) {
  Document doc;
  doc.text = "The two ministers met in Hanoi.\n\nThey agreed to hold a dialogue next year.\n";
  clean_text_document(doc);
  EXPECT_TRUE(doc.body.empty());  // all of the text
}

TEST(TextClean, TeaserHeaderEndsTheArticle) {
  std::string t =
      "HANOI - The defence ministers of the two countries met on Monday and agreed to expand training.\n\n"
      "They also discussed peacekeeping.\n\n"
      "Related news\n\n"
      "Navy chief visits India\n"
      "Army delegation received in Vientiane\n";
  TextCleaning c = clean_text(t);
  ASSERT_EQ(c.body.size(), 1u);
  EXPECT_EQ(std::string(c.body[0].of(t)).substr(0, 6), "HANOI ");
  EXPECT_LT(c.body[0].end, t.find("Related news"));
  EXPECT_FALSE(inside_body(c.body, t.find("Navy chief")));
}

TEST(TextClean, PageHeadBylinesAndAgencyLinesDoNotEndTheArticle) {
  std::string t =
      "Coral Coast Herald\n"
      "Home | Nation | World | Sport\n\n"
      "Fiji and Tonga navies hold first joint patrol\n\n"
      "By Mere Tuilagi\n"
      "REUTERS\n"
      "March 3, 2026\n\n"
      "SUVA, March 3 -- Patrol boats of the two navies began their first joint patrol on Monday, the navy said in a "
      "statement.\n\n"
      "The patrol will last a week and covers fisheries and search and rescue, officials said on Tuesday.\n\n"
      "Reporting by Jone Vula; editing by Ana Kata\n"
      "More news from the region\n";
  TextCleaning c = clean_text(t);
  EXPECT_TRUE(inside_body(c.body, t.find("SUVA")));
  EXPECT_TRUE(inside_body(c.body, t.find("The patrol will last")));
  EXPECT_FALSE(inside_body(c.body, t.find("By Mere")));
  EXPECT_FALSE(inside_body(c.body, t.find("Reporting by")));
  EXPECT_FALSE(inside_body(c.body, t.find("More news")));
}

TEST(TextClean, OutletNameLineWithAnAgencyAfterADashDoesNotEndTheArticle) {
  std::string t =
      "Gulf Coast Press Agency - GCPA\n"
      "Home > Region > Defence\n\n"
      "Oman, Kenya hold first defence talks\n\n"
      "MUSCAT, 4th March, 2026 (GCPA) -- The first round of defence talks between Oman and Kenya was held today "
      "in Muscat, the ministry said.\n\n"
      "The two delegations discussed maritime security and training, officials said.\n\n"
      "GCPA/Salim Al Harthi\n";
  TextCleaning c = clean_text(t);
  EXPECT_TRUE(inside_body(c.body, t.find("MUSCAT")));
  EXPECT_TRUE(inside_body(c.body, t.find("The two delegations")));
}

TEST(TextClean, FirstParagraphUnderAHeadlineIsNoCaption) {
  // paragraphs on single lines, the lead set off from the headline by a blank line
  std::string t =
      "Kenyan army chief visits Oman\n\n"
      "Kenyan Chief of Defence Forces General Charles Kahariri paid a two-day visit to the Sultanate of Oman.\n"
      "Upon his arrival, General Kahariri was received by senior officers of the Sultan's Armed Forces at the "
      "airport in Muscat.\n"
      "The two sides held a meeting during which they discussed military cooperation between the two armed "
      "forces.\n";
  TextCleaning c = clean_text(t);
  EXPECT_TRUE(inside_body(c.body, t.find("Kenyan Chief of Defence")));
}

TEST(TextClean, SentenceStartingWithByIsNotACredit) {
  std::string t =
      "The two sides signed a plan on Tuesday.\nBy 2030, the navies will hold four drills a year.\nThey also "
      "agreed on "
      "training.\n";
  TextCleaning c = clean_text(t);
  EXPECT_TRUE(c.furniture.empty());
}

TEST(TextClean, EverythingFurnitureLeavesAnEmptyBody) {
  Document doc;
  doc.text = "(Photo: VNA)\n|\n";
  clean_text_document(doc);
  ASSERT_EQ(doc.body.size(), 1u);
  EXPECT_TRUE(doc.body[0].empty());
}

TEST(Dates, MachineAndHumanForms) {
  EXPECT_EQ(parse_machine_date("2025-02-12T10:00:00+07:00")->to_string(), "2025-02-12");
  EXPECT_EQ(parse_machine_date("20250212")->to_string(), "2025-02-12");
  EXPECT_EQ(parse_machine_date("Wed, 12 Feb 2025 10:00:00 GMT")->to_string(), "2025-02-12");
  EXPECT_EQ(parse_machine_date("2025/02/12 10:00")->to_string(), "2025-02-12");
  EXPECT_FALSE(parse_machine_date("soon").has_value());
  // Regression (html_clean_fuzzer): a mangled meta date gave the year 367.
  EXPECT_FALSE(parse_machine_date("0367-06-18T08:12:44+00:00").has_value());
  EXPECT_EQ(find_date_in_text("Updated: 09:15 | 26/09/2025")->to_string(), "2025-09-26");
  EXPECT_EQ(find_date_in_text("Posted on February 12, 2025 by staff")->to_string(), "2025-02-12");
  EXPECT_EQ(find_date_in_text("TOKYO, Feb. 12, 2025 (Kyodo) -")->to_string(), "2025-02-12");
  EXPECT_EQ(find_date_in_text("on 29th November 2016 in Tokyo")->to_string(), "2016-11-29");
  EXPECT_EQ(find_date_in_text("12/25/2024")->to_string(),
            "2024-12-25");  // month first when day first is impossible
  EXPECT_FALSE(find_date_in_text("version 2025.13.40 and 31/02/2024").has_value());
  size_t at = 0;
  ASSERT_TRUE(find_date_in_text("Met on 1 March 2024 and on 2024-01-05", &at).has_value());
  EXPECT_EQ(at, 7u);
  // A dateline is the article's own date: a date line, a keyword, or a dateline's closing dash.
  EXPECT_EQ(find_dateline("TOKYO, Feb 12, 2025 - The ministers met on Tuesday.")->to_string(), "2025-02-12");
  EXPECT_EQ(find_dateline("Hanoi, 30/11/2016 (VNA) - The talks ended.")->to_string(), "2016-11-30");
  EXPECT_EQ(find_dateline("Title line\nPublished on 12 March 2024 by the desk, with a long note that goes on")
                ->to_string(),
            "2024-03-12");
  EXPECT_EQ(find_dateline("Updated: 09:15 | 26/09/2025\nText.")->to_string(), "2025-09-26");
  EXPECT_FALSE(
      find_dateline("On February 11, 2025, the defence ministers of the two countries met in Tokyo and "
                    "agreed to expand cooperation.")
          .has_value());
  // A dateline is looked for at the start only.
  std::string text = "HANOI (VNA) - The ministers met. " + std::string(400, 'x') + " Published 2020-01-01.";
  EXPECT_FALSE(find_dateline(text).has_value());
}

}  // namespace
}  // namespace attache::clean
