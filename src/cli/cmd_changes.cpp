// attache changes --since TIME: the feed of occasions created, updated, merged (into another id) and
// retracted, in commit order, for downstream mirrors. TIME is an ISO timestamp (UTC) or a date.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "store/cli_support.h"

namespace attache::cli {
namespace {

struct ChangesArgs {
  std::string db = "attache.db";
  std::string since = "0000";
  std::string resolve;
};

int run_changes(const ChangesArgs& a) {
  auto st = store::open_for_reading(a.db, "changes");
  if (!st) return store::kExitStore;
  try {
    if (!a.resolve.empty()) {
      auto id = st->resolve(a.resolve);
      if (!id) {
        std::cerr << "attache changes: unknown occasion id " << a.resolve << "\n";
        return kExitInputErrors;
      }
      std::cout << *id << "\n";
      return kExitOk;
    }
    for (const auto& c : st->changes(a.since)) {
      nlohmann::ordered_json j;
      j["seq"] = c.seq;
      j["at"] = c.at;
      j["occasion"] = c.occasion;
      j["change"] = c.change;
      if (c.change == "merged") j["merged_into"] = c.detail;
      std::cout << j.dump() << "\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "attache changes: " << e.what() << "\n";
    return store::kExitStore;
  }
  return kExitOk;
}

Runner setup(CLI::App& app) {
  auto a = std::make_shared<ChangesArgs>();
  app.add_option("--db", a->db, "Store: a file path (SQLite) or a postgresql:// URL")->capture_default_str();
  app.add_option("--since", a->since, "Changes at or after this UTC time (YYYY-MM-DD[THH:MM:SS])");
  app.add_option("--resolve", a->resolve, "Print the current id of an occasion id (follows merged_into)");
  return [a] { return run_changes(*a); };
}

}  // namespace
ATTACHE_COMMAND("changes", "Feed of occasions created, updated, merged and retracted since a time", setup);
}  // namespace attache::cli
