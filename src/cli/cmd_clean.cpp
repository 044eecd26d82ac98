// attache clean: prints each document as extraction sees it (the article, furniture left out),
// for checking what the readers and the cleaner made of an input.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/common.h"
#include "core/date.h"
#include "ingest/progress.h"
#include "ingest/reader.h"

namespace attache::cli {

namespace {

struct CleanArgs {
  std::vector<std::string> inputs;
  PublishedOption published;
  RunReportOptions report;
  std::string id;
  std::string lang;
  bool show_furniture = false;
  bool json = false;
  bool keep_duplicates = false;
  bool any_language = false;
  size_t max_bytes = 64u << 20;
};

void print_text(const Document& doc, bool show_furniture) {
  std::string_view text = doc.text;
  if (doc.body.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (!text.ends_with('\n')) std::fputc('\n', stdout);
    return;
  }
  uint32_t at = 0;
  auto furniture = [&](uint32_t from, uint32_t to) {
    if (from >= to || !show_furniture) return;
    std::string_view f = text.substr(from, to - from);
    std::printf("[furniture: %.*s]\n", static_cast<int>(f.size()), f.data());
  };
  for (const Span& s : doc.body) {
    furniture(at, s.start);
    std::string_view b = s.of(text);
    std::fwrite(b.data(), 1, b.size(), stdout);
    if (!b.ends_with('\n')) std::fputc('\n', stdout);
    at = s.end;
  }
  furniture(at, static_cast<uint32_t>(text.size()));
}

int run_clean(const CleanArgs& args) {
  ingest::ReadOptions opts;
  opts.max_document_bytes = args.max_bytes;
  opts.id_override = args.id;
  opts.default_lang = args.lang;
  opts.dedupe = !args.keep_duplicates;
  if (args.any_language) opts.languages.clear();
  if (!args.published.apply("clean", opts)) return kExitUsage;
  auto report = args.report.open("clean", args.inputs);
  if (!report) return kExitUsage;
  ingest::ErrorLog* log = report->log.get();
  ingest::Progress* progress = report->progress.get();
  opts.progress = progress;
  auto started = std::chrono::steady_clock::now();
  ingest::ReadStats stats = ingest::read_inputs(
      args.inputs, opts,
      [&](Document&& doc) {
        if (progress) progress->add_documents(1);
        if (args.json) {
          nlohmann::ordered_json j;
          j["id"] = doc.id;
          j["origin"] = doc.origin;
          j["title"] = doc.title;
          j["published"] = doc.published ? doc.published->to_string() : "";
          j["published_source"] = doc.published_source;
          j["lang"] = doc.lang;
          j["url"] = doc.url;
          j["text"] = doc.text;
          nlohmann::ordered_json body = nlohmann::ordered_json::array();
          for (const Span& s : doc.body) body.push_back({s.start, s.end});
          j["body"] = body;
          std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
          std::printf("%s\n", line.c_str());
          return true;
        }
        std::printf("# id: %s\n# origin: %s\n", doc.id.c_str(), doc.origin.c_str());
        if (!doc.title.empty()) std::printf("# title: %s\n", doc.title.c_str());
        if (doc.published) {
          std::printf("# published: %s (%s)\n", doc.published->to_string().c_str(), doc.published_source.c_str());
        }
        if (!doc.lang.empty()) std::printf("# lang: %s\n", doc.lang.c_str());
        if (!doc.url.empty()) std::printf("# url: %s\n", doc.url.c_str());
        print_text(doc, args.show_furniture);
        std::printf("\n");
        return true;
      },
      [&](Diagnostic&& d) {
        std::cerr << d.to_string() << "\n";
        if (log) log->write(d);
      });
  if (progress) progress->finish();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cerr << "attache clean: " << ingest::summary_line(stats, secs) << "\n";
  return stats.failed > 0 ? kExitInputErrors : kExitOk;
}

Runner setup_clean(CLI::App& app) {
  auto args = std::make_shared<CleanArgs>();
  app.add_option("inputs", args->inputs, "Files or folders to read ('-' for standard input)")->required();
  args->published.add_to(app);
  args->report.add_to(app);
  app.add_option("--id", args->id, "Document id (single-document input)");
  app.add_option("--lang", args->lang, "Language to assume when identification is unsure");
  app.add_option("--max-bytes", args->max_bytes, "Per-document size budget (bytes)");
  app.add_flag("--show-furniture", args->show_furniture, "Also print what cleaning left out, marked [furniture: ...]");
  app.add_flag("--json", args->json, "One JSON line per document: text, body spans and metadata");
  app.add_flag("--keep-duplicates", args->keep_duplicates, "Print duplicates too");
  app.add_flag("--any-language", args->any_language, "Do not skip documents in languages attache does not extract");
  return [args] { return run_clean(*args); };
}

}  // namespace

ATTACHE_COMMAND("clean", "Print the cleaned article of each input (what extraction sees)", setup_clean);

}  // namespace attache::cli
