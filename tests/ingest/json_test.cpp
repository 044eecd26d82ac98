// Whole-file JSON exports from news APIs: arrays of articles, objects holding one, aliases.
#include <gtest/gtest.h>

#include "test_util.h"

namespace attache::ingest {
namespace {

using testing::collect;
using testing::Collected;
using testing::TempDir;

TEST(Json, NewsApiStyleExport) {
  TempDir dir;
  std::string p = dir.write("export.json",
                            R"({"status":"ok","totalResults":3,"articles":[
  {"source":{"id":null,"name":"Example Wire"},"title":"Ministers meet in Hanoi","url":"https://x.example/1",
   "publishedAt":"2025-02-12T08:00:00Z","content":"The defence ministers met in Hanoi on Tuesday."},
  {"title":"A record with no text at all"},
  {"id":42,"html":"<html><body><article><h1>Navy visit</h1><p>A frigate called at Cam Ranh for three days of training with the local navy.</p></article></body></html>","date":"2024-03"}
]})");
  Collected c = collect({p});
  ASSERT_EQ(c.docs.size(), 2u) << c.all_diags();
  EXPECT_EQ(c.docs[0].id, "export:1");
  EXPECT_EQ(c.docs[0].source, "Example Wire");
  EXPECT_EQ(c.docs[0].title, "Ministers meet in Hanoi");
  EXPECT_EQ(c.docs[0].published->to_string(), "2025-02-12");
  EXPECT_EQ(c.docs[0].text, "The defence ministers met in Hanoi on Tuesday.");
  EXPECT_EQ(c.docs[0].origin, p + "#1");
  EXPECT_EQ(c.docs[1].id, "42");
  EXPECT_EQ(c.docs[1].published->to_string(), "2024-03");
  EXPECT_TRUE(c.docs[1].text.starts_with("Navy visit\n\nA frigate called")) << c.docs[1].text;
  const Diagnostic* d = c.find(DiagCode::kMalformedRecord);
  ASSERT_NE(d, nullptr) << c.all_diags();
  EXPECT_NE(d->message.find("record 2"), std::string::npos);
}

TEST(Json, ArrayOfArticlesAndFilesThatAreNotArticles) {
  TempDir dir;
  std::string a = dir.write("list.json", R"([{"id":"a","text":"One."},{"id":"b","text":"Two."}])");
  std::string g = dir.write("gold.json", R"({"doc":"x","engagements":[{"kind":"visit"}]})");
  std::string bad = dir.write("broken.json", R"({"articles":[{"id":"a","text":"One."})");
  Collected c = collect({a, g, bad});
  ASSERT_EQ(c.docs.size(), 2u) << c.all_diags();
  EXPECT_EQ(c.docs[1].id, "b");
  EXPECT_EQ(c.count(DiagCode::kUnsupported), 1u) << c.all_diags();      // gold.json: no articles
  EXPECT_EQ(c.count(DiagCode::kMalformedRecord), 1u) << c.all_diags();  // broken.json
  EXPECT_EQ(c.stats.failed, 2u);
}

}  // namespace
}  // namespace attache::ingest
