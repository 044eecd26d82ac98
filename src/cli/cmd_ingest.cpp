// attache ingest: documents (or pre-extracted records) in, the knowledge base updated.
//
// Inputs are read and extracted in batches; each batch is one store transaction (documents stored
// or replaced, occasions re-fused), so a killed ingest loses at most the batch in flight and a
// re-run completes it. Documents already stored with the same text and record are skipped.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/common.h"
#include "core/json_io.h"
#include "extract/extractor.h"
#include "ingest/progress.h"
#include "ingest/reader.h"
#include "store/cli_support.h"
#include "store/store.h"

namespace attache::cli {

namespace {

namespace fs = std::filesystem;
constexpr int kExitStore = 3;

struct IngestArgs {
  std::string db = "attache.db";
  std::vector<std::string> inputs;
  std::vector<std::string> records;
  std::string texts;
  PublishedOption published;
  RunReportOptions report;
  size_t batch = 64;
  unsigned threads = 0;
  int busy_ms = 2000;
  long max_pages = 0;  // testing aid: cap the SQLite file to simulate a full disk
  KnowledgeOptions knowledge;
};

// Reads DocumentRecords from a JSON file (one record, or an array) or JSON Lines; folders recursively.
bool read_records(const std::string& path, std::vector<store::IngestDoc>& out, const std::string& texts) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (auto& e : fs::recursive_directory_iterator(path, ec))
      if (e.is_regular_file() && (e.path().extension() == ".json" || e.path().extension() == ".jsonl"))
        files.push_back(e.path());
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  bool ok = true;
  auto add = [&](const nlohmann::json& j, const std::string& where) {
    auto parsed = record_from_json(j);
    if (!parsed.record) {
      std::cerr << where << ": error: not a document record: " << parsed.error << "\n";
      ok = false;
      return;
    }
    store::IngestDoc d;
    d.doc = parsed.record->doc;
    d.published = parsed.record->published;
    d.record = std::move(*parsed.record);
    // The article text: from --texts, else a <doc>.txt next to the record file.
    fs::path dir =
        texts.empty()
            ? fs::path(where.substr(0, where.rfind(':') == std::string::npos ? where.size() : where.rfind(':')))
                  .parent_path()
            : fs::path(texts);
    std::ifstream t(dir / (d.doc + ".txt"), std::ios::binary);
    if (t) d.text.assign(std::istreambuf_iterator<char>(t), {});
    out.push_back(std::move(d));
  };
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::cerr << f.string() << ": error: cannot read\n";
      ok = false;
      continue;
    }
    std::string all((std::istreambuf_iterator<char>(in)), {});
    auto whole = nlohmann::json::parse(all, nullptr, false);
    if (!whole.is_discarded()) {
      if (whole.is_array())
        for (const auto& j : whole) add(j, f.string());
      else
        add(whole, f.string());
      continue;
    }
    std::istringstream lines(all);
    size_t n = 0;
    for (std::string line; std::getline(lines, line);) {
      ++n;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded()) {
        std::cerr << f.string() << ":" << n << ": error: malformed JSON line\n";
        ok = false;
        continue;
      }
      add(j, f.string() + ":" + std::to_string(n));
    }
  }
  return ok;
}

int run_ingest(const IngestArgs& args) {
  if (args.db.empty()) {
    std::cerr << "attache ingest: --db is empty\n";
    return kExitUsage;
  }
  if (args.inputs.empty() && args.records.empty()) {
    std::cerr << "attache ingest: give INPUT files or --records FILE\n";
    return kExitUsage;
  }
  std::shared_ptr<const gazetteer::Knowledge> knowledge;
  try {
    knowledge = args.knowledge.load();
  } catch (const std::exception& e) {
    std::cerr << "attache ingest: " << e.what() << "\n";
    return kExitUsage;
  }
  eval::Comparer comparer(knowledge->countries);
  fuse::Fuser fuser(comparer);

  std::unique_ptr<store::Store> st;
  try {
    store::OpenOptions o;
    if (store::is_postgres_url(args.db)) o.create = false;
    o.busy_timeout_ms = args.busy_ms;
    st = store::Store::open(args.db, true, o);
    if (args.max_pages > 0) st->db().exec("PRAGMA max_page_count = " + std::to_string(args.max_pages));
  } catch (const std::exception& e) {
    std::cerr << "attache ingest: " << e.what() << "\n";
    return kExitStore;
  }

  store::BatchStats total;
  size_t batches = 0;
  auto flush = [&](std::vector<store::IngestDoc>& batch) {
    if (batch.empty()) return;
    auto s = st->ingest(batch, fuser);
    ++batches;
    total.added += s.added, total.replaced += s.replaced, total.unchanged += s.unchanged;
    total.created += s.created, total.updated += s.updated, total.merged += s.merged, total.retracted += s.retracted;
    total.refused += s.refused;
    total.rebuilt = total.rebuilt || s.rebuilt;
    batch.clear();
  };

  int rc = kExitOk;
  try {
    std::vector<store::IngestDoc> pending;
    for (const auto& r : args.records) {
      if (!read_records(r, pending, args.texts)) rc = kExitInputErrors;
    }
    for (size_t i = 0; i < pending.size(); i += args.batch) {
      std::vector<store::IngestDoc> b(
          std::make_move_iterator(pending.begin() + static_cast<long>(i)),
          std::make_move_iterator(pending.begin() + static_cast<long>(std::min(pending.size(), i + args.batch))));
      flush(b);
    }

    if (!args.inputs.empty()) {
      extract::Extractor extractor(knowledge);
      ingest::ReadOptions ropts;
      ropts.dedupe = false;  // identity is the store's business (same id = same document)
      if (!args.published.apply("ingest", ropts)) return kExitUsage;
      auto report = args.report.open("ingest", args.inputs);
      if (!report) return kExitUsage;
      ingest::ErrorLog* log = report->log.get();
      ingest::Progress* progress = report->progress.get();
      ropts.progress = progress;
      auto started = std::chrono::steady_clock::now();
      size_t engagements = 0;
      unsigned threads = args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
      std::vector<Document> docs;
      size_t progress_engagements = 0;
      auto extract_and_store = [&] {
        std::vector<store::IngestDoc> b(docs.size());
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t)
          pool.emplace_back([&, t] {
            for (size_t i = t; i < docs.size(); i += threads) {
              auto& d = docs[i];
              b[i].record = extractor.extract(d);
              b[i].doc = d.id;
              b[i].published = d.published;
              b[i].title = d.title, b[i].url = d.url, b[i].source = d.source;
              b[i].text = std::move(d.text);
            }
          });
        for (auto& p : pool) p.join();
        for (const auto& d : b) engagements += d.record.engagements.size();
        if (progress) {
          progress->add_documents(b.size());
          progress->add_engagements(engagements - progress_engagements);
          progress_engagements = engagements;
        }
        docs.clear();
        flush(b);
      };
      size_t errors = 0;
      ingest::ReadStats rs = ingest::read_inputs(
          args.inputs, ropts,
          [&](Document&& d) {
            docs.push_back(std::move(d));
            if (docs.size() >= args.batch) extract_and_store();
            return true;
          },
          [&](Diagnostic&& d) {
            if (d.severity == Severity::kError) ++errors;
            std::cerr << d.to_string() << "\n";
            if (log) log->write(d);
          });
      extract_and_store();
      if (progress) progress->finish();
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      std::cerr << "attache ingest: " << ingest::summary_line(rs, secs, static_cast<long long>(engagements)) << "\n";
      if (errors || rs.failed) rc = kExitInputErrors;
    }
  } catch (const store::DbError& e) {
    std::cerr << "attache ingest: " << e.what() << "\n"
              << "attache ingest: the batch in progress was rolled back; " << batches
              << " earlier batches are stored\n";
    return kExitStore;
  }
  std::cerr << "attache ingest: " << total.added << " added, " << total.replaced << " replaced, " << total.unchanged
            << " unchanged; occasions " << total.created << " created, " << total.updated << " updated, "
            << total.merged << " merged, " << total.retracted << " retracted; " << total.refused
            << " engagements re-fused"
            << (total.rebuilt ? " (whole store, after a migration or a change of fusion rules)" : "") << "\n";
  return rc;
}

Runner setup(CLI::App& app) {
  auto args = std::make_shared<IngestArgs>();
  app.add_option("inputs", args->inputs, "Files or folders of articles (any format the readers accept)");
  app.add_option("--db", args->db, "Store: a file path (SQLite) or a postgresql:// URL")->capture_default_str();
  app.add_option("--records", args->records,
                 "Pre-extracted records: JSON Lines of `attache extract` output, gold JSON files, or folders of them");
  app.add_option("--texts", args->texts, "Folder of <doc>.txt article texts for --records (for evidence sentences)");
  args->published.add_to(app);
  args->report.add_to(app);
  app.add_option("--batch", args->batch, "Documents per transaction")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--threads", args->threads, "Extraction threads (default: all cores)");
  app.add_option("--busy-timeout", args->busy_ms, "Milliseconds to wait for another writer")->capture_default_str();
  app.add_option("--max-pages", args->max_pages, "Testing: cap the SQLite store size in pages (simulates a full disk)")
      ->group("");
  args->knowledge.add_to(app);
  return [args] { return run_ingest(*args); };
}

}  // namespace

ATTACHE_COMMAND("ingest", "Read, extract and fuse documents into the knowledge base (SQLite or PostgreSQL)", setup);

}  // namespace attache::cli
