// Options shared by subcommands: knowledge (--data, --data-replace), the default publication date
// (--published) and the run report of commands that read inputs (--errors, --progress). Each is
// registered and checked in one place so that the commands agree on wording and usage errors.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.h"
#include "gazetteer/knowledge.h"
#include "ingest/progress.h"
#include "ingest/reader.h"

namespace attache::cli {

struct KnowledgeOptions {
  std::vector<std::string> data_dirs;
  bool replace = false;

  void add_to(CLI::App& app) {
    app.add_option("--data", data_dirs, "Extra knowledge folder (same file formats as data/); repeatable");
    app.add_flag("--data-replace", replace, "Use only the --data folders, not the built-in data");
  }
  // Loads knowledge; throws with file:line on broken data.
  std::shared_ptr<const gazetteer::Knowledge> load() const;
};

// --published DATE: the publication date given to documents whose input states none.
struct PublishedOption {
  std::string value;

  void add_to(CLI::App& app) {
    app.add_option("--published", value, "Publication date for documents that give none (YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  // Sets `read.default_published`; on a malformed date prints a usage error naming `command` and
  // returns false.
  bool apply(std::string_view command, ingest::ReadOptions& read) const;
};

// --errors FILE and --progress: where failed or skipped inputs are logged, and the progress meter.
struct RunReportOptions {
  std::string errors;
  bool progress = false;

  void add_to(CLI::App& app) {
    app.add_option("--errors", errors, "Write one JSON line per failed or skipped input or record to FILE");
    app.add_flag("--progress", progress,
                 "Progress on standard error (a bar on a terminal, a line every 10 s otherwise)");
  }

  // What a run reports through; either member is null when its option was not given.
  struct Report {
    std::unique_ptr<ingest::ErrorLog> log;
    std::unique_ptr<ingest::Progress> progress;
  };
  // Opens the errors file and sizes the meter over `inputs`; on an unwritable errors file prints a
  // usage error naming `command` and returns nothing.
  std::optional<Report> open(std::string_view command, const std::vector<std::string>& inputs) const;
};

}  // namespace attache::cli
