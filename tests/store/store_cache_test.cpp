// The store's in-memory caches across batches of one Store must never make it wrong: another
// process writing between two batches, or a batch rolled back, leaves the export exactly what a
// fresh store of the same documents holds.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/json_io.h"
#include "eval/compare.h"
#include "fuse/fuse.h"
#include "gazetteer/data_dirs.h"
#include "store/store.h"

namespace attache::store {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

const fuse::Fuser& fuser() {
  static const auto countries =
      gazetteer::CountryTable::load(gazetteer::iso3166_json_path(), gazetteer::data_dirs({}, false));
  static const eval::Comparer cmp(countries);
  static const fuse::Fuser f(cmp);
  return f;
}

IngestDoc load(const fs::path& json) {
  auto r = record_from_json_text(slurp(json));
  EXPECT_TRUE(r.record) << json << ": " << r.error;
  IngestDoc d;
  if (!r.record) return d;
  d.doc = r.record->doc;
  d.published = r.record->published;
  d.record = std::move(*r.record);
  auto txt = json;
  txt.replace_extension(".txt");
  if (fs::exists(txt)) d.text = slurp(txt);
  return d;
}

// The cross-report test set's documents whose name ends in `suffix` ("a" for g01a.json, ...).
std::vector<IngestDoc> docs(char suffix) {
  std::vector<fs::path> files;
  for (auto& e : fs::recursive_directory_iterator(fs::path(ATTACHE_TEST_DIR) / "fuse" / "groups"))
    if (e.path().extension() == ".json" && e.path().stem().string().back() == suffix) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<IngestDoc> out;
  for (const auto& f : files) out.push_back(load(f));
  return out;
}

// Another version of the same documents: every engagement gains an area (which every occasion
// they belong to then shows).
std::vector<IngestDoc> revised(std::vector<IngestDoc> ds) {
  for (auto& d : ds)
    for (auto& e : d.record.engagements)
      if (std::find(e.areas.begin(), e.areas.end(), "search_and_rescue") == e.areas.end())
        e.areas.push_back("search_and_rescue");
  return ds;
}

std::string dump(Store& s) {
  std::string out;
  s.export_occasions([&](const std::string& line) { out += line + '\n'; });
  for (auto& row : s.db().query("SELECT body FROM persons ORDER BY id")) out += *row[0] + '\n';
  return out;
}

class StoreCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("attache-store-cache-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  // The export of a fresh store given these documents in one batch.
  std::string fresh(const std::vector<std::vector<IngestDoc>>& parts, const std::string& name) {
    std::vector<IngestDoc> all;
    for (const auto& p : parts) all.insert(all.end(), p.begin(), p.end());
    auto s = Store::open(path(name), true);
    s->ingest(all, fuser());
    return dump(*s);
  }

  fs::path dir_;
};

// Store `a` re-fuses (and so reads and keeps) the `a` documents in its second batch; another handle
// replaces them; `a`'s third batch reaches them again and must fuse the new versions.
TEST_F(StoreCacheTest, AnotherWriterBetweenBatches) {
  auto as = docs('a'), bs = docs('b'), cs = docs('c');
  ASSERT_GE(as.size(), 10u);
  auto a = Store::open(path("shared.db"), true);
  a->ingest(as, fuser());
  a->ingest(bs, fuser());
  {
    auto other = Store::open(path("shared.db"), true);
    auto st = other->ingest(revised(as), fuser());
    EXPECT_GT(st.replaced, as.size() / 2);
  }
  size_t engagements = 0;
  for (const auto& d : cs) engagements += d.record.engagements.size();
  auto st = a->ingest(cs, fuser());
  EXPECT_GT(st.refused, engagements);  // the batch re-fused stored documents too
  std::string want = fresh({revised(as), bs, cs}, "fresh.db");
  EXPECT_NE(want, fresh({as, bs, cs}, "stale.db"));  // the revision shows in the export
  EXPECT_EQ(dump(*a), want);
  // and the other way round: the revised documents back to their first version, by `a` itself
  a->ingest(as, fuser());
  a->ingest(bs, fuser());  // unchanged: nothing re-fused
  EXPECT_EQ(dump(*a), fresh({as, bs, cs}, "fresh2.db"));
}

// A batch that replaces every stored document takes the whole-store path of the closure (no key
// walk): the old occasions must still all be replaced, as a fresh store of the new versions holds.
TEST_F(StoreCacheTest, BatchReplacingEveryDocument) {
  auto as = docs('a');
  auto bs = revised(as);
  for (auto& d : bs) d.text += "\n";  // every document changes, also those revised() leaves alone
  auto a = Store::open(path("shared.db"), true);
  a->ingest(as, fuser());
  auto st = a->ingest(bs, fuser());
  EXPECT_EQ(st.replaced, as.size());
  EXPECT_EQ(dump(*a), fresh({bs}, "fresh.db"));
  a->ingest(as, fuser());
  EXPECT_EQ(dump(*a), fresh({as}, "fresh2.db"));
}

// A batch that fails (the store is full) is rolled back; the next batches of the same handle still
// give what a fresh store of the committed documents holds.
TEST_F(StoreCacheTest, RolledBackBatch) {
  auto as = docs('a'), bs = docs('b'), cs = docs('c');
  auto a = Store::open(path("shared.db"), true);
  a->ingest(as, fuser());
  a->ingest(bs, fuser());
  auto pages = a->db().query("PRAGMA page_count");
  ASSERT_FALSE(pages.empty());
  a->db().exec("PRAGMA max_page_count = " + *pages[0][0]);
  EXPECT_THROW(a->ingest(revised(cs), fuser()), DbError);
  a->db().exec("PRAGMA max_page_count = 1073741823");
  a->ingest(cs, fuser());
  EXPECT_EQ(dump(*a), fresh({as, bs, cs}, "fresh.db"));
}

}  // namespace
}  // namespace attache::store
