#include "ingest/progress.h"

#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "ingest/reader.h"

namespace attache::ingest {

namespace {

std::string fmt_mb(uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(bytes) / 1e6);
  return buf;
}

std::string fmt_duration(double s) {
  if (!std::isfinite(s) || s < 0) return "?";
  auto total = static_cast<long>(s + 0.5);
  char buf[32];
  if (total >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, (total / 60) % 60, total % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", total / 60, total % 60);
  }
  return buf;
}

}  // namespace

Progress::Progress(uint64_t total_bytes, std::FILE* out, Mode mode, std::chrono::milliseconds line_interval)
    : out_(out),
      mode_(mode),
      interval_(line_interval),
      start_(std::chrono::steady_clock::now()),
      total_bytes_(total_bytes) {
  if (out_ == nullptr) mode_ = Mode::kOff;
  if (mode_ == Mode::kAuto) mode_ = isatty(fileno(out_)) ? Mode::kBar : Mode::kLines;
}

Progress::~Progress() { finish(); }

double Progress::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::add_input_bytes(uint64_t n) {
  bytes_.fetch_add(n, std::memory_order_relaxed);
  maybe_draw(false);
}

void Progress::add_documents(uint64_t n) {
  docs_.fetch_add(n, std::memory_order_relaxed);
  maybe_draw(false);
}

void Progress::add_engagements(uint64_t n) { engagements_.fetch_add(n, std::memory_order_relaxed); }

std::string Progress::status() const {
  uint64_t bytes = bytes_.load(std::memory_order_relaxed);
  uint64_t total = total_bytes_.load(std::memory_order_relaxed);
  double secs = elapsed_seconds();
  double rate = secs > 0 ? static_cast<double>(bytes) / secs : 0;
  std::string s;
  if (total > 0) {
    double frac = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total));
    s += std::to_string(static_cast<int>(frac * 100)) + "% " + fmt_mb(bytes) + "/" + fmt_mb(total) + " MB";
  } else {
    s += fmt_mb(bytes) + " MB";
  }
  char rbuf[32];
  std::snprintf(rbuf, sizeof rbuf, " %.1f MB/s", rate / 1e6);
  s += rbuf;
  s += " " + std::to_string(docs_.load(std::memory_order_relaxed)) + " docs";
  uint64_t eng = engagements_.load(std::memory_order_relaxed);
  if (eng > 0) s += " " + std::to_string(eng) + " engagements";
  if (total > 0 && bytes < total && rate > 0) {
    s += " ETA " + fmt_duration(static_cast<double>(total - bytes) / rate);
  }
  return s;
}

void Progress::maybe_draw(bool force) {
  if (mode_ == Mode::kOff) return;
  auto now_ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start_).count();
  auto min_gap = mode_ == Mode::kBar ? std::chrono::nanoseconds(std::chrono::milliseconds(100)).count()
                                     : std::chrono::nanoseconds(interval_).count();
  int64_t last = last_draw_ns_.load(std::memory_order_relaxed);
  if (!force && now_ns - last < min_gap) return;
  std::unique_lock lock(draw_mu_, std::defer_lock);
  if (force) {
    lock.lock();
  } else if (!lock.try_lock()) {
    return;  // someone else is drawing; don't wait on a terminal
  }
  if (!force && now_ns - last_draw_ns_.load(std::memory_order_relaxed) < min_gap) return;  // drawn meanwhile
  last_draw_ns_.store(now_ns, std::memory_order_relaxed);
  std::string st = status();
  if (mode_ == Mode::kBar) {
    uint64_t total = total_bytes_.load(std::memory_order_relaxed);
    std::string bar;
    if (total > 0) {
      constexpr int kWidth = 24;
      double frac = std::min(1.0, static_cast<double>(bytes_.load()) / static_cast<double>(total));
      int filled = static_cast<int>(frac * kWidth);
      bar = "[" + std::string(static_cast<size_t>(filled), '#') +
            std::string(static_cast<size_t>(kWidth - filled), '.') + "] ";
    }
    std::fprintf(out_, "\r%s%s\x1b[K", bar.c_str(), st.c_str());
  } else {
    std::fprintf(out_, "progress: %s\n", st.c_str());
  }
  std::fflush(out_);
}

void Progress::finish() {
  std::lock_guard lock(draw_mu_);
  if (finished_ || mode_ == Mode::kOff) {
    finished_ = true;
    return;
  }
  finished_ = true;
  std::string st = status();
  if (mode_ == Mode::kBar) {
    std::fprintf(out_, "\r%s\x1b[K\n", st.c_str());
  } else {
    std::fprintf(out_, "progress: done: %s\n", st.c_str());
  }
  std::fflush(out_);
}

std::string summary_line(const ReadStats& stats, double seconds, long long engagements) {
  std::string s = std::to_string(stats.inputs) + (stats.inputs == 1 ? " input, " : " inputs, ") +
                  std::to_string(stats.documents + stats.skipped) + " documents read: " +
                  std::to_string(stats.documents) + " cleaned, " + std::to_string(stats.skipped) + " skipped";
  std::string reasons;
  for (const auto& [reason, n] : stats.skipped_by_reason) {
    if (reason.starts_with("record:")) continue;
    reasons += (reasons.empty() ? "" : ", ") + reason + " " + std::to_string(n);
  }
  if (!reasons.empty()) s += " (" + reasons + ")";
  s += ", " + std::to_string(stats.duplicates) + " duplicates";
  if (stats.records_skipped > 0)
    s += ", " + std::to_string(stats.records_skipped) + " archive records passed over";
  if (engagements >= 0) s += ", " + std::to_string(engagements) + " engagements";
  s += ", " + std::to_string(stats.failed) + (stats.failed == 1 ? " error" : " errors");
  char buf[96];
  double mb = static_cast<double>(stats.bytes_in) / 1e6;
  std::snprintf(buf, sizeof buf, ", %.1f MB in %.1f s (%.1f MB/s)", mb, seconds,
                seconds > 0 ? mb / seconds : 0.0);
  s += buf;
  return s;
}

uint64_t total_input_bytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  for (const auto& in : inputs) {
    if (in == "-") continue;
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec);
      for (fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
        std::error_code ec2;
        if (it->is_regular_file(ec2)) {
          auto sz = it->file_size(ec2);
          if (!ec2) total += sz;
        }
      }
    } else if (fs::is_regular_file(in, ec)) {
      auto sz = fs::file_size(in, ec);
      if (!ec) total += sz;
    }
  }
  return total;
}

// ---------------------------------------------------------------------------------------------
ErrorLog::ErrorLog(const std::string& path) {
  file_ = std::fopen(path.c_str(), "w");
  if (file_ == nullptr) error_ = "cannot write " + path + ": " + std::strerror(errno);
}

ErrorLog::~ErrorLog() {
  if (file_ != nullptr) std::fclose(file_);
}

std::string ErrorLog::to_json_line(const Diagnostic& d) {
  nlohmann::ordered_json j;
  j["path"] = d.source;
  j[d.offset_is_line ? "line" : "offset"] = d.offset;
  j["severity"] = d.severity == Severity::kError ? "error" : "warning";
  char code[8];
  std::snprintf(code, sizeof code, "E%03u", static_cast<unsigned>(d.code));
  j["code"] = code;
  j["kind"] = diag_code_name(d.code);
  j["reason"] = skip_reason(d);
  j["message"] = d.message;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool ErrorLog::write(const Diagnostic& d) {
  if (d.severity != Severity::kError && !is_skip(d)) return false;
  write_always(d);
  return true;
}

void ErrorLog::write_always(const Diagnostic& d) {
  if (file_ == nullptr) return;
  std::string line = to_json_line(d);
  line.push_back('\n');
  std::lock_guard lock(mu_);
  std::fwrite(line.data(), 1, line.size(), file_);
  std::fflush(file_);
  ++lines_;
}

size_t ErrorLog::lines() const {
  std::lock_guard lock(mu_);
  return lines_;
}

}  // namespace attache::ingest
