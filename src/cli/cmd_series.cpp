// attache series MECHANISM: the sessions of a recurring mechanism in order, with gaps (a missing
// ordinal between two known ones) and inconsistencies (two dates for one session; ordinals out of
// date order) flagged.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "store/cli_support.h"

namespace attache::cli {
namespace {

using ojson = nlohmann::ordered_json;

struct SeriesArgs {
  std::string db = "attache.db";
  std::string mechanism, format;
  KnowledgeOptions knowledge;
};

// a is later than b on the precision both share ("2016-11-29" vs "2024": 2016 < 2024).
bool later(const std::string& a, const std::string& b) {
  size_t n = std::min(a.size(), b.size());
  return a.compare(0, n, b, 0, n) > 0;
}

std::vector<ojson> build(const std::vector<std::string>& bodies) {
  std::vector<ojson> out;
  std::optional<int> prev_ord;
  std::string prev_date;
  for (const auto& b : bodies) {
    auto j = ojson::parse(b);
    ojson s;
    s["type"] = "session";
    s["id"] = j["id"];
    s["ordinal"] = j["ordinal"];
    s["date"] = j["date"];
    s["location"] = j["location"];
    s["status"] = j["status"];
    ojson chairs = ojson::array();
    for (const auto& p : j["participants"]) chairs.push_back(p["name"]);
    s["co_chairs"] = chairs;
    s["areas"] = j["areas"];
    ojson reports = ojson::array();
    for (const auto& r : j["reports"])
      reports.push_back(ojson{{"doc", r["doc"]}, {"published", r["published"]}});
    s["reports"] = reports;
    ojson flags = ojson::array();
    for (const auto& c : j["conflicts"]) flags.push_back("conflicting " + c["field"].get<std::string>());
    std::optional<int> ord;
    if (j["ordinal"].is_number_integer()) ord = j["ordinal"].get<int>();
    std::string date = j["date"].is_string() ? j["date"].get<std::string>() : "";
    if (ord && prev_ord) {
      for (int missing = *prev_ord + 1; missing < *ord; ++missing)
        out.push_back(ojson{{"type", "gap"}, {"ordinal", missing}});
      if (!date.empty() && !prev_date.empty() && later(prev_date, date))
        flags.push_back("dated before session " + std::to_string(*prev_ord));
    }
    s["flags"] = flags;
    out.push_back(std::move(s));
    if (ord) {
      prev_ord = ord;
      if (!date.empty()) prev_date = date;
    }
  }
  return out;
}

int run_series(const SeriesArgs& a) {
  auto format = store::parse_format(a.format);
  if (!format || *format == store::Format::kCsv) {
    std::cerr << "attache series: --format is table or jsonl\n";
    return kExitUsage;
  }
  auto st = store::open_for_reading(a.db, "series");
  if (!st) return store::kExitStore;
  try {
    auto m = store::Matching::load(a.knowledge.data_dirs, a.knowledge.replace);
    std::string err;
    auto key = store::find_mechanism(*st, *m, a.mechanism, err);
    if (!key) {
      std::cerr << "attache series: " << err << "\n";
      return kExitInputErrors;
    }
    auto rows = build(st->series(*key));
    if (*format == store::Format::kJsonl) {
      for (const auto& r : rows) std::cout << r.dump() << "\n";
      return kExitOk;
    }
    std::string name;
    for (const auto& [k, n] : st->mechanisms())
      if (k == *key) name = n;
    std::cout << name << "\n";
    for (const auto& r : rows) {
      if (r["type"] == "gap") {
        std::cout << "  #" << r["ordinal"].get<int>() << "  -- no report of this session --\n";
        continue;
      }
      std::string ord = r["ordinal"].is_null() ? "?" : std::to_string(r["ordinal"].get<int>());
      std::string place;
      if (r["location"].is_object()) {
        if (r["location"]["city"].is_string()) place = r["location"]["city"].get<std::string>();
        if (r["location"]["country"].is_string())
          place += (place.empty() ? "" : ", ") + r["location"]["country"].get<std::string>();
      }
      std::cout << "  #" << ord << "  "
                << (r["date"].is_string() ? r["date"].get<std::string>() : "(date unknown)") << "  "
                << (place.empty() ? "-" : place) << "  " << r["status"].get<std::string>() << "  "
                << r["reports"].size() << " report(s)\n";
      std::string chairs;
      for (const auto& c : r["co_chairs"]) chairs += (chairs.empty() ? "" : "; ") + c.get<std::string>();
      if (!chairs.empty()) std::cout << "       co-chairs: " << chairs << "\n";
      std::string areas;
      for (const auto& c : r["areas"]) areas += (areas.empty() ? "" : ", ") + c.get<std::string>();
      if (!areas.empty()) std::cout << "       areas: " << areas << "\n";
      for (const auto& f : r["flags"]) std::cout << "       ! " << f.get<std::string>() << "\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "attache series: " << e.what() << "\n";
    return store::kExitStore;
  }
  return kExitOk;
}

Runner setup(CLI::App& app) {
  auto a = std::make_shared<SeriesArgs>();
  app.add_option("mechanism", a->mechanism, "Mechanism name, in any spelling or word order")->required();
  app.add_option("--db", a->db, "Store: a file path (SQLite) or a postgresql:// URL")->capture_default_str();
  app.add_option("--format", a->format, "table or jsonl (default: table on a terminal, else jsonl)");
  a->knowledge.add_to(app);
  return [a] { return run_series(*a); };
}

}  // namespace
ATTACHE_COMMAND("series", "List a mechanism's sessions in order, flagging gaps and inconsistencies", setup);
}  // namespace attache::cli
