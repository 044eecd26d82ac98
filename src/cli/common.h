// Options shared by subcommands that load knowledge (--data, --data-replace) and read inputs.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "gazetteer/knowledge.h"

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

}  // namespace attache::cli
