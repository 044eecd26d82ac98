#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "annotate/annotations.h"
#include "normalize/fold.h"

namespace attache::annotate {

using gazetteer::EntryType;
using gazetteer::PhraseMatch;
using gazetteer::WordClass;
using segment::TokenizedText;

int ordinal_value(std::string_view w) {
  static const std::unordered_map<std::string_view, int> kWords = {
      {"first", 1},      {"second", 2},       {"third", 3},       {"fourth", 4},      {"fifth", 5},
      {"sixth", 6},      {"seventh", 7},      {"eighth", 8},      {"ninth", 9},       {"tenth", 10},
      {"eleventh", 11},  {"twelfth", 12},     {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
      {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
      {"inaugural", 1}};
  if (auto it = kWords.find(w); it != kWords.end()) return it->second;
  size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  if (digits == 0 || digits > 3) return 0;
  std::string_view suffix = w.substr(digits);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  int v = 0;
  for (size_t i = 0; i < digits; ++i) v = v * 10 + (w[i] - '0');
  return v;
}

namespace {

struct MatchIndex {
  std::vector<PhraseMatch> all;    // longest first at each start
  std::vector<uint32_t> first_at;  // token -> first index in `all`

  void build(size_t token_count) {
    first_at.assign(token_count + 1, static_cast<uint32_t>(all.size()));
    for (size_t m = all.size(); m-- > 0;) first_at[all[m].begin] = static_cast<uint32_t>(m);
    // tokens with no match point at the next token's first match (so
    // [first_at[i], first_at[i+1]) is i's range)
    for (size_t i = token_count; i-- > 0;) {
      if (first_at[i] > first_at[i + 1] || (first_at[i] < all.size() && all[first_at[i]].begin != i)) {
        first_at[i] = first_at[i + 1];
      }
    }
  }
  // longest match at token i of any of `types`
  const PhraseMatch* longest(size_t i, std::initializer_list<EntryType> types) const {
    if (i + 1 >= first_at.size()) return nullptr;
    for (uint32_t m = first_at[i]; m < all.size() && all[m].begin == i; ++m) {
      for (EntryType t : types) {
        if (all[m].entry.type == t) return &all[m];
      }
    }
    return nullptr;
  }
};

class Annotator {
 public:
  Annotator(const gazetteer::Knowledge& k, std::string_view text, const std::vector<Span>& body) : k_(k), text_(text) {
    a_.tokens = k.tokenizer.tokenize(text, body);
    const auto& t = a_.tokens;
    for (const auto& s : t.sentences) k.matcher.match_all(t, s.begin, s.end, idx_.all);
    idx_.build(t.tokens.size());
  }

  Annotations run() {
    simple_mentions();
    prefer_places();
    mechanisms();
    named_exercises();
    named_again();
    bloc_office_meetings();
    for (const auto& s : a_.tokens.sentences) {
      in_headline_ = headline(s);
      people_in(s);
    }
    in_headline_ = false;
    home_country();
    dateline();
    infer_countries();
    references();
    for (const auto& s : a_.tokens.sentences) {
      auto d = time::find_dates(a_.tokens, s.begin, s.end);
      a_.dates.insert(a_.dates.end(), d.begin(), d.end());
    }
    std::sort(a_.mentions.begin(), a_.mentions.end(), [](const Mention& x, const Mention& y) {
      return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
    });
    return std::move(a_);
  }

 private:
  // "George Town" is the capital of the Cayman Islands and Penang's chief city: a name that places.tsv gives to
  // places in several states is the one in the state the article names most (ties keep the file's first row).
  // Reorders the index, so that every later look-up sees the choice, and the place mentions made so far.
  void prefer_places() {
    std::unordered_map<std::string_view, int> named;
    for (const auto& m : a_.mentions) {
      if (m.type == MentionType::kCountry) ++named[k_.countries.all()[m.id].code];
    }
    auto& all = idx_.all;
    for (size_t a = 0; a < all.size(); ++a) {
      if (all[a].entry.type != EntryType::kPlace) continue;
      size_t best = a;
      for (size_t b = a + 1; b < all.size() && all[b].begin == all[a].begin; ++b) {
        if (all[b].end != all[a].end || all[b].entry.type != EntryType::kPlace) continue;
        const auto count = [&](size_t x) {
          auto it = named.find(k_.places[all[x].entry.id].country);
          return it == named.end() ? 0 : it->second;
        };
        if (count(b) > count(best)) best = b;
      }
      if (best == a) continue;
      for (auto& m : a_.mentions) {
        if (m.type == MentionType::kPlace && m.begin == all[a].begin && m.end == all[a].end) m.id = all[best].entry.id;
      }
      std::swap(all[a].entry, all[best].entry);
    }
  }

  const TokenizedText& t() const { return a_.tokens; }
  std::string_view norm(size_t i) const { return i < t().tokens.size() ? t().norm_of(i) : std::string_view(); }
  bool cap(size_t i) const { return i < t().tokens.size() && t().tokens[i].has(segment::kCapitalized); }
  // tokens that spell a state but stand as a given name after a rank ("Rear Admiral Jordan Patterson")
  std::set<size_t> given_name_tokens_;
  bool possessive(size_t i) const { return i < t().tokens.size() && t().tokens[i].has(segment::kPossessive); }

  void add(MentionType type, size_t b, size_t e, uint32_t id, bool demonym = false) {
    Mention m;
    m.type = type, m.begin = static_cast<uint32_t>(b), m.end = static_cast<uint32_t>(e), m.id = id, m.demonym = demonym;
    a_.mentions.push_back(m);
  }

  // Countries, groups, places, areas, triggers, status cues: longest match per
  // category, left to right.
  void simple_mentions() {
    const size_t n = t().tokens.size();
    std::array<size_t, 7> next_free{};
    for (size_t i = 0; i < n; ++i) {
      // "Indo-US", "Sino-Indian": a combining form joined by a hyphen to another state stands for its state
      if (i >= next_free[0] && i + 2 < n && t().tokens[i].has(segment::kAlpha)) {
        auto form = k_.combining_forms.find(std::string(norm(i)));
        size_t after = i + 1;
        if (after < n && norm(after) == "-" && !t().tokens[after].has(segment::kSpaceBefore)) ++after;
        if (form != k_.combining_forms.end() && after > i + 1 && after < n &&
            !t().tokens[after].has(segment::kSpaceBefore) &&
            idx_.longest(after, {EntryType::kCountry, EntryType::kDemonym})) {
          if (const auto* c = k_.countries.by_code(form->second)) {
            add(MentionType::kCountry, i, i + 1, static_cast<uint32_t>(c - k_.countries.all().data()), true);
            next_free[0] = i + 1;
          }
        }
      }
      // "JS Takanami", "HMAS Anzac": a ship prefix in capitals before the ship's name stands for its
      // navy's state, as a demonym would ("the Japanese destroyer")
      if (i >= next_free[0] && i + 1 < n && t().tokens[i].has(segment::kAllCaps) && cap(i + 1) &&
          t().tokens[i + 1].has(segment::kAlpha) && t().sentence_of(i) == t().sentence_of(i + 1)) {
        auto ship = k_.ship_prefixes.find(std::string(norm(i)));
        if (ship != k_.ship_prefixes.end() && !idx_.longest(i, {EntryType::kCountry, EntryType::kDemonym})) {
          if (const auto* c = k_.countries.by_code(ship->second)) {
            add(MentionType::kCountry, i, i + 1, static_cast<uint32_t>(c - k_.countries.all().data()), true);
            next_free[0] = i + 1;
          }
        }
      }
      if (i >= next_free[0]) {
        if (auto* m = idx_.longest(i, {EntryType::kCountry, EntryType::kDemonym})) {
          // a country name that starts a longer place or group name is not a
          // mention of the country
          auto* longer = idx_.longest(i, {EntryType::kPlace, EntryType::kGroup, EntryType::kMechanism});
          // "the South China Sea", "the Philippine Sea": a state before "Sea"
          // names a body of water
          bool sea = m->end < n && norm(m->end) == "sea" && cap(m->end);
          // "Rear Admiral Jordan Patterson", "Captain Georgia Smith": a state's name between a rank or honorific
          // and a surname is a given name
          bool given_name = false;
          if (m->end == i + 1 && m->entry.type == EntryType::kCountry && m->end < n && cap(m->end) &&
              t().tokens[m->end].has(segment::kAlpha) && t().sentence_of(i) == t().sentence_of(m->end) &&
              !idx_.longest(m->end, {EntryType::kCountry, EntryType::kDemonym, EntryType::kPlace, EntryType::kOrgHead,
                                     EntryType::kOrgWord, EntryType::kOfficeHead, EntryType::kGroup})) {
            for (size_t b = i >= 3 ? i - 3 : 0; b < i && !given_name; ++b) {
              auto* r = idx_.longest(b, {EntryType::kRank, EntryType::kHonorific});
              given_name = r && r->end == i;
            }
          }
          if (given_name) given_name_tokens_.insert(i);
          if (!sea && !given_name &&
              (!longer || longer->end <= m->end || longer->entry.type == EntryType::kMechanism)) {
            add(MentionType::kCountry, i, m->end, m->entry.id, m->entry.type == EntryType::kDemonym);
            next_free[0] = m->end;
          }
        }
      }
      if (i >= next_free[1]) {
        if (auto* m = idx_.longest(i, {EntryType::kGroup}))
          add(MentionType::kGroup, i, m->end, m->entry.id), next_free[1] = m->end;
      }
      if (i >= next_free[2]) {
        if (auto* m = idx_.longest(i, {EntryType::kPlace}); m && cap(i)) {
          add(MentionType::kPlace, i, m->end, m->entry.id), next_free[2] = m->end;
        }
      }
      if (i >= next_free[3]) {
        if (auto* m = idx_.longest(i, {EntryType::kArea})) {
          // (area "-": a phrase that is no cooperation area, "training squadron", blocking the shorter ones in it)
          if (k_.area_ids[m->entry.id] != "-") add(MentionType::kArea, i, m->end, m->entry.id);
          next_free[3] = m->end;
        }
      }
      if (i >= next_free[4]) {
        if (auto* m = idx_.longest(i, {EntryType::kTrigger})) {
          add(MentionType::kTrigger, i, m->end, m->entry.id), next_free[4] = m->end;
        } else if (size_t e = held_modified_talks(i, n); e > i) {
          // "held wide-ranging talks", "held productive bilateral discussions": the trigger with its modifiers
          add(MentionType::kTrigger, i, e, *held_talks_), next_free[4] = e;
        }
      }
      if (i >= next_free[5]) {
        if (auto* m = idx_.longest(i, {EntryType::kStatusCue}))
          add(MentionType::kStatusCue, i, m->end, m->entry.id), next_free[5] = m->end;
      }
    }
  }

  // "held wide-ranging talks", "held productive bilateral discussions": "held" and a meeting noun with up to three
  // lower-case modifiers between; returns the end of the phrase, or i. (The modified forms are too many to list in
  // triggers.tsv; they read as its "held talks".)
  size_t held_modified_talks(size_t i, size_t n) {
    if (!held_talks_) {
      held_talks_ = UINT32_MAX;
      for (size_t k = 0; k < k_.triggers.size(); ++k)
        if (k_.triggers[k].phrase == "held talks") held_talks_ = static_cast<uint32_t>(k);
    }
    if (*held_talks_ == UINT32_MAX) return i;
    std::string_view w = norm(i);
    if (w != "held" && w != "hold" && w != "holds" && w != "holding") return i;
    const size_t sentence_end = t().sentences[t().sentence_of(i)].end;
    for (size_t k = i + 1; k < n && k < sentence_end && k <= i + 4; ++k) {
      std::string_view v = norm(k);
      if (v == "talks" || v == "discussions" || v == "consultations") return k > i + 1 ? k + 1 : i;
      // ("held telephonic talks", "held video talks": a listed trigger of its own starts there)
      if (idx_.longest(k, {EntryType::kTrigger})) return i;
      const auto& tok = t().tokens[k];
      if (!(tok.has(segment::kAlpha) || v == "-") || cap(k) || v == "the" || v == "a" || v == "an" || v == "their" ||
          v == "his" || v == "her")
        return i;
    }
    return i;
  }

  // The ordinal just before token `b` ("the 14th", "fourth"), skipping "the".
  // "the ninth annual ...": a word of frequency between the ordinal and the name is skipped.
  std::pair<std::optional<int>, size_t> ordinal_before(size_t b, size_t sentence_begin) const {
    size_t o = b;
    while (o > sentence_begin && b - o < 2 && is(norm(o - 1), WordClass::kMechanismFrequency)) --o;
    if (o > sentence_begin) {
      if (int v = ordinal_value(norm(o - 1))) return {v, o - 1};
    }
    // "the 14th meeting of the UAE-India Joint Defence Cooperation Committee", "the 16th round of the ...":
    // a session noun between the ordinal and the name
    size_t k = b;
    if (k > sentence_begin && norm(k - 1) == "the") --k;
    // "... round of the two countries' defence policy talks", "... of their strategic dialogue"
    if (k > sentence_begin && (norm(k - 1) == "their" || norm(k - 1) == "its")) --k;
    if (k >= sentence_begin + 4 && norm(k - 1) == "'" && (norm(k - 2) == "countries" || norm(k - 2) == "sides") &&
        (norm(k - 3) == "two" || norm(k - 3) == "both")) {
      k -= 3;
      if (k > sentence_begin && norm(k - 1) == "the") --k;
    }
    if (k >= sentence_begin + 3 && norm(k - 1) == "of" && is(norm(k - 2), WordClass::kSessionNoun)) {
      size_t q = k - 2;
      while (q > sentence_begin && k - 2 - q < 2 && is(norm(q - 1), WordClass::kMechanismFrequency)) --q;
      if (q > sentence_begin) {
        if (int v = ordinal_value(norm(q - 1))) return {v, q - 1};
      }
    }
    return {std::nullopt, o};
  }

  // "The meeting of the defense ministers of the SCO member states", "SCO defense ministers meet": a bloc's
  // officials meeting, which is the mechanism "<bloc> <Office>' Meeting" when mechanisms.tsv lists it.
  void bloc_office_meetings() {
    const auto& tt = t();
    auto key = [](std::string_view text) {
      std::string k;
      for (char c : normalize::fold(std::string(text))) {
        if (c == '\'' || c == '-') continue;
        k += c;
      }
      for (size_t at; (at = k.find("defense")) != std::string::npos;) k.replace(at, 7, "defence");
      return k;
    };
    auto find_mechanism = [&](const std::string& group, std::string_view office) -> const gazetteer::Mechanism* {
      const std::string want = key(group + " " + std::string(office) + " meeting");
      for (const auto& m : k_.mechanisms) {
        if (key(m.name) == want) return &m;
        for (const auto& a : m.aliases)
          if (key(a) == want) return &m;
      }
      return nullptr;
    };
    // the office words: "defense ministers", "foreign ministers", "army chiefs" (a domain or two, then a head)
    auto office_at = [&](size_t b, size_t end) -> size_t {
      size_t e = b;
      while (e < end && e < b + 3 && idx_.longest(e, {EntryType::kOfficeDomain}))
        e = idx_.longest(e, {EntryType::kOfficeDomain})->end;
      if (e == b || e >= end) return b;
      std::string_view head = norm(e);
      if (head == "ministers" || head == "chiefs" || head == "secretaries" || head == "commanders") return e + 1;
      return b;
    };
    for (const auto& s : tt.sentences) {
      for (size_t i = s.begin; i + 4 < s.end; ++i) {
        size_t b = i, office_b = 0, office_e = 0, group_tok = 0, e = 0;
        if (norm(i) == "meeting" && norm(i + 1) == "of" && i + 3 < s.end && idx_.longest(i + 2, {EntryType::kGroup}) &&
            office_at(idx_.longest(i + 2, {EntryType::kGroup})->end, s.end) >
                idx_.longest(i + 2, {EntryType::kGroup})->end) {
          // "the next meeting of SCO defense ministers"
          auto* g = idx_.longest(i + 2, {EntryType::kGroup});
          office_b = g->end, office_e = office_at(g->end, s.end);
          group_tok = i + 2, e = office_e;
        } else if (norm(i) == "meeting" && norm(i + 1) == "of") {
          // "(the) meeting of the defense ministers of the SCO member states"
          size_t k = i + 2;
          if (norm(k) == "the") ++k;
          office_b = k, office_e = office_at(k, s.end);
          if (office_e == office_b || office_e + 1 >= s.end || norm(office_e) != "of") continue;
          k = office_e + 1;
          if (k < s.end && norm(k) == "the") ++k;
          group_tok = k, e = k;
        } else if (idx_.longest(i, {EntryType::kGroup})) {
          // "SCO defense ministers meet", "the ASEAN army chiefs' meeting"
          auto* g = idx_.longest(i, {EntryType::kGroup});
          office_b = g->end, office_e = office_at(g->end, s.end);
          if (office_e == office_b || office_e >= s.end) continue;
          size_t k = office_e;
          if (norm(k) == "'") ++k;
          std::string_view w = norm(k);
          if (w != "meet" && w != "met" && w != "meeting" && w != "meets") continue;
          group_tok = i, e = k + 1;
        } else {
          continue;
        }
        auto* g = idx_.longest(group_tok, {EntryType::kGroup});
        if (!g) continue;
        if (e == group_tok) {
          e = g->end;
          if (e + 2 < s.end && norm(e) == "(" && norm(e + 2) == ")")
            e += 3;  // "Shanghai Cooperation Organization (SCO)"
          // "... of the SCO member states", "of the ASEAN member countries"
          if (e + 1 < s.end && norm(e) == "member" && (norm(e + 1) == "states" || norm(e + 1) == "countries"))
            e += 2;
          else if (e < s.end && (norm(e) == "countries" || norm(e) == "states"))
            e += 1;
        }
        bool taken = false;
        for (const auto& mm : a_.mechanisms) taken = taken || (mm.begin < e && b < mm.end);
        if (taken) continue;
        std::string office(text_.substr(tt.tokens[office_b].span.start,
                                        tt.tokens[office_e - 1].span.end - tt.tokens[office_b].span.start));
        const auto& group = k_.groups[g->entry.id].name;
        const gazetteer::Mechanism* m = find_mechanism(group, office);
        if (!m) m = find_mechanism(group, office + "'");
        if (!m) continue;
        MechanismMention mm;
        mm.begin = static_cast<uint32_t>(b), mm.end = static_cast<uint32_t>(e);
        mm.name =
            std::string(text_.substr(tt.tokens[b].span.start, tt.tokens[e - 1].span.end - tt.tokens[b].span.start));
        mm.canonical = m->name;
        mm.kind = m->kind;
        mm.groups = m->groups;
        mm.rule = "a bloc's officials meeting: " + m->name;
        a_.mechanisms.push_back(std::move(mm));
        i = e - 1;
      }
    }
    std::sort(a_.mechanisms.begin(), a_.mechanisms.end(),
              [](const MechanismMention& x, const MechanismMention& y) { return x.begin < y.begin; });
  }

  // An exercise named where it is written, when mechanisms.tsv does not know it: 'the land forces exercise
  // "Desert Cyclone II"', "Exercise Vigilant Isles", "the maritime exercise AMAN-09", "The exercise, named
  // Al-Mohed Al-Hindi 2021, ...", '"Khaan Quest 2015" peacekeeping exercise'. The mechanism is the name without
  // its year or edition number; a Roman numeral after it is the edition's ordinal.
  void named_exercises() {
    const auto& tt = t();
    std::vector<bool> taken(tt.tokens.size(), false);
    for (const auto& mm : a_.mechanisms)
      for (size_t i = mm.begin; i < mm.end && i < taken.size(); ++i) taken[i] = true;
    auto quote = [&](size_t i) { return segment::quote_mark(tt.text_of(i)); };
    // a name word: capitalised or a number of an edition, joined by hyphens
    auto name_word = [&](size_t i) {
      return cap(i) || tt.tokens[i].has(segment::kDigit) ||
             (tt.tokens[i].has(segment::kHyphen) && !tt.tokens[i].has(segment::kSpaceBefore));
    };
    for (const auto& s : tt.sentences) {
      // (a headline in title case capitalises every word: "... as Exercise Season Nears"; only quotes name there)
      const bool title_case = headline(s);
      for (size_t i = s.begin; i < s.end; ++i) {
        auto naming = [&](size_t k) {
          std::string_view w = norm(k);
          return w == "named" || w == "dubbed" || w == "codenamed" || w == "called" || w == "code-named" ||
                 (w == "code" && k + 2 < s.end && norm(k + 1) == "-" && norm(k + 2) == "named");
        };
        // ("joint air force training code-named "Eagles of Civilization-2025"": training is an exercise when named so)
        // ('"Eagles of Civilization-2025" joint air force training': a quoted name a few words before)
        bool quoted_before = false;
        for (size_t q = i; q > s.begin && i - q < 5 && !quoted_before; --q) quoted_before = quote(q - 1) && q < i;
        const bool named_training =
            norm(i) == "training" && ((i + 1 < s.end && (naming(i + 1) || quote(i + 1))) || quoted_before);
        if ((!is(norm(i), WordClass::kExerciseNoun) && !named_training) || taken[i]) continue;
        size_t b = 0, e = 0;
        size_t k = i + 1;
        if (k < s.end && norm(k) == ",") ++k;
        if (k < s.end && naming(k)) k += norm(k) == "code" ? 3 : 1;
        // "the second India-Myanmar Naval Exercise (IMNEX)": the abbreviation names the exercise of those states (a
        // "Passage Exercise (PASSEX)" is a kind of drill, no series)
        bool states_named = false;
        for (size_t w = i; w > s.begin && i - w < 8 && (cap(w - 1) || norm(w - 1) == "-") && !states_named; --w)
          states_named = idx_.longest(w - 1, {EntryType::kCountry, EntryType::kDemonym}) != nullptr;
        if (cap(i) && i + 3 < s.end && norm(i + 1) == "(" && tt.tokens[i + 2].has(segment::kAllCaps) &&
            norm(i + 3) == ")" && !title_case && states_named) {
          b = i + 2, e = i + 3;
        } else if (k < s.end && quote(k)) {
          size_t q = k + 1;
          while (q < s.end && q < k + 8 && !quote(q)) ++q;
          if (q < s.end && quote(q) && q > k + 1 && cap(k + 1)) b = k + 1, e = q;
        } else if (title_case) {
          // nothing but a quoted name
        } else if (k < s.end && cap(k) && (k > i + 1 || cap(i))) {
          // "the maritime exercise AMAN-09" (a capitalised name right after), "Exercise Vigilant Isles"
          size_t q = k;
          while (q < s.end && q < k + 8 && name_word(q) && !taken[q]) ++q;
          b = k, e = q;
        } else if (k < s.end && cap(k) && tt.tokens[k].has(segment::kAllCaps) && k + 1 < s.end &&
                   (tt.tokens[k + 1].has(segment::kHyphen) || tt.tokens[k + 1].has(segment::kDigit))) {
          b = k, e = k + 1;
          while (e < s.end && e < k + 4 && name_word(e)) ++e;
        } else if (k < s.end && cap(k) &&
                   !idx_.longest(k, {EntryType::kCountry, EntryType::kDemonym, EntryType::kGroup})) {
          // "the joint exercise Ataturk-2021": one capitalised word with an edition after it
          if (k + 2 < s.end && tt.tokens[k + 1].has(segment::kHyphen) && tt.tokens[k + 2].has(segment::kDigit))
            b = k, e = k + 3;
        }
        // '"Khaan Quest 2015" peacekeeping exercise': a quoted name before the word, a modifier or two between
        if (!e) {
          size_t q = i;
          const size_t modifiers = named_training ? 4 : 2;
          while (q > s.begin && i - q < modifiers && !quote(q - 1) && !cap(q - 1) &&
                 tt.tokens[q - 1].has(segment::kAlpha))
            --q;
          if (q > s.begin + 1 && quote(q - 1)) {
            size_t o = q - 2;
            while (o > s.begin && q - o < 8 && !quote(o)) --o;
            if (quote(o) && o + 1 < q - 1 && cap(o + 1)) b = o + 1, e = q - 1;
          }
        }
        if (!e || e <= b) continue;
        // (a state's, bloc's or organisation's name is not an exercise's: "exercise India", "the ASEAN exercise")
        if (idx_.longest(b, {EntryType::kCountry, EntryType::kDemonym, EntryType::kGroup, EntryType::kPlace})) continue;
        bool clash = false;
        for (size_t x = b; x < e; ++x) clash = clash || taken[x];
        if (clash) continue;
        // the edition: a year (four digits, or two after a hyphen), a Roman numeral, a number
        size_t name_end = e;
        std::optional<int> year, ordinal;
        auto roman = [](std::string_view w) {
          static const std::unordered_map<std::string_view, int> kRoman = {
              {"ii", 2}, {"iii", 3}, {"iv", 4},  {"v", 5},    {"vi", 6},    {"vii", 7},  {"viii", 8},
              {"ix", 9}, {"x", 10},  {"xi", 11}, {"xii", 12}, {"xiii", 13}, {"xiv", 14}, {"xv", 15}};
          auto it = kRoman.find(w);
          return it == kRoman.end() ? 0 : it->second;
        };
        if (name_end > b + 1 && tt.tokens[name_end - 1].has(segment::kDigit)) {
          int n = std::atoi(std::string(norm(name_end - 1)).c_str());
          if (n >= 1950 && n <= 2100)
            year = n;
          else if (n < 100 && tt.tokens[name_end - 2].has(segment::kHyphen))
            year = 2000 + n;
          --name_end;
          if (name_end > b + 1 && tt.tokens[name_end - 1].has(segment::kHyphen)) --name_end;
        } else if (name_end > b + 1 && tt.tokens[name_end - 1].has(segment::kAllCaps)) {
          if (int r = roman(norm(name_end - 1))) ordinal = r, --name_end;
        }
        if (name_end <= b) continue;
        // ("the second India-Myanmar Naval Exercise (IMNEX)": the ordinal before the words the abbreviation stands for)
        if (!ordinal && b == i + 2 && norm(i + 1) == "(") {
          size_t w = i;
          while (w > s.begin && i - w < 8 &&
                 (cap(w - 1) || norm(w - 1) == "-" || t().tokens[w - 1].has(segment::kHyphen)))
            --w;
          if (auto [ord, start] = ordinal_before(w, s.begin); ord) ordinal = ord;
        }
        MechanismMention mm;
        mm.begin = static_cast<uint32_t>(b), mm.end = static_cast<uint32_t>(e);
        mm.name =
            std::string(text_.substr(tt.tokens[b].span.start, tt.tokens[e - 1].span.end - tt.tokens[b].span.start));
        mm.canonical = std::string(
            text_.substr(tt.tokens[b].span.start, tt.tokens[name_end - 1].span.end - tt.tokens[b].span.start));
        mm.kind = EngagementKind::kExercise;
        mm.ordinal = ordinal;
        mm.year = year;
        mm.rule = "an exercise named in the text: " + mm.canonical;
        for (size_t x = b; x < e; ++x) taken[x] = true;
        a_.mechanisms.push_back(std::move(mm));
      }
    }
    std::sort(a_.mechanisms.begin(), a_.mechanisms.end(),
              [](const MechanismMention& x, const MechanismMention& y) { return x.begin < y.begin; });
    exercise_titles();
  }

  // "Exercise Mosi II was opened ..." then "Mosi I took place off Cape Town": where the text titles an exercise
  // "Exercise <name>" (capitalised, right before its name, or in a dictionary alias), that is its name throughout the
  // article (examples' gold precedent: "Exercise Pitch Black", "Exercise Alon"; "Balikatan exercises" stays
  // "Balikatan").
  void exercise_titles() {
    auto titled_here = [&](const MechanismMention& mm) {
      // (a title, not the last word of a longer description: "Joint Training Exercise Mitra Shakti-2015")
      const bool before = mm.begin > 0 && norm(mm.begin - 1) == "exercise" && cap(mm.begin - 1) &&
                          !(mm.begin > 1 && cap(mm.begin - 2) && t().tokens[mm.begin - 2].has(segment::kAlpha) &&
                            !t().tokens[mm.begin - 1].has(segment::kNewlineBefore) && norm(mm.begin - 2) != "the");
      return before || normalize::fold(mm.name).starts_with("exercise ");
    };
    std::set<std::string> titled;
    for (const auto& mm : a_.mechanisms) {
      if (mm.kind == EngagementKind::kExercise && !mm.canonical.empty() && titled_here(mm))
        titled.insert(normalize::fold(mm.canonical));
    }
    for (auto& mm : a_.mechanisms) {
      if (mm.kind != EngagementKind::kExercise || mm.canonical.empty() ||
          normalize::fold(mm.canonical).starts_with("exercise ") || !titled.count(normalize::fold(mm.canonical)))
        continue;
      mm.canonical = "Exercise " + mm.canonical;
    }
  }

  // "(WMCC) held its 24th meeting", "convened for the third session": an ordinal of a session after a
  // mechanism's name, with a verb of holding between.
  std::optional<int> ordinal_after(size_t e, size_t end) const {
    size_t k = e;
    if (k + 2 < end && norm(k) == "(" && norm(k + 2) == ")") k += 3;
    if (k < end && (norm(k) == "has" || norm(k) == "have")) ++k;
    if (k >= end || (norm(k) != "held" && norm(k) != "holds" && norm(k) != "convened" && norm(k) != "hold")) return {};
    ++k;
    if (k < end && (norm(k) == "its" || norm(k) == "their" || norm(k) == "the")) ++k;
    if (k + 1 >= end || !is(norm(k + 1), WordClass::kSessionNoun)) return {};
    if (int v = ordinal_value(norm(k))) return v;
    return {};
  }

  // Acronyms the article defines as something that is no mechanism: "the Maritime Security Centre (MSC)" makes
  // "MSC" no Munich Security Conference in that article.
  std::set<std::string, std::less<>> acronyms_defined_otherwise() const {
    const auto& tt = t();
    std::set<std::string, std::less<>> out;
    for (size_t i = 1; i + 2 < tt.tokens.size(); ++i) {
      if (norm(i) != "(" || norm(i + 2) != ")" || !tt.tokens[i + 1].has(segment::kAllCaps)) continue;
      const std::string_view acr = tt.text_of(i + 1);
      // (a body's name before the bracket: "Centre", "Command", "Agency"; an exercise's or forum's expansion that
      // the data does not list is still that mechanism)
      if (acr.size() < 2 || acr.size() > 8 || !cap(i - 1) || !idx_.longest(i - 1, {EntryType::kOrgHead})) continue;
      // the words before the bracket: a mechanism's own name there defines it as that mechanism
      bool own = false;
      for (size_t b = i > 12 ? i - 12 : 0; b < i && !own; ++b) {
        if (auto* m = idx_.longest(b, {EntryType::kMechanism}); m && m->end == i) own = true;
      }
      if (!own) out.emplace(acr);
    }
    return out;
  }

  void mechanisms() {
    const auto& tt = t();
    const auto other_acronyms = acronyms_defined_otherwise();
    for (const auto& s : tt.sentences) {
      for (size_t i = s.begin; i < s.end; ++i) {
        if (auto* m = idx_.longest(i, {EntryType::kMechanism});
            m && m->end == i + 1 && tt.tokens[i].has(segment::kAllCaps) && other_acronyms.count(tt.text_of(i))) {
          continue;
        }
        if (auto* m = idx_.longest(i, {EntryType::kMechanism})) {
          // prefer a longer generic "<State>-<State> <type>" reading starting
          // here? known names win.
          const auto& mech = k_.mechanisms[m->entry.id];
          // a name is written as one: "the UN peace mission" is no "Peace Mission" exercise, "exchanged ideas" no
          // IDEAS expo (an acronym's one word is in capitals)
          const bool acronym = m->end == i + 1 && std::all_of(mech.name.begin(), mech.name.end(),
                                                              [](char c) { return !(c >= 'a' && c <= 'z'); });
          if (!cap(i) || (acronym && !tt.tokens[i].has(segment::kAllCaps))) {
            i = m->end - 1;
            continue;
          }
          MechanismMention mm;
          auto [ord, start] = ordinal_before(i, s.begin);
          size_t end = m->end;
          int edition_year = 0;
          // "ACDFM-22", "ADMM-19": a number right after the acronym is the
          // ordinal
          // ("Mitra Shakti-2015", "Shakti-19": an exercise's number, and any four-digit one, is its year)
          if (end < s.end && tt.tokens[end].has(segment::kHyphen) && end + 1 < s.end &&
              tt.tokens[end + 1].has(segment::kDigit) && !tt.tokens[end].has(segment::kSpaceBefore)) {
            int n = std::atoi(std::string(norm(end + 1)).c_str());
            if (n < 1900 && mech.kind != EngagementKind::kExercise)
              ord = n;
            else
              edition_year = n >= 1900 ? n : n < 100 ? 2000 + n : 0;
            end += 2;
          } else if (end < s.end && tt.tokens[end].has(segment::kDigit) && norm(end).size() == 4) {
            // "Exercise Bersama Lima 2018": a year written after the name
            int n = std::atoi(std::string(norm(end)).c_str());
            // (not "the ADMM 2023 - 2026 Work Plan": a span of years or a longer name)
            const size_t after = end + 1;
            const bool more =
                after < s.end && (norm(after) == "-" || norm(after) == "to" || tt.tokens[after].has(segment::kHyphen) ||
                                  cap(after) || norm(after) == "\xe2\x80\x93");
            if (n >= 1950 && n <= 2100 && !more) edition_year = n, ++end;
          }
          // a trailing parenthesised acronym "(ADMM+)" belongs to the name
          if (end + 2 < s.end && norm(end) == "(") {
            if (auto* inner = idx_.longest(end + 1, {EntryType::kMechanism}); inner && inner->entry.id == m->entry.id) {
              size_t close = inner->end;
              while (close < s.end && norm(close) != ")" && close < inner->end + 2) ++close;
              if (close < s.end && norm(close) == ")") end = close + 1;
            }
          }
          // "the ASEAN Defence Ministers' Meeting (ADMM) Retreat": the acronym and the word after it name a
          // longer mechanism
          const gazetteer::Mechanism* mech_used = &mech;
          if (end >= 3 && end < s.end && norm(end - 1) == ")" && norm(end - 3) == "(" && cap(end)) {
            const std::string longer =
                normalize::fold(std::string(tt.text_of(end - 2)) + " " + std::string(tt.text_of(end)));
            for (const auto& other : k_.mechanisms) {
              if (normalize::fold(other.name) == longer) mech_used = &other;
            }
            if (mech_used != &mech) ++end;
          }
          // "the WMCC held its 24th meeting": the session's ordinal after the name
          if (!ord) ord = ordinal_after(end, s.end);
          mm.begin = static_cast<uint32_t>(start), mm.end = static_cast<uint32_t>(end);
          mm.name = std::string(
              text_.substr(tt.tokens[i].span.start, tt.tokens[m->end - 1].span.end - tt.tokens[i].span.start));
          if (ord)
            mm.name = std::string(text_.substr(tt.tokens[start].span.start,
                                               tt.tokens[m->end - 1].span.end - tt.tokens[start].span.start));
          mm.canonical = mech_used->name;
          mm.kind = mech_used->kind;
          mm.ordinal = ord;
          if (edition_year > 0) mm.year = edition_year;
          mm.groups = mech_used->groups;
          mm.rule = "mechanisms.tsv: " + mech_used->name;
          a_.mechanisms.push_back(std::move(mm));
          i = (mech_used != &mech ? end : m->end) - 1;  // (the acronym inside a longer name is no mention of its own)
          continue;
        }
        if (auto* m = idx_.longest(i, {EntryType::kMechanismType})) {
          generic_mechanism(s, i, *m);
          i = m->end - 1;
        }
      }
    }
  }

  // The mention of mechanism `def` written again at tokens [i, i + len), with the ordinal written before it (or,
  // when `ordinal_after_too`, after it: "the GBC held its 40th meeting") and no edition year of its own.
  MechanismMention mentioned_again(const MechanismMention& def, size_t i, size_t len, bool ordinal_after_too,
                                   std::string_view rule_suffix) const {
    const auto& tt = t();
    const auto& sent = tt.sentences[tt.sentence_of(i)];
    auto [ord, start] = ordinal_before(i, sent.begin);
    MechanismMention mm = def;
    mm.begin = static_cast<uint32_t>(start), mm.end = static_cast<uint32_t>(i + len);
    mm.name = std::string(
        text_.substr(tt.tokens[start].span.start, tt.tokens[mm.end - 1].span.end - tt.tokens[start].span.start));
    mm.ordinal = ord;
    if (!mm.ordinal && ordinal_after_too) mm.ordinal = ordinal_after(mm.end, sent.end);
    mm.year.reset();
    mm.rule = def.rule + std::string(rule_suffix);
    return mm;
  }

  // Names the article gives a mechanism, written again later: "the Malaysia-Indonesia General Border Committee
  // (GBC Malindo)", then "the 40th GBC Malindo meeting" (an abbreviation it defines for a mechanism named by its
  // states and type); an exercise it named ("Peace Train") named again.
  void named_again() {
    const auto& tt = t();
    const size_t n = tt.tokens.size();
    std::vector<MechanismMention> found;
    const size_t named = a_.mechanisms.size();
    for (size_t k = 0; k < named; ++k) {
      const auto& def = a_.mechanisms[k];
      if (def.rule.rfind("mechanism_types.tsv", 0) != 0) continue;
      size_t open = def.end;
      if (open + 2 >= n || norm(open) != "(") continue;
      size_t close = open + 1;
      while (close < n && close < open + 4 && norm(close) != ")" && cap(close) && tt.tokens[close].has(segment::kAlpha))
        ++close;
      if (close >= n || norm(close) != ")" || close == open + 1) continue;
      const size_t len = close - open - 1;
      for (size_t i = close + 1; i + len <= n; ++i) {
        bool same = true;
        for (size_t j = 0; j < len && same; ++j) same = tt.text_of(i + j) == tt.text_of(open + 1 + j);
        if (!same) continue;
        const bool taken = std::any_of(a_.mechanisms.begin(), a_.mechanisms.end(),
                                       [&](const MechanismMention& m) { return m.begin <= i && i < m.end; });
        if (taken) continue;
        found.push_back(mentioned_again(def, i, len, true, " (abbreviation the article defines)"));
        i += len - 1;
      }
    }
    // "their joint medical rescue exercise, Peace Train, ...", then "The first Peace Train exercise was held in
    // Vientiane last August": an exercise the article named names it again
    for (size_t k = 0; k < named; ++k) {
      const auto& def = a_.mechanisms[k];
      if (def.rule.rfind("an exercise named in the text", 0) != 0 || def.canonical.empty()) continue;
      std::vector<std::string> words;
      for (size_t b = 0, e; b < def.canonical.size(); b = e + 1) {
        e = def.canonical.find(' ', b);
        if (e == std::string::npos) e = def.canonical.size();
        words.push_back(normalize::fold(def.canonical.substr(b, e - b)));
      }
      for (size_t i = def.end; i + words.size() <= n; ++i) {
        bool same = cap(i);
        for (size_t j = 0; j < words.size() && same; ++j) same = normalize::fold(std::string(norm(i + j))) == words[j];
        if (!same) continue;
        const bool taken = std::any_of(a_.mechanisms.begin(), a_.mechanisms.end(),
                                       [&](const MechanismMention& m) { return m.begin <= i && i < m.end; }) ||
                           std::any_of(found.begin(), found.end(),
                                       [&](const MechanismMention& m) { return m.begin <= i && i < m.end; });
        if (taken) continue;
        found.push_back(mentioned_again(def, i, words.size(), false, " (named again)"));
        i += words.size() - 1;
      }
    }
    for (auto& mm : found) a_.mechanisms.push_back(std::move(mm));
    std::sort(a_.mechanisms.begin(), a_.mechanisms.end(),
              [](const MechanismMention& a, const MechanismMention& b) { return a.begin < b.begin; });
  }

  // "<ordinal> <State>-<State>[-<State>] [level qualifier] <type>"
  void generic_mechanism(const segment::Sentence& s, size_t type_begin, const PhraseMatch& m) {
    const auto& tt = t();
    const auto& type = k_.mechanism_types[m.entry.id];
    size_t j = type_begin;
    // skip a level qualifier: "deputy minister-level", "vice-ministerial",
    // "ministerial-level", "high-level"
    size_t q = j;
    while (q > s.begin && q + 4 > j && (norm(q - 1) == "-" || is(norm(q - 1), WordClass::kMechanismLevel))) {
      --q;
    }
    if (q < j && (norm(q) == "level" || norm(j - 1) == "level" || norm(j - 1) == "ministerial")) j = q;
    // 'the first China-Indonesia "2+2" ministerial dialogue': a quotation mark may open the type
    if (j > s.begin) {
      const std::string_view w = tt.text_of(j - 1);
      if (w == "\"" || w == "\xe2\x80\x9c") --j;
    }
    std::vector<std::string> states;
    size_t b = j;
    // states, right to left, joined by hyphens, "and" or "–"
    while (b > s.begin) {
      size_t c = b - 1;
      // find a country mention ending at c+1
      const Mention* found = nullptr;
      for (const auto& mention : a_.mentions) {
        if (mention.type == MentionType::kCountry && mention.end == c + 1) found = &mention;
      }
      if (!found) break;
      states.insert(states.begin(), k_.countries.all()[found->id].code);
      b = found->begin;
      if (b > s.begin && (tt.tokens[b - 1].has(segment::kHyphen) || norm(b - 1) == "and")) {
        --b;
        continue;
      }
      break;
    }
    if (states.size() == 1) {  // "Vietnam's defence policy dialogue" with one state is not a name
      states.clear();
      b = j;
    }
    if (b < j && b > s.begin && tt.tokens[b].has(segment::kHyphen)) ++b;
    // "a defence policy dialogue between Vietnam and Australia": the states after the type
    size_t name_end = m.end;
    if (states.empty() && m.end + 3 < s.end && norm(m.end) == "between") {
      auto country_at = [&](size_t at) -> const Mention* {
        for (const auto& mention : a_.mentions) {
          if (mention.type == MentionType::kCountry && mention.begin == at) return &mention;
        }
        return nullptr;
      };
      const Mention* first = country_at(m.end + 1);
      if (first && first->end + 1 < s.end && norm(first->end) == "and") {
        if (const Mention* second = country_at(first->end + 1); second && second->id != first->id) {
          states = {k_.countries.all()[first->id].code, k_.countries.all()[second->id].code};
          name_end = second->end;
        }
      }
    }
    auto [ord, start] = ordinal_before(b, s.begin);
    // "a defense policy dialogue, which was held for the third time in Hanoi in 2019": the session's ordinal after
    bool held_nth = false;
    {
      size_t k = name_end;
      if (k < s.end && norm(k) == ",") ++k;
      if (k + 6 < s.end && norm(k) == "which" && (norm(k + 1) == "was" || norm(k + 1) == "were") &&
          norm(k + 2) == "held" && norm(k + 3) == "for" && norm(k + 4) == "the" && norm(k + 6) == "time") {
        if (int v = ordinal_value(norm(k + 5))) {
          if (!ord) ord = v;
          held_nth = true;
        }
      }
    }
    // "launch a defense strategic dialogue, with the first round to be held in Hanoi": the session told after it
    if (!ord && name_end + 5 < s.end && norm(name_end) == "," && norm(name_end + 1) == "with" &&
        norm(name_end + 2) == "the" && is(norm(name_end + 4), WordClass::kSessionNoun)) {
      if (int v = ordinal_value(norm(name_end + 3))) ord = v;
    }
    MechanismMention mm;
    mm.begin = static_cast<uint32_t>(start), mm.end = static_cast<uint32_t>(name_end);
    mm.name = std::string(
        text_.substr(tt.tokens[start].span.start, tt.tokens[name_end - 1].span.end - tt.tokens[start].span.start));
    mm.kind = type.kind;
    mm.ordinal = ord;
    mm.type_name = type.name;
    mm.countries = states;
    if (!states.empty()) {
      std::string canon;
      for (const auto& code : states) {
        if (!canon.empty()) canon += '-';
        canon += k_.countries.by_code(code)->name;
      }
      mm.canonical = canon + " " + type.name;
      mm.rule = "mechanism_types.tsv: <State>-<State> " + type.name;
    } else {
      mm.needs_states = true;
      mm.rule = "mechanism_types.tsv: " + type.name + " (states from context)";
      // without states and without ordinal or article-like determiner it is
      // only a generic noun
      // ("maintain dialogue mechanisms"): keep it only when it names one
      // session
      // ("held their annual defence policy dialogue": a possessive determiner names one session too)
      bool specific = ord.has_value() || held_nth ||
                      (start > s.begin && (norm(start - 1) == "the" || norm(start - 1) == "their" ||
                                           norm(start - 1) == "its" || possessive(start - 1)));
      // "at the end of a two-day close door Joint Defence Committee Meeting": written as a name, in capitals
      if (!specific && start > s.begin && !tt.tokens[start].has(segment::kNewlineBefore)) {
        bool capitals = true;
        for (size_t k = start; k < name_end && capitals; ++k)
          capitals = cap(k) || !tt.tokens[k].has(segment::kAlpha) || is(norm(k), WordClass::kTitleSmallWord);
        // (an article, then lower-case modifiers only: "a two-day close door ...")
        size_t d = start;
        while (d > s.begin && start - d < 7 &&
               ((t().tokens[d - 1].has(segment::kAlpha) && !cap(d - 1)) || norm(d - 1) == "-") && norm(d - 1) != "a" &&
               norm(d - 1) != "an" && norm(d - 1) != "the")
          --d;
        const bool article = d > s.begin && (norm(d - 1) == "a" || norm(d - 1) == "an" || norm(d - 1) == "the");
        specific = capitals && article && !headline(s);
        // "agreed to launch a vice-ministerial defense strategic dialogue": a new mechanism, named by its type
        if (!specific && d > s.begin + 1 && (norm(d - 1) == "a" || norm(d - 1) == "an")) {
          const std::string_view verb = norm(d - 2);
          specific = verb == "launch" || verb == "establish" || verb == "create" || verb == "institute" ||
                     (verb == "up" && d > s.begin + 2 && norm(d - 3) == "set");
        }
      }
      if (!specific) return;
    }
    a_.mechanisms.push_back(std::move(mm));
  }

  // ---- people ----

  // A counterpart named in apposition with no state: no guess from the dateline or the article's home (they are the
  // subject's counterpart, of another state).
  static constexpr std::string_view kCounterpartInApposition = "counterpart named in apposition";

  bool is_vocab(size_t i) const {
    return idx_.longest(i, {EntryType::kOrgHead, EntryType::kOrgWord, EntryType::kOfficeHead,
                            EntryType::kOfficeModifier, EntryType::kOfficeDomain, EntryType::kCountry,
                            EntryType::kDemonym, EntryType::kPlace, EntryType::kGroup}) != nullptr;
  }

  bool name_token(size_t i, size_t end, bool inside_run = false) const {
    if (i >= end) return false;
    const auto& tok = t().tokens[i];
    if (!tok.has(segment::kAlpha) || !tok.has(segment::kCapitalized)) return false;
    if (tok.has(segment::kAbbrevDot) && tok.span.size() <= 2) return true;  // an initial "J."
    // a Mongolian patronymic initial of two letters joined to the name: "Ts.Elbegdorj", "Ch.Ulaan"
    if (tok.has(segment::kAbbrevDot) && tok.span.size() == 3 && i + 1 < end &&
        !t().tokens[i + 1].has(segment::kSpaceBefore) && cap(i + 1) && !t().tokens[i + 1].has(segment::kAbbrevDot) &&
        !idx_.longest(i, {EntryType::kRank}))
      return true;
    if (is(norm(i), WordClass::kNotName)) return false;
    if (time::weekday_number(norm(i)) >= 0) return false;
    // a month is a name only inside a run, away from numbers ("Dong Jun", not
    // "Jun 3")
    if (time::month_number(norm(i)) &&
        (!inside_run || (i + 1 < end && t().tokens[i + 1].has(segment::kDigit)) || norm(i).size() > 4)) {
      return false;
    }
    // "Hun Sen": closing a name, a one-word honorific written without its dot ("Sen." = Senator) is a name
    // (one that opens the rest of a name, "Pahlawan Haji Abdul Razak", stays an honorific)
    // ("Mya Tun Oo": inside a name, with one more name word to close it, a one-word honorific is a syllable too)
    const bool one_word_closes = i + 1 < end && cap(i + 1) && t().tokens[i + 1].has(segment::kAlpha) &&
                                 !t().tokens[i + 1].has(segment::kAbbrevDot) && name_token(i + 1, end, true) &&
                                 !(i + 2 < end && cap(i + 2) && t().tokens[i + 2].has(segment::kAlpha));
    if (inside_run && !tok.has(segment::kAbbrevDot) &&
        (!(i + 1 < end && cap(i + 1) && t().tokens[i + 1].has(segment::kAlpha)) || one_word_closes)) {
      if (auto* h = idx_.longest(i, {EntryType::kHonorific});
          h && h->end == i + 1 &&
          !idx_.longest(
              i, {EntryType::kCountry, EntryType::kDemonym, EntryType::kGroup, EntryType::kMechanism, EntryType::kRank,
                  EntryType::kOfficeHead, EntryType::kOfficeModifier, EntryType::kOrgHead, EntryType::kOrgWord})) {
        return true;
      }
    }
    if (given_name_tokens_.count(i)) return true;  // ("Rear Admiral Jordan Patterson")
    if (idx_.longest(i, {EntryType::kCountry, EntryType::kDemonym, EntryType::kGroup, EntryType::kMechanism,
                         EntryType::kRank, EntryType::kHonorific, EntryType::kOfficeHead, EntryType::kOfficeModifier,
                         EntryType::kOrgHead, EntryType::kOrgWord})) {
      return false;
    }
    // a place inside a run that a cue introduced stays part of the name
    // ("Nguyễn Thanh Hóa")
    if (!inside_run && idx_.longest(i, {EntryType::kPlace})) return false;
    return true;
  }

  // The word's class in grammar.tsv (data, not code: a user extends the classes with --data).
  bool is(std::string_view folded, WordClass c) const { return k_.grammar.is(folded, c); }
  bool is_suffix(std::string_view w) const { return is(w, WordClass::kNameSuffix); }

  // Name tokens from i: returns the end (== i when no name).
  size_t parse_name(size_t i, size_t end, bool after_cue = false) const {
    size_t j = i;
    size_t last = i;
    while (j < end && j - i < 9) {
      if (name_token(j, end, j > i || after_cue)) {
        ++j;
        last = j;
        continue;
      }
      // a syllable that is also a demonym, inside a name that goes on ("Vu Le
      // Thai Hoang")
      if (j > i && j == last && idx_.longest(j, {EntryType::kDemonym, EntryType::kCountry}) &&
          idx_.longest(j, {EntryType::kDemonym, EntryType::kCountry})->end == j + 1 && cap(j) &&
          name_token(j + 1, end, true)) {
        j += 2;
        last = j;
        continue;
      }
      // a family name in capitals, then the given name, even one that reads as
      // a rank ("NAKATANI Gen")
      if (j > i && j == last && t().tokens[j - 1].has(segment::kAllCaps) && t().tokens[j - 1].span.size() >= 3 &&
          cap(j) && !t().tokens[j].has(segment::kAllCaps) && !t().tokens[j].has(segment::kAbbrevDot) &&
          t().tokens[j].has(segment::kAlpha) && !idx_.longest(j, {EntryType::kOfficeHead, EntryType::kOrgHead})) {
        ++j;
        last = j;
        continue;
      }
      // "Shihab bin Tariq Al Said": a capitalised word after a particle is a name, whatever else it reads as
      if (j > i && j == last && j + 1 <= end && is(norm(j - 1), WordClass::kNameParticle) && cap(j) &&
          t().tokens[j].has(segment::kAlpha) && !t().tokens[j].has(segment::kAllCaps) &&
          !idx_.longest(j, {EntryType::kOfficeHead, EntryType::kOrgHead, EntryType::kRank})) {
        ++j;
        last = j;
        continue;
      }
      if (j > i && is(norm(j), WordClass::kNameParticle) &&
          (name_token(j + 1, end, true) ||
           ((norm(j + 1) == "haji" || norm(j + 1) == "hj") && name_token(j + 2, end, true)))) {
        ++j;
        continue;
      }
      // "Ahmed bin Harith al-Nabhani", "Abdel Fattah el-Sisi": a particle joined by a hyphen to the next name
      if (j > i && j + 2 < end && is(norm(j), WordClass::kNameParticle) && norm(j + 1) == "-" &&
          !t().tokens[j + 1].has(segment::kSpaceBefore) && !t().tokens[j + 2].has(segment::kSpaceBefore) &&
          name_token(j + 2, end, true)) {
        j += 3;
        last = j;
        continue;
      }
      // "bin Haji Sulaiman": a title of pilgrimage after a particle belongs to
      // the name
      if (j > i && (norm(j) == "haji" || norm(j) == "hj") && is(norm(j - 1), WordClass::kNameParticle) &&
          name_token(j + 1, end, true)) {
        ++j;
        continue;
      }
      // generational suffix, with or without a comma: "Teodoro Jr.", "Marcos,
      // Jr.", "Austin III"
      if (j > i && is_suffix(norm(j)) && cap(j)) {
        ++j;
        last = j;
        continue;
      }
      if (j > i && norm(j) == "," && j + 1 < end && is_suffix(norm(j + 1)) && cap(j + 1)) {
        j += 2;
        last = j;
        continue;
      }
      // hyphenated given names "Jean-Pierre", "Seo-yeon": hyphen without spaces
      // then a word
      if (j > i && t().tokens[j].has(segment::kHyphen) && !t().tokens[j].has(segment::kSpaceBefore) && j + 1 < end &&
          t().tokens[j + 1].has(segment::kAlpha) && !t().tokens[j + 1].has(segment::kSpaceBefore)) {
        j += 2;
        last = j;
        continue;
      }
      break;
    }
    return last;
  }

  struct TitleParse {
    size_t begin = 0;      // first token of the office
    size_t end = 0;        // end of the whole office phrase (organisation included)
    size_t title_end = 0;  // end of the office proper
    size_t org_begin = 0, org_end = 0;
    std::optional<uint32_t> country;  // country index named inside
    bool ok = false;
    bool minister_of = false;
  };

  // Skips "the", a country or demonym and a possessive; records the country.
  size_t skip_det_country(size_t j, size_t end, std::optional<uint32_t>& country) const {
    if (j < end && (norm(j) == "the")) ++j;
    if (auto* c = idx_.longest(j, {EntryType::kCountry, EntryType::kDemonym}); c && c->end <= end) {
      if (!country) country = c->entry.id;
      j = c->end;
      if (possessive(j)) ++j;
    }
    return j;
  }

  // Where an office names the body it belongs to, the body is the organisation
  // and leaves the title: "Deputy Permanent Secretary of the Thai Ministry of
  // Defense" -> "Deputy Permanent Secretary" + "Ministry of Defense"; "Chief of
  // the Naval Staff of the Indian Navy" -> "Chief of the Naval Staff" + "Indian
  // Navy". A unit's own name stays whole ("Commander of the Vietnam Border
  // Guard", "Chief of the Office of the Ministry of National Defence",
  // "Director General of the General Department of ...").
  void split_organisation(TitleParse& p, size_t after_head) const {
    bool earlier_of = false;
    bool after_body = false;  // the segment before this "of" ends in an
                              // organisation ("Joint Staff Department")
    for (size_t o = after_head; o < p.title_end; ++o) {
      // an "of" inside a state's name ("the Republic of Korea's ...") splits
      // nothing
      if (auto* c = idx_.longest(o, {EntryType::kCountry}); c && c->end > o + 1) {
        o = c->end - 1;
        continue;
      }
      if (norm(o) != "of") continue;
      // (a named unit of two words at least: "of Staff" alone is part of "Chief
      // of Staff")
      if (o > after_head) {
        size_t words = 0;
        for (size_t w = o; w-- > after_head && norm(w) != "of";) words += norm(w) != "the";
        after_body = words >= 2 && (idx_.longest(o - 1, {EntryType::kOrgHead}) != nullptr ||
                                    (o >= 2 && idx_.longest(o - 2, {EntryType::kOrgHead}) &&
                                     idx_.longest(o - 2, {EntryType::kOrgHead})->end == o));
      }
      size_t k = o + 1;
      if (k < p.title_end && norm(k) == "the") ++k;
      std::optional<uint32_t> cc;
      size_t after_country = skip_det_country(k, p.title_end, cc);
      auto* head = idx_.longest(after_country, {EntryType::kOrgHead});
      size_t head_at = after_country;
      // "the Indonesian Defense Ministry": domain words before the ministry
      while (!head && head_at + 1 < p.title_end && idx_.longest(head_at, {EntryType::kOfficeDomain}) &&
             head_at < after_country + 3) {
        ++head_at;
        head = idx_.longest(head_at, {EntryType::kOrgHead});
        if (head && norm(head_at) != "ministry") head = nullptr;
      }
      bool single = head && head->end == head_at + 1;
      std::string_view hw = head ? norm(head_at) : std::string_view();
      bool ministry = single && (hw == "ministry" || hw == "department" ||
                                 (hw == "office" && !(head->end < p.title_end && norm(head->end) == "of")));
      bool national_body = false;
      // "... of the Joint Staff Department of the Central Military Commission":
      // after a unit, a further "of <body>" names the organisation the unit
      // belongs to
      if ((cc || after_body) && earlier_of && !ministry) {
        for (size_t h = after_country; h < p.title_end && norm(h) != "of" && norm(h) != ","; ++h) {
          if (idx_.longest(h, {EntryType::kOrgHead})) national_body = true;
        }
      }
      bool unit_of = o > after_head && norm(o - 1) == "office";
      if ((ministry || national_body) && !unit_of) {
        if (cc && !p.country) p.country = cc;
        p.org_begin = after_country, p.org_end = p.title_end;
        p.title_end = o;
        return;
      }
      if (unit_of && single && hw == "ministry") {
        if (cc && !p.country) p.country = cc;
        p.org_begin = after_country,
        p.org_end = p.title_end;  // organisation named, title kept whole
        return;
      }
      earlier_of = true;
    }
  }

  // An office phrase from i. `lower`: lower-case offices are accepted (an
  // appositive after a name:
  // ", deputy commander of the ..."); elsewhere offices are capitalised in this
  // genre and "the deputy minister" is a reference, not an introduction.
  TitleParse parse_title(size_t i, size_t end, bool lower = false) const {
    TitleParse p;
    p.begin = i;
    size_t j = i;
    bool head = false;
    size_t after_head = i;
    while (j < end) {
      // "Vice-Minister": the hyphen joins two office words
      if (j > i && t().tokens[j].has(segment::kHyphen) && !t().tokens[j].has(segment::kSpaceBefore)) {
        ++j;
        continue;
      }
      auto* m = idx_.longest(j, {EntryType::kOfficeHead, EntryType::kOfficeModifier, EntryType::kOfficeDomain});
      // a word that is both ("Chief") reads as the head when nothing longer
      // starts here
      if (auto* h = idx_.longest(j, {EntryType::kOfficeHead}); h && m && h->end >= m->end) m = h;
      if (!m || m->end > end) break;
      // ("Defence minister Mohamed Khaled Nordin": a capital on the office's first word only, as some papers write it)
      // (not after a body's name: "Bangladesh Army chief" is the Army's Chief)
      if (!cap(j) && !lower && !(j > i && cap(i) && !idx_.longest(i, {EntryType::kOrgHead}))) break;
      if (m->entry.type == EntryType::kOfficeHead) head = true, after_head = m->end;
      j = m->end;
      // "President-elect", "Ambassador-designate"
      if (head && j + 1 < end && t().tokens[j].has(segment::kHyphen) && !t().tokens[j].has(segment::kSpaceBefore) &&
          (norm(j + 1) == "elect" || norm(j + 1) == "designate")) {
        j += 2;
        after_head = j;
      }
    }
    if (!head) return p;
    j = after_head;
    // "Deputy Secretary Strategic Policy & Intelligence", "Deputy Secretary Strategy, Policy and Industry": a
    // portfolio of office-domain words after the head (Australian style), joined by "and", "&" or commas
    {
      size_t k = j, last = j;
      while (k < end) {
        auto* d = idx_.longest(k, {EntryType::kOfficeDomain});
        if (d && cap(k)) {
          k = last = d->end;
          continue;
        }
        std::string_view w = norm(k);
        if ((w == "and" || w == "&" || w == ",") && k + 1 < end && cap(k + 1) &&
            idx_.longest(k + 1, {EntryType::kOfficeDomain})) {
          ++k;
          continue;
        }
        break;
      }
      // ("Deputy Prime Minister and Defence Minister": a domain before another head is that office's)
      if (last > j && !(last < end && idx_.longest(last, {EntryType::kOfficeHead}))) j = after_head = last;
    }
    // "Deputy Secretary General (Policy)": a parenthesised portfolio
    if (j + 2 < end && norm(j) == "(" && cap(j + 1)) {
      size_t c = j + 1;
      while (c < end && c < j + 6 && norm(c) != ")" && t().tokens[c].has(segment::kAlpha)) ++c;
      if (c < end && norm(c) == ")" && !idx_.longest(j + 1, {EntryType::kGroup, EntryType::kCountry})) j = c + 1;
    }
    p.title_end = j;
    // continuation: "of/for/on ...", ", ... and ...", "at/under <org>"
    while (j < end) {
      std::string_view c = norm(j);
      // "Flag Officer Commanding the Eastern Fleet": the office takes its unit
      // without "of"
      if (c == "the" && j > i && norm(j - 1) == "commanding") c = "of", --j;
      bool org_intro = c == "at" || c == "under";
      bool joiner = c == "of" || c == "for" || c == "on" || c == "," || c == "and" || c == "&" || org_intro;
      // "Commander US Army, Alaska", "Chief Indian Navy": the office's body right after it, led by its state
      if (!joiner && j == p.title_end && j > i && cap(j)) {
        if (auto* st = idx_.longest(j, {EntryType::kCountry, EntryType::kDemonym});
            st && st->end < end && idx_.longest(st->end, {EntryType::kOrgHead})) {
          c = "of", joiner = true, --j;
        }
      }
      // "Ambassador to Indonesia", "High Commissioner to India": the host state
      // belongs to the title
      if (c == "to" && j + 1 < end) {
        // ("Ambassador to the Philippines")
        const size_t at = j + 2 < end && norm(j + 1) == "the" ? j + 2 : j + 1;
        if (auto* host = idx_.longest(at, {EntryType::kCountry}); host && p.org_end == 0) {
          j = host->end;
          p.title_end = j;
          continue;
        }
      }
      if (!joiner) break;
      std::optional<uint32_t> country;
      size_t k = skip_det_country(j + 1, end, country);
      // "of New Zealand" / "of Malaysia" ends the phrase with a country
      // (a rank or honorific after the state starts the name: "... of Cambodia
      // General Tea Seiha")
      const bool bridges_to_org = k < end && unknown_words_to_org_head(k, end) > k;
      if (country && !bridges_to_org &&
          (k >= end || !is_vocab(k) || norm(k) == "," || idx_.longest(k, {EntryType::kRank, EntryType::kHonorific}))) {
        if (!p.country) p.country = country;
        if (c == "of" || c == "from") {
          j = k;
          // "Minister of Defence of the Republic of Indonesia and
          // President-elect": a second office
          if (k + 1 < end && norm(k) == "and" && cap(k + 1) &&
              idx_.longest(k + 1, {EntryType::kOfficeHead, EntryType::kOfficeModifier})) {
            TitleParse more = parse_title(k + 1, end);
            if (more.ok) {
              j = more.end;
              p.title_end = more.title_end;
              continue;
            }
          }
          break;
        }
      }
      // lower-case words continue an office only after "of/for" (", the deputy
      // minister" is a new phrase)
      // "Commander of the Vietnamese navy": a force written in lower case after its state is still the body
      const bool lower_force = country && k < end && !cap(k) && (c == "of" || c == "for") &&
                               idx_.longest(k, {EntryType::kOrgHead}) != nullptr;
      if (k >= end || (!is_vocab(k) && !bridges_to_org) ||
          (!cap(k) && !lower_force && !(lower && (c == "of" || c == "for")))) {
        break;
      }
      // ", and ..." / ", Deputy ..." after an office is a list of people or a
      // new clause, not more office
      if ((c == "," || c == "and") && idx_.longest(k, {EntryType::kRank, EntryType::kHonorific})) break;
      if (auto* r = idx_.longest(k, {EntryType::kRank}); r) {
        auto* v = idx_.longest(k, {EntryType::kOrgHead, EntryType::kOrgWord, EntryType::kOfficeHead});
        // a rank that starts a name ("of Thailand General Tharapon") ends the office; one inside a
        // body's name ("of the General Logistics Department") does not
        if ((!v || v->end <= r->end) &&
            (!v || name_token(r->end, end, true) || idx_.longest(r->end, {EntryType::kHonorific, EntryType::kRank}))) {
          break;
        }
      }
      if (country && !p.country) p.country = country;
      size_t words_begin = k;
      while (k < end) {
        // "of the US III Marine Expeditionary Force", "of the 7th Fleet": words no list knows, inside a
        // capitalised name that ends in an organisation head
        if (const size_t bridged = unknown_words_to_org_head(k, end); bridged > k) {
          k = bridged;
          continue;
        }
        if (!((cap(k) || ((lower || (lower_force && k == words_begin)) && t().tokens[k].has(segment::kAlpha))) &&
              is_vocab(k) && norm(k) != "under" && norm(k) != "at")) {
          break;
        }
        auto* r = idx_.longest(k, {EntryType::kRank});
        auto* v = idx_.longest(k, {EntryType::kOrgHead, EntryType::kOrgWord, EntryType::kOfficeHead,
                                   EntryType::kOfficeModifier, EntryType::kOfficeDomain, EntryType::kCountry,
                                   EntryType::kDemonym, EntryType::kPlace, EntryType::kGroup});
        if (r && (!v || v->end <= r->end) &&
            (name_token(r->end, end, true) || idx_.longest(r->end, {EntryType::kHonorific}))) {
          break;
        }
        if (auto* cm = idx_.longest(k, {EntryType::kCountry, EntryType::kDemonym}); cm && !p.country)
          p.country = cm->entry.id;
        k = v ? v->end : k + 1;
        if (possessive(k)) ++k;
        // "Political-Military Affairs": a hyphen joins two words of the name
        if (k + 1 < end && norm(k) == "-" && !t().tokens[k].has(segment::kSpaceBefore) && cap(k + 1) && is_vocab(k + 1))
          ++k;
        // "Military Region 9", "Naval Region 3": a number closes the unit's
        // name
        if (k < end && t().tokens[k].has(segment::kDigit) && t().tokens[k].span.size() <= 3) ++k;
      }
      if (k == words_begin) break;
      if (org_intro) {
        // the organisation starts after "at/under [the] [Country's]"
        p.org_begin = words_begin, p.org_end = k;
        if (p.title_end <= i || p.title_end < j) p.title_end = j;
      }
      j = k;
      if (!org_intro && p.org_end == 0) p.title_end = j;
      if (!org_intro && p.org_end != 0) p.org_end = j;  // "at India's Ministry of Defence"
    }
    // "Minister of Defense (Menhan) Prabowo Subianto": the office's abbreviation in parentheses, then the name
    if (j + 2 < end && norm(j) == "(" && cap(j + 1) && t().tokens[j + 1].has(segment::kAlpha)) {
      size_t close = j + 2;
      if (close < end && norm(close) != ")" && cap(close)) ++close;
      if (close + 1 < end && norm(close) == ")" && cap(close + 1)) j = close + 1;
    }
    p.end = j;
    if (p.org_end == 0) split_organisation(p, after_head);
    p.ok = true;
    return p;
  }

  // The end of an organisation head reached from token k over at most four capitalised words or unit numbers
  // that no list knows ("III Marine Expeditionary Force", "7th Fleet"); k itself when there is none.
  size_t unknown_words_to_org_head(size_t k, size_t end) const {
    if (k >= end || is_vocab(k)) return k;
    size_t m = k;
    while (m < end && m < k + 4 && !idx_.longest(m, {EntryType::kOrgHead})) {
      const auto& tok = t().tokens[m];
      const bool word =
          tok.has(segment::kAlpha) && cap(m) && !idx_.longest(m, {EntryType::kRank, EntryType::kHonorific});
      const bool number = tok.has(segment::kDigit) && tok.span.size() <= 4;
      if (!word && !number) return k;
      ++m;
    }
    if (m >= end) return k;
    auto* head = idx_.longest(m, {EntryType::kOrgHead});
    return head && head->end <= end ? head->end : k;
  }

  // ", Vice Admiral Aaron Beng": an office followed by a comma and a rank or
  // honorific belongs to the person named next, not to the one before it.
  bool introduces_next(size_t j, size_t end) const {
    return j + 1 < end && norm(j) == "," && idx_.longest(j + 1, {EntryType::kRank, EntryType::kHonorific});
  }

  // A capitalised organisation name from i that ends in an organisation head
  // ("Royal Thai Air Force", "Armed Forces of the Philippines", "Defence
  // Ministry"); returns its end, or i when there is none.
  size_t org_run(size_t i, size_t end) const {
    size_t k = i, last = i;
    while (k < end && cap(k)) {
      auto* v = idx_.longest(
          k, {EntryType::kOrgHead, EntryType::kOrgWord, EntryType::kCountry, EntryType::kDemonym, EntryType::kPlace});
      if (!v || v->end > end) break;
      if (idx_.longest(k, {EntryType::kRank}) && !idx_.longest(k, {EntryType::kOrgHead})) break;
      bool is_head = v->entry.type == EntryType::kOrgHead;
      if (auto* h = idx_.longest(k, {EntryType::kOrgHead}); h && h->end >= v->end) is_head = true, v = h;
      // "Armed Forces of the Philippines": a state after "of" completes the
      // name
      if (v->entry.type == EntryType::kCountry && last > i && k > i && (norm(k - 1) == "of" || norm(k - 1) == "the")) {
        is_head = true;
      }
      k = v->end;
      if (possessive(k)) ++k;
      if (is_head) last = k;
      if (k + 1 < end && norm(k) == "of") {
        size_t n = k + 1;
        if (norm(n) == "the") ++n;
        if (n < end && cap(n) && idx_.longest(n, {EntryType::kOrgHead, EntryType::kOrgWord, EntryType::kCountry})) {
          k = n;
          continue;
        }
      }
    }
    return last;
  }

  // "deputy commander of the Southern Theater Command" -> "Deputy Commander of
  // the Southern Theater Command"
  std::string title_case(std::string s) const {
    size_t i = 0;
    while (i < s.size()) {
      size_t e = i;
      while (e < s.size() && s[e] != ' ' && s[e] != '-') ++e;
      std::string_view w(s.data() + i, e - i);
      if (!w.empty() && !is(w, WordClass::kTitleSmallWord) && s[i] >= 'a' && s[i] <= 'z')
        s[i] = static_cast<char>(s[i] - 'a' + 'A');
      i = e + 1;
    }
    return s;
  }

  // Where an organisation named from token b starts: a state written right before it belongs to it ("the Indian
  // Navy", "the Vietnam People's Army"); phrase_text drops it again before a government body ("the Thai Ministry
  // of Defence").
  size_t org_start(size_t b, std::optional<uint32_t>* state = nullptr) const {
    for (size_t k = b; k > 0 && b - k < 3; --k) {
      if (auto* c = idx_.longest(k - 1, {EntryType::kCountry, EntryType::kDemonym}); c && c->end == b && cap(k - 1)) {
        if (state) *state = c->entry.id;
        return k - 1;
      }
    }
    return b;
  }

  // Text of tokens [b, e) without country words (and their possessives), spaces
  // as in the source.
  std::string phrase_text(size_t b, size_t e, bool drop_countries) const {
    std::string out;
    const auto& tt = t();
    for (size_t i = b; i < e; ++i) {
      if (drop_countries) {
        // a state qualifying the phrase goes ("the Thai Ministry", "China's
        // Office"); one inside a name stays ("Royal Thai Air Force",
        // "Ambassador to Vietnam")
        bool qualifier = i == b || norm(i - 1) == "the" || norm(i - 1) == "of" || norm(i - 1) == "at" ||
                         norm(i - 1) == "under" || norm(i - 1) == "for";
        // "Ambassador to the Philippines": the host state stays in the title
        if (i >= b + 2 && norm(i - 1) == "the" && norm(i - 2) == "to") qualifier = false;
        // only before a government body ("the Thai Ministry of Defence",
        // "China's Office for ...", "the Indonesian Defense Ministry"); a state
        // inside a proper name stays ("the Vietnam Border Guard", "the
        // Malaysian Armed Forces Health Services", "the Chinese exercise
        // command")
        if (auto* c = idx_.longest(i, {EntryType::kCountry, EntryType::kDemonym}); c && c->end <= e && qualifier) {
          size_t after = c->end + (possessive(c->end) ? 1 : 0);
          // "... of the Republic of Indonesia and President-elect": a state
          // that closes an office goes with its "of the"
          bool closing = i > b && norm(i - 1) != "for" && (after >= e || norm(after) == "and" || norm(after) == ",");
          if (government_body(after, e) || closing) {
            if (closing) {
              for (std::string_view w : {" the", " of"}) {
                if (out.size() >= w.size() && std::string_view(out).substr(out.size() - w.size()) == w) {
                  out.resize(out.size() - w.size());
                }
              }
            }
            i = after - 1;
            continue;
          }
        }
        // a force's acronym before its unit qualifies it the same way ("the PLA
        // Southern Theater Command")
        if (qualifier && i > b && norm(i - 1) == "the" && tt.tokens[i].has(segment::kAllCaps) &&
            tt.tokens[i].span.size() >= 2 && i + 1 < e && cap(i + 1) && idx_.longest(i, {EntryType::kOrgWord})) {
          continue;
        }
      }
      if (!out.empty() && tt.tokens[i].has(segment::kSpaceBefore)) out += ' ';
      out += tt.text_of(i);
    }
    // drop dangling connectors and "the"
    auto ends_with = [&](std::string_view w) {
      return out.size() >= w.size() && std::string_view(out).substr(out.size() - w.size()) == w;
    };
    bool changed = true;
    while (changed) {
      changed = false;
      for (std::string_view w : {" the", " of", " for", " at", " under", ",", " and"}) {
        if (ends_with(w)) out.resize(out.size() - w.size()), changed = true;
      }
    }
    while (out.rfind("the ", 0) == 0) out.erase(0, 4), changed = true;
    // "of the Ministry" after dropping "Lao" leaves "of the Ministry": fine.
    return out;
  }

  // Tokens from k name a government body: Ministry, Department, Office,
  // Government, possibly after domain words ("Defense Ministry", "National
  // Defence Ministry").
  bool government_body(size_t k, size_t e) const {
    for (size_t n = 0; n < 4 && k < e; ++n) {
      std::string_view w = norm(k);
      if (w == "ministry" || w == "department" || w == "office" || w == "government" || w == "embassy" ||
          w == "administration" || w == "agency") {
        return true;
      }
      if (idx_.longest(k, {EntryType::kOrgHead})) return false;  // a force or unit: "Armed Forces", "Border Guard"
      if (!idx_.longest(k, {EntryType::kOfficeDomain, EntryType::kOrgWord}) && w != "national") return false;
      ++k;
    }
    return false;
  }

  static std::optional<std::string> infer_org(const std::string& title) {
    // "Deputy Minister of National Defence" -> "Ministry of National Defence"
    size_t p = title.find("Minister of ");
    if (p == std::string::npos) return std::nullopt;
    std::string rest = title.substr(p + 12);
    size_t f = rest.find(" for ");
    if (f != std::string::npos) rest = rest.substr(0, f);
    return "Ministry of " + rest;
  }

  // True if every key of `part` is a key of `whole` ("General Chien" -> Hoàng
  // Xuân Chiến).
  static bool keys_within(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
    if (part.empty()) return false;
    for (const auto& k : part) {
      if (std::find(whole.begin(), whole.end(), k) == whole.end()) return false;
    }
    return true;
  }

  // "KIHARA Minoru" (the Japanese ministry's style: family name in capitals) is written "Kihara Minoru": in a name
  // that mixes cases, a word in capitals (not a Roman numeral) takes title case. A name all in capitals stays.
  static std::string family_name_case(const std::string& name) {
    bool lower = false;
    for (char c : name) lower = lower || (c >= 'a' && c <= 'z');
    if (!lower) return name;
    std::string out = name;
    size_t i = 0;
    while (i < out.size()) {
      size_t j = i;
      while (j < out.size() && out[j] != ' ' && out[j] != '-') ++j;
      std::string_view w(out.data() + i, j - i);
      bool caps = w.size() >= 2, roman = true;
      for (char c : w) {
        caps = caps && c >= 'A' && c <= 'Z';
        roman = roman && (c == 'I' || c == 'V' || c == 'X');
      }
      if (caps && !roman) {
        for (size_t k = i + 1; k < j; ++k) out[k] = static_cast<char>(out[k] - 'A' + 'a');
      }
      i = j + 1;
    }
    return out;
  }

  static bool all_caps(std::string_view name) {
    bool upper = false;
    for (char c : name) {
      if (c >= 'a' && c <= 'z') return false;
      upper = upper || (c >= 'A' && c <= 'Z');
    }
    return upper;
  }

  int find_or_add_person(PersonEntity&& cand) {
    std::string key = normalize::fold(cand.name);
    for (size_t n = a_.people.size(); n-- > 0;) {
      const size_t i = n;  // latest first: a short name refers to the last person it fits
      auto& p = a_.people[i];
      std::string pk = normalize::fold(p.name);
      if (pk == key || (pk.find(key) != std::string::npos && cand.keys.size() >= 2) ||
          (key.find(pk) != std::string::npos && p.keys.size() >= 2) || keys_within(cand.keys, p.keys) ||
          (keys_within(p.keys, cand.keys) && p.keys.size() < cand.keys.size())) {
        if (keys_within(p.keys, cand.keys) && cand.keys.size() > p.keys.size()) {
          // introduced by a short form first ("General Chien"), full name
          // later: keep the full one
          p.name = cand.name;
          p.keys = cand.keys;
        }
        // a masthead or headline in capitals ("THE HON STEPHEN SMITH MP") names first; the body's spelling
        // of the same name is how it is written
        if (pk == key && all_caps(p.name) && !all_caps(cand.name)) p.name = cand.name;
        if (!p.country && cand.country) p.country = cand.country, p.country_rule = cand.country_rule;
        // a headline's office is a short form ("Deputy PM & Defence Minister"):
        // the body's wins
        if (from_headline_[i] && !in_headline_ && cand.title) {
          p.title = cand.title;
          if (cand.organization) p.organization = cand.organization;
          from_headline_[i] = false;
        }
        if (!p.title && cand.title) p.title = cand.title;
        if (!p.rank && cand.rank) p.rank = cand.rank;
        if (!p.organization && cand.organization) p.organization = cand.organization;
        return static_cast<int>(i);
      }
    }
    a_.people.push_back(std::move(cand));
    from_headline_.push_back(in_headline_);
    intro_begin_.push_back(cue_begin_);
    return static_cast<int>(a_.people.size() - 1);
  }

  void people_in(const segment::Sentence& s) {
    const auto& tt = t();
    size_t i = s.begin;
    while (i < s.end) {
      size_t j = i;
      std::optional<uint32_t> country;
      std::optional<uint32_t> rank;
      bool retired = false;  // "Lt Gen (Rtd)": the rank is written out with "(Retired)"
      TitleParse title;
      bool cue = false;
      bool given_name_first = false;  // see rank_given_name below
      cue_begin_ = i;
      if (size_t e = counterparts_list(i, s.end); e > i) {
        i = e;
        continue;
      }
      for (int step = 0; step < 8 && j < s.end; ++step) {
        // ("where he was received by its head, Haluk Gorgun": a body's own office, then its holder)
        if ((norm(j) == "the" || norm(j) == "its" || norm(j) == "their") && step == 0) {
          ++j;
          continue;
        }
        if (auto* c = idx_.longest(j, {EntryType::kCountry, EntryType::kDemonym}); c && !country) {
          size_t k = c->end;
          if (possessive(k)) ++k;
          // ("Japan's new defence minister Shinjiro Koizumi": grammar.tsv office_adjective)
          while (k < s.end && !cap(k) && k_.grammar.is(norm(k), gazetteer::WordClass::kOfficeAdjective)) ++k;
          // only as part of a person phrase: a title, rank or honorific must
          // follow
          if (idx_.longest(k, {EntryType::kOfficeHead, EntryType::kOfficeModifier, EntryType::kOfficeDomain,
                               EntryType::kRank, EntryType::kHonorific})) {
            country = c->entry.id;
            j = k;
            continue;
          }
          // "his Vietnamese counterpart General Phan Van Giang", "his Argentine peer Arturo Puricelli"
          if (k < s.end && (norm(k) == "counterpart" || norm(k) == "peer")) {
            size_t n = k + 1;
            if (n < s.end && norm(n) == ",") ++n;
            if (idx_.longest(
                    n, {EntryType::kRank, EntryType::kHonorific, EntryType::kOfficeHead, EntryType::kOfficeModifier}) ||
                name_token(n, s.end)) {
              country = c->entry.id;
              j = n;
              cue = true;
              continue;
            }
          }
          break;
        }
        if (auto* r = idx_.longest(j, {EntryType::kRank})) {
          // "Defence Minister Gen Nakatani": a rank abbreviation that is also a given name (grammar.tsv
          // `rank_given_name`), written without a dot before a single new surname, is the given name
          // ("Gen. Nakatani", "Gen Phan Van Giang" and "Gen Prayut" for a Prayut named before keep the rank)
          if (r->end == j + 1 && !tt.tokens[j].has(segment::kAbbrevDot) && is(norm(j), WordClass::kRankGivenName) &&
              name_token(j + 1, s.end, true) && parse_name(j + 1, s.end, true) == j + 2 &&
              person_with_key(norm(j + 1)) < 0) {
            given_name_first = true;
            cue = true;
            break;
          }
          auto* longer = idx_.longest(j, {EntryType::kOrgHead, EntryType::kOrgWord, EntryType::kOfficeHead});
          // "the Commander of the Royal Navy": a rank word that is also an
          // office, followed by "of", is the office
          bool office = longer && longer->end == r->end && r->end < s.end && norm(r->end) == "of" &&
                        idx_.longest(j, {EntryType::kOfficeHead});
          if (!office && (!longer || longer->end <= r->end)) {
            if (cap(j) || tt.tokens[j].has(segment::kAbbrevDot)) {
              rank = r->entry.id;
              j = r->end;
              cue = true;
              // "Lt Gen (Retd)", "Rear Admiral (ret.)": a retired officer keeps the rank
              if (j + 2 < s.end && norm(j) == "(") {
                std::string_view w = norm(j + 1);
                size_t close = j + 2 + (j + 3 < s.end && norm(j + 2) == "." ? 1 : 0);
                if ((w == "retd" || w == "rtd" || w == "r" || w == "ret" || w == "retired") && close < s.end &&
                    norm(close) == ")") {
                  j = close + 1;
                  retired = true;
                }
              }
              continue;
            }
          }
        }
        if (auto* h = idx_.longest(j, {EntryType::kHonorific}); h && cap(j)) {
          cue = true;
          j = h->end;
          continue;
        }
        if (!title.ok) {
          // after a state, a lower-case office is still this phrase's
          // ("Indonesia's defense attaché in Washington, Rear Adm. Agus
          // Rustandi")
          // ("Venezuelan Defence minister Henry Rangel Silva": a capitalised domain, a lower-case head)
          // (not a body's name: "Bangladesh Army chief" is the Army's Chief)
          const bool its = j == i + 1 && (norm(i) == "its" || norm(i) == "their");
          TitleParse tp = parse_title(
              j, s.end, its || (country.has_value() && j > i && (!cap(j) || !idx_.longest(j, {EntryType::kOrgHead}))));
          size_t org_end = org_run(j, s.end);
          // "Indonesian Air Force Chief of Staff": a force, then an office of
          // several words, is office + organisation; "Army Chief" (a bare head)
          // stays one title
          bool split = false;
          if (tp.ok && org_end > j) {
            TitleParse rest = parse_title(org_end, s.end, true);
            size_t words = 0;
            for (size_t w = org_end; rest.ok && w < rest.title_end; ++w) words += t().tokens[w].has(segment::kAlpha);
            split = rest.ok && words >= 2;
          }
          if (tp.ok && !split) {
            // "Director General, Ministry of National Defence, ...": a body after a comma inside the
            // office phrase is the organisation, not more office
            for (size_t c = tp.begin + 1; c + 1 < tp.title_end; ++c) {
              if (norm(c) == "," && cap(c + 1) && idx_.longest(c + 1, {EntryType::kOrgHead}) && tp.org_end == 0) {
                tp.org_begin = c + 1, tp.org_end = tp.title_end, tp.title_end = c;
                break;
              }
            }
            title = tp;
            cue = true;
            j = tp.end;
            // "... attaché in Washington, Rear Adm. ...": the post's place is
            // not part of the name
            if (j + 2 < s.end && norm(j) == "in" && idx_.longest(j + 1, {EntryType::kPlace, EntryType::kCountry}) &&
                norm(idx_.longest(j + 1, {EntryType::kPlace, EntryType::kCountry})->end) == ",") {
              j = idx_.longest(j + 1, {EntryType::kPlace, EntryType::kCountry})->end;
            }
            continue;
          }
          // "Royal Thai Air Force commander", "Defence Ministry
          // Secretary-General": the body, then the office
          if (org_end > j) {
            // "US Indo-Pacific Command (Indopacom) chief": the body's abbreviation may come between
            size_t title_at = org_end;
            if (title_at + 3 < s.end && norm(title_at) == "(" && cap(title_at + 1) &&
                tt.tokens[title_at + 1].has(segment::kAlpha) && norm(title_at + 2) == ")") {
              title_at += 3;
            }
            TitleParse tp2 = parse_title(title_at, s.end, true);
            if (tp2.ok) {
              if (tp2.org_end == 0) tp2.org_begin = j, tp2.org_end = org_end;
              for (size_t c = j; c < org_end && !tp2.country; ++c) {
                if (auto* cm = idx_.longest(c, {EntryType::kCountry, EntryType::kDemonym})) tp2.country = cm->entry.id;
              }
              title = tp2;
              cue = true;
              j = tp2.end;
              continue;
            }
          }
        }
        // "The Chief of the Naval Staff of the Indian Navy, Admiral Karambir
        // Singh": office, comma, rank (also in a list: ", the Chief of Defence
        // Force of Singapore, Vice Admiral Aaron Beng, and ...";
        // ", the Deputy Prime Minister and Minister for Defence, the Hon
        // Richard Marles MP")
        // (an office right after a name and its comma is that name's appositive, read already)
        bool after_name_comma = false;
        if (i > s.begin + 1 && norm(i - 1) == ",") {
          for (const auto& m : a_.mentions) {
            if (m.type == MentionType::kPerson && m.end == i - 1) after_name_comma = true;
          }
        }
        if (title.ok && !rank && norm(j) == "," && j + 1 < s.end && (!after_name_comma || norm(i) == "the")) {
          size_t n = j + 1;
          if (norm(n) == "the" && idx_.longest(n + 1, {EntryType::kHonorific})) ++n;
          // "Deputy Permanent Secretary for Defence, Thailand General Nuchit Sribunsong"
          if (auto* c = idx_.longest(n, {EntryType::kCountry});
              c && !possessive(c->end) && idx_.longest(c->end, {EntryType::kRank, EntryType::kHonorific})) {
            if (!country) country = c->entry.id;
            n = c->end;
          }
          if (idx_.longest(n, {EntryType::kRank, EntryType::kHonorific})) {
            j = n;
            continue;
          }
          // "Special Secretary, Ministry of Defence, India Arvind Rao": a release's signature line gives
          // the office, its body and its state between commas, then the name
          if (auto* c = idx_.longest(n, {EntryType::kCountry});
              c && title.org_end > title.title_end && !possessive(c->end) && parse_name(c->end, s.end) >= c->end + 2) {
            if (!country) country = c->entry.id;
            j = c->end;
            continue;
          }
          if (title.org_end == 0) {
            size_t oe = org_run(n, s.end);
            auto* c =
                oe > n && oe + 1 < s.end && norm(oe) == "," ? idx_.longest(oe + 1, {EntryType::kCountry}) : nullptr;
            if (c && !possessive(c->end) &&
                (parse_name(c->end, s.end) >= c->end + 2 ||
                 idx_.longest(c->end, {EntryType::kRank, EntryType::kHonorific}))) {
              title.org_begin = n, title.org_end = oe;
              if (!country) country = c->entry.id;
              j = c->end;
              continue;
            }
          }
          // "visiting Italian Minister of Defense, Giampaolo Di Paola.": a state's office, a comma and a
          // name that closes the phrase
          // (or "the Minister for Defence and Veterans Affairs, Pio Tikoduadua,": a definite office, no state)
          if ((country || title.country || norm(i) == "the" || norm(i) == "its" || norm(i) == "their") && !rank) {
            size_t ne = parse_name(n, s.end);
            if (ne >= n + 2 && (ne >= s.end || norm(ne) == "," || norm(ne) == "." || norm(ne) == "and")) {
              j = n;
              continue;
            }
          }
        }
        break;
      }
      size_t name_end = given_name_first ? j + 2 : cue ? parse_name(j, s.end, true) : j;
      // "Colonel Square", "General Hospital": a rank before a place noun names
      // a place
      if (cue && name_end == j + 1 && is(norm(j), WordClass::kPlaceNoun)) name_end = j;
      // "Commander of Royal Land Forces", "Head of the Military Protocols and Public Relations": one capitalised
      // word after an office of several words, going on as a name of a body, is part of that body, not a person
      if (cue && !rank && title.ok && name_end == j + 1 && name_end < s.end && j > title.begin + 2) {
        bool of_phrase = false;
        for (size_t k = title.begin; k < j; ++k) of_phrase = of_phrase || norm(k) == "of";
        const bool goes_on = cap(name_end) || (norm(name_end) == "and" && cap(name_end + 1));
        if (of_phrase && goes_on) name_end = j;
      }
      // "the Russian frigate Admiral Gorshkov": a rank right after a ship's word (grammar.tsv ship_noun) names the ship
      // (not "the Commanding Officer of the ship Deputy Inspector General X": an office of the ship, then its holder)
      if (cue && name_end > j && i > s.begin && is(norm(i - 1), WordClass::kShipNoun) && norm(i - 1) != "naval" &&
          !(i >= s.begin + 3 && norm(i - 2) == "the" && norm(i - 3) == "of"))
        name_end = j;
      // "Minister of Defence II": a generational suffix alone is no name
      if (cue && name_end > j) {
        bool only_suffix = true;
        for (size_t k = j; k < name_end && only_suffix; ++k) only_suffix = is(norm(k), WordClass::kNameSuffix);
        if (only_suffix) name_end = j;
      }
      if (cue && name_end > j) {
        PersonEntity p;
        build_person(p, j, name_end, country, rank, title);
        if (retired && p.rank) *p.rank += " (Retired)";
        size_t read_to = after_name(p, name_end, s.end);
        if (!p.title || !p.country) office_before(p, i, s.begin);
        if (!p.country) led_by_country(p, i, s.begin);
        p.first = tt.span_of(i, name_end);
        int id = find_or_add_person(std::move(p));
        Mention m;
        m.type = MentionType::kPerson, m.begin = static_cast<uint32_t>(j), m.end = static_cast<uint32_t>(name_end);
        m.entity = id, m.full = true;
        a_.mentions.push_back(m);
        i = std::max(name_end, read_to);
        continue;
      }
      // no cue before: "Andrew Byers, the U.S. Deputy Assistant Secretary ..."
      size_t bare_end = parse_name(i, s.end);
      if (bare_end > i && bare_end - i >= 2 && bare_end < s.end && norm(bare_end) == ",") {
        std::optional<uint32_t> c2;
        size_t k = skip_det_country(bare_end + 1, s.end, c2);
        if (k < s.end && (norm(k) == "a" || norm(k) == "an")) ++k;
        TitleParse tp = parse_title(k, s.end, true);
        if (tp.ok && !(norm(bare_end + 1) == "the" && introduces_next(tp.end, s.end))) {
          cue_begin_ = i;
          PersonEntity p;
          build_person(p, i, bare_end, c2, std::nullopt, tp);
          p.first = tt.span_of(i, tp.end);
          int id = find_or_add_person(std::move(p));
          Mention m;
          m.type = MentionType::kPerson, m.begin = static_cast<uint32_t>(i), m.end = static_cast<uint32_t>(bare_end);
          m.entity = id, m.full = true;
          a_.mentions.push_back(m);
          i = tp.end;
          continue;
        }
      }
      i = std::max(i + 1, j > i ? j : i + 1);
    }
  }

  // "his Australian, Japanese and Philippine counterparts, Richard Marles,
  // Minoru Kihara and Gilberto Teodoro": as many names as demonyms, in the same
  // order. Returns the end of the list, or i.
  size_t counterparts_list(size_t i, size_t end) {
    if (!(norm(i) == "his" || norm(i) == "her" || norm(i) == "their")) return i;
    std::vector<uint32_t> states;
    size_t k = i + 1;
    while (k < end) {
      auto* c = idx_.longest(k, {EntryType::kDemonym, EntryType::kCountry});
      if (!c) break;
      states.push_back(c->entry.id);
      k = c->end;
      if (k < end && (norm(k) == "," || norm(k) == "and")) ++k;
      if (k < end && norm(k) == "and") ++k;
    }
    // "Giang met his counterpart, Rajnath Singh, in Hanoi": one counterpart named in apposition, of the state said
    // before the noun if any (else of none guessed: not the subject's, whatever the article's home is)
    if (states.size() <= 1 && k + 3 < end && norm(k) == "counterpart" && norm(k + 1) == ",") {
      const size_t nb = k + 2, ne = parse_name(nb, end);
      if (ne - nb < 2 || ne >= end || (norm(ne) != "," && norm(ne) != "." && norm(ne) != "and")) return i;
      if (states.empty())
        add_listed_person(nb, ne, std::nullopt, kCounterpartInApposition);
      else
        add_listed_person(nb, ne, states[0], "");
      return ne;
    }
    // ("their Indonesian counterparts, Retno Marsudi and Prabowo Subianto": one state for all the names)
    if (states.empty() || k + 2 >= end || norm(k) != "counterparts" || norm(k + 1) != ",") return i;
    const size_t wanted = states.size() == 1 ? 4 : states.size();
    k += 2;
    std::vector<std::pair<size_t, size_t>> names;
    while (k < end && names.size() < wanted) {
      size_t e = parse_name(k, end);
      if (e - k < 2) {
        if (states.size() == 1 && names.size() >= 2) break;  // (", in Tokyo": the list has ended)
        return i;
      }
      names.emplace_back(k, e);
      k = e;
      const bool more = k < end && (norm(k) == "," || norm(k) == "and");
      if (k < end && norm(k) == ",") ++k;
      if (k < end && norm(k) == "and") ++k;
      if (!more) break;
    }
    if (states.size() == 1 ? names.size() < 2 : names.size() != states.size()) return i;
    for (size_t n = 0; n < names.size(); ++n) {
      add_listed_person(names[n].first, names[n].second, states[states.size() == 1 ? 0 : n],
                        "counterparts listed with their states");
    }
    return names.back().second;
  }

  // A person named in a list of counterparts, tokens [nb, ne), of `state` if known: introduced and mentioned there.
  // `rule` (if not empty) says why the state is what it is.
  void add_listed_person(size_t nb, size_t ne, std::optional<uint32_t> state, std::string_view rule) {
    PersonEntity p;
    build_person(p, nb, ne, state, std::nullopt, TitleParse{});
    if (!rule.empty()) p.country_rule = std::string(rule);
    p.first = t().span_of(nb, ne);
    cue_begin_ = nb;
    const int id = find_or_add_person(std::move(p));
    Mention m;
    m.type = MentionType::kPerson, m.begin = static_cast<uint32_t>(nb), m.end = static_cast<uint32_t>(ne);
    m.entity = id, m.full = true;
    a_.mentions.push_back(m);
  }

  // A headline: a sentence among the first three paragraphs that is the whole
  // paragraph and ends without a full stop (a site name may come before it:
  // "Ministry of Defence\n\nMinister holds talks ...").
  bool headline(const segment::Sentence& s) const {
    const auto& ss = a_.tokens.sentences;
    if (ss.size() < 2 || s.paragraph > 2 || s.end <= s.begin) return false;
    size_t idx = static_cast<size_t>(&s - ss.data());
    if (idx > 3) return false;
    bool alone = (idx == 0 || ss[idx - 1].paragraph != s.paragraph) &&
                 (idx + 1 >= ss.size() || ss[idx + 1].paragraph != s.paragraph);
    std::string_view last = norm(s.end - 1);
    return alone && last != "." && last != "!" && last != "?";
  }

  // "Deputy Prime Minister (PM)": an acronym in brackets restates the office, it is not part of it
  static std::string without_acronyms(std::string title) {
    for (size_t open = title.find(" ("); open != std::string::npos; open = title.find(" (", open)) {
      const size_t close = title.find(')', open);
      if (close == std::string::npos) break;
      bool acronym = close > open + 2 && close - open <= 10;
      for (size_t c = open + 2; c < close && acronym; ++c)
        acronym = (title[c] >= 'A' && title[c] <= 'Z') || title[c] == '.' || title[c] == '&';
      if (!acronym) {
        open = close;
        continue;
      }
      title.erase(open, close + 1 - open);
    }
    return title;
  }

  void build_person(PersonEntity& p, size_t nb, size_t ne, std::optional<uint32_t> country,
                    std::optional<uint32_t> rank, const TitleParse& title) {
    const auto& tt = t();
    p.name = std::string(text_.substr(tt.tokens[nb].span.start, tt.tokens[ne - 1].span.end - tt.tokens[nb].span.start));
    p.name = family_name_case(p.name);
    for (size_t i = nb; i < ne; ++i) {
      if (tt.tokens[i].has(segment::kAlpha) && !is(norm(i), WordClass::kNameParticle) && norm(i).size() > 1) {
        p.keys.emplace_back(norm(i));
      }
    }
    if (rank) p.rank = k_.ranks[*rank].name;
    if (title.ok) {
      std::string ttl = without_acronyms(title_case(phrase_text(title.begin, title.title_end, true)));
      if (!ttl.empty()) p.title = ttl;
      // "Philippine Coast Guard Commandant X": the state of the body is the person's
      std::optional<uint32_t> body_state;
      if (title.org_end > title.org_begin)
        p.organization = phrase_text(org_start(title.org_begin, &body_state), title.org_end, true);
      if (!p.organization && p.title) p.organization = infer_org(*p.title);
      if (title.country && !country) country = title.country;
      if (body_state && !country) country = body_state;
    }
    if (country) {
      p.country = k_.countries.all()[*country].code;
      p.country_rule = "named with the person";
    } else if (title.ok) {
      place_country(p, title.begin, title.end);
    }
  }

  // "the chief of staff of the Armed Forces of the Philippines, General Romeo Brawner, said": an office opened by
  // "the" and closed by the comma right before the person's rank is theirs (title, organisation and the state named
  // in it), when nothing of theirs says otherwise.
  void office_before(PersonEntity& p, size_t cue, size_t sentence_begin) const {
    if (cue < sentence_begin + 3 || norm(cue - 1) != ",") return;
    const size_t comma = cue - 1;
    for (size_t the = comma - 1; the >= sentence_begin && comma - the <= 16; --the) {
      const bool clause_start = the == sentence_begin || norm(the - 1) == "," || norm(the - 1) == ";";
      if (norm(the) != "the") {
        if (clause_start) return;  // (no office opened by "the" in this clause)
        continue;
      }
      std::optional<uint32_t> country;
      const size_t k = skip_det_country(the, comma, country);
      TitleParse tp = parse_title(k, comma, true);
      if (!tp.ok || tp.end != comma) {
        if (clause_start) return;
        continue;
      }
      if (!p.title) {
        std::string ttl = title_case(phrase_text(k, tp.title_end, true));
        if (!ttl.empty()) p.title = ttl;
      }
      std::optional<uint32_t> body_state;
      if (!p.organization && tp.org_end > tp.org_begin)
        p.organization = phrase_text(org_start(tp.org_begin, &body_state), tp.org_end, true);
      if (!country) country = tp.country ? tp.country : body_state;
      if (country && !p.country)
        p.country = k_.countries.all()[*country].code, p.country_rule = "the office before the name";
      return;
    }
  }

  // "Commander of the Guangxi Military District", "Vice Chairman of the Da Nang
  // People's Committee": a place inside the office is in the person's state.
  void place_country(PersonEntity& p, size_t b, size_t e) const {
    for (size_t i = b; i < e && !p.country; ++i) {
      if (auto* pl = idx_.longest(i, {EntryType::kPlace}); pl && cap(i)) {
        p.country = k_.places[pl->entry.id].country, p.country_rule = "a place in the office";
      }
    }
  }

  // "... of Malaysia's Ministry of Defence", ", Deputy Director of ...", "of
  // New Zealand" Returns the end of what it read (j when nothing).
  size_t after_name(PersonEntity& p, size_t j, size_t end) {
    if (j >= end) return j;
    std::string_view c = norm(j);
    if (c == "of" || c == "from" || c == "at") {
      std::optional<uint32_t> country;
      size_t k = skip_det_country(j + 1, end, country);
      if (country && !p.country) p.country = k_.countries.all()[*country].code, p.country_rule = "of <country>";
      if (k < end && idx_.longest(k, {EntryType::kOrgHead, EntryType::kOrgWord})) {
        size_t e = k;
        while (e < end && cap(e) && is_vocab(e)) {
          auto* v = idx_.longest(e, {EntryType::kOrgHead, EntryType::kOrgWord, EntryType::kCountry, EntryType::kPlace});
          e = v ? v->end : e + 1;
          if (e < end && (norm(e) == "of" || norm(e) == "for") && cap(e + 1) && is_vocab(e + 1)) ++e;
        }
        if (!p.organization && e > k) p.organization = phrase_text(org_start(k), e, true);
        // "Brig. Gen. Arturo Rojas of the Philippine Marine Corps, the exercise
        // director, said"
        if (e < end && norm(e) == "," && !p.title) return after_name(p, e, end);
        return e;
      }
      return k;
    }
    if (c == ",") {
      std::optional<uint32_t> country;
      // ", who is the chief of the General Political Department of ...": a relative clause says the office
      size_t from = j + 1;
      if (from + 2 < end && norm(from) == "who" && (norm(from + 1) == "is" || norm(from + 1) == "was")) {
        from += 2;
        if (norm(from) == "also") ++from;
        if (norm(from) != "the") return j;
      }
      size_t k = skip_det_country(from, end, country);
      if (k < end && (norm(k) == "a" || norm(k) == "an")) k = skip_det_country(k + 1, end, country);
      TitleParse tp = parse_title(k, end, true);
      // ", the Chief of Defence Force of Singapore, Vice Admiral Aaron Beng": a
      // list of "office, name" pairs; without "the" (", Deputy Permanent
      // Secretary of ..., General Chien said") it is an appositive
      if (!tp.ok || (norm(from) == "the" && introduces_next(tp.end, end))) return j;
      // ", Australian Deputy Prime Minister Richard Marles and ...": an office
      // right before a name is that name's, in a list of people
      if (tp.end < end &&
          (name_token(tp.end, end) || idx_.longest(tp.end, {EntryType::kRank, EntryType::kHonorific}))) {
        return j;
      }
      std::string ttl = title_case(phrase_text(k, tp.title_end, true));
      if (!p.title && !ttl.empty()) p.title = ttl;
      if (!p.organization && tp.org_end > tp.org_begin)
        p.organization = phrase_text(org_start(tp.org_begin), tp.org_end, true);
      if (!p.organization && p.title) p.organization = infer_org(*p.title);
      if (!country) country = tp.country;
      // ", Commander of Royal Land Forces in the Kingdom of Saudi Arabia": the state the office is in (not an
      // envoy's post: "Ambassador in Hanoi")
      size_t after = tp.end;
      if (!country && after + 1 < end && norm(after) == "in" && p.title) {
        const std::string head = normalize::fold(*p.title);
        const bool envoy = head.find("ambassador") != std::string::npos || head.find("attach") != std::string::npos ||
                           head.find("envoy") != std::string::npos || head.find("representative") != std::string::npos;
        std::optional<uint32_t> in_country;
        size_t k2 = skip_det_country(after + 1, end, in_country);
        if (in_country && !envoy &&
            (k2 >= end || norm(k2) == "," || norm(k2) == "(" || norm(k2) == "." || norm(k2) == "and")) {
          country = in_country;
          after = k2;
        }
      }
      if (country && !p.country) p.country = k_.countries.all()[*country].code, p.country_rule = "appositive";
      if (!p.country) place_country(p, k, tp.end);
      return after;
    }
    return j;
  }

  // "a delegation of the Chinese People's Liberation Army led by Lt. Gen. Zhang
  // Hongbing": the state named just before "led by" is the person's.
  void led_by_country(PersonEntity& p, size_t start, size_t sentence_begin) const {
    // "led by [the PLA deputy chief] General X": the leader's own body may come between
    size_t by = start;
    while (by > sentence_begin + 1 && by + 8 > start && norm(by - 1) != "by" && norm(by - 1) != "," &&
           norm(by - 1) != ".") {
      --by;
    }
    if (by < sentence_begin + 2 || norm(by - 1) != "by" || norm(by - 2) != "led") return;
    start = by;
    for (size_t k = start - 2; k-- > sentence_begin && k + 16 > start;) {
      if (auto* c = idx_.longest(k, {EntryType::kCountry, EntryType::kDemonym}); c && c->end <= start) {
        p.country = k_.countries.all()[c->entry.id].code, p.country_rule = "the delegation it leads";
        return;
      }
    }
  }

  // A person whose country no cue gives: the naming tradition when it is
  // unmistakable (Vietnamese family names, Korean hyphenated given names), else
  // the article's home country (the state it talks about most: a person it
  // names without a demonym is, in this genre, one of its own).
  void infer_countries() {
    const std::optional<std::string> home = unqualified_home();
    for (auto& p : a_.people) {
      if (p.country) continue;
      // (three syllables at least: "Van" in "Phan Van Giang" is no key, being a
      // Dutch particle too)
      if (std::string_view fam = p.keys.empty() ? std::string_view() : k_.grammar.family_country(p.keys[0]);
          std::count(p.name.begin(), p.name.end(), ' ') >= 2 && !fam.empty()) {
        p.country = std::string(fam), p.country_rule = "family name (grammar.tsv)";
        continue;
      }
      // "Kim Sun-ho": a one-word family name, then a given name of two syllables joined by a hyphen
      if (size_t sp = p.name.find(' '); sp != std::string::npos && p.name.find(' ', sp + 1) == std::string::npos &&
                                        p.name.find('-', sp) != std::string::npos) {
        size_t h = p.name.find('-', sp);
        // (romanised Korean syllables are short: "Lee Doo-hee", "Ahn Gyu-back"; not "Surapong Suwana-adth")
        const bool short_syllables = sp <= 5 && h - sp - 1 <= 5 && p.name.size() - h - 1 <= 5;
        if (short_syllables && h + 1 < p.name.size() && p.name[h + 1] >= 'a' && p.name[h + 1] <= 'z') {
          p.country = "KOR", p.country_rule = "Korean given name";
          continue;
        }
      }
    }
    // A body named elsewhere with its state ("the Indian Navy's Eastern Fleet"
    // ... "Flag Officer Commanding the Eastern Fleet"); a person listed with
    // one whose state is known ("Secretary Teodoro and Secretary of Foreign
    // Affairs Enrique Manalo": a delegation is listed together).
    for (size_t i = 0; i < a_.people.size(); ++i) {
      auto& p = a_.people[i];
      if (p.country) continue;
      if (auto c = country_of_body(p)) {
        p.country = *c, p.country_rule = "its body is named with a state elsewhere";
        continue;
      }
      if (auto c = country_of_conjunct(i)) {
        p.country = *c, p.country_rule = "listed with a person of that state";
        continue;
      }
      if (auto c = country_of_side(i)) p.country = *c, p.country_rule = "for <state> [side] after the name";
    }
    // The rest: the dateline's state (an outlet qualifies foreign officials,
    // not its own, and a dateline is written where its own people are), else
    // the article's home.
    std::optional<std::string> dated;
    if (a_.dateline_place)
      dated = k_.places[*a_.dateline_place].country;
    else if (a_.dateline_country)
      dated = k_.countries.all()[*a_.dateline_country].code;
    // A head of state or government with no state of their own receives visitors at home: the state
    // the article's visitors are visiting ("visiting Manila", "a visit to the Philippines") is theirs.
    const std::optional<std::string> visited = dated ? dated : visited_state();
    for (auto& p : a_.people) {
      if (p.country || !p.title || !visited) continue;
      std::string head = normalize::fold(*p.title);
      if (auto sp = head.rfind(' '); sp != std::string::npos) head = head.substr(sp + 1);
      if (is(head, WordClass::kHeadOfState))
        p.country = *visited, p.country_rule = "head of state of the visited state";
    }
    for (size_t pi = 0; pi < a_.people.size(); ++pi) {
      auto& p = a_.people[pi];
      if (p.country || p.country_rule == kCounterpartInApposition) continue;
      std::optional<std::string> fallback = dated ? dated : home;
      // "In Da Nang, General Chien and his Singaporean counterpart met": not of the counterpart's state; the
      // place they met in, if of another state, is the guess
      if (auto [other, place] = counterpart_state_after(static_cast<int>(pi));
          other && (!fallback || fallback == other)) {
        fallback.reset();
        if (place && *place != *other) {
          p.country = *place, p.country_rule = "met a counterpart of another state in a place of this one";
          continue;
        }
      }
      if (!fallback) continue;
      p.country = *fallback, p.country_rule = dated ? "dateline" : "home country of the article";
    }
  }

  // For "<person> and his/her <demonym> counterpart": that state, and the state of a place the same sentence
  // names ("In Da Nang, ..."), if any.
  std::pair<std::optional<std::string>, std::optional<std::string>> counterpart_state_after(int who) const {
    const auto& tt = t();
    for (const auto& m : a_.mentions) {
      if (m.type != MentionType::kPerson || m.entity != who || m.end + 3 >= tt.tokens.size()) continue;
      size_t e = m.end;
      if (norm(e) != "and" || (norm(e + 1) != "his" && norm(e + 1) != "her")) continue;
      auto* c = idx_.longest(e + 2, {EntryType::kDemonym});
      if (!c || c->end >= tt.tokens.size() || norm(c->end) != "counterpart") continue;
      std::optional<std::string> place;
      for (const auto& s : tt.sentences) {
        if (m.begin < s.begin || m.begin >= s.end) continue;
        for (const auto& pm : a_.mentions) {
          if (pm.type == MentionType::kPlace && pm.begin >= s.begin && pm.end <= s.end) {
            place = k_.places[pm.id].country;
            break;
          }
        }
      }
      return {k_.countries.all()[c->entry.id].code, place};
    }
    return {};
  }

  // The state of the first place or state named right after a word of a visit under way ("visiting Manila",
  // "arrived in Hanoi"; grammar.tsv `visit_word`), if any.
  std::optional<std::string> visited_state() const {
    const auto& tt = t();
    for (size_t i = 0; i + 1 < tt.tokens.size(); ++i) {
      if (!is(norm(i), WordClass::kVisitWord)) continue;
      size_t j = i + 1;
      if (j < tt.tokens.size() && (norm(j) == "to" || norm(j) == "in")) ++j;
      if (j < tt.tokens.size() && norm(j) == "the") ++j;
      if (auto* pl = idx_.longest(j, {EntryType::kPlace}); pl && cap(j)) return k_.places[pl->entry.id].country;
      if (auto* c = idx_.longest(j, {EntryType::kCountry})) return k_.countries.all()[c->entry.id].code;
    }
    return std::nullopt;
  }

  // The state of a person's body where the article names that body with a state
  // elsewhere: the last capitalised words of the organisation (or of the title
  // after "of"/"Commanding the") found right after a state's name, demonym or
  // possessive ("Indian Navy's Eastern Fleet").
  std::optional<std::string> country_of_body(const PersonEntity& p) const {
    std::string body;
    if (p.organization)
      body = *p.organization;
    else if (p.title) {
      for (std::string_view cut : {" of the ", " Commanding the ", " of "}) {
        if (size_t at = p.title->rfind(cut); at != std::string::npos) {
          body = p.title->substr(at + cut.size());
          break;
        }
      }
    }
    if (body.empty()) return std::nullopt;
    std::vector<std::string> words;
    {
      std::string f = normalize::fold(body), w;
      for (char ch : f + " ") {
        if (std::isalnum(static_cast<unsigned char>(ch)) || ch == '\'' || static_cast<unsigned char>(ch) >= 0x80) {
          w += ch;
        } else if (!w.empty()) {
          words.push_back(w), w.clear();
        }
      }
    }
    if (words.size() < 2 || words.size() > 8) return std::nullopt;
    const auto& tt = t();
    for (const auto& m : a_.mentions) {
      if (m.type != MentionType::kCountry) continue;
      // "Indian Navy's Eastern Fleet": up to three organisation words, then the
      // body's words
      for (size_t start = m.end; start < m.end + 4 && start + words.size() <= tt.tokens.size(); ++start) {
        if (start > m.end && !cap(start - 1) && !possessive(start - 1)) break;
        bool all = true;
        for (size_t w = 0; w < words.size() && all; ++w) all = norm(start + w) == words[w];
        if (all) return k_.countries.all()[m.id].code;
      }
    }
    return std::nullopt;
  }

  // "X and Y will take part for the U.S. side", "... will attend the meeting for Japan, while ...": a
  // "for [the] <state> [side|delegation]" later in the person's clause.
  std::optional<std::string> country_of_side(size_t who) const {
    const Mention* intro = nullptr;
    for (const auto& m : a_.mentions) {
      if (m.type == MentionType::kPerson && m.entity == static_cast<int>(who) && m.full) {
        intro = &m;
        break;
      }
    }
    if (!intro) return std::nullopt;
    const auto& tt = t();
    for (size_t k = intro->end; k < tt.tokens.size() && k < intro->end + 24; ++k) {
      std::string_view w = norm(k);
      if (w == "," || w == ";" || w == "." || w == "while" || w == "whereas" || w == "but") break;
      if (w != "for") continue;
      std::optional<uint32_t> c;
      size_t e = skip_det_country(k + 1, tt.tokens.size(), c);
      if (!c) continue;
      std::string_view after = norm(e);
      if (after == "side" || after == "delegation" || after == "," || after == "." || after == ";" ||
          after == "while" || e >= tt.tokens.size()) {
        return k_.countries.all()[*c].code;
      }
    }
    return std::nullopt;
  }

  // "<person of a known state> and <this person>": the state of the left
  // conjunct.
  std::optional<std::string> country_of_conjunct(size_t who) const {
    if (who >= intro_begin_.size()) return std::nullopt;
    size_t b = intro_begin_[who];
    if (b < 2 || norm(b - 1) != "and") return std::nullopt;
    for (const auto& m : a_.mentions) {
      if (m.type == MentionType::kPerson && m.end == b - 1 && m.entity >= 0 && m.entity != static_cast<int>(who) &&
          a_.people[m.entity].country) {
        // ("co-chaired by A and B", "talks between A and B": two sides, not one delegation)
        if (const size_t lb = static_cast<size_t>(m.entity) < intro_begin_.size() ? intro_begin_[m.entity] : 0;
            lb >= 2) {
          const std::string_view w = norm(lb - 1), v = norm(lb - 2);
          // ("co-chaired" is three tokens: "co", "-", "chaired")
          if (w == "between" || (w == "by" && (v == "chaired" || v == "cochaired" || v == "hosted")))
            return std::nullopt;
        }
        return a_.people[m.entity].country;
      }
    }
    // a short name of someone introduced earlier ("Secretary Teodoro and ...")
    int left = person_with_key(norm(b - 2));
    if (left >= 0 && left != static_cast<int>(who) && cap(b - 2) && a_.people[left].country) {
      return a_.people[left].country;
    }
    return std::nullopt;
  }

  // The state whose people the article names without a demonym: the most
  // mentioned state that no person was explicitly attached to (an outlet
  // qualifies foreign officials, not its own), else the most mentioned one.
  std::optional<std::string> unqualified_home() const {
    std::unordered_set<std::string> qualified;
    for (const auto& p : a_.people) {
      if (p.country) qualified.insert(*p.country);
    }
    std::map<uint32_t, int> counts;
    for (const auto& m : a_.mentions) {
      if (m.type == MentionType::kCountry) counts[m.id] += 1;
    }
    std::optional<std::string> best;
    int best_count = 0;
    for (const auto& [id, n] : counts) {
      const std::string& code = k_.countries.all()[id].code;
      if (!qualified.count(code) && n > best_count) best = code, best_count = n;
    }
    // every state named has its people qualified: an unqualified person is from none of them
    // (a state named once, in a list of "23 nations, among them Bangladesh, ...", is no home)
    int most = 0;
    for (const auto& [id, n] : counts) most = std::max(most, n);
    if (best_count < 2 && most >= 3) return std::nullopt;
    // (a state named a few times beside one the article is about ("Russian and Lao troops ... the Russian Defence
    // Ministry ...", Vietnam in passing) is context: the state it talks about most is the unqualified person's)
    if (best && best_count * 4 <= most) {
      for (const auto& [id, n] : counts) {
        if (n == most) return k_.countries.all()[id].code;
      }
    }
    return best;
  }

  // Later references, linked to the person they name:
  // - a run of capitalised name tokens that all belong to one person ("Chien",
  // "Mohd Nizam", "Kihara");
  // - "the <demonym> <person noun>" ("the Vietnamese defence leader", "the head
  // of the Vietnamese
  //   delegation") and "his/her <demonym> counterpart" without a name: the
  //   latest person of that state;
  // - "the <office or rank>" without a name ("the deputy minister", "the vice
  // minister", "the general"):
  //   the latest person mentioned whose title or rank holds those words;
  // - he/him/his/she/her: the subject (first person) of the sentence when one
  // is named before the
  //   pronoun, else of the nearest of the two sentences before.
  void references() {
    const auto& tt = t();
    std::vector<int> full_at(tt.tokens.size() + 1,
                             -1);  // token -> index of a full mention starting there
    std::vector<bool> covered(tt.tokens.size(), false);
    for (size_t m = 0; m < a_.mentions.size(); ++m) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kPerson) continue;
      full_at[mm.begin] = static_cast<int>(m);
      for (size_t i = mm.begin; i < mm.end; ++i) covered[i] = true;
    }
    std::vector<Mention> refs;
    seen_.clear();
    std::vector<int> subjects;  // per sentence: the first person mentioned (-1 if none)
    for (const auto& s : tt.sentences) {
      int subject = -1;
      size_t cataphora = SIZE_MAX;  // index in refs of a possessive that may point forward
      // "With Dehghan, he discussed ...", "During talks with X, the minister ...": a person in a phrase opening the
      // sentence, up to its comma, is not its subject
      size_t opening_end = s.begin;
      if (s.end > s.begin && is(norm(s.begin), WordClass::kOpeningPreposition)) {
        for (size_t k = s.begin + 1; k < s.end && k < s.begin + 12; ++k) {
          if (norm(k) == ",") {
            opening_end = k;
            break;
          }
        }
      }
      auto note = [&](size_t b, int who) {
        seen_.emplace_back(static_cast<uint32_t>(b), who);
        if (subject < 0 && b >= opening_end) subject = who;
      };
      auto add_ref = [&](MentionType type, size_t b, size_t e, int who) {
        Mention m;
        m.type = type, m.begin = static_cast<uint32_t>(b), m.end = static_cast<uint32_t>(e), m.entity = who;
        refs.push_back(m);
        if (type == MentionType::kPerson) note(b, who);
      };
      for (size_t i = s.begin; i < s.end; ++i) {
        if (covered[i]) {
          if (full_at[i] >= 0) note(i, a_.mentions[full_at[i]].entity);
          continue;
        }
        // a ship's name after its kind or hull number ("the frigate HQ-015 Tran Hung Dao", "corvette Ly Thai To") is
        // no person, even when its words are people's names
        if (cap(i) && i > s.begin && (is(norm(i - 1), WordClass::kShipNoun) || tt.tokens[i - 1].has(segment::kDigit))) {
          while (i + 1 < s.end && cap(i + 1) && !covered[i + 1]) ++i;
          continue;
        }
        if (cap(i) && tt.tokens[i].has(segment::kAlpha)) {
          size_t e = i;
          while (e < s.end && cap(e) && !covered[e] && person_with_key(norm(e)) >= 0 && e < i + 4) ++e;
          int who = -1;
          while (e > i && (who = person_for_run(i, e, tt.tokens[i].span.start)) < 0) --e;
          if (who >= 0 && !(e < s.end && name_token(e, s.end) && person_with_key(norm(e)) < 0)) {
            add_ref(MentionType::kPerson, i, e, who);
            i = e - 1;
            continue;
          }
        }
        if (uint32_t id = 0; size_t e = party_reference(s, i, &id)) {
          Mention m;
          m.type = MentionType::kParty, m.begin = static_cast<uint32_t>(i), m.end = static_cast<uint32_t>(e), m.id = id;
          if (id < k_.countries.all().size()) {
            m.entity = latest_person_of(k_.countries.all()[id].code, tt.tokens[i].span.start);
          }
          refs.push_back(m);
          i = e - 1;
          continue;
        }
        std::string_view w = norm(i);
        // "the Vietnamese defense leader", "the head of the Vietnamese
        // delegation", "his Thai counterpart"
        if (auto* c = idx_.longest(i, {EntryType::kDemonym});
            c && i > s.begin && (norm(i - 1) == "the" || norm(i - 1) == "his" || norm(i - 1) == "her")) {
          auto* noun =
              idx_.longest(c->end, {EntryType::kPersonNoun, EntryType::kOfficeHead, EntryType::kOfficeModifier});
          // "the Indian Defence Secretary": a subject word, then the office's head
          if (!noun) {
            if (auto* domain = idx_.longest(c->end, {EntryType::kOfficeDomain});
                domain && idx_.longest(domain->end, {EntryType::kOfficeHead}))
              noun = domain;
          }
          if (noun) {
            size_t e = noun->end;
            if (auto* more = idx_.longest(e, {EntryType::kOfficeHead}); more) e = more->end;
            std::string code = k_.countries.all()[c->entry.id].code;
            int who = latest_person_of(code, tt.tokens[i].span.start);
            // (the fallback to the last one introduced is no one of another state, nor one this sentence already
            // named: "Tea Banh said the GBC, which he co-chairs with the Thai defence minister, ...")
            if (who >= 0 && a_.people[who].country && a_.people[who].country != code) who = -1;
            if (who >= 0 && norm(e - 1) != "counterpart" && norm(e - 1) != "counterparts") {
              for (const auto* list : {&a_.mentions, &refs}) {
                for (const auto& r : *list) {
                  if (who >= 0 && (r.type == MentionType::kPerson || r.type == MentionType::kPronoun) &&
                      r.entity == who && r.begin >= s.begin && r.begin < i)
                    who = -1;
                }
              }
            }
            // "the Vietnamese President" is no one introduced with another office (a deputy minister)
            if (who >= 0 && idx_.longest(e - 1, {EntryType::kOfficeHead}) &&
                !idx_.longest(c->end, {EntryType::kPersonNoun})) {
              const auto& title = a_.people[who].title;
              std::string head = normalize::fold(std::string(tt.text_of(e - 1)));
              if (title && normalize::fold(*title).find(head) == std::string::npos) who = -1;
            }
            // a counterpart followed by a name is that name's introduction,
            // read already
            // ("his Chinese counterpart, State Councillor and Defence Minister General Wei Fenghe": the
            // appositive after a comma; "the Malaysian official, General X said" is two people)
            // "General Chien and his Singaporean counterpart met": the counterpart is not the one "his" stands
            // for, nor anyone else the sentence named before it
            if (who >= 0 && (norm(e - 1) == "counterpart" || norm(e - 1) == "counterparts")) {
              for (const auto& r : a_.mentions) {
                if (r.type == MentionType::kPerson && r.entity == who && r.begin >= s.begin && r.begin < i) who = -1;
              }
            }
            size_t after = e < s.end && norm(e) == "," && norm(e - 1) == "counterpart" ? e + 1 : e;
            bool named_next =
                after < s.end &&
                (name_token(after, s.end) || idx_.longest(after, {EntryType::kRank, EntryType::kHonorific}) ||
                 (after > e && (idx_.longest(after, {EntryType::kOfficeHead, EntryType::kOfficeModifier}) ||
                                (after + 1 < s.end && idx_.longest(after + 1, {EntryType::kOfficeHead})))));
            if (who >= 0 && !named_next) {
              size_t b = i - 1;
              if (b >= s.begin + 3 && norm(b - 1) == "of" && norm(b - 2) == "head") b -= 3;
              // "the Vietnamese Deputy Minister" says the office of someone introduced by rank only
              if (!a_.people[who].title && norm(i - 1) == "the" &&
                  idx_.longest(c->end, {EntryType::kOfficeHead, EntryType::kOfficeModifier}) &&
                  idx_.longest(e - 1, {EntryType::kOfficeHead}) && cap(c->end)) {
                a_.people[who].title = title_case(phrase_text(c->end, e, true));
              }
              add_ref(MentionType::kPerson, b, e, who);
              i = e - 1;
              continue;
            }
          }
        }
        // "the deputy minister", "the Vice Minister", "the general": an office
        // or rank with no name after
        if (w == "the" && i + 1 < s.end) {
          size_t e = i + 1;
          bool headed = false;  // ends on an office, a rank or a person noun
                                // ("the defence" is no one)
          while (e < s.end && e < i + 5) {
            auto* m = idx_.longest(e, {EntryType::kOfficeHead, EntryType::kOfficeModifier, EntryType::kOfficeDomain,
                                       EntryType::kRank, EntryType::kPersonNoun});
            if (!m) break;
            headed = idx_.longest(e, {EntryType::kOfficeHead, EntryType::kRank, EntryType::kPersonNoun}) != nullptr;
            e = m->end;
          }
          bool named_next =
              e < s.end && (name_token(e, s.end) || idx_.longest(e, {EntryType::kRank, EntryType::kHonorific}) ||
                            idx_.longest(e, {EntryType::kOrgHead, EntryType::kOrgWord}) || norm(e) == "of" ||
                            norm(e) == "for" || possessive(e - 1) || tt.tokens[e].has(segment::kHyphen));
          if (e > i + 1 && headed && !named_next) {
            if (int who = latest_with_office(i + 1, e, tt.tokens[i].span.start); who >= 0) {
              add_ref(MentionType::kPerson, i, e, who);
              i = e - 1;
              continue;
            }
          }
        }
        // (a pronoun as written: "H.E." is an honorific, not "he")
        if (is(w, WordClass::kPronoun) && tt.text_of(i).size() == w.size()) {
          int who = subject;
          for (size_t back = subjects.size(); who < 0 && back > 0 && back + 2 > subjects.size(); --back) {
            who = subjects[back - 1];
          }
          // "During his five-day visit, the Afghan minister will meet ...": a possessive in an opening phrase
          // stands for the subject after its comma (settled at the sentence's end, below)
          if (subject < 0 && (w == "his" || w == "her" || w == "their") && i <= s.begin + 2 && i > s.begin &&
              is(norm(s.begin), WordClass::kOpeningPreposition)) {
            cataphora = refs.size();
            if (who < 0) who = -2;  // a placeholder until the subject is read
          }
          if (who >= 0 || who == -2) add_ref(MentionType::kPronoun, i, i + 1, who);
        }
      }
      if (cataphora != SIZE_MAX) {
        size_t comma = 0;
        for (size_t k = refs[cataphora].end; k < s.end && !comma; ++k)
          if (norm(k) == ",") comma = k;
        int after_comma = -1;
        if (comma) {
          for (size_t k = comma + 1; k < s.end && k <= comma + 4 && after_comma < 0; ++k) {
            if (full_at[k] >= 0) after_comma = a_.mentions[full_at[k]].entity;
            for (const auto& r : refs)
              if (r.type == MentionType::kPerson && r.begin == k) after_comma = r.entity;
          }
        }
        if (after_comma >= 0) refs[cataphora].entity = after_comma;
        if (refs[cataphora].entity < 0) refs.erase(refs.begin() + static_cast<std::ptrdiff_t>(cataphora));
        cataphora = SIZE_MAX;
      }
      subjects.push_back(subject);
    }
    a_.mentions.insert(a_.mentions.end(), refs.begin(), refs.end());
    complete_minister_titles();
  }

  // A reference to the parties of the engagement being reported, starting at token i; returns its end
  // (0 if none) and sets *id (see party:: in annotations.h):
  // - "the two sides", "both countries", "each side", "the two defence ministries", "both navies": all;
  // - "the Japanese side", "the Vietnamese delegation": that state's party (not after "head of", which
  //   is a person: "the head of the Vietnamese delegation");
  // - "the host side", "the visiting/guest side|delegation": the host or the guest.
  // Party nouns are grammar.tsv's `party_noun` words; office and organisation words may come between
  // ("the two defence ministries", "both air forces").
  size_t party_reference(const segment::Sentence& s, size_t i, uint32_t* id) const {
    std::string_view w = norm(i);
    auto noun_from = [&](size_t j) -> size_t {  // end of "[modifiers] <party noun>" from j, or 0
      for (size_t e = j; e < s.end && e < j + 3; ++e) {
        if (is(norm(e), WordClass::kPartyNoun)) return e + 1;
        if (!idx_.longest(e, {EntryType::kOfficeDomain, EntryType::kOrgWord, EntryType::kOrgHead})) return 0;
      }
      return 0;
    };
    auto plural = [&](size_t e) { return norm(e - 1).ends_with('s'); };
    if ((w == "both" || w == "each") && i + 1 < s.end) {
      // "both sides" (plural), "each side" (singular); not "both ... and" ("both Vietnam and Japan")
      size_t e = noun_from(i + 1);
      if (e && plural(e) == (w == "both")) return *id = party::kAll, e;
      return 0;
    }
    if (w != "the" || i + 2 >= s.end) return 0;
    if (norm(i + 1) == "two") {
      size_t e = noun_from(i + 2);
      if (e && plural(e)) return *id = party::kAll, e;
      return 0;
    }
    if (norm(i + 1) == "host" || norm(i + 1) == "visiting" || norm(i + 1) == "guest") {
      size_t e = noun_from(i + 2);
      if (e && !plural(e) && e == i + 3) return *id = norm(i + 1) == "host" ? party::kHost : party::kGuest, e;
      return 0;
    }
    if (auto* c = idx_.longest(i + 1, {EntryType::kDemonym})) {
      if (i >= s.begin + 2 && norm(i - 1) == "of" && norm(i - 2) == "head") return 0;
      // "led on the Vietnamese side by X", "for the U.S. side": a qualifier of someone named, read as before
      if (i > s.begin && (norm(i - 1) == "on" || norm(i - 1) == "for" || norm(i - 1) == "from")) return 0;
      size_t e = c->end < s.end && is(norm(c->end), WordClass::kPartyNoun) ? c->end + 1 : 0;
      if (e && !plural(e)) return *id = c->entry.id, e;
    }
    return 0;
  }

  // A bare "Deputy Minister" / "Vice Minister" / "Minister" is completed with the ministry the article
  // names with the person's state ("Vietnam's Ministry of National Defense", "the Thai Ministry of
  // Defence"): "Deputy Minister of National Defense".
  void complete_minister_titles() {
    const auto& tt = t();
    for (auto& p : a_.people) {
      if (!p.title || !p.country) continue;
      std::string f = normalize::fold(*p.title);
      if (f != "minister" && f != "deputy minister" && f != "vice minister" && f != "vice-minister") continue;
      for (const auto& m : a_.mentions) {
        if (m.type != MentionType::kCountry || k_.countries.all()[m.id].code != *p.country) continue;
        size_t k = m.end;
        if (possessive(k)) ++k;
        if (k + 2 >= tt.tokens.size() || norm(k) != "ministry" || norm(k + 1) != "of" || !cap(k + 2)) continue;
        size_t e = k + 2;
        while (e < tt.tokens.size() && cap(e) && idx_.longest(e, {EntryType::kOfficeDomain, EntryType::kOrgWord})) ++e;
        if (e == k + 2) continue;
        std::string domain = phrase_text(k + 2, e, false);
        p.title = *p.title + " of " + domain;
        if (!p.organization) p.organization = "Ministry of " + domain;
        break;
      }
    }
  }

  // The person that every key of tokens [b, e) belongs to: the latest
  // introduced before `at` (a byte offset), else the first introduced after it
  // (a headline naming someone the body introduces).
  int person_for_run(size_t b, size_t e, size_t at) const {
    int after = -1;
    for (size_t p = a_.people.size(); p-- > 0;) {
      bool all = true;
      for (size_t i = b; i < e && all; ++i) {
        all = std::find(a_.people[p].keys.begin(), a_.people[p].keys.end(), norm(i)) != a_.people[p].keys.end();
      }
      if (!all) continue;
      if (a_.people[p].first.start <= at) return static_cast<int>(p);
      after = static_cast<int>(p);
    }
    return after;
  }

  // The latest person mentioned before byte `at` whose title or rank holds the
  // words of tokens [b, e)
  // ("deputy minister" in "Deputy Minister of National Defence", "general" in
  // "Senior Lieutenant General").
  int latest_with_office(size_t b, size_t e, size_t at) const {
    std::vector<std::string> words;
    for (size_t i = b; i < e; ++i) {
      if (t().tokens[i].has(segment::kAlpha)) words.emplace_back(norm(i) == "defense" ? "defence" : norm(i));
    }
    if (words.empty()) return -1;
    auto holds = [&](const std::optional<std::string>& field) {
      if (!field) return false;
      std::string f = " " + normalize::fold(*field) + " ";
      for (char& ch : f) {
        if (ch == '-' || ch == ',') ch = ' ';
      }
      for (size_t p = f.find("defense"); p != std::string::npos; p = f.find("defense")) f.replace(p, 7, "defence");
      for (const auto& w : words) {
        if (f.find(" " + w + " ") == std::string::npos) return false;
      }
      return true;
    };
    for (size_t n = seen_.size(); n-- > 0;) {
      const auto& p = a_.people[seen_[n].second];
      if (t().tokens[seen_[n].first].span.start >= at) continue;
      if (holds(p.title) || holds(p.rank)) return seen_[n].second;
    }
    return -1;
  }

  int person_with_key(std::string_view key) const {
    for (size_t p = a_.people.size(); p-- > 0;) {
      for (const auto& k : a_.people[p].keys) {
        if (k == key) return static_cast<int>(p);
      }
    }
    return -1;
  }

  // The person of state `code` mentioned last before byte `at`, else the last one introduced.
  int latest_person_of(const std::string& code, size_t at) const {
    for (size_t n = seen_.size(); n-- > 0;) {
      const auto& p = a_.people[seen_[n].second];
      if (t().tokens[seen_[n].first].span.start < at && p.country && *p.country == code) return seen_[n].second;
    }
    // none yet (a headline's "his Malaysian counterpart"): the first one the body introduces
    for (size_t p = 0; p < a_.people.size(); ++p) {
      if (a_.people[p].country && *a_.people[p].country == code) return static_cast<int>(p);
    }
    return -1;
  }

  void dateline() {
    const auto& tt = t();
    // "(from Johor, Malaysia)" anywhere: a by-line place
    for (size_t i = 0; i + 2 < tt.tokens.size(); ++i) {
      if (norm(i) == "(" && norm(i + 1) == "from") {
        if (auto* p = idx_.longest(i + 2, {EntryType::kPlace})) {
          a_.dateline_place = p->entry.id;
          return;
        }
      }
    }
    // the first tokens of the first sentences: "TOKYO —", "Hanoi (VNA) –",
    // "SINGAPORE, March 3 (Reuters) -"
    for (size_t s = 0; s < std::min<size_t>(tt.sentences.size(), 3); ++s) {
      size_t b = tt.sentences[s].begin;
      auto* p = idx_.longest(b, {EntryType::kPlace});
      auto* c = idx_.longest(b, {EntryType::kCountry});
      const PhraseMatch* m = p ? p : c;
      if (!m) continue;
      size_t e = m->end;
      // optional ", <date>" and "(<agency>)" then a dash
      size_t k = e;
      for (int steps = 0; k < tt.sentences[s].end && steps < 8; ++steps) {
        // a dash set apart by a space ("TOKYO —"); "Japan-Philippines" is a
        // compound, not a dateline
        if ((tt.tokens[k].has(segment::kHyphen) && (tt.tokens[k].has(segment::kSpaceBefore) || k > e)) ||
            norm(k) == ":") {
          if (p)
            a_.dateline_place = p->entry.id;
          else
            a_.dateline_country = c->entry.id;
          return;
        }
        if (norm(k) == "(") {  // "(Siam Daily News)", "(VNA)": the agency,
                               // however many words
          size_t close = k + 1;
          while (close < tt.sentences[s].end && close < k + 8 && norm(close) != ")") ++close;
          if (close < tt.sentences[s].end && norm(close) == ")") {
            k = close + 1;
            continue;
          }
        }
        if (norm(k) == "(" || norm(k) == ")" || norm(k) == "," || tt.tokens[k].has(segment::kDigit) ||
            tt.tokens[k].has(segment::kAllCaps) || time::month_number(norm(k)) || norm(k) == "\xe2\x96\xa8") {
          ++k;
          continue;
        }
        if (cap(k) && k < e + 4) {  // agency name in parentheses, e.g. "(Bqp.vn)"
          ++k;
          continue;
        }
        break;
      }
    }
  }

  void home_country() {
    std::map<uint32_t, int> counts;
    for (const auto& m : a_.mentions) {
      if (m.type == MentionType::kCountry) counts[m.id] += 1;
    }
    int best = 0;
    for (const auto& m : a_.mentions) {
      if (m.type == MentionType::kCountry && counts[m.id] > best) {
        best = counts[m.id];
        a_.home_country = k_.countries.all()[m.id].code;
      }
    }
  }

  const gazetteer::Knowledge& k_;
  std::string_view text_;
  std::optional<uint32_t> held_talks_;          // the "held talks" trigger's id (UINT32_MAX: none in the data)
  bool in_headline_ = false;                    // reading the first line (a headline)
  std::vector<bool> from_headline_;             // per person: introduced in the headline
  std::vector<size_t> intro_begin_;             // per person: first token of its
                                                // introduction (cues included)
  size_t cue_begin_ = 0;                        // first token of the introduction being read
  std::vector<std::pair<uint32_t, int>> seen_;  // person mentions read so far by references(): token, person
  Annotations a_;
  MatchIndex idx_;
};

}  // namespace

Annotations annotate(const gazetteer::Knowledge& k, std::string_view text, const std::vector<Span>& body) {
  Annotator a(k, text, body);
  return a.run();
}

}  // namespace attache::annotate
