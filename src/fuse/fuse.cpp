#include "fuse/fuse.h"

#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "core/json_io.h"
#include "normalize/fold.h"

namespace attache::fuse {

using ojson = nlohmann::ordered_json;

namespace {

// Makes `j` an empty object with room for `n` keys. An ordered_json object is a vector of (const key,
// value) pairs: growing it one key at a time copies every key at each reallocation, and occasion,
// report, participant and role objects are built by the hundred thousand in a store's batch.
void reserve_keys(ojson& j, size_t n) {
  j = ojson::object();
  j.get_ref<ojson::object_t&>().reserve(n);
}

}  // namespace

std::string stable_hash(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  // splitmix64 finaliser: FNV alone leaves keys that differ in their last byte looking alike.
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  static const char* hex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = hex[h & 15];
  return out;
}

namespace {

// Words that precede a name without being part of it ("General Chien", "Mr. Lokman").
const std::set<std::string, std::less<>>& honorifics() {
  static const std::set<std::string, std::less<>> s = {
      "general", "gen",     "lieutenant", "lt",   "colonel", "col",  "major",      "maj",       "senior",
      "admiral", "adm",     "vice",       "rear", "captain", "capt", "commodore",  "brigadier", "air",
      "marshal", "mr",      "mrs",        "ms",   "madam",   "dr",   "prof",       "minister",  "deputy",
      "defence", "defense", "secretary",  "sir",  "his",     "her",  "excellency", "dato",      "datuk",
      "dato'",   "tan",     "sri",        "h.e",  "he"};
  return s;
}

std::vector<std::string> name_words(std::string_view name) {
  std::vector<std::string> w = eval::words(name);
  size_t i = 0;
  // Strip leading honorifics, but never the whole name.
  while (i + 1 < w.size() && honorifics().count(w[i])) ++i;
  return {w.begin() + static_cast<long>(i), w.end()};
}

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

long day_start(const PartialDate& d) { return days_from_civil(d.year, d.month ? d.month : 1, d.day ? d.day : 1); }
long day_end(const PartialDate& d) {
  int m = d.month ? d.month : 12;
  return days_from_civil(d.year, m, d.day ? d.day : days_in_month(d.year, m));
}
int precision(const std::optional<PartialDate>& d) { return !d ? 0 : d->day ? 3 : d->month ? 2 : 1; }

// One date allows another when it is the same or a coarser form of it ("2024-06" allows "2024-06-12").
bool allows(const PartialDate& coarse, const PartialDate& fine) {
  if (coarse.year != fine.year) return false;
  if (coarse.month && coarse.month != fine.month) return false;
  if (coarse.day && coarse.day != fine.day) return false;
  return true;
}

}  // namespace

// One engagement as fusion sees it.
struct Item {
  const SourceRecord* src = nullptr;
  const Engagement* e = nullptr;
  std::string doc;
  int index = 0;
  std::string mech;     // mechanism key
  std::string parties;  // sorted countries and g:groups
  std::set<std::string> party_set;
  long lo = LONG_MIN, hi = LONG_MAX;  // time window in days
  bool dated = false;
  std::string key;                      // what would identify it alone
  std::vector<std::string> mech_words;  // mechanism key words, sorted
  std::vector<std::string> name_core;   // a party-less report's name as mechanism words, ordinals dropped
};

namespace {

// Nothing in two reports contradicts one occasion: other documents (one article does not report one
// occasion twice), no different mechanism, ordinal, city or place country, overlapping windows.
bool consistent(const Item& a, const Item& b) {
  if (a.doc == b.doc) return false;
  if (!a.mech.empty() && !b.mech.empty() && a.mech != b.mech) return false;
  if (a.e->ordinal && b.e->ordinal && *a.e->ordinal != *b.e->ordinal) return false;
  const auto& la = a.e->location;
  const auto& lb = b.e->location;
  if (la && lb) {
    if (la->country && lb->country && *la->country != *lb->country) return false;
    if (la->city && lb->city && normalize::fold(*la->city) != normalize::fold(*lb->city)) return false;
  }
  return a.lo <= b.hi && b.lo <= a.hi;
}

// A visit and the talks held during it, as two outlets report them ("an Indonesian navy delegation visited
// Hanoi on 16 September", "the navies of Indonesia and Vietnam held talks in Hanoi this week"): one occasion
// when both name the same two or more parties and a city (the same: consistent()), and one states the day.
// Both windows are bounded, so the pair always shares a month of its `q|` blocking key.
bool visit_and_its_talks(const Item& a, const Item& b) {
  auto is = [](const Item& x, EngagementKind k) { return x.e->kind == k; };
  if (!(is(a, EngagementKind::kVisit) && is(b, EngagementKind::kBilateralMeeting)) &&
      !(is(a, EngagementKind::kBilateralMeeting) && is(b, EngagementKind::kVisit)))
    return false;
  if (a.party_set.size() < 2 || a.parties != b.parties) return false;
  for (const Item* x : {&a, &b})
    if (!x->e->location || !x->e->location->city || x->lo == LONG_MIN || x->hi == LONG_MAX) return false;
  return (a.dated && precision(a.e->date) == 3) || (b.dated && precision(b.e->date) == 3);
}

bool compatible(const Item& a, const Item& b) {
  if (!consistent(a, b)) return false;
  bool same_mech = !a.mech.empty() && a.mech == b.mech;
  if (same_mech) {
    // Reports of one mechanism may list different parties; they need only not be disjoint.
    if (!a.party_set.empty() && !b.party_set.empty()) {
      bool any = false;
      for (const auto& p : a.party_set) any = any || b.party_set.count(p);
      if (!any) return false;
    }
    return true;
  }
  if (a.parties.empty() || b.parties.empty()) {
    // A report that names no party (none was found in it) is still the occasion another report names
    // in full when both give the same kind, the same ordinal and the same city ("the 11th dialogue,
    // in Tokyo"); without all three it stays apart.
    if (a.e->kind != b.e->kind || !a.e->ordinal || !b.e->ordinal) return false;
    const auto& la = a.e->location;
    const auto& lb = b.e->location;
    return la && lb && la->city && lb->city;
  }
  return (a.parties == b.parties && a.e->kind == b.e->kind) || visit_and_its_talks(a, b);
}

// A stated date to the month at least ("March 2025", "18 March 2025"; not "2025", not a window
// guessed from the publication date).
bool dated_to_month(const Item& it) { return it.dated && precision(it.e->date) >= 2; }

bool sorted_subset(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

// A person of the side `d` does not name is named in `d` too ("Marles" in a report that names only
// Vietnam, "Richard Marles" of Australia in the other): every word of one of d's participant names
// is in the name of one of c's participants from a country outside d's parties.
bool names_the_other_side(const Item& d, const Item& c) {
  for (const auto& p : d.e->participants) {
    auto wp = eval::words(p.name);
    if (wp.empty()) continue;
    std::sort(wp.begin(), wp.end());
    for (const auto& q : c.e->participants) {
      if (!q.country || d.party_set.count(*q.country)) continue;
      auto wq = eval::words(q.name);
      std::sort(wq.begin(), wq.end());
      if (sorted_subset(wp, wq)) return true;
    }
  }
  return false;
}

// `d` names at least one person, and every person it names is one of `c`'s (all words of the name in
// one of c's participant names; countries are not compared, an extractor may give the wrong one).
bool names_only_its_people(const Item& d, const Item& c) {
  bool any = false;
  for (const auto& p : d.e->participants) {
    auto wp = eval::words(p.name);
    if (wp.empty()) continue;
    std::sort(wp.begin(), wp.end());
    bool found = false;
    for (const auto& q : c.e->participants) {
      auto wq = eval::words(q.name);
      std::sort(wq.begin(), wq.end());
      found = found || sorted_subset(wp, wq);
    }
    if (!found) return false;
    any = true;
  }
  return any;
}

// Weak evidence that report `d`, which names fewer parties than `c`, is `c`'s occasion (used only
// when exactly one occasion fits, see fuse_occasions): nothing contradicts, same kind, and
//  - d names one country, one of c's (at least two), both state a date to the month, and d names a
//    person of the side it leaves out (a report that names only one side's country: "Minister Giang
//    received Deputy Prime Minister Marles during his March visit"), or both give the same city and
//    every person d names is one of c's (the city alone is not enough: on 1,643 generated reports it
//    joined one-country signings that the extractor had cut from other meetings that day); or
//  - d names no party, both give the same ordinal, and d's name without its ordinal is in c's
//    mechanism ("the fifth defence policy dialogue" of the fifth Vietnam-Laos Defence Policy Dialogue).
bool attaches(const Item& d, const Item& c) {
  if (d.e->kind != c.e->kind || !consistent(d, c)) return false;
  if (d.party_set.size() == 1 && c.party_set.size() >= 2 && c.party_set.count(*d.party_set.begin())) {
    if (!dated_to_month(d) || !dated_to_month(c)) return false;
    const auto& ld = d.e->location;
    const auto& lc = c.e->location;
    if (ld && lc && ld->city && lc->city && names_only_its_people(d, c)) return true;  // equal city: consistent()
    return names_the_other_side(d, c);
  }
  if (d.party_set.empty() && d.e->ordinal && c.e->ordinal && !d.name_core.empty())
    return sorted_subset(d.name_core, c.mech_words);
  return false;
}

// The keys that bring attaches() pairs together, as (active, passive): a report that may attach to
// another files active keys, a report others may attach to files passive ones; an active key leads to
// the same key's passive holders and back (linked_keys()), never a passive key to another passive one.
//   u|kind|country|YYYY-MM  a one-country report, for each month of its window;
//   U|kind|country|YYYY-MM  a report of two or more parties, for each of them and each month;
//   n|kind|ordinal          a party-less report with an ordinal and a name;
//   N|kind|ordinal          a report with a mechanism and an ordinal.
std::pair<std::vector<std::string>, std::vector<std::string>> attach_keys(const Item& it) {
  std::vector<std::string> active, passive;
  std::string kind(to_string(it.e->kind));
  auto months = [&](const std::string& prefix, std::vector<std::string>& out) {
    PartialDate m = civil_from_days(it.lo), last = civil_from_days(it.hi);
    for (m.day = 0, last.day = 0; m <= last; m.month = m.month == 12 ? 1 : m.month + 1, m.year += m.month == 1)
      out.push_back(prefix + m.to_string());
  };
  if (dated_to_month(it) && it.party_set.size() == 1) months("u|" + kind + "|" + *it.party_set.begin() + "|", active);
  if (dated_to_month(it) && it.party_set.size() >= 2)
    for (const auto& p : it.party_set) months("U|" + kind + "|" + p + "|", passive);
  if (it.e->ordinal) {
    std::string ord = std::to_string(*it.e->ordinal);
    if (it.party_set.empty() && !it.name_core.empty()) active.push_back("n|" + kind + "|" + ord);
    if (!it.mech.empty()) passive.push_back("N|" + kind + "|" + ord);
  }
  return {std::move(active), std::move(passive)};
}

bool is_ordinal_word(const std::string& w) {
  static const std::set<std::string, std::less<>> spelled = {
      "first",       "second",     "third",      "fourth",    "fifth",      "sixth",      "seventh",   "eighth",
      "ninth",       "tenth",      "eleventh",   "twelfth",   "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",  "twenty",     "thirty",    "inaugural"};
  if (spelled.count(w)) return true;
  size_t i = 0;
  while (i < w.size() && w[i] >= '0' && w[i] <= '9') ++i;
  if (i == 0) return false;
  std::string_view rest = std::string_view(w).substr(i);
  return rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
}

int score(const Item& a, const Item& b) {
  // A report of the same kind (or mechanism) fits better than a visit's talks (visit_and_its_talks()).
  int s = a.e->kind == b.e->kind || (!a.mech.empty() && a.mech == b.mech) ? 1 : 0;
  if (!a.mech.empty() && a.mech == b.mech) s += 4;
  if (a.e->date && b.e->date && *a.e->date == *b.e->date) s += 2;
  if (a.e->location && b.e->location && a.e->location->city && b.e->location->city) s += 1;
  return s;
}

std::string sentence_of(const std::string& text, const Span& span) {
  if (text.empty() || span.end > text.size() || span.empty()) return {};
  size_t b = span.start, e = span.end;
  while (b > 0 && text[b - 1] != '\n' && !(b >= 2 && text[b - 2] == '.' && text[b - 1] == ' ')) --b;
  while (e < text.size() && text[e] != '\n' && !(text[e] == '.' && (e + 1 == text.size() || text[e + 1] == ' '))) ++e;
  if (e < text.size() && text[e] == '.') ++e;
  if (e - b > 600) return std::string(span.of(text));
  return text.substr(b, e - b);
}

// Majority value (ties: the first in member order). Values are compared through `key`.
template <typename T, typename KeyFn>
std::optional<T> majority(const std::vector<std::optional<T>>& values, KeyFn key) {
  std::map<std::string, std::pair<int, size_t>> count;  // key -> (count, first position)
  for (size_t i = 0; i < values.size(); ++i) {
    if (!values[i]) continue;
    auto [it, fresh] = count.try_emplace(key(*values[i]), 0, i);
    ++it->second.first;
  }
  std::optional<size_t> best;
  int best_n = 0;
  for (const auto& [k, v] : count)
    if (v.first > best_n || (v.first == best_n && v.second < *best)) best = v.second, best_n = v.first;
  if (!best) return std::nullopt;
  return values[*best];
}

// A disagreement: the distinct values of one field and the documents giving each.
template <typename T, typename KeyFn, typename ShowFn>
void note_conflict(ojson& conflicts, const char* field, const std::vector<std::optional<T>>& values,
                   const std::vector<const Item*>& items, KeyFn key, ShowFn show) {
  std::map<std::string, std::pair<ojson, std::vector<std::string>>> by;
  for (size_t i = 0; i < values.size(); ++i)
    if (values[i]) {
      auto& slot = by[key(*values[i])];
      if (slot.second.empty()) slot.first = show(*values[i]);
      if (std::find(slot.second.begin(), slot.second.end(), items[i]->doc) == slot.second.end())
        slot.second.push_back(items[i]->doc);
    }
  if (by.size() < 2) return;
  ojson c;
  c["field"] = field;
  c["values"] = ojson::array();
  for (auto& [k, v] : by) c["values"].push_back(ojson{{"value", v.first}, {"docs", v.second}});
  conflicts.push_back(std::move(c));
}

// --- persons ---------------------------------------------------------------------------------------

struct PersonCluster {
  std::vector<std::string> words;  // of the fullest spelling
  std::optional<std::string> country;
  std::set<std::string> keys;
  std::map<std::string, int> spellings;  // display name -> count
};

bool subset_of(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  std::multiset<std::string> b(big.begin(), big.end());
  for (const auto& w : small) {
    auto it = b.find(w);
    if (it == b.end()) return false;
    b.erase(it);
  }
  return true;
}

}  // namespace

std::string person_key(std::string_view name) {
  auto w = name_words(name);
  std::sort(w.begin(), w.end());
  return join(w, " ");
}

std::string last_day(const PartialDate& d) { return civil_from_days(day_end(d)).to_string(); }

std::string Fuser::mechanism_key(const std::optional<std::string>& m) const {
  if (!m || m->empty()) return {};
  return join(cmp_.mechanism_key(*m), " ");
}

std::string participant_key(const Participant& p) {
  auto w = name_words(p.name);
  if (w.empty()) return {};
  std::sort(w.begin(), w.end());
  return p.country.value_or("") + "|" + join(w, " ");
}

std::optional<size_t> PersonIndex::find(const Participant& p) const {
  auto it = of.find(participant_key(p));
  if (it == of.end()) return std::nullopt;
  return it->second;
}

PersonIndex resolve_persons(const std::map<std::string, std::map<std::string, int>>& spellings) {
  struct Seed {
    std::vector<std::string> words;  // sorted
    std::string key;                 // words joined
    std::optional<std::string> country;
    const std::string* pkey;
  };
  std::vector<Seed> seeds;
  for (const auto& [pk, names] : spellings) {
    auto bar = pk.find('|');
    Seed s;
    s.pkey = &pk;
    if (bar > 0) s.country = pk.substr(0, bar);
    s.key = pk.substr(bar + 1);
    std::istringstream in(s.key);
    for (std::string w; in >> w;) s.words.push_back(w);
    if (s.words.empty()) continue;
    std::sort(s.words.begin(), s.words.end());
    seeds.push_back(std::move(s));
  }
  // Fullest spellings first, so shorter ones attach to them.
  std::sort(seeds.begin(), seeds.end(), [](const Seed& a, const Seed& b) {
    if (a.words.size() != b.words.size()) return a.words.size() > b.words.size();
    if (a.country != b.country) return a.country < b.country;
    return a.key < b.key;
  });
  std::vector<PersonCluster> pclusters;
  std::map<std::string, std::vector<size_t>> with_word;  // word -> clusters holding it, ascending
  PersonIndex index;
  for (const auto& s : seeds) {
    // A cluster can only hold every word of the seed if it holds its first one.
    std::vector<size_t> cands;
    auto ww = with_word.find(s.words.front());
    if (ww != with_word.end())
      for (size_t c : ww->second) {
        const auto& pc = pclusters[c];
        if (s.country && pc.country && *s.country != *pc.country) continue;
        if (subset_of(s.words, pc.words)) cands.push_back(c);
      }
    // A one-word name ("Chien") is only resolved when exactly one person fits.
    size_t target = pclusters.size();
    if (cands.size() == 1 || (cands.size() > 1 && s.words.size() >= 2)) target = cands[0];
    if (target == pclusters.size()) {
      PersonCluster pc;
      pc.words = s.words;
      pc.country = s.country;
      pclusters.push_back(std::move(pc));
      std::set<std::string> distinct(s.words.begin(), s.words.end());
      for (const auto& w : distinct) with_word[w].push_back(target);
    }
    pclusters[target].keys.insert(s.key);
    for (const auto& [name, n] : spellings.at(*s.pkey)) pclusters[target].spellings[name] += n;
    index.of[*s.pkey] = target;
  }
  std::set<std::string> used;
  for (auto& pc : pclusters) {
    PersonInfo info;
    std::string base = pc.country.value_or("") + "|" + join(pc.words, " ");
    info.id = "p-" + stable_hash(base);
    for (int n = 2; !used.insert(info.id).second; ++n) info.id = "p-" + stable_hash(base + "#" + std::to_string(n));
    // Display name: the fullest spelling, preferring one with diacritics, then the most used.
    std::tuple<size_t, bool, int> best_rank{0, false, 0};
    for (const auto& [name, n] : pc.spellings) {
      std::tuple<size_t, bool, int> rank{name_words(name).size(), !normalize::is_ascii(name), n};
      if (info.name.empty() || rank > best_rank) info.name = name, best_rank = rank;
      info.names.push_back(name);
    }
    info.country = pc.country;
    info.keys.assign(pc.keys.begin(), pc.keys.end());
    index.persons.push_back(std::move(info));
  }
  return index;
}

std::string PersonInfo::fingerprint() const {
  // Length-prefixed fields, hashed: unambiguous like a JSON dump, without building one (the store
  // computes this for every person each batch).
  std::string s;
  auto add = [&](std::string_view v) {
    s += std::to_string(v.size());
    s += ':';
    s += v;
  };
  add(id);
  add(name);
  s += country ? '+' : '-';
  if (country) add(*country);
  s += std::to_string(names.size());
  for (const auto& n : names) add(n);
  s += std::to_string(keys.size());
  for (const auto& k : keys) add(k);
  return stable_hash(s);
}

Person assemble_person(const PersonInfo& info, std::vector<Role> roles) {
  std::sort(roles.begin(), roles.end(), [](const Role& a, const Role& b) {
    return std::tie(a.published, a.doc, a.occasion, a.held_first, a.index, a.pos) <
           std::tie(b.published, b.doc, b.occasion, b.held_first, b.index, b.pos);
  });
  Person p;
  p.id = info.id;
  p.name = info.name;
  p.country = info.country;
  p.keys = info.keys;
  ojson rv = ojson::array();
  std::set<std::string> occasions;
  for (auto& r : roles) {
    occasions.insert(r.occasion);
    rv.push_back(std::move(r.body));
  }
  p.body["id"] = p.id;
  p.body["name"] = p.name;
  p.body["country"] = p.country ? ojson(*p.country) : ojson();
  p.body["names"] = info.names;
  p.body["roles"] = std::move(rv);
  p.body["occasions"] = std::vector<std::string>(occasions.begin(), occasions.end());
  return p;
}

std::string person_body_json(const PersonInfo& info, std::vector<RoleText> roles) {
  std::sort(roles.begin(), roles.end(), [](const RoleText& a, const RoleText& b) {
    return std::tie(a.published, a.doc, a.occasion, a.held_first, a.index, a.pos) <
           std::tie(b.published, b.doc, b.occasion, b.held_first, b.index, b.pos);
  });
  // The members before `roles`, in assemble_person's order; the compact dump of an object nests
  // every value exactly as that value's own compact dump.
  ojson head;
  head["id"] = info.id;
  head["name"] = info.name;
  head["country"] = info.country ? ojson(*info.country) : ojson();
  head["names"] = info.names;
  std::string out = head.dump();
  out.pop_back();  // '}'
  out += ",\"roles\":[";
  std::set<std::string> occasions;
  for (size_t i = 0; i < roles.size(); ++i) {
    if (i) out += ',';
    out += roles[i].body;
    occasions.insert(roles[i].occasion);
  }
  out += "],\"occasions\":";
  out += ojson(std::vector<std::string>(occasions.begin(), occasions.end())).dump();
  out += '}';
  return out;
}

// The block of reports that may name no party: same kind, ordinal and city (see compatible()).
static std::optional<std::string> ordinal_city_key(const Item& it) {
  if (!it.e->ordinal || !it.e->location || !it.e->location->city) return std::nullopt;
  return std::string("o|") + to_string(it.e->kind) + "|" + std::to_string(*it.e->ordinal) + "|" +
         normalize::fold(*it.e->location->city);
}

// The block of a visit and the talks held during it (see visit_and_its_talks()): parties and city.
static std::optional<std::string> visit_talks_key(const Item& it) {
  if (it.e->kind != EngagementKind::kVisit && it.e->kind != EngagementKind::kBilateralMeeting) return std::nullopt;
  if (it.party_set.size() < 2 || !it.e->location || !it.e->location->city) return std::nullopt;
  if (it.lo == LONG_MIN || it.hi == LONG_MAX) return std::nullopt;
  return "q|" + it.parties + "|" + normalize::fold(*it.e->location->city) + "|";
}

// The fusion view of one engagement (its mechanism key, parties, time window, identity key).
Item Fuser::make_item(const SourceRecord& r, size_t i) const {
  const Engagement& e = r.record.engagements[i];
  Item it;
  it.src = &r;
  it.e = &e;
  it.doc = r.record.doc;
  it.index = static_cast<int>(i);
  it.mech = mechanism_key(e.mechanism);
  if (e.mechanism && !e.mechanism->empty()) it.mech_words = cmp_.mechanism_key(*e.mechanism);
  for (const auto& c : e.countries) it.party_set.insert(c);
  for (const auto& g : e.groups) it.party_set.insert("g:" + normalize::fold(g));
  it.parties = join({it.party_set.begin(), it.party_set.end()}, ",");
  if (it.party_set.empty() && e.ordinal && e.name) {
    // At least two words besides the ordinal: "the fifth dialogue" alone says too little.
    for (auto& w : cmp_.mechanism_key(*e.name))
      if (!is_ordinal_word(w)) it.name_core.push_back(std::move(w));
    if (it.name_core.size() < 2) it.name_core.clear();
  }
  if (e.date) {
    it.dated = true;
    it.lo = day_start(*e.date);
    it.hi = day_end(e.end_date && *e.end_date >= *e.date ? *e.end_date : *e.date);
  } else if (r.record.published) {
    long ps = day_start(*r.record.published), pe = day_end(*r.record.published);
    if (e.status == EngagementStatus::kHeld) {
      it.lo = ps - 90, it.hi = pe;
    } else {
      it.lo = ps - 7, it.hi = pe + 1100;
    }
  }
  if (!it.mech.empty() && e.ordinal) {
    it.key = "m|" + it.mech + "|" + std::to_string(*e.ordinal);
  } else {
    it.key = std::string("e|") + to_string(e.kind) + "|" + it.parties + "|" +
             (e.date               ? e.date->to_string()
              : r.record.published ? "p" + r.record.published->to_string()
                                   : "") +
             "|" + it.mech + "|" + (e.name ? normalize::fold(*e.name) : "");
  }
  return it;
}

namespace {

// Second step of clustering: an occasion whose reports name fewer parties than another occasion's
// (one side's country only, or none) joins it when every pair of their reports is compatible() or
// attaches(), and no other occasion fits as well (weak evidence is only used when it is unambiguous).
// An occasion that attaches elsewhere takes no one; occasions attaching to the same one must agree
// with each other too. A function of the clusters (in order), so of the sorted records; every
// occasion it looks at shares an attach key with the one attaching, so the store's closure holds it.
void attach_clusters(const std::vector<Item>& items, std::vector<std::vector<size_t>>& clusters) {
  const size_t none = clusters.size();
  std::map<std::string, std::vector<size_t>> passive_of;  // passive key -> clusters, ascending
  std::vector<std::vector<std::string>> active_of(clusters.size());
  for (size_t c = 0; c < clusters.size(); ++c)
    for (size_t i : clusters[c]) {
      auto [active, passive] = attach_keys(items[i]);
      for (auto& k : passive) {
        auto& v = passive_of[k];
        if (v.empty() || v.back() != c) v.push_back(c);
      }
      active_of[c].insert(active_of[c].end(), active.begin(), active.end());
    }
  auto fits = [&](const std::vector<size_t>& from, const std::vector<size_t>& to, bool both_ways) {
    for (size_t d : from)
      for (size_t c : to)
        if (!compatible(items[d], items[c]) && !attaches(items[d], items[c]) &&
            !(both_ways && attaches(items[c], items[d])))
          return false;
    return true;
  };
  std::vector<size_t> target(clusters.size(), none);
  for (size_t d = 0; d < clusters.size(); ++d) {
    if (active_of[d].empty()) continue;
    std::vector<size_t> cands;
    for (const auto& k : active_of[d])
      for (const auto& l : linked_keys(k)) {
        auto h = passive_of.find(l);
        if (h != passive_of.end()) cands.insert(cands.end(), h->second.begin(), h->second.end());
      }
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    int n = 0;
    for (size_t c : cands)
      if (c != d && fits(clusters[d], clusters[c], false)) ++n, target[d] = c;
    if (n != 1) target[d] = none;
  }
  std::vector<std::vector<size_t>> attached(clusters.size());
  for (size_t d = 0; d < clusters.size(); ++d) {
    size_t c = target[d];
    if (c == none || target[c] != none || !fits(clusters[d], attached[c], true)) continue;
    attached[c].insert(attached[c].end(), clusters[d].begin(), clusters[d].end());
  }
  for (size_t d = 0; d < clusters.size(); ++d) {
    size_t c = target[d];
    if (c == none || target[c] != none) continue;
    if (std::find(attached[c].begin(), attached[c].end(), clusters[d].front()) == attached[c].end()) continue;
    clusters[c].insert(clusters[c].end(), clusters[d].begin(), clusters[d].end());
    clusters[d].clear();
  }
}

}  // namespace

std::vector<std::string> linked_keys(const std::string& key) {
  if (key.size() < 2 || key[1] != '|') return {key};
  switch (key[0]) {
    case 'P':
    case 'M':
      return {};  // class keys: reached only from a `*` key
    case 'p':
    case 'm': {
      std::string cls = key.substr(0, key.rfind('|'));
      if (key.ends_with("|*")) return {key, std::string(1, key[0] == 'p' ? 'P' : 'M') + cls.substr(1)};
      return {key, cls + "|*"};
    }
    case 'u':
      return {"U" + key.substr(1)};
    case 'U':
      return {"u" + key.substr(1)};
    case 'n':
      return {"N" + key.substr(1)};
    case 'N':
      return {"n" + key.substr(1)};
    default:
      return {key};
  }
}

std::vector<ItemKeys> Fuser::index_record(const SourceRecord& r) const {
  std::vector<ItemKeys> out;
  for (size_t i = 0; i < r.record.engagements.size(); ++i) {
    Item it = make_item(r, i);
    ItemKeys k;
    k.index = static_cast<int>(i);
    if (it.key[0] == 'm') k.blocks.push_back("s|" + it.key);
    if (auto o = ordinal_city_key(it)) k.blocks.push_back(*o);
    // Same mechanism or same kind and parties, and overlapping windows: filed under every calendar
    // month the window covers (`*` when unbounded), so a busy dyad or a long series does not become
    // one block; a dated report files under one or two months.
    auto bucketed = [&](const std::string& prefix) {
      if (it.lo == LONG_MIN || it.hi == LONG_MAX) {
        k.blocks.push_back(prefix + "*");
        return;
      }
      PartialDate m = civil_from_days(it.lo), last = civil_from_days(it.hi);
      for (m.day = 0, last.day = 0; m <= last; m.month = m.month == 12 ? 1 : m.month + 1, m.year += m.month == 1)
        k.blocks.push_back(prefix + m.to_string());
    };
    if (!it.mech.empty()) bucketed("m|" + it.mech + "|");
    if (!it.parties.empty()) bucketed(std::string("p|") + to_string(it.e->kind) + "|" + it.parties + "|");
    if (auto q = visit_talks_key(it)) bucketed(*q);
    auto [active, passive] = attach_keys(it);
    k.blocks.insert(k.blocks.end(), active.begin(), active.end());
    k.blocks.insert(k.blocks.end(), passive.begin(), passive.end());
    for (const auto& part : it.e->participants) {
      std::string pk = participant_key(part);
      if (!pk.empty()) k.names.emplace_back(pk, part.name);
    }
    out.push_back(std::move(k));
  }
  return out;
}

Result Fuser::fuse(std::vector<SourceRecord> records) const {
  // Persons first (they depend on every spelling), then occasions, then each person's roles.
  std::map<std::string, std::map<std::string, int>> spellings;
  for (const auto& r : records)
    for (const auto& e : r.record.engagements)
      for (const auto& p : e.participants) {
        std::string pk = participant_key(p);
        if (!pk.empty()) ++spellings[pk][p.name];
      }
  PersonIndex persons = resolve_persons(spellings);
  Result result;
  result.occasions = fuse_occasions(std::move(records), persons);
  std::vector<std::vector<Role>> roles(persons.persons.size());
  std::map<std::string, size_t> by_id;
  for (size_t c = 0; c < persons.persons.size(); ++c) by_id[persons.persons[c].id] = c;
  for (const auto& o : result.occasions)
    for (const auto& r : o.roles) roles[by_id.at(r.person)].push_back(r);
  for (size_t c = 0; c < persons.persons.size(); ++c)
    result.persons.push_back(assemble_person(persons.persons[c], std::move(roles[c])));
  std::sort(result.persons.begin(), result.persons.end(), [](const Person& a, const Person& b) { return a.id < b.id; });
  return result;
}

std::vector<Occasion> Fuser::fuse_occasions(std::vector<SourceRecord> records, const PersonIndex& persons) const {
  std::sort(records.begin(), records.end(),
            [](const SourceRecord& a, const SourceRecord& b) { return a.record.doc < b.record.doc; });
  // Later duplicates of a doc id replace earlier ones only in the store; here ids are unique.

  std::vector<Item> items;
  for (const auto& r : records) {
    if (r.only) {
      for (int i : *r.only)
        if (i >= 0 && static_cast<size_t>(i) < r.record.engagements.size())
          items.push_back(make_item(r, static_cast<size_t>(i)));
    } else {
      for (size_t i = 0; i < r.record.engagements.size(); ++i) items.push_back(make_item(r, i));
    }
  }

  // Clustering: strong keys first, then every other item in (doc, index) order. An item can only
  // be compatible with an item of the same mechanism, or of the same kind and parties, or of the
  // same kind and ordinal (a report naming no party), so only the
  // clusters holding such an item are candidates (visited in cluster order, as a full scan would).
  std::vector<std::vector<size_t>> clusters;
  std::map<std::string, size_t> strong;
  std::map<std::string, std::vector<size_t>> holding;  // blocking key -> clusters, ascending
  auto blocking = [&](const Item& it) {
    std::vector<std::string> k;
    if (!it.mech.empty()) k.push_back("m|" + it.mech);
    if (!it.parties.empty()) k.push_back(std::string("p|") + to_string(it.e->kind) + "|" + it.parties);
    if (auto o = ordinal_city_key(it)) k.push_back(*o);
    if (auto q = visit_talks_key(it)) k.push_back(*q);
    return k;
  };
  auto join_cluster = [&](size_t i, size_t c) {
    clusters[c].push_back(i);
    for (const auto& k : blocking(items[i])) {
      auto& v = holding[k];
      auto pos = std::lower_bound(v.begin(), v.end(), c);
      if (pos == v.end() || *pos != c) v.insert(pos, c);
    }
  };
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].key[0] != 'm') continue;
    auto [it, fresh] = strong.try_emplace(items[i].key, clusters.size());
    if (fresh) clusters.emplace_back();
    join_cluster(i, it->second);
  }
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].key[0] == 'm') continue;
    std::vector<size_t> cands;
    for (const auto& k : blocking(items[i])) {
      auto h = holding.find(k);
      if (h != holding.end()) cands.insert(cands.end(), h->second.begin(), h->second.end());
    }
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    int best_score = 0;
    size_t best = clusters.size();
    for (size_t c : cands) {
      int s = 0;
      bool ok = true;
      for (size_t m : clusters[c]) {
        if (!compatible(items[i], items[m])) {
          ok = false;
          break;
        }
        s += score(items[i], items[m]);
      }
      if (ok && s > best_score) best_score = s, best = c;
    }
    if (best == clusters.size()) clusters.emplace_back();
    join_cluster(i, best);
  }
  attach_clusters(items, clusters);

  auto person_index = [&](const Participant& p) { return persons.find(p); };

  // Reconcile each cluster into an occasion.
  std::vector<Occasion> result;
  std::set<std::string> used_ids;
  for (auto& cl : clusters) {
    if (cl.empty()) continue;  // attached to another
    std::sort(cl.begin(), cl.end());
    std::vector<const Item*> ms;
    for (size_t i : cl) ms.push_back(&items[i]);
    // Order of reports: held before planned for field preference, then (doc, index).
    std::vector<const Item*> pref = ms;
    std::stable_sort(pref.begin(), pref.end(), [](const Item* a, const Item* b) {
      return (a->e->status == EngagementStatus::kHeld) > (b->e->status == EngagementStatus::kHeld);
    });
    bool any_held = pref.front()->e->status == EngagementStatus::kHeld;
    bool any_planned = false, any_main = false;
    for (auto* m : ms) {
      any_planned = any_planned || m->e->status == EngagementStatus::kPlanned;
      any_main = any_main || m->e->salience == Salience::kMain;
    }
    Occasion o;
    // Id: a strong key if any; else the held, most precisely dated member's key.
    const Item* idm = pref.front();
    for (auto* m : pref) {
      auto rank = [](const Item* x) {
        return std::make_tuple(x->key[0] == 'm', x->e->status == EngagementStatus::kHeld, precision(x->e->date));
      };
      if (rank(m) > rank(idm) || (rank(m) == rank(idm) && m->key < idm->key)) idm = m;
    }
    o.id = "occ-" + stable_hash(idm->key);
    // Two occasions whose best keys coincide (undated reports alike in every field): numbered in
    // cluster order, which is itself a function of the sorted records.
    for (int n = 2; !used_ids.insert(o.id).second; ++n) o.id = "occ-" + stable_hash(idm->key + "#" + std::to_string(n));
    for (auto* m : ms) {
      std::string alt = "occ-" + stable_hash(m->key);
      if (alt != o.id && std::find(o.merged_from.begin(), o.merged_from.end(), alt) == o.merged_from.end())
        o.merged_from.push_back(alt);
      o.members.push_back({m->doc, m->index});
    }
    std::sort(o.merged_from.begin(), o.merged_from.end());

    ojson conflicts = ojson::array();
    // Pool for facts: held reports when there are any (a plan's date is not the event's).
    std::vector<const Item*> pool;
    for (auto* m : ms)
      if (!any_held || m->e->status == EngagementStatus::kHeld) pool.push_back(m);

    // Kind: majority.
    std::vector<std::optional<EngagementKind>> kinds;
    for (auto* m : pref) kinds.push_back(m->e->kind);
    EngagementKind kind = *majority(kinds, [](EngagementKind k) { return std::string(to_string(k)); });
    // Talks reported of a visit are part of it (visit_and_its_talks()): the occasion is the visit.
    if (kind == EngagementKind::kBilateralMeeting &&
        std::none_of(ms.begin(), ms.end(), [](const Item* m) { return !m->mech.empty(); }) &&
        std::any_of(ms.begin(), ms.end(), [](const Item* m) { return m->e->kind == EngagementKind::kVisit; }))
      kind = EngagementKind::kVisit;
    // Date: the most precise date every pooled report allows; else the majority, flagged.
    std::vector<std::optional<PartialDate>> dates, ends;
    for (auto* m : pool) dates.push_back(m->e->date), ends.push_back(m->e->end_date);
    std::optional<PartialDate> date;
    {
      std::vector<PartialDate> ds;
      for (auto& d : dates)
        if (d) ds.push_back(*d);
      std::sort(ds.begin(), ds.end(), [](const PartialDate& a, const PartialDate& b) {
        return std::make_tuple(precision(a), b) > std::make_tuple(precision(b), a);
      });
      for (const auto& cand : ds) {
        bool all = true;
        for (const auto& d : ds) all = all && allows(d, cand);
        if (all) {
          date = cand;
          break;
        }
      }
      if (!date && !ds.empty()) {
        // Disagreeing dates: take the majority among the most precise forms, and flag.
        date = majority(dates, [](const PartialDate& d) { return d.to_string(); });
        note_conflict(
            conflicts, "date", dates, pool, [](const PartialDate& d) { return d.to_string(); },
            [](const PartialDate& d) { return d.to_string(); });
      }
    }
    auto end_date = majority(ends, [](const PartialDate& d) { return d.to_string(); });
    note_conflict(
        conflicts, "end_date", ends, pool, [](const PartialDate& d) { return d.to_string(); },
        [](const PartialDate& d) { return d.to_string(); });
    // Place.
    std::vector<std::optional<std::string>> cities, lcountries, names, mechs;
    std::vector<std::optional<int>> ordinals;
    for (auto* m : pool) {
      cities.push_back(m->e->location ? m->e->location->city : std::nullopt);
      lcountries.push_back(m->e->location ? m->e->location->country : std::nullopt);
    }
    auto folded = [](const std::string& s) { return normalize::fold(s); };
    auto same = [](const std::string& s) { return s; };
    auto city = majority(cities, folded);
    auto lcountry = majority(lcountries, same);
    note_conflict(conflicts, "location.city", cities, pool, folded, same);
    note_conflict(conflicts, "location.country", lcountries, pool, same, same);
    for (auto* m : pref) {
      names.push_back(m->e->name);
      mechs.push_back(m->e->mechanism);
      ordinals.push_back(m->e->ordinal);
    }
    auto name = majority(names, folded);
    std::string mkey;
    for (auto* m : pref)
      if (!m->mech.empty()) {
        mkey = m->mech;
        break;
      }
    std::vector<std::optional<std::string>> same_mechs;
    for (auto* m : pref)
      if (m->mech == mkey) same_mechs.push_back(m->e->mechanism);
    auto mechanism = mkey.empty() ? std::nullopt : majority(same_mechs, same);
    auto ordinal = majority(ordinals, [](int v) { return std::to_string(v); });
    note_conflict(
        conflicts, "ordinal", ordinals, ms, [](int v) { return std::to_string(v); }, [](int v) { return ojson(v); });

    // Parties, participants, areas: unions in member order.
    std::vector<std::string> countries, groups;
    std::map<std::string, std::vector<std::string>> area_docs;
    ojson participants = ojson::array();
    std::vector<std::string> seen_persons;
    for (auto* m : pref) {
      for (const auto& c : m->e->countries)
        if (std::find(countries.begin(), countries.end(), c) == countries.end()) countries.push_back(c);
      for (const auto& g : m->e->groups)
        if (std::find(groups.begin(), groups.end(), g) == groups.end()) groups.push_back(g);
      for (const auto& a : m->e->areas) {
        auto& docs = area_docs[a];
        if (std::find(docs.begin(), docs.end(), m->doc) == docs.end()) docs.push_back(m->doc);
      }
      for (size_t pos = 0; pos < m->e->participants.size(); ++pos) {
        const Participant& p = m->e->participants[pos];
        auto pi = person_index(p);
        std::string pid = pi ? persons.persons[*pi].id : "";
        if (pi) {
          Role role;
          role.person = pid;
          role.occasion = o.id;
          role.doc = m->doc;
          role.published = m->src->record.published ? m->src->record.published->to_string() : "";
          role.held_first = m->e->status == EngagementStatus::kHeld ? 0 : 1;
          role.index = m->index;
          role.pos = static_cast<int>(pos);
          ojson& rb = role.body;
          reserve_keys(rb, 7);
          rb["occasion"] = o.id;
          rb["doc"] = m->doc;
          rb["published"] = m->src->record.published ? ojson(role.published) : ojson();
          rb["name"] = p.name;
          rb["title"] = p.title ? ojson(*p.title) : ojson();
          rb["rank"] = p.rank ? ojson(*p.rank) : ojson();
          rb["organization"] = p.organization ? ojson(*p.organization) : ojson();
          o.roles.push_back(std::move(role));
        }
        if (pi && std::find(seen_persons.begin(), seen_persons.end(), pid) != seen_persons.end()) {
          // Fill fields the first report left empty.
          for (auto& q : participants)
            if (q["person_id"] == pid) {
              if (q["title"].is_null() && p.title) q["title"] = *p.title;
              if (q["rank"].is_null() && p.rank) q["rank"] = *p.rank;
              if (q["organization"].is_null() && p.organization) q["organization"] = *p.organization;
              if (q["country"].is_null() && p.country) q["country"] = *p.country;
            }
          continue;
        }
        if (pi) seen_persons.push_back(pid), o.persons.push_back(pid);
        ojson q;
        reserve_keys(q, 6);
        q["person_id"] = pi ? ojson(pid) : ojson();
        q["name"] = pi ? persons.persons[*pi].name : p.name;
        q["country"] = p.country ? ojson(*p.country) : ojson();
        q["title"] = p.title ? ojson(*p.title) : ojson();
        q["rank"] = p.rank ? ojson(*p.rank) : ojson();
        q["organization"] = p.organization ? ojson(*p.organization) : ojson();
        participants.push_back(std::move(q));
      }
    }

    // Reports, in (published, doc) order, with evidence and sentences.
    std::vector<const Item*> by_pub = ms;
    std::stable_sort(by_pub.begin(), by_pub.end(), [](const Item* a, const Item* b) {
      auto pa = a->src->record.published, pb = b->src->record.published;
      return std::make_tuple(pa.value_or(PartialDate{}), a->doc, a->index) <
             std::make_tuple(pb.value_or(PartialDate{}), b->doc, b->index);
    });
    ojson reports = ojson::array();
    ojson committed_in = ojson::array(), held_in = ojson::array();
    std::optional<PartialDate> due;
    std::optional<PartialDate> due_published;
    for (auto* m : by_pub) {
      ojson r;
      reserve_keys(r, 6);
      r["doc"] = m->doc;
      auto pub = m->src->record.published;
      r["published"] = pub ? ojson(pub->to_string()) : ojson();
      r["status"] = to_string(m->e->status);
      r["salience"] = to_string(m->e->salience);
      r["engagement"] = m->index;
      ojson ev = ojson::array();
      std::string sentences;
      for (const auto& s : m->e->evidence) {
        ev.push_back(ojson{{"start", s.start}, {"end", s.end}});
        std::string sent = sentence_of(m->src->text, s);
        if (!sent.empty() && sentences.find(sent) == std::string::npos) {
          if (!sentences.empty()) sentences += ' ';
          sentences += sent;
        }
      }
      r["evidence"] = std::move(ev);
      if (!sentences.empty()) {
        if (!o.text.empty()) o.text += '\n';
        o.text += sentences;
      }
      ojson ref{{"doc", m->doc}, {"published", r["published"]}};
      if (m->e->status == EngagementStatus::kHeld) {
        held_in.push_back(ref);
      } else {
        ref["status"] = to_string(m->e->status);
        ref["date"] = m->e->date ? ojson(m->e->date->to_string()) : ojson();
        ref["sentence"] = sentences.empty() ? ojson() : ojson(sentences);
        committed_in.push_back(ref);
        // The latest statement of when wins (a plan restated later may have moved).
        if (m->e->date && (!due || !due_published || pub.value_or(PartialDate{}) >= *due_published))
          due = m->e->date, due_published = pub.value_or(PartialDate{});
      }
      reports.push_back(std::move(r));
    }
    if (o.text.empty()) {
      // No text stored (records ingested without articles): search the names instead.
      if (name) o.text = *name;
      if (mechanism) o.text += (o.text.empty() ? "" : " ") + *mechanism;
    }

    ojson& b = o.body;
    reserve_keys(b, 18);
    b["id"] = o.id;
    b["kind"] = to_string(kind);
    b["status"] = any_held ? "held" : any_planned ? "planned" : "proposed";
    b["salience"] = any_main ? "main" : "background";
    b["name"] = name ? ojson(*name) : ojson();
    b["mechanism"] = mechanism ? ojson(*mechanism) : ojson();
    b["ordinal"] = ordinal ? ojson(*ordinal) : ojson();
    b["date"] = date ? ojson(date->to_string()) : ojson();
    b["end_date"] = end_date ? ojson(end_date->to_string()) : ojson();
    if (city || lcountry)
      b["location"] =
          ojson{{"city", city ? ojson(*city) : ojson()}, {"country", lcountry ? ojson(*lcountry) : ojson()}};
    else
      b["location"] = ojson();
    b["countries"] = countries;
    b["groups"] = groups;
    b["participants"] = std::move(participants);
    ojson areas = ojson::array(), support = ojson::object();
    for (const auto& [a, docs] : area_docs) {
      areas.push_back(a);
      support[a] = docs;
      o.areas.push_back(a);
    }
    b["areas"] = std::move(areas);
    b["area_support"] = std::move(support);
    b["reports"] = std::move(reports);
    b["conflicts"] = std::move(conflicts);
    b["merged_from"] = o.merged_from;

    o.kind = to_string(kind);
    o.status = b["status"].get<std::string>();
    o.mechanism = mechanism.value_or("");
    o.mechanism_key = mkey;
    o.ordinal = ordinal;
    o.date_sort = date ? date->to_string() : "";
    o.date_end = date ? last_day(end_date && *end_date >= *date ? *end_date : *date) : "";
    o.countries = countries;
    o.groups = groups;

    if (!committed_in.empty()) {
      Commitment c;
      c.due = due;
      c.held = any_held;
      std::vector<std::string> by;
      for (auto* m : ms)
        if (m->e->status != EngagementStatus::kHeld)
          for (const auto& cc : m->e->countries)
            if (std::find(by.begin(), by.end(), cc) == by.end()) by.push_back(cc);
      c.body["occasion"] = o.id;
      c.body["status"] = nullptr;  // filled at query time
      c.body["mechanism"] = b["mechanism"];
      c.body["ordinal"] = b["ordinal"];
      c.body["name"] = b["name"];
      c.body["due"] = due ? ojson(due->to_string()) : ojson();
      c.body["by"] = by;
      c.body["committed_in"] = std::move(committed_in);
      c.body["held_in"] = std::move(held_in);
      o.commitment = std::move(c);
    }
    result.push_back(std::move(o));
  }
  std::sort(result.begin(), result.end(), [](const Occasion& a, const Occasion& b) {
    return std::tie(a.date_sort, a.id) < std::tie(b.date_sort, b.id);
  });
  return result;
}

}  // namespace attache::fuse
