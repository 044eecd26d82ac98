// Progress (rate, ETA, periodic lines when not a terminal) and the --errors JSON Lines log.
#include "ingest/progress.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "ingest/reader.h"
#include "test_util.h"

namespace attache::ingest {
namespace {

std::string read_all(std::FILE* f) {
  std::fflush(f);
  std::rewind(f);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  return out;
}

TEST(Progress, PlainLinesWhenNotATerminal) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  {
    Progress p(1000, f, Progress::Mode::kAuto, std::chrono::milliseconds(0));
    p.add_input_bytes(250);
    p.add_documents(3);
    std::string st = p.status();
    EXPECT_NE(st.find("25%"), std::string::npos) << st;
    EXPECT_NE(st.find("3 docs"), std::string::npos) << st;
    EXPECT_NE(st.find("MB/s"), std::string::npos) << st;
    p.add_input_bytes(250);
    p.finish();
  }
  std::string out = read_all(f);
  std::fclose(f);
  EXPECT_NE(out.find("progress: "), std::string::npos) << out;
  EXPECT_NE(out.find("progress: done: 50%"), std::string::npos) << out;
  EXPECT_EQ(out.find('\r'), std::string::npos) << "no bar control characters in a file";
}

TEST(Progress, BarOnRequestAndEtaWithATotal) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  Progress p(2000, f, Progress::Mode::kBar);
  p.add_input_bytes(500);
  EXPECT_NE(p.status().find("ETA"), std::string::npos) << p.status();
  p.finish();
  std::string out = read_all(f);
  std::fclose(f);
  EXPECT_NE(out.find('\r'), std::string::npos);
}

TEST(Progress, TotalInputBytesWalksFolders) {
  testing::TempDir dir;
  dir.write("a.txt", std::string(100, 'a'));
  dir.write("sub/b.txt", std::string(50, 'b'));
  std::string c = dir.write("c.txt", std::string(7, 'c'));
  EXPECT_EQ(total_input_bytes({dir.path()}), 157u);
  EXPECT_EQ(total_input_bytes({c, "-", dir.path() + "/missing"}), 7u);
}

TEST(Progress, SummaryLine) {
  ReadStats s;
  s.inputs = 3;
  s.documents = 10;
  s.skipped = 4;
  s.skipped_by_reason = {{"duplicate", 3}, {"language", 1}, {"record:request", 7}};
  s.duplicates = 3;
  s.records_skipped = 7;
  s.failed = 1;
  s.bytes_in = 5'000'000;
  std::string line = summary_line(s, 2.0, 42);
  EXPECT_EQ(
      line,
      "3 inputs, 14 documents read: 10 cleaned, 4 skipped (duplicate 3, language 1), 3 duplicates, 7 archive records "
      "passed over, 42 engagements, 1 error, 5.0 MB in 2.0 s (2.5 MB/s)");
}

TEST(ErrorLog, OneJsonLinePerFailureOrSkip) {
  testing::TempDir dir;
  std::string path = dir.path() + "/errors.jsonl";
  {
    ErrorLog log(path);
    ASSERT_TRUE(log.ok());
    Diagnostic bad{Severity::kError,     DiagCode::kMalformedRecord, "feed.jsonl", 12, true,
                   "malformed JSON line"};
    Diagnostic skip{Severity::kWarning, DiagCode::kDuplicate, "b.txt", 0, false, "exact duplicate of 'a'"};
    Diagnostic note{Severity::kWarning, DiagCode::kInvalidUtf8, "c.txt", 40, false, "1 byte replaced"};
    EXPECT_TRUE(log.write(bad));
    EXPECT_TRUE(log.write(skip));
    EXPECT_FALSE(log.write(note));  // a repaired document is neither failed nor skipped
    EXPECT_EQ(log.lines(), 2u);
  }
  std::ifstream in(path);
  std::string l1, l2, l3;
  ASSERT_TRUE(std::getline(in, l1));
  ASSERT_TRUE(std::getline(in, l2));
  EXPECT_FALSE(std::getline(in, l3));
  auto j1 = nlohmann::json::parse(l1);
  EXPECT_EQ(j1["path"], "feed.jsonl");
  EXPECT_EQ(j1["line"], 12);
  EXPECT_EQ(j1["code"], "E005");
  EXPECT_EQ(j1["reason"], "malformed");
  auto j2 = nlohmann::json::parse(l2);
  EXPECT_EQ(j2["offset"], 0);
  EXPECT_EQ(j2["reason"], "duplicate");
  EXPECT_EQ(j2["severity"], "warning");
  ErrorLog nowhere("/nonexistent-dir/x.jsonl");
  EXPECT_FALSE(nowhere.ok());
  EXPECT_FALSE(nowhere.error().empty());
}

}  // namespace
}  // namespace attache::ingest
