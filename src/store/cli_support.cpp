#include "store/cli_support.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "gazetteer/data_dirs.h"

namespace attache::store {

std::unique_ptr<Matching> Matching::load(const std::vector<std::string>& data_dirs, bool replace) {
  auto m = std::make_unique<Matching>();
  m->countries =
      gazetteer::CountryTable::load(gazetteer::iso3166_json_path(), gazetteer::data_dirs(data_dirs, replace));
  m->comparer = std::make_unique<eval::Comparer>(m->countries);
  return m;
}

std::optional<std::string> country_code(const Matching& m, const std::string& any) {
  if (any.size() == 3) {
    std::string up = any;
    for (auto& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (m.countries.by_code(up)) return up;
  }
  return m.countries.lookup(any);
}

std::optional<std::string> find_mechanism(Store& s, const Matching& m, const std::string& spelled,
                                          std::string& error) {
  auto key = m.comparer->mechanism_key(spelled);
  std::string joined;
  for (size_t i = 0; i < key.size(); ++i) joined += (i ? " " : "") + key[i];
  auto known = s.mechanisms();
  for (const auto& [k, name] : known)
    if (k == joined) return k;
  std::vector<std::pair<std::string, std::string>> cands;
  for (const auto& [k, name] : known) {
    std::vector<std::string> words;
    std::istringstream in(k);
    for (std::string w; in >> w;) words.push_back(w);
    bool all = !key.empty();
    for (const auto& w : key) all = all && std::find(words.begin(), words.end(), w) != words.end();
    if (all) cands.emplace_back(k, name);
  }
  if (cands.size() == 1) return cands[0].first;
  if (cands.empty()) {
    error = "no mechanism in the store matches '" + spelled + "'";
  } else {
    error = "'" + spelled + "' matches several mechanisms:";
    for (const auto& [k, name] : cands) error += "\n  " + name;
  }
  return std::nullopt;
}

std::optional<Format> parse_format(const std::string& s) {
  if (s.empty()) return isatty(STDOUT_FILENO) ? Format::kTable : Format::kJsonl;
  if (s == "table") return Format::kTable;
  if (s == "jsonl" || s == "json") return Format::kJsonl;
  if (s == "csv") return Format::kCsv;
  return std::nullopt;
}

namespace {

std::string str(const nlohmann::json& j) {
  if (j.is_null()) return "";
  if (j.is_string()) return j.get<std::string>();
  return j.dump();
}

std::string joined(const nlohmann::json& arr, const char* sep) {
  std::string out;
  for (const auto& v : arr) out += (out.empty() ? "" : sep) + str(v);
  return out;
}

struct Flat {
  std::string date, kind, status, name, place, parties, people, reports, id;
};

Flat flatten(const std::string& line) {
  auto j = nlohmann::json::parse(line);
  Flat f;
  f.date = str(j["date"]);
  f.kind = str(j["kind"]);
  f.status = str(j["status"]);
  f.name = !j["name"].is_null() ? str(j["name"]) : str(j["mechanism"]);
  if (f.name.empty()) f.name = "-";
  if (j["location"].is_object()) {
    f.place = str(j["location"]["city"]);
    std::string c = str(j["location"]["country"]);
    if (!c.empty()) f.place += (f.place.empty() ? "" : ", ") + c;
  }
  std::string parties = joined(j["countries"], "-");
  std::string groups = joined(j["groups"], "+");
  f.parties = parties + (groups.empty() ? "" : (parties.empty() ? "" : " ") + groups);
  std::vector<std::string> names;
  for (const auto& p : j["participants"]) names.push_back(str(p["name"]));
  for (const auto& n : names) f.people += (f.people.empty() ? "" : "; ") + n;
  f.reports = std::to_string(j["reports"].size());
  f.id = str(j["id"]);
  return f;
}

std::string cut(const std::string& s, size_t n) {
  if (s.size() <= n) return s;
  size_t k = n - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;  // UTF-8 boundary
  return s.substr(0, k) + "~";
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

std::string occasions_table(const std::vector<std::string>& lines) {
  std::vector<std::vector<std::string>> rows = {
      {"DATE", "KIND", "STATUS", "NAME", "PLACE", "PARTIES", "REPORTS", "ID"}};
  for (const auto& l : lines) {
    Flat f = flatten(l);
    rows.push_back(
        {f.date, f.kind, f.status, cut(f.name, 48), cut(f.place, 20), cut(f.parties, 28), f.reports, f.id});
  }
  std::vector<size_t> width(rows[0].size(), 0);
  auto len = [](const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  };
  for (const auto& r : rows)
    for (size_t i = 0; i < r.size(); ++i) width[i] = std::max(width[i], len(r[i]));
  std::string out;
  for (const auto& r : rows) {
    for (size_t i = 0; i < r.size(); ++i) {
      out += r[i];
      if (i + 1 < r.size()) out += std::string(width[i] - len(r[i]) + 2, ' ');
    }
    out += '\n';
  }
  return out;
}

std::string occasions_csv(const std::vector<std::string>& lines) {
  std::string out = "id,date,kind,status,name,place,parties,participants,reports\n";
  for (const auto& l : lines) {
    Flat f = flatten(l);
    for (const auto* v : {&f.id, &f.date, &f.kind, &f.status, &f.name, &f.place, &f.parties, &f.people})
      out += csv_field(*v) + ",";
    out += f.reports + "\n";
  }
  return out;
}

}  // namespace attache::store

namespace attache::store {
std::unique_ptr<Store> open_for_reading(const std::string& target, const char* command) {
  try {
    if (!is_postgres_url(target) && !std::filesystem::exists(target)) {
      std::cerr << "attache " << command << ": no store at " << target << " (run attache ingest first)\n";
      return nullptr;
    }
    return Store::open(target, false);
  } catch (const std::exception& e) {
    std::cerr << "attache " << command << ": " << e.what() << "\n";
    return nullptr;
  }
}
}  // namespace attache::store
