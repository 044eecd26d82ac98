#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "annotate/annotations.h"
#include "normalize/fold.h"

namespace attache::annotate {

using gazetteer::EntryType;
using gazetteer::PhraseMatch;
using segment::TokenizedText;

int ordinal_value(std::string_view w) {
  static const std::unordered_map<std::string_view, int> kWords = {
      {"first", 1},     {"second", 2},    {"third", 3},       {"fourth", 4},      {"fifth", 5},
      {"sixth", 6},     {"seventh", 7},   {"eighth", 8},      {"ninth", 9},       {"tenth", 10},
      {"eleventh", 11}, {"twelfth", 12},  {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
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

// Words that start a sentence or clause and are capitalised without being names.
const std::unordered_set<std::string_view>& non_name_words() {
  static const std::unordered_set<std::string_view> words = {
      "the", "a", "an", "he", "she", "his", "her", "they", "their", "it", "its", "we", "our", "in", "on", "at",
      "during", "while", "meeting", "after", "before", "both", "two", "for", "from", "with", "by", "to", "of",
      "and", "or", "but", "this", "that", "these", "those", "speaking", "regarding", "on", "as", "also",
      "according", "looking", "expressing", "photo", "vna", "vns", "mr", "ms", "minister", "defence", "defense",
      "ministry", "army", "navy", "said", "says", "there", "here", "however", "meanwhile", "besides", "apart",
      "other", "another", "such", "all", "each", "every", "some", "many", "several", "most", "more", "new",
      "senior", "deputy", "vice", "i", "you", "ambassador", "party", "state", "people", "government", "national",
      "assembly", "committee", "council", "president", "prime", "general", "secretary", "chairman", "head",
      "delegates", "delegation", "leaders", "officials", "translated", "related", "read", "share", "home",
      "news", "world", "politics", "business", "sports", "culture", "society", "travel", "video", "photos",
      // headline verbs that start a capitalised run ("Defence Minister Receives ...")
      "receives", "receiving", "received", "visits", "visiting", "visited", "meets", "met", "hosts", "hosting",
      "hosted", "welcomes", "welcoming", "welcomed", "holds", "holding", "held", "calls", "calling", "attends",
      "attending", "signs", "signing", "talks", "commanding", "readout", "chairs", "chairing", "leads", "led",
      // post-nominal letters ("Barry O'Farrell AO")
      "ao", "ac", "obe", "cbe", "kbe", "mbe", "mp", "phd", "psc", "ndc"};
  return words;
}

const std::unordered_set<std::string_view>& name_particles() {
  static const std::unordered_set<std::string_view> words = {
      "bin", "binti", "bte", "binte", "van", "der", "den", "de", "da", "dos", "das", "del", "al", "el",
      "la", "le", "von", "ibn", "bint", "ap", "di", "du", "mac", "y", "a/l", "a/p"};
  return words;
}

struct MatchIndex {
  std::vector<PhraseMatch> all;    // longest first at each start
  std::vector<uint32_t> first_at;  // token -> first index in `all`

  void build(size_t token_count) {
    first_at.assign(token_count + 1, static_cast<uint32_t>(all.size()));
    for (size_t m = all.size(); m-- > 0;) first_at[all[m].begin] = static_cast<uint32_t>(m);
    // tokens with no match point at the next token's first match (so [first_at[i], first_at[i+1]) is i's range)
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
  Annotator(const gazetteer::Knowledge& k, std::string_view text, const std::vector<Span>& body)
      : k_(k), text_(text) {
    a_.tokens = k.tokenizer.tokenize(text, body);
    const auto& t = a_.tokens;
    for (const auto& s : t.sentences) k.matcher.match_all(t, s.begin, s.end, idx_.all);
    idx_.build(t.tokens.size());
  }

  Annotations run() {
    simple_mentions();
    mechanisms();
    for (const auto& s : a_.tokens.sentences) {
      in_headline_ = &s == &a_.tokens.sentences.front() && s.paragraph == 0 && a_.tokens.sentences.size() > 1;
      people_in(s);
    }
    in_headline_ = false;
    home_country();
    infer_countries();
    references();
    for (const auto& s : a_.tokens.sentences) {
      auto d = time::find_dates(a_.tokens, s.begin, s.end);
      a_.dates.insert(a_.dates.end(), d.begin(), d.end());
    }
    dateline();
    std::sort(a_.mentions.begin(), a_.mentions.end(),
              [](const Mention& x, const Mention& y) { return x.begin != y.begin ? x.begin < y.begin : x.end > y.end; });
    return std::move(a_);
  }

 private:
  const TokenizedText& t() const { return a_.tokens; }
  std::string_view norm(size_t i) const { return i < t().tokens.size() ? t().norm_of(i) : std::string_view(); }
  bool cap(size_t i) const { return i < t().tokens.size() && t().tokens[i].has(segment::kCapitalized); }
  bool possessive(size_t i) const { return i < t().tokens.size() && t().tokens[i].has(segment::kPossessive); }

  void add(MentionType type, size_t b, size_t e, uint32_t id, bool demonym = false) {
    Mention m;
    m.type = type, m.begin = static_cast<uint32_t>(b), m.end = static_cast<uint32_t>(e), m.id = id, m.demonym = demonym;
    a_.mentions.push_back(m);
  }

  // Countries, groups, places, areas, triggers, status cues: longest match per category, left to right.
  void simple_mentions() {
    const size_t n = t().tokens.size();
    std::array<size_t, 7> next_free{};
    for (size_t i = 0; i < n; ++i) {
      if (i >= next_free[0]) {
        if (auto* m = idx_.longest(i, {EntryType::kCountry, EntryType::kDemonym})) {
          // a country name that starts a longer place or group name is not a mention of the country
          auto* longer = idx_.longest(i, {EntryType::kPlace, EntryType::kGroup, EntryType::kMechanism});
          if (!longer || longer->end <= m->end || longer->entry.type == EntryType::kMechanism) {
            add(MentionType::kCountry, i, m->end, m->entry.id, m->entry.type == EntryType::kDemonym);
            next_free[0] = m->end;
          }
        }
      }
      if (i >= next_free[1]) {
        if (auto* m = idx_.longest(i, {EntryType::kGroup})) add(MentionType::kGroup, i, m->end, m->entry.id), next_free[1] = m->end;
      }
      if (i >= next_free[2]) {
        if (auto* m = idx_.longest(i, {EntryType::kPlace}); m && cap(i)) {
          add(MentionType::kPlace, i, m->end, m->entry.id), next_free[2] = m->end;
        }
      }
      if (i >= next_free[3]) {
        if (auto* m = idx_.longest(i, {EntryType::kArea})) add(MentionType::kArea, i, m->end, m->entry.id), next_free[3] = m->end;
      }
      if (i >= next_free[4]) {
        if (auto* m = idx_.longest(i, {EntryType::kTrigger})) add(MentionType::kTrigger, i, m->end, m->entry.id), next_free[4] = m->end;
      }
      if (i >= next_free[5]) {
        if (auto* m = idx_.longest(i, {EntryType::kStatusCue})) add(MentionType::kStatusCue, i, m->end, m->entry.id), next_free[5] = m->end;
      }
    }
  }

  // The ordinal just before token `b` ("the 14th", "fourth"), skipping "the".
  std::pair<std::optional<int>, size_t> ordinal_before(size_t b, size_t sentence_begin) const {
    if (b > sentence_begin) {
      if (int v = ordinal_value(norm(b - 1))) return {v, b - 1};
    }
    return {std::nullopt, b};
  }

  void mechanisms() {
    const auto& tt = t();
    for (const auto& s : tt.sentences) {
      for (size_t i = s.begin; i < s.end; ++i) {
        if (auto* m = idx_.longest(i, {EntryType::kMechanism})) {
          // prefer a longer generic "<State>-<State> <type>" reading starting here? known names win.
          const auto& mech = k_.mechanisms[m->entry.id];
          MechanismMention mm;
          auto [ord, start] = ordinal_before(i, s.begin);
          size_t end = m->end;
          // "ACDFM-22", "ADMM-19": a number right after the acronym is the ordinal
          if (end < s.end && tt.tokens[end].has(segment::kHyphen) && end + 1 < s.end &&
              tt.tokens[end + 1].has(segment::kDigit) && !tt.tokens[end].has(segment::kSpaceBefore)) {
            ord = std::atoi(std::string(norm(end + 1)).c_str());
            end += 2;
          }
          // a trailing parenthesised acronym "(ADMM+)" belongs to the name
          if (end + 2 < s.end && norm(end) == "(" ) {
            if (auto* inner = idx_.longest(end + 1, {EntryType::kMechanism}); inner && inner->entry.id == m->entry.id) {
              size_t close = inner->end;
              while (close < s.end && norm(close) != ")" && close < inner->end + 2) ++close;
              if (close < s.end && norm(close) == ")") end = close + 1;
            }
          }
          mm.begin = static_cast<uint32_t>(start), mm.end = static_cast<uint32_t>(end);
          mm.name = std::string(text_.substr(tt.tokens[i].span.start, tt.tokens[m->end - 1].span.end - tt.tokens[i].span.start));
          if (ord) mm.name = std::string(text_.substr(tt.tokens[start].span.start, tt.tokens[m->end - 1].span.end - tt.tokens[start].span.start));
          mm.canonical = mech.name;
          mm.kind = mech.kind;
          mm.ordinal = ord;
          mm.groups = mech.groups;
          mm.rule = "mechanisms.tsv: " + mech.name;
          a_.mechanisms.push_back(std::move(mm));
          i = m->end - 1;
          continue;
        }
        if (auto* m = idx_.longest(i, {EntryType::kMechanismType})) {
          generic_mechanism(s, i, *m);
          i = m->end - 1;
        }
      }
    }
  }

  // "<ordinal> <State>-<State>[-<State>] [level qualifier] <type>"
  void generic_mechanism(const segment::Sentence& s, size_t type_begin, const PhraseMatch& m) {
    const auto& tt = t();
    const auto& type = k_.mechanism_types[m.entry.id];
    size_t j = type_begin;
    // skip a level qualifier: "deputy minister-level", "vice-ministerial", "ministerial-level", "high-level"
    size_t q = j;
    while (q > s.begin && q + 4 > j && (norm(q - 1) == "level" || norm(q - 1) == "-" || norm(q - 1) == "minister" ||
                                        norm(q - 1) == "deputy" || norm(q - 1) == "vice" || norm(q - 1) == "ministerial" ||
                                        norm(q - 1) == "high" || norm(q - 1) == "senior" || norm(q - 1) == "working")) {
      --q;
    }
    if (q < j && (norm(q) == "level" || norm(j - 1) == "level" || norm(j - 1) == "ministerial")) j = q;
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
    auto [ord, start] = ordinal_before(b, s.begin);
    MechanismMention mm;
    mm.begin = static_cast<uint32_t>(start), mm.end = m.end;
    mm.name = std::string(text_.substr(tt.tokens[start].span.start, tt.tokens[m.end - 1].span.end - tt.tokens[start].span.start));
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
      // without states and without ordinal or article-like determiner it is only a generic noun
      // ("maintain dialogue mechanisms"): keep it only when it names one session
      bool specific = ord.has_value() || (start > s.begin && (norm(start - 1) == "the" || possessive(start - 1)));
      if (!specific) return;
    }
    a_.mechanisms.push_back(std::move(mm));
  }

  // ---- people ----

  bool is_vocab(size_t i) const {
    return idx_.longest(i, {EntryType::kOrgHead, EntryType::kOrgWord, EntryType::kOfficeHead, EntryType::kOfficeModifier,
                            EntryType::kOfficeDomain, EntryType::kCountry, EntryType::kDemonym, EntryType::kPlace,
                            EntryType::kGroup}) != nullptr;
  }

  bool name_token(size_t i, size_t end, bool inside_run = false) const {
    if (i >= end) return false;
    const auto& tok = t().tokens[i];
    if (!tok.has(segment::kAlpha) || !tok.has(segment::kCapitalized)) return false;
    if (tok.has(segment::kAbbrevDot) && tok.span.size() <= 2) return true;  // an initial "J."
    if (non_name_words().count(norm(i))) return false;
    if (time::weekday_number(norm(i)) >= 0) return false;
    // a month is a name only inside a run, away from numbers ("Dong Jun", not "Jun 3")
    if (time::month_number(norm(i)) &&
        (!inside_run || (i + 1 < end && t().tokens[i + 1].has(segment::kDigit)) || norm(i).size() > 4)) {
      return false;
    }
    if (idx_.longest(i, {EntryType::kCountry, EntryType::kDemonym, EntryType::kGroup, EntryType::kMechanism,
                         EntryType::kRank, EntryType::kHonorific, EntryType::kOfficeHead, EntryType::kOfficeModifier,
                         EntryType::kOrgHead, EntryType::kOrgWord})) {
      return false;
    }
    // a place inside a run that a cue introduced stays part of the name ("Nguyễn Thanh Hóa")
    if (!inside_run && idx_.longest(i, {EntryType::kPlace})) return false;
    return true;
  }

  static bool is_suffix(std::string_view w) {
    return w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv";
  }

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
      if (j > i && name_particles().count(norm(j)) && name_token(j + 1, end, true)) {
        ++j;
        continue;
      }
      // "bin Haji Sulaiman": a title of pilgrimage after a particle belongs to the name
      if (j > i && (norm(j) == "haji" || norm(j) == "hj") && name_particles().count(norm(j - 1)) &&
          name_token(j + 1, end, true)) {
        ++j;
        continue;
      }
      // generational suffix, with or without a comma: "Teodoro Jr.", "Marcos, Jr.", "Austin III"
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
      // hyphenated given names "Jean-Pierre", "Seo-yeon": hyphen without spaces then a word
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
    size_t begin = 0;        // first token of the office
    size_t end = 0;          // end of the whole office phrase (organisation included)
    size_t title_end = 0;    // end of the office proper
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

  // Where an office names the body it belongs to, the body is the organisation and leaves the title:
  // "Deputy Permanent Secretary of the Thai Ministry of Defense" -> "Deputy Permanent Secretary" +
  // "Ministry of Defense"; "Chief of the Naval Staff of the Indian Navy" -> "Chief of the Naval Staff" +
  // "Indian Navy". A unit's own name stays whole ("Commander of the Vietnam Border Guard", "Chief of the
  // Office of the Ministry of National Defence", "Director General of the General Department of ...").
  void split_organisation(TitleParse& p, size_t after_head) const {
    bool earlier_of = false;
    for (size_t o = after_head; o < p.title_end; ++o) {
      if (norm(o) != "of") continue;
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
      if (cc && earlier_of && !ministry) {
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
        p.org_begin = after_country, p.org_end = p.title_end;  // organisation named, title kept whole
        return;
      }
      earlier_of = true;
    }
  }

  // An office phrase from i. `lower`: lower-case offices are accepted (an appositive after a name:
  // ", deputy commander of the ..."); elsewhere offices are capitalised in this genre and "the deputy
  // minister" is a reference, not an introduction.
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
      // a word that is both ("Chief") reads as the head when nothing longer starts here
      if (auto* h = idx_.longest(j, {EntryType::kOfficeHead}); h && m && h->end >= m->end) m = h;
      if (!m || m->end > end) break;
      if (!cap(j) && !lower) break;
      if (m->entry.type == EntryType::kOfficeHead) head = true, after_head = m->end;
      j = m->end;
    }
    if (!head) return p;
    j = after_head;
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
      // "Flag Officer Commanding the Eastern Fleet": the office takes its unit without "of"
      if (c == "the" && j > i && norm(j - 1) == "commanding") c = "of", --j;
      bool org_intro = c == "at" || c == "under";
      bool joiner = c == "of" || c == "for" || c == "on" || c == "," || c == "and" || c == "&" || org_intro;
      // "Ambassador to Indonesia", "High Commissioner to India": the host state belongs to the title
      if (c == "to" && j + 1 < end) {
        if (auto* host = idx_.longest(j + 1, {EntryType::kCountry}); host && p.org_end == 0) {
          j = host->end;
          p.title_end = j;
          continue;
        }
      }
      if (!joiner) break;
      std::optional<uint32_t> country;
      size_t k = skip_det_country(j + 1, end, country);
      // "of New Zealand" / "of Malaysia" ends the phrase with a country
      if (country && (k >= end || !is_vocab(k) || norm(k) == ",")) {
        if (!p.country) p.country = country;
        if (c == "of" || c == "from") {
          j = k;
          break;
        }
      }
      // lower-case words continue an office only after "of/for" (", the deputy minister" is a new phrase)
      if (k >= end || !is_vocab(k) || (!cap(k) && !(lower && (c == "of" || c == "for")))) break;
      // ", and ..." / ", Deputy ..." after an office is a list of people or a new clause, not more office
      if ((c == "," || c == "and") && idx_.longest(k, {EntryType::kRank, EntryType::kHonorific})) break;
      if (auto* r = idx_.longest(k, {EntryType::kRank}); r) {
        auto* v = idx_.longest(k, {EntryType::kOrgHead, EntryType::kOrgWord, EntryType::kOfficeHead});
        if (!v || v->end <= r->end) break;
      }
      if (country && !p.country) p.country = country;
      size_t words_begin = k;
      while (k < end && (cap(k) || (lower && t().tokens[k].has(segment::kAlpha))) && is_vocab(k) &&
             norm(k) != "under" && norm(k) != "at") {
        auto* r = idx_.longest(k, {EntryType::kRank});
        auto* v = idx_.longest(k, {EntryType::kOrgHead, EntryType::kOrgWord, EntryType::kOfficeHead,
                                   EntryType::kOfficeModifier, EntryType::kOfficeDomain, EntryType::kCountry,
                                   EntryType::kDemonym, EntryType::kPlace, EntryType::kGroup});
        if (r && (!v || v->end <= r->end) &&
            (name_token(r->end, end, true) || idx_.longest(r->end, {EntryType::kHonorific}))) {
          break;
        }
        if (auto* cm = idx_.longest(k, {EntryType::kCountry, EntryType::kDemonym}); cm && !p.country) p.country = cm->entry.id;
        k = v ? v->end : k + 1;
        if (possessive(k)) ++k;
        // "Military Region 9", "Naval Region 3": a number closes the unit's name
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
    p.end = j;
    if (p.org_end == 0) split_organisation(p, after_head);
    p.ok = true;
    return p;
  }

  // ", Vice Admiral Aaron Beng": an office followed by a comma and a rank or honorific belongs to the
  // person named next, not to the one before it.
  bool introduces_next(size_t j, size_t end) const {
    return j + 1 < end && norm(j) == "," && idx_.longest(j + 1, {EntryType::kRank, EntryType::kHonorific});
  }

  // A capitalised organisation name from i that ends in an organisation head ("Royal Thai Air Force",
  // "Armed Forces of the Philippines", "Defence Ministry"); returns its end, or i when there is none.
  size_t org_run(size_t i, size_t end) const {
    size_t k = i, last = i;
    while (k < end && cap(k)) {
      auto* v = idx_.longest(k, {EntryType::kOrgHead, EntryType::kOrgWord, EntryType::kCountry, EntryType::kDemonym,
                                 EntryType::kPlace});
      if (!v || v->end > end) break;
      if (idx_.longest(k, {EntryType::kRank}) && !idx_.longest(k, {EntryType::kOrgHead})) break;
      bool is_head = v->entry.type == EntryType::kOrgHead;
      if (auto* h = idx_.longest(k, {EntryType::kOrgHead}); h && h->end >= v->end) is_head = true, v = h;
      // "Armed Forces of the Philippines": a state after "of" completes the name
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

  // "deputy commander of the Southern Theater Command" -> "Deputy Commander of the Southern Theater Command"
  static std::string title_case(std::string s) {
    static const std::unordered_set<std::string_view> small = {"of", "the", "for", "and", "to", "at", "in", "on", "under"};
    size_t i = 0;
    while (i < s.size()) {
      size_t e = i;
      while (e < s.size() && s[e] != ' ' && s[e] != '-') ++e;
      std::string_view w(s.data() + i, e - i);
      if (!w.empty() && !small.count(w) && s[i] >= 'a' && s[i] <= 'z') s[i] = static_cast<char>(s[i] - 'a' + 'A');
      i = e + 1;
    }
    return s;
  }

  // Text of tokens [b, e) without country words (and their possessives), spaces as in the source.
  std::string phrase_text(size_t b, size_t e, bool drop_countries) const {
    std::string out;
    const auto& tt = t();
    for (size_t i = b; i < e; ++i) {
      if (drop_countries) {
        // a state qualifying the phrase goes ("the Thai Ministry", "China's Office"); one inside a name
        // stays ("Royal Thai Air Force", "Ambassador to Vietnam")
        bool qualifier = i == b || norm(i - 1) == "the" || norm(i - 1) == "of" || norm(i - 1) == "at" ||
                         norm(i - 1) == "under" || norm(i - 1) == "for";
        if (auto* c = idx_.longest(i, {EntryType::kCountry, EntryType::kDemonym}); c && c->end <= e && qualifier) {
          // keep countries that are part of a name ("Coast Guard of Vietnam" stays; "Lao Ministry" loses "Lao")
          i = c->end - 1;
          if (possessive(i + 1)) ++i;
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

  static std::optional<std::string> infer_org(const std::string& title) {
    // "Deputy Minister of National Defence" -> "Ministry of National Defence"
    size_t p = title.find("Minister of ");
    if (p == std::string::npos) return std::nullopt;
    std::string rest = title.substr(p + 12);
    size_t f = rest.find(" for ");
    if (f != std::string::npos) rest = rest.substr(0, f);
    return "Ministry of " + rest;
  }

  // True if every key of `part` is a key of `whole` ("General Chien" -> Hoàng Xuân Chiến).
  static bool keys_within(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
    if (part.empty()) return false;
    for (const auto& k : part) {
      if (std::find(whole.begin(), whole.end(), k) == whole.end()) return false;
    }
    return true;
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
          // introduced by a short form first ("General Chien"), full name later: keep the full one
          p.name = cand.name;
          p.keys = cand.keys;
        }
        if (!p.country && cand.country) p.country = cand.country, p.country_rule = cand.country_rule;
        // a headline's office is a short form ("Deputy PM & Defence Minister"): the body's wins
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
    return static_cast<int>(a_.people.size() - 1);
  }

  void people_in(const segment::Sentence& s) {
    const auto& tt = t();
    size_t i = s.begin;
    while (i < s.end) {
      size_t j = i;
      std::optional<uint32_t> country;
      std::optional<uint32_t> rank;
      TitleParse title;
      bool cue = false;
      for (int step = 0; step < 8 && j < s.end; ++step) {
        if (norm(j) == "the" && step == 0) {
          ++j;
          continue;
        }
        if (auto* c = idx_.longest(j, {EntryType::kCountry, EntryType::kDemonym}); c && !country) {
          size_t k = c->end;
          if (possessive(k)) ++k;
          // only as part of a person phrase: a title, rank or honorific must follow
          if (idx_.longest(k, {EntryType::kOfficeHead, EntryType::kOfficeModifier, EntryType::kOfficeDomain,
                               EntryType::kRank, EntryType::kHonorific})) {
            country = c->entry.id;
            j = k;
            continue;
          }
          // "his Vietnamese counterpart General Phan Van Giang"
          if (k < s.end && norm(k) == "counterpart") {
            size_t n = k + 1;
            if (n < s.end && norm(n) == ",") ++n;
            if (idx_.longest(n, {EntryType::kRank, EntryType::kHonorific, EntryType::kOfficeHead,
                                 EntryType::kOfficeModifier}) || name_token(n, s.end)) {
              country = c->entry.id;
              j = n;
              cue = true;
              continue;
            }
          }
          break;
        }
        if (auto* r = idx_.longest(j, {EntryType::kRank})) {
          auto* longer = idx_.longest(j, {EntryType::kOrgHead, EntryType::kOrgWord, EntryType::kOfficeHead});
          if (!longer || longer->end <= r->end) {
            if (cap(j) || tt.tokens[j].has(segment::kAbbrevDot)) {
              rank = r->entry.id;
              j = r->end;
              cue = true;
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
          TitleParse tp = parse_title(j, s.end);
          if (tp.ok) {
            title = tp;
            cue = true;
            j = tp.end;
            continue;
          }
          // "Royal Thai Air Force commander", "Defence Ministry Secretary-General": the body, then the office
          if (size_t org_end = org_run(j, s.end); org_end > j) {
            TitleParse tp2 = parse_title(org_end, s.end, true);
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
        // "The Chief of the Naval Staff of the Indian Navy, Admiral Karambir Singh": office, comma, rank
        if (title.ok && !rank && norm(j) == "," && j + 1 < s.end && (i == s.begin || norm(i - 1) != ",") &&
            idx_.longest(j + 1, {EntryType::kRank, EntryType::kHonorific})) {
          ++j;
          continue;
        }
        break;
      }
      size_t name_end = cue ? parse_name(j, s.end, true) : j;
      if (cue && name_end > j) {
        PersonEntity p;
        build_person(p, j, name_end, country, rank, title);
        size_t read_to = after_name(p, name_end, s.end);
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

  void build_person(PersonEntity& p, size_t nb, size_t ne, std::optional<uint32_t> country, std::optional<uint32_t> rank,
                    const TitleParse& title) {
    const auto& tt = t();
    p.name = std::string(text_.substr(tt.tokens[nb].span.start, tt.tokens[ne - 1].span.end - tt.tokens[nb].span.start));
    for (size_t i = nb; i < ne; ++i) {
      if (tt.tokens[i].has(segment::kAlpha) && !name_particles().count(norm(i)) && norm(i).size() > 1) {
        p.keys.emplace_back(norm(i));
      }
    }
    if (rank) p.rank = k_.ranks[*rank].name;
    if (title.ok) {
      std::string ttl = title_case(phrase_text(title.begin, title.title_end, true));
      if (!ttl.empty()) p.title = ttl;
      if (title.org_end > title.org_begin) p.organization = phrase_text(title.org_begin, title.org_end, true);
      if (!p.organization && p.title) p.organization = infer_org(*p.title);
      if (title.country && !country) country = title.country;
    }
    if (country) {
      p.country = k_.countries.all()[*country].code;
      p.country_rule = "named with the person";
    }
  }

  // "... of Malaysia's Ministry of Defence", ", Deputy Director of ...", "of New Zealand"
  // Returns the end of what it read (j when nothing).
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
        if (!p.organization && e > k) p.organization = phrase_text(k, e, true);
        return e;
      }
      return k;
    }
    if (c == ",") {
      std::optional<uint32_t> country;
      size_t k = skip_det_country(j + 1, end, country);
      if (k < end && (norm(k) == "a" || norm(k) == "an")) k = skip_det_country(k + 1, end, country);
      TitleParse tp = parse_title(k, end, true);
      // ", the Chief of Defence Force of Singapore, Vice Admiral Aaron Beng": a list of "office, name"
      // pairs; without "the" (", Deputy Permanent Secretary of ..., General Chien said") it is an appositive
      if (!tp.ok || (norm(j + 1) == "the" && introduces_next(tp.end, end))) return j;
      std::string ttl = title_case(phrase_text(k, tp.title_end, true));
      if (!p.title && !ttl.empty()) p.title = ttl;
      if (!p.organization && tp.org_end > tp.org_begin) p.organization = phrase_text(tp.org_begin, tp.org_end, true);
      if (!p.organization && p.title) p.organization = infer_org(*p.title);
      if (!country) country = tp.country;
      if (country && !p.country) p.country = k_.countries.all()[*country].code, p.country_rule = "appositive";
      return tp.end;
    }
    return j;
  }

  // "a delegation of the Chinese People's Liberation Army led by Lt. Gen. Zhang Hongbing": the state
  // named just before "led by" is the person's.
  void led_by_country(PersonEntity& p, size_t start, size_t sentence_begin) const {
    if (start < sentence_begin + 2 || norm(start - 1) != "by" || norm(start - 2) != "led") return;
    for (size_t k = start - 2; k-- > sentence_begin && k + 16 > start;) {
      if (auto* c = idx_.longest(k, {EntryType::kCountry, EntryType::kDemonym}); c && c->end <= start) {
        p.country = k_.countries.all()[c->entry.id].code, p.country_rule = "the delegation it leads";
        return;
      }
    }
  }

  // A person whose country no cue gives: the naming tradition when it is unmistakable (Vietnamese
  // family names, Korean hyphenated given names), else the article's home country (the state it talks
  // about most: a person it names without a demonym is, in this genre, one of its own).
  void infer_countries() {
    static const std::unordered_set<std::string_view> vietnamese = {
        "nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ngo",
        "duong", "trinh", "dinh", "luong", "truong", "doan", "le"};
    const std::optional<std::string> home = unqualified_home();
    for (auto& p : a_.people) {
      if (p.country) continue;
      if (p.keys.size() >= 3 && vietnamese.count(p.keys[0])) {
        p.country = "VNM", p.country_rule = "Vietnamese family name";
        continue;
      }
      if (p.keys.size() == 2 && p.name.find('-') != std::string::npos) {
        size_t h = p.name.find('-');
        if (h + 1 < p.name.size() && p.name[h + 1] >= 'a' && p.name[h + 1] <= 'z') {
          p.country = "KOR", p.country_rule = "Korean given name";
          continue;
        }
      }
      if (home) p.country = *home, p.country_rule = "home country of the article";
    }
  }

  // The state whose people the article names without a demonym: the most mentioned state that no
  // person was explicitly attached to (an outlet qualifies foreign officials, not its own), else the
  // most mentioned one.
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
    return best ? best : a_.home_country;
  }

  // Later references: a known name token, or "the <demonym> <person noun>".
  void references() {
    const auto& tt = t();
    std::vector<bool> covered(tt.tokens.size(), false);
    for (const auto& m : a_.mentions) {
      if (m.type == MentionType::kPerson) {
        for (size_t i = m.begin; i < m.end; ++i) covered[i] = true;
      }
    }
    std::vector<Mention> refs;
    for (const auto& s : tt.sentences) {
      int last_person = -1;
      for (size_t i = s.begin; i < s.end; ++i) {
        if (covered[i]) {
          for (const auto& m : a_.mentions) {
            if (m.type == MentionType::kPerson && m.begin == i) last_person = m.entity;
          }
          continue;
        }
        if (cap(i) && tt.tokens[i].has(segment::kAlpha)) {
          // a run of capitalised tokens that are all keys of one person
          size_t e = i;
          int who = -1;
          while (e < s.end && cap(e) && !covered[e]) {
            int w = person_with_key(norm(e));
            if (w < 0 || (who >= 0 && w != who)) break;
            who = w;
            ++e;
          }
          if (who >= 0 && !(e < s.end && name_token(e, s.end) && person_with_key(norm(e)) < 0)) {
            Mention m;
            m.type = MentionType::kPerson, m.begin = static_cast<uint32_t>(i), m.end = static_cast<uint32_t>(e);
            m.entity = who;
            refs.push_back(m);
            i = e - 1;
            continue;
          }
        }
        // "the Vietnamese defense leader", "the head of the Vietnamese delegation", "the Singaporean official"
        if (auto* c = idx_.longest(i, {EntryType::kDemonym}); c && i > s.begin &&
            (norm(i - 1) == "the" || norm(i - 1) == "his" || norm(i - 1) == "her")) {
          auto* noun = idx_.longest(c->end, {EntryType::kPersonNoun, EntryType::kOfficeHead, EntryType::kOfficeModifier});
          if (noun) {
            size_t e = noun->end;
            if (auto* more = idx_.longest(e, {EntryType::kOfficeHead}); more) e = more->end;
            std::string code = k_.countries.all()[c->entry.id].code;
            int who = latest_person_of(code);
            bool counterpart = norm(i - 1) != "the";
            if (who >= 0 && !counterpart) {
              size_t b = i - 1;
              if (b >= s.begin + 3 && norm(b - 1) == "of" && norm(b - 2) == "head") b -= 3;
              Mention m;
              m.type = MentionType::kPerson, m.begin = static_cast<uint32_t>(b), m.end = static_cast<uint32_t>(e);
              m.entity = who;
              refs.push_back(m);
              i = e - 1;
            }
          }
        }
      }
      (void)last_person;
    }
    a_.mentions.insert(a_.mentions.end(), refs.begin(), refs.end());
  }

  int person_with_key(std::string_view key) const {
    for (size_t p = a_.people.size(); p-- > 0;) {
      for (const auto& k : a_.people[p].keys) {
        if (k == key) return static_cast<int>(p);
      }
    }
    return -1;
  }

  int latest_person_of(const std::string& code) const {
    for (size_t p = a_.people.size(); p-- > 0;) {
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
    // the first tokens of the first sentences: "TOKYO —", "Hanoi (VNA) –", "SINGAPORE, March 3 (Reuters) -"
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
        if (tt.tokens[k].has(segment::kHyphen) || norm(k) == ":" ) {
          if (p) a_.dateline_place = p->entry.id;
          else a_.dateline_country = c->entry.id;
          return;
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
  bool in_headline_ = false;          // reading the first line (a headline)
  std::vector<bool> from_headline_;   // per person: introduced in the headline
  Annotations a_;
  MatchIndex idx_;
};

}  // namespace

Annotations annotate(const gazetteer::Knowledge& k, std::string_view text, const std::vector<Span>& body) {
  Annotator a(k, text, body);
  return a.run();
}

}  // namespace attache::annotate
