// LineReader (the block line splitter under JSON Lines) against the byte-at-a-time
// read_line_bounded it replaces: same lines, same overlong reports, at any block size.
#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "ingest/streams.h"

namespace attache::ingest {
namespace {

struct Line {
  std::string text;
  bool overlong;
  uint64_t bytes;
  bool operator==(const Line&) const = default;
};

std::vector<Line> by_bytes(const std::string& data, size_t limit) {
  std::istringstream in(data);
  std::vector<Line> out;
  std::string line;
  bool overlong = false;
  uint64_t bytes = 0;
  while (read_line_bounded(in, limit, line, &overlong, &bytes)) {
    out.push_back({overlong ? std::string() : line, overlong, bytes});
  }
  return out;
}

std::vector<Line> by_blocks(const std::string& data, size_t limit, size_t block) {
  std::istringstream in(data);
  LineReader reader(in, limit, 64, block);
  std::vector<Line> out;
  std::string_view line;
  bool overlong = false;
  uint64_t bytes = 0;
  while (reader.next(line, &overlong, &bytes)) out.push_back({std::string(line), overlong, bytes});
  return out;
}

TEST(LineReader, EdgesOfLines) {
  const std::string data = "first\r\nsecond\n\n\r\nlast without newline";
  std::vector<Line> got = by_blocks(data, 100, 4);
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[0].text, "first");
  EXPECT_EQ(got[1].text, "second");
  EXPECT_EQ(got[2].text, "");
  EXPECT_EQ(got[3].text, "");
  EXPECT_EQ(got[4].text, "last without newline");
  EXPECT_TRUE(by_blocks("", 100, 4).empty());
  EXPECT_EQ(by_blocks("\n", 100, 4).size(), 1u);
}

TEST(LineReader, OverlongLineIsCountedAndSkipped) {
  std::string data = "short\n" + std::string(1000, 'x') + "\nafter\n" + std::string(50, 'y');
  std::vector<Line> got = by_blocks(data, 40, 16);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].text, "short");
  EXPECT_TRUE(got[1].overlong);
  EXPECT_EQ(got[1].bytes, 1000u);
  EXPECT_TRUE(got[1].text.empty());
  EXPECT_EQ(got[2].text, "after");
  EXPECT_TRUE(got[3].overlong);  // the last line, without a newline
  EXPECT_EQ(got[3].bytes, 50u);
}

TEST(LineReader, SameLinesAsTheByteReaderOnRandomInput) {
  std::mt19937 rng(20261123);
  const char alphabet[] = {'a', 'b', ' ', '{', '"', '\r', '\n', '\n', 'z', '\xC3', '\xA9'};
  for (int round = 0; round < 200; ++round) {
    std::string data;
    size_t n = rng() % 600;
    for (size_t i = 0; i < n; ++i) data.push_back(alphabet[rng() % sizeof alphabet]);
    // Some long runs without a newline.
    if (round % 3 == 0) data.insert(rng() % (data.size() + 1), std::string(rng() % 300, 'q'));
    size_t limit = 1 + rng() % 120;
    size_t block = 16 + rng() % 100;
    EXPECT_EQ(by_blocks(data, limit, block), by_bytes(data, limit))
        << "round " << round << " limit " << limit << " block " << block;
  }
}

}  // namespace
}  // namespace attache::ingest
