// attache export: every occasion as JSON Lines, ordered by (date, id); byte-identical for the same
// set of stored documents however they were ingested.
#include <cstdio>
#include <iostream>

#include "cli/command.h"
#include "store/cli_support.h"

namespace attache::cli {
namespace {

struct ExportArgs {
  std::string db = "attache.db";
  std::string format = "jsonl";
  std::string what = "occasions";
};

int run_export(const ExportArgs& a) {
  if (a.format != "jsonl") {
    std::cerr << "attache export: --format jsonl is the only export format\n";
    return kExitUsage;
  }
  auto st = store::open_for_reading(a.db, "export");
  if (!st) return store::kExitStore;
  try {
    if (a.what == "occasions") {
      st->export_occasions([](const std::string& line) {
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fputc('\n', stdout);
      });
    } else if (a.what == "persons") {
      for (auto& row : st->db().query("SELECT body FROM persons ORDER BY id")) std::cout << *row[0] << "\n";
    } else if (a.what == "commitments") {
      for (const auto& c : st->commitments("")) std::cout << c.json << "\n";
    } else {
      std::cerr << "attache export: --what is occasions, persons or commitments\n";
      return kExitUsage;
    }
  } catch (const std::exception& e) {
    std::cerr << "attache export: " << e.what() << "\n";
    return store::kExitStore;
  }
  std::fflush(stdout);
  return kExitOk;
}

Runner setup(CLI::App& app) {
  auto a = std::make_shared<ExportArgs>();
  app.add_option("--db", a->db, "Store: a file path (SQLite) or a postgresql:// URL")->capture_default_str();
  app.add_option("--format", a->format, "jsonl")->capture_default_str();
  app.add_option("--what", a->what, "occasions | persons | commitments")->capture_default_str();
  return [a] { return run_export(*a); };
}

}  // namespace
ATTACHE_COMMAND("export", "Write every occasion of the knowledge base as JSON Lines, in a stable order",
                setup);
}  // namespace attache::cli
