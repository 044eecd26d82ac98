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

PairScore score(const Result& r, const std::vector<SourceRecord>& set,
                const std::map<std::string, std::string>& gold) {
  std::map<std::string, std::string> pred;
  for (const auto& o : r.occasions)
    for (const auto& m : o.members) pred[m.doc + "#" + std::to_string(m.index)] = o.id;
  std::vector<std::string> keys;
  for (const auto& s : set)
    for (size_t i = 0; i < s.record.engagements.size(); ++i)
      keys.push_back(s.record.doc + "#" + std::to_string(i));
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
  std::cout << "pairwise precision " << s.precision << " recall " << s.recall << " (tp " << s.tp << ", fp "
            << s.fp << ", fn " << s.fn << ")\n";
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
// fusion gives them. Checked from every single document, and from random sets of three.
TEST(Fusion, ClosureUnderBlockingKeysFusesAsTheWhole) {
  Fuser f(comparer());
  auto all = load_set();
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
  for (int round = 0; round < 10; ++round)
    check_from({rng() % all.size(), rng() % all.size(), rng() % all.size()});
}

}  // namespace
}  // namespace attache::fuse
