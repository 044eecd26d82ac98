// CountryTable: ISO 3166-1 states, their names, aliases and demonyms, keyed by alpha-3.
//
// Built once at start-up from Debian's iso-codes JSON plus each data folder's countries.tsv
// (data/README.md), then shared read-only: every method is const, so concurrent reads from any
// number of threads are safe. Load errors are start-up failures and throw (file:line: what).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace attache::gazetteer {

struct Country {
  std::string code;                   // ISO 3166-1 alpha-3, e.g. "VNM"
  std::string name;                   // common English short name ("Vietnam"), for display and mechanisms
  std::vector<std::string> names;     // every name and alias as written (ISO names first), without duplicates
  std::vector<std::string> demonyms;  // "Vietnamese", ...
};

class CountryTable {
 public:
  // Loads `iso_json_path` (iso-codes' iso_3166-1.json: alpha_3, name, common_name, official_name),
  // then `<dir>/countries.tsv` of each folder in `data_dirs` that has one. The TSV has the header
  // `code<TAB>name<TAB>aliases<TAB>demonyms`, `#` comment lines, and `|`-separated lists; a row for a
  // code seen before replaces its display name (when the row gives one) and adds its aliases and
  // demonyms. Display name: the last TSV name, else ISO common_name, else ISO name.
  // Throws std::runtime_error("file:line: what") on a malformed row, an unknown code or an unreadable file.
  static CountryTable load(const std::string& iso_json_path, const std::vector<std::string>& data_dirs);

  // Builds a table from countries given directly (tests, tools); same lookup rules as load().
  static CountryTable from_countries(std::vector<Country> countries);

  // The country with this alpha-3 code (exact, upper case), or nullptr.
  const Country* by_code(std::string_view alpha3) const;

  // Alpha-3 code of any name, alias or demonym, compared on lookup_key(): "Việt Nam", "viet nam" and
  // "VIET NAM" all give "VNM"; "U.S." finds the alias "US". Nullopt when unknown. When two countries
  // claim the same form, the one loaded later (a later TSV row) wins.
  std::optional<std::string> lookup(std::string_view any_form) const;

  // Every country, in ISO file order.
  const std::vector<Country>& all() const { return countries_; }

  // The key lookup() compares: normalize::fold(), "." removed, "-" and runs of white space made one
  // space, trimmed.
  static std::string lookup_key(std::string_view form);

 private:
  void index(size_t i, std::string_view form);
  void reindex();

  std::vector<Country> countries_;
  std::unordered_map<std::string, size_t> by_code_;  // alpha-3 -> index into countries_
  std::unordered_map<std::string, size_t> by_key_;   // lookup_key -> index into countries_
};

}  // namespace attache::gazetteer
