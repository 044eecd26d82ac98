// Fusion on the cross-report test set (tests/fuse/groups) and the seeds: pairwise precision and
// recall of "these two engagements are one occasion" against the gold occasions.tsv / seeds.tsv,
// plus order independence, person resolution and reconciliation details.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "core/json_io.h"
#include "eval/compare.h"
#include "fuse/fuse.h"
#include "gazetteer/data_dirs.h"

namespace attache::fuse {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

const eval::Comparer& comparer() {
  static const auto* countries = new gazetteer::CountryTable(
      gazetteer::CountryTable::load(gazetteer::iso3166_json_path(), gazetteer::data_dirs({}, false)));
  static const auto* cmp = new eval::Comparer(*countries);
  return *cmp;
}

std::vector<SourceRecord> load_set() {
  std::vector<SourceRecord> out;
  std::vector<fs::path> files;
  for (auto& e : fs::recursive_directory_iterator(fs::path(ATTACHE_TEST_DIR) / "fuse" / "groups"))
    if (e.path().extension() == ".json") files.push_back(e.path());
  for (auto& e : fs::directory_iterator(fs::path(ATTACHE_SHARED_DIR) / "data" / "seeds" / "gold"))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    auto r = record_from_json_text(slurp(f));
    EXPECT_TRUE(r.record) << f << ": " << r.error;
    if (!r.record) continue;
    auto txt = f;
    txt.replace_extension(".txt");
    out.push_back({std::move(*r.record), fs::exists(txt) ? slurp(txt) : ""});
  }
  return out;
}

// (doc#index) -> gold occasion label; unlisted engagements are occasions of their own.
std::map<std::string, std::string> load_labels() {
  std::map<std::string, std::string> labels;
  for (const char* name : {"occasions.tsv", "seeds.tsv"}) {
    std::istringstream in(slurp(fs::path(ATTACHE_TEST_DIR) / "fuse" / "groups" / name));
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      std::istringstream f(line);
      std::string doc, idx, occ;
      if (f >> doc >> idx >> occ) labels[doc + "#" + idx] = occ;
    }
  }
  return labels;
}

struct PairScore {
  double precision = 0, recall = 0;
  size_t tp = 0, fp = 0, fn = 0;
};

PairScore score(const Result& r, const std::vector<SourceRecord>& set, const std::map<std::string, std::string>& gold) {
  std::map<std::string, std::string> pred;
  for (const auto& o : r.occasions)
    for (const auto& m : o.members) pred[m.doc + "#" + std::to_string(m.index)] = o.id;
  std::vector<std::string> keys;
  for (const auto& s : set)
    for (size_t i = 0; i < s.record.engagements.size(); ++i) keys.push_back(s.record.doc + "#" + std::to_string(i));
  auto label = [&](const std::string& k) {
    auto it = gold.find(k);
    return it == gold.end() ? "self:" + k : it->second;
  };
  PairScore ps;
  for (size_t i = 0; i < keys.size(); ++i)
    for (size_t j = i + 1; j < keys.size(); ++j) {
      bool g = label(keys[i]) == label(keys[j]);
      bool p = pred.at(keys[i]) == pred.at(keys[j]);
      if (g && p) ++ps.tp;
      if (!g && p) {
        ++ps.fp;
        ADD_FAILURE() << "wrongly merged: " << keys[i] << " + " << keys[j];
      }
      if (g && !p) {
        ++ps.fn;
        ADD_FAILURE() << "not merged: " << keys[i] << " + " << keys[j];
      }
    }
  ps.precision = ps.tp + ps.fp ? double(ps.tp) / double(ps.tp + ps.fp) : 1;
  ps.recall = ps.tp + ps.fn ? double(ps.tp) / double(ps.tp + ps.fn) : 1;
  return ps;
}

TEST(Fusion, CrossReportSetPairwisePrecisionAndRecall) {
  auto set = load_set();
  auto gold = load_labels();
  ASSERT_GE(set.size(), 40u);
  std::set<std::string> groups;
  for (const auto& [k, v] : gold) groups.insert(v);
  ASSERT_GE(groups.size(), 15u);
  Fuser f(comparer());
  auto r = f.fuse(set);
  auto s = score(r, set, gold);
  std::cout << "pairwise precision " << s.precision << " recall " << s.recall << " (tp " << s.tp << ", fp " << s.fp
            << ", fn " << s.fn << ")\n";
  EXPECT_GE(s.precision, 0.95);
  EXPECT_GE(s.recall, 0.95);
}

TEST(Fusion, SameOutputWhateverTheInputOrder) {
  auto set = load_set();
  Fuser f(comparer());
  auto dump = [](const Result& r) {
    std::string s;
    for (const auto& o : r.occasions) s += o.body.dump() + "\n";
    for (const auto& p : r.persons) s += p.body.dump() + "\n";
    return s;
  };
  std::string ref = dump(f.fuse(set));
  std::mt19937 rng(7);
  for (int i = 0; i < 5; ++i) {
    std::shuffle(set.begin(), set.end(), rng);
    EXPECT_EQ(dump(f.fuse(set)), ref);
  }
}

const Occasion* find_by_member(const Result& r, const std::string& doc) {
  for (const auto& o : r.occasions)
    for (const auto& m : o.members)
      if (m.doc == doc) return &o;
  return nullptr;
}

TEST(Fusion, PlannedAndHeldAreOneOccasionAndACommitmentFulfilled) {
  Fuser f(comparer());
  auto r = f.fuse(load_set());
  const Occasion* my1 = find_by_member(r, "g15a");
  ASSERT_NE(my1, nullptr);
  EXPECT_EQ(my1->status, "held");
  EXPECT_EQ(my1->body["date"], "2025-12-03");
  ASSERT_TRUE(my1->commitment);
  EXPECT_TRUE(my1->commitment->held);
  EXPECT_EQ(my1->commitment->body["committed_in"].size(), 2u);  // seeds 000 and 001
}

TEST(Fusion, DisagreeingDatesAreKeptAsConflicts) {
  Fuser f(comparer());
  auto r = f.fuse(load_set());
  const Occasion* th6 = find_by_member(r, "g14b");
  ASSERT_NE(th6, nullptr);
  ASSERT_EQ(th6->body["conflicts"].size(), 1u);
  EXPECT_EQ(th6->body["conflicts"][0]["field"], "date");
  EXPECT_EQ(th6->body["conflicts"][0]["values"].size(), 2u);
}

TEST(Fusion, MostPreciseDateAllReportsAllow) {
  Fuser f(comparer());
  auto r = f.fuse(load_set());
  const Occasion* us13 = find_by_member(r, "g12c");  // planned "2025", held "2025-09-10" and undated
  ASSERT_NE(us13, nullptr);
  EXPECT_EQ(us13->body["date"], "2025-09-10");
  EXPECT_TRUE(us13->body["conflicts"].empty());
  EXPECT_EQ(us13->body["reports"].size(), 3u);
}

TEST(Fusion, OnePersonAcrossSpellings) {
  Fuser f(comparer());
  auto r = f.fuse(load_set());
  const Person* chien = nullptr;
  for (const auto& p : r.persons)
    if (std::find(p.keys.begin(), p.keys.end(), person_key("Hoang Xuan Chien")) != p.keys.end()) chien = &p;
  ASSERT_NE(chien, nullptr);
  EXPECT_EQ(chien->name, "Hoàng Xuân Chiến");
  std::set<std::string> names;
  for (const auto& n : chien->body["names"]) names.insert(n.get<std::string>());
  EXPECT_TRUE(names.count("Chien"));             // "General Chien" in g02c
  EXPECT_TRUE(names.count("Hoang Xuan Chien"));  // seeds, ASCII
  EXPECT_GE(chien->body["occasions"].size(), 6u);
}

TEST(Fusion, DifferentDatesOrPlacesStayApart) {
  Fuser f(comparer());
  auto r = f.fuse(load_set());
  EXPECT_NE(find_by_member(r, "g17a")->id, find_by_member(r, "g17b")->id);
  EXPECT_EQ(find_by_member(r, "g17b")->id, find_by_member(r, "g17c")->id);
}

TEST(Fusion, IdsComeFromWhatIdentifiesTheOccasion) {
  Fuser f(comparer());
  auto all = load_set();
  auto r = f.fuse(all);
  // The 4th Vietnam-Japan dialogue alone, and within everything: the same id.
  std::vector<SourceRecord> one;
  for (const auto& s : all)
    if (s.record.doc.starts_with("004_")) one.push_back(s);
  auto r1 = f.fuse(one);
  EXPECT_EQ(find_by_member(r1, "004_94dd0ddd8f9914c9")->id, find_by_member(r, "004_94dd0ddd8f9914c9")->id);
  // The undated report of the French visit alone has its own id; fused with the dated report, the
  // occasion takes the dated report's id and keeps the other in merged_from (the merged_into trail).
  std::vector<SourceRecord> b;
  for (const auto& s : all)
    if (s.record.doc == "g16b") b.push_back(s);
  std::string alone = find_by_member(f.fuse(b), "g16b")->id;
  const Occasion* fused = find_by_member(r, "g16b");
  EXPECT_NE(fused->id, alone);
  EXPECT_NE(std::find(fused->merged_from.begin(), fused->merged_from.end(), alone), fused->merged_from.end());
}

// The store's incremental fusion rests on this: fusing only the engagements closed under shared
// blocking keys (what a batch can reach from its documents) gives exactly the occasions whole-set
// fusion gives them. Checked from every single document, and from `rounds` random sets of three.
void expect_closure_fuses_as_the_whole(const std::vector<SourceRecord>& all, int rounds) {
  Fuser f(comparer());
  Result whole = f.fuse(all);
  std::map<std::string, std::string> by_id;
  for (const auto& o : whole.occasions) by_id[o.id] = o.body.dump();
  std::map<std::string, std::map<std::string, int>> spellings;
  for (const auto& r : all)
    for (const auto& e : r.record.engagements)
      for (const auto& p : e.participants)
        if (!participant_key(p).empty()) ++spellings[participant_key(p)][p.name];
  PersonIndex persons = resolve_persons(spellings);
  // key -> items, item -> keys, as the store files them.
  using ItemId = std::pair<size_t, int>;  // record, engagement
  std::map<std::string, std::set<ItemId>> holders;
  std::map<ItemId, std::vector<std::string>> keys;
  for (size_t r = 0; r < all.size(); ++r)
    for (const auto& k : f.index_record(all[r]))
      for (const auto& b : k.blocks) {
        keys[{r, k.index}].push_back(b);
        holders[b].insert({r, k.index});
        if (b.starts_with("p|") || b.starts_with("m|"))
          holders[std::string(1, b[0] == 'p' ? 'P' : 'M') + b.substr(1, b.rfind('|') - 1)].insert({r, k.index});
      }
  auto check_from = [&](const std::vector<size_t>& start) {
    std::set<ItemId> items, todo;
    for (size_t r : start)
      for (size_t i = 0; i < all[r].record.engagements.size(); ++i) todo.insert({r, static_cast<int>(i)});
    while (!todo.empty()) {
      ItemId it = *todo.begin();
      todo.erase(todo.begin());
      if (!items.insert(it).second) continue;
      for (const auto& k : keys[it]) {
        for (const auto& l : linked_keys(k))
          for (const auto& other : holders[l])
            if (!items.count(other)) todo.insert(other);
      }
    }
    std::map<size_t, std::vector<int>> by_record;
    for (const auto& [r, i] : items) by_record[r].push_back(i);
    std::vector<SourceRecord> part;
    for (auto& [r, idx] : by_record) {
      part.push_back(all[r]);
      part.back().only = idx;
    }
    for (const auto& o : f.fuse_occasions(part, persons)) {
      auto w = by_id.find(o.id);
      ASSERT_NE(w, by_id.end()) << o.id << " from " << all[start[0]].record.doc;
      EXPECT_EQ(o.body.dump(), w->second) << o.id;
    }
  };
  for (size_t r = 0; r < all.size(); ++r) check_from({r});
  std::mt19937 rng(8);
  for (int round = 0; round < rounds; ++round) check_from({rng() % all.size(), rng() % all.size(), rng() % all.size()});
}

TEST(Fusion, ClosureUnderBlockingKeysFusesAsTheWhole) { expect_closure_fuses_as_the_whole(load_set(), 10); }

// --- reports that name fewer parties, and plans of a mechanism's session (records written here) ---

// A one-engagement record: `doc`, its publication date, and the engagement's fields over defaults
// (a held main bilateral meeting with nothing else known).
SourceRecord report(const std::string& doc, const std::string& published, const nlohmann::json& fields) {
  nlohmann::json e = {{"kind", "bilateral_meeting"},
                      {"status", "held"},
                      {"salience", "main"},
                      {"name", nullptr},
                      {"mechanism", nullptr},
                      {"ordinal", nullptr},
                      {"date", nullptr},
                      {"end_date", nullptr},
                      {"location", nullptr},
                      {"countries", nlohmann::json::array()},
                      {"groups", nlohmann::json::array()},
                      {"participants", nlohmann::json::array()},
                      {"areas", nlohmann::json::array()},
                      {"evidence", nlohmann::json::array()}};
  for (const auto& [k, v] : fields.items()) e[k] = v;
  nlohmann::json r = {{"doc", doc}, {"published", published}, {"engagements", {e}}};
  auto parsed = record_from_json_text(r.dump());
  EXPECT_TRUE(parsed.record) << parsed.error;
  return {parsed.record ? std::move(*parsed.record) : DocumentRecord{}, ""};
}

nlohmann::json person(const std::string& name, const std::string& country) {
  return {{"name", name}, {"country", country}};
}
nlohmann::json place(const nlohmann::json& city, const std::string& country) {
  return {{"city", city}, {"country", country}};
}

// Which documents share an occasion: sorted lists of sorted doc ids, one per occasion.
std::vector<std::vector<std::string>> grouping(const std::vector<SourceRecord>& set) {
  Fuser f(comparer());
  std::vector<std::vector<std::string>> out;
  for (const auto& o : f.fuse(set).occasions) {
    std::vector<std::string> docs;
    for (const auto& m : o.members) docs.push_back(m.doc);
    std::sort(docs.begin(), docs.end());
    out.push_back(docs);
  }
  std::sort(out.begin(), out.end());
  return out;
}
using Groups = std::vector<std::vector<std::string>>;

// Manila, 11 June 2024: the Philippine and Japanese ministers (both sides named).
SourceRecord manila_both() {
  return report("m1", "2024-06-12",
                {{"date", "2024-06-11"},
                 {"location", place("Manila", "PHL")},
                 {"countries", {"PHL", "JPN"}},
                 {"participants", {person("Gilberto Teodoro", "PHL"), person("Minoru Kihara", "JPN")}}});
}

TEST(FusionFewerParties, OneSideOnlyJoinsWhenItNamesTheOtherSidesPerson) {
  // The Philippine outlet names only its own country; the visitor's surname is there (with the
  // wrong country, as an extractor may give it), no city.
  auto one_side = report("m2", "2024-06-14",
                         {{"date", "2024-06"},
                          {"countries", {"PHL"}},
                          {"participants", {person("Teodoro", "PHL"), person("Kihara", "PHL")}}});
  EXPECT_EQ(grouping({manila_both(), one_side}), (Groups{{"m1", "m2"}}));
  // Only its own side's person and no city: nothing says it is this meeting.
  auto own_only = report("m3", "2024-06-14",
                         {{"date", "2024-06"}, {"countries", {"PHL"}}, {"participants", {person("Teodoro", "PHL")}}});
  EXPECT_EQ(grouping({manila_both(), own_only}), (Groups{{"m1"}, {"m3"}}));
}

// A Philippine outlet's report of a June meeting in Manila naming only its own minister and country;
// `fields` change or add fields.
SourceRecord manila_one_side(const std::string& doc, const nlohmann::json& fields = nlohmann::json::object()) {
  nlohmann::json f = {{"date", "2024-06"},
                      {"countries", {"PHL"}},
                      {"location", place("Manila", "PHL")},
                      {"participants", {person("Gilberto Teodoro", "PHL")}}};
  for (const auto& [k, v] : fields.items()) f[k] = v;
  return report(doc, "2024-06-13", f);
}

TEST(FusionFewerParties, OneSideOnlyJoinsWhenKindWindowCityAndPeopleAgree) {
  EXPECT_EQ(grouping({manila_both(), manila_one_side("m4")}), (Groups{{"m1", "m4"}}));
  // Another kind, another month, another city, a country not among the parties, a person who was
  // not there, or no person at all (the city alone): apart.
  std::vector<SourceRecord> apart{
      manila_one_side("m5", {{"kind", "visit"}}),
      manila_one_side("m6", {{"date", "2024-08"}}),
      manila_one_side("m7", {{"location", place("Cebu", "PHL")}}),
      manila_one_side("m8", {{"countries", {"IDN"}}}),
      manila_one_side("m12", {{"participants", {person("Gilberto Teodoro", "PHL"), person("Romeo Brawner", "PHL")}}}),
      manila_one_side("m13", {{"participants", nlohmann::json::array()}}),
      // No stated date (a window guessed from the publication date), or only the year.
      manila_one_side("m9", {{"date", nullptr}}),
      manila_one_side("m11", {{"date", "2024"}}),
  };
  for (const auto& r : apart) EXPECT_EQ(grouping({manila_both(), r}), (Groups{{"m1"}, {r.record.doc}})) << r.record.doc;
}

TEST(FusionFewerParties, AmbiguousOneSideReportStaysApart) {
  // Two meetings of the Philippine minister in Manila that month: a report naming only the
  // Philippines, the city and the minister fits both, so it joins neither; one naming the Japanese
  // minister still finds its own.
  auto us = report("m10", "2024-06-21",
                   {{"date", "2024-06-20"},
                    {"location", place("Manila", "PHL")},
                    {"countries", {"PHL", "USA"}},
                    {"participants", {person("Gilberto Teodoro", "PHL"), person("Lloyd Austin", "USA")}}});
  auto in_manila = manila_one_side("m4");
  auto with_kihara = report("m2", "2024-06-14",
                            {{"date", "2024-06"},
                             {"countries", {"PHL"}},
                             {"participants", {person("Teodoro", "PHL"), person("Kihara", "PHL")}}});
  EXPECT_EQ(grouping({manila_both(), us, in_manila}), (Groups{{"m1"}, {"m10"}, {"m4"}}));
  EXPECT_EQ(grouping({manila_both(), us, with_kihara}), (Groups{{"m1", "m2"}, {"m10"}}));
  // Two one-side reports of one article never join one occasion twice.
  auto both = with_kihara;
  both.record.engagements.push_back(both.record.engagements[0]);
  EXPECT_EQ(grouping({manila_both(), both}), (Groups{{"m1", "m2"}, {"m2"}}));
}

// The 7th Australia-Indonesia dialogue, held in Jakarta (both parties, mechanism, ordinal).
SourceRecord jakarta_held() {
  return report("d2", "2023-09-15",
                {{"kind", "policy_dialogue"},
                 {"mechanism", "Australia-Indonesia Defence Policy Dialogue"},
                 {"ordinal", 7},
                 {"date", "2023-09-14"},
                 {"location", place("Jakarta", "IDN")},
                 {"countries", {"AUS", "IDN"}}});
}

TEST(FusionFewerParties, PartylessPlanJoinsTheSessionItsNameAndOrdinalGive) {
  // "... will host the seventh defence policy dialogue later this year": no party found, no city.
  auto plan = report("d1", "2023-03-01",
                     {{"kind", "policy_dialogue"},
                      {"status", "planned"},
                      {"ordinal", 7},
                      {"name", "seventh Defense Policy Dialogue"},
                      {"location", place(nullptr, "IDN")}});
  Fuser f(comparer());
  auto r = f.fuse({plan, jakarta_held()});
  ASSERT_EQ(r.occasions.size(), 1u);
  EXPECT_EQ(r.occasions[0].status, "held");
  EXPECT_EQ(r.occasions[0].body["date"], "2023-09-14");
  ASSERT_TRUE(r.occasions[0].commitment);
  EXPECT_TRUE(r.occasions[0].commitment->held);
  // Another ordinal, a name outside the mechanism, a name that is only an ordinal and a word, or a
  // place in another country: apart.
  for (auto [field, value] : std::vector<std::pair<std::string, nlohmann::json>>{{"ordinal", 8},
                                                                                 {"name", "seventh maritime dialogue"},
                                                                                 {"name", "seventh dialogue"},
                                                                                 {"location", place(nullptr, "AUS")}}) {
    auto other = report("d1", "2023-03-01",
                        {{"kind", "policy_dialogue"},
                         {"status", "planned"},
                         {"ordinal", field == "ordinal" ? value : nlohmann::json(7)},
                         {"name", field == "name" ? value : nlohmann::json("seventh Defense Policy Dialogue")},
                         {"location", field == "location" ? value : place(nullptr, "IDN")}});
    EXPECT_EQ(grouping({other, jakarta_held()}), (Groups{{"d1"}, {"d2"}})) << field << " " << value.dump();
  }
  // Two 7th defence policy dialogues it could be: it joins neither.
  auto other_dyad = report("d3", "2023-10-02",
                           {{"kind", "policy_dialogue"},
                            {"mechanism", "Indonesia-Japan Defence Policy Dialogue"},
                            {"ordinal", 7},
                            {"date", "2023-10-01"},
                            {"countries", {"IDN", "JPN"}}});
  EXPECT_EQ(grouping({plan, jakarta_held(), other_dyad}), (Groups{{"d1"}, {"d2"}, {"d3"}}));
}

TEST(FusionPlannedHeld, PlanAndLaterHeldReportOfOneMechanismAndOrdinalAreOneOccasion) {
  // Planned in January for "this year" under one spelling; held in November under another, with
  // the parties in the other order; a third outlet restates the plan without the ordinal.
  auto plan = report("k1", "2024-01-10",
                     {{"kind", "policy_dialogue"},
                      {"status", "planned"},
                      {"mechanism", "Vietnam-Korea Defence Strategic Dialogue"},
                      {"ordinal", 12},
                      {"date", "2024"},
                      {"countries", {"VNM", "KOR"}}});
  auto restated = report("k0", "2024-05-02",
                         {{"kind", "policy_dialogue"},
                          {"status", "planned"},
                          {"mechanism", "Viet Nam - Korea Defense Strategic Dialogue"},
                          {"countries", {"VNM"}}});
  auto held = report("k2", "2024-11-05",
                     {{"kind", "policy_dialogue"},
                      {"mechanism", "Korea-Viet Nam Defense Strategic Dialogue"},
                      {"ordinal", 12},
                      {"date", "2024-11-04"},
                      {"location", place("Seoul", "KOR")},
                      {"countries", {"KOR", "VNM"}}});
  Fuser f(comparer());
  for (const auto& set :
       {std::vector<SourceRecord>{plan, restated, held}, std::vector<SourceRecord>{held, plan, restated}}) {
    auto r = f.fuse(set);
    ASSERT_EQ(r.occasions.size(), 1u);
    const Occasion& o = r.occasions[0];
    EXPECT_EQ(o.status, "held");
    EXPECT_EQ(o.body["date"], "2024-11-04");  // the held report's, not the plan's "2024"
    EXPECT_EQ(o.body["ordinal"], 12);
    EXPECT_TRUE(o.body["conflicts"].empty()) << o.body["conflicts"].dump();
    ASSERT_TRUE(o.commitment);
    EXPECT_TRUE(o.commitment->held);
    EXPECT_EQ(o.commitment->body["committed_in"].size(), 2u);
    EXPECT_EQ(o.commitment->body["held_in"].size(), 1u);
  }
  // A plan of the 13th is another occasion.
  auto next = report("k3", "2024-11-06",
                     {{"kind", "policy_dialogue"},
                      {"status", "planned"},
                      {"mechanism", "Vietnam-Korea Defence Strategic Dialogue"},
                      {"ordinal", 13},
                      {"countries", {"VNM", "KOR"}}});
  EXPECT_EQ(grouping({plan, held, next}), (Groups{{"k1", "k2"}, {"k3"}}));
}

// --- a visit and the talks held during it ---

// A Thai army delegation's visit to Phnom Penh on 6 March 2024 (both parties, the city, the day).
SourceRecord phnom_penh_visit(const std::string& doc = "v1") {
  return report(doc, "2024-03-08",
                {{"kind", "visit"},
                 {"date", "2024-03-06"},
                 {"location", place("Phnom Penh", "KHM")},
                 {"countries", {"THA", "KHM"}}});
}

// Another outlet: "the Cambodian and Thai armies held talks in Phnom Penh this month" (no person, the month).
SourceRecord phnom_penh_talks(const std::string& doc, const nlohmann::json& fields = nlohmann::json::object()) {
  nlohmann::json f = {{"date", "2024-03"}, {"location", place("Phnom Penh", "KHM")}, {"countries", {"KHM", "THA"}}};
  for (const auto& [k, v] : fields.items()) f[k] = v;
  return report(doc, "2024-03-12", f);
}

TEST(FusionVisitTalks, TalksInTheVisitedCityAreTheVisit) {
  Fuser f(comparer());
  auto r = f.fuse({phnom_penh_visit(), phnom_penh_talks("v2")});
  ASSERT_EQ(r.occasions.size(), 1u);
  EXPECT_EQ(r.occasions[0].kind, "visit");
  EXPECT_EQ(r.occasions[0].body["date"], "2024-03-06");
  // Another city, another party, a city not given, another month, or neither report dated to the day: apart.
  std::vector<SourceRecord> apart{
      phnom_penh_talks("v3", {{"location", place("Siem Reap", "KHM")}}),
      phnom_penh_talks("v4", {{"countries", {"KHM", "THA", "LAO"}}}),
      phnom_penh_talks("v5", {{"location", place(nullptr, "KHM")}}),
      phnom_penh_talks("v6", {{"date", "2024-05"}}),
  };
  for (const auto& t : apart)
    EXPECT_EQ(grouping({phnom_penh_visit(), t}), (Groups{{"v1"}, {t.record.doc}})) << t.record.doc;
  auto month_visit = report("v1", "2024-03-08",
                            {{"kind", "visit"},
                             {"date", "2024-03"},
                             {"location", place("Phnom Penh", "KHM")},
                             {"countries", {"THA", "KHM"}}});
  EXPECT_EQ(grouping({month_visit, phnom_penh_talks("v2")}), (Groups{{"v1"}, {"v2"}}));
}

TEST(FusionVisitTalks, ATalksReportPrefersTalksOfItsOwnKind) {
  // One article reports the visit and, apart, the talks of that day; another only the talks: they join the
  // talks, not the visit.
  auto both = phnom_penh_visit("v1");
  both.record.engagements.push_back(phnom_penh_talks("v1", {{"date", "2024-03-06"}}).record.engagements[0]);
  auto talks = phnom_penh_talks("v2", {{"date", "2024-03-06"}});
  Fuser f(comparer());
  auto r = f.fuse({both, talks});
  ASSERT_EQ(r.occasions.size(), 2u);
  for (const auto& o : r.occasions) {
    ASSERT_EQ(o.members.size(), o.kind == "visit" ? 1u : 2u) << o.kind;
    if (o.kind != "visit") {
      EXPECT_EQ(o.members[0].index, 1);
    }
  }
  expect_closure_fuses_as_the_whole({both, talks, phnom_penh_visit("v0"), phnom_penh_talks("v3")}, 20);
}

TEST(FusionFewerParties, ClosureUnderBlockingKeysFusesAsTheWhole) {
  auto one_side = report("m2", "2024-06-14",
                         {{"date", "2024-06"},
                          {"countries", {"PHL"}},
                          {"participants", {person("Teodoro", "PHL"), person("Kihara", "PHL")}}});
  auto in_manila = manila_one_side("m4");
  auto us = report("m10", "2024-06-21",
                   {{"date", "2024-06-20"}, {"location", place("Manila", "PHL")}, {"countries", {"PHL", "USA"}}});
  auto plan = report("d1", "2023-03-01",
                     {{"kind", "policy_dialogue"},
                      {"status", "planned"},
                      {"ordinal", 7},
                      {"name", "seventh defence policy dialogue"}});
  std::vector<SourceRecord> set{manila_both(), one_side, in_manila, us, plan, jakarta_held()};
  expect_closure_fuses_as_the_whole(set, 20);
  auto all = load_set();
  all.insert(all.end(), set.begin(), set.end());
  expect_closure_fuses_as_the_whole(all, 20);
}

// The store splices stored role texts into a person's object; it must be what assemble_person gives.
TEST(Fusion, PersonBodyFromRoleTextsIsAssemblePersonsDump) {
  PersonInfo info{
      "p-1", "Hoàng Xuân Chiến", std::string("VNM"), {"chien hoang xuan"}, {"Hoang Xuan Chien", "Hoàng Xuân Chiến"}};
  std::vector<Role> roles;
  std::vector<RoleText> texts;
  for (int i = 0; i < 3; ++i) {
    Role r{"p-1",
           "occ-" + std::to_string(2 - i),
           "doc-" + std::to_string(i % 2),
           "2024-0" + std::to_string(3 - i),
           i % 2,
           i,
           2 - i,
           nlohmann::ordered_json{{"occasion", "occ"}, {"n", i}, {"x", 0.25 * i}, {"s", "é\"\\"}}};
    texts.push_back({r.occasion, r.doc, r.published, r.held_first, r.index, r.pos, r.body.dump()});
    roles.push_back(std::move(r));
  }
  EXPECT_EQ(person_body_json(info, texts), assemble_person(info, roles).body.dump());
  info.country.reset();
  EXPECT_EQ(person_body_json(info, {}), assemble_person(info, {}).body.dump());
}

}  // namespace
}  // namespace attache::fuse
