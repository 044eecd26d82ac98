// Helpers the knowledge-base subcommands share: the country table and mechanism keys they match
// user input with, mechanism lookup among the store's series, and table/CSV/JSONL rendering of
// occasions. Plain functions and immutable values; thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "eval/compare.h"
#include "gazetteer/countries.h"
#include "store/store.h"

namespace attache::store {

// A country table and a Comparer over it (for mechanism keys), loaded from the data folders.
struct Matching {
  gazetteer::CountryTable countries;
  std::unique_ptr<eval::Comparer> comparer;
  static std::unique_ptr<Matching> load(const std::vector<std::string>& data_dirs, bool replace);
};

// Alpha-3 for a code or any name/alias; nullopt when unknown.
std::optional<std::string> country_code(const Matching& m, const std::string& any);

// The store's mechanism key a user's spelling means: the exact key, else the one key containing
// every word of it. On failure, `error` says why (unknown, or ambiguous with the candidates).
std::optional<std::string> find_mechanism(Store& s, const Matching& m, const std::string& spelled,
                                          std::string& error);

enum class Format : uint8_t { kTable, kJsonl, kCsv };
// "table" | "jsonl" | "csv" | "" (= table on a terminal, JSON Lines otherwise).
std::optional<Format> parse_format(const std::string& s);

// Occasions (exported JSON objects) as a readable table or CSV (flat columns).
std::string occasions_table(const std::vector<std::string>& json_lines);
std::string occasions_csv(const std::vector<std::string>& json_lines);

}  // namespace attache::store

namespace attache::store {
// Opens `target` for reading; on failure prints "attache <command>: <why>" and returns null.
std::unique_ptr<Store> open_for_reading(const std::string& target, const char* command);
// Exit code of a subcommand whose store could not be opened or failed.
inline constexpr int kExitStore = 3;
}  // namespace attache::store
