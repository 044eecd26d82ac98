#include "gazetteer/countries.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "normalize/fold.h"

namespace fs = std::filesystem;

namespace attache::gazetteer {

namespace {

[[noreturn]] void fail(const std::string& file, size_t line, const std::string& what) {
  // Line 0: a problem with the file as a whole.
  throw std::runtime_error(file + (line ? ":" + std::to_string(line) : std::string()) + ": " + what);
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    out.emplace_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

// The non-empty, trimmed items of a `|`-separated list.
std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  for (auto& item : split(s, '|')) {
    std::string t = trim(item);
    if (!t.empty()) out.push_back(std::move(t));
  }
  return out;
}

void add_unique(std::vector<std::string>& list, const std::string& v) {
  if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
}

bool is_alpha3(std::string_view s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

std::string CountryTable::lookup_key(std::string_view form) {
  std::string folded = normalize::fold(form);
  std::string key;
  key.reserve(folded.size());
  bool pending_space = false;
  for (char c : folded) {
    if (c == '.') continue;  // "U.S." == "US"
    if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key += ' ';
    pending_space = false;
    key += c;
  }
  return key;
}

void CountryTable::index(size_t i, std::string_view form) {
  std::string key = lookup_key(form);
  if (!key.empty()) by_key_.insert_or_assign(std::move(key), i);
}

void CountryTable::reindex() {
  by_code_.clear();
  by_key_.clear();
  for (size_t i = 0; i < countries_.size(); ++i) {
    by_code_.emplace(countries_[i].code, i);
    index(i, countries_[i].name);
    for (const auto& n : countries_[i].names) index(i, n);
    for (const auto& d : countries_[i].demonyms) index(i, d);
  }
}

CountryTable CountryTable::from_countries(std::vector<Country> countries) {
  CountryTable t;
  t.countries_ = std::move(countries);
  t.reindex();
  return t;
}

CountryTable CountryTable::load(const std::string& iso_json_path, const std::vector<std::string>& data_dirs) {
  CountryTable t;
  {
    std::ifstream in(iso_json_path, std::ios::binary);
    if (!in) fail(iso_json_path, 0, "cannot open");
    nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object() || !j.contains("3166-1") || !j["3166-1"].is_array()) {
      fail(iso_json_path, 0, "not an iso-codes ISO 3166-1 file (no \"3166-1\" array)");
    }
    auto str = [](const nlohmann::json& o, const char* k) {
      auto it = o.find(k);
      return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    for (const auto& e : j["3166-1"]) {
      Country c;
      c.code = str(e, "alpha_3");
      std::string name = str(e, "name"), common = str(e, "common_name"), official = str(e, "official_name");
      if (!is_alpha3(c.code) || name.empty()) continue;  // never seen in iso-codes; skip rather than guess
      c.name = common.empty() ? name : common;
      for (const std::string* n : {&name, &common, &official}) {
        if (!n->empty()) add_unique(c.names, *n);
      }
      t.countries_.push_back(std::move(c));
    }
  }
  t.reindex();

  for (const auto& dir : data_dirs) {
    const fs::path path = fs::path(dir) / "countries.tsv";
    std::error_code ec;
    if (!fs::exists(path, ec)) continue;
    const std::string file = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(file, 0, "cannot open");
    std::string line;
    size_t lineno = 0;
    bool header_seen = false;
    while (std::getline(in, line)) {
      ++lineno;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (trim(line).empty() || line[0] == '#') continue;
      std::vector<std::string> cols = split(line, '\t');
      if (!header_seen) {
        if (cols.size() < 2 || trim(cols[0]) != "code" || trim(cols[1]) != "name") {
          fail(file, lineno, "expected the header `code<TAB>name<TAB>aliases<TAB>demonyms`");
        }
        header_seen = true;
        continue;
      }
      // Editors drop trailing empty columns, so 1..4 columns are accepted; more is a mistake.
      if (cols.size() > 4) {
        fail(file, lineno, "expected at most 4 tab-separated columns, found " + std::to_string(cols.size()));
      }
      cols.resize(4);
      const std::string code = trim(cols[0]);
      if (!is_alpha3(code)) fail(file, lineno, "country code must be 3 upper-case letters: \"" + code + "\"");
      auto found = t.by_code_.find(code);
      if (found == t.by_code_.end()) fail(file, lineno, "unknown ISO 3166-1 alpha-3 code " + code);
      const size_t i = found->second;
      Country& c = t.countries_[i];
      if (std::string name = trim(cols[1]); !name.empty()) {
        c.name = name;
        add_unique(c.names, name);
        t.index(i, name);
      }
      for (auto& alias : split_list(cols[2])) {
        t.index(i, alias);
        add_unique(c.names, alias);
      }
      for (auto& demonym : split_list(cols[3])) {
        t.index(i, demonym);
        add_unique(c.demonyms, demonym);
      }
    }
    if (in.bad()) fail(file, lineno, "read error");
  }
  return t;
}

const Country* CountryTable::by_code(std::string_view alpha3) const {
  auto it = by_code_.find(std::string(alpha3));
  return it == by_code_.end() ? nullptr : &countries_[it->second];
}

std::optional<std::string> CountryTable::lookup(std::string_view any_form) const {
  auto it = by_key_.find(lookup_key(any_form));
  if (it == by_key_.end()) return std::nullopt;
  return countries_[it->second].code;
}

}  // namespace attache::gazetteer
