// attache person NAME: one person across spellings, with roles over time and occasions.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "fuse/fuse.h"
#include "store/cli_support.h"

namespace attache::cli {
namespace {

struct PersonArgs {
  std::string db = "attache.db";
  std::string name, format;
};

std::string s(const nlohmann::json& j) { return j.is_string() ? j.get<std::string>() : ""; }

int run_person(const PersonArgs& a) {
  auto format = store::parse_format(a.format);
  if (!format || *format == store::Format::kCsv) {
    std::cerr << "attache person: --format is table or jsonl\n";
    return kExitUsage;
  }
  auto st = store::open_for_reading(a.db, "person");
  if (!st) return store::kExitStore;
  try {
    auto rows = st->persons(fuse::person_key(a.name));
    if (rows.empty()) {
      std::cerr << "attache person: nobody called '" << a.name << "' in the store\n";
      return kExitInputErrors;
    }
    for (const auto& r : rows) {
      if (*format == store::Format::kJsonl) {
        std::cout << r << "\n";
        continue;
      }
      auto j = nlohmann::json::parse(r);
      std::cout << s(j["name"]) << " (" << s(j["country"]) << ")  " << s(j["id"]) << "\n  spellings:";
      for (const auto& n : j["names"]) std::cout << " \"" << s(n) << "\"";
      std::cout << "\n";
      for (const auto& role : j["roles"]) {
        std::string what = s(role["rank"]);
        for (const char* f : {"title", "organization"})
          if (!s(role[f]).empty()) what += (what.empty() ? "" : ", ") + s(role[f]);
        std::cout << "  " << (role["published"].is_null() ? "----------" : s(role["published"])) << "  "
                  << (what.empty() ? "-" : what) << "  [" << s(role["doc"]) << " -> " << s(role["occasion"])
                  << "]\n";
      }
    }
  } catch (const std::exception& e) {
    std::cerr << "attache person: " << e.what() << "\n";
    return store::kExitStore;
  }
  return kExitOk;
}

Runner setup(CLI::App& app) {
  auto a = std::make_shared<PersonArgs>();
  app.add_option("name", a->name, "Name in any spelling, with or without diacritics")->required();
  app.add_option("--db", a->db, "Store: a file path (SQLite) or a postgresql:// URL")->capture_default_str();
  app.add_option("--format", a->format, "table or jsonl");
  return [a] { return run_person(*a); };
}

}  // namespace
ATTACHE_COMMAND("person", "Show a person across spellings: roles over time, occasions, evidence", setup);
}  // namespace attache::cli
