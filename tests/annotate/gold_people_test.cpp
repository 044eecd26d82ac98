// Person accuracy of the annotator against every gold participant (seeds and team examples).
//
// A participant counts as found when annotate() has a person whose name, country, rank and title
// equal the gold ones (names folded and without punctuation; titles also without the/of/and and with
// Defense = Defence). A person is spurious when it is neither a gold participant nor listed in
// gold_other_people.tsv (real people an article names who take part in no engagement). The floors are
// the levels reached; raise them as the annotator improves.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "annotate/annotations.h"
#include "normalize/fold.h"

namespace attache::annotate {
namespace {

namespace fs = std::filesystem;

constexpr double kFoundFloor = 0.98;    // share of gold participants found with every field right
constexpr double kSpuriousCeiling = 0.02;  // share of people found that are not real people

const gazetteer::Knowledge& knowledge() {
  static auto k = gazetteer::Knowledge::load({std::string(ATTACHE_SOURCE_DIR) + "/data"});
  return *k;
}

// Folded words without punctuation; `drop_small` also drops the/of/and and reads defense as defence.
std::string key(std::string_view s, bool drop_small) {
  std::string f = normalize::fold(s);
  for (char& c : f) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '&' || static_cast<unsigned char>(c) >= 0x80)) c = ' ';
  }
  std::istringstream in(f);
  std::string w, out;
  while (in >> w) {
    if (drop_small && (w == "the" || w == "of" || w == "and")) continue;
    if (w == "defense") w = "defence";
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string opt_key(const nlohmann::json& j, bool drop_small) {
  return j.is_string() ? key(j.get<std::string>(), drop_small) : std::string("-");
}
std::string opt_key(const std::optional<std::string>& s, bool drop_small) {
  return s ? key(*s, drop_small) : std::string("-");
}

struct Corpus {
  std::string gold_dir, text_dir;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// doc -> folded names of real people that take part in no engagement
std::map<std::string, std::set<std::string>> other_people() {
  std::map<std::string, std::set<std::string>> out;
  std::ifstream in(std::string(ATTACHE_TEST_DIR) + "/annotate/gold_other_people.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    out[line.substr(0, tab)].insert(key(line.substr(tab + 1), false));
  }
  return out;
}

TEST(GoldPeople, ParticipantsAreFoundWithNameCountryRankAndTitle) {
  const std::vector<Corpus> corpora = {
      {std::string(ATTACHE_SHARED_DIR) + "/data/seeds/gold", std::string(ATTACHE_SHARED_DIR) + "/data/seeds"},
      {std::string(ATTACHE_SOURCE_DIR) + "/examples/gold", std::string(ATTACHE_SOURCE_DIR) + "/examples"}};
  auto others = other_people();
  int total = 0, found = 0, named = 0, org_right = 0;
  int people = 0, spurious = 0;
  std::ostringstream misses;
  for (const auto& c : corpora) {
    if (!fs::exists(c.gold_dir)) continue;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(c.gold_dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& gf : files) {
      auto gold = nlohmann::json::parse(slurp(gf));
      std::string doc = gold["doc"];
      std::string text = slurp(fs::path(c.text_dir) / (doc + ".txt"));
      ASSERT_FALSE(text.empty()) << doc;
      Annotations a = annotate(knowledge(), text, {});
      std::set<std::string> gold_names;
      for (const auto& e : gold["engagements"]) {
        for (const auto& p : e["participants"]) {
          std::string name = key(p["name"].get<std::string>(), false);
          if (!gold_names.insert(name).second) continue;
          ++total;
          const PersonEntity* hit = nullptr;
          for (const auto& q : a.people) {
            if (key(q.name, false) == name) hit = &q;
          }
          if (!hit) {
            misses << doc << ": missing " << p["name"].get<std::string>() << "\n";
            continue;
          }
          ++named;
          std::string want = opt_key(p["country"], false) + " | " + opt_key(p["rank"], false) + " | " +
                             opt_key(p["title"], true);
          std::string got = opt_key(hit->country, false) + " | " + opt_key(hit->rank, false) + " | " +
                            opt_key(hit->title, true);
          if (want == got) {
            ++found;
          } else {
            misses << doc << ": " << hit->name << "\n    want " << want << "\n    got  " << got << "\n";
          }
          if (opt_key(p["organization"], true) == opt_key(hit->organization, true)) ++org_right;
        }
      }
      for (const auto& q : a.people) {
        ++people;
        std::string k = key(q.name, false);
        if (!gold_names.count(k) && !(others.count(doc) && others[doc].count(k))) {
          ++spurious;
          misses << doc << ": spurious " << q.name << "\n";
        }
      }
    }
  }
  ASSERT_GT(total, 0);
  double share = static_cast<double>(found) / total;
  double spurious_share = people ? static_cast<double>(spurious) / people : 0.0;
  std::cout << misses.str() << "gold participants " << total << ", named " << named << ", all fields right " << found
            << " (" << share << "), organisation right " << org_right << "; people found " << people << ", spurious "
            << spurious << " (" << spurious_share << ")\n";
  EXPECT_GE(share, kFoundFloor);
  EXPECT_LE(spurious_share, kSpuriousCeiling);
}

}  // namespace
}  // namespace attache::annotate
