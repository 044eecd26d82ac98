// attache commitments: every planned or proposed occasion, with whether it was kept.
// Status is computed against an as-of date: --as-of, else the newest publication date in the store
// (so that replaying an old corpus does not make every plan overdue against today's clock).
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "core/date.h"
#include "store/cli_support.h"

namespace attache::cli {
namespace {

struct CommitmentArgs {
  std::string db = "attache.db";
  bool open = false, overdue = false, fulfilled = false;
  std::string as_of, format;
};

std::string s(const nlohmann::json& j) {
  return j.is_string() ? j.get<std::string>() : j.is_null() ? "" : j.dump();
}

int run_commitments(const CommitmentArgs& a) {
  auto format = store::parse_format(a.format);
  if (!format) {
    std::cerr << "attache commitments: --format is table, jsonl or csv\n";
    return kExitUsage;
  }
  if (!a.as_of.empty() && !PartialDate::parse(a.as_of)) {
    std::cerr << "attache commitments: --as-of takes YYYY-MM-DD\n";
    return kExitUsage;
  }
  auto st = store::open_for_reading(a.db, "commitments");
  if (!st) return store::kExitStore;
  try {
    auto rows = st->commitments(a.as_of);
    bool any = a.open || a.overdue || a.fulfilled;
    std::vector<store::CommitmentRow> keep;
    for (auto& r : rows)
      if (!any || (a.open && r.status == "open") || (a.overdue && r.status == "overdue") ||
          (a.fulfilled && r.status == "fulfilled"))
        keep.push_back(std::move(r));
    if (*format == store::Format::kJsonl) {
      for (const auto& r : keep) std::cout << r.json << "\n";
      return kExitOk;
    }
    if (*format == store::Format::kCsv)
      std::cout << "occasion,status,mechanism,ordinal,name,due,by,committed_in,held_in\n";
    for (const auto& r : keep) {
      auto j = nlohmann::json::parse(r.json);
      std::string by, cin, hin;
      for (const auto& b : j["by"]) by += (by.empty() ? "" : "-") + s(b);
      for (const auto& c : j["committed_in"]) cin += (cin.empty() ? "" : " ") + s(c["doc"]);
      for (const auto& c : j["held_in"]) hin += (hin.empty() ? "" : " ") + s(c["doc"]);
      if (*format == store::Format::kCsv) {
        std::cout << r.occasion << "," << r.status << ",\"" << s(j["mechanism"]) << "\"," << s(j["ordinal"])
                  << ",\"" << s(j["name"]) << "\"," << s(j["due"]) << "," << by << "," << cin << "," << hin
                  << "\n";
      } else {
        std::string what = !j["name"].is_null()        ? s(j["name"])
                           : !j["mechanism"].is_null() ? s(j["mechanism"])
                                                       : by;
        std::cout << r.status << "\t" << (j["due"].is_null() ? "no date" : "due " + s(j["due"])) << "\t"
                  << what << "\t(" << by << "; committed in " << cin
                  << (hin.empty() ? "" : "; held per " + hin) << ")\n";
      }
    }
    if (*format == store::Format::kTable)
      std::cout << keep.size() << " commitments, as of "
                << (a.as_of.empty() ? st->newest_published() : a.as_of) << "\n";
  } catch (const std::exception& e) {
    std::cerr << "attache commitments: " << e.what() << "\n";
    return store::kExitStore;
  }
  return kExitOk;
}

Runner setup(CLI::App& app) {
  auto a = std::make_shared<CommitmentArgs>();
  app.add_option("--db", a->db, "Store: a file path (SQLite) or a postgresql:// URL")->capture_default_str();
  app.add_flag("--open", a->open, "Only open commitments");
  app.add_flag("--overdue", a->overdue, "Only overdue commitments");
  app.add_flag("--fulfilled", a->fulfilled, "Only fulfilled commitments");
  app.add_option("--as-of", a->as_of,
                 "Judge overdue against this date (default: newest publication date stored)");
  app.add_option("--format", a->format, "table, jsonl or csv (default: table on a terminal, else jsonl)");
  return [a] { return run_commitments(*a); };
}

}  // namespace
ATTACHE_COMMAND("commitments", "Planned and proposed occasions: open, overdue or fulfilled", setup);
}  // namespace attache::cli
