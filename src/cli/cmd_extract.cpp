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
  std::string published;
  std::string id;
  std::string lang = "en";
  std::string errors;
  bool progress = false;
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
  if (!args.published.empty()) {
    ropts.default_published = PartialDate::parse(args.published);
    if (!ropts.default_published) {
      std::cerr << "attache extract: --published must be YYYY, YYYY-MM or YYYY-MM-DD, not '" << args.published << "'\n";
      return kExitUsage;
    }
  }
  ropts.id_override = args.id;
  ropts.default_lang = args.lang;

  PipelineOptions popts;
  popts.inputs = args.inputs;
  popts.read = ropts;
  popts.extract = eopts;
  popts.explain = args.explain;
  popts.threads = args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  std::unique_ptr<ingest::ErrorLog> log;
  if (!args.errors.empty()) {
    log = std::make_unique<ingest::ErrorLog>(args.errors);
    if (!log->ok()) {
      std::cerr << "attache extract: " << log->error() << "\n";
      return kExitUsage;
    }
    popts.errors = log.get();
  }
  std::unique_ptr<ingest::Progress> progress;
  if (args.progress) {
    progress = std::make_unique<ingest::Progress>(ingest::total_input_bytes(args.inputs));
    popts.progress = progress.get();
  }
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
  app.add_option("--published", args->published, "Publication date for documents that give none (YYYY-MM-DD)");
  app.add_option("--id", args->id, "Document id (for a single input)");
  app.add_option("--lang", args->lang, "Language of the input (only en is extracted today)");
  app.add_option("--errors", args->errors, "Write one JSON line per failed or skipped input or record to FILE");
  app.add_flag("--progress", args->progress,
               "Progress on standard error (a bar on a terminal, a line every 10 s otherwise)");
  app.add_flag("--explain", args->explain, "Add, per field, the rule or dictionary entry that produced it");
  app.add_option("--threads", args->threads, "Worker threads (default: all cores)");
  args->knowledge.add_to(app);
  return [args] { return run_extract(*args); };
}

}  // namespace

ATTACHE_COMMAND("extract", "Extract engagements from articles; writes JSON Lines to standard output", setup);

}  // namespace attache::cli
