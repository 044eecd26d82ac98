// attache extract: documents in, one JSON line of engagements per document out.
//
// The work is done by the pipeline in extract_pipeline.h: one reader thread cuts raw records, N
// workers parse, clean and extract, and an ordered writer keeps the output identical whatever the
// thread count.
#include <algorithm>
#include <chrono>
#include <iostream>
#include <thread>

#include "cli/common.h"
#include "cli/extract_pipeline.h"
#include "extract/extractor.h"
#include "ingest/progress.h"
#include "ingest/reader.h"

namespace attache::cli {

namespace {

struct ExtractArgs {
  std::vector<std::string> inputs;
  PublishedOption published;
  RunReportOptions report;
  std::string id;
  std::string lang = "en";
  bool explain = false;
  unsigned threads = 0;
  KnowledgeOptions knowledge;
};

int run_extract(const ExtractArgs& args) {
  auto knowledge = args.knowledge.load();
  extract::Extractor extractor(knowledge);
  extract::ExtractOptions eopts;
  eopts.explain = args.explain;

  ingest::ReadOptions ropts;
  if (!args.published.apply("extract", ropts)) return kExitUsage;
  ropts.id_override = args.id;
  ropts.default_lang = args.lang;

  PipelineOptions popts;
  popts.inputs = args.inputs;
  popts.read = ropts;
  popts.extract = eopts;
  popts.explain = args.explain;
  popts.threads = args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  auto report = args.report.open("extract", args.inputs);
  if (!report) return kExitUsage;
  ingest::Progress* progress = report->progress.get();
  popts.errors = report->log.get();
  popts.progress = progress;
  auto started = std::chrono::steady_clock::now();
  PipelineResult res = run_extract_pipeline(extractor, popts);
  if (progress) progress->finish();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cerr << "attache extract: " << ingest::summary_line(res.stats, secs, static_cast<long long>(res.engagements))
            << "\n";
  return res.errors > 0 ? kExitInputErrors : kExitOk;
}

Runner setup(CLI::App& app) {
  auto args = std::make_shared<ExtractArgs>();
  app.add_option("inputs", args->inputs, "Files, folders (recursive) or - for standard input")->required();
  args->published.add_to(app);
  app.add_option("--id", args->id, "Document id (for a single input)");
  app.add_option("--lang", args->lang, "Language of the input (only en is extracted today)");
  args->report.add_to(app);
  app.add_flag("--explain", args->explain, "Add, per field, the rule or dictionary entry that produced it");
  app.add_option("--threads", args->threads, "Worker threads (default: all cores)");
  args->knowledge.add_to(app);
  return [args] { return run_extract(*args); };
}

}  // namespace

ATTACHE_COMMAND("extract", "Extract engagements from articles; writes JSON Lines to standard output", setup);

}  // namespace attache::cli
