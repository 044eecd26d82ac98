// Progress and error reporting for long runs: a progress bar with rate and ETA on a terminal
// (plain periodic lines when stderr is not a TTY), and the --errors FILE JSON Lines writer.
//
// Both are safe to call from several threads at once: counters are atomics, output is
// serialised by a mutex, and a busy Progress skips a redraw rather than waiting for it.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace attache::ingest {

class Progress {
 public:
  enum class Mode { kAuto, kBar, kLines, kOff };

  // `total_bytes` = input size if known (0: no percentage or ETA). kAuto draws a bar if `out`
  // is a terminal and prints a line every `line_interval` otherwise.
  explicit Progress(uint64_t total_bytes = 0, std::FILE* out = stderr, Mode mode = Mode::kAuto,
                    std::chrono::milliseconds line_interval = std::chrono::seconds(10));
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void set_total_bytes(uint64_t total) { total_bytes_.store(total, std::memory_order_relaxed); }
  void add_input_bytes(uint64_t n);
  void add_documents(uint64_t n);
  void add_engagements(uint64_t n);

  // Draws the final state once (and ends the bar's line). Called by the destructor if not before.
  void finish();

  // The status text as it would be drawn now, e.g. "45% 12.3/27.0 MB 3.1 MB/s 120 docs ETA 0:05".
  std::string status() const;
  double elapsed_seconds() const;

 private:
  void maybe_draw(bool force);

  std::FILE* out_;
  Mode mode_;
  std::chrono::milliseconds interval_;
  std::chrono::steady_clock::time_point start_;
  std::atomic<uint64_t> total_bytes_;
  std::atomic<uint64_t> bytes_{0};
  std::atomic<uint64_t> docs_{0};
  std::atomic<uint64_t> engagements_{0};
  std::atomic<int64_t> last_draw_ns_{0};
  std::mutex draw_mu_;
  bool finished_ = false;
};

struct ReadStats;

// The end-of-run summary line, e.g. "12 inputs, 1230 documents read: 1200 cleaned, 30 skipped
// (duplicate 20, language 8, empty 2), 20 duplicates, 6 archive records passed over, 42 engagements,
// 3 errors, 12.3 MB in 4.1 s (3.0 MB/s)". `engagements` < 0 leaves that part out.
std::string summary_line(const ReadStats& stats, double seconds, long long engagements = -1);

// Sum of the sizes of the regular files `inputs` name (folders walked recursively); standard
// input counts 0. For Progress's total; cheap (stat only).
uint64_t total_input_bytes(const std::vector<std::string>& inputs);

// --errors FILE: one JSON line per failed or skipped input or record:
//   {"path":"a.jsonl","line":12,"severity":"error","code":"E005","kind":"malformed-record",
//    "reason":"malformed","message":"..."}   ("offset" instead of "line" for byte offsets).
class ErrorLog {
 public:
  explicit ErrorLog(const std::string& path);
  ~ErrorLog();
  ErrorLog(const ErrorLog&) = delete;
  ErrorLog& operator=(const ErrorLog&) = delete;

  bool ok() const { return file_ != nullptr; }
  const std::string& error() const { return error_; }

  // Writes `d` if it is an error or a skip (is_skip); returns whether it wrote a line.
  bool write(const Diagnostic& d);
  // Writes `d` whatever it is.
  void write_always(const Diagnostic& d);
  size_t lines() const;

  static std::string to_json_line(const Diagnostic& d);

 private:
  std::FILE* file_ = nullptr;
  std::string error_;
  mutable std::mutex mu_;
  size_t lines_ = 0;
};

}  // namespace attache::ingest
