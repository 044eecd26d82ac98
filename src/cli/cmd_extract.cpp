// attache extract: documents in, one JSON line of engagements per document out.
//
// One reader thread streams documents into a bounded queue; N workers extract; results are written
// in input order (a reorder buffer), so the output is identical whatever the thread count.
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "cli/common.h"
#include "core/json_io.h"
#include "extract/extractor.h"
#include "ingest/reader.h"

namespace attache::cli {

namespace {

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string published;
  std::string id;
  std::string lang = "en";
  bool explain = false;
  unsigned threads = 0;
  KnowledgeOptions knowledge;
};

// A bounded multi-producer/multi-consumer queue of (sequence, document).
class WorkQueue {
 public:
  explicit WorkQueue(size_t capacity) : capacity_(capacity) {}
  void push(size_t seq, Document&& d) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.emplace_back(seq, std::move(d));
    not_empty_.notify_one();
  }
  bool pop(size_t& seq, Document& d) {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return false;
    seq = items_.front().first;
    d = std::move(items_.front().second);
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
  std::deque<std::pair<size_t, Document>> items_;
  bool closed_ = false;
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
};

// Writes results in sequence order as they complete.
class OrderedWriter {
 public:
  void put(size_t seq, std::string line) {
    std::lock_guard lock(mu_);
    pending_.emplace(seq, std::move(line));
    while (!pending_.empty() && pending_.begin()->first == next_) {
      std::fwrite(pending_.begin()->second.data(), 1, pending_.begin()->second.size(), stdout);
      std::fputc('\n', stdout);
      pending_.erase(pending_.begin());
      ++next_;
    }
  }

 private:
  std::mutex mu_;
  std::map<size_t, std::string> pending_;
  size_t next_ = 0;
};

int run_extract(const ExtractArgs& args) {
  auto knowledge = args.knowledge.load();
  extract::Extractor extractor(knowledge);
  extract::ExtractOptions eopts;
  eopts.explain = args.explain;

  ingest::ReadOptions ropts;
  if (!args.published.empty()) {
    ropts.default_published = PartialDate::parse(args.published);
    if (!ropts.default_published) {
      std::cerr << "attache extract: --published must be YYYY, YYYY-MM or YYYY-MM-DD, not '" << args.published << "'\n";
      return kExitUsage;
    }
  }
  ropts.id_override = args.id;
  ropts.default_lang = args.lang;

  unsigned threads = args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  WorkQueue queue(threads * 4);
  OrderedWriter writer;
  std::atomic<size_t> engagements{0};
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      size_t seq;
      Document doc;
      while (queue.pop(seq, doc)) {
        DocumentRecord rec = extractor.extract(doc, eopts);
        engagements += rec.engagements.size();
        writer.put(seq, to_json_line(rec, args.explain));
      }
    });
  }
  size_t seq = 0;
  size_t errors = 0;
  std::mutex diag_mu;
  ingest::ReadStats stats = ingest::read_inputs(
      args.inputs, ropts,
      [&](Document&& d) {
        queue.push(seq++, std::move(d));
        return true;
      },
      [&](Diagnostic&& d) {
        std::lock_guard lock(diag_mu);
        if (d.severity == Severity::kError) ++errors;
        std::cerr << d.to_string() << "\n";
      });
  queue.close();
  for (auto& w : workers) w.join();
  std::fflush(stdout);
  std::cerr << "attache extract: " << stats.documents << " documents, " << engagements.load() << " engagements, "
            << errors << " errors\n";
  return errors > 0 || stats.failed > 0 ? kExitInputErrors : kExitOk;
}

Runner setup(CLI::App& app) {
  auto args = std::make_shared<ExtractArgs>();
  app.add_option("inputs", args->inputs, "Files, folders (recursive) or - for standard input")->required();
  app.add_option("--published", args->published, "Publication date for documents that give none (YYYY-MM-DD)");
  app.add_option("--id", args->id, "Document id (for a single input)");
  app.add_option("--lang", args->lang, "Language of the input (only en is extracted today)");
  app.add_flag("--explain", args->explain, "Add, per field, the rule or dictionary entry that produced it");
  app.add_option("--threads", args->threads, "Worker threads (default: all cores)");
  args->knowledge.add_to(app);
  return [args] { return run_extract(*args); };
}

}  // namespace

ATTACHE_COMMAND("extract", "Extract engagements from articles; writes JSON Lines to standard output", setup);

}  // namespace attache::cli
