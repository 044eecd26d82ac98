// Shared checks for the fuzz targets: whatever the input, readers must not crash, hang or
// leak, and what they produce must keep attache's invariants (valid UTF-8 text, body spans
// inside the text, sorted and non-overlapping). A broken invariant aborts, so libFuzzer keeps
// the input as a crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "core/document.h"
#include "ingest/reader.h"
#include "normalize/fold.h"

namespace attache::fuzz {

inline void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
  }
}

inline void check_document(const Document& d) {
  check(!normalize::find_invalid_utf8(d.text).has_value(), "document text is valid UTF-8");
  uint32_t prev = 0;
  for (const Span& s : d.body) {
    check(s.start <= s.end, "body span is ordered");
    check(s.end <= d.text.size(), "body span inside the text");
    check(s.start >= prev, "body spans sorted, not overlapping");
    prev = s.end;
  }
  check(!d.id.empty(), "document has an id");
}

// Small budgets so that the fuzzer explores structure, not size.
inline ingest::ReadOptions fuzz_options() {
  ingest::ReadOptions o;
  o.max_document_bytes = 1u << 16;
  o.languages.clear();
  return o;
}

// Runs the reader called `name` directly on `data` (whatever its content would select).
inline void run_reader(std::string_view name, const uint8_t* data, size_t size, std::string_view path) {
  const ingest::Reader* reader = nullptr;
  for (const auto& r : ingest::all_readers()) {
    if (r->name() == name) reader = r.get();
  }
  check(reader != nullptr, "reader exists");
  std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)reader->accepts(path, std::string_view(bytes).substr(0, 4096));
  std::istringstream in(bytes);
  ingest::ReadStats stats;
  ingest::Input input{std::string(path), &in, &stats, nullptr};
  ingest::ReadOptions opts = fuzz_options();
  reader->read(
      input, opts,
      [](Document&& d) {
        check_document(d);
        return true;
      },
      [](Diagnostic&& d) { check(!d.message.empty(), "diagnostic has a message"); });
}

}  // namespace attache::fuzz
