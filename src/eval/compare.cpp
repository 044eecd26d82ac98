#include "eval/compare.h"

#include <algorithm>

#include "eval/hungarian.h"
#include "normalize/fold.h"

namespace attache::eval {

namespace {

bool is_word_byte(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// the/of/and carry no meaning for the comparison; "defense" is spelled one way.
void drop_and_map(std::vector<std::string>& ws) {
  std::erase_if(ws, [](const std::string& w) { return w == "the" || w == "of" || w == "and"; });
  for (auto& w : ws) {
    if (w == "defense") w = "defence";
  }
}

std::string join(const std::vector<std::string>& ws, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (i > from) out += ' ';
    out += ws[i];
  }
  return out;
}

// Words of a mechanism or country name, before country runs are replaced.
std::vector<std::string> mechanism_words(std::string_view s) {
  std::string spaced;
  spaced.reserve(s.size() + 8);
  for (char c : s) {
    if (c == '+') {
      spaced += " plus ";
    } else {
      spaced += c;
    }
  }
  std::vector<std::string> ws = words(spaced);
  drop_and_map(ws);
  return ws;
}

constexpr size_t kMaxCountryRun = 5;

}  // namespace

std::vector<std::string> words(std::string_view s) {
  const std::string folded = normalize::fold(s);
  std::vector<std::string> out;
  std::string cur;
  for (char ch : folded) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\'') continue;  // fold() maps the typographic apostrophes to '
    if (is_word_byte(c)) {
      cur += ch;
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

TokenKey name_key(std::string_view name) {
  TokenKey k = words(name);
  std::sort(k.begin(), k.end());
  return k;
}

bool names_equal(const TokenKey& a, const TokenKey& b) {
  if (a == b) return !a.empty();
  const TokenKey& shorter = a.size() <= b.size() ? a : b;
  const TokenKey& longer = a.size() <= b.size() ? b : a;
  if (shorter.size() < 2) return false;
  return std::includes(longer.begin(), longer.end(), shorter.begin(), shorter.end());
}

TokenKey phrase_key(std::string_view s) {
  TokenKey k = words(s);
  drop_and_map(k);
  std::sort(k.begin(), k.end());
  return k;
}

bool phrases_equal(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (!a || !b) return !a && !b;
  return phrase_key(*a) == phrase_key(*b);
}

bool dates_equal(const std::optional<PartialDate>& a, const std::optional<PartialDate>& b) {
  if (!a || !b) return !a && !b;
  return a->to_string() == b->to_string();
}

bool dates_same_month(const std::optional<PartialDate>& a, const std::optional<PartialDate>& b) {
  if (!a || !b) return !a && !b;
  return a->year == b->year && a->month == b->month;
}

bool locations_equal(const std::optional<Location>& a, const std::optional<Location>& b) {
  const Location none;
  const Location& x = a ? *a : none;
  const Location& y = b ? *b : none;
  if (x.country != y.country) return false;
  if (!x.city || !y.city) return !x.city && !y.city;
  return normalize::fold(*x.city) == normalize::fold(*y.city);
}

std::vector<std::string> as_set(const std::vector<std::string>& v) {
  std::vector<std::string> s = v;
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
  return s;
}

size_t shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

Comparer::Comparer(const gazetteer::CountryTable& countries) : countries_(countries) {
  for (const auto& c : countries_.all()) {
    auto add = [&](const std::string& form) {
      std::vector<std::string> ws = mechanism_words(form);
      if (!ws.empty() && ws.size() <= kMaxCountryRun)
        country_runs_.insert_or_assign(join(ws, 0, ws.size()), c.code);
    };
    add(c.name);
    for (const auto& n : c.names) add(n);
  }
  // A form two countries share goes to the one CountryTable::lookup() gives (its later-wins rule).
  for (auto& [run, code] : country_runs_) {
    if (auto owner = countries_.lookup(run)) code = *owner;
  }
}

TokenKey Comparer::mechanism_key(std::string_view mechanism) const {
  const std::vector<std::string> ws = mechanism_words(mechanism);
  TokenKey key;
  for (size_t i = 0; i < ws.size();) {
    bool replaced = false;
    for (size_t len = std::min(kMaxCountryRun, ws.size() - i); len >= 1; --len) {
      auto it = country_runs_.find(join(ws, i, i + len));
      if (it != country_runs_.end()) {
        key.push_back(it->second);  // upper case: cannot collide with a folded word
        i += len;
        replaced = true;
        break;
      }
    }
    if (!replaced) key.push_back(ws[i++]);
  }
  std::sort(key.begin(), key.end());
  return key;
}

bool Comparer::mechanisms_equal(const std::optional<std::string>& a,
                                const std::optional<std::string>& b) const {
  if (!a || !b) return !a && !b;
  return mechanism_key(*a) == mechanism_key(*b);
}

EngagementKeys Comparer::keys(const Engagement& e) const {
  EngagementKeys k;
  for (const auto& p : e.participants) k.names.push_back(name_key(p.name));
  if (e.mechanism) k.mechanism = mechanism_key(*e.mechanism);
  k.countries = as_set(e.countries);
  k.areas = as_set(e.areas);
  k.groups = as_set(e.groups);
  // Groups join the countries as parties, so that an ASEAN meeting with no state named can match.
  std::vector<std::string> parties = e.countries;
  for (const auto& g : e.groups) parties.push_back("group:" + g);
  k.parties = as_set(parties);
  return k;
}

std::vector<ParticipantPair> Comparer::match_participants(const EngagementKeys& gold,
                                                          const EngagementKeys& pred) const {
  std::vector<ParticipantPair> out;
  if (gold.names.empty() || pred.names.empty()) return out;
  // 1 per pair of equal names, plus a little for exact equality: the count of pairs comes first.
  std::vector<std::vector<double>> w(gold.names.size(), std::vector<double>(pred.names.size(), 0.0));
  bool any = false;
  for (size_t g = 0; g < gold.names.size(); ++g) {
    for (size_t p = 0; p < pred.names.size(); ++p) {
      if (names_equal(gold.names[g], pred.names[p])) {
        w[g][p] = gold.names[g] == pred.names[p] ? 1.0 + 1e-4 : 1.0;
        any = true;
      }
    }
  }
  if (!any) return out;
  const std::vector<int> assigned = max_weight_assignment(w);
  for (size_t g = 0; g < assigned.size(); ++g) {
    if (assigned[g] >= 0) out.push_back({g, static_cast<size_t>(assigned[g])});
  }
  return out;
}

Similarity Comparer::similarity(const Engagement& gold, const EngagementKeys& gk, const Engagement& pred,
                                const EngagementKeys& pk) const {
  Similarity s;
  const bool mechanism_equal =
      gk.mechanism && pk.mechanism ? *gk.mechanism == *pk.mechanism : !gk.mechanism && !pk.mechanism;
  if (!gk.names.empty() || !pk.names.empty()) {
    const size_t matched = match_participants(gk, pk).size();
    s.primary = 2.0 * static_cast<double>(matched) / static_cast<double>(gk.names.size() + pk.names.size());
  } else {
    const size_t inter = shared(gk.parties, pk.parties);
    const size_t uni = gk.parties.size() + pk.parties.size() - inter;
    const double jaccard = uni ? static_cast<double>(inter) / static_cast<double>(uni) : 0.0;
    double mech_agree = 0.0;
    if (gk.mechanism && pk.mechanism) {
      mech_agree = mechanism_equal ? 1.0 : 0.0;
    } else if (!gk.mechanism && !pk.mechanism) {
      mech_agree = inter > 0 ? 1.0 : 0.0;  // two one-off meetings agree only if they share a party
    }
    s.primary = (jaccard + mech_agree) / 2.0;
  }
  if (s.primary <= 0.0) return s;
  s.total = s.primary;
  if (gold.kind == pred.kind) s.total += 0.1;
  if (mechanism_equal) s.total += 0.1;
  if (gold.status == pred.status) s.total += 0.05;
  if (gold.ordinal == pred.ordinal) s.total += 0.05;
  if (dates_equal(gold.date, pred.date)) s.total += 0.05;
  return s;
}

}  // namespace attache::eval
