#include "gazetteer/knowledge.h"

#include <fstream>
#include <stdexcept>
#include <unordered_map>

#include "gazetteer/data_dirs.h"
#include "gazetteer/tsv.h"
#include "normalize/fold.h"

namespace attache::gazetteer {

namespace {

std::vector<std::string> read_word_list(const std::string& path) {
  std::vector<std::string> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    out.push_back(normalize::fold(line));
  }
  return out;
}

EngagementKind kind_or_fail(const TsvRow& row, std::string_view s) {
  auto k = parse_kind(s);
  if (!k) row.fail("unknown engagement kind '" + std::string(s) + "'");
  return *k;
}

// "ASEAN-Japan Defence ..." -> "Japan-ASEAN Defence ...": mechanism names are matched in either order.
std::string swap_pair(const std::string& name) {
  size_t dash = name.find('-');
  size_t space = name.find(' ');
  if (dash == std::string::npos || space == std::string::npos || dash > space) return {};
  std::string a = name.substr(0, dash);
  std::string b = name.substr(dash + 1, space - dash - 1);
  if (a.empty() || b.empty()) return {};
  return b + "-" + a + name.substr(space);
}

}  // namespace

std::shared_ptr<const Knowledge> Knowledge::load(const std::vector<std::string>& dirs) {
  auto k = std::make_shared<Knowledge>();
  // Abbreviations first: the tokenizer they configure tokenizes every later phrase.
  std::vector<std::string> abbreviations;
  for (const auto& dir : dirs) {
    auto words = read_word_list(dir + "/abbreviations.txt");
    abbreviations.insert(abbreviations.end(), words.begin(), words.end());
  }
  if (!abbreviations.empty()) k->tokenizer = segment::Tokenizer(abbreviations);

  std::unordered_map<std::string, std::string> spelling;
  for (const auto& dir : dirs) {
    read_tsv(dir + "/spelling.tsv", {"variant", "canonical"},
             [&](const TsvRow& r) { spelling[normalize::fold(r.cell(0))] = normalize::fold(r.cell(1)); });
  }
  k->matcher.set_spelling(std::move(spelling));

  auto& m = k->matcher;
  const auto& tok = k->tokenizer;
  auto add = [&](std::string_view phrase, EntryType type, uint32_t id) { m.add(phrase, Entry{type, id}, tok); };

  k->countries = CountryTable::load(iso3166_json_path(), dirs);
  for (size_t i = 0; i < k->countries.all().size(); ++i) {
    const auto& c = k->countries.all()[i];
    add(c.name, EntryType::kCountry, static_cast<uint32_t>(i));
    for (const auto& n : c.names) {
      if (n.find(',') != std::string::npos) continue;  // "Korea, Republic of" is a sort form
      add(n, EntryType::kCountry, static_cast<uint32_t>(i));
    }
    for (const auto& d : c.demonyms) add(d, EntryType::kDemonym, static_cast<uint32_t>(i));
  }

  for (const auto& dir : dirs) {
    const std::string places = dir + "/places.tsv";
    if (read_tsv(places, {"name", "country", "type"}, [&](const TsvRow& r) {
          if (!k->countries.by_code(r.cell(1))) r.fail("unknown country code '" + std::string(r.cell(1)) + "'");
          uint32_t id = static_cast<uint32_t>(k->places.size());
          k->places.push_back(Place{std::string(r.cell(0)), std::string(r.cell(1)), std::string(r.cell(2))});
          add(r.cell(0), EntryType::kPlace, id);
          for (auto a : split_list(r.cell(3))) {
            if (!a.empty() && a.front() == '=') {
              a.erase(0, 1);
              k->places.back().written_forms.push_back(a);
            }
            add(a, EntryType::kPlace, id);
          }
        }))
      k->files_loaded.push_back(places);

    read_tsv(dir + "/groups.tsv", {"name", "aliases"}, [&](const TsvRow& r) {
      uint32_t id = static_cast<uint32_t>(k->groups.size());
      k->groups.push_back(Group{std::string(r.cell(0)), std::string(r.cell(2))});
      add(r.cell(0), EntryType::kGroup, id);
      for (const auto& a : split_list(r.cell(1))) add(a, EntryType::kGroup, id);
    });

    read_tsv(dir + "/ranks.tsv", {"rank", "variants"}, [&](const TsvRow& r) {
      uint32_t id = static_cast<uint32_t>(k->ranks.size());
      k->ranks.push_back(Rank{std::string(r.cell(0))});
      add(r.cell(0), EntryType::kRank, id);
      for (const auto& v : split_list(r.cell(1))) add(v, EntryType::kRank, id);
    });

    read_tsv(dir + "/honorifics.tsv", {"honorific"},
             [&](const TsvRow& r) { add(r.cell(0), EntryType::kHonorific, 0); });

    read_tsv(dir + "/combining_forms.tsv", {"form", "country"}, [&](const TsvRow& r) {
      if (!k->countries.by_code(r.cell(1))) r.fail("unknown country code '" + std::string(r.cell(1)) + "'");
      k->combining_forms[normalize::fold(r.cell(0))] = std::string(r.cell(1));
    });

    read_tsv(dir + "/ship_prefixes.tsv", {"prefix", "country"}, [&](const TsvRow& r) {
      if (!k->countries.by_code(r.cell(1))) r.fail("unknown country code '" + std::string(r.cell(1)) + "'");
      k->ship_prefixes[normalize::fold(r.cell(0))] = std::string(r.cell(1));
    });

    read_tsv(dir + "/offices.tsv", {"word", "role"}, [&](const TsvRow& r) {
      std::string_view role = r.cell(1);
      EntryType t = role == "head"       ? EntryType::kOfficeHead
                    : role == "modifier" ? EntryType::kOfficeModifier
                    : role == "domain"   ? EntryType::kOfficeDomain
                                         : (r.fail("role must be head, modifier or domain"), EntryType::kOfficeHead);
      add(r.cell(0), t, 0);
    });

    read_tsv(dir + "/org_words.tsv", {"word", "role"}, [&](const TsvRow& r) {
      std::string_view role = r.cell(1);
      if (role != "head" && role != "word") r.fail("role must be head or word");
      add(r.cell(0), role == "head" ? EntryType::kOrgHead : EntryType::kOrgWord, 0);
    });

    read_tsv(dir + "/mechanisms.tsv", {"mechanism", "kind", "groups", "aliases"}, [&](const TsvRow& r) {
      uint32_t id = static_cast<uint32_t>(k->mechanisms.size());
      k->mechanisms.push_back(
          Mechanism{std::string(r.cell(0)), kind_or_fail(r, r.cell(1)), split_list(r.cell(2)), split_list(r.cell(3))});
      std::vector<std::string> names{std::string(r.cell(0))};
      for (const auto& a : k->mechanisms.back().aliases) names.push_back(a);
      for (const auto& n : names) {
        add(n, EntryType::kMechanism, id);
        if (auto swapped = swap_pair(n); !swapped.empty()) add(swapped, EntryType::kMechanism, id);
        // "+/Plus" variants: "ADMM+" <-> "ADMM Plus"
        if (n.size() > 1 && n.back() == '+') add(n.substr(0, n.size() - 1) + " Plus", EntryType::kMechanism, id);
      }
    });

    read_tsv(dir + "/mechanism_types.tsv", {"type", "kind", "variants"}, [&](const TsvRow& r) {
      uint32_t id = static_cast<uint32_t>(k->mechanism_types.size());
      k->mechanism_types.push_back(MechanismType{std::string(r.cell(0)), kind_or_fail(r, r.cell(1))});
      add(r.cell(0), EntryType::kMechanismType, id);
      for (const auto& v : split_list(r.cell(2))) add(v, EntryType::kMechanismType, id);
    });

    read_tsv(dir + "/area_phrases.tsv", {"area", "phrase"}, [&](const TsvRow& r) {
      std::string area(r.cell(0));
      uint32_t id = 0;
      auto it = std::find(k->area_ids.begin(), k->area_ids.end(), area);
      if (it == k->area_ids.end()) {
        id = static_cast<uint32_t>(k->area_ids.size());
        k->area_ids.push_back(area);
      } else {
        id = static_cast<uint32_t>(it - k->area_ids.begin());
      }
      add(r.cell(1), EntryType::kArea, id);
    });

    read_tsv(dir + "/documents.tsv", {"document"}, [&](const TsvRow& r) { add(r.cell(0), EntryType::kDocument, 0); });

    read_tsv(dir + "/grammar.tsv", {"word", "class"}, [&](const TsvRow& r) {
      static const std::unordered_map<std::string_view, WordClass> kClasses = {
          {"not_name", WordClass::kNotName},
          {"place_noun", WordClass::kPlaceNoun},
          {"name_particle", WordClass::kNameParticle},
          {"name_suffix", WordClass::kNameSuffix},
          {"title_small", WordClass::kTitleSmallWord},
          {"family_name", WordClass::kFamilyName},
          {"pronoun", WordClass::kPronoun},
          {"mechanism_level", WordClass::kMechanismLevel},
          {"mechanism_frequency", WordClass::kMechanismFrequency},
          {"party_noun", WordClass::kPartyNoun},
          {"rank_given_name", WordClass::kRankGivenName},
          {"head_of_state", WordClass::kHeadOfState},
          {"visit_word", WordClass::kVisitWord},
          {"opening_preposition", WordClass::kOpeningPreposition},
          {"session_noun", WordClass::kSessionNoun},
          {"exercise_noun", WordClass::kExerciseNoun},
          {"ship_noun", WordClass::kShipNoun},
          {"presence_word", WordClass::kPresenceWord},
          {"host_verb", WordClass::kHostVerb},
          {"guest_call", WordClass::kGuestCall},
          {"arrival_place", WordClass::kArrivalPlace},
          {"clause_link", WordClass::kClauseLink},
          {"person_background", WordClass::kPersonBackground},
          {"travel_verb", WordClass::kTravelVerb},
          {"sidelines", WordClass::kSidelines},
          {"office_adjective", WordClass::kOfficeAdjective},
          {"ship_arrival", WordClass::kShipArrival}};
      auto c = kClasses.find(r.cell(1));
      if (c == kClasses.end()) r.fail("unknown word class '" + std::string(r.cell(1)) + "'");
      if (c->second == WordClass::kFamilyName && !k->countries.by_code(std::string(r.cell(2)))) {
        r.fail("a family_name needs the alpha-3 code of its state");
      }
      auto& w = k->grammar.words[normalize::fold(r.cell(0))];
      w.classes |= static_cast<uint32_t>(c->second);
      if (c->second == WordClass::kFamilyName) w.country = std::string(r.cell(2));
    });

    read_tsv(dir + "/person_nouns.tsv", {"noun"}, [&](const TsvRow& r) { add(r.cell(0), EntryType::kPersonNoun, 0); });

    read_tsv(dir + "/triggers.tsv", {"phrase", "kind", "strength"}, [&](const TsvRow& r) {
      uint32_t id = static_cast<uint32_t>(k->triggers.size());
      k->triggers.push_back(Trigger{std::string(r.cell(0)), kind_or_fail(r, r.cell(1)), r.cell(2) == "strong"});
      add(r.cell(0), EntryType::kTrigger, id);
    });

    read_tsv(dir + "/outlets.tsv", {"outlet", "country", "domains", "cues"}, [&](const TsvRow& r) {
      if (!k->countries.by_code(std::string(r.cell(1)))) r.fail("unknown country code");
      k->outlets.push_back(
          Outlet{std::string(r.cell(0)), std::string(r.cell(1)), split_list(r.cell(2)), split_list(r.cell(3))});
    });

    read_tsv(dir + "/status_cues.tsv", {"phrase", "status"}, [&](const TsvRow& r) {
      auto s = parse_status(r.cell(1));
      if (!s || *s == EngagementStatus::kHeld) r.fail("status must be planned or proposed");
      uint32_t id = static_cast<uint32_t>(k->status_cues.size());
      k->status_cues.push_back(StatusCue{std::string(r.cell(0)), *s});
      add(r.cell(0), EntryType::kStatusCue, id);
    });
  }
  return k;
}

}  // namespace attache::gazetteer
