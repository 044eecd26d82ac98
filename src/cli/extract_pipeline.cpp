#include "cli/extract_pipeline.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "clean/dedupe.h"
#include "core/json_io.h"
#include "ingest/finish.h"
#include "ingest/readers.h"
#include "ingest/streams.h"

namespace attache::cli {

namespace {

namespace fs = std::filesystem;

// What the reader hands a worker: a run of whole raw JSON lines (a few hundred KB, cut at line
// ends), or a Document read by ingest::read_inputs, or nothing (diagnostics only). Diagnostics
// reported while reading come before the document.
struct Item {
  enum class Kind : uint8_t { kNone, kLines, kDocument };
  Kind kind = Kind::kNone;
  size_t seq = 0;
  std::shared_ptr<const std::string> path;
  uint64_t first_line = 0;  // line number of the first line in `lines`
  std::string lines;
  Document doc;
  std::vector<Diagnostic> diags;
};

// One document's outcome (or diagnostics alone), in input order.
struct Outcome {
  std::vector<Diagnostic> diags;
  bool has_doc = false;
  std::string id;
  std::string origin;
  std::shared_ptr<const std::string> path;
  std::string article;  // the text duplicate detection compares (body ranges joined)
  std::string json;     // the output line, without '\n'
  size_t engagements = 0;
};

// What a worker hands the writer for one item.
struct Result {
  std::vector<Outcome> outcomes;
};

// Bounded multi-producer/multi-consumer queue.
class WorkQueue {
 public:
  explicit WorkQueue(size_t capacity) : capacity_(capacity) {}
  void push(Item&& item) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.push_back(std::move(item));
    not_empty_.notify_one();
  }
  bool pop(Item& item) {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return false;
    item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return true;
  }
  void close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  size_t capacity_;
  std::deque<Item> items_;
  bool closed_ = false;
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
};

// A diagnostic about a document, placed by its origin ("path:12" line, "path@4096" byte offset).
Diagnostic diag_for(const std::string& origin, const std::string& path, Severity sev, DiagCode code, std::string msg) {
  uint64_t offset = 0;
  bool is_line = false;
  std::string_view o = origin;
  if (o.size() > path.size() + 1 && o.starts_with(path)) {
    char sep = o[path.size()];
    std::string_view num = o.substr(path.size() + 1);
    if ((sep == ':' || sep == '@') && !num.empty() && std::all_of(num.begin(), num.end(), ::isdigit)) {
      offset = std::stoull(std::string(num));
      is_line = sep == ':';
    }
  }
  return ingest::make_diag(sev, code, path, offset, std::move(msg), is_line);
}

// The input path of a document read by read_inputs: its origin without a record suffix
// (":<line>", "@<byte offset>", "#<index>").
std::string path_of_origin(const std::string& origin) {
  size_t i = origin.size();
  while (i > 0 && std::isdigit(static_cast<unsigned char>(origin[i - 1]))) --i;
  if (i < origin.size() && i > 0 && (origin[i - 1] == ':' || origin[i - 1] == '@' || origin[i - 1] == '#'))
    return origin.substr(0, i - 1);
  return origin;
}

// Writes results in input order; duplicate detection runs here because it needs every earlier
// document. The reader waits (wait_turn) so that it is never more than `window` items ahead.
class OrderedWriter {
 public:
  OrderedWriter(bool dedupe, size_t dedupe_window, size_t window, ingest::ErrorLog* log, ingest::Progress* progress)
      : dedupe_(dedupe), window_(window), dupes_(0.7, dedupe_window), log_(log), progress_(progress) {}

  void wait_turn(size_t seq) {
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return seq < next_ + window_; });
  }

  void put(size_t seq, Result&& r) {
    std::lock_guard lock(mu_);
    pending_.emplace(seq, std::move(r));
    bool advanced = false;
    while (!pending_.empty() && pending_.begin()->first == next_) {
      emit(pending_.begin()->second);
      pending_.erase(pending_.begin());
      ++next_;
      advanced = true;
    }
    if (advanced) room_.notify_all();
  }

  PipelineResult totals() {
    std::lock_guard lock(mu_);
    return totals_;
  }

 private:
  // Counted as ingest's Walker counts them, so the summary reads the same as clean's.
  void report(Diagnostic&& d) {
    ingest::ReadStats& st = totals_.stats;
    if (d.severity == Severity::kError) {
      ++totals_.errors;
      ++st.failed;
    } else if (ingest::is_skip(d)) {
      ++st.skipped;
      ++st.skipped_by_reason[ingest::skip_reason(d)];
      if (d.code == DiagCode::kDuplicate) ++st.duplicates;
    }
    std::cerr << d.to_string() << "\n";
    if (log_ != nullptr) log_->write(d);
  }

  void emit(Result& result) {
    for (Outcome& r : result.outcomes) emit(r);
  }

  void emit(Outcome& r) {
    for (auto& d : r.diags) report(std::move(d));
    if (!r.has_doc) return;
    if (dedupe_) {
      if (auto m = dupes_.check_and_add(r.id, r.article)) {
        char sim[16];
        std::snprintf(sim, sizeof sim, "%.2f", m->similarity);
        report(diag_for(r.origin, *r.path, Severity::kWarning, DiagCode::kDuplicate,
                        m->exact ? "document '" + r.id + "' is an exact duplicate of '" + m->id + "'; skipped"
                                 : "document '" + r.id + "' is a near duplicate of '" + m->id +
                                       "' (estimated similarity " + sim + "); skipped"));
        return;
      }
    }
    ++totals_.documents;
    ++totals_.stats.documents;
    totals_.engagements += r.engagements;
    if (progress_ != nullptr) {
      progress_->add_engagements(r.engagements);
      progress_->add_documents(1);
    }
    r.json.push_back('\n');
    std::fwrite(r.json.data(), 1, r.json.size(), stdout);
  }

  bool dedupe_;
  size_t window_;
  clean::DuplicateIndex dupes_;
  std::mutex mu_;
  std::condition_variable room_;
  ingest::ErrorLog* log_;
  ingest::Progress* progress_;
  std::map<size_t, Result> pending_;
  size_t next_ = 0;
  PipelineResult totals_;
};

// A read-only streambuf over bytes owned by someone else.
class MemoryBuf : public std::streambuf {
 public:
  MemoryBuf(char* data, size_t size) { setg(data, data, data + size); }
};

// Parses a run of JSON lines with ingest's JSON Lines reader and finishes each document as
// read_inputs would. The reader is told the real path and the run's first line number, so its
// diagnostics, origins and fallback ids name the real line. One per worker.
class LinesParser {
 public:
  explicit LinesParser(const ingest::ReadOptions& opts) : opts_(opts), finisher_(opts_) {
    for (const auto& r : ingest::all_readers()) {
      if (r->name() == "jsonl") reader_ = r.get();
    }
  }

  // Calls done(outcome, doc) for each document in order (doc null for diagnostics alone).
  template <typename Done>
  void parse(const std::shared_ptr<const std::string>& path, uint64_t first_line, std::string& lines,
             const Done& done) {
    MemoryBuf buf(lines.data(), lines.size());
    std::istream in(&buf);
    ingest::ReadStats stats;
    ingest::Input input{*path, &in, &stats, finisher_.extras_slot(), first_line};
    Outcome pending;
    reader_->read(
        input, opts_,
        [&](Document&& doc) {
          if (finisher_.finish(doc, *path, [&](Diagnostic&& d) { pending.diags.push_back(std::move(d)); })) {
            done(pending, &doc);
          } else {
            done(pending, nullptr);
          }
          finisher_.extras_slot()->clear();
          pending = Outcome{};
          return true;
        },
        [&](Diagnostic&& d) { pending.diags.push_back(std::move(d)); });
    if (!pending.diags.empty()) done(pending, nullptr);
  }

 private:
  ingest::ReadOptions opts_;
  ingest::Finisher finisher_;
  const ingest::Reader* reader_ = nullptr;
};

// Reads from a file descriptor, first replaying bytes already read (the sniffed head).
class FdReplayBuf : public std::streambuf {
 public:
  FdReplayBuf(int fd, std::string head) : fd_(fd), head_(std::move(head)), buf_(1 << 16) {
    setg(head_.data(), head_.data(), head_.data() + head_.size());
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    ssize_t n;
    do {
      n = ::read(fd_, buf_.data(), buf_.size());
    } while (n < 0 && errno == EINTR);
    if (n <= 0) return traits_type::eof();
    setg(buf_.data(), buf_.data(), buf_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  int fd_;
  std::string head_;
  std::vector<char> buf_;
};

class Pipeline {
 public:
  Pipeline(const extract::Extractor& extractor, const PipelineOptions& opts)
      : extractor_(extractor),
        opts_(opts),
        queue_(std::max<size_t>(4, opts.threads * 2)),
        writer_(opts.read.dedupe, opts.read.dedupe_window, std::max<size_t>(16, opts.threads * 4), opts.errors,
                opts.progress) {
    // Workers finish documents without duplicate detection (the writer does it, in order); an id
    // override (one document) goes through read_inputs whole.
    worker_read_ = opts.read;
    worker_read_.dedupe = false;
    walk_read_ = worker_read_;
    walk_read_.progress = opts.progress;  // input bytes as read_inputs consumes them
    worker_read_.progress = nullptr;
    worker_read_.id_override.clear();
  }

  PipelineResult run() {
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < std::max(1u, opts_.threads); ++t) workers.emplace_back([this] { work(); });
    // ATTACHE_EXTRACT_READER=walk reads every input with read_inputs on the reader thread, as
    // before raw lines were handed to workers: the reference for the differential test.
    const char* env = std::getenv("ATTACHE_EXTRACT_READER");
    if (!opts_.read.id_override.empty() || (env != nullptr && std::string_view(env) == "walk")) {
      walk(opts_.inputs);
    } else {
      for (const auto& in : opts_.inputs) read_input(in);
    }
    flush_diags();
    queue_.close();
    for (auto& w : workers) w.join();
    std::fflush(stdout);
    PipelineResult res = writer_.totals();
    res.stats.inputs += read_stats_.inputs;
    res.stats.bytes_in += read_stats_.bytes_in;
    res.stats.records_skipped += read_stats_.records_skipped;
    return res;
  }

 private:
  // ---- reader thread ------------------------------------------------------------------------
  void push(Item&& item) {
    item.seq = seq_;
    writer_.wait_turn(seq_);
    ++seq_;
    if (!pending_diags_.empty()) {
      item.diags.insert(item.diags.begin(), std::make_move_iterator(pending_diags_.begin()),
                        std::make_move_iterator(pending_diags_.end()));
      pending_diags_.clear();
    }
    queue_.push(std::move(item));
  }

  void flush_diags() {
    if (pending_diags_.empty()) return;
    push(Item{});
  }

  // What read_inputs/read_stream counted that the writer cannot see (its failures and skips
  // reach the writer as diagnostics and are counted there).
  void add_read_stats(const ingest::ReadStats& st) {
    read_stats_.inputs += st.inputs;
    read_stats_.bytes_in += st.bytes_in;
    read_stats_.records_skipped += st.records_skipped;
  }

  // Hands a document read whole on this thread (not a run of JSON lines) to the workers.
  bool push_document(Document&& d) {
    Item item;
    item.kind = Item::Kind::kDocument;
    item.doc = std::move(d);
    push(std::move(item));
    return true;
  }

  // Reads inputs with ingest::read_inputs on this thread (formats other than JSON Lines).
  void walk(const std::vector<std::string>& inputs) {
    add_read_stats(ingest::read_inputs(
        inputs, walk_read_, [&](Document&& d) { return push_document(std::move(d)); },
        [&](Diagnostic&& d) { pending_diags_.push_back(std::move(d)); }));
  }

  void read_input(const std::string& name) {
    int fd = 0;
    if (name != "-") {
      std::error_code ec;
      if (!fs::is_regular_file(name, ec)) return walk({name});  // folders, missing files, ...
      fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) return walk({name});
    }
    std::string head(ingest::kHeadBytes, '\0');
    size_t got = 0;
    while (got < head.size()) {
      ssize_t n = ::read(fd, head.data() + got, head.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    head.resize(got);
    const ingest::Reader* reader = nullptr;
    if (!head.empty() && !ingest::is_gzip_magic(head)) {
      for (const auto& r : ingest::all_readers()) {
        if (r->accepts(name, head)) {
          reader = r.get();
          break;
        }
      }
    }
    if (reader == nullptr || reader->name() != "jsonl") {
      if (name == "-") {
        FdReplayBuf buf(0, std::move(head));
        std::istream in(&buf);
        add_read_stats(ingest::read_stream(
            "-", in, walk_read_, [&](Document&& d) { return push_document(std::move(d)); },
            [&](Diagnostic&& d) { pending_diags_.push_back(std::move(d)); }));
      } else {
        ::close(fd);
        walk({name});
      }
      return;
    }
    ++read_stats_.inputs;
    count_bytes(got);
    cut_lines(name, fd, std::move(head));
    if (fd != 0) ::close(fd);
  }

  void count_bytes(size_t n) {
    read_stats_.bytes_in += n;
    if (opts_.progress != nullptr) opts_.progress->add_input_bytes(n);
  }

  // Cuts a JSON Lines input into runs of whole lines (consecutive, blank ones included, so the
  // reader's line numbers shift by a constant), as ingest's JSON Lines reader counts lines. A line
  // over the reader's budget is reported here and never held whole.
  void cut_lines(const std::string& name, int fd, std::string head) {
    auto path = std::make_shared<const std::string>(name);
    // Same line budget as the JSON Lines reader: JSON escapes can double a text's size.
    const size_t line_limit = opts_.read.max_document_bytes * 2 + (64u << 10);
    constexpr size_t kRunBytes = 512u << 10;
    std::vector<char> block(1 << 20);
    std::string run;
    uint64_t run_first = 1;   // line number of run's first line
    size_t line_start = 0;    // where the current line starts in `run`
    uint64_t line_bytes = 0;  // bytes of the current line so far
    uint64_t lineno = 0;      // lines finished
    auto flush = [&] {
      if (!run.empty()) {
        Item item;
        item.kind = Item::Kind::kLines;
        item.path = path;
        item.first_line = run_first;
        item.lines = std::move(run);
        push(std::move(item));
      }
      run.clear();
      run_first = lineno + 1;
      line_start = 0;
    };
    auto end_line = [&] {
      ++lineno;
      if (line_bytes > line_limit) {
        run.resize(line_start);
        flush();  // the runs before and after stay consecutive on their own
        pending_diags_.push_back(ingest::make_diag(Severity::kError, DiagCode::kTooLarge, name, lineno,
                                                   "line is " + std::to_string(line_bytes) + " bytes, over the " +
                                                       std::to_string(line_limit) + "-byte line budget; record skipped",
                                                   true));
        run_first = lineno + 1;
      } else {
        run.push_back('\n');
        if (run.size() >= kRunBytes) flush();
      }
      line_start = run.size();
      line_bytes = 0;
    };
    bool in_line = false;
    auto consume = [&](const char* p, size_t n) {
      while (n > 0) {
        in_line = true;
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', n));
        size_t len = nl ? static_cast<size_t>(nl - p) : n;
        if (line_bytes + len <= line_limit) {
          run.append(p, len);
        } else if (line_bytes <= line_limit) {
          run.resize(line_start);  // over budget: drop what was kept of the line
        }
        line_bytes += len;
        if (!nl) return;
        end_line();
        in_line = false;
        p = nl + 1;
        n -= len + 1;
      }
    };
    consume(head.data(), head.size());
    while (true) {
      ssize_t n = ::read(fd, block.data(), block.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        flush();
        pending_diags_.push_back(ingest::make_diag(Severity::kError, DiagCode::kIoError, name, 0,
                                                   std::string("read error: ") + std::strerror(errno)));
        break;
      }
      if (n == 0) break;
      count_bytes(static_cast<size_t>(n));
      consume(block.data(), static_cast<size_t>(n));
    }
    if (in_line) end_line();
    flush();
  }

  // ---- workers ------------------------------------------------------------------------------
  void work() {
    LinesParser parser(worker_read_);
    Item item;
    while (queue_.pop(item)) {
      Result result;
      auto finish = [&](Outcome& o, const Document* doc) {
        if (doc != nullptr) {
          o.has_doc = true;
          o.id = doc->id;
          o.origin = doc->origin;
          if (opts_.read.dedupe) o.article = body_text(*doc);
          DocumentRecord rec = extractor_.extract(*doc, opts_.extract);
          o.engagements = rec.engagements.size();
          o.json = to_json_line(rec, opts_.explain);
        }
        result.outcomes.push_back(std::move(o));
      };
      if (item.kind == Item::Kind::kLines) {
        Outcome first;
        first.diags = std::move(item.diags);
        if (!first.diags.empty()) result.outcomes.push_back(std::move(first));
        parser.parse(item.path, item.first_line, item.lines, [&](Outcome& o, const Document* doc) {
          o.path = item.path;
          finish(o, doc);
        });
      } else {
        Outcome o;
        o.diags = std::move(item.diags);
        if (item.kind == Item::Kind::kDocument) {
          o.path = std::make_shared<const std::string>(path_of_origin(item.doc.origin));
          finish(o, &item.doc);
        } else {
          finish(o, nullptr);
        }
      }
      writer_.put(item.seq, std::move(result));
      item = Item{};
    }
  }

  const extract::Extractor& extractor_;
  const PipelineOptions& opts_;
  ingest::ReadOptions worker_read_, walk_read_;
  WorkQueue queue_;
  OrderedWriter writer_;
  size_t seq_ = 0;
  std::vector<Diagnostic> pending_diags_;
  ingest::ReadStats read_stats_;  // reader thread only
};

}  // namespace

PipelineResult run_extract_pipeline(const extract::Extractor& extractor, const PipelineOptions& opts) {
  Pipeline p(extractor, opts);
  return p.run();
}

}  // namespace attache::cli
