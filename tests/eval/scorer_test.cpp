// The scorer on hand-made gold/prediction pairs with known figures, and on the seed gold.
#include "eval/scorer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "eval/inputs.h"
#include "eval/report.h"
#include "eval_testing.h"

namespace {

using namespace attache;
using namespace attache::eval;
using eval::testing::record;
using eval::testing::TempDir;
using eval::testing::test_countries;

// Gold for the perfect / empty / partial cases: a sideline bilateral, a planned dialogue, an exercise.
// Slots: 13 (1+6 + 2 participants + 2 countries + 2 areas), 9 (1+6 + 2 countries), 10 (1+6 + 2 + 1): 32.
const char* kGold = R"({"doc": "p", "published": "2025-02-12", "engagements": [
  {"kind": "bilateral_meeting", "status": "held", "salience": "main", "name": null, "mechanism": null,
   "ordinal": null, "date": "2025-02-11", "location": {"city": "Tokyo", "country": "JPN"},
   "countries": ["VNM", "MYS"], "groups": [],
   "participants": [
     {"name": "Hoàng Xuân Chiến", "country": "VNM", "title": "Deputy Minister of National Defence",
      "rank": "Senior Lieutenant General", "organization": "Ministry of National Defence"},
     {"name": "Lokman Hakim bin Ali", "country": "MYS", "title": "Secretary-General", "rank": null,
      "organization": "Ministry of Defence"}],
   "areas": ["maritime_security", "hadr"]},
  {"kind": "policy_dialogue", "status": "planned", "mechanism": "Vietnam-Laos Defence Policy Dialogue",
   "ordinal": 5, "date": null, "location": {"city": null, "country": "LAO"},
   "countries": ["VNM", "LAO"], "participants": [], "areas": []},
  {"kind": "exercise", "status": "held", "date": "2025-02", "location": null,
   "countries": ["VNM", "THA"], "participants": [], "areas": ["exercises"]}
]})";

// P0 fits gold 0 (an extra participant and country, a wrong rank and title, one area missed),
// P1 fits gold 1 (mechanism spelled differently, wrong date and ordinal, a spurious area),
// P2 fits nothing (no shared state, no mechanism).
const char* kPartial = R"({"doc": "p", "engagements": [
  {"kind": "bilateral_meeting", "status": "held", "date": "2025-02-11",
   "location": {"city": "Tokyo", "country": "JPN"}, "countries": ["VNM", "MYS", "JPN"],
   "participants": [
     {"name": "Hoang Xuan Chien", "country": "VNM", "title": "Deputy Minister of National Defense",
      "rank": "Lieutenant General", "organization": "Ministry of National Defence"},
     {"name": "Lokman Hakim", "country": "MYS", "title": null, "rank": null, "organization": "Ministry of Defense"},
     {"name": "Tran Van Xyz", "country": "VNM"}],
   "areas": ["maritime_security"]},
  {"kind": "policy_dialogue", "status": "planned", "mechanism": "Viet Nam-Laos Defense Policy Dialogue",
   "ordinal": 4, "date": "2025", "location": {"city": null, "country": "LAO"},
   "countries": ["VNM", "LAO"], "participants": [], "areas": ["training_education"]},
  {"kind": "visit", "status": "held", "countries": ["USA", "JPN"], "participants": [], "areas": []}
]})";

Report score(const std::vector<DocumentRecord>& gold, const std::vector<DocumentRecord>& pred) {
  return Scorer(test_countries()).score(gold, pred);
}

// Every figure of the report is 1 (and there is something to measure).
void expect_perfect(const Report& r) {
  for (const PRF* p : {&r.slots, &r.engagements, &r.participants, &r.countries, &r.areas, &r.groups}) {
    EXPECT_DOUBLE_EQ(p->precision(), 1.0);
    EXPECT_DOUBLE_EQ(p->recall(), 1.0);
    EXPECT_DOUBLE_EQ(p->f1(), 1.0);
  }
  EXPECT_GT(r.engagements.matched, 0);
  for (const auto& [name, t] : r.fields.named()) EXPECT_EQ(t->accuracy(), 1.0) << name;
  for (const auto& [name, t] : r.participant_attributes.named()) {
    if (t->total) {
      EXPECT_EQ(t->accuracy(), 1.0) << name;
    }
  }
  EXPECT_DOUBLE_EQ(r.macro_slot_f1, 1.0);
  for (const auto& d : r.documents) {
    EXPECT_DOUBLE_EQ(d.slots.f1(), 1.0) << d.doc;
    EXPECT_TRUE(d.missed.empty()) << d.doc;
    EXPECT_TRUE(d.spurious.empty()) << d.doc;
  }
}

TEST(Scorer, PerfectPrediction) {
  const DocumentRecord gold = record(kGold);
  Report r = score({gold}, {gold});
  expect_perfect(r);
  EXPECT_EQ(r.slots.gold, 32);
  EXPECT_EQ(r.slots.matched, 32);
  EXPECT_EQ(r.engagements.matched, 3);
  EXPECT_EQ(r.participant_attributes.title.total, 2);
}

TEST(Scorer, EmptyPrediction) {
  const DocumentRecord gold = record(kGold);
  const DocumentRecord empty = record(R"({"doc": "p", "engagements": []})");
  for (const Report& r : {score({gold}, {empty}), score({gold}, {})}) {
    EXPECT_EQ(r.engagements.gold, 3);
    EXPECT_EQ(r.engagements.matched, 0);
    EXPECT_DOUBLE_EQ(r.engagements.recall(), 0.0);
    EXPECT_DOUBLE_EQ(r.engagements.f1(), 0.0);
    EXPECT_DOUBLE_EQ(r.slots.recall(), 0.0);
    EXPECT_DOUBLE_EQ(r.slots.f1(), 0.0);
    EXPECT_EQ(r.slots.gold, 32);
    EXPECT_EQ(r.fields.kind.accuracy(), std::nullopt);
    ASSERT_EQ(r.documents.size(), 1u);
    EXPECT_EQ(r.documents[0].missed.size(), 3u);
  }
  EXPECT_EQ(score({gold}, {}).gold_without_prediction, 1);
  EXPECT_EQ(score({gold}, {empty}).gold_without_prediction, 0);
}

TEST(Scorer, PartialPredictionFiguresByHand) {
  // Pairs: P0-G0, P1-G1; G2 missed, P2 spurious.
  // Predicted slots: P0 1+6+3+3+1 = 14, P1 1+6+0+2+1 = 10, P2 1+6+0+2+0 = 9 -> 33. Gold: 32.
  // Correct: P0-G0 1 + 6 fields (kind status date location mechanism(null=null) ordinal(null=null))
  //          + 2 participants + 2 countries + 1 area = 12;
  //          P1-G1 1 + kind status location mechanism (date and ordinal wrong) = 4, + 2 countries = 7.
  //          -> 19. Slot P = 19/33, R = 19/32, F1 = 38/65.
  // Engagements 2 of 3 each way. Participants 2 matched / 3 predicted / 2 gold; countries 4 / 5 / 4;
  // areas 1 / 2 / 2; groups 0 / 0 / 0 (nothing to find: 1.0).
  // Fields on 2 pairs: date 1/2, date_same_month 1/2 (null vs 2025), ordinal 1/2, the rest 2/2.
  // Attributes on 2 participants: country 2/2, title 1/2 (Lokman null), rank 1/2 (Hoang), organization 2/2.
  Report r = score({record(kGold)}, {record(kPartial)});
  EXPECT_EQ(r.slots.gold, 32);
  EXPECT_EQ(r.slots.predicted, 33);
  EXPECT_EQ(r.slots.matched, 19);
  EXPECT_DOUBLE_EQ(r.slots.precision(), 19.0 / 33);
  EXPECT_DOUBLE_EQ(r.slots.recall(), 19.0 / 32);
  EXPECT_NEAR(r.slots.f1(), 38.0 / 65, 1e-12);
  EXPECT_NEAR(r.macro_slot_f1, 38.0 / 65, 1e-12);

  EXPECT_EQ(r.engagements.matched, 2);
  EXPECT_NEAR(r.engagements.precision(), 2.0 / 3, 1e-12);
  EXPECT_NEAR(r.engagements.recall(), 2.0 / 3, 1e-12);
  EXPECT_NEAR(r.engagements.f1(), 2.0 / 3, 1e-12);
  ASSERT_EQ(r.documents.size(), 1u);
  const DocResult& d = r.documents[0];
  ASSERT_EQ(d.pairs.size(), 2u);
  EXPECT_EQ(d.pairs[0].gold, 0u);
  EXPECT_EQ(d.pairs[0].pred, 0u);
  EXPECT_EQ(d.pairs[1].gold, 1u);
  EXPECT_EQ(d.pairs[1].pred, 1u);
  EXPECT_EQ(d.missed, std::vector<size_t>{2});
  EXPECT_EQ(d.spurious, std::vector<size_t>{2});

  EXPECT_EQ((std::tuple{r.participants.matched, r.participants.predicted, r.participants.gold}),
            (std::tuple{2L, 3L, 2L}));
  EXPECT_NEAR(r.participants.f1(), 0.8, 1e-12);
  EXPECT_EQ((std::tuple{r.countries.matched, r.countries.predicted, r.countries.gold}),
            (std::tuple{4L, 5L, 4L}));
  EXPECT_NEAR(r.countries.f1(), 8.0 / 9, 1e-12);
  EXPECT_EQ((std::tuple{r.areas.matched, r.areas.predicted, r.areas.gold}), (std::tuple{1L, 2L, 2L}));
  EXPECT_DOUBLE_EQ(r.areas.f1(), 0.5);
  EXPECT_DOUBLE_EQ(r.groups.f1(), 1.0);

  EXPECT_EQ(r.fields.kind.accuracy(), 1.0);
  EXPECT_EQ(r.fields.status.accuracy(), 1.0);
  EXPECT_EQ(r.fields.salience.accuracy(), 1.0);
  EXPECT_EQ(r.fields.date.accuracy(), 0.5);
  EXPECT_EQ(r.fields.date_same_month.accuracy(), 0.5);
  EXPECT_EQ(r.fields.location.accuracy(), 1.0);
  EXPECT_EQ(r.fields.mechanism.accuracy(), 1.0);
  EXPECT_EQ(r.fields.ordinal.accuracy(), 0.5);
  EXPECT_EQ(r.participant_attributes.country.accuracy(), 1.0);
  EXPECT_EQ(r.participant_attributes.title.accuracy(), 0.5);
  EXPECT_EQ(r.participant_attributes.rank.accuracy(), 0.5);
  EXPECT_EQ(r.participant_attributes.organization.accuracy(), 1.0);

  // The diff names what is wrong.
  const std::string diff = format_diff(d);
  for (const char* expected :
       {"MISSED   gold[2]", "SPURIOUS pred[2]", "spurious: Tran Van Xyz", "missed: hadr",
        "spurious: training_education", "ordinal       gold 5 | pred 4",
        "rank gold \"Senior Lieutenant General\" | pred \"Lieutenant General\""}) {
    EXPECT_NE(diff.find(expected), std::string::npos) << expected << "\n" << diff;
  }
}

TEST(Scorer, ParticipantNamesWithAndWithoutDiacritics) {
  DocumentRecord gold = record(kGold);
  DocumentRecord pred = gold;
  pred.engagements[0].participants[0].name = "HOANG Xuan Chien";
  pred.engagements[0].participants[1].name = "Lokman Hakim";  // a subset of >= 2 tokens
  expect_perfect(score({gold}, {pred}));

  pred.engagements[0].participants[1].name = "Lokman";  // one token: not the same person for the scorer
  Report r = score({gold}, {pred});
  EXPECT_EQ(r.participants.matched, 1);
  EXPECT_EQ(r.engagements.matched, 3);
}

TEST(Scorer, MechanismSpellingVariants) {
  const char* gold = R"({"doc": "m", "engagements": [
    {"kind": "multilateral_meeting", "status": "held", "mechanism": "ASEAN-Japan Defense Vice-Ministerial Forum",
     "countries": ["JPN"], "groups": ["ASEAN"], "participants": [], "areas": []},
    {"kind": "policy_dialogue", "status": "held", "mechanism": "US-Vietnam Defence Policy Dialogue",
     "countries": ["USA", "VNM"], "participants": [], "areas": []}]})";
  const char* pred = R"({"doc": "m", "engagements": [
    {"kind": "policy_dialogue", "status": "held", "mechanism": "Viet Nam-United States Defence Policy Dialogue",
     "countries": ["VNM", "USA"], "participants": [], "areas": []},
    {"kind": "multilateral_meeting", "status": "held", "mechanism": "Japan-ASEAN Defence Vice-Ministerial Forum",
     "countries": ["JPN"], "groups": ["ASEAN"], "participants": [], "areas": []}]})";
  Report r = score({record(gold)}, {record(pred)});
  expect_perfect(r);
  EXPECT_EQ(r.documents[0].pairs[0].pred, 1u);
  EXPECT_EQ(r.documents[0].pairs[1].pred, 0u);

  DocumentRecord wrong = record(pred);
  wrong.engagements[0].mechanism = "Vietnam-Laos Defence Policy Dialogue";
  r = score({record(gold)}, {wrong});
  EXPECT_EQ(r.fields.mechanism.correct, 1);
}

TEST(Scorer, OptimalMatchingWhereGreedyIsWrong) {
  // Gold: a bilateral {A, B} and a forum {B, C, D}. Predicted: a forum {A, B, C}, a bilateral {A, E}.
  // Name F1: pred0-gold0 0.8, pred0-gold1 0.667, pred1-gold0 0.5, pred1-gold1 0 (no pair).
  // Best-first takes pred0-gold0 and leaves gold1 unmatched; the optimum pairs both.
  const char* gold = R"({"doc": "s", "engagements": [
    {"kind": "bilateral_meeting", "status": "held", "countries": ["VNM", "MYS"], "areas": [],
     "participants": [{"name": "Hoang Xuan Chien"}, {"name": "Lokman Hakim bin Ali"}]},
    {"kind": "multilateral_meeting", "status": "held", "countries": ["MYS", "SGP", "KHM"], "areas": [],
     "participants": [{"name": "Lokman Hakim bin Ali"}, {"name": "Chan Heng Kee"}, {"name": "Nem Sowat"}]}]})";
  const char* pred = R"({"doc": "s", "engagements": [
    {"kind": "multilateral_meeting", "status": "held", "countries": ["VNM", "MYS", "SGP"], "areas": [],
     "participants": [{"name": "Hoang Xuan Chien"}, {"name": "Lokman Hakim bin Ali"}, {"name": "Chan Heng Kee"}]},
    {"kind": "bilateral_meeting", "status": "held", "countries": ["VNM", "THA"], "areas": [],
     "participants": [{"name": "Hoang Xuan Chien"}, {"name": "Sanitchanog Sangkachantra"}]}]})";
  Report r = score({record(gold)}, {record(pred)});
  ASSERT_EQ(r.documents[0].pairs.size(), 2u);
  EXPECT_EQ(r.documents[0].pairs[0].gold, 0u);
  EXPECT_EQ(r.documents[0].pairs[0].pred, 1u);
  EXPECT_EQ(r.documents[0].pairs[1].gold, 1u);
  EXPECT_EQ(r.documents[0].pairs[1].pred, 0u);
  EXPECT_EQ(r.fields.kind.accuracy(), 1.0);
}

TEST(Scorer, SidelineMeetingsAndPlannedRecordsPairCorrectly) {
  // Tie-breakers separate records with the same parties: the two planned {VNM, LAO} records and
  // the proposed one differ only in kind, mechanism and status; predictions come shuffled.
  DocumentRecord gold = record(R"({"doc": "t", "engagements": [
    {"kind": "policy_dialogue", "status": "planned", "mechanism": "Vietnam-Laos Defence Policy Dialogue",
     "ordinal": 5, "countries": ["VNM", "LAO"], "participants": [], "areas": []},
    {"kind": "other", "status": "planned", "countries": ["VNM", "LAO"], "participants": [], "areas": ["high_level_exchange"]},
    {"kind": "other", "status": "proposed", "countries": ["VNM", "LAO"], "participants": [], "areas": ["training_education"]}]})");
  DocumentRecord pred = gold;
  std::swap(pred.engagements[0], pred.engagements[2]);
  std::swap(pred.engagements[1], pred.engagements[2]);
  Report r = score({gold}, {pred});
  expect_perfect(r);
  // Forum and sideline bilateral sharing participants (the seed 000 shape), reversed in the prediction.
  DocumentRecord seed = record(kGold);
  seed.engagements.resize(1);
  Engagement forum = seed.engagements[0];
  forum.kind = EngagementKind::kMultilateralMeeting;
  forum.participants.push_back(Participant{"Nem Sowat", std::string("KHM")});
  forum.countries.push_back("KHM");
  seed.engagements.push_back(forum);
  DocumentRecord reversed = seed;
  std::swap(reversed.engagements[0], reversed.engagements[1]);
  expect_perfect(score({seed}, {reversed}));
}

TEST(Scorer, PredictionsWithoutGoldAreListedNotScored) {
  const DocumentRecord gold = record(kGold);
  Report r = score({gold}, {record(R"({"doc": "zzz", "engagements": []})"), gold});
  EXPECT_EQ(r.predicted_without_gold, std::vector<std::string>{"zzz"});
  expect_perfect(r);
}

TEST(Inputs, MalformedJsonLineIsReportedAndSkipped) {
  TempDir dir("lines");
  const std::string good_a = R"({"doc": "a", "engagements": []})";
  const std::string good_b = R"({"doc": "p", "engagements": []})";
  const std::string path =
      dir.write("pred.jsonl", good_a + "\n{\"doc\": \"x\", \"engagements\": [\n\n" + good_b +
                                  "\n{\"doc\": 5, \"engagements\": []}\n" + good_a + "\n");
  LoadedRecords got = load_predictions(path);
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_EQ(got.records[0].doc, "a");
  EXPECT_EQ(got.records[1].doc, "p");
  ASSERT_EQ(got.problems.size(), 3u);
  EXPECT_TRUE(got.has_errors());
  EXPECT_EQ(got.problems[0].to_string().rfind(path + ":2: error E005", 0), 0u) << got.problems[0].to_string();
  EXPECT_EQ(got.problems[1].to_string().rfind(path + ":5: error E005", 0), 0u) << got.problems[1].to_string();
  EXPECT_NE(got.problems[1].message.find("/doc"), std::string::npos);
  EXPECT_EQ(got.problems[2].code, attache::DiagCode::kDuplicate);
  EXPECT_EQ(got.problems[2].offset, 6u);

  // The good records are still scored.
  Report r = score({record(kGold)}, got.records);
  EXPECT_EQ(r.engagements.gold, 3);
  EXPECT_EQ(r.predicted_without_gold, std::vector<std::string>{"a"});
}

TEST(Inputs, PrettyPrintedFileAndBrokenGoldFile) {
  TempDir dir("files");
  std::string pretty = kGold;  // multi-line JSON, one record
  LoadedRecords one = load_predictions(dir.write("one.json", pretty));
  EXPECT_TRUE(one.problems.empty());
  ASSERT_EQ(one.records.size(), 1u);
  EXPECT_EQ(one.records[0].engagements.size(), 3u);

  TempDir gold("golddir");
  gold.write("p.json", pretty);
  const std::string broken = gold.write("q.json", "{\n  \"doc\": \"q\",\n  \"engagements\": [ }\n");
  gold.write("notes.txt", "not a record");
  LoadedRecords g = load_record_folder(gold.path());
  ASSERT_EQ(g.records.size(), 1u);
  ASSERT_EQ(g.problems.size(), 1u);
  EXPECT_EQ(g.problems[0].to_string().rfind(broken + ":3: ", 0), 0u) << g.problems[0].to_string();
}

TEST(Scorer, SeedGoldAgainstItselfIsPerfect) {
  const std::string seeds = std::string(ATTACHE_SHARED_DIR) + "/data/seeds/gold";
  LoadedRecords gold = load_record_folder(seeds);
  ASSERT_TRUE(gold.problems.empty()) << gold.problems[0].to_string();
  ASSERT_EQ(gold.records.size(), 5u);
  LoadedRecords pred = load_predictions(seeds);
  Report r = score(gold.records, pred.records);
  expect_perfect(r);
  EXPECT_EQ(r.engagements.matched, r.engagements.gold);
  EXPECT_TRUE(r.predicted_without_gold.empty());
}

}  // namespace
