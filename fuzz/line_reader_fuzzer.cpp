// libFuzzer target: the block line splitter under JSON Lines (LineReader) must cut any input into
// the same lines, with the same overlong reports, as the byte-at-a-time read_line_bounded, at any
// block size and line budget (the first two bytes choose them).
#include <sstream>
#include <string>

#include "fuzz_common.h"
#include "ingest/streams.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using attache::fuzz::check;
  if (size < 2) return 0;
  size_t limit = 1 + data[0] % 200;
  size_t block = 16 + data[1] % 128;
  std::string bytes(reinterpret_cast<const char*>(data) + 2, size - 2);
  std::istringstream a(bytes);
  std::istringstream b(bytes);
  attache::ingest::LineReader reader(b, limit, 64, block);
  std::string want;
  std::string_view got;
  bool over_a = false, over_b = false;
  uint64_t n_a = 0, n_b = 0;
  for (;;) {
    bool more_a = attache::ingest::read_line_bounded(a, limit, want, &over_a, &n_a);
    bool more_b = reader.next(got, &over_b, &n_b);
    check(more_a == more_b, "same number of lines");
    if (!more_a) break;
    check(over_a == over_b, "same overlong verdict");
    check(n_a == n_b, "same line length");
    if (!over_a) check(want == got, "same line");
  }
  return 0;
}
