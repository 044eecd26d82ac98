// The engagement builder. See extractor.h; the rules follow ../shared/spec/guidelines.md.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extract/extractor.h"
#include "normalize/fold.h"

namespace attache::extract {

using annotate::Annotations;
using annotate::MechanismMention;
using annotate::Mention;
using annotate::MentionType;

namespace {

// Budget: no news article reports this many occasions; past it a document is a corpus glued together
// or generated text, and extraction stops rather than spending quadratic time on it.
constexpr size_t kMaxEngagements = 200;

struct Frame {
  Engagement e;
  int anchor_sentence = -1;
  uint32_t anchor_token = 0;
  std::vector<int> people;  // person entities taking part
  int lead = -1;            // bilateral: the host or subject
  int counterpart = -1;     // bilateral: the person met
  int host = -1;            // bilateral: the one its word makes the host ("X received Y", "Y called on X")
  std::string counterpart_country;
  bool main_event = false;
  bool sideline = false;       // opened after the main event: inherits its date and place
  bool beside_main = false;    // named as where sideline meetings happened: part of the same event
  bool same_occasion = false;  // signed at the meeting being reported
  // date/place: "the day before", "later that day" (days from `day_reference`, a frame index), "in the
  // same hotel" (the main event's place)
  std::optional<time::DateExpr> anchored_date;
  int day_reference = -1;
  bool same_place = false;
  bool remote = false;              // "held via videoconference": no place
  std::string dest_state;           // a visit: the state it goes to
  bool date_from_dateline = false;  // its day is the dateline's ("SEOUL, Aug. 11 (Yonhap) -- X has held talks")
  int fallback_person = -1;         // the protagonist, added only because the anchor sentence named no one
  bool witnessed = false;           // a signing its sentence's people only witnessed: signatories may follow
  bool one_side = false;            // its people are one side ("A and B held talks with their X counterparts")
  int length_days = 0;              // a visit: its length as written ("a three-day visit"), 0 when untold
  std::set<int> sentences;
  const MechanismMention* mechanism = nullptr;
};

// Appends s unless empty or already there; true when it was appended.
bool add_unique(std::vector<std::string>& v, const std::string& s) {
  if (s.empty() || std::find(v.begin(), v.end(), s) != v.end()) return false;
  v.push_back(s);
  return true;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

// `cue` as a whole word in `text`: case-sensitive when the cue is written in capitals ("VNA", "AKP"),
// ASCII case-insensitive otherwise, through `lower_text` (`text` with ASCII letters lowered, same
// length). Plain find() on both, since this runs for every outlet cue over every relevant article.
bool has_cue(std::string_view text, std::string_view lower_text, std::string_view cue) {
  if (cue.empty()) return false;
  const bool caps =
      std::none_of(cue.begin(), cue.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  std::string lower_cue;
  if (!caps) {
    lower_cue.assign(cue);
    for (char& c : lower_cue) c = ascii_lower(c);
  }
  const std::string_view hay = caps ? text : lower_text;
  const std::string_view needle = caps ? cue : std::string_view(lower_cue);
  for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) {
    bool left = at == 0 || !word_char(text[at - 1]) || !word_char(cue.front());
    size_t end = at + cue.size();
    bool right = end >= text.size() || !word_char(text[end]) || !word_char(cue.back());
    if (left && right) return true;
  }
  return false;
}

// The state the document's outlet speaks for (outlets.tsv): by its URL's host, its source name, or a by-line,
// credit or sign-off naming the outlet in the text. A ministry's release or a state agency's report is written
// from its state's side: its protagonist belongs to that state unless the text says otherwise.
std::optional<std::string> outlet_country(const gazetteer::Knowledge& k, const Document& doc) {
  std::string host;
  if (auto p = doc.url.find("://"); p != std::string::npos) {
    host = doc.url.substr(p + 3);
    host = host.substr(0, host.find_first_of("/:?#"));
    for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  const std::string source = normalize::fold(doc.source);
  for (const auto& o : k.outlets) {
    for (const auto& d : o.domains) {
      if (!host.empty() && (host == d || (host.size() > d.size() && host.ends_with("." + d)))) return o.country;
    }
    if (!source.empty() && source == normalize::fold(o.name)) return o.country;
    for (const auto& c : o.cues) {
      if (!source.empty() && source == normalize::fold(c)) return o.country;
    }
  }
  std::string lower_text(doc.text);
  for (char& c : lower_text) c = ascii_lower(c);
  // A cue written with a leading '^' is a masthead: it counts only in the page's first or last lines, where the
  // outlet names itself, not where another outlet is quoted ("..., the Yomiuri Shimbun reported").
  constexpr size_t kMasthead = 400;
  const std::string_view text(doc.text), lower(lower_text);
  const size_t tail = text.size() > kMasthead ? text.size() - kMasthead : 0;
  for (const auto& o : k.outlets) {
    for (const auto& c : o.cues) {
      if (c.starts_with('^')) {
        const std::string_view cue = std::string_view(c).substr(1);
        if (has_cue(text.substr(0, kMasthead), lower.substr(0, kMasthead), cue) ||
            has_cue(text.substr(tail), lower.substr(tail), cue))
          return o.country;
      } else if (has_cue(doc.text, lower_text, c)) {
        return o.country;
      }
    }
  }
  return std::nullopt;
}

class Builder {
 public:
  Builder(const gazetteer::Knowledge& k, const Document& doc, const Annotations& a, const ExtractOptions& opts)
      : k_(k), doc_(doc), a_(a), opts_(opts) {
    const auto& sents = a_.tokens.sentences;
    by_sentence_.resize(sents.size());
    for (size_t m = 0; m < a_.mentions.size(); ++m) {
      by_sentence_[a_.tokens.sentence_of(a_.mentions[m].begin)].push_back(m);
    }
    dates_by_sentence_.resize(sents.size());
    for (size_t d = 0; d < a_.dates.size(); ++d) {
      dates_by_sentence_[a_.tokens.sentence_of(a_.dates[d].begin)].push_back(d);
    }
    mech_by_sentence_.resize(sents.size());
    for (size_t m = 0; m < a_.mechanisms.size(); ++m) {
      mech_by_sentence_[a_.tokens.sentence_of(a_.mechanisms[m].begin)].push_back(m);
    }
  }

  std::vector<Engagement> run() {
    if (a_.tokens.sentences.empty()) return {};
    reference_ = reference_date();
    protagonist_ = first_person();
    outlet_country_ = outlet_country(k_, doc_);
    int current = -1;
    for (size_t s = 0; s < a_.tokens.sentences.size(); ++s) {
      if (!sentence_in_body(a_.tokens.sentences[s].span)) continue;
      if (frames_.size() >= kMaxEngagements) break;  // budget: see kMaxEngagements
      // "both sides agreed ...": the sentence (only) belongs to the engagement whose parties it names
      const int pf = party_frame(static_cast<int>(s), current);
      int here = pf >= 0 ? pf : current;
      // "Mudie said ...", after "X received ambassadors A and B": the sentence goes to the meeting with the
      // one counterpart it names
      if (pf < 0) {
        if (int cf = counterpart_frame(static_cast<int>(s), here); cf >= 0) here = current = cf;
      }
      // "During the visit, he and his counterpart signed ...": what the sentence goes on to tell happened there
      // (only for an occasion recalled in the sentence just before; an occasion under way is opened below, in
      // sentence(), once the sentence's own triggers are read)
      if (int r = referenced_occasion(static_cast<int>(s), here); r >= 0 && recalled(frames_[r])) here = current = r;
      int opened = sentence(static_cast<int>(s), here);
      if (opened >= 0) current = opened;
      if (int f = opened >= 0 ? opened : here; f >= 0) {
        resolve_parties(static_cast<int>(s), f);
        frames_[f].sentences.insert(static_cast<int>(s));
      }
    }
    lead_to_main();
    visits_of_visiting_guests();
    finish();
    place_from_names();
    const std::vector<bool> absorbed = absorb_sessions_told_twice();
    std::vector<Engagement> out;
    for (size_t i = 0; i < frames_.size(); ++i) {
      auto& f = frames_[i];
      if (absorbed[i]) continue;
      if (f.e.kind == EngagementKind::kBilateralMeeting && f.counterpart < 0 && f.e.countries.size() < 2) continue;
      // "keep supporting each other at the ADMM and ADMM-Plus": a forum named in passing, with no session, day,
      // place, state or person of its own, is no occasion the article tells
      if (f.e.kind == EngagementKind::kMultilateralMeeting && f.e.status == EngagementStatus::kHeld &&
          f.e.salience == Salience::kBackground && !f.e.ordinal && !f.e.date && !f.e.location &&
          f.e.countries.empty() && f.e.participants.empty())
        continue;
      out.push_back(std::move(f.e));
    }
    return out;
  }

 private:
  std::string_view norm(size_t i) const { return a_.tokens.norm_of(i); }
  // a word written in lower case ("wide-ranging", "two-day"): a modifier, not a name
  bool lower_word(size_t i) const {
    std::string_view w = a_.tokens.text_of(i);
    return !w.empty() && w.front() >= 'a' && w.front() <= 'z';
  }
  uint32_t sent_end(int s) const { return a_.tokens.sentences[s].end; }

  // A state's name inside a sea or strait's name ("South China Sea", "Taiwan Strait"): geography, not a party.
  bool geographic(const Mention& m) const {
    if (m.end >= a_.tokens.tokens.size()) return false;
    std::string_view w = norm(m.end);
    return w == "sea" || w == "strait" || w == "straits" || w == "ocean" || w == "gulf" || w == "seas";
  }

  // A sentence of the article: it starts inside the body (a sentence glued to a sign-off, "... cooperation.-VNA",
  // runs past the body's end by the sign-off alone).
  bool sentence_in_body(Span span) const { return in_body(Span{span.start, span.start + 1}); }

  // True when the span lies inside the article body (furniture excluded); no body ranges = all text.
  bool in_body(Span span) const {
    if (doc_.body.empty()) return true;
    for (const Span& b : doc_.body) {
      if (b.start <= span.start && span.end <= b.end) return true;
    }
    return false;
  }

  // The article's protagonist: the first person its body names (a caption or teaser above the text may
  // name the counterpart first: "At a meeting with Indian Defence Minister X (Photo: VNA)"); else the first
  // person named anywhere.
  int first_person() const {
    for (const auto& m : a_.mentions) {
      if (m.type == MentionType::kPerson && in_body(a_.tokens.span_of(m.begin, m.end))) return m.entity;
    }
    for (const auto& m : a_.mentions) {
      if (m.type == MentionType::kPerson) return m.entity;
    }
    return -1;
  }

  const Mention* mention_of(int s, MentionType type, uint32_t after = 0) const {
    for (size_t m : by_sentence_[s]) {
      if (a_.mentions[m].type == type && a_.mentions[m].begin >= after) return &a_.mentions[m];
    }
    return nullptr;
  }

  // The status cue governing tokens [b, e) of sentence s: the nearest cue before it in the same
  // clause, or "to be held" / "scheduled" right after it.
  std::optional<EngagementStatus> status_for(int s, uint32_t b, uint32_t e, std::string* rule) const {
    const auto& sent = a_.tokens.sentences[s];
    const Mention* best = nullptr;
    // "on a good will visit": a cue inside a trigger's phrase is part of that phrase
    auto inside_trigger = [&](const Mention& cue) {
      for (size_t m : by_sentence_[s]) {
        const auto& tm = a_.mentions[m];
        if (tm.type == MentionType::kTrigger && tm.begin < cue.begin && cue.end <= tm.end) return true;
      }
      return false;
    };
    // "arrived at the invitation of the Speaker": why a visit came about, not an invitation still open
    auto at_invitation_of = [&](const Mention& cue) {
      return cue.begin >= 2 && cue.end < sent.end && norm(cue.end - 1) == "invitation" &&
             norm(cue.begin - 1) == "the" &&
             (norm(cue.begin - 2) == "at" || norm(cue.begin - 2) == "upon" || norm(cue.begin - 2) == "on") &&
             norm(cue.end) == "of";
    };
    // ("the General Border Committee (GBC), which he co-chairs with the Thai minister, would meet in Thailand": the
    // name's abbreviation and a relative clause come between the name and its verb)
    const uint32_t e_after = past_abbreviation_and_clause(e, sent.end, 20);
    // ("at the 12th ADMM and the fifth ADMM-Plus, which it will host in October": a relative clause on the named
    // occasions says they are to come)
    uint32_t which_at = 0;
    for (uint32_t t = e; t + 1 < sent.end && t < e + 10; ++t) {
      if (norm(t) == "." || norm(t) == ";") break;
      if (norm(t) == "," && norm(t + 1) == "which") {
        which_at = t + 2;
        break;
      }
    }
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kStatusCue || inside_trigger(mm) || at_invitation_of(mm)) continue;
      if (which_at && mm.begin >= which_at && mm.begin <= which_at + 2 &&
          k_.status_cues[mm.id].status == EngagementStatus::kPlanned && !best) {
        best = &mm;
        continue;
      }
      if (e_after > e && mm.begin >= e_after && mm.begin - e_after <= 2 && (!best || mm.begin > best->begin)) {
        best = &mm;
        continue;
      }
      if (mm.end <= b && b - mm.end <= 12) {
        // no full stop or semicolon between
        bool blocked = false;
        for (uint32_t t = mm.end; t < b; ++t) {
          if (norm(t) == ";") blocked = true;
        }
        // "plans to contribute to peacekeeping and the role of the new ADMM-Plus": a cue ending in "to" governs
        // the verb right after it, so the occasion must follow closely ("plans to host the 5th ...")
        if (norm(mm.end - 1) == "to" && b - mm.end > 4) blocked = true;
        // "plans for the Carrier Strike Group to visit Japan": a cue ending in "for" governs its own phrase, not a
        // clause past a verb ("Plans for the drill were given impetus by the visit of X": the visit is no plan)
        if (norm(mm.end - 1) == "for") {
          if (b - mm.end > 9) blocked = true;
          for (uint32_t t = mm.end; t < b && !blocked; ++t) {
            std::string_view v = norm(t);
            blocked = v == "was" || v == "were" || v == "is" || v == "are" || v == "been" || v == "has" ||
                      v == "have" || v == "had";
          }
        }
        if (!blocked && (!best || mm.begin > best->begin)) best = &mm;
      }
      // "would meet", "will visit": a cue whose phrase ends on the occasion's own word
      if (mm.begin < b && mm.end > b && mm.end <= e && (!best || mm.begin > best->begin)) best = &mm;
      // ("the ADSOM-Plus, which was held online in late November to prepare for the ministerial meeting": the
      // occasion's own past verb comes first; a cue after it governs what that clause goes on to tell)
      bool told_held = false;
      for (uint32_t t = e; t + 1 < mm.begin && !told_held; ++t) {
        const std::string_view w = norm(t), v = norm(t + 1);
        told_held = ((w == "was" || w == "were") &&
                     (v == "held" || v == "convened" || v == "organised" || v == "organized" || v == "hosted")) ||
                    (w == "took" && v == "place");
      }
      if (mm.begin >= e && !told_held &&
          (mm.begin - e <= 4 || (mm.begin - e <= 10 && follows_in_clause(e, mm.begin)))) {
        // "... to the second Expo scheduled for December": the occasion itself is scheduled, whoever invited;
        // a "next" inside a date ("invited him to visit next year") says when, not that it is agreed
        if (!best || (k_.status_cues[mm.id].status == EngagementStatus::kPlanned && !inside_date(s, mm))) best = &mm;
      }
    }
    (void)sent;
    if (!best) {
      // "The two navies agreed that an Indian ship would deploy to Mozambique in November to carry out a joint
      // patrol": an occasion in a clause of agreement, under a modal of its own, is planned
      for (uint32_t t = sent.begin; t + 1 < b; ++t) {
        std::string_view w = norm(t);
        if (!((w == "agreed" || w == "decided" || w == "agree" || w == "decide") && norm(t + 1) == "that")) continue;
        bool modal = false, stop = false;
        for (uint32_t u = t + 2; u < b; ++u) {
          std::string_view v = norm(u);
          modal = modal || v == "would" || v == "will" || v == "should" || v == "shall";
          stop = stop || v == ";";
        }
        if (modal && !stop) {
          if (rule) *rule = "agreed that ... would: a clause of agreement";
          return EngagementStatus::kPlanned;
        }
      }
      // "will successfully organise the 16th ADMM", "would jointly host the drill": a modal, a manner adverb and a
      // verb of holding right before the occasion (a cue phrase has no room for the adverb)
      if (modal_holding_before(s, b)) {
        if (rule) *rule = "will/would + adverb + verb of holding";
        return EngagementStatus::kPlanned;
      }
      // "will successfully organise the 16th ADMM and the ninth ADMM Plus": the second of two named occasions
      // joined by "and" shares the first one's status
      uint32_t t = b;
      if (t > sent.begin && norm(t - 1) == "the") --t;
      if (t > sent.begin && (norm(t - 1) == "and" || norm(t - 1) == ",")) {
        for (size_t mi : mech_by_sentence_[s]) {
          const auto& prev = a_.mechanisms[mi];
          if (prev.end + 1 == t || (prev.end + 2 == t && norm(prev.end) == ")"))
            return status_for(s, prev.begin, prev.end, rule);
        }
      }
      // "will host the 19th ADMM in Kuala Lumpur on November 1, followed by the ADMM-Plus": an occasion following
      // or preceding a named one of the same sentence is of the same programme, so it shares that one's status
      if (t >= sent.begin + 2 && norm(t - 1) == "by" && (norm(t - 2) == "followed" || norm(t - 2) == "preceded")) {
        const MechanismMention* prev = nullptr;
        for (size_t mi : mech_by_sentence_[s])
          if (a_.mechanisms[mi].end < t - 1 && (!prev || a_.mechanisms[mi].end > prev->end)) prev = &a_.mechanisms[mi];
        if (prev) return status_for(s, prev->begin, prev->end, rule);
      }
      return std::nullopt;
    }
    if (rule) *rule = "status_cues.tsv: " + k_.status_cues[best->id].phrase;
    return k_.status_cues[best->id].status;
  }

  // "has met", "have held talks", "had met": the perfect tells earlier occasions.
  bool perfect_aspect(uint32_t tb) const {
    if (tb == 0) return false;
    std::string_view w = norm(tb - 1);
    if (w == "also" || w == "already" || w == "previously" || w == "often" || w == "repeatedly")
      w = tb >= 2 ? norm(tb - 2) : std::string_view();
    return w == "has" || w == "have" || w == "had";
  }

  // A status cue on a meeting's own verb: one that ends on it ("would meet", "will meet") or right before it
  // ("is scheduled to meet"); a cue further away may govern another clause ("agreed ..., when they met").
  std::optional<EngagementStatus> cue_on_trigger(int s, uint32_t tb) const {
    // "will meet", "will also call on", "would then hold talks": a modal on the meeting's own verb
    const uint32_t sb = a_.tokens.sentences[s].begin;
    // ("is scheduled to pay a courtesy call on", "will make an official visit": a light verb and its article
    // carry the cue to the meeting's word)
    if (tb > sb + 1 && (norm(tb - 1) == "a" || norm(tb - 1) == "an")) --tb;
    if (tb > sb) {
      const std::string_view v = norm(tb - 1);
      if (v == "pay" || v == "make" || v == "hold" || v == "have" || v == "conduct") --tb;
    }
    auto modal = [&](uint32_t t) { return norm(t) == "will" || norm(t) == "would" || norm(t) == "shall"; };
    if (tb > sb && modal(tb - 1)) return EngagementStatus::kPlanned;
    if (tb > sb + 1 && modal(tb - 2)) {
      std::string_view adv = norm(tb - 1);
      if (adv == "also" || adv == "then" || adv == "later" || adv == "soon" || adv == "first" || adv == "separately")
        return EngagementStatus::kPlanned;
    }
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kStatusCue || mm.begin >= tb) continue;
      bool on = mm.end > tb || mm.end == tb || (mm.end + 1 == tb && norm(mm.end) == "to");
      if (on && k_.status_cues[mm.id].status == EngagementStatus::kPlanned) return EngagementStatus::kPlanned;
    }
    return std::nullopt;
  }

  // "held their annual defence policy dialogue", "co-chaired the defence dialogue": a verb of holding right
  // before a mechanism's name reports one session of it.
  // ", first held in 1982", "(first staged in 2005)", "which was first conducted in 2010": the mechanism's first
  // session
  bool first_session_after(int s, uint32_t e) const {
    const auto& sent = a_.tokens.sentences[s];
    uint32_t t = e;
    while (t < sent.end && t < e + 4 && (norm(t) == "," || norm(t) == "(" || norm(t) == "which" || norm(t) == "was"))
      ++t;
    if (t + 2 >= sent.end || norm(t) != "first") return false;
    std::string_view v = norm(t + 1);
    if (v != "held" && v != "staged" && v != "conducted" && v != "launched" && v != "convened" && v != "organised" &&
        v != "organized" && v != "met")
      return false;
    // ("which first met in Hanoi in October 2010": a place may come before the date)
    for (size_t di : dates_by_sentence_[s]) {
      if (a_.dates[di].begin >= t + 2 && a_.dates[di].begin <= t + 6) return true;
    }
    return false;
  }

  bool held_by_verb(int s, uint32_t b) const {
    static const std::set<std::string_view> verbs = {"held",     "holds",    "convened",  "co-chaired", "cochaired",
                                                     "chaired",  "attended", "concluded", "opened",     "completed",
                                                     "launched", "kicked",   "began",     "started",    "wrapped"};
    const auto& sent = a_.tokens.sentences[s];
    for (uint32_t t = b; t > sent.begin && b - t < 3; --t) {
      if (verbs.count(norm(t - 1))) return true;
    }
    return false;
  }

  // "the ASEAN Military Operations Informal Meeting (AMOIM), held at the same venue on Monday": a session told
  // as held right after the name.
  bool held_after(int s, uint32_t e) const {
    const auto& sent = a_.tokens.sentences[s];
    // ("the ... Committee (JDCC) was held": an acronym in brackets may come between)
    uint32_t limit = e + 3;
    if (e + 2 < sent.end && norm(e) == "(" && norm(e + 2) == ")") limit += 3;
    for (uint32_t t = e; t < sent.end && t < limit; ++t) {
      std::string_view w = norm(t);
      if (w == "held" || w == "convened" || w == "opened" || w == "took" || w == "ran" || w == "began" ||
          w == "chaired" || w == "co-chaired" || w == "cochaired")
        return true;
      // ("was co-chaired by": "co" and its hyphen before the verb)
      if (w == "co" && t + 1 < sent.end && norm(t + 1) == "-") limit += 2;
      if (w != "," && w != ")" && w != "(" && w != "was" && w != "is" && w != "which" && w != "co" && w != "-" &&
          !(t == e + 1 && norm(e) == "("))
        break;
    }
    // "Exercise Vigilant Isles, in which British and Japanese soldiers trained together in Japan last November": a
    // clause on what happened at it, dated
    if (e + 3 < sent.end && norm(e) == "," && (norm(e + 1) == "in" || norm(e + 1) == "during") &&
        norm(e + 2) == "which") {
      for (size_t di : dates_by_sentence_[s]) {
        const auto& d = a_.dates[di];
        if (d.begin > e + 3 && d.begin <= e + 16 && !d.vague) return true;
      }
    }
    // "the IADSD meeting ... and the High Level Committee at the Army level, which were held last month": a
    // relative clause on the occasions just named, later in the sentence
    for (uint32_t t = e; t + 2 < sent.end && t < e + 30; ++t) {
      if (norm(t) == ";") return false;
      if (norm(t) == "which" && (norm(t + 1) == "were" || norm(t + 1) == "was") &&
          (norm(t + 2) == "held" || norm(t + 2) == "convened"))
        return true;
    }
    return false;
  }

  bool inside_date(int s, const Mention& m) const {
    for (size_t di : dates_by_sentence_[s]) {
      if (a_.dates[di].begin <= m.begin && m.end <= a_.dates[di].end) return true;
    }
    return false;
  }

  bool modal_holding_before(int s, uint32_t b) const {
    static const std::set<std::string_view> verbs = {"organise", "organize", "host",    "hold",   "chair",  "co-chair",
                                                     "conduct",  "stage",    "convene", "attend", "co-host"};
    const auto& sent = a_.tokens.sentences[s];
    uint32_t t = b;
    if (t > sent.begin && norm(t - 1) == "the") --t;
    if (t < sent.begin + 3 || !verbs.count(norm(t - 1))) return false;
    std::string_view adverb = norm(t - 2), modal = norm(t - 3);
    return adverb.size() > 3 && adverb.ends_with("ly") && (modal == "will" || modal == "would" || modal == "to");
  }

  // Tokens [e, b) continue the occasion's own phrase up to its verb: "exercise of the Ready Group will take
  // place", "Dialogue, which the two ministries have agreed to convene": no clause break but a relative
  // clause about the occasion itself, no other person or occasion between.
  bool follows_in_clause(uint32_t e, uint32_t b) const {
    for (uint32_t t = e; t < b; ++t) {
      std::string_view w = norm(t);
      if (w == ";" || w == ":" || w == "and" || w == "but") return false;
      if (w == "," && !(t + 1 < b && (norm(t + 1) == "which" || norm(t + 1) == "that"))) return false;
    }
    return true;
  }

  // See step 3a. The sentence's subject is both parties ("the two leaders", "both ministers") of the occasion
  // under way (two people); each meeting or call word after it with a date of its own (not the occasion's)
  // is an earlier meeting or call of those two people, placed by its own clause.
  void recalled_between_parties(int s, int current) {
    if (current < 0 || frames_[current].people.size() != 2 || frames_[current].e.status != EngagementStatus::kHeld)
      return;
    const auto& sent = a_.tokens.sentences[s];
    const Mention* subject = nullptr;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kParty && mm.id == annotate::party::kAll && mm.begin <= sent.begin + 1) subject = &mm;
      if (mm.type == MentionType::kPerson) return;  // people named: the usual rules place them
    }
    if (!subject) return;
    // (copies: frames_ grows below)
    const std::vector<int> people = frames_[current].people;
    const std::vector<std::string> countries = frames_[current].e.countries;
    const std::optional<PartialDate> date = frames_[current].e.date;
    for (size_t m : by_sentence_[s]) {
      const auto& tm = a_.mentions[m];
      if (tm.type != MentionType::kTrigger || tm.begin < subject->end) continue;
      const EngagementKind kind = k_.triggers[tm.id].kind;
      if (kind != EngagementKind::kBilateralMeeting && kind != EngagementKind::kCall) continue;
      if (!k_.triggers[tm.id].strong) continue;
      // ("the committee would meet in Chiang Rai in April": a meeting to come, not an earlier one)
      if (cue_on_trigger(s, tm.begin)) continue;
      Frame fr;
      fr.e.kind = kind;
      fr.e.status = EngagementStatus::kHeld;
      fr.e.countries = countries;
      fr.anchor_sentence = s;
      fr.anchor_token = tm.begin;
      explain(fr, "kind", "triggers.tsv: " + k_.triggers[tm.id].phrase + " (of both parties of the occasion)", tm.begin,
              tm.end);
      for (int who : people) add_person(fr, who);
      // its own date, from its clause: up to the next meeting or call word
      uint32_t clause_end = sent.end;
      for (size_t n : by_sentence_[s]) {
        const auto& nx = a_.mentions[n];
        if (nx.type == MentionType::kTrigger && nx.begin > tm.end) clause_end = std::min(clause_end, nx.begin);
      }
      const time::DateExpr* own = nullptr;
      for (size_t di : dates_by_sentence_[s]) {
        const auto& d = a_.dates[di];
        if (!d.vague && d.begin >= tm.end && d.end <= clause_end && !own) own = &d;
      }
      if (!own) continue;
      auto when = time::resolve(*own, reference_, false);
      if (!when || (date && *when == *date)) continue;
      push_frame(std::move(fr), s, tm.end);
    }
  }

  // See step 1a. "<ordinal> dialogue|session|round|meeting" or "the next dialogue|session|round|meeting" governed
  // by a cue of planning or proposing, with no mechanism named in the sentence: the next session of the
  // mechanism of the article's main event (its states, kind and groups). Returns the frame made, or -1.
  int next_session(int s) {
    // (a sentence naming a mechanism tells that one's sessions; a body's possessive session is still its own:
    // "since the committee's 13th meeting, ..., including the exercise Desert Cyclone II")
    const bool mechanism_named = !mech_by_sentence_[s].empty();
    const auto& sent = a_.tokens.sentences[s];
    static const std::set<std::string_view> nouns = {"dialogue", "session", "round",     "meeting",   "consultation",
                                                     "talks",    "edition", "iteration", "committee", "commission"};
    for (uint32_t t = sent.begin + 1; t < sent.end; ++t) {
      if (!nouns.count(norm(t))) continue;
      // (a noun inside or right before a name the sentence gives is that name's: "the 5th Defence Policy Dialogue")
      bool named = false;
      for (size_t mi : mech_by_sentence_[s]) {
        const auto& mm = a_.mechanisms[mi];
        named = named || (t + 1 >= mm.begin && t < mm.end);
      }
      if (named) continue;
      std::optional<int> ordinal;
      bool next = false;
      if (int v = annotate::ordinal_value(norm(t - 1)); v > 0) ordinal = v;
      if (norm(t - 1) == "next" || (t >= sent.begin + 2 && norm(t - 1) == "annual" && norm(t - 2) == "next"))
        next = true;
      // "the previous round, held on March 11 at the same venue": the session before, dated
      bool previous = false;
      // ("Last year's meeting was hosted by India in New Delhi in April")
      const bool last_years =
          t >= sent.begin + 3 && norm(t - 1) == "'s" && norm(t - 2) == "year" && norm(t - 3) == "last";
      // ("The committee last met in Tachileik in October": the noun, then "last" and a verb of meeting)
      const bool last_met =
          t + 2 < sent.end && norm(t + 1) == "last" &&
          (norm(t + 2) == "met" || norm(t + 2) == "convened" || norm(t + 2) == "held" || norm(t + 2) == "sat");
      const bool body_noun = norm(t) == "committee" || norm(t) == "commission";
      if (body_noun && !last_met) continue;  // (a body named is no session unless it met)
      if ((norm(t - 1) == "previous" || norm(t - 1) == "preceding" || norm(t - 1) == "last" || last_years ||
           last_met) &&
          !ordinal && !next) {
        for (size_t di : dates_by_sentence_[s]) {
          const auto& d = a_.dates[di];
          if (d.begin > t && d.begin <= t + 14 && !d.vague) previous = true;
        }
      }
      if (!ordinal && !next && !previous) continue;
      if (mechanism_named && !(ordinal && t >= sent.begin + 3 && norm(t - 2) == "'s")) continue;
      // the mechanism: "The fifth session of the committee" is of the latest one told whose name ends so, else the
      // main event's
      int ref = main_ >= 0 && frames_[main_].e.mechanism ? main_ : -1;
      const bool of_the = t + 3 < sent.end && norm(t + 1) == "of" && norm(t + 2) == "the";
      // ("The group's 15th meeting took place in Ankara", "the committee's 13th meeting, held in New Delhi")
      const bool body_possessive =
          ordinal && t >= sent.begin + 3 && norm(t - 2) == "'s" && !a_.tokens.tokens[t - 3].has(segment::kCapitalized);
      if (of_the || body_noun || body_possessive) {
        const std::string head = normalize::fold(std::string(norm(of_the ? t + 3 : body_possessive ? t - 3 : t)));
        for (size_t f = frames_.size(); f-- > 0;) {
          const auto& mech = frames_[f].e.mechanism;
          // (a body named by its planned session too: "the RBC would meet in April. The committee last met ...")
          if (mech && (frames_[f].e.status == EngagementStatus::kHeld || body_noun || body_possessive) &&
              normalize::fold(*mech).ends_with(" " + head)) {
            ref = static_cast<int>(f);
            break;
          }
        }
      }
      if (ref < 0) continue;
      std::string rule;
      auto status = status_for(s, t - 1, t + 1, &rule);
      const Frame& m = frames_[ref];
      // "The 10th session was held in Jakarta in November 2024", "the outcomes of the 13th dialogue": an
      // earlier session of the mechanism, recalled
      const bool earlier = (ordinal && m.e.ordinal && *ordinal < *m.e.ordinal && !next) || previous;
      if (earlier) {
        status = EngagementStatus::kHeld;
        rule = "an earlier session of the main event's mechanism";
      }
      if (!status || (*status == EngagementStatus::kHeld && !earlier)) continue;
      if (ordinal && m.e.ordinal && *ordinal <= *m.e.ordinal && !earlier) continue;
      for (const auto& f : frames_) {
        if (f.e.mechanism != m.e.mechanism) continue;
        // already told: an earlier session by its ordinal, a session to come by any plan without another ordinal
        // ("the previous round" is never the one reported)
        if (previous && &f == &m) continue;
        if (earlier ? (f.e.status == EngagementStatus::kHeld && f.e.ordinal == ordinal)
                    : (f.e.status != EngagementStatus::kHeld && (!ordinal || !f.e.ordinal || f.e.ordinal == ordinal)))
          return -1;
      }
      Frame fr;
      fr.e.kind = m.e.kind;
      fr.e.status = *status;
      fr.e.mechanism = m.e.mechanism;
      fr.e.ordinal = ordinal;
      fr.e.countries = m.e.countries;
      fr.e.groups = m.e.groups;
      fr.anchor_sentence = s;
      fr.anchor_token = t - 1;
      explain(fr, "mechanism", "next session of the main event's mechanism", t - 1, t + 1);
      explain(fr, "status", rule, t - 1, t + 1);
      // "the next round of the dialogue in Jakarta": the place and date come after the whole phrase
      uint32_t after = t + 1;
      if (after + 2 < sent.end && norm(after) == "of" && norm(after + 1) == "the") after += 3;
      const int f = push_frame(std::move(fr), s, after);
      // ("Last year's meeting ... in April": the month of last year)
      if (last_years && frames_[f].e.date && doc_.published && frames_[f].e.date->year == doc_.published->year) {
        frames_[f].e.date->year -= 1;
        frames_[f].e.end_date.reset();
      }
      return f;
    }
    return -1;
  }

  // See step 1b. The first list of three or more states after "<office>s of" in the sentence opens the
  // mechanism; once known, a later "<ordinal> meeting" in the article is another session of it (their third,
  // the fifth next year). Returns the frame made or found, or -1.
  // "Australia-Japan-Philippines-United States Defence Ministers' Meeting": the states' names in alphabetical order,
  // then the office.
  std::string plural_name(const std::vector<std::string>& states, const std::string& office) const {
    std::vector<std::string> names;
    for (const auto& c : states) names.push_back(k_.countries.by_code(c)->name);
    std::sort(names.begin(), names.end());
    std::string mech;
    for (const auto& n : names) mech += (mech.empty() ? "" : "-") + n;
    return mech + " " + office + "' Meeting";
  }

  int plurilateral(int s) {
    const auto& sent = a_.tokens.sentences[s];
    auto meeting_ordinal = [&](std::optional<int>& ordinal, uint32_t& at) {
      for (uint32_t t = sent.begin; t < sent.end; ++t) {
        if (norm(t) != "meeting") continue;
        at = t;
        for (uint32_t b = t; b > sent.begin && t - b < 3; --b) {
          if (int v = annotate::ordinal_value(norm(b - 1)); v > 0) ordinal = v;
        }
        return true;
      }
      return false;
    };
    static const std::set<std::string_view> offices = {"ministers", "chiefs", "commanders", "leaders", "secretaries"};
    if (plural_mechanism_.empty()) {
      for (uint32_t t = sent.begin + 1; t + 1 < sent.end; ++t) {
        if (norm(t) != "of" || !offices.count(norm(t - 1))) continue;
        std::vector<std::string> states;
        uint32_t u = t + 1;
        while (u < sent.end) {
          const Mention* c = nullptr;
          for (size_t m : by_sentence_[s]) {
            if (a_.mentions[m].type == MentionType::kCountry && a_.mentions[m].begin == u) c = &a_.mentions[m];
          }
          if (!c) break;
          add_unique(states, k_.countries.all()[c->id].code);
          u = c->end;
          if (u < sent.end && norm(u) == ",") ++u;
          if (u < sent.end && norm(u) == "and") ++u;
        }
        if (states.size() < 3) continue;
        std::string office;
        for (uint32_t b = t; b > sent.begin; --b) {
          std::string w(a_.tokens.text_of(b - 1));
          if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0])) || norm(b - 1) == "the") break;
          w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
          office = office.empty() ? w : w + " " + office;
        }
        plural_mechanism_ = plural_name(states, office);
        plural_states_ = states;
        break;
      }
      // "Austin hosted his Australian, Japanese and Philippine counterparts, Marles, Kihara and Teodoro, for the
      // second meeting of the four defence ministers": the states of the people named
      if (plural_mechanism_.empty()) {
        static const std::set<std::string_view> counts = {"three", "four", "five", "six"};
        for (uint32_t t = sent.begin; t + 4 < sent.end; ++t) {
          if (norm(t) != "meeting" || norm(t + 1) != "of" || norm(t + 2) != "the" || !counts.count(norm(t + 3)))
            continue;
          uint32_t e = t + 4;
          while (e < sent.end && e < t + 7 && !offices.count(norm(e))) ++e;
          if (e >= sent.end || !offices.count(norm(e))) break;
          std::vector<std::string> states;
          for (size_t m : by_sentence_[s]) {
            const auto& mm = a_.mentions[m];
            if (mm.type == MentionType::kPerson && a_.people[mm.entity].country)
              add_unique(states, *a_.people[mm.entity].country);
          }
          if (states.size() < 3) break;
          std::string office;
          for (uint32_t w = t + 4; w <= e; ++w) {
            std::string word(a_.tokens.text_of(w));
            word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
            office += (office.empty() ? "" : " ") + word;
          }
          plural_mechanism_ = plural_name(states, office);
          plural_states_ = states;
          plural_people_here_ = true;
          break;
        }
      }
      if (plural_mechanism_.empty()) return -1;
    }
    std::optional<int> ordinal;
    uint32_t at = 0;
    if (!meeting_ordinal(ordinal, at)) return -1;
    for (size_t f = 0; f < frames_.size(); ++f) {
      const auto& e = frames_[f].e;
      if (e.mechanism && *e.mechanism == plural_mechanism_ && (!ordinal || !e.ordinal || *ordinal == *e.ordinal)) {
        return frames_[f].anchor_sentence == s ? static_cast<int>(f) : -1;  // a session already reported
      }
    }
    if (!ordinal && main_ >= 0) return -1;  // "the meeting" again: not a new session
    std::string rule;
    auto status = status_for(s, at, at + 1, &rule);
    uint32_t verb = at;
    for (uint32_t t = sent.begin; t < at; ++t) {
      std::string_view w = norm(t);
      if (w == "met" || w == "gathered" || w == "convened") {
        status.reset();  // "met in Vientiane on Tuesday for their fourth meeting": held, dated by the verb
        verb = t;
        break;
      }
    }
    Frame fr;
    fr.e.kind = EngagementKind::kMultilateralMeeting;
    fr.e.status = status.value_or(EngagementStatus::kHeld);
    fr.e.mechanism = plural_mechanism_;
    fr.e.ordinal = ordinal;
    fr.e.countries = plural_states_;
    fr.anchor_sentence = s;
    fr.anchor_token = at;
    fr.sideline = plural_people_here_ && main_ >= 0;  // hosted during the event reported: its place
    explain(fr, "mechanism", "officials of three or more states named as a list + meeting", at, at + 1);
    if (status) explain(fr, "status", rule, at, at + 1);
    int f = push_frame(std::move(fr), s, verb == at ? at + 1 : verb + 1);
    if (frames_[f].main_event || plural_people_here_) {
      for (size_t m : by_sentence_[s]) {
        if (a_.mentions[m].type == MentionType::kPerson) add_person(frames_[f], a_.mentions[m].entity);
      }
    }
    return f;
  }

  // The held visit a welcome word in sentence s belongs to when the sentence places the welcome at an arrival place
  // (grammar.tsv `arrival_place`: "at the airport", "at the pier", "on arrival"): the current occasion if it is such
  // a visit, else the latest visit told before; -1 when none or the word is no welcome.
  int arrival_welcome_visit(int s, const Mention& trig, int current) const {
    const std::string_view w = norm(trig.begin);
    // ("On arrival they were met at the airport by X": the passive "met" is a welcome too)
    const bool passive_met =
        w == "met" && trig.begin > 0 && (norm(trig.begin - 1) == "were" || norm(trig.begin - 1) == "was");
    if (w != "received" && w != "welcomed" && w != "greeted" && w != "welcome" && !passive_met) return -1;
    const auto& sent = a_.tokens.sentences[s];
    bool arrival = false;
    for (uint32_t t = sent.begin; t < sent.end && !arrival; ++t)
      arrival = k_.grammar.is(norm(t), gazetteer::WordClass::kArrivalPlace);
    if (!arrival) return -1;
    // (a visit begun the day before the main meeting is the trip under way, not one recalled)
    auto held_visit = [&](int f) {
      return f >= 0 && frames_[f].e.kind == EngagementKind::kVisit && frames_[f].e.status == EngagementStatus::kHeld &&
             (!recalled(frames_[f]) || near_main(*frames_[f].e.date));
    };
    if (held_visit(current)) return current;
    for (int f = static_cast<int>(frames_.size()); f-- > 0;) {
      if (frames_[f].anchor_sentence <= s && held_visit(f)) return f;
    }
    return -1;
  }

  // "Vietnam and Thailand held their fifth defence policy dialogue in Hanoi on October 21", then "Vietnam's side was
  // led by X, who co-chaired the talks with Y": a meeting word after a word of presence and "the" names the session
  // under way again (grammar.tsv presence_word); its people are the session's co-chairs, no meeting of their own.
  int session_named_by_presence(const Mention& trig, int current) const {
    const uint32_t b = trig.begin;
    if (b < 2 || norm(b - 1) != "the" || !k_.grammar.is(norm(b - 2), gazetteer::WordClass::kPresenceWord)) return -1;
    if (current < 0) return -1;
    const Frame& f = frames_[current];
    if (!f.mechanism || f.e.status != EngagementStatus::kHeld || recalled(f)) return -1;
    if (f.e.kind != EngagementKind::kPolicyDialogue && f.e.kind != EngagementKind::kMultilateralMeeting) return -1;
    return current;
  }

  // An exercise under way with no place of its own, whose sentences name sites of one state only ("a sea phase off
  // Durban and Richards Bay", "drills in Batanes and in Palawan"): held in that state, at no one city (examples'
  // precedent for exercises spread over several sites).
  void exercise_state_from_sites(Frame& f) {
    if (f.e.kind != EngagementKind::kExercise || f.e.status != EngagementStatus::kHeld || f.e.location || f.remote ||
        recalled(f))
      return;
    std::set<std::string> states;
    int sites = 0;
    for (int s : f.sentences) {
      if (s < f.anchor_sentence) continue;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type != MentionType::kPlace || k_.places[mm.id].country.empty()) continue;
        states.insert(k_.places[mm.id].country);
        ++sites;
      }
    }
    if (states.size() != 1 || sites < 2) return;
    f.e.location = Location{std::nullopt, *states.begin()};
    add_unique(f.e.countries, *states.begin());
    explain(f, "location", "the one state of the sites its sentences name", 0, 0);
  }

  // "Carter is on a three-day visit to Vietnam. He arrived Sunday in Haiphong.", "Chien began his three-day
  // official visit on Monday": a held visit of a known length, dated by its own sentence at most to a day within
  // it, starts on the day a later sentence says its visitor arrived or began it; the length gives its last day.
  void visit_start_told_after(Frame& f) {
    if (f.e.kind != EngagementKind::kVisit || f.e.status != EngagementStatus::kHeld || f.people.empty() ||
        f.anchor_sentence < 0 || f.e.end_date || recalled(f))
      return;
    const int visitor = f.lead >= 0 ? f.lead : f.people[0];
    const int last = std::min<int>(f.anchor_sentence + 4, static_cast<int>(a_.tokens.sentences.size()) - 1);
    for (int s = f.anchor_sentence; s <= last; ++s) {
      const auto& sent = a_.tokens.sentences[s];
      // the visitor as the sentence's first person (by name or pronoun)
      int subject = -1;
      uint32_t subject_end = 0;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type == MentionType::kPerson || mm.type == MentionType::kPronoun) {
          subject = mm.entity, subject_end = mm.end;
          break;
        }
      }
      if (subject != visitor) continue;
      uint32_t verb = 0;
      for (uint32_t t = subject_end; t < sent.end && t < subject_end + 3 && !verb; ++t) {
        const std::string_view w = norm(t);
        if (w == "arrived" || w == "began" || w == "started") verb = t;
      }
      if (!verb) continue;
      // (the length its own sentence gives, else the one told here: "began his three-day official visit")
      const int days = f.length_days > 1 ? f.length_days : length_in_days(s, verb);
      if (days < 2) continue;
      for (size_t di : dates_by_sentence_[s]) {
        const auto& d = a_.dates[di];
        if (d.begin < verb || d.begin > verb + 12 || d.vague) continue;
        auto day = time::resolve(d, reference_, false);
        if (!day || !day->has_day()) continue;
        if (f.e.date && f.e.date->has_day()) {
          // (only a start on or before the day its own sentence gave, within the visit's length)
          const long told = days_from_civil(f.e.date->year, f.e.date->month, f.e.date->day);
          const long start = days_from_civil(day->year, day->month, day->day);
          if (start > told || told - start >= days) return;
        } else if (f.e.date &&
                   (f.e.date->year != day->year || (f.e.date->has_month() && f.e.date->month != day->month))) {
          return;
        }
        f.e.date = day;
        const long first = days_from_civil(day->year, day->month, day->day);
        f.e.end_date = civil_from_days(first + days - 1);
        explain(f, "date", "the day its visitor arrived or began it, told after; its length gives the last day",
                d.begin, d.end);
        return;
      }
    }
  }

  // The talks a held signing followed, told in the signing's sentence or the one after it ("signed ... after
  // talks", "following their meeting"; not "the talks", told before): a meeting of the two signatories on the signing's
  // day and place, unless one of them is already told. Returns the new frame, or -1.
  int talks_before_signing(int s, int g) {
    const Frame& sg = frames_[g];
    if (sg.e.kind != EngagementKind::kSigning || sg.e.status != EngagementStatus::kHeld || recalled(sg) ||
        sg.people.size() != 2 || s < sg.anchor_sentence || s > sg.anchor_sentence + 1)
      return -1;
    const int a = sg.people[0], b = sg.people[1];
    const auto ca = person_country(a), cb = person_country(b);
    if (!ca || !cb || *ca == *cb || find_bilateral(a, b) >= 0) return -1;
    const auto& sent = a_.tokens.sentences[s];
    uint32_t talks = 0;
    for (uint32_t t = sent.begin; t < sent.end && !talks; ++t) {
      // ("signed once the two ministers had concluded their talks")
      if (norm(t) != "after" && norm(t) != "following" && norm(t) != "once") continue;
      for (uint32_t u = t + 1; u < sent.end && u < t + 8; ++u) {
        const std::string_view w = norm(u);
        if (w == "," || w == "." || w == ";") break;
        if (w == "talks" || w == "meeting" || w == "discussions" || w == "negotiations") {
          // ("Following the talks, A and B signed ...": talks told before, the dialogue or another meeting)
          if (norm(u - 1) != "the" && norm(u - 1) != "these" && norm(u - 1) != "those") talks = u;
          break;
        }
      }
    }
    if (!talks) return -1;
    Frame fr;
    fr.e.kind = EngagementKind::kBilateralMeeting;
    fr.e.status = EngagementStatus::kHeld;
    fr.anchor_sentence = s;
    fr.anchor_token = talks;
    fr.lead = a;
    fr.counterpart = b;
    fr.sideline = sg.sideline;
    add_person(fr, a);
    add_person(fr, b);
    fr.e.date = sg.e.date;
    fr.e.end_date.reset();
    fr.e.location = sg.e.location;
    fr.e.evidence.push_back(sent.span);
    explain(fr, "kind", "the talks a signing followed", talks, talks + 1);
    frames_.push_back(std::move(fr));
    const int f = static_cast<int>(frames_.size() - 1);
    bilateral_of_.emplace(std::make_pair(std::min(a, b), std::max(a, b)), f);
    return f;
  }

  // "Defense Minister Cao Gangchuan met with visiting Commander-in-Chief of the Chilean Army Oscar Izurieta
  // Tuesday in Beijing", then "through this visit": the guest's visit, which the article tells only by the word
  // "visiting" and a later reference to it, is an occasion of its own (held, in the meeting's state, in its month).
  void visits_of_visiting_guests() {
    const size_t told = frames_.size();
    for (size_t fi = 0; fi < told; ++fi) {
      const Frame& f = frames_[fi];  // (not used after the push_back below, which may move it)
      if (f.e.kind != EngagementKind::kBilateralMeeting || f.e.status != EngagementStatus::kHeld || recalled(f) ||
          f.counterpart < 0 || f.anchor_sentence < 0 || !f.e.date || !f.e.location || !f.e.location->country)
        continue;
      const int guest = f.counterpart;
      if (std::any_of(frames_.begin(), frames_.end(), [&](const Frame& v) {
            return v.e.kind == EngagementKind::kVisit &&
                   std::find(v.people.begin(), v.people.end(), guest) != v.people.end();
          }))
        continue;
      bool visiting = false;
      for (size_t m : by_sentence_[f.anchor_sentence]) {
        const auto& pm = a_.mentions[m];
        if (pm.type != MentionType::kPerson || pm.entity != guest) continue;
        for (uint32_t t = pm.begin; t > a_.tokens.sentences[f.anchor_sentence].begin && pm.begin - t < 10; --t) {
          if (norm(t - 1) == "," || norm(t - 1) == "and") break;
          if (norm(t - 1) == "visiting") visiting = true;
        }
      }
      if (!visiting) continue;
      // (a later sentence names the visit: "this visit", "his visit", "will also visit")
      bool named_later = false;
      for (size_t s = f.anchor_sentence + 1; s < a_.tokens.sentences.size() && !named_later; ++s) {
        const auto& sent = a_.tokens.sentences[s];
        for (uint32_t t = sent.begin + 1; t < sent.end && !named_later; ++t) {
          const std::string_view w = norm(t), before = norm(t - 1);
          named_later = (w == "visit" || w == "trip") &&
                        (before == "this" || before == "his" || before == "her" || before == "also");
        }
      }
      if (!named_later) continue;
      const auto guest_state = person_country(guest);
      if (!guest_state || *guest_state == *f.e.location->country) continue;
      Frame v;
      v.e.kind = EngagementKind::kVisit;
      v.e.status = EngagementStatus::kHeld;
      v.anchor_sentence = f.anchor_sentence;
      v.anchor_token = f.anchor_token;
      v.lead = guest;
      add_person(v, guest);
      v.e.countries = {*guest_state, *f.e.location->country};
      v.e.location = Location{std::nullopt, *f.e.location->country};
      v.e.date = PartialDate{f.e.date->year, f.e.date->month, 0};
      v.e.evidence = f.e.evidence;
      v.dest_state = *f.e.location->country;
      explain(v, "kind", "'visiting <person>' and a later 'this visit': the guest's visit", f.anchor_token,
              f.anchor_token + 1);
      frames_.push_back(std::move(v));
    }
  }

  static bool two_party_kind(EngagementKind k) {
    return k == EngagementKind::kBilateralMeeting || k == EngagementKind::kCall || k == EngagementKind::kVisit;
  }

  // "SINGAPORE: ASEAN defence ministers on Tuesday agreed to widen intelligence-sharing on terrorism and to hold a
  // first maritime exercise with China", then "The decisions were taken at the ADMM Retreat ...": a lead sentence
  // that opens no held occasion tells the held occasion named right after it (a two-party one before a forum in the
  // same sentence); its areas, and what it agreed to hold, are that occasion's (examples/README: agreeing to an
  // exercise or a dialogue adds its area to where it was agreed).
  void lead_to_main() {
    int lead = -1;
    for (size_t s = 0; s < a_.tokens.sentences.size(); ++s) {
      const auto& sent = a_.tokens.sentences[s];
      if (!sentence_in_body(sent.span) || sent.end - sent.begin < 10 || norm(sent.end - 1) != ".") continue;
      if (!has_prose_word(sent)) continue;
      lead = static_cast<int>(s);
      break;
    }
    if (lead < 0) return;
    // (a lead that tells a held occasion, or goes back to one named in the headline, is that occasion's)
    for (const auto& f : frames_) {
      if ((f.anchor_sentence == lead || f.sentences.count(lead)) && f.e.status == EngagementStatus::kHeld) return;
    }
    // the held occasion told first after the lead; in its sentence, a two-party one before a forum ("talks were held
    // between him and X on the sidelines of LIMA": the lead's agreements are the talks')
    int told = -1;
    for (size_t f = 0; f < frames_.size(); ++f) {
      const auto& fr = frames_[f];
      if (fr.e.status != EngagementStatus::kHeld || fr.anchor_sentence <= lead || recalled(fr)) continue;
      if (told < 0 || fr.anchor_sentence < frames_[told].anchor_sentence ||
          (fr.anchor_sentence == frames_[told].anchor_sentence && !two_party_kind(frames_[told].e.kind) &&
           two_party_kind(fr.e.kind)))
        told = static_cast<int>(f);
    }
    if (told < 0) return;
    Frame& m = frames_[told];
    if (m.sentences.count(lead)) return;
    for (size_t mi : by_sentence_[lead]) {
      const auto& am = a_.mentions[mi];
      if (am.type != MentionType::kArea) continue;
      add_unique(m.e.areas, k_.area_ids[am.id]);
      explain(m, "areas", "area_phrases.tsv: " + std::string(a_.tokens.text_of(am.begin)) + " (the lead tells it)",
              am.begin, am.end);
    }
    for (const auto& f : frames_) {
      if (f.anchor_sentence != lead) continue;
      for (const auto& area : f.e.areas) add_unique(m.e.areas, area);
      if (f.e.kind == EngagementKind::kExercise) add_unique(m.e.areas, std::string("exercises"));
      if (f.e.kind == EngagementKind::kPolicyDialogue) add_unique(m.e.areas, std::string("dialogue_consultation"));
    }
    m.e.evidence.push_back(a_.tokens.sentences[lead].span);
  }

  // Whether a mechanism named in sentence s is the subject of the verb at token v: its name, its abbreviation in
  // parentheses and a relative clause, then a modal right before v ("the GBC, which he co-chairs, would meet").
  bool mechanism_is_subject_of(int s, uint32_t v) const {
    if (v == 0 || !(norm(v - 1) == "would" || norm(v - 1) == "will")) return false;
    for (size_t mi : mech_by_sentence_[s]) {
      const uint32_t e = a_.mechanisms[mi].end;
      if (e < v && past_abbreviation_and_clause(e, v, 0) + 1 == v) return true;
    }
    return false;
  }

  // The token after a name ending at token e, past its abbreviation in parentheses ("(GBC)") and a relative clause
  // closed by a comma (", which he co-chairs with the Thai minister,"); e when there is neither. The clause's comma
  // is looked for before `limit` and, when `max_clause` is not 0, within that many tokens.
  uint32_t past_abbreviation_and_clause(uint32_t e, uint32_t limit, uint32_t max_clause) const {
    if (e + 2 < limit && norm(e) == "(" && norm(e + 2) == ")") e += 3;
    // (", or "2+2,"": another name of the occasion, closed by a comma and any closing quote)
    if (e + 3 < limit && norm(e) == "," && norm(e + 1) == "or") {
      uint32_t t = e + 2;
      while (t < limit && t < e + 8 && norm(t) != ",") ++t;
      if (t < limit && norm(t) == ",") {
        e = t + 1;
        if (e < limit && (norm(e) == "\"" || norm(e) == "\xe2\x80\x9d")) ++e;
      }
    }
    if (e + 1 < limit && norm(e) == "," && (norm(e + 1) == "which" || norm(e + 1) == "who")) {
      uint32_t t = e + 2;
      while (t < limit && (max_clause == 0 || t < e + max_clause) && norm(t) != ",") ++t;
      if (t < limit && norm(t) == ",") e = t + 1;
    }
    return e;
  }

  // The two people of occasion f that "the two ministers" in sentence s can mean: its own two, or for a visit
  // that names only its visitor, the visitor and the last person of another state named from the visit's
  // sentence up to s. {-1, -1} when there are no such two.
  std::pair<int, int> two_people_of(int f, int s) const {
    const auto& fr = frames_[f];
    if (fr.people.size() == 2) return {fr.people[0], fr.people[1]};
    if (fr.people.empty() || fr.e.kind != EngagementKind::kVisit || fr.e.status != EngagementStatus::kHeld)
      return {-1, -1};
    const int visitor = fr.lead >= 0 ? fr.lead : fr.people[0];
    const auto home = person_country(visitor);
    if (!home) return {-1, -1};
    // (the host the visit's own sentence names, "at the invitation of X", before anyone named since: a welcomer)
    int host = -1;
    for (int t = fr.anchor_sentence; t < s && t >= 0; ++t) {
      for (size_t m : by_sentence_[t]) {
        const auto& mm = a_.mentions[m];
        if (mm.type != MentionType::kPerson || mm.entity == visitor) continue;
        const auto c = person_country(mm.entity);
        if (c && *c != *home) host = mm.entity;
      }
      if (host >= 0 && t == fr.anchor_sentence) break;
    }
    return host >= 0 ? std::pair<int, int>{visitor, host} : std::pair<int, int>{-1, -1};
  }

  // The person named as hosting or chairing the event whose name starts at token b ("X ... successfully
  // hosted the 13th Forum", "Y, who chaired the meeting"): the nearest person before the verb; -1 if none.
  int host_of(int s, uint32_t b) const {
    static const std::set<std::string_view> verbs = {
        "hosting",    "hosted",    "hosts",     "host",       "chairing",   "chaired",    "chairs",    "co-chairing",
        "co-chaired", "cochaired", "co-hosted", "co-hosting", "organising", "organizing", "organised", "organized"};
    const auto& sent = a_.tokens.sentences[s];
    uint32_t i = b;
    if (i > sent.begin && norm(i - 1) == "the") --i;
    while (i > sent.begin && norm(i - 1).size() > 4 && norm(i - 1).ends_with("ly")) --i;  // "successfully"
    if (i == sent.begin || !verbs.count(norm(i - 1))) return -1;
    uint32_t verb = i - 1;
    int best = -1;
    uint32_t best_end = 0;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kPerson && mm.end <= verb && verb - mm.end <= 6 && mm.end >= best_end) {
        best = mm.entity, best_end = mm.end;
      }
    }
    return best;
  }

  // "At ADSOM, ...", "During the dialogue, ...": a sentence opening on an occasion already reported.
  bool returns_to(int s, uint32_t b) const {
    const auto& sent = a_.tokens.sentences[s];
    if (b < sent.begin || b - sent.begin > 3) return false;
    std::string_view w = norm(sent.begin);
    return (w == "at" || w == "during") && occasion_context(b);
  }

  // The held frame that a sentence opening "At/During/In the <occasion noun>," refers back to: the latest
  // one of a matching kind (meeting/talks -> a meeting or dialogue; visit; call; exercise); -1 if none or
  // when the current frame already is of that kind.
  int referenced_occasion(int s, int current, uint32_t* noun_at = nullptr, bool* names_current = nullptr,
                          uint32_t* phrase_end = nullptr) const {
    const auto& sent = a_.tokens.sentences[s];
    uint32_t t = sent.begin;
    if (t + 3 > sent.end) return -1;
    std::string_view w = norm(t);
    if (w != "at" && w != "during" && w != "in" && w != "throughout") return -1;
    std::string_view det = norm(t + 1);
    if (det != "the" && det != "their" && det != "this" && det != "that" && det != "these") return -1;
    // "During the wide-ranging talks,", "At the two-hour bilateral meeting,": up to three lower-case modifiers
    uint32_t n = t + 2;
    static const std::set<std::string_view> occasion_nouns = {
        "meeting",  "talks", "session", "dialogue",  "discussions", "visit",   "trip",      "call",  "conversation",
        "exercise", "drill", "drills",  "exercises", "ceremony",    "signing", "reception", "forum", "summit"};
    while (n + 2 < sent.end && n < t + 7 && (lower_word(n) || norm(n) == "-") && norm(n + 1) != "," &&
           !occasion_nouns.count(norm(n)))
      ++n;
    std::string_view noun = norm(n);
    if (noun_at) *noun_at = n;
    // "At the welcome ceremony in Mong Cai city on April 25, ...": the phrase may go on with its place and day
    if (n + 1 < sent.end && (norm(n + 1) == "in" || norm(n + 1) == "on" || norm(n + 1) == "at")) {
      uint32_t c = n + 1;
      while (c < sent.end && c < n + 12 && norm(c) != ",") ++c;
      if (c < sent.end && norm(c) == "," && c < n + 12) {
        if (phrase_end) *phrase_end = c;
      } else {
        return -1;
      }
    } else if (n + 1 >= sent.end || norm(n + 1) != ",") {
      return -1;  // "At the meeting, ...": the noun closes the phrase
    }
    auto fits = [&](EngagementKind k) {
      if (noun == "meeting" || noun == "talks" || noun == "session" || noun == "dialogue" || noun == "discussions")
        return k == EngagementKind::kBilateralMeeting || k == EngagementKind::kPolicyDialogue ||
               k == EngagementKind::kMultilateralMeeting;
      if (noun == "visit" || noun == "trip") return k == EngagementKind::kVisit;
      if (noun == "call" || noun == "conversation") return k == EngagementKind::kCall;
      if (noun == "exercise" || noun == "drill" || noun == "drills" || noun == "exercises")
        return k == EngagementKind::kExercise;
      if (noun == "ceremony" || noun == "signing") return k == EngagementKind::kSigning || k == EngagementKind::kOther;
      return false;
    };
    if (current >= 0 && fits(frames_[current].e.kind)) {
      if (names_current) *names_current = true;
      return -1;
    }
    for (size_t f = frames_.size(); f-- > 0;) {
      const auto& fr = frames_[f];
      if (fr.e.status != EngagementStatus::kHeld || fr.anchor_sentence >= s || !fits(fr.e.kind)) continue;
      // (an occasion recalled is referred to only right after it is told: "Lich paid an official visit to Minsk in
      // August last year. During the visit, he ... signed ...")
      if (recalled(fr) && fr.anchor_sentence != s - 1) continue;
      return static_cast<int>(f);
    }
    return -1;
  }

  // The main event named again as the subject opening sentence s: "The dialogue on November 13 was held ...",
  // "The annual talks took place in ...". Returns (frame, token of the noun), or (-1, 0).
  std::pair<int, uint32_t> subject_reference(int s) const {
    const auto& sent = a_.tokens.sentences[s];
    if (main_ < 0 || frames_[main_].e.status != EngagementStatus::kHeld || sent.begin + 3 > sent.end) return {-1, 0};
    if (norm(sent.begin) != "the") return {-1, 0};
    uint32_t n = sent.begin + 1;
    while (n + 1 < sent.end && (norm(n) == "annual" || norm(n) == "bilateral" || norm(n) == "joint" ||
                                norm(n) == "two-day" || norm(n) == "official")) {
      ++n;
    }
    std::string_view noun = norm(n), next = norm(n + 1);
    const auto kind = frames_[main_].e.kind;
    bool fits = ((noun == "dialogue" || noun == "talks" || noun == "meeting" || noun == "consultation") &&
                 (kind == EngagementKind::kPolicyDialogue || kind == EngagementKind::kBilateralMeeting)) ||
                ((noun == "exercise" || noun == "drill") && kind == EngagementKind::kExercise) ||
                (noun == "visit" && kind == EngagementKind::kVisit);
    if (!fits) return {-1, 0};
    if (next != "on" && next != "was" && next != "were" && next != "took" && next != "in" && next != "," &&
        next != "held" && next != "between")
      return {-1, 0};
    for (const auto& f : frames_) {
      if (f.anchor_sentence == s) return {-1, 0};  // the sentence tells of an occasion of its own
    }
    return {main_, n};
  }

  // "at the ...", "during the ...", "on the sidelines of the ...": the mention names an occasion.
  bool occasion_context(uint32_t b) const {
    uint32_t i = b;
    // "at the recent ...", "at its latest annual ...": determiners and adjectives in any order
    while (i > 0 && b - i < 4 &&
           (norm(i - 1) == "the" || norm(i - 1) == "recent" || norm(i - 1) == "latest" || norm(i - 1) == "annual" ||
            norm(i - 1) == "last" || norm(i - 1) == "previous" || norm(i - 1) == "its" || norm(i - 1) == "their")) {
      --i;
    }
    if (i == 0) return false;
    // "at the end of a two-day close door Joint Defence Committee Meeting", "at the close of the ...": the
    // occasion's end, after lower-case modifiers
    {
      uint32_t k = b;
      while (k > 0 && b - k < 9 && (lower_word(k - 1) || norm(k - 1) == "-") && norm(k - 1) != "of") --k;
      if (k >= 2 && norm(k - 1) == "of") {
        std::string_view n = norm(k - 2);
        if (n == "end" || n == "close" || n == "conclusion" || n == "opening" || sidelines_word(k - 2)) return true;
      }
    }
    std::string_view w = norm(i - 1);
    return w == "at" || w == "during" || w == "attend" || w == "attended" || w == "attending" ||
           ((w == "of" || w == "on") && i >= 2 && sidelines_word(i - 2)) ||
           (w == "by" && i >= 2 && (norm(i - 2) == "preceded" || norm(i - 2) == "followed"));
  }

  // "sidelines", "margins", "fringes" (grammar.tsv sidelines)
  bool sidelines_word(uint32_t t) const { return k_.grammar.is(norm(t), gazetteer::WordClass::kSidelines); }

  // "on the sidelines of the ADSOM and ADSOM+ meetings": the mention is one of the event's own meetings.
  bool sidelines_of(uint32_t b) const {
    for (uint32_t i = b; i > 0 && b - i < 8; --i) {
      if (sidelines_word(i - 1)) return true;
      if (norm(i - 1) == "," || norm(i - 1) == ";") return false;
    }
    return false;
  }

  // "On Wednesday, the 14th ADMM, also chaired by General Lich, approved ...", "The 3rd ADSOM-Plus adopted ...": a
  // session named as the sentence's subject (at most a determiner, or a short phrase of time closed by a comma,
  // before it; a lower-case word, not a preposition, after it or after its apposition) is what the sentence tells
  // of. Its areas are its own, not those of the occasion told before.
  bool session_is_subject(int s, uint32_t b, uint32_t e) const {
    const auto& sent = a_.tokens.sentences[s];
    uint32_t i = b;
    if (i > sent.begin && (norm(i - 1) == "the" || norm(i - 1) == "this" || norm(i - 1) == "that")) --i;
    if (i != sent.begin) {
      // ("On Wednesday,", "A day earlier,": a phrase of time, with no person, state or occasion of its own)
      if (i < sent.begin + 2 || i > sent.begin + 7 || norm(i - 1) != ",") return false;
      for (uint32_t t = sent.begin; t + 1 < i; ++t) {
        if (norm(t) == ",") return false;
      }
      for (size_t m : by_sentence_[s]) {
        const auto& om = a_.mentions[m];
        if (om.begin < i && om.type != MentionType::kStatusCue && om.type != MentionType::kArea) return false;
      }
    }
    uint32_t after = e;
    if (after < sent.end && norm(after) == ",") {  // ", also chaired by General Lich,"
      uint32_t c = after + 1;
      while (c < sent.end && c < after + 14 && norm(c) != ",") ++c;
      if (c >= sent.end || norm(c) != ",") return false;
      after = c + 1;
    }
    if (after >= sent.end || !lower_word(after)) return false;
    static const std::set<std::string_view> not_verbs = {"of",   "in", "at",    "on",   "and",     "for",
                                                         "with", "to", "which", "that", "between", "from",
                                                         "by",   "as", "or",    "under"};
    return !not_verbs.count(norm(after));
  }

  bool sentence_has_trigger(int s, bool strong_only) const {
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kTrigger && (!strong_only || k_.triggers[mm.id].strong)) return true;
    }
    return false;
  }

  // "On the sidelines (of ...), A and B discussed ...": a sentence opened by a sidelines phrase and naming
  // two people after it reports their meeting although no meeting word says so. Returns the token range to
  // anchor at (the phrase's closing comma); only where two people come before any other trigger.
  std::optional<std::pair<uint32_t, uint32_t>> sideline_opening(int s) const {
    const auto& sent = a_.tokens.sentences[s];
    uint32_t i = sent.begin;
    if (i + 3 > sent.end) return std::nullopt;
    // "In their meeting, Giang and Indian Defence Minister Singh shared ...": the same shape
    const bool their_meeting = (norm(i) == "in" || norm(i) == "at" || norm(i) == "during") && norm(i + 1) == "their" &&
                               (norm(i + 2) == "meeting" || norm(i + 2) == "talks" ||
                                (norm(i + 2) == "bilateral" && i + 3 < sent.end && norm(i + 3) == "meeting"));
    if (!their_meeting && norm(i) != "on" && norm(i) != "at") return std::nullopt;
    if (norm(i + 1) == "the") ++i;
    if (!their_meeting && !sidelines_word(i + 1)) return std::nullopt;
    uint32_t comma = i + 2;
    while (comma < sent.end && norm(comma) != ",") ++comma;
    if (comma >= sent.end) return std::nullopt;
    int people = 0;
    std::set<int> seen;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kPerson && mm.begin > comma && seen.insert(mm.entity).second) ++people;
      if (mm.type == MentionType::kTrigger && mm.begin > comma && people < 2) return std::nullopt;
    }
    if (people < 2) return std::nullopt;
    return std::make_pair(comma, comma + 1);
  }

  // The meeting word of sentence s. A weak one ("hosted", "his counterpart") reports a meeting only when the
  // sentence tells of no other occasion: "the Statement, which X and his counterpart Y signed during ...",
  // "the 16th HLC, co-chaired by X and his counterpart Y" are that signing's and that dialogue's.
  const Mention* meeting_trigger(int s) const {
    const Mention* weak = nullptr;
    bool other = !mech_by_sentence_[s].empty();
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kTrigger) continue;
      const auto& trig = k_.triggers[mm.id];
      if (trig.kind == EngagementKind::kBilateralMeeting || trig.kind == EngagementKind::kCall) {
        // "the fourth defence policy dialogue held via videoconference": how a named occasion was held
        if (trig.kind == EngagementKind::kCall) {
          bool mode_of_named = false;
          for (size_t mi : mech_by_sentence_[s]) {
            const auto& mech = a_.mechanisms[mi];
            mode_of_named = mode_of_named || (mech.end <= mm.begin && mm.begin - mech.end <= 3);
          }
          if (mode_of_named) continue;
        }
        if (trig.strong) return &mm;
        if (!weak) weak = &mm;
      } else {
        other = true;
      }
    }
    if (weak && other && norm(weak->begin) == "counterpart") return nullptr;
    return weak;
  }

  // Processes sentence s; returns the frame it opens (or -1).
  int sentence(int s, int current) {
    int opened = -1;
    // 1. named mechanisms
    for (size_t mi : mech_by_sentence_[s]) {
      const auto& mm = a_.mechanisms[mi];
      std::string rule;
      auto status = status_for(s, mm.begin, mm.end, &rule);
      // "At those talks, known as AUSMIN, the allies agreed ...": the name of the occasion the sentence goes back to
      if (!mm.canonical.empty() && mm.begin >= 2 && norm(mm.begin - 1) == "as" && norm(mm.begin - 2) == "known") {
        int r = referenced_occasion(s, current);
        if (r < 0 && current >= 0 && frames_[current].anchor_sentence == s - 1) r = current;
        if (r >= 0 && !frames_[r].mechanism && frames_[r].e.status == EngagementStatus::kHeld &&
            (frames_[r].e.kind == EngagementKind::kBilateralMeeting ||
             frames_[r].e.kind == EngagementKind::kMultilateralMeeting)) {
          Frame& fr = frames_[r];
          fr.e.mechanism = mm.canonical;
          if (mm.kind == EngagementKind::kPolicyDialogue || mm.kind == EngagementKind::kMultilateralMeeting)
            fr.e.kind = mm.kind;
          fr.mechanism = &mm;
          explain(fr, "mechanism", "'known as <mechanism>': the occasion's name", mm.begin, mm.end);
          continue;
        }
      }
      // "the first ADMM-Plus field exercise on humanitarian assistance": a forum's name before an exercise's word
      // names whose exercise it is, not a session of the forum
      if (mm.kind != EngagementKind::kExercise && names_an_exercise(s, mm.end)) continue;
      bool first_sentences = s <= 3 && frames_.empty();
      // "Last year's MDB-SEB meeting was held in Baguio City in August": the session a year before, held
      const bool last_years = mm.begin >= 3 && norm(mm.begin - 1) == "'s" && norm(mm.begin - 2) == "year" &&
                              norm(mm.begin - 3) == "last" && !mm.ordinal;
      // "the GBC had last met in Pattaya in March 2007": the body's session before, held
      uint32_t lm = mm.end;
      if (lm < sent_end(s) && (norm(lm) == "had" || norm(lm) == "has")) ++lm;
      const bool last_met = !mm.ordinal && lm + 1 < sent_end(s) && norm(lm) == "last" &&
                            (norm(lm + 1) == "met" || norm(lm + 1) == "convened" || norm(lm + 1) == "sat");
      if (!mm.ordinal && !mm.year && !status && !sentence_has_trigger(s, true) && !first_sentences && !last_years &&
          !last_met && !occasion_context(mm.begin) && !held_after(s, mm.end) && !held_by_verb(s, mm.begin) &&
          !first_session_after(s, mm.end))
        continue;
      if (mm.needs_states && !status && !last_met && !last_years && !mm.ordinal && !held_by_verb(s, mm.begin) &&
          !held_after(s, mm.end) && !occasion_context(mm.begin))
        continue;
      int f = find_mechanism_frame(mm, status.value_or(EngagementStatus::kHeld));
      // "The next meeting of SCO defense ministers will be held in China": another session than the one reported
      if (f >= 0 && mm.begin > 0 && (norm(mm.begin - 1) == "next" || norm(mm.begin - 1) == "upcoming") &&
          frames_[f].e.status == EngagementStatus::kHeld && status && *status != EngagementStatus::kHeld)
        f = -1;
      // "Cobra Gold, first held in 1982 as a bilateral exercise, has grown ...": the first session, recalled
      const bool first_session = first_session_after(s, mm.end);
      if (first_session) f = -1;
      if (last_years || last_met) {
        f = -1;
        status = EngagementStatus::kHeld;
        rule = last_met ? "'<mechanism> last met': its session before"
                        : "'last year's <mechanism>': its session a year before";
      }
      if (f < 0 && !first_session) {
        f = upgrade_unnamed(mm, status.value_or(EngagementStatus::kHeld));
        if (f >= 0 && f == main_) {
          for (size_t m : by_sentence_[s]) {
            if (a_.mentions[m].type == MentionType::kPerson) add_person(frames_[f], a_.mentions[m].entity);
          }
          if (!frames_[f].e.date) date_and_place(frames_[f], s, mm.end);
        }
      }
      if (f >= 0 && frames_[f].e.status == EngagementStatus::kHeld && returns_to(s, mm.begin)) {
        opened = f;  // "At ADSOM, delegates reviewed ...": the sentences go back to the event named
      }
      const bool new_subject = f < 0 && status.value_or(EngagementStatus::kHeld) == EngagementStatus::kHeld &&
                               session_is_subject(s, mm.begin, mm.end);
      if (f < 0) {
        Frame fr;
        fr.e.kind = mm.countries.size() >= 3 ? EngagementKind::kMultilateralMeeting : mm.kind;
        fr.e.status = status.value_or(EngagementStatus::kHeld);
        fr.e.name = mm.name;
        fr.e.ordinal = first_session ? std::optional<int>(1) : mm.ordinal;
        if (!mm.canonical.empty()) fr.e.mechanism = mm.canonical;
        fr.e.countries = mm.countries;
        fr.e.groups = mm.groups;
        for (size_t m : by_sentence_[s]) {
          const auto& cm = a_.mentions[m];
          if (cm.type == MentionType::kCountry && cm.begin >= mm.begin && cm.end <= mm.end) {
            add_unique(fr.e.countries, k_.countries.all()[cm.id].code);
          }
          if (cm.type == MentionType::kGroup && cm.begin >= mm.begin && cm.end <= mm.end) {
            add_unique(fr.e.groups, k_.groups[cm.id].name);
          }
        }
        if (fr.e.kind == EngagementKind::kExercise && fr.e.countries.empty() && fr.e.groups.empty()) {
          // a named exercise's parties: the states its sentence names, else those of the meeting that
          // mentions it ("welcomed the air force's part in Exercise X")
          for (size_t m : by_sentence_[s]) {
            const auto& cm = a_.mentions[m];
            if (cm.type == MentionType::kCountry && !geographic(cm))
              add_unique(fr.e.countries, k_.countries.all()[cm.id].code);
          }
          if (fr.e.countries.size() < 2 && current >= 0) {
            for (const auto& c : frame_countries(current)) add_unique(fr.e.countries, c);
          }
          add_unique(fr.e.areas, "exercises");
        }
        fr.anchor_sentence = s;
        fr.anchor_token = mm.begin;
        fr.mechanism = &mm;
        fr.beside_main = sidelines_of(mm.begin);
        explain(fr, "kind", mm.rule, mm.begin, mm.end);
        if (status) explain(fr, "status", rule, mm.begin, mm.end);
        // "Defence Minister Thandi Modise attended the Moscow Conference on International Security in August last
        // year": the one who attended took part (also in a session recalled)
        if (fr.e.status == EngagementStatus::kHeld) {
          uint32_t v = mm.begin;
          while (v > a_.tokens.sentences[s].begin && mm.begin - v < 4 && lower_word(v - 1) &&
                 norm(v - 1) != "attended" && norm(v - 1) != "addressed")
            --v;
          if (v > a_.tokens.sentences[s].begin && (norm(v - 1) == "attended" || norm(v - 1) == "addressed")) {
            for (size_t m : by_sentence_[s]) {
              const auto& pm = a_.mentions[m];
              if (pm.type == MentionType::kPerson && pm.end == v - 1) {
                add_person(fr, pm.entity);
                explain(fr, "participants", "'<person> attended <occasion>'", pm.begin, pm.end);
              }
            }
          }
        }
        // "The pact was signed by A and B, hours after the two held their annual Defence Ministers' Meeting": "the
        // two" / "they" who held it are the two people the sentence named before
        if (fr.e.status == EngagementStatus::kHeld && fr.people.empty()) {
          uint32_t v = mm.begin;
          while (v > a_.tokens.sentences[s].begin && mm.begin - v < 5 && norm(v - 1) != "held") --v;
          if (v > a_.tokens.sentences[s].begin + 2 && norm(v - 1) == "held" &&
              ((norm(v - 2) == "two" && norm(v - 3) == "the") || norm(v - 2) == "they")) {
            std::vector<int> named;
            for (size_t m : by_sentence_[s]) {
              const auto& pm = a_.mentions[m];
              if (pm.type == MentionType::kPerson && pm.end < v - 2 &&
                  std::find(named.begin(), named.end(), pm.entity) == named.end())
                named.push_back(pm.entity);
            }
            if (named.size() == 2) {
              for (int who : named) add_person(fr, who);
              explain(fr, "participants", "'the two held <occasion>': the two people named before", v - 3, v);
            }
          }
        }
        // "Dong also invited Sjafrie to attend the 12th Beijing Xiangshan Forum": the one invited would take part
        if (status && *status != EngagementStatus::kHeld) {
          if (int invited = invited_to(s, mm.begin); invited >= 0) {
            add_person(fr, invited);
            explain(fr, "participants", "'invited <person> to attend': the one invited", mm.begin, mm.end);
          }
        }
        // (a forum's many states do not say whose dialogue it is: "In his meeting with Vietnamese minister X on the
        // margins of the ADMM-Plus, Khaled said the two countries would hold their first defence policy dialogue")
        const bool two_state_current = current >= 0 && frame_countries(current).size() == 2;
        if (mm.needs_states && !two_state_current) {
          // "Vietnam and India held their 10th defence policy dialogue": the two states its sentence names
          // before it
          std::vector<std::string> named;
          for (size_t m : by_sentence_[s]) {
            const auto& cm = a_.mentions[m];
            if (cm.type == MentionType::kCountry && cm.end <= mm.begin && !geographic(cm)) {
              add_unique(named, k_.countries.all()[cm.id].code);
            }
          }
          // "General Chien and his Singaporean counterpart met for the 16th round of the two countries' talks": the
          // state named and the state of a person named before it
          if (named.size() == 1) {
            for (size_t m : by_sentence_[s]) {
              const auto& pm = a_.mentions[m];
              if (pm.type != MentionType::kPerson || pm.end > mm.begin) continue;
              if (auto c = a_.people[pm.entity].country; c && *c != named[0]) {
                named.push_back(*c);
                break;
              }
            }
          }
          if (named.size() == 2) {
            fr.e.countries = named;
            fr.e.mechanism =
                k_.countries.by_code(named[0])->name + "-" + k_.countries.by_code(named[1])->name + " " + mm.type_name;
            explain(fr, "mechanism", "the two states its sentence names + " + mm.type_name, mm.begin, mm.end);
            if (auto fuller = fuller_mechanism(*fr.e.mechanism, fr.e.countries)) fr.e.mechanism = fuller;
          }
        }
        // "The Philippines and the United States held the annual MDB-SEB meeting": a body whose name gives no state
        // is of the two states its sentence names before it
        if (!mm.needs_states && fr.e.countries.empty() && fr.e.groups.empty() && mm.countries.empty()) {
          std::vector<std::string> named;
          for (size_t m : by_sentence_[s]) {
            const auto& cm = a_.mentions[m];
            if (cm.type == MentionType::kCountry && cm.end <= mm.begin && !geographic(cm))
              add_unique(named, k_.countries.all()[cm.id].code);
          }
          if (named.size() == 2) {
            fr.e.countries = named;
            explain(fr, "countries", "the two states its sentence names before it", mm.begin, mm.end);
          }
        }
        // "The agreement was signed at the end of a Joint Defence Committee Meeting" after "Ghana and South Africa have
        // signed ...": no current occasion, the states of the article's main one
        if (mm.needs_states && current < 0 && fr.e.countries.empty() && main_ >= 0 &&
            frames_[main_].e.countries.size() == 2 && frames_[main_].e.groups.empty()) {
          fr.e.countries = frames_[main_].e.countries;
          fr.e.mechanism = k_.countries.by_code(fr.e.countries[0])->name + "-" +
                           k_.countries.by_code(fr.e.countries[1])->name + " " + mm.type_name;
          explain(fr, "mechanism", "states of the article's main occasion + " + mm.type_name, mm.begin, mm.end);
          if (auto fuller = fuller_mechanism(*fr.e.mechanism, fr.e.countries)) fr.e.mechanism = fuller;
        }
        // "Cambodian and Thai regional commanders agreed yesterday ... after talks in Siem Reap. The meeting of the
        // Regional Border Committee was chaired by ...": the lead told the occasion without a name; its two states
        // (and, below, its day and place) are the named session's
        int told_in_lead = -1;
        if (mm.needs_states && current < 0 && fr.e.countries.empty() && frames_.empty() && s > 0) {
          for (int p = s - 1; p >= 0 && p >= s - 2 && told_in_lead < 0; --p) {
            if (!sentence_in_body(a_.tokens.sentences[p].span)) break;
            std::vector<std::string> named;
            for (size_t m : by_sentence_[p]) {
              const auto& cm = a_.mentions[m];
              if (cm.type == MentionType::kCountry && !geographic(cm))
                add_unique(named, k_.countries.all()[cm.id].code);
            }
            if (named.empty()) continue;
            if (named.size() != 2) break;
            fr.e.countries = named;
            fr.e.mechanism =
                k_.countries.by_code(named[0])->name + "-" + k_.countries.by_code(named[1])->name + " " + mm.type_name;
            explain(fr, "mechanism", "the two states of the lead sentence before it + " + mm.type_name, mm.begin,
                    mm.end);
            if (auto fuller = fuller_mechanism(*fr.e.mechanism, fr.e.countries)) fr.e.mechanism = fuller;
            told_in_lead = p;
          }
        }
        if (mm.needs_states && two_state_current) {
          // "the countries' first defence policy dialogue": the states of the meeting that agreed it
          fr.e.countries = frame_countries(current);
          if (fr.e.countries.size() == 2) {
            fr.e.mechanism = k_.countries.by_code(fr.e.countries[0])->name + "-" +
                             k_.countries.by_code(fr.e.countries[1])->name + " " + mm.type_name;
            explain(fr, "mechanism", "states of the current meeting + " + mm.type_name, mm.begin, mm.end);
            if (auto fuller = fuller_mechanism(*fr.e.mechanism, fr.e.countries)) fr.e.mechanism = fuller;
          }
        }
        // a planned forum of a bloc is not the two states of the meeting that mentions it
        const bool bloc_forum = fr.e.kind == EngagementKind::kMultilateralMeeting && !fr.e.groups.empty();
        if (fr.e.status != EngagementStatus::kHeld && current >= 0 && !bloc_forum) {
          for (const auto& c : frame_countries(current)) {
            if (fr.e.countries.size() < 2) add_unique(fr.e.countries, c);
          }
        }
        frames_.push_back(std::move(fr));
        f = static_cast<int>(frames_.size() - 1);
        date_and_place(frames_[f], s, mm.end);
        if ((last_met || last_years) && mm.needs_states && !frames_[f].e.mechanism) {
          // ("the GBC had last met ...": the body told before, whose states the context gave)
          for (int o = f; o-- > 0;) {
            if (!frames_[o].mechanism || !frames_[o].e.mechanism || frames_[o].mechanism->type_name != mm.type_name)
              continue;
            frames_[f].e.mechanism = frames_[o].e.mechanism;
            frames_[f].e.countries = frames_[o].e.countries;
            break;
          }
        }
        if (last_years && doc_.published) {
          auto& d = frames_[f].e.date;
          if (d && d->year == doc_.published->year) d->year -= 1, frames_[f].e.end_date.reset();
          if (!d) d = PartialDate{doc_.published->year, 0, 0}, d->year -= 1;
        }
        // (a session named without states has the states of the same mechanism's session told before: "their
        // exercise, Peace Train, ...", then "The first Peace Train exercise was held ...")
        for (int o = 0; o < f && frames_[f].e.countries.size() < 2 && frames_[f].e.groups.empty(); ++o) {
          if (frames_[o].e.mechanism && frames_[o].e.mechanism == frames_[f].e.mechanism &&
              frames_[o].e.countries.size() >= 2)
            for (const auto& c : frames_[o].e.countries) add_unique(frames_[f].e.countries, c);
        }
        if (told_in_lead >= 0 && frames_[f].e.status == EngagementStatus::kHeld) {
          // (the lead's word for the meeting, weak as it is alone: "after four hours of talks in Siem Reap")
          const auto& lead = a_.tokens.sentences[told_in_lead];
          for (uint32_t t = lead.begin; t < lead.end; ++t) {
            std::string_view w = norm(t);
            if (w == "talks" || w == "meeting" || w == "met" || w == "consultations" || w == "negotiations") {
              refill_date_and_place(frames_[f], told_in_lead, t, t + 1);
              frames_[f].e.evidence.push_back(lead.span);
              break;
            }
          }
        }
        // "the second Vietnam International Defence Expo": an expo or exchange named for one state is held there
        if (!frames_[f].e.location && frames_[f].e.kind == EngagementKind::kOther) {
          std::vector<std::string> named;
          for (size_t m : by_sentence_[s]) {
            const auto& cm = a_.mentions[m];
            if (cm.type == MentionType::kCountry && cm.begin >= mm.begin && cm.end <= mm.end) {
              add_unique(named, k_.countries.all()[cm.id].code);
            }
          }
          if (named.size() == 1) {
            frames_[f].e.location = Location{std::nullopt, named[0]};
            explain(frames_[f], "location", "the one state its name gives", mm.begin, mm.end);
          }
        }
        // "congratulated the Vice Minister on hosting the 13th Forum last January": the host of an event
        // recalled took part in it (the article's own event gets its people from its sentence below)
        if (int host = host_of(s, mm.begin); host >= 0 && main_ >= 0 && frames_[main_].e.date && recalled(frames_[f])) {
          add_person(frames_[f], host);
          explain(frames_[f], "participants", "host or chair of the named event", mm.begin, mm.end);
        }
        if (new_subject && main_ >= 0 && frames_[f].e.status == EngagementStatus::kHeld) {
          opened = f;
          explain(frames_[f], "areas", "the session named as its sentence's subject: the sentence tells of it",
                  mm.begin, mm.end);
        }
        if (frames_[f].e.status == EngagementStatus::kHeld && main_ < 0) {
          main_ = f;
          frames_[f].main_event = true;
          opened = f;
          // participants: people in the anchor sentence, except those another occasion's clause names ("...
          // during the visit to India by Defence Minister X last year")
          for (size_t m : by_sentence_[s]) {
            const auto& pm = a_.mentions[m];
            if (pm.type == MentionType::kPerson && !in_other_occasion(s, mm.end, pm)) add_person(frames_[f], pm.entity);
          }
          if (frames_[f].people.empty()) {
            add_person(frames_[f], protagonist_);
            frames_[f].fallback_person = frames_[f].people.empty() ? -1 : protagonist_;
          }
        }
      } else if (frames_[f].anchor_sentence != s) {
        // "Balikatan 2025 kicks off" (headline), "The 40th Balikatan exercise between the Philippines and the United
        // States": an exercise's states, when the headline gave none
        if (Frame& fr = frames_[f];
            fr.e.kind == EngagementKind::kExercise && fr.e.countries.empty() && fr.e.groups.empty()) {
          for (size_t m : by_sentence_[s]) {
            const auto& cm = a_.mentions[m];
            if (cm.type == MentionType::kCountry && !geographic(cm) && !inside_other_name(s, cm))
              add_unique(fr.e.countries, k_.countries.all()[cm.id].code);
          }
        }
        // "Cobra Gold 2026 opens" (headline), "The 45th Cobra Gold ... opened on Tuesday": the session's number
        // (not a session its own sentence dates apart: "the 9th ... last year")
        if (mm.ordinal && !frames_[f].e.ordinal) {
          const Frame probe = date_probe(s, mm.begin, mm.end, frames_[f].e.status, frames_[f].e.kind);
          // (dates agree at the coarser precision: "Balikatan 2025" and "on Monday")
          const auto& a = probe.e.date;
          const auto& b = frames_[f].e.date;
          const bool agree = !a || !b ||
                             (a->year == b->year && (!a->has_month() || !b->has_month() || a->month == b->month) &&
                              (!a->has_day() || !b->has_day() || a->day == b->day));
          if (agree) frames_[f].e.ordinal = mm.ordinal;
        }
        // the headline's "first staff talks", the body's "inaugural navy-to-navy staff talks": the fuller type
        if (Frame& fr = frames_[f];
            mm.needs_states && fr.mechanism && fr.e.mechanism && word_suffix(mm.type_name, fr.mechanism->type_name)) {
          const std::string& old_type = fr.mechanism->type_name;
          fr.e.mechanism = fr.e.mechanism->substr(0, fr.e.mechanism->size() - old_type.size()) + mm.type_name;
          fr.e.name = mm.name;
          fr.mechanism = &mm;
        }
        refill_date_and_place(frames_[f], s, mm.begin, mm.end);
        // the headline named the event and no one; the body's sentence naming it again names its people
        Frame& fr = frames_[f];
        if (f == main_ && (fr.people.empty() || fr.fallback_person >= 0)) {
          const size_t had = fr.people.size();
          bool fallback_named = false;
          for (size_t m : by_sentence_[s]) {
            const auto& pm = a_.mentions[m];
            if (pm.type != MentionType::kPerson || in_other_occasion(s, mm.end, pm)) continue;
            add_person(fr, pm.entity);
            fallback_named = fallback_named || pm.entity == fr.fallback_person;
          }
          if (fr.people.size() > had && fr.fallback_person >= 0 && !fallback_named) {
            fr.people.erase(std::remove(fr.people.begin(), fr.people.end(), fr.fallback_person), fr.people.end());
            fr.fallback_person = -1;
          }
        }
      }
      frames_[f].e.evidence.push_back(a_.tokens.sentences[s].span);
    }
    // 1a. "agreed to hold the fifth dialogue in Cambodia next year", "the next round of the dialogue in Jakarta":
    // a session to come of the mechanism whose session the article reports
    next_session(s);
    // 1b. "the defence ministers of A, B and C met ... for their fourth annual meeting": a meeting of the
    // officials of three or more states named as a list is a session of their "<A>-<B>-<C> <Office>' Meeting"
    const int plural = plurilateral(s);
    if (plural >= 0 && opened < 0 && frames_[plural].e.status == EngagementStatus::kHeld &&
        !recalled(frames_[plural])) {
      opened = plural;
    }
    // (its people named together in this sentence met at that meeting, not pair by pair)
    const bool plural_people = plural >= 0 && plural_people_here_ && frames_[plural].anchor_sentence == s;
    // 2. bilateral meetings: a meeting trigger with named people around it. The person before the trigger
    // is the host or subject ("X received Y", "X met with Y"); with none, the article's protagonist is
    // ("Meeting with Y, X stressed ..."); "between A and B" names both.
    const Mention* trig = plural_people ? nullptr : meeting_trigger(s);
    // "the General Border Committee (GBC), which he co-chairs with the Thai minister, would meet in Thailand": the
    // meeting word is the named body's own verb, no meeting of the people in its clause
    if (trig && mechanism_is_subject_of(s, trig->begin)) trig = nullptr;
    uint32_t tb = 0, te = 0;
    EngagementKind tkind = EngagementKind::kBilateralMeeting;
    std::string trule;
    if (trig) {
      tb = trig->begin, te = trig->end, tkind = k_.triggers[trig->id].kind;
      trule = "triggers.tsv: " + k_.triggers[trig->id].phrase;
    } else if (auto side = sideline_opening(s)) {
      tb = side->first, te = side->second;
      trule = "sidelines opening with two people";
    } else if (norm(a_.tokens.sentences[s].begin) == "with" &&
               a_.tokens.tokens[a_.tokens.sentences[s].begin].has(segment::kCapitalized) && with_opening(s)) {
      // "With Sergei Shoigu, Zhaksylykov discussed military education": the opening names the one met
      tb = a_.tokens.sentences[s].begin, te = tb + 1;
      trule = "'With <person>, <person> discussed' opening the sentence";
    } else if (auto pair = pair_opening(s)) {
      // "..., the ministry said Khaled and US defence secretary Pete Hegseth talked about security at sea": two people
      // of two states as one subject, after a story told of separate talks with counterparts
      tb = pair->first, te = pair->second;
      trule = "'A and B discussed': two people of two states as the subject of a verb of talking";
    } else if (norm(a_.tokens.sentences[s].begin) == "meeting" &&
               a_.tokens.tokens[a_.tokens.sentences[s].begin].has(segment::kCapitalized)) {
      // "Meeting Russian Deputy Defence Minister A, Giang said ...": a participle opening the sentence
      tb = a_.tokens.sentences[s].begin, te = tb + 1;
      trule = "'Meeting <person>,' opening the sentence";
    }
    // a sentence whose meeting word only names an occasion already told: its people are that occasion's, no meeting
    // of their own
    auto people_join = [&](int f, const std::string& why) {
      for (size_t m : by_sentence_[s]) {
        const auto& pm = a_.mentions[m];
        if (pm.type == MentionType::kPerson) add_person(frames_[f], pm.entity);
      }
      explain(frames_[f], "participants", why, tb, te);
      frames_[f].e.evidence.push_back(a_.tokens.sentences[s].span);
      opened = f;
      te = 0;
    };
    // ("Vietnam's side was led by X, who co-chaired the talks with Y": the session under way)
    if (trig && te > 0) {
      if (int d = session_named_by_presence(*trig, current); d >= 0)
        people_join(d, "'<presence word> the <meeting word>': the session under way");
    }
    // ("Shoigu was received at Naypyitaw International Airport by Vice Senior General Soe Win": a welcome on arrival
    // is part of the visit, its welcomers the visit's participants)
    if (trig && te > 0) {
      if (int v = arrival_welcome_visit(s, *trig, current); v >= 0)
        people_join(v, "welcomed on arrival (grammar.tsv arrival_place)");
    }
    if (te > 0) {
      std::vector<int> before, after;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type != MentionType::kPerson) continue;
        // "welcomed by Commodore X, who represented Vice Admiral Y": someone named in a relative clause about a
        // counterpart did not take part
        if (mm.begin >= te && !after.empty() && in_relative_clause(te, mm.begin)) continue;
        // "paid a courtesy call on the Lao minister as part of a delegation accompanying Deputy Prime Minister X": the
        // one accompanied was not met
        if (mm.begin >= te && !after.empty() && accompanying_between(te, mm.begin)) continue;
        auto& side = mm.begin < tb ? before : after;
        if (std::find(before.begin(), before.end(), mm.entity) == before.end() &&
            std::find(after.begin(), after.end(), mm.entity) == after.end()) {
          side.push_back(mm.entity);
        }
      }
      // "With Dehghan, he discussed terrorism, while his talks with Vinh focused on ...": the possessive right before
      // the meeting word is who held it, not the person named earlier in the sentence
      if (!before.empty() && tb > 0 && (norm(tb - 1) == "his" || norm(tb - 1) == "her")) {
        for (size_t m : by_sentence_[s]) {
          const auto& pm = a_.mentions[m];
          if (pm.type == MentionType::kPronoun && pm.begin == tb - 1 && pm.entity >= 0) before = {pm.entity};
        }
      }
      // "He also met X": the pronoun's person is the subject when no one is named before the trigger
      if (before.empty()) {
        if (int who = pronoun_subject(s, tb); who >= 0) before.push_back(who);
      }
      uint32_t told_before_end = 0;  // (set when the two were named in the sentence before: their day is there)
      // "A and B agreed Saturday to ...", then "The two ministers met on the sidelines of ...": "the two <party noun>"
      // before the meeting word, with no one named in the sentence, are the two people of two states the sentence
      // before names
      // (not when the occasion under way has two people of its own: "Later the two chiefs held talks" after a visit)
      if (before.empty() && after.empty() && s > 0 && (current < 0 || two_people_of(current, s).first < 0)) {
        bool the_two = false;
        for (size_t m : by_sentence_[s]) {
          const auto& pm = a_.mentions[m];
          the_two = the_two || (pm.type == MentionType::kParty && pm.id == annotate::party::kAll && pm.end == tb);
        }
        std::vector<int> named;
        uint32_t named_end = 0;
        if (the_two) {
          for (size_t m : by_sentence_[s - 1]) {
            const auto& pm = a_.mentions[m];
            if (pm.type == MentionType::kPerson && std::find(named.begin(), named.end(), pm.entity) == named.end())
              named.push_back(pm.entity), named_end = pm.end;
          }
        }
        if (named.size() == 2) {
          const auto a = person_country(named[0]), b = person_country(named[1]);
          if (a && b && *a != *b) before = named, told_before_end = named_end;
        }
      }
      // "Meeting Russian Deputy Defence Minister A, Giang said ...", "In his meeting with B, Giang suggested ...":
      // an opening phrase names the counterpart; the subject right after its comma is who met them
      if (before.empty() && tb <= a_.tokens.sentences[s].begin + 4 && after.size() >= 2) {
        std::vector<int> met;
        int subject = -1;
        uint32_t comma = 0;  // the comma closing the opening phrase
        for (size_t m : by_sentence_[s]) {
          const auto& mm = a_.mentions[m];
          if (mm.type != MentionType::kPerson || mm.begin < te) continue;
          if (!comma && !met.empty()) {
            for (uint32_t t = te; t < mm.begin; ++t) {
              if (norm(t) == ",") comma = t;
            }
          }
          if (!comma) {
            if (std::find(met.begin(), met.end(), mm.entity) == met.end()) met.push_back(mm.entity);
            continue;
          }
          if (mm.begin <= comma + 6) subject = mm.entity;  // ", General Giang said"
          break;
        }
        if (subject >= 0 && !met.empty() && std::find(met.begin(), met.end(), subject) == met.end()) {
          before.push_back(subject);
          after = met;
        }
      }
      int lead = protagonist_;
      std::vector<int> counterparts;
      if (!before.empty()) {
        lead = before.front();
        counterparts.assign(after.begin(), after.end());
        if (counterparts.empty()) counterparts.assign(before.begin() + 1, before.end());  // "A and B held talks"
      } else {
        counterparts = after;
      }
      const bool between = norm(te - 1) == "between" || (te < a_.tokens.tokens.size() && norm(te) == "between");
      if (!trig && after.size() >= 2) {
        // "On the sidelines, A and B discussed ...": the first two people named met
        lead = after[0];
        counterparts.assign(after.begin() + 1, after.begin() + 2);
      }
      if (before.empty() && between && !after.empty()) {
        lead = after.front();
        counterparts.assign(after.begin() + 1, after.end());
      }
      // "Ambassador A and High Commissioner B separately called on Minister C": one meeting each with C
      bool separately = false;
      for (uint32_t t = tb > 3 ? tb - 3 : 0; t < te + 2 && t < a_.tokens.tokens.size(); ++t)
        separately = separately || norm(t) == "separately";
      if (separately && before.size() >= 2 && after.size() == 1) {
        lead = after.front();
        counterparts = before;
      }
      counterparts.erase(std::remove(counterparts.begin(), counterparts.end(), lead), counterparts.end());
      // "Minister Kim and his Vietnamese counterpart spoke by telephone": a counterpart known only by state
      // a meeting (or call) this sentence's word opens, led by `who_leads` (none: -1)
      auto meeting_frame = [&](EngagementStatus status, int who_leads, const std::string& why) {
        Frame fr;
        fr.e.kind = tkind == EngagementKind::kCall ? EngagementKind::kCall : EngagementKind::kBilateralMeeting;
        fr.e.status = status;
        fr.anchor_sentence = s;
        fr.anchor_token = tb;
        fr.lead = who_leads;
        fr.sideline = main_ >= 0;
        explain(fr, "kind", trule + why, tb, te);
        add_person(fr, who_leads);
        // "Naravane and Shringla called on Senior General Min Aung Hlaing": the lead's co-subjects are on its side
        if (who_leads >= 0 && !before.empty() && who_leads == before.front() && !after.empty()) {
          for (int who : co_subjects(s, tb)) {
            if (std::find(after.begin(), after.end(), who) != after.end()) continue;
            add_person(fr, who);
            explain(fr, "participants", "joined to the lead by 'and'", tb, te);
          }
        }
        return fr;
      };
      // (not when the sentence's meeting is a session of a mechanism it names: "met for the 16th round of ...")
      const bool session_here = std::any_of(frames_.begin(), frames_.end(), [&](const Frame& f) {
        return f.anchor_sentence == s && f.mechanism && f.e.status == EngagementStatus::kHeld && f.anchor_token >= te;
      });
      if (counterparts.empty() && lead >= 0 && !before.empty() && find_bilateral_of_lead(lead) < 0 && !session_here) {
        if (auto state = unnamed_counterpart_state(s, te)) {
          Frame fr = meeting_frame(cue_on_trigger(s, tb).value_or(EngagementStatus::kHeld), lead,
                                   " (counterpart named by state only)");
          fr.e.countries.push_back(*state);
          opened = push_frame(std::move(fr), s, te);
        }
      }
      // "he and Secretary of State Hillary Clinton held talks with their Australian counterparts": the people named
      // together are one side, the counterparts known by state only the other
      if (trig && before.size() >= 2 && after.empty() && !session_here && te + 3 < sent_end(s) && norm(te) == "with" &&
          norm(te + 1) == "their") {
        if (auto state = unnamed_counterpart_state(s, te); state && person_country(lead) != state) {
          Frame fr = meeting_frame(cue_on_trigger(s, tb).value_or(EngagementStatus::kHeld), lead,
                                   " (one side named together, counterparts by state)");
          for (int who : before) add_person(fr, who);
          fr.e.countries.push_back(*state);
          fr.one_side = true;
          opened = push_frame(std::move(fr), s, te);
          counterparts.clear();
        }
      }
      // "Before the signing, the two ministers held bilateral talks": no one named, the two people of the occasion
      // just told (the signatories) met; "there" and an undated meeting share that occasion's place and day
      // (a visit names its visitor only: the other is the host named since the visit was opened, as "at the
      // invitation of the Chief of the General Staff, X" then "the two commanders held talks")
      const std::pair<int, int> pair_told = current >= 0 ? two_people_of(current, s) : std::pair<int, int>{-1, -1};
      if (before.empty() && after.empty() && trig && pair_told.second >= 0) {
        // ("the two ministers held talks"; "after talks between the two Ministers")
        bool both = false;
        for (size_t m : by_sentence_[s]) {
          const auto& pm = a_.mentions[m];
          if (pm.type == MentionType::kParty && pm.id == annotate::party::kAll &&
              ((pm.end <= tb && tb - pm.end <= 2) ||
               (pm.begin >= te && pm.begin <= te + 1 && norm(te - 1) == "between" && people_noun(norm(pm.end - 1)))))
            both = true;
        }
        const auto [a, b] = pair_told;
        const auto ca = person_country(a), cb = person_country(b);
        // (states not yet known for both, as for a protagonist, are no objection when the occasion was of two states)
        const bool two_states = (ca && cb) ? *ca != *cb : frames_[current].e.countries.size() == 2;
        if (both && two_states && find_bilateral(a, b) < 0 &&
            frames_[current].e.kind != EngagementKind::kBilateralMeeting) {
          Frame fr = meeting_frame(cue_on_trigger(s, tb).value_or(EngagementStatus::kHeld), a,
                                   " (the two people of the occasion told before)");
          fr.counterpart = b;
          add_person(fr, b);
          const int f = push_frame(std::move(fr), s, te);
          bilateral_of_.emplace(std::make_pair(std::min(a, b), std::max(a, b)), f);
          if (frames_[f].e.status == EngagementStatus::kHeld) {
            if (!frames_[f].e.date && !frames_[f].anchored_date) frames_[f].e.date = frames_[current].e.date;
            if (!frames_[f].e.location) frames_[f].e.location = frames_[current].e.location;
          }
          opened = f;
        }
      }
      // "held bilateral meetings with his counterparts from the UAE, the UK and Oman": one meeting each, the
      // counterparts known by state until a later sentence names them
      if (counterparts.empty() && lead >= 0) {
        const auto states = listed_counterpart_states(s, te);
        for (const auto& state : states) {
          if (std::any_of(frames_.begin(), frames_.end(), [&](const Frame& f) {
                return f.lead == lead && f.e.kind != EngagementKind::kVisit && f.anchor_sentence == s &&
                       std::find(f.e.countries.begin(), f.e.countries.end(), state) != f.e.countries.end();
              }))
            continue;
          Frame fr = meeting_frame(cue_on_trigger(s, tb).value_or(EngagementStatus::kHeld), lead,
                                   " (one of the counterparts listed by state)");
          fr.e.countries.push_back(state);
          push_frame(std::move(fr), s, te);
        }
        if (states.size() > 1) opened = -1;  // a summary sentence listing several meetings
      }
      // "The navies of Indonesia and Vietnam held talks in Hanoi": no person named, the two states named before a
      // strong meeting word are its parties ("have held talks" tells no one occasion; a headline, with no full
      // stop, restates the body's occasion)
      if (trig && k_.triggers[trig->id].strong && before.empty() && after.empty() && mech_by_sentence_[s].empty() &&
          !perfect_aspect(tb) && norm(sent_end(s) - 1) == ".") {
        std::vector<std::string> states;
        for (size_t m : by_sentence_[s]) {
          const auto& mm = a_.mentions[m];
          if (mm.type != MentionType::kCountry || mm.end > tb) continue;
          const std::string& code = k_.countries.all()[mm.id].code;
          if (std::find(states.begin(), states.end(), code) == states.end()) states.push_back(code);
        }
        if (states.size() == 2) {
          Frame fr = meeting_frame(cue_on_trigger(s, tb).value_or(EngagementStatus::kHeld), -1,
                                   " (parties named by state only)");
          fr.e.countries = states;
          opened = push_frame(std::move(fr), s, te);
        }
      }
      // "The signing followed the annual Defence Ministers' Meeting. At the meeting, the Ministers discussed
      // ...": the people named there are the earlier occasion's own, not a new meeting's
      if (int r = referenced_occasion(s, -1); r >= 0 && counterparts.size() == 1 && frames_[r].people.empty() &&
                                              frames_[r].e.kind != EngagementKind::kMultilateralMeeting) {
        add_person(frames_[r], lead);
        add_person(frames_[r], counterparts[0]);
        bilateral_of_.emplace(std::make_pair(std::min(lead, counterparts[0]), std::max(lead, counterparts[0])), r);
      }
      // "X would meet Y in Vientiane next month", "is scheduled to meet": a meeting to come
      const auto to_come = cue_on_trigger(s, tb);
      // "Foreign Minister A and Defence Minister B held talks with their counterparts, C and D": one meeting of all
      // four (not "separately", not one each)
      // "Nakatani met U.S. Defense Secretary Carter and Australian Defence Minister Payne. The three ministers ...":
      // the next sentence counts them together: one meeting of three
      bool counted_together = false;
      if (trig && before.size() == 1 && after.size() >= 2 && static_cast<size_t>(s) + 1 < a_.tokens.sentences.size()) {
        const auto& next = a_.tokens.sentences[s + 1];
        const std::string_view n1 = norm(next.begin), n2 = norm(next.begin + 1);
        const bool number = n2 == (after.size() == 2 ? "three" : after.size() == 3 ? "four" : "");
        counted_together = next.end > next.begin + 2 && (n1 == "the" || n1 == "all") && number;
      }
      const bool group_meeting = trig && !separately && std::find(after.begin(), after.end(), lead) == after.end() &&
                                 ((before.size() >= 2 && after.size() >= 2) || counted_together);
      if (group_meeting) counterparts = {after.front()};
      // "A and B last met in Vientiane in November": an earlier meeting of the two, not the one told before
      const bool earlier_meeting =
          tb > 0 && (norm(tb - 1) == "last" || norm(tb - 1) == "previously" || norm(tb - 1) == "first");
      // "During the South Korea-Japan talks, Kim and his counterpart, Makoto Oniki, ...": the meeting of those two
      // states told before (one of several listed by state) is theirs
      const int by_opening_states = opening_states_frame(s);
      // "Talks with Hagel, Chang and Onodera": a section heading in the body that lists the meetings told below it
      if (subheading(s) && before.size() + after.size() >= 2) counterparts.clear();
      for (int who : counterparts) {
        int f = earlier_meeting ? -1 : find_bilateral(lead, who);
        if (f < 0 && by_opening_states >= 0 && frames_[by_opening_states].people.size() <= 1) {
          f = by_opening_states;
          Frame& fr = frames_[f];
          if (fr.people.empty()) fr.lead = lead;
          add_person(fr, lead);
          add_person(fr, who);
          fr.counterpart = who;
          bilateral_of_.emplace(std::make_pair(std::min(lead, who), std::max(lead, who)), f);
        }
        if (f < 0) {
          if (f = listed_state_frame(lead, who); f >= 0) {
            if (frames_[f].people.empty()) {
              frames_[f].lead = lead;
              add_person(frames_[f], lead);
            }
            frames_[f].counterpart = frames_[f].lead == lead ? who : lead;
            add_person(frames_[f], frames_[f].counterpart);
            bilateral_of_.emplace(std::make_pair(std::min(lead, who), std::max(lead, who)), f);
          }
        }
        if (f < 0) {
          Frame fr;
          fr.e.kind = tkind == EngagementKind::kCall ? EngagementKind::kCall : EngagementKind::kBilateralMeeting;
          fr.e.status = to_come.value_or(EngagementStatus::kHeld);
          if (to_come) explain(fr, "status", "status cue on the meeting's own verb", tb, te);
          fr.anchor_sentence = s;
          fr.anchor_token = tb;
          fr.lead = lead;
          fr.counterpart = who;
          for (uint32_t t = tb; t < te; ++t) {
            if (k_.grammar.is(norm(t), gazetteer::WordClass::kHostVerb)) {
              // ("was welcomed by Y": the passive's agent hosts)
              const bool passive = t > 0 && (norm(t - 1) == "was" || norm(t - 1) == "were" || norm(t - 1) == "been");
              fr.host = passive ? who : lead;
            }
            if (k_.grammar.is(norm(t), gazetteer::WordClass::kGuestCall)) fr.host = who;
          }
          fr.sideline = main_ >= 0;
          explain(fr, "kind", trule, tb, te);
          add_person(fr, lead);
          // "Naravane and Shringla called on Senior General Min Aung Hlaing": the lead's co-subjects are its side
          if (!before.empty() && lead == before.front()) {
            for (int co : co_subjects(s, tb)) {
              if (std::find(after.begin(), after.end(), co) != after.end()) continue;
              add_person(fr, co);
              explain(fr, "participants", "joined to the lead by 'and'", tb, te);
            }
          }
          add_person(fr, who);
          frames_.push_back(std::move(fr));
          f = static_cast<int>(frames_.size() - 1);
          bilateral_of_.emplace(std::make_pair(std::min(lead, who), std::max(lead, who)), f);
          date_and_place(frames_[f], s, te);
          // ("A and B agreed Saturday to ...": the day right after the two names in the sentence before)
          if (told_before_end > 0 && !frames_[f].e.date) {
            for (size_t di : dates_by_sentence_[s - 1]) {
              const auto& d = a_.dates[di];
              if (d.vague || d.anchored || d.begin < told_before_end || d.begin > told_before_end + 3) continue;
              frames_[f].e.date = time::resolve(d, reference_, false);
              if (frames_[f].e.date)
                explain(frames_[f], "date", "the day the sentence before gives the two", d.begin, d.end);
              break;
            }
          }
          if (main_ < 0 && !to_come) {
            main_ = f;  // the article opens with this meeting: it is what the article reports
            frames_[f].main_event = true;
          }
        } else if (frames_[f].anchor_sentence != s && !perfect_aspect(tb)) {
          // ("He has met the Australian Prime Minister on several occasions, including ... last year" tells
          // other meetings: their dates are not this one's)
          refill_date_and_place(frames_[f], s, tb, te);  // (no trigger word when a sidelines opening named them)
        }
        if (group_meeting) {
          for (int w : before) add_person(frames_[f], w);
          for (int w : after) add_person(frames_[f], w);
          // (three states or more: a multilateral meeting)
          std::vector<std::string> states;
          for (int w : frames_[f].people) {
            if (auto c = person_country(w)) add_unique(states, *c);
          }
          if (states.size() >= 3 && frames_[f].e.kind == EngagementKind::kBilateralMeeting) {
            frames_[f].e.kind = EngagementKind::kMultilateralMeeting;
            explain(frames_[f], "kind", "one meeting of people of three states or more", tb, te);
          }
        }
        frames_[f].e.evidence.push_back(a_.tokens.sentences[s].span);
        opened = f;
      }
      if (counterparts.size() > 1) opened = -1;  // a summary sentence listing several meetings
    }
    // 3. visits, signings and exercises reported by a strong trigger of their kind
    for (size_t m : by_sentence_[s]) {
      const auto& tm = a_.mentions[m];
      if (tm.type != MentionType::kTrigger) continue;
      const auto& trig = k_.triggers[tm.id];
      int f = -1;
      if (trig.kind == EngagementKind::kVisit &&
          (trig.strong || status_for(s, tm.begin, tm.end, nullptr).has_value() || visit_reported(s, tm))) {
        f = visit(s, tm, current);
      }
      if (trig.kind == EngagementKind::kSigning && trig.strong) f = signing(s, tm, current);
      if (trig.kind == EngagementKind::kExercise) f = exercise(s, tm, current, trig.strong);
      if (trig.kind == EngagementKind::kOther) f = other_to_come(s, tm, current);
      // a signing opens a frame when reported as done by people named (the sentences that follow set out
      // the agreement's content); one referred to ("the Agreement signed in 2020") does not
      if (f < 0) continue;
      const bool signing_reported =
          frames_[f].e.kind != EngagementKind::kSigning ||
          (!frames_[f].people.empty() && (frames_[f].anchor_sentence == s || signing_told_in_ == s));
      if (opened < 0 && frames_[f].e.status == EngagementStatus::kHeld && signing_reported && !recalled(frames_[f])) {
        opened = f;
      }
    }
    // "The ships, carrying more than 550 officers and sailors, are led by Rear Admiral X": the visit being told
    // has its leader
    if (opened < 0 && current >= 0 && frames_[current].e.kind == EngagementKind::kVisit &&
        frames_[current].e.status == EngagementStatus::kHeld) {
      const auto& sent = a_.tokens.sentences[s];
      for (uint32_t t = sent.begin; t + 2 < sent.end; ++t) {
        if (!((norm(t) == "led" || norm(t) == "headed" || norm(t) == "commanded") && norm(t + 1) == "by")) continue;
        for (size_t m : by_sentence_[s]) {
          const auto& mm = a_.mentions[m];
          if (mm.type == MentionType::kPerson && mm.begin > t + 1 && mm.begin <= t + 6) {
            add_person(frames_[current], mm.entity);
            explain(frames_[current], "participants", "led by: the visit's leader", mm.begin, mm.end);
            break;
          }
        }
        break;
      }
    }
    // 3a. "The two leaders last met in person in Siem Reap in November 2022, and spoke by phone last January":
    // earlier meetings and calls of the people of the occasion under way, each with its own date
    recalled_between_parties(s, current);
    // 3b. "At the meeting, ...", "During the talks, ...", "During the visit, ...": a sentence opening on an
    // occasion already reported belongs to it (and so do the sentences after it), whatever came between
    if (opened < 0) {
      uint32_t noun = 0, phrase_end = 0;
      bool names_current = false;
      int r = referenced_occasion(s, current, &noun, &names_current, &phrase_end);
      if (r >= 0) opened = r;
      // "During the talks, held on Thursday in Seoul, ...": the participle gives the occasion's day and place
      if (int named = r >= 0 ? r : names_current ? current : -1; named >= 0) {
        if (std::string_view w = norm(noun + 2); w == "held" || w == "conducted" || w == "which")
          refill_date_and_place(frames_[named], s, noun, noun + 1);
        // ("At the welcome ceremony in Mong Cai city on April 25, ...": a city refines the state or province)
        if (phrase_end > 0) refill_date_and_place(frames_[named], s, noun, noun + 1);
      }
    }
    // "The dialogue on November 13 was held between the two delegations ...": the main event named again as the
    // sentence's subject; its date and place fill what is missing
    if (opened < 0) {
      if (auto [r, noun] = subject_reference(s); r >= 0) {
        refill_date_and_place(frames_[r], s, noun, noun + 1);
        opened = r;
      }
    }
    // 3c. "signed a joint vision statement ... after talks at the ministry", "The document, signed after more than an
    // hour of talks, ...": the signatories met before signing; their talks are an occasion of their own
    // (the sentence's areas stay the signing's: "The document, signed after talks, names maritime security ...")
    if (int g = opened >= 0 ? opened : current; g >= 0) talks_before_signing(s, g);
    // 4a. "agreed to hold a joint disaster relief exercise": an area in the name of an occasion to come, right
    // before its word, is that occasion's subject (guidelines: the subject its own name gives); so is one inside a
    // mechanism's name ("the General Border Committee") for the frame of that mechanism
    for (size_t m : by_sentence_[s]) {
      const auto& am = a_.mentions[m];
      if (am.type != MentionType::kArea) continue;
      for (auto& f : frames_) {
        // (being a dialogue adds no area: guidelines)
        if (!f.mechanism || f.anchor_sentence != s || am.begin < f.mechanism->begin || am.end > f.mechanism->end ||
            k_.area_ids[am.id] == "dialogue_consultation")
          continue;
        add_unique(f.e.areas, k_.area_ids[am.id]);
        explain(f, "areas", "area_phrases.tsv: " + std::string(a_.tokens.text_of(am.begin)) + " (in its name)",
                am.begin, am.end);
      }
      for (auto& f : frames_) {
        if (f.anchor_sentence != s || f.e.status == EngagementStatus::kHeld || f.anchor_token < am.end ||
            f.anchor_token > am.end + 1)
          continue;
        add_unique(f.e.areas, k_.area_ids[am.id]);
        explain(f, "areas", "area_phrases.tsv: " + std::string(a_.tokens.text_of(am.begin)) + " (in its name)",
                am.begin, am.end);
      }
    }
    // 4b. "agreed that the navies will hold a joint maritime exercise ..., with a focus on search and rescue at sea",
    // "their first joint exercise, focused on disaster relief": what an occasion to come will focus on is its subject
    for (size_t m : by_sentence_[s]) {
      const auto& am = a_.mentions[m];
      if (am.type != MentionType::kArea) continue;
      for (auto& f : frames_) {
        if (f.anchor_sentence != s || f.e.status == EngagementStatus::kHeld || f.anchor_token >= am.begin ||
            am.begin > f.anchor_token + 30)
          continue;
        bool focus = false;
        for (uint32_t t = f.anchor_token; t < am.begin && !focus; ++t) {
          const std::string_view w = norm(t);
          focus = w == "focus" || w == "focused" || w == "focusing" || w == "focuses" || w == "focussed";
        }
        if (!focus) continue;
        add_unique(f.e.areas, k_.area_ids[am.id]);
        explain(f, "areas",
                "area_phrases.tsv: " + std::string(a_.tokens.text_of(am.begin)) + " (what it will focus on)", am.begin,
                am.end);
      }
    }
    // 4c. "The two navies will hold the next Nichi Gou Trident exercise off Australia's east coast", "agreed to hold a
    // joint naval patrol": an exercise told in passing takes the areas of its own clause (who holds it, what it is)
    // (not the frame the sentence belongs to: step 4 gives it the sentence's areas)
    const int owner = opened >= 0 ? opened : current;
    for (size_t fi = 0; fi < frames_.size(); ++fi) {
      Frame& f = frames_[fi];
      if (f.anchor_sentence != s || f.e.kind != EngagementKind::kExercise || static_cast<int>(fi) == owner) continue;
      const auto& sent = a_.tokens.sentences[s];
      uint32_t from = sent.begin, to = sent.end;
      for (uint32_t t = f.anchor_token; t > sent.begin; --t) {
        const std::string_view w = norm(t - 1);
        // ("agreed to widen an intelligence-sharing arrangement and to hold the first maritime exercise": a second
        // infinitive opens a clause of its own)
        if (w == "," || w == ";" || w == "that" || (w == "and" && norm(t) == "to")) {
          from = t;
          break;
        }
      }
      for (uint32_t t = f.anchor_token + 1; t < sent.end; ++t) {
        const std::string_view w = norm(t);
        if (w == "," || w == ";" || w == ".") {
          to = t;
          break;
        }
      }
      for (size_t m : by_sentence_[s]) {
        const auto& am = a_.mentions[m];
        if (am.type != MentionType::kArea || am.begin < from || am.end > to) continue;
        if (add_unique(f.e.areas, k_.area_ids[am.id]))
          explain(f, "areas", "area_phrases.tsv: " + std::string(a_.tokens.text_of(am.begin)) + " (in its own clause)",
                  am.begin, am.end);
      }
    }
    // 4. areas of this sentence go to the frame it belongs to
    int target = opened >= 0 ? opened : current;
    if (target >= 0) {
      const int document_signing = signing_named_again(s, target);
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type != MentionType::kArea) continue;
        if (inside_planned_name(s, mm)) continue;
        int owner = target;
        std::string why;
        if (int c = clause_occasion(s, target, mm.begin); c >= 0) {
          // a document signed at the occasion under way ("signed a joint statement, which lists border management")
          // tells what both agreed: the area is the signing's and the occasion's (examples' gold precedent)
          if (frames_[c].same_occasion) add_unique(frames_[target].e.areas, k_.area_ids[mm.id]);
          owner = c;
          why = " (in a clause about this occasion: grammar.tsv clause_link)";
        } else if (document_signing >= 0) {
          // (signed at the occasion under way: both agreed it, as for a clause about it)
          if (frames_[document_signing].same_occasion) add_unique(frames_[target].e.areas, k_.area_ids[mm.id]);
          owner = document_signing;
          why = " (the signed document named again as the sentence's subject)";
        }
        // "the joint training", "training objectives" in an exercise's sentences say what the exercise is, not a
        // cooperation in training
        if (frames_[owner].e.kind == EngagementKind::kExercise && mm.end == mm.begin + 1 &&
            norm(mm.begin) == "training")
          continue;
        add_unique(frames_[owner].e.areas, k_.area_ids[mm.id]);
        explain(frames_[owner], "areas", "area_phrases.tsv: " + std::string(a_.tokens.text_of(mm.begin)) + why,
                mm.begin, mm.end);
      }
      if (opened < 0 && current >= 0 && frames_[current].e.evidence.empty() == false &&
          frames_[current].e.evidence.back() != a_.tokens.sentences[s].span) {
        frames_[current].e.evidence.push_back(a_.tokens.sentences[s].span);
      }
    }
    // areas named in a planned/proposed mechanism's own name ("border defence friendship exchange")
    for (auto& fr : frames_) {
      if (fr.anchor_sentence != s || !fr.mechanism) continue;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        // being a dialogue adds no area by itself (guidelines); the subject a name gives does
        if (mm.type == MentionType::kArea && mm.begin >= fr.mechanism->begin && mm.end <= fr.mechanism->end &&
            k_.area_ids[mm.id] != "dialogue_consultation") {
          add_unique(fr.e.areas, k_.area_ids[mm.id]);
        }
      }
    }
    // "agreed to hold the first dialogue", "proposed a joint drill": what the meeting agrees or proposes to
    // hold is discussed at it (seed precedent: the meeting takes dialogue_consultation / exercises)
    if (target >= 0 && frames_[target].e.status == EngagementStatus::kHeld) {
      for (size_t f = 0; f < frames_.size(); ++f) {
        const auto& fr = frames_[f];
        if (static_cast<int>(f) == target || fr.anchor_sentence != s || fr.e.status == EngagementStatus::kHeld)
          continue;
        if (fr.e.kind == EngagementKind::kExercise) {
          add_unique(frames_[target].e.areas, "exercises");
        } else if (fr.e.kind == EngagementKind::kPolicyDialogue) {
          add_unique(frames_[target].e.areas, "dialogue_consultation");
        } else if (fr.e.kind == EngagementKind::kOther) {
          // "the upcoming defence expo", "a defence industry workshop": the subject its name gives
          for (const auto& area : fr.e.areas) add_unique(frames_[target].e.areas, area);
        }
      }
    }
    return opened;
  }

  // "..., agreed at the defence policy dialogue held in Washington last October, where the two sides also discussed
  // war legacy", "an agreement signed in 2009, which covers training": an area after a comma and a clause link
  // (grammar.tsv `clause_link`, at most one preposition before it: ", under which") that follows an occasion told in
  // the same sentence belongs to that occasion, not to the one the sentence is otherwise about. Returns the frame,
  // or -1 when the latest occasion told before the area is `target` itself or no such clause lies between.
  int clause_occasion(int s, int target, uint32_t area_begin) const {
    int latest = -1;
    for (size_t f = 0; f < frames_.size(); ++f) {
      const auto& fr = frames_[f];
      if (fr.anchor_sentence != s || fr.anchor_token >= area_begin) continue;
      if (latest < 0 || fr.anchor_token > frames_[latest].anchor_token) latest = static_cast<int>(f);
    }
    if (latest < 0 || latest == target) return -1;
    // not the forum the sentence's meetings were held at; not a forum named in passing, with no day or place of its
    // own ("at multilateral forums, notably the ADMM-Plus, where the two have co-chaired ...")
    const auto& own = frames_[latest];
    if (own.beside_main || (!own.e.date && !own.e.location && own.e.kind != EngagementKind::kSigning)) return -1;
    if (target >= 0 && frames_[target].anchor_sentence == s &&
        frames_[target].anchor_token > frames_[latest].anchor_token)
      return -1;
    for (uint32_t t = frames_[latest].anchor_token + 1; t + 1 < area_begin; ++t) {
      if (norm(t) != ",") continue;
      uint32_t link = t + 1;
      if (link + 1 < area_begin && !k_.grammar.is(norm(link), gazetteer::WordClass::kClauseLink) &&
          (norm(link) == "under" || norm(link) == "at" || norm(link) == "during" || norm(link) == "in"))
        ++link;
      if (k_.grammar.is(norm(link), gazetteer::WordClass::kClauseLink)) return latest;
    }
    return -1;
  }

  // "The agreement provides for high-level visits and port calls": a sentence whose subject is a signed document
  // ("The/This/That [new] <document>", documents.tsv) right after the signing that produced it, which is not the
  // occasion the sentence belongs to, tells what was signed. Returns the signing frame, or -1.
  int signing_named_again(int s, int target) const {
    const auto& sent = a_.tokens.sentences[s];
    if (s == 0 || sent.begin + 3 > sent.end) return -1;
    std::string_view det = norm(sent.begin);
    const bool indefinite = det == "a" || det == "an";
    if (det != "the" && det != "this" && det != "that" && !indefinite) return -1;
    std::vector<gazetteer::PhraseMatch> found;
    bool document = false;
    for (uint32_t i = sent.begin + 1; i < sent.begin + 3 && !document; ++i) {
      found.clear();
      k_.matcher.match_at(a_.tokens, i, sent.end, found);
      for (const auto& f : found)
        document = document || (f.entry.type == gazetteer::EntryType::kDocument && f.end < sent.end);
      if (!lower_word(i)) break;  // only one lower-case modifier ("The new agreement")
    }
    if (!document) return -1;
    for (int f = static_cast<int>(frames_.size()); f-- > 0;) {
      const auto& fr = frames_[f];
      // "A memorandum on defence cooperation, covering training and border security, was signed in New Delhi during
      // that trip": the document opening the sentence whose signing it tells; otherwise a new document ("An
      // agreement ...") or an occasion of the sentence's own is not the signing before
      if (fr.anchor_sentence == s) return fr.e.kind == EngagementKind::kSigning && f != target ? f : -1;
      if (indefinite || fr.anchor_sentence < s - 1) return -1;
      if (fr.e.kind == EngagementKind::kSigning) return f == target ? -1 : f;
    }
    return -1;
  }

  // 'It was their second "two-plus-two" meeting.' then 'Motegi and Kishi held talks with their Indonesian counterparts
  // in Tokyo on Tuesday': a held session of a mechanism named without a day, and right after it the talks of its
  // people and states, dated, are one occasion. The session's record is folded into the talks' (which take its kind,
  // mechanism and ordinal, and its people, states, areas and evidence); returns which frames were folded.
  std::vector<bool> absorb_sessions_told_twice() {
    std::vector<bool> absorbed(frames_.size(), false);
    for (size_t i = 0; i < frames_.size(); ++i) {
      for (size_t j = 0; j < frames_.size(); ++j) {
        if (i == j || absorbed[i] || absorbed[j]) continue;
        Engagement& keep = frames_[i].e;
        const Engagement& told = frames_[j].e;
        if (!told.mechanism || keep.status != EngagementStatus::kHeld || told.status != EngagementStatus::kHeld ||
            !keep.date || told.date)
          continue;
        if (keep.mechanism) continue;
        {
          // the talks told right after the session named without a day, by its people (or none named) and states
          const bool talks =
              keep.kind == EngagementKind::kBilateralMeeting && told.kind == EngagementKind::kPolicyDialogue;
          const int gap = frames_[i].anchor_sentence - frames_[j].anchor_sentence;
          const bool people_fit =
              std::all_of(told.participants.begin(), told.participants.end(), [&](const Participant& p) {
                return std::any_of(keep.participants.begin(), keep.participants.end(),
                                   [&](const Participant& q) { return q.name == p.name; });
              });
          const bool states_fit = std::all_of(told.countries.begin(), told.countries.end(), [&](const std::string& c) {
            return std::find(keep.countries.begin(), keep.countries.end(), c) != keep.countries.end();
          });
          if (!talks || gap < 1 || gap > 2 || !people_fit || !states_fit || told.countries.size() < 2) continue;
          keep.kind = told.kind;
          keep.mechanism = told.mechanism;
          keep.ordinal = told.ordinal;
          if (!keep.name) keep.name = told.name;
        }
        if (keep.location && told.location && keep.location->country != told.location->country) continue;
        for (const auto& p : told.participants) {
          if (std::none_of(keep.participants.begin(), keep.participants.end(),
                           [&](const Participant& q) { return q.name == p.name; }))
            keep.participants.push_back(p);
        }
        for (const auto& c : told.countries) add_unique(keep.countries, c);
        for (const auto& a : told.areas) add_unique(keep.areas, a);
        for (const auto& g : told.groups) add_unique(keep.groups, g);
        for (const auto& span : told.evidence) {
          if (std::find(keep.evidence.begin(), keep.evidence.end(), span) == keep.evidence.end())
            keep.evidence.push_back(span);
        }
        if (!keep.location) keep.location = told.location;
        if (told.salience == Salience::kMain) keep.salience = Salience::kMain;
        absorbed[j] = true;
      }
    }
    return absorbed;
  }

  // "invited Sjafrie to attend the ...", "has invited Defence Minister X to join the ...": the person named right after
  // the invitation word, when the words before `t` are "to <attend|join|take part in|participate in> [the ...]";
  // -1 when the sentence is not so.
  int invited_to(int s, uint32_t t) const {
    const auto& sent = a_.tokens.sentences[s];
    for (size_t m : by_sentence_[s]) {
      const auto& pm = a_.mentions[m];
      if (pm.type != MentionType::kPerson || pm.end >= t || pm.begin < sent.begin + 1) continue;
      std::string_view w = norm(pm.begin - 1);
      if (w != "invited" && w != "invites" && w != "inviting" && w != "invite") continue;
      if (pm.end + 2 >= t || norm(pm.end) != "to") continue;
      std::string_view v = norm(pm.end + 1);
      if (v != "attend" && v != "join" && v != "take" && v != "participate") continue;
      // (nothing but "part in", "in" and the name's determiners and modifiers between)
      bool plain = true;
      for (uint32_t i = pm.end + 2; i < t && plain; ++i) plain = lower_word(i) || norm(i) == "-";
      if (plain && t - pm.end <= 8) return pm.entity;
    }
    return -1;
  }

  // Token t opens "[up to three lower-case words] <exercise word>" ("field exercise", "maritime security field
  // training exercise", "drills"): what comes before it qualifies an exercise.
  bool names_an_exercise(int s, uint32_t t) const {
    for (uint32_t i = t; i < sent_end(s) && i < t + 4; ++i) {
      if (k_.grammar.is(norm(i), gazetteer::WordClass::kExerciseNoun)) return true;
      if (!lower_word(i) && norm(i) != "-") return false;
    }
    return false;
  }

  // A short line of its own after the main occasion is told, with no closing punctuation: a section heading
  // ("Talks with Hagel, Chang and Onodera").
  bool subheading(int s) const {
    const auto& sent = a_.tokens.sentences[s];
    // (after the article's main occasion is told: a headline is no section heading)
    if (main_ < 0 || s <= frames_[main_].anchor_sentence || sent.end <= sent.begin || sent.end - sent.begin > 12)
      return false;
    const auto& toks = a_.tokens.tokens;
    if (!toks[sent.begin].has(segment::kNewlineBefore)) return false;
    if (sent.end < toks.size() && !toks[sent.end].has(segment::kNewlineBefore)) return false;
    const std::string_view last = norm(sent.end - 1);
    return last != "." && last != "!" && last != "?" && last != "\"" && last != ":";
  }

  // "the Moscow Conference on International Security", "the 12th Beijing Xiangshan Forum": a forum named after the
  // city it meets in is held there, when nothing else places the session (not a video conference).
  void place_from_names() {
    for (auto& f : frames_) {
      if (f.e.location || f.remote || !f.mechanism || f.e.kind == EngagementKind::kCall) continue;
      const int s = static_cast<int>(a_.tokens.sentence_of(f.mechanism->begin));
      for (size_t m : by_sentence_[s]) {
        const auto& pm = a_.mentions[m];
        if (pm.type != MentionType::kPlace || pm.begin < f.mechanism->begin || pm.end > f.mechanism->end) continue;
        const auto& place = k_.places[pm.id];
        if (place.type != "city" && place.type != "capital") continue;
        f.e.location = place_location(pm);
        explain(f, "location", "the city in its name", pm.begin, pm.end);
        break;
      }
    }
  }

  // Dated, and not within the main event's days (or the main event has no date).
  bool dated_apart(const Frame& f) const {
    if (!f.e.date || main_ < 0) return false;
    const auto& m = frames_[main_].e;
    if (!m.date) return true;
    return !near_main(*f.e.date);
  }

  // A date within the main event's days (or the day or two before it: a working group, a preparatory
  // meeting, an arrival), or the same month when either is known to the month only: the same trip or event.
  bool near_main(const PartialDate& d) const {
    if (main_ < 0 || !frames_[main_].e.date) return false;
    const PartialDate& m = *frames_[main_].e.date;
    if (d == m) return true;
    if (d.has_day() && m.has_day()) {
      long dd = days_from_civil(d.year, d.month, d.day), md = days_from_civil(m.year, m.month, m.day);
      long me = md;
      if (const auto& end = frames_[main_].e.end_date; end && end->has_day())
        me = days_from_civil(end->year, end->month, end->day);
      // with no end told, a forum or trip runs on a few days ("met on Saturday" at a conference opened
      // on Friday)
      long after = frames_[main_].e.end_date ? 1 : 3;
      return md - 3 <= dd && dd <= me + after;
    }
    if (d.has_month() && m.has_month()) return d.year == m.year && d.month == m.month;
    return false;
  }

  // Dated apart from the main event: an occasion recalled for context.
  bool recalled(const Frame& f) const {
    if (main_ < 0 || &frames_[main_] == &f || !f.e.date) return false;
    const auto& md = frames_[main_].e.date;
    return !md || !(*md == *f.e.date);
  }

  // A document noun ending right before token t ("the Agreement signed in July"): a past signing
  // referred to, not reported.
  // The document before "was signed" opens with "a"/"an" ("a memorandum of understanding (MoU) was signed").
  bool indefinite_document_before(int s, uint32_t t) const {
    const auto& sent = a_.tokens.sentences[s];
    std::vector<gazetteer::PhraseMatch> found;
    for (uint32_t i = sent.begin + 1; i < t; ++i) {
      found.clear();
      k_.matcher.match_at(a_.tokens, i, t, found);
      for (const auto& f : found) {
        if (f.entry.type != gazetteer::EntryType::kDocument) continue;
        std::string_view det = norm(i - 1);
        if (det == "a" || det == "an") return true;
      }
    }
    return false;
  }

  bool document_before(int s, uint32_t t) const {
    const auto& sent = a_.tokens.sentences[s];
    // "the Arrangement, which was signed in June 2020": the relative clause refers back to the document
    static const std::set<std::string_view> relative = {",",   "which", "that", "was",  "were",
                                                        "had", "has",   "been", "first"};
    while (t > sent.begin && relative.count(norm(t - 1))) --t;
    // "the memorandum of understanding (MoU), signed by ...": its abbreviation in parentheses
    if (t > sent.begin + 2 && norm(t - 1) == ")") {
      uint32_t open = t - 1;
      while (open > sent.begin && norm(open) != "(" && t - open < 6) --open;
      if (norm(open) == "(") t = open;
    }
    std::vector<gazetteer::PhraseMatch> found;
    for (uint32_t i = sent.begin; i < t; ++i) {
      found.clear();
      k_.matcher.match_at(a_.tokens, i, t, found);
      for (const auto& f : found) {
        if (f.entry.type == gazetteer::EntryType::kDocument && f.end == t) return true;
      }
    }
    return false;
  }

  // People in sentence s before / after token t.
  std::pair<std::vector<int>, std::vector<int>> people_around(int s, uint32_t t) const {
    std::pair<std::vector<int>, std::vector<int>> out;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kPerson) continue;
      auto& side = mm.begin < t ? out.first : out.second;
      if (std::find(side.begin(), side.end(), mm.entity) == side.end()) side.push_back(mm.entity);
    }
    return out;
  }

  // "General Naravane, the army chief, and Foreign Secretary Shringla flew into the capital": the people named after
  // the first before word `t` and joined to it by "and" (or a list's commas) with only titles and appositions
  // between, no preposition, verb or occasion word; empty when none is so joined.
  std::vector<int> co_subjects(int s, uint32_t t) const {
    static const std::set<std::string_view> breaks = {"with",  "by",  "from",  "at",   "on",   "for",  "to",
                                                      "after", "who", "which", "said", "says", "told", "while"};
    std::vector<int> out;
    const Mention* prev = nullptr;
    bool joined_by_and = false;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.begin >= t) break;
      if (mm.type == MentionType::kTrigger && prev) break;
      if (mm.type != MentionType::kPerson) continue;
      if (!prev) {
        prev = &mm;
        continue;
      }
      if (mm.begin < prev->end || mm.begin - prev->end > 14) break;
      bool and_between = false, blocked = false;
      for (uint32_t i = prev->end; i < mm.begin && !blocked; ++i) {
        and_between = and_between || norm(i) == "and";
        blocked = breaks.count(norm(i)) > 0;
      }
      const bool list_comma = mm.begin == prev->end + 1 && norm(prev->end) == ",";
      if (blocked || !(and_between || list_comma)) break;
      joined_by_and = joined_by_and || and_between;
      if (mm.entity != prev->entity && std::find(out.begin(), out.end(), mm.entity) == out.end())
        out.push_back(mm.entity);
      prev = &mm;
    }
    if (!joined_by_and) out.clear();
    return out;
  }

  // ---- references the annotator resolved: pronouns and parties (see annotate's references()) ----

  // The person a subject pronoun right before the meeting word at token t stands for ("He also met ...",
  // "She later held talks with ..."): he/she as the first person cue of the sentence, at most three words
  // before t, resolved by the annotator; -1 if none. Possessives (his/her) are no subject ("his
  // counterpart" is someone else), and a pronoun far from the trigger is the subject of another verb
  // ("he highlighted the results achieved since the signing of ...").
  int pronoun_subject(int s, uint32_t t) const {
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.begin >= t) break;
      if (mm.type == MentionType::kPerson) return -1;
      if (mm.type != MentionType::kPronoun || mm.entity < 0) continue;
      std::string_view w = norm(mm.begin);
      if ((w == "he" || w == "she") && t - mm.end <= 3) return mm.entity;
    }
    return -1;
  }

  // An occasion whose parties "the two sides" can be: held, not recalled, between two states or people
  // (a forum of many states is not "the two sides"; a visit, a meeting, a dialogue, a signing are).
  bool two_party(int f) const {
    const auto& fr = frames_[f];
    if (fr.e.status != EngagementStatus::kHeld || fr.e.kind == EngagementKind::kMultilateralMeeting) return false;
    if (recalled(fr)) return false;
    return frame_countries(f).size() == 2 || fr.people.size() == 2;
  }

  bool has_party(int f, const std::string& code) const {
    auto cs = frame_countries(f);
    return std::find(cs.begin(), cs.end(), code) != cs.end();
  }

  // The bilateral meeting a sentence goes back to by naming its counterpart, when the current occasion does
  // not include them: after "X received the ambassadors of A and B" (a summary that opens no single meeting),
  // "B's envoy said ...", "He thanked Australia for ..." go to the meeting with that envoy. The person named
  // decides; a state decides only when no occasion is current or the current one is another state's
  // meeting. -1 when nothing fits or more than one meeting does.
  int counterpart_frame(int s, int current) const {
    std::set<int> named;
    std::set<std::string> states;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kPerson || (mm.type == MentionType::kPronoun && mm.entity >= 0))
        named.insert(mm.entity);
      if (mm.type == MentionType::kCountry && !geographic(mm)) states.insert(k_.countries.all()[mm.id].code);
    }
    auto held_meeting = [&](const Frame& fr) {
      return fr.counterpart >= 0 && fr.e.status == EngagementStatus::kHeld && fr.anchor_sentence < s;
    };
    int found = -1;
    for (size_t f = 0; f < frames_.size(); ++f) {
      if (!held_meeting(frames_[f]) || !named.count(frames_[f].counterpart)) continue;
      if (found >= 0 && frames_[found].counterpart != frames_[f].counterpart) return -1;
      found = static_cast<int>(f);
    }
    if (found < 0 && !states.empty() && named.size() <= 1) {
      const bool other_meeting = current >= 0 && frames_[current].counterpart >= 0;
      if (current >= 0 && !other_meeting) return -1;
      for (size_t f = 0; f < frames_.size(); ++f) {
        if (!held_meeting(frames_[f]) || static_cast<int>(f) == current) continue;
        auto c = person_country(frames_[f].counterpart);
        if (!c || !states.count(*c)) continue;
        if (current >= 0 && has_party(current, *c)) return -1;
        if (found >= 0) return -1;
        found = static_cast<int>(f);
      }
    }
    if (found < 0 || found == current) return -1;
    if (current >= 0) {
      const auto& cp = frames_[current].people;
      if (std::find(cp.begin(), cp.end(), frames_[found].counterpart) != cp.end()) return -1;
    }
    return found;
  }

  // The engagement a sentence's party reference ("both sides", "the two ministries", "the Japanese side")
  // names when the current occasion is a forum of many states: the latest two-party occasion opened before
  // (after a forum's own sentence, "the two sides" go back to the meeting on its sidelines); -1 when the
  // sentence has no party reference, the current occasion is no forum, or no occasion fits.
  int party_frame(int s, int current) const {
    std::optional<std::string> state;
    bool any = false;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kParty) continue;
      any = true;
      if (mm.id < k_.countries.all().size()) state = k_.countries.all()[mm.id].code;
      break;
    }
    if (!any) return -1;
    auto fits = [&](int f) { return two_party(f) && (!state || has_party(f, *state)); };
    // measured on the examples: the current occasion is nearly always the one meant; only a forum's
    // own sentence (many states, never "the two sides") hands the reference back to a meeting
    if (current < 0 || frames_[current].e.kind != EngagementKind::kMultilateralMeeting) return -1;
    for (int f = static_cast<int>(frames_.size()); f-- > 0;) {
      if (frames_[f].anchor_sentence < s && fits(f)) return f;
    }
    return -1;
  }

  // Party references of sentence s, in the engagement f the sentence belongs to: "the Japanese side" is
  // the frame's Japanese participant, or adds Japan to a frame that names fewer than two states; "the
  // host side" is the state the occasion takes place in. Recorded for --explain.
  void resolve_parties(int s, int fi) {
    Frame& f = frames_[fi];
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kParty) continue;
      if (mm.id == annotate::party::kAll) {
        std::string parties;
        for (const auto& c : frame_countries(fi)) parties += (parties.empty() ? "" : ", ") + c;
        explain(f, "parties", "both sides: the engagement's parties (" + parties + ")", mm.begin, mm.end);
        continue;
      }
      if (mm.id == annotate::party::kHost || mm.id == annotate::party::kGuest) {
        if (f.e.location && f.e.location->country) {
          explain(f, "parties",
                  std::string(mm.id == annotate::party::kHost ? "the host side: " : "the visiting side: not ") +
                      *f.e.location->country,
                  mm.begin, mm.end);
        }
        continue;
      }
      const std::string code = k_.countries.all()[mm.id].code;
      int who = -1;
      for (int p : f.people) {
        if (person_country(p) == code) who = p;
      }
      if (who >= 0) {
        explain(f, "parties", "the " + code + " side: " + a_.people[who].name, mm.begin, mm.end);
      } else if (frame_countries(fi).size() < 2 &&
                 !(f.e.kind == EngagementKind::kBilateralMeeting && f.counterpart < 0)) {
        add_unique(f.e.countries, code);
        explain(f, "countries", "the " + code + " side of the engagement", mm.begin, mm.end);
      }
    }
  }

  bool sentence_has_entry(int s, gazetteer::EntryType type) const {
    const auto& sent = a_.tokens.sentences[s];
    std::vector<gazetteer::PhraseMatch> found;
    for (uint32_t i = sent.begin; i < sent.end; ++i) {
      found.clear();
      k_.matcher.match_at(a_.tokens, i, sent.end, found);
      for (const auto& f : found) {
        if (f.entry.type == type) return true;
      }
    }
    return false;
  }

  // A frame already made this sentence of the same kind (a named exercise, a visit found twice).
  int frame_in_sentence(int s, EngagementKind kind) const {
    for (size_t f = frames_.size(); f-- > 0 && frames_[f].anchor_sentence == s;) {
      if (frames_[f].e.kind == kind) return static_cast<int>(f);
    }
    return -1;
  }

  Frame new_frame(int s, const Mention& tm, EngagementKind kind, const std::string& rule) {
    Frame fr;
    fr.e.kind = kind;
    std::string srule;
    auto st = status_for(s, tm.begin, tm.end, &srule);
    fr.e.status = st.value_or(EngagementStatus::kHeld);
    fr.anchor_sentence = s;
    fr.anchor_token = tm.begin;
    fr.sideline = main_ >= 0;
    explain(fr, "kind", rule, tm.begin, tm.end);
    if (st) explain(fr, "status", srule, tm.begin, tm.end);
    return fr;
  }

  int push_frame(Frame&& fr, int s, uint32_t after) {
    frames_.push_back(std::move(fr));
    int f = static_cast<int>(frames_.size() - 1);
    date_and_place(frames_[f], s, after);
    frames_[f].e.evidence.push_back(a_.tokens.sentences[s].span);
    if (main_ < 0 && frames_[f].e.status == EngagementStatus::kHeld) {
      main_ = f;
      frames_[f].main_event = true;
      frames_[f].sideline = false;
    }
    return f;
  }

  // A person named after another occasion's word that follows the anchor: "held the 10th dialogue in Hanoi,
  // focusing on the agreement reached during the visit to India by X" (X made that visit).
  bool in_other_occasion(int s, uint32_t anchor_end, const Mention& person) const {
    if (person.begin < anchor_end) return false;
    for (size_t m : by_sentence_[s]) {
      const auto& tm = a_.mentions[m];
      if (tm.type != MentionType::kTrigger || tm.begin < anchor_end || tm.end > person.begin) continue;
      auto kind = k_.triggers[tm.id].kind;
      if (kind == EngagementKind::kVisit || kind == EngagementKind::kSigning || kind == EngagementKind::kExercise ||
          kind == EngagementKind::kCall)
        return true;
    }
    return false;
  }

  // "visit ... by <person>": "the upcoming Russia visit by Defence Minister X", "the visit to Australia in April
  // this year by the Chief of the General Staff ..., Senior Lieutenant General Y". -1 if none.
  int visitor_after_by(int s, const Mention& tm) const {
    for (uint32_t t = tm.end; t < sent_end(s) && t < tm.end + 8; ++t) {
      std::string_view w = norm(t);
      if (w == "," || w == ";" || w == "and") return -1;
      // "the state visit that President X paid to Hanoi": the one who paid or made it
      if ((w == "that" || w == "which") && t == tm.end) {
        for (size_t m : by_sentence_[s]) {
          const auto& mm = a_.mentions[m];
          if (mm.type != MentionType::kPerson || mm.begin <= t || mm.begin > t + 4) continue;
          if (mm.end < sent_end(s) && (norm(mm.end) == "paid" || norm(mm.end) == "made")) return mm.entity;
        }
        return -1;
      }
      // "received an official visit from the Deputy Prime Minister of Australia Richard Marles", "the visit of Army
      // Chief Gen. X to the Kingdom"
      if (w != "by" && !((w == "from" || w == "of") && t == tm.end)) continue;
      // ("an official visit from Oct. 14 to 17": a date range, not a visitor)
      if (w == "from" && starts_date(s, t + 1)) return -1;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type == MentionType::kPerson && mm.begin > t && mm.begin <= t + 20)
          return mm.entity;  // (a long office first)
      }
      return -1;
    }
    return -1;
  }

  // "a four-day port call", "a 3-day visit": the length written right before the occasion's word, in days
  // (0 when none).
  int length_in_days(int s, uint32_t b) const {
    const auto& sent = a_.tokens.sentences[s];
    // ("docked ... for a four-day goodwill visit": the length may sit before a later visit word of the sentence)
    for (uint32_t t = b; t + 1 < sent.end && t < b + 25; ++t) {
      std::string_view w = norm(t);
      if (w == "visit" || w == "call" || w == "stay" || w == "trip") {
        if (int n = length_before(s, t); n > 0) return n;
      }
    }
    return length_before(s, b);
  }

  // "two" .. "ten", "2" .. "10": the number; 0 for any other word
  static int small_count(std::string_view w) {
    static const std::map<std::string_view, int> words = {
        {"two", 2},   {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
        {"eight", 8}, {"nine", 9},  {"ten", 10}, {"2", 2},    {"3", 3},   {"4", 4},
        {"5", 5},     {"6", 6},     {"7", 7},    {"8", 8},    {"9", 9},   {"10", 10}};
    auto it = words.find(w);
    return it == words.end() ? 0 : it->second;
  }

  int length_before(int s, uint32_t b) const {
    const auto& sent = a_.tokens.sentences[s];
    for (uint32_t t = b; t > sent.begin + 1 && b - t < 4; --t) {
      if (norm(t - 1) != "day") continue;
      uint32_t n = t - 2;
      if (n > sent.begin && norm(n) == "-") --n;
      return small_count(norm(n));
    }
    return 0;
  }

  // A weak visit word that still reports one visit: "wrapped up a three-day visit to Cambodia", "during a
  // visit to the neighbouring country" told of someone named before it (not "an invitation to visit").
  bool visit_reported(int s, const Mention& tm) const {
    const auto& sent = a_.tokens.sentences[s];
    // "three-day", "4-day", "two-week": a visit with a length is one visit
    for (uint32_t t = tm.begin; t > sent.begin + 1 && tm.begin - t < 3; --t) {
      std::string_view w = norm(t - 1);
      if ((w == "day" || w == "days" || w == "week") && a_.tokens.tokens[t - 2].has(segment::kHyphen)) return true;
      // "a week-long visit", "a day-long visit"
      if (w == "long" && t >= sent.begin + 3 && norm(t - 2) == "-" &&
          (norm(t - 3) == "week" || norm(t - 3) == "day" || norm(t - 3) == "month"))
        return true;
    }
    if (tm.begin == sent.begin || tm.end + 1 >= sent.end) return false;
    // "The USS Ronald Reagan arrived at Tien Sa Port in Da Nang on Sunday": a warship arriving at a port is a port
    // call (its subject a ship: a navy's prefix or a ship noun, grammar.tsv ship_noun)
    // ("sailed into Da Nang's Tien Sa Port": grammar.tsv ship_arrival)
    if (k_.grammar.is(norm(tm.begin), gazetteer::WordClass::kShipArrival) &&
        (norm(tm.end) == "at" || norm(tm.end) == "in" || norm(tm.end) == "alongside" || norm(tm.end - 1) == "into")) {
      if (ship_before(s, tm.begin)) return true;
    }
    // "arrived at Colombo port yesterday on a goodwill and training visit": a ship or delegation arriving "on a
    // ... visit" is on one
    for (uint32_t t = tm.begin; t > sent.begin + 1 && tm.begin - t < 6; --t) {
      std::string_view d = norm(t - 1);
      if (!(norm(t - 2) == "on" && (d == "a" || d == "an" || d == "its" || d == "her" || d == "his"))) continue;
      for (uint32_t u = sent.begin; u < t; ++u) {
        std::string_view w = norm(u);
        if (w == "arrived" || w == "arrives" || w == "arriving" || w == "docked" || w == "reached") return true;
      }
    }
    std::string_view det = norm(tm.begin - 1);
    // "kicking off his first visit to China", "his maiden official visit to": adjectives before the word
    for (uint32_t t = tm.begin; t > sent.begin + 1 && tm.begin - t < 3 && lower_word(t - 1); --t) {
      std::string_view w = norm(t - 1);
      if (w == "his" || w == "her" || w == "their" || w == "a" || w == "its") {
        det = w;
        break;
      }
    }
    // "the visit to China by Indonesian Defense Minister X in March": the visitor named after "by"
    if ((det == "the" || det == "a") && norm(tm.end) == "to" && visitor_after_by(s, tm) >= 0) return true;
    // "the visit of Army Chief Gen. X to the Kingdom in December", "the visit of HMS Queen Elizabeth to Yokosuka in
    // 2021": a visitor and a destination after the word, and a date
    if (det == "the" && norm(tm.end) == "of" && date_governs(s, tm)) {
      for (uint32_t t = tm.end + 1; t < sent.end && t < tm.end + 10; ++t) {
        if (norm(t) == "to") return true;
        if (norm(t) == "," || norm(t) == ";") break;
      }
    }
    // "during Prime Minister Narendra Modi's visit to the UAE in August 2015": a named visitor's visit somewhere
    if (a_.tokens.tokens[tm.begin - 1].has(segment::kPossessive) && norm(tm.end) == "to") {
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type == MentionType::kPerson && mm.end + 1 == tm.begin) return true;
      }
    }
    if (det != "a" && det != "his" && det != "her" && det != "their" && det != "its") return false;
    if (norm(tm.end) != "to") return false;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kPerson && mm.end <= tm.begin) return true;
    }
    return false;
  }

  // A ship named in sentence s before token `before`: a navy's prefix before a capitalised name ("HMS Tamar") or a
  // ship noun (grammar.tsv ship_noun: "the frigate", "the River-class ship").
  bool ship_before(int s, uint32_t before) const {
    for (uint32_t t = a_.tokens.sentences[s].begin; t < before; ++t) {
      const std::string_view w = norm(t);
      const bool prefix = a_.tokens.tokens[t].has(segment::kAllCaps) && k_.ship_prefixes.count(std::string(w)) &&
                          t + 1 < before && a_.tokens.tokens[t + 1].has(segment::kCapitalized);
      const bool noun = k_.grammar.is(w, gazetteer::WordClass::kShipNoun) && w != "naval" && w != "sailors";
      if (prefix || noun) return true;
    }
    return false;
  }

  // "during his five-day visit", "during her recent trip to Kabul": a visit of the one the pronoun stands for,
  // under way or past when the sentence speaks (an invitation extended during it is not an invitation to it).
  // Returns the visitor, or -1 when the words are not so; -2 when the pronoun was not resolved.
  int during_own_visit(int s, const Mention& tm) const {
    const auto& sent = a_.tokens.sentences[s];
    for (uint32_t t = tm.begin; t > sent.begin + 1 && tm.begin - t < 6; --t) {
      std::string_view w = norm(t - 1);
      if (w == "his" || w == "her" || w == "their") {
        if (norm(t - 2) != "during") return -1;
        for (size_t m : by_sentence_[s]) {
          const auto& mm = a_.mentions[m];
          if (mm.type == MentionType::kPronoun && mm.begin == t - 1 && mm.entity >= 0) return mm.entity;
        }
        return -2;
      }
      if (w == "upcoming" || w == "forthcoming" || w == "planned" || w == "next" || w == "proposed") return -1;
      const char c = a_.tokens.text_of(t - 1).front();
      if (!(lower_word(t - 1) || w == "-" || (c >= '0' && c <= '9'))) return -1;
    }
    return -1;
  }

  // The mention at d follows "to" or "for" after a verb of travelling in its clause ("travels on Thursday to
  // Manila"; grammar.tsv travel_verb).
  bool traveled_to(int s, uint32_t d) const {
    const auto& sent = a_.tokens.sentences[s];
    if (d <= sent.begin + 1 || (norm(d - 1) != "to" && norm(d - 1) != "for")) return false;
    for (uint32_t t = d - 1; t > sent.begin && t + 6 > d; --t) {
      const std::string_view w = norm(t - 1);
      if (w == "," || w == ";") return false;
      if (k_.grammar.is(w, gazetteer::WordClass::kTravelVerb)) return true;
    }
    return false;
  }

  // "Admiral X is making an official visit to Singapore from 13 to 16 January", "paid a state visit to".
  int visit(int s, const Mention& tm, int current) {
    // (one visit a sentence, but "building on the visit of HMS Queen Elizabeth to Yokosuka in 2021" after a planned
    // one is another, with a visitor and a date of its own)
    if (frame_in_sentence(s, EngagementKind::kVisit) >= 0 &&
        !(tm.begin > 0 && norm(tm.begin - 1) == "the" && norm(tm.end) == "of" && date_governs(s, tm)))
      return -1;
    auto [before, after] = people_around(s, tm.begin);
    // the destination: the first country or place after the trigger
    std::optional<std::string> dest;
    const Mention* dest_place = nullptr;  // "to Yokosuka": the place itself
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.begin < tm.end) continue;
      // ("the visit of HMS Queen Elizabeth to Yokosuka": the ship's state is the visitor's)
      if (mm.type == MentionType::kCountry && mm.begin == tm.end + 1 && norm(tm.end) == "of") continue;
      if (mm.type == MentionType::kCountry && !mm.demonym && !geographic(mm)) dest = k_.countries.all()[mm.id].code;
      if (mm.type == MentionType::kPlace) {
        dest = k_.places[mm.id].country;
        if (mm.begin > 0 && norm(mm.begin - 1) == "to") dest_place = &mm;
      }
      if (dest) break;
    }
    // "arrived at Cam Ranh International Port on August 3 for a four-day port call": a place the sentence puts
    // the visitor in before the word
    const Mention* left_from = nullptr;
    const Mention* chained_at = nullptr;
    if (!dest) {
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.begin >= tm.begin) break;
        // ("JS Takanami left Cam Ranh on August 6 after a goodwill visit": where the visitor left from)
        const bool left = mm.begin > 0 && (norm(mm.begin - 1) == "left" || norm(mm.begin - 1) == "departed" ||
                                           norm(mm.begin - 1) == "leaves" || norm(mm.begin - 1) == "leaving");
        // "docked at Pier 15, South Harbor, Manila": the last of a comma chain opened by "at"/"in"
        const bool chained = comma_chain_place(s, mm.begin);
        // "arrived last Tuesday in Indonesia for a three-day port visit": a state the visitor is in
        if (mm.type == MentionType::kCountry && !mm.demonym && !geographic(mm) && mm.begin > 0 &&
            (norm(mm.begin - 1) == "in" || norm(mm.begin - 1) == "to"))
          dest = k_.countries.all()[mm.id].code;
        // "will travel to Canberra on Wednesday for a two-day visit", "leaves for Singapore on Friday for a visit":
        // where the visitor travels (grammar.tsv travel_verb)
        if (mm.type == MentionType::kPlace && traveled_to(s, mm.begin)) {
          dest = k_.places[mm.id].country;
          dest_place = &mm;
          continue;
        }
        if (mm.type == MentionType::kPlace && (place_preposition(mm.begin) || left || chained)) {
          dest = k_.places[mm.id].country;
          if (left) left_from = &mm;
          if (chained) chained_at = &mm;
        }
      }
    }
    // "is in the Indonesian capital for a five-day visit", "a visit to the Indonesian capital": that state
    if (!dest) {
      if (auto cap = demonym_capital(s, a_.tokens.sentences[s].begin)) dest = cap->country;
    }
    // "The destroyer arrived here on Sunday for a port call": "here" is the dateline's place
    if (!dest && (says_here(s, tm.begin > 12 ? tm.begin - 10 : 0) || says_here(s, a_.tokens.sentences[s].begin + 2))) {
      if (const auto& dl = cached_dateline(); dl && dl->country) dest = dl->country;
    }
    // "the upcoming Russia visit": a state's name right before the word is where the visit goes
    if (!dest) {
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type == MentionType::kCountry && !mm.demonym && mm.end == tm.begin && !geographic(mm)) {
          dest = k_.countries.all()[mm.id].code;
        }
      }
    }
    // "the upcoming Russia visit by Defence Minister X": the visitor follows "by"
    int by_visitor = visitor_after_by(s, tm);
    // "Several Japanese warships have visited Vietnam": no one named, no date, not agreed or planned: visits in
    // general, not one occasion
    // "..., and Rajesh Kumar Singh, Defence Secretary of India, who is on a two-day official visit to the UAE": the
    // relative pronoun's person, the nearest named before "who", is the visitor
    if (before.size() >= 2) {
      int nearest = -1;
      uint32_t nearest_end = 0;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type == MentionType::kPerson && mm.end <= tm.begin) nearest = mm.entity, nearest_end = mm.end;
      }
      for (uint32_t t = nearest_end; nearest >= 0 && t < tm.begin; ++t) {
        if (norm(t) == "who" && tm.begin - t <= 9) {
          before.erase(std::remove(before.begin(), before.end(), nearest), before.end());
          before.insert(before.begin(), nearest);
          break;
        }
      }
    }
    // "accompanying Deputy Prime Minister X on his official visit to Laos": the one "his" follows is the visitor
    {
      uint32_t t = tm.begin;
      while (t > a_.tokens.sentences[s].begin + 2 && tm.begin - t < 4 && lower_word(t - 1) && norm(t - 1) != "his" &&
             norm(t - 1) != "her")
        --t;
      if (t >= 2 && (norm(t - 1) == "his" || norm(t - 1) == "her") && norm(t - 2) == "on") {
        for (size_t m : by_sentence_[s]) {
          const auto& mm = a_.mentions[m];
          if (mm.type == MentionType::kPerson && mm.end == t - 2) {
            before.erase(std::remove(before.begin(), before.end(), mm.entity), before.end());
            before.insert(before.begin(), mm.entity);
          }
        }
      }
    }
    // "Mr Smith's visit follows the visit to Australia in April by General X": the visit the article reports, named
    // as the subject of a comparison, is no new one (the one it follows is)
    if (tm.end < sent_end(s) && tm.begin > a_.tokens.sentences[s].begin) {
      std::string_view next = norm(tm.end);
      if ((next == "follows" || next == "followed" || next == "comes" || next == "came" || next == "precedes") &&
          a_.tokens.tokens[tm.begin - 1].has(segment::kPossessive))
        return -1;
    }
    const int own_visitor = during_own_visit(s, tm);
    // "expressed the hope that the visit will help ...", "through this visit": the visit being reported, named
    // again with no destination or date of its own, is no visit to come
    // ("The visit comes after the frigate took part in MILAN in Visakhapatnam last month": the subject opening the
    // sentence is the visit reported, whatever dates its clauses give)
    const bool subject = tm.begin == a_.tokens.sentences[s].begin + 1;
    if (tm.begin > 0 && (norm(tm.begin - 1) == "the" || norm(tm.begin - 1) == "this") &&
        (subject || !date_governs(s, tm)) && norm(tm.end) != "to" && norm(tm.end) != "of" && norm(tm.end) != "by" &&
        by_visitor < 0 && frames_.size() > 0)
      return -1;
    if (before.empty() && by_visitor < 0 && own_visitor < 0 && !status_for(s, tm.begin, tm.end, nullptr) &&
        !date_governs(s, tm)) {
      bool owner = tm.begin > 0 && a_.tokens.tokens[tm.begin - 1].has(segment::kPossessive);
      // "Patrol ship HMS Tamar is in the Indonesian capital for a five-day visit": a ship's visit with its length
      const bool ships_stay = dest && ship_before(s, tm.begin) && length_before(s, tm.begin) > 0;
      if (!owner && !ships_stay) return -1;
    }
    if (by_visitor >= 0) before.insert(before.begin(), by_visitor);
    if (own_visitor >= 0) {
      before.erase(std::remove(before.begin(), before.end(), own_visitor), before.end());
      before.insert(before.begin(), own_visitor);
    }
    // "He visited Cambodia and Laos in December": the pronoun opening the sentence is the visitor ("where she is
    // scheduled to visit" mid-sentence is as likely a ship)
    if (before.empty() && a_.tokens.sentences[s].begin + 3 >= tm.begin) {
      if (int who = pronoun_subject(s, tm.begin); who >= 0) before.push_back(who);
    }
    if (before.empty() && !dest) return -1;
    // "During the visit he ... will visit Bengaluru": a leg still to come, with no date of its own, of a visit
    // to the same state the article reports is part of it
    if (dest && status_for(s, tm.begin, tm.end, nullptr) == EngagementStatus::kPlanned && !date_governs(s, tm)) {
      for (const auto& fr : frames_) {
        if (fr.e.kind == EngagementKind::kVisit && fr.e.status == EngagementStatus::kHeld &&
            std::find(fr.e.countries.begin(), fr.e.countries.end(), *dest) != fr.e.countries.end())
          return -1;
      }
    }
    // "The River-class ship berthed at Tanjung Priok port in Jakarta on Monday" after "HMS Tamar is in the Indonesian
    // capital for a five-day visit": the ship's visit told before, to the same state, now given its day
    if (before.empty() && dest && ship_before(s, tm.begin)) {
      for (size_t f = frames_.size(); f-- > 0;) {
        Frame& fr = frames_[f];
        if (fr.e.kind != EngagementKind::kVisit || fr.e.status != EngagementStatus::kHeld || fr.dest_state != *dest ||
            (fr.e.date && date_governs(s, tm)))
          continue;
        refill_date_and_place(fr, s, tm.begin, tm.end);
        fr.e.evidence.push_back(a_.tokens.sentences[s].span);
        return static_cast<int>(f);
      }
    }
    // the same visitor's visit reported again (not "He last visited Naypyitaw in January 2018": an earlier one)
    const bool earlier_visit =
        tm.begin > 0 && (norm(tm.begin - 1) == "last" || norm(tm.begin - 1) == "previously") && date_governs(s, tm);
    if (!before.empty() && !earlier_visit) {
      if (auto it = visit_of_.find(before[0]);
          it != visit_of_.end() &&
          // (not a leg to another state still to come: "is due to fly on to Vientiane later on Friday")
          // nor a visit to another state of another status: "From Vietnam, Mattis flies to Singapore ...", then "since
          // Mattis visited Beijing in June")
          !(dest && !frames_[it->second].dest_state.empty() && *dest != frames_[it->second].dest_state &&
            (status_for(s, tm.begin, tm.end, nullptr).value_or(EngagementStatus::kHeld) != EngagementStatus::kHeld ||
             frames_[it->second].e.status != EngagementStatus::kHeld))) {
        // ("... by Defence Minister X, who travelled to Canberra": where the visit told before went)
        // ("Singh, who is on a three-day official visit to Vietnam, ...", then "Singh is on an official visit to
        // Vietnam from 8 to 10 June": its days)
        Frame& told = frames_[it->second];
        if (!told.e.location) {
          refill_date_and_place(told, s, tm.begin, tm.end);
        } else if (!told.e.date && told.e.status == EngagementStatus::kHeld) {
          // (only the span of days a visit runs: a single date named with it may be another occasion's)
          const Frame probe = date_probe(s, tm.begin, tm.end, told.e.status);
          if (probe.e.date && probe.e.end_date) {
            told.e.date = probe.e.date, told.e.end_date = probe.e.end_date;
            explain(told, "date", "the days of the visit, told when it is named again", tm.begin, tm.end);
          }
        }
        return it->second;
      }
    }
    Frame fr = new_frame(s, tm, EngagementKind::kVisit, "triggers.tsv: " + k_.triggers[tm.id].phrase);
    if (own_visitor != -1 && fr.e.status != EngagementStatus::kHeld) {
      fr.e.status = EngagementStatus::kHeld;  // (a date still to come makes it planned later)
      explain(fr, "status", "'during his visit': a visit under way or past", tm.begin, tm.end);
    }
    if (own_visitor != -1 && !before.empty()) before.resize(1);  // the invited one is not the visitor
    // "Austin accepted Prabowo's invitation to visit Indonesia": agreed, and the one who accepted goes
    bool accepted = false;
    for (uint32_t t = tm.begin; t > a_.tokens.sentences[s].begin + 1 && tm.begin - t < 6; --t) {
      if (norm(t - 1) != "invitation") continue;
      for (uint32_t u = t - 1; u > a_.tokens.sentences[s].begin && t - u < 6; --u) {
        std::string_view w = norm(u - 1);
        if (w == "accepted" || w == "accepts" || w == "accept" || w == "accepting") accepted = true;
      }
      break;
    }
    if (accepted) {
      fr.e.status = EngagementStatus::kPlanned;
      explain(fr, "status", "an invitation accepted", tm.begin, tm.end);
      if (!before.empty()) add_person(fr, before.front());
    }
    // the visitor: "X's official visit" -> X (nobody when no named person owns it); for an invitation
    // ("X invited Y to visit"), the one invited; otherwise the subject
    bool possessed = accepted;
    // (not past a determiner: "Mr Smith's visit follows the visit to Australia by X" is X's)
    for (uint32_t t = tm.begin; !accepted && by_visitor < 0 && t > 0 && tm.begin - t < 4; --t) {
      std::string_view w = norm(t - 1);
      if (w == "the" || w == "a" || w == "an" || w == "this" || w == "that") break;
      if (a_.tokens.tokens[t - 1].has(segment::kPossessive)) {
        possessed = true;
        for (size_t m : by_sentence_[s]) {
          const auto& mm = a_.mentions[m];
          if (mm.type == MentionType::kPerson && mm.end == t - 1) add_person(fr, mm.entity);
        }
        break;
      }
    }
    if (!possessed && !before.empty()) {
      add_person(fr, fr.e.status == EngagementStatus::kProposed && before.size() >= 2 ? before.back() : before.front());
      // "A and B flew into the capital on Sunday for a two-day visit": both travel
      if (fr.e.status == EngagementStatus::kHeld && own_visitor == -1 && by_visitor < 0) {
        for (int who : co_subjects(s, tm.begin)) {
          add_person(fr, who);
          explain(fr, "participants", "joined to the visitor by 'and'", tm.begin, tm.end);
        }
      }
    }
    // "The Vietnamese delegation is on an official visit to ...": the delegation's head, the latest person of
    // that state the article has named (the annotator's hint on the party reference)
    if (!possessed && before.empty() && fr.people.empty()) {
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.begin >= tm.begin) break;
        if (mm.type == MentionType::kParty && mm.id < k_.countries.all().size() && mm.entity >= 0 &&
            mm.end < sent_end(s) && (norm(mm.end - 1) == "delegation" || norm(mm.end - 1) == "delegations")) {
          add_person(fr, mm.entity);
          explain(fr, "participants", "the head of the delegation named as visiting", mm.begin, mm.end);
        }
      }
    }
    // the visitor's state: named with the person, or a demonym before the trigger ("the Vietnamese President's visit")
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kCountry && mm.begin < tm.begin && mm.begin + 4 >= tm.begin) {
        add_unique(fr.e.countries, k_.countries.all()[mm.id].code);
      }
    }
    // "The Japanese destroyer JS Ariake arrived here for a port call", "destroyers of the Japan Maritime Self-Defense
    // Force arrived": no one named, the visiting ship's or unit's state is the first state named before the word
    // (not the destination)
    if (fr.people.empty() && before.empty()) {
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        // "the visit of HMS Queen Elizabeth to ...": the state of the ship named right after "of"
        if (mm.type == MentionType::kCountry && norm(tm.end) == "of" && mm.begin == tm.end + 1) {
          add_unique(fr.e.countries, k_.countries.all()[mm.id].code);
          break;
        }
        if (mm.begin >= tm.begin) continue;
        // (not a dateline's state opening the sentence; "The Pakistan Navy Ship ..." is the visitor's)
        const bool opening = mm.begin <= a_.tokens.sentences[s].begin + 1 &&
                             !(mm.begin == a_.tokens.sentences[s].begin + 1 && norm(mm.begin - 1) == "the");
        if (mm.type == MentionType::kCountry && !geographic(mm) &&
            (mm.demonym || (!opening && (!dest || k_.countries.all()[mm.id].code != *dest)))) {
          add_unique(fr.e.countries, k_.countries.all()[mm.id].code);
          break;
        }
      }
    }
    if (dest) add_unique(fr.e.countries, *dest);
    (void)current;
    // "visited Cambodia and Laos in December": one visit to each state of a list right after the word
    std::vector<std::string> more_dests;
    {
      const Mention* last = nullptr;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type != MentionType::kCountry || mm.demonym || mm.begin < tm.end) continue;
        if (!last) {
          if (mm.begin > tm.end + 1) break;
          last = &mm;
          continue;
        }
        bool joined = mm.begin == last->end + 1 && (norm(last->end) == "and" || norm(last->end) == ",");
        if (!joined) break;
        more_dests.push_back(k_.countries.all()[mm.id].code);
        last = &mm;
      }
    }
    Frame copy = fr;
    int f = push_frame(std::move(fr), s, tm.end);
    if (left_from && !frames_[f].e.location) frames_[f].e.location = place_location(*left_from);
    if (chained_at && !frames_[f].e.location) frames_[f].e.location = place_location(*chained_at);
    // a visit takes place in the state it goes to ("After joining an exercise in Australia, the ship arrived in
    // Indonesia for a port visit")
    if (dest && frames_[f].e.location && frames_[f].e.location->country != dest)
      frames_[f].e.location = Location{std::nullopt, *dest};
    // ("the visit of Gen. X to Jordan in December": in that state; the article's own visit may still take the
    // dateline's city when the dateline is in that state, see finish())
    if (dest) frames_[f].dest_state = *dest;
    if (dest_place && !frames_[f].e.location && f != main_) frames_[f].e.location = place_location(*dest_place);
    if (dest && !frames_[f].e.location && f != main_) frames_[f].e.location = Location{std::nullopt, *dest};
    {
      auto& v = frames_[f].e;
      // "left Cam Ranh on August 6 after a goodwill visit": that day ends the visit, whose first day is untold
      if (left_from && v.date && v.date->has_day()) {
        v.date = PartialDate{v.date->year, v.date->month, 0};
        v.end_date.reset();
      }
      frames_[f].length_days = length_in_days(s, tm.begin);
      // "arrived on August 3 for a four-day port call": the length gives the last day
      if (int days = frames_[f].length_days; days > 1 && v.date && v.date->has_day() && !v.end_date) {
        long last = days_from_civil(v.date->year, v.date->month, v.date->day) + days - 1;
        v.end_date = civil_from_days(last);
      }
    }
    if (!frames_[f].people.empty()) visit_of_.emplace(frames_[f].people[0], f);
    for (const auto& other : more_dests) {
      Frame v = copy;
      v.e.countries.erase(std::remove(v.e.countries.begin(), v.e.countries.end(), *dest), v.e.countries.end());
      add_unique(v.e.countries, other);
      int g = push_frame(std::move(v), s, tm.end);
      if (frames_[g].e.location && frames_[g].e.location->country != other)
        frames_[g].e.location = Location{std::nullopt, other};
    }
    return f;
  }

  // "The two ministers signed a memorandum of understanding on ...", "the signing of the ... Agreement".
  int signing(int s, const Mention& tm, int current) {
    const auto& sent = a_.tokens.sentences[s];
    // "Japan has signed similar agreements with a number of countries": a practice over the years, no one signing
    if (perfect_aspect(tm.begin)) {
      for (uint32_t t = tm.end; t < sent.end && t < tm.end + 5; ++t) {
        std::string_view w = norm(t);
        if (w == "agreements" || w == "memoranda" || w == "deals" || w == "accords" || w == "pacts") return -1;
      }
    }
    // "signed by A and B": the signatories, after "by"
    std::vector<int> signatories;
    for (uint32_t t = tm.end; t < sent.end && t < tm.end + 40; ++t) {
      if (norm(t) != "by") continue;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type == MentionType::kPerson && mm.begin > t &&
            std::find(signatories.begin(), signatories.end(), mm.entity) == signatories.end())
          signatories.push_back(mm.entity);
      }
      break;
    }
    // "The document was signed by A and B" after "the two ministers witnessed the signing of ...": the same
    // signing, whose signatories this sentence names
    // ("Fiji and Japan have signed an MOU." then "The MOU was signed in Suva yesterday by A and B": the lead's
    // signing, with no one named, gets its signatories, day and place)
    if (tm.begin > sent.begin && (norm(tm.begin - 1) == "was" || norm(tm.begin - 1) == "were")) {
      for (size_t f = frames_.size(); f-- > 0;) {
        if (frames_[f].e.kind != EngagementKind::kSigning || frames_[f].anchor_sentence >= s) continue;
        Frame& fr = frames_[f];
        const bool unsigned_lead = fr.people.empty() && !fr.witnessed && document_before(s, tm.begin) &&
                                   fr.e.status == EngagementStatus::kHeld;
        if (fr.anchor_sentence + 2 < s) break;
        // (an earlier agreement recalled with its own date between them is passed over)
        if (unsigned_lead && fr.e.date && !fr.witnessed) continue;
        if (!((fr.witnessed && !signatories.empty()) || unsigned_lead)) break;
        if (!signatories.empty()) {
          fr.people.clear();
          for (int who : signatories) add_person(fr, who);
        }
        fr.witnessed = false;
        if (unsigned_lead) refill_date_and_place(fr, s, tm.begin, tm.end);
        fr.e.evidence.push_back(sent.span);
        signing_told_in_ = s;  // the sentences that follow are this signing's
        return static_cast<int>(f);
      }
    }
    // "A and B on Wednesday signed a Joint Vision Statement ...", then "The document was signed once the two ministers
    // had concluded their talks at the ministry in Hanoi": the signing just told, named again (no signatory of its
    // own), whose sentence adds its place
    if (signatories.empty() && tm.begin > sent.begin + 1 &&
        (norm(tm.begin - 1) == "was" || norm(tm.begin - 1) == "were") && document_before(s, tm.begin) &&
        norm(sent.begin) == "the") {
      for (size_t f = frames_.size(); f-- > 0;) {
        Frame& fr = frames_[f];
        if (fr.e.kind != EngagementKind::kSigning || fr.anchor_sentence >= s) continue;
        if (fr.anchor_sentence + 1 != s || fr.people.size() != 2 || fr.e.status != EngagementStatus::kHeld) break;
        refill_date_and_place(fr, s, tm.begin, tm.end);
        fr.e.evidence.push_back(sent.span);
        signing_told_in_ = s;
        return static_cast<int>(f);
      }
    }
    // "Singapore and China on Sunday signed an upgraded defence pact." then "Defence Minister Ng and his Chinese
    // counterpart Wei put their signatures to the agreement at the Bayi Building": the lead's signing, with no one
    // named, is theirs (states agreeing, no other day told)
    if (const auto signers = people_around(s, tm.begin).first; signers.size() >= 2) {
      for (size_t f = frames_.size(); f-- > 0;) {
        Frame& fr = frames_[f];
        if (fr.e.kind != EngagementKind::kSigning || fr.anchor_sentence >= s) continue;
        if (fr.anchor_sentence + 2 < s || !fr.people.empty() || fr.witnessed || fr.e.status != EngagementStatus::kHeld)
          break;
        bool states_agree = true;
        for (int who : signers) {
          const auto c = person_country(who);
          states_agree =
              states_agree && (!c || fr.e.countries.empty() ||
                               std::find(fr.e.countries.begin(), fr.e.countries.end(), *c) != fr.e.countries.end());
        }
        const Frame probe = date_probe(s, tm.begin, tm.end, EngagementStatus::kHeld, EngagementKind::kSigning);
        if (!states_agree || (probe.e.date && fr.e.date && !(*probe.e.date == *fr.e.date))) break;
        for (int who : signers) add_person(fr, who);
        refill_date_and_place(fr, s, tm.begin, tm.end);
        fr.e.evidence.push_back(sent.span);
        signing_told_in_ = s;
        return static_cast<int>(f);
      }
    }
    // "Major-General X signed on behalf of the centre while ..., Vice-Admiral Y, appended his signature": the people
    // of the signing the sentence before told
    if (!sentence_has_entry(s, gazetteer::EntryType::kDocument)) {
      const bool on_behalf = tm.end + 2 < sent.end && norm(tm.end) == "on" && norm(tm.end + 1) == "behalf";
      if (!on_behalf) return -1;
      for (size_t f = frames_.size(); f-- > 0;) {
        Frame& fr = frames_[f];
        if (fr.e.kind != EngagementKind::kSigning || fr.anchor_sentence >= s) continue;
        if (fr.anchor_sentence + 2 < s || !fr.people.empty()) break;
        for (size_t m : by_sentence_[s]) {
          const auto& mm = a_.mentions[m];
          if (mm.type == MentionType::kPerson) add_person(fr, mm.entity);
        }
        fr.e.evidence.push_back(sent.span);
        return static_cast<int>(f);
      }
      return -1;
    }
    // (one signing a sentence, but "..., and concluded a Status of Forces Agreement with New Zealand in June last
    // year" after another is a second, with its own document after its own word)
    bool second_signing = false;
    if (int f0 = frame_in_sentence(s, EngagementKind::kSigning); f0 >= 0) {
      bool second = tm.begin > frames_[f0].anchor_token + 6 && norm(tm.begin - 1) == "and";
      if (second) {
        std::vector<gazetteer::PhraseMatch> found;
        bool document_after = false;
        for (uint32_t i = tm.end; i < sent.end && i < tm.end + 8 && !document_after; ++i) {
          found.clear();
          k_.matcher.match_at(a_.tokens, i, sent.end, found);
          for (const auto& m : found)
            document_after = document_after || m.entry.type == gazetteer::EntryType::kDocument;
        }
        second = document_after;
      }
      if (!second) return -1;
      second_signing = true;
      // the first signing's states are those named before the second's word
      auto& first_countries = frames_[f0].e.countries;
      first_countries.erase(std::remove_if(first_countries.begin(), first_countries.end(),
                                           [&](const std::string& code) {
                                             for (size_t m : by_sentence_[s]) {
                                               const auto& mm = a_.mentions[m];
                                               if (mm.type == MentionType::kCountry && mm.begin < tm.begin &&
                                                   k_.countries.all()[mm.id].code == code)
                                                 return false;
                                             }
                                             return true;
                                           }),
                            first_countries.end());
    }
    auto [before, after] = people_around(s, tm.begin);
    Frame fr = new_frame(s, tm, EngagementKind::kSigning, "triggers.tsv: " + k_.triggers[tm.id].phrase);
    // ("a memorandum of understanding was signed between A and B in Accra last Tuesday": a document told as new,
    // with a date, is a signing reported, not one referred to)
    const bool told_new = tm.begin > sent.begin && (norm(tm.begin - 1) == "was" || norm(tm.begin - 1) == "were") &&
                          indefinite_document_before(s, tm.begin) && !dates_by_sentence_[s].empty();
    const bool referred = document_before(s, tm.begin) && !told_new;
    // "took note of the MoU, signed by the two ministries": a document referred to, with no date or signatory
    // of its signing, tells no occasion
    if (referred && signatories.empty() && !date_governs(s, tm) && !status_for(s, tm.begin, tm.end, nullptr)) return -1;
    // "the two ministers witnessed the signing of ... (by A and B)": those before it only witness
    bool witnessed = false;
    for (uint32_t t = tm.begin; t > sent.begin && tm.begin - t < 4; --t) {
      witnessed = witnessed || norm(t - 1) == "witnessed" || norm(t - 1) == "witness" || norm(t - 1) == "witnessing";
    }
    fr.witnessed = witnessed && signatories.empty();
    // ("the two coast guards signed ...": bodies signed, not the people of the occasion under way)
    bool bodies_signed = false;
    if (tm.begin > sent.begin + 2) {
      std::string_view noun = norm(tm.begin - 1);
      const bool body = noun == "guards" || noun == "navies" || noun == "armies" || noun == "forces" ||
                        noun == "ministries" || noun == "militaries";
      for (uint32_t t = tm.begin - 1; body && t > sent.begin && tm.begin - t < 4; --t)
        bodies_signed = bodies_signed || norm(t - 1) == "two" || norm(t - 1) == "both";
    }
    if (!signatories.empty()) {
      // "witnessed the signing of X by A and B", "The MOU was signed in Suva by A and B"
      for (int who : signatories) add_person(fr, who);
    } else if (!referred && !witnessed && !bodies_signed) {
      for (int who : before) add_person(fr, who);
    }
    // ("signed a joint vision statement ..., a week after Chinese aircraft were reported near ...", "..., amid
    // tension with China": a clause of time or circumstance tells of something else, its states are not parties)
    uint32_t parties_end = sent.end;
    for (uint32_t t = tm.end; t + 1 < sent.end && parties_end == sent.end; ++t) {
      const std::string_view w = norm(t), p = norm(t - 1);
      const bool span_before = p == "week" || p == "weeks" || p == "days" || p == "day" || p == "month" ||
                               p == "months" || p == "year" || p == "years";
      if (w == "amid" || w == "despite" || ((w == "after" || w == "before") && span_before)) parties_end = t;
    }
    bool subject_taken = false;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.begin >= parties_end) break;
      // (a second signing of the sentence: its subject's state and the states after its own word)
      if (second_signing && mm.type == MentionType::kCountry && mm.begin < tm.begin) {
        if (subject_taken) continue;
        subject_taken = true;
      }
      if (mm.type == MentionType::kCountry && !inside_other_name(s, mm) && !geographic(mm))
        add_unique(fr.e.countries, k_.countries.all()[mm.id].code);
      // "the agreement with Hanoi": a capital after "with" stands for its state
      if (mm.type == MentionType::kPlace && k_.places[mm.id].type == "capital" && mm.begin > 0 &&
          norm(mm.begin - 1) == "with")
        add_unique(fr.e.countries, k_.places[mm.id].country);
    }
    // "the two sides/countries/ministries signed": the parties of the occasion being reported
    if (fr.e.countries.size() < 2 && current >= 0) {
      for (const auto& c : frame_countries(current)) add_unique(fr.e.countries, c);
    }
    // "signed in late July" is done; "will sign", "to sign" is planned
    if (tm.begin > 0) {
      std::string_view prev = norm(tm.begin - 1), first = norm(tm.begin);  // ("will sign" is a trigger of its own)
      auto modal = [](std::string_view w) { return w == "will" || w == "to" || w == "would" || w == "shall"; };
      // (a cue the sentence gives stays: "proposed that the two ministries sign a memorandum")
      if (modal(prev) || modal(first))
        fr.e.status = EngagementStatus::kPlanned;
      else if (first != "sign" || status_for(s, tm.begin, tm.end, nullptr) != EngagementStatus::kProposed)
        fr.e.status = EngagementStatus::kHeld;  // ("called for implementing the Agreement signed in July": done)
    }
    bool inherited = false;
    if (!referred && !witnessed && !bodies_signed && fr.people.empty() && current >= 0 &&
        frames_[current].e.status == EngagementStatus::kHeld &&
        frames_[current].e.kind != EngagementKind::kMultilateralMeeting) {
      for (int who : frames_[current].people) add_person(fr, who);  // "the two ministers signed ..."
      inherited = !fr.people.empty();
    }
    int f = push_frame(std::move(fr), s, tm.end);
    // "since the signing of the Statement in March 2018": a signing dated apart from the meeting being
    // reported is not its participants' doing (the text names no signatory)
    if (inherited && f != main_ && recalled(frames_[f])) frames_[f].people.clear();
    // signed at the meeting being reported: same day and place
    if (current >= 0 && !frames_[f].e.date && frames_[current].e.status == EngagementStatus::kHeld) {
      frames_[f].e.date = frames_[current].e.date;
      if (!frames_[f].e.location) frames_[f].e.location = frames_[current].e.location;
      frames_[f].same_occasion = true;
    }
    return f;
  }

  // "organise a conference regarding military cadet training in Vietnam", "agreed to hold ... an exchange
  // programme for their young officers": a conference, seminar, workshop, expo, ceremony or programme that the
  // reported meeting plans or proposes, with the meeting's two states and the areas its own phrase names.
  // (A held one told in passing is context the builder leaves alone.)
  int other_to_come(int s, const Mention& tm, int current) {
    if (frame_in_sentence(s, EngagementKind::kOther) >= 0) return -1;
    for (size_t mi : mech_by_sentence_[s]) {
      if (a_.mechanisms[mi].begin <= tm.begin && tm.end <= a_.mechanisms[mi].end) return -1;  // a named one
    }
    // "... the 5th dialogue in Laos, alongside an exchange programme": the plan told before it in the sentence
    int joined = -1;
    for (size_t f = 0; f < frames_.size(); ++f) {
      const auto& fr = frames_[f];
      if (fr.anchor_sentence == s && fr.e.status != EngagementStatus::kHeld && fr.anchor_token < tm.begin) {
        joined = static_cast<int>(f);
      }
    }
    std::string rule;
    auto status = status_for(s, tm.begin, tm.end, &rule);
    if (!status) {
      if (int f = took_part_in(s, tm, current); f >= 0) return f;
    }
    if (!status || *status == EngagementStatus::kHeld) {
      if (joined < 0) return -1;  // coordinated with no plan: told in passing
      status = frames_[joined].e.status;
      rule = "joined to a plan told before it in the sentence";
    }
    if (current < 0 || frames_[current].e.status != EngagementStatus::kHeld) return -1;
    auto parties = frame_countries(current);
    if (parties.size() != 2) return -1;
    Frame fr = new_frame(s, tm, EngagementKind::kOther, "triggers.tsv: " + k_.triggers[tm.id].phrase);
    fr.e.status = *status;
    explain(fr, "status", rule, tm.begin, tm.end);
    fr.e.countries = parties;
    // the areas its own phrase names: from the clause's start to its end
    const auto& sent = a_.tokens.sentences[s];
    uint32_t b = tm.begin, e = tm.end;
    while (b > sent.begin && norm(b - 1) != "," && norm(b - 1) != "and" && tm.begin - b < 6) --b;
    while (e < sent.end && norm(e) != "," && norm(e) != ";" && norm(e) != "." && e - tm.end < 10) ++e;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kArea && mm.begin >= b && mm.end <= e) add_unique(fr.e.areas, k_.area_ids[mm.id]);
    }
    int f = push_frame(std::move(fr), s, tm.end);
    // where the plan it joins is to be held
    if (!frames_[f].e.location && joined >= 0) frames_[f].e.location = frames_[joined].e.location;
    return f;
  }

  // "for sending military personnel to participate in the parades marking the 50th anniversary of X and the 80th
  // anniversary of Y": held parades, ceremonies or seminars another state took part in, one per anniversary
  // named, with the states of the sentence. -1 when no word of taking part governs the occasion.
  int took_part_in(int s, const Mention& tm, int current) {
    const auto& sent = a_.tokens.sentences[s];
    uint32_t t = tm.begin;
    while (t > sent.begin && tm.begin - t < 3 &&
           (norm(t - 1) == "the" || norm(t - 1) == "a" || norm(t - 1) == "military"))
      --t;
    if (t < sent.begin + 2) return -1;
    std::string_view w = norm(t - 1), v = norm(t - 2);
    const bool part =
        (w == "in" && (v == "participate" || v == "participated" || v == "participating" || v == "part")) ||
        w == "attend" || w == "attended" || w == "attending" || w == "joined";
    if (!part) return -1;
    std::vector<std::string> states;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kCountry && !geographic(mm)) add_unique(states, k_.countries.all()[mm.id].code);
    }
    // "He thanked Laos for sending personnel to take part in ...": the meeting being reported gives the other side
    if (states.size() == 1 && current >= 0) {
      for (const auto& c : frame_countries(current)) add_unique(states, c);
    }
    if (states.size() < 2) return -1;
    int occasions = 1;
    if (norm(tm.end - 1).ends_with("s")) {  // "the parades marking ... and ...": one per anniversary
      int anniversaries = 0;
      for (uint32_t u = tm.end; u < sent.end; ++u) anniversaries += norm(u) == "anniversary";
      occasions = std::max(1, std::min(anniversaries, 4));
    }
    int first = -1;
    for (int i = 0; i < occasions; ++i) {
      Frame fr =
          new_frame(s, tm, EngagementKind::kOther, "triggers.tsv: " + k_.triggers[tm.id].phrase + " (taken part in)");
      fr.e.status = EngagementStatus::kHeld;
      fr.e.countries = states;
      fr.sideline = false;  // told for context, not part of the event reported
      int f = push_frame(std::move(fr), s, tm.end);
      // "the 80th anniversary of the August Revolution": a date inside what is marked is no date of the occasion
      bool marked = false;
      for (uint32_t u = tm.end; u < sent.end && !marked; ++u) marked = norm(u) == "anniversary" || norm(u) == "marking";
      if (marked) frames_[f].e.date.reset(), frames_[f].e.end_date.reset();
      if (first < 0) first = f;
    }
    return first;
  }

  // "joint exercise", "joint patrol", or an exercise with a status or date ("will hold a drill in May").
  int exercise(int s, const Mention& tm, int current, bool strong) {
    if (frame_in_sentence(s, EngagementKind::kExercise) >= 0) return -1;
    // "India-Sri Lanka Joint Training Exercise Mitra Shakti-2015 commenced": the words name the exercise that
    // follows them, told already (in the headline): its states are these
    for (size_t mi : mech_by_sentence_[s]) {
      const auto& mech = a_.mechanisms[mi];
      if (mech.kind != EngagementKind::kExercise || mech.begin < tm.begin || mech.begin > tm.end + 1) continue;
      for (size_t f = 0; f < frames_.size(); ++f) {
        if (!frames_[f].e.mechanism || normalize::fold(*frames_[f].e.mechanism) != normalize::fold(mech.canonical))
          continue;
        for (size_t m : by_sentence_[s]) {
          const auto& cm = a_.mentions[m];
          if (cm.type == MentionType::kCountry && cm.end <= tm.begin && !geographic(cm))
            add_unique(frames_[f].e.countries, k_.countries.all()[cm.id].code);
        }
        return static_cast<int>(f);
      }
    }
    std::string rule;
    bool has_status = status_for(s, tm.begin, tm.end, &rule).has_value();
    const auto& sent = a_.tokens.sentences[s];
    if (!strong && !has_status && !date_governs(s, tm)) return -1;
    if (generic_plural(s, tm, has_status)) return -1;
    // "reviewed ... their navies' bilateral exercise": a series named as a topic, with no day, plan or name of an
    // edition, is no occasion
    if (!has_status && !date_governs(s, tm)) {
      uint32_t t = tm.begin;
      while (t > sent.begin && tm.begin - t < 3 && lower_word(t - 1) &&
             !a_.tokens.tokens[t - 1].has(segment::kPossessive))
        --t;
      if (t > sent.begin && a_.tokens.tokens[t - 1].has(segment::kPossessive)) return -1;
    }
    // "The exercise, held every year since 2009, ...", "this drill": the bare noun after a determiner refers
    // back to the exercise already reported, it is not another one
    if (tm.end == tm.begin + 1 && tm.begin > sent.begin) {
      std::string_view det = norm(tm.begin - 1);
      if (det == "the" || det == "this" || det == "that" || det == "these") {
        for (size_t f = frames_.size(); f-- > 0;) {
          if (frames_[f].e.kind == EngagementKind::kExercise && frames_[f].anchor_sentence < s) {
            return frames_[f].e.status == EngagementStatus::kHeld ? static_cast<int>(f) : -1;
          }
        }
      }
    }
    // "exercise restraint", "exercises its right": a verb, not an occasion
    if (tm.end < sent.end && (norm(tm.end) == "restraint" || norm(tm.end) == "its" || norm(tm.end) == "their"))
      return -1;
    // the exercise already reported, told again ("India-France joint military exercise held at Bikaner" in the
    // headline, "the 14-day joint exercise 'Shakti-2019' ... was held ... on Friday" in the lead, "The 14 days
    // joint exercise will ..."): the latest held exercise, when this one is not planned, names no other
    // exercise, no other state and no other day
    if (!has_status) {
      if (int f = same_exercise(s, tm); f >= 0) {
        refill_date_and_place(frames_[f], s, tm.begin, tm.end);
        return f;
      }
    }
    Frame fr = new_frame(s, tm, EngagementKind::kExercise, "triggers.tsv: " + k_.triggers[tm.id].phrase);
    // "the Rim of the Pacific (RIMPAC) exercise": the exercise named right before its word
    for (size_t mi : mech_by_sentence_[s]) {
      const auto& mm = a_.mechanisms[mi];
      if (mm.kind != EngagementKind::kExercise || mm.canonical.empty() || mm.end > tm.begin || tm.begin - mm.end > 1)
        continue;
      fr.e.mechanism = mm.canonical;
      fr.e.name = mm.name;
      fr.e.ordinal = mm.ordinal;
      fr.mechanism = &mm;
      explain(fr, "mechanism", "mechanisms.tsv: " + mm.canonical + " (named before the exercise word)", mm.begin,
              mm.end);
    }
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kCountry && !inside_other_name(s, mm) && !geographic(mm))
        add_unique(fr.e.countries, k_.countries.all()[mm.id].code);
    }
    if (fr.e.countries.size() < 2 && current >= 0) {
      for (const auto& c : frame_countries(current)) add_unique(fr.e.countries, c);
    }
    add_unique(fr.e.areas, "exercises");
    // the people who agree or propose an exercise to come do not train in it
    // (nor do those who report it: "Collins told Teodoro that a navy ship would join ... a maritime activity")
    if (fr.e.status == EngagementStatus::kHeld) {
      uint32_t reported_from = 0;
      for (uint32_t t = a_.tokens.sentences[s].begin + 1; t < tm.begin; ++t) {
        if (norm(t) != "that") continue;
        for (uint32_t u = t; u > a_.tokens.sentences[s].begin && u + 6 > t; --u) {
          const std::string_view v = norm(u - 1);
          if (v == "told" || v == "said" || v == "informed" || v == "assured" || v == "announced" || v == "noted")
            reported_from = t;
        }
      }
      for (size_t m : by_sentence_[s]) {
        const auto& pm = a_.mentions[m];
        if (pm.type == MentionType::kPerson && pm.begin >= reported_from) add_person(fr, pm.entity);
      }
    }
    return push_frame(std::move(fr), s, tm.end);
  }

  int same_exercise(int s, const Mention& tm) {
    int f = -1;
    for (size_t i = frames_.size(); i-- > 0;) {
      if (frames_[i].e.kind == EngagementKind::kExercise && frames_[i].anchor_sentence < s) {
        f = static_cast<int>(i);
        break;
      }
    }
    if (f < 0 || frames_[f].e.status != EngagementStatus::kHeld) return -1;
    const Frame& ex = frames_[f];
    for (size_t mi : mech_by_sentence_[s]) {
      const auto& mm = a_.mechanisms[mi];
      if (mm.end + 3 >= tm.begin && mm.begin <= tm.end + 3 && !(ex.mechanism == &mm)) {
        if (!ex.e.mechanism || mm.canonical.empty() ||
            normalize::fold(mm.canonical) != normalize::fold(*ex.e.mechanism))
          return -1;
      }
    }
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kCountry || geographic(mm) || inside_other_name(s, mm)) continue;
      const std::string& code = k_.countries.all()[mm.id].code;
      // (an exercise whose states are not yet known names none that this one could differ by)
      if (!ex.e.countries.empty() &&
          std::find(ex.e.countries.begin(), ex.e.countries.end(), code) == ex.e.countries.end())
        return -1;
    }
    const Frame probe = date_probe(s, tm.begin, tm.end, EngagementStatus::kHeld);
    if (probe.e.date && ex.e.date && !(*probe.e.date == *ex.e.date)) return -1;
    return f;
  }

  // "paves the way for more complex joint exercises", "joint exercises between the two navies have grown":
  // a plural with no status, no date of its own and no verb of holding before it is the practice in
  // general, not one occasion ("the navies held joint exercises off Guam" is one).
  bool generic_plural(int s, const Mention& tm, bool has_status) const {
    if (has_status || !norm(tm.end - 1).ends_with("s") || date_governs(s, tm)) return false;
    static const std::set<std::string_view> holding = {"held",      "hold",     "holding", "conducted", "conduct",
                                                       "staged",    "launched", "began",   "begun",     "completed",
                                                       "concluded", "wrapped",  "kicked",  "opened",    "carried"};
    const auto& sent = a_.tokens.sentences[s];
    for (uint32_t t = tm.begin; t > sent.begin && tm.begin - t < 5; --t) {
      if (holding.count(norm(t - 1))) return false;
    }
    for (size_t mi : mech_by_sentence_[s]) {
      if (a_.mechanisms[mi].end >= tm.begin && a_.mechanisms[mi].begin <= tm.end) return false;  // a named one
    }
    return true;
  }

  // A date that belongs to trigger tm: in the same clause, close to it, with no other occasion's trigger
  // between them ("the exercises ... the Arrangement, which was signed in June 2020": the date is the
  // signing's). A bare plural ("military exercises between the two countries") is the practice in general.
  bool date_governs(int s, const Mention& tm) const {
    if (norm(tm.end - 1).ends_with("s")) {
      bool named = false;
      for (size_t mi : mech_by_sentence_[s])
        named = named || (a_.mechanisms[mi].end >= tm.begin && a_.mechanisms[mi].begin <= tm.begin);
      if (!named) return false;
    }
    auto clear = [&](uint32_t b, uint32_t e) {
      for (uint32_t t = b; t < e; ++t) {
        if (norm(t) == ";" || norm(t) == "which" || norm(t) == "when") return false;
      }
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type == MentionType::kTrigger && &mm != &tm && mm.begin >= b && mm.end <= e &&
            k_.triggers[mm.id].kind != EngagementKind::kExercise) {
          return false;
        }
      }
      return true;
    };
    for (size_t di : dates_by_sentence_[s]) {
      const auto& d = a_.dates[di];
      if (d.vague) continue;
      if (d.begin >= tm.end && d.begin - tm.end <= 15 && clear(tm.end, d.begin)) return true;
      if (d.end <= tm.begin && tm.begin - d.end <= 12 && clear(d.end, tm.begin)) return true;
    }
    return false;
  }

  std::vector<std::string> frame_countries(int f) const {
    std::vector<std::string> out = frames_[f].e.countries;
    for (int who : frames_[f].people) {
      if (auto c = a_.people[who].country) add_unique(out, *c);
    }
    if (out.size() < 2) {
      for (int who : frames_[f].people) {
        auto home = outlet_country_ ? outlet_country_ : a_.home_country;
        if (who == protagonist_ && !a_.people[who].country && home) add_unique(out, *home);
      }
    }
    return out;
  }

  bool inside_planned_name(int s, const Mention& area) const {
    for (size_t mi : mech_by_sentence_[s]) {
      const auto& mm = a_.mechanisms[mi];
      if (area.begin >= mm.begin && area.end <= mm.end) return true;
    }
    return false;
  }

  // "Staff Talks" is a shorter name of "Navy Staff Talks": the last words of it, whole words
  static bool word_suffix(std::string_view longer, std::string_view shorter) {
    if (shorter.empty() || shorter.size() >= longer.size()) return false;
    std::string l = normalize::fold(std::string(longer)), sh = normalize::fold(std::string(shorter));
    return l.ends_with(sh) && l[l.size() - sh.size() - 1] == ' ';
  }

  // A mechanism built from states and a short type ("India-Mozambique Staff Talks") when a frame already names
  // the same states' mechanism with a longer type ending so ("India-Mozambique Navy Staff Talks"): that name.
  std::optional<std::string> fuller_mechanism(const std::string& built,
                                              const std::vector<std::string>& countries) const {
    for (const auto& fr : frames_) {
      if (!fr.e.mechanism || !fr.mechanism || fr.e.countries.size() != countries.size()) continue;
      if (!std::is_permutation(countries.begin(), countries.end(), fr.e.countries.begin())) continue;
      const std::string& type = fr.mechanism->type_name;
      if (type.empty()) continue;
      // the built name's type is a word suffix of the frame's type, and both start with the same states
      const size_t cut = fr.e.mechanism->size() - type.size();
      if (fr.e.mechanism->size() < type.size() || built.size() <= cut) continue;
      if (normalize::fold(built.substr(0, cut)) != normalize::fold(fr.e.mechanism->substr(0, cut))) continue;
      if (word_suffix(type, built.substr(cut))) return fr.e.mechanism;
    }
    return std::nullopt;
  }

  int find_mechanism_frame(const MechanismMention& mm, EngagementStatus status) const {
    for (size_t f = 0; f < frames_.size(); ++f) {
      const auto& e = frames_[f].e;
      if (!frames_[f].mechanism) continue;
      bool same_mech =
          !mm.canonical.empty() && e.mechanism && normalize::fold(*e.mechanism) == normalize::fold(mm.canonical);
      // the body's "their fourth defence policy dialogue" after the headline's "Vietnam, Cambodia hold fourth
      // defence policy dialogue": the same type and ordinal, no states of its own
      if (mm.needs_states && mm.ordinal && e.ordinal && *mm.ordinal == *e.ordinal && e.status == status &&
          (frames_[f].mechanism->type_name == mm.type_name ||
           word_suffix(frames_[f].mechanism->type_name, mm.type_name) ||
           word_suffix(mm.type_name, frames_[f].mechanism->type_name)))
        same_mech = true;
      // "their annual defense policy dialogue in Hanoi on Thursday" after the headline's "... at 11th defense policy
      // dialogue": the same type, no ordinal or states of its own, told again with the day the first mention lacked
      if (mm.needs_states && !mm.ordinal && !mm.year && !e.date && e.status == status &&
          status == EngagementStatus::kHeld && frames_[f].mechanism->type_name == mm.type_name && mm.begin > 0 &&
          norm(mm.begin - 1) != "next" && norm(mm.begin - 1) != "previous" && norm(mm.begin - 1) != "last" &&
          norm(mm.begin - 1) != "upcoming")
        same_mech = true;
      if (!same_mech) continue;
      if (mm.ordinal && e.ordinal && *mm.ordinal != *e.ordinal) continue;
      if ((mm.ordinal.has_value() != e.ordinal.has_value()) && e.status != status) continue;
      // editions told by year ("Sharp Knife-2011" held, the next one planned)
      const auto& year = frames_[f].mechanism->year;
      if (mm.year && year && *mm.year != *year) continue;
      if (mm.year.has_value() != year.has_value() && e.status != status) continue;
      return static_cast<int>(f);
    }
    return -1;
  }

  // "the 14-day joint exercise 'Shakti-2019'", "The exercise, named X,": an exercise's name in apposition to "the
  // ... exercise" refers to one told before
  bool renames_exercise(const MechanismMention& mm) const {
    uint32_t t = mm.begin;
    const uint32_t first = a_.tokens.sentences[a_.tokens.sentence_of(mm.begin)].begin;
    auto quote = [&](uint32_t i) {
      std::string_view w = a_.tokens.text_of(i);
      return w == "\"" || w == "'" || w == "\xe2\x80\x9c" || w == "\xe2\x80\x98";
    };
    while (t > first && quote(t - 1)) --t;
    // "The exercise, named Al-Mohed Al-Hindi 2021, opened on Monday", "the joint training code-named 'X'"
    if (t > first + 1) {
      std::string_view w = norm(t - 1);
      if (w == "named" || w == "called" || w == "dubbed" || w == "codenamed" || w == "code-named") {
        --t;
        if (w == "named" && t > first + 2 && norm(t - 1) == "-" && norm(t - 2) == "code") t -= 2;
        if (t > first && norm(t - 1) == ",") --t;
      }
    }
    if (t == first || (!k_.grammar.is(norm(t - 1), gazetteer::WordClass::kExerciseNoun) && norm(t - 1) != "training"))
      return false;
    for (uint32_t u = t - 1; u > first && t - u <= 5; --u) {
      if (norm(u - 1) == "the" || norm(u - 1) == "this") return true;
    }
    return false;
  }

  // The headline's "14th defence policy dialogue" (a type without states) and the body's "14th
  // Vietnam-India Defence Policy Dialogue" are one occasion: the named mention completes the frame the
  // unnamed one opened (same type, same ordinal or none, same status). Returns the frame, or -1.
  int upgrade_unnamed(const MechanismMention& mm, EngagementStatus status) {
    if (mm.needs_states || mm.canonical.empty()) return -1;
    // "India-France joint military exercise held at Bikaner" (headline), then "the joint exercise 'Shakti-2019'":
    // the latest exercise, reported without a name, is the one now named
    if (mm.kind == EngagementKind::kExercise && renames_exercise(mm)) {
      for (size_t f = frames_.size(); f-- > 0;) {
        auto& fr = frames_[f];
        if (fr.e.kind != EngagementKind::kExercise) continue;
        if (fr.mechanism || fr.e.mechanism || fr.e.status != status) break;
        if (!std::all_of(mm.countries.begin(), mm.countries.end(), [&](const std::string& c) {
              return std::find(fr.e.countries.begin(), fr.e.countries.end(), c) != fr.e.countries.end();
            }))
          break;
        fr.e.mechanism = mm.canonical;
        fr.e.name = mm.name;
        if (mm.ordinal) fr.e.ordinal = mm.ordinal;
        fr.mechanism = &mm;
        explain(fr, "mechanism", "the exercise told before, now named: " + mm.canonical, mm.begin, mm.end);
        return static_cast<int>(f);
      }
    }
    for (size_t f = 0; f < frames_.size(); ++f) {
      auto& fr = frames_[f];
      if (!fr.mechanism || !fr.mechanism->needs_states || fr.e.status != status) continue;
      if (fr.e.mechanism && normalize::fold(*fr.e.mechanism) != normalize::fold(mm.canonical)) continue;
      if (!normalize::fold(mm.canonical).ends_with(normalize::fold(fr.mechanism->type_name))) continue;
      if (mm.ordinal && fr.e.ordinal && *mm.ordinal != *fr.e.ordinal) continue;
      fr.e.mechanism = mm.canonical;
      fr.e.name = mm.name;
      if (mm.ordinal) fr.e.ordinal = mm.ordinal;
      for (const auto& c : mm.countries) add_unique(fr.e.countries, c);
      fr.mechanism = &mm;
      explain(fr, "mechanism", "named later in full: " + mm.canonical, mm.begin, mm.end);
      return static_cast<int>(f);
    }
    return -1;
  }

  // A meeting this sentence's subject already leads with a counterpart known only by state.
  int find_bilateral_of_lead(int lead) const {
    for (size_t f = 0; f < frames_.size(); ++f) {
      if (frames_[f].lead == lead && frames_[f].counterpart < 0 && frames_[f].e.kind != EngagementKind::kVisit) {
        return static_cast<int>(f);
      }
    }
    return -1;
  }

  // "his Vietnamese counterpart", "her Thai counterpart" with no name, or, after the meeting word, "(for) the
  // visiting Indian delegation", "a Lao military delegation": that state.
  std::optional<std::string> unnamed_counterpart_state(int s, uint32_t after) const {
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kCountry || !mm.demonym || mm.begin == 0 || mm.end >= sent_end(s)) continue;
      std::string_view det = norm(mm.begin - 1);
      if (norm(mm.end) == "counterpart" && (det == "his" || det == "her" || det == "their" || det == "its")) {
        return k_.countries.all()[mm.id].code;
      }
      uint32_t n = mm.end;
      if (n + 1 < sent_end(s) && (norm(n) == "military" || norm(n) == "defence" || norm(n) == "army" ||
                                  norm(n) == "navy" || norm(n) == "high-level" || norm(n) == "naval")) {
        ++n;
      }
      if (mm.begin >= after && n < sent_end(s) && norm(n) == "delegation") return k_.countries.all()[mm.id].code;
      // "to hold talks with Tongan defence officials"
      if (mm.begin >= after && mm.begin <= after + 2 && n < sent_end(s) &&
          (norm(n) == "officials" || norm(n) == "counterparts" || norm(n) == "authorities" || norm(n) == "officers"))
        return k_.countries.all()[mm.id].code;
    }
    return std::nullopt;
  }

  // "his counterparts from the United Arab Emirates, the UK, Maldives and Oman", "defence chiefs of Kenya and
  // Ghana": the states of a list of counterparts named only by state, two or more.
  std::vector<std::string> listed_counterpart_states(int s, uint32_t after) const {
    const uint32_t end = sent_end(s);
    uint32_t t = after;
    while (t < end && t < after + 5 && norm(t) != "counterparts" && norm(t) != "counterpart" &&
           norm(t) != "ministers" && norm(t) != "chiefs")
      ++t;
    // ("back-to-back meetings with the defense ministers of Cameroon, Canada and Finland")
    if (t + 2 >= end || (norm(t) != "counterparts" && norm(t) != "ministers" && norm(t) != "chiefs") ||
        (norm(t + 1) != "from" && norm(t + 1) != "of"))
      return {};
    std::vector<std::string> states;
    uint32_t at = t + 2;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.begin < at) continue;
      if (mm.type != MentionType::kCountry || mm.demonym) break;
      // only separators between the list's items: ",", "and", "the", "as well as"
      for (uint32_t u = at; u < mm.begin; ++u) {
        std::string_view w = norm(u);
        if (w != "," && w != "and" && w != "the" && w != "as" && w != "well")
          return states.size() >= 2 ? states : std::vector<std::string>{};
      }
      add_unique(states, k_.countries.all()[mm.id].code);
      at = mm.end;
    }
    return states.size() >= 2 ? states : std::vector<std::string>{};
  }

  // The meeting opened for a counterpart listed only by state (above) that `who`, of that state, now names.
  // Either may be the sentence's subject: "Minister A of Kyrgyzstan and Singh agreed ...".
  // "the two ministers", not "the two countries": a party noun for people
  static bool people_noun(std::string_view w) {
    return w == "ministers" || w == "leaders" || w == "chiefs" || w == "commanders" || w == "officials" ||
           w == "generals" || w == "secretaries" || w == "admirals" || w == "delegations";
  }

  // A sentence opening "During/At/In the <A>-<B> talks," (two states before the occasion's noun): the held bilateral
  // meeting of exactly those two states told before, or -1.
  int opening_states_frame(int s) const {
    const auto& sent = a_.tokens.sentences[s];
    std::string_view w = norm(sent.begin);
    if (sent.begin + 4 > sent.end || (w != "during" && w != "at" && w != "in") || norm(sent.begin + 1) != "the")
      return -1;
    uint32_t comma = sent.begin + 2;
    while (comma < sent.end && comma < sent.begin + 12 && norm(comma) != ",") ++comma;
    if (comma >= sent.end || norm(comma) != ",") return -1;
    std::vector<std::string> states;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kCountry && mm.begin > sent.begin + 1 && mm.end <= comma)
        add_unique(states, k_.countries.all()[mm.id].code);
    }
    if (states.size() != 2) return -1;
    for (size_t f = 0; f < frames_.size(); ++f) {
      const auto& fr = frames_[f];
      if (fr.e.kind != EngagementKind::kBilateralMeeting || fr.e.status != EngagementStatus::kHeld ||
          fr.anchor_sentence >= s)
        continue;
      const auto cs = frame_countries(static_cast<int>(f));
      if (cs.size() == 2 && std::is_permutation(cs.begin(), cs.end(), states.begin())) return static_cast<int>(f);
    }
    return -1;
  }

  int listed_state_frame(int lead, int who) const {
    // ("The defense chiefs of South Korea and Romania held talks Friday." then "Lee met his Romanian counterpart
    // Tilvar": the meeting of the two states, no one named, is theirs)
    if (const auto a = person_country(lead), b = person_country(who); a && b && *a != *b) {
      for (size_t f = 0; f < frames_.size(); ++f) {
        const auto& fr = frames_[f];
        if (fr.people.empty() && fr.e.kind == EngagementKind::kBilateralMeeting && fr.e.countries.size() == 2 &&
            fr.e.status == EngagementStatus::kHeld &&
            std::find(fr.e.countries.begin(), fr.e.countries.end(), *a) != fr.e.countries.end() &&
            std::find(fr.e.countries.begin(), fr.e.countries.end(), *b) != fr.e.countries.end())
          return static_cast<int>(f);
      }
    }
    for (auto [host, guest] : {std::pair{lead, who}, std::pair{who, lead}}) {
      const auto state = person_country(guest);
      if (!state) continue;
      for (size_t f = 0; f < frames_.size(); ++f) {
        const auto& fr = frames_[f];
        if (fr.lead == host && fr.counterpart < 0 && fr.e.kind != EngagementKind::kVisit &&
            fr.e.countries.size() == 1 && fr.e.countries.front() == *state && fr.people.size() == 1)
          return static_cast<int>(f);
      }
    }
    return -1;
  }

  int find_bilateral(int lead, int who) const {
    auto it = bilateral_of_.find({std::min(lead, who), std::max(lead, who)});
    return it == bilateral_of_.end() ? -1 : it->second;
  }

  void add_person(Frame& f, int who) {
    if (who < 0) return;
    if (std::find(f.people.begin(), f.people.end(), who) == f.people.end()) f.people.push_back(who);
  }

  // The location a place mention gives. A city, capital or base is the city; a state, region or island
  // only gives its country ("in Sarawak": city null), and so does a province written as one ("Kampong
  // Speu province", "the province of Quang Ninh") or named by a compass point ("East Java"). A bare
  // province name written "<name>, <Country>" is read as its same-named capital ("Siem Reap, Cambodia").
  Location place_location(const Mention& mm) const {
    const auto& p = k_.places[mm.id];
    Location loc{p.name, p.country};
    // ("Naypyitaw" as written, where the name has several accepted English spellings)
    if (!p.written_forms.empty()) {
      const std::string written = normalize::fold(std::string(a_.tokens.span_of(mm.begin, mm.end).of(a_.tokens.text)));
      for (const auto& form : p.written_forms) {
        if (normalize::fold(form) == written) loc.city = form;
      }
    }
    const auto& toks = a_.tokens.tokens;
    auto at = [&](size_t i) { return i < toks.size() ? norm(i) : std::string_view(); };
    if (p.type == "state" || p.type == "region" || p.type == "island") {
      bool city_style = at(mm.end) == "," && mm.end + 1 < toks.size() && country_mention_at(mm.end + 1);
      if (!city_style || p.type != "state") loc.city.reset();
    } else if (p.type == "province") {
      std::string_view first = norm(mm.begin);
      bool compass = first == "east" || first == "west" || first == "north" || first == "south" || first == "central" ||
                     first == "northern" || first == "southern" || first == "eastern" || first == "western";
      bool written_as_province = at(mm.end) == "province" || at(mm.end) == "provinces" ||
                                 (mm.begin >= 2 && norm(mm.begin - 1) == "of" && norm(mm.begin - 2) == "province");
      // "Tay Ninh city", "the city of Tay Ninh": the province's capital of the same name
      bool written_as_city =
          at(mm.end) == "city" || (mm.begin >= 2 && norm(mm.begin - 1) == "of" && norm(mm.begin - 2) == "city");
      if ((compass || written_as_province) && !written_as_city) loc.city.reset();
    }
    return loc;
  }

  bool country_mention_at(size_t t) const {
    int s = static_cast<int>(a_.tokens.sentence_of(t));
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.begin == t && mm.type == MentionType::kCountry && !mm.demonym) return true;
    }
    return false;
  }

  // "a visit to the US from ...": a form that is also an adjective ("US forces"), used as a noun.
  bool noun_use(const Mention& mm, uint32_t sent_end) const {
    if (mm.begin == 0 || norm(mm.begin - 1) != "the") return false;
    if (mm.end >= sent_end) return true;
    const auto& next = a_.tokens.tokens[mm.end];
    if (!next.has(segment::kAlpha)) return !next.has(segment::kPossessive);
    std::string_view w = norm(mm.end);
    return w == "from" || w == "in" || w == "on" || w == "at" || w == "to" || w == "and" || w == "for" || w == "last" ||
           w == "this" || w == "next" || w == "later" || w == "earlier" || w == "since";
  }

  // A state's name that is the subject of a verb, even where the same word is its demonym ("Brunei will host the
  // 8th ADMM-Plus": not "Brunei Defence Minister").
  bool state_as_subject(const Mention& mm) const {
    if (!mm.demonym) return true;
    if (mm.end >= a_.tokens.tokens.size()) return false;
    const std::string_view w = norm(mm.end);
    return w == "will" || w == "would" || w == "is" || w == "was" || w == "has" || w == "had" || w == "hosts" ||
           w == "hosted" || w == "plans" || w == "intends";
  }

  // A base or port "in the central city of Da Nang", "at Gia Lam Airport in Hanoi": the city it is in.
  std::optional<Location> city_after_base(int s, const Mention& base) const {
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kPlace || mm.begin < base.end || mm.begin > base.end + 10) continue;
      const auto& p = k_.places[mm.id];
      if ((p.type == "city" || p.type == "capital") && p.country == k_.places[base.id].country &&
          place_preposition(mm.begin)) {
        bool clause = true;
        for (uint32_t t = base.end; t < mm.begin; ++t) clause = clause && norm(t) != "," && norm(t) != "and";
        if (clause) return Location{p.name, p.country};
      }
      // "at the ministry in Yongsan, central Seoul": a city of its state right after the base's comma
      static const std::set<std::string_view> part = {"central", "downtown", "northern", "southern", "eastern",
                                                      "western", "north",    "south",    "east",     "west"};
      if ((p.type == "city" || p.type == "capital") && p.country == k_.places[base.id].country &&
          norm(base.end) == "," &&
          (mm.begin == base.end + 1 || (mm.begin == base.end + 2 && part.count(norm(base.end + 1)))))
        return Location{p.name, p.country};
    }
    return std::nullopt;
  }

  // The capital city of a state, from places.tsv ("in the Indonesian capital").
  std::optional<Location> capital_of(const std::string& code) const {
    for (const auto& p : k_.places) {
      if (p.type == "capital" && p.country == code) return Location{p.name, p.country};
    }
    return std::nullopt;
  }

  // Words that put a place as where the occasion is: "in Hanoi", "at Camp Aguinaldo", "off Darwin",
  // "across the Northern Territory", "aboard", "visit(ing) X", "a visit to X", "hosted in".
  // "docked at Pier 15, South Harbor, Manila": a place after a comma that closes a chain opened by "at"/"in"
  // a few words before.
  bool comma_chain_place(int s, uint32_t b) const {
    if (b == 0 || norm(b - 1) != ",") return false;
    for (uint32_t t = b - 1; t > a_.tokens.sentences[s].begin && b - t < 8; --t) {
      if (norm(t - 1) == "at" || norm(t - 1) == "in") return true;
    }
    return false;
  }

  // A person's state came only from a guess (the article's home country, the dateline's state), not the text.
  bool state_guessed(int who) const {
    const auto& rule = a_.people[who].country_rule;
    return rule == "home country of the article" || rule == "dateline";
  }

  // "in Guilin, Guangxi": capitalised words no list knows (one to three), after "in" or "at" and before the comma
  // that precedes place mention mm, name a town of mm's state.
  std::optional<Location> unknown_town_before(int s, const Mention& mm) const {
    if (mm.begin < 3 || norm(mm.begin - 1) != ",") return std::nullopt;
    const uint32_t comma = mm.begin - 1, first = a_.tokens.sentences[s].begin;
    uint32_t r = comma;
    while (r > first && comma - r < 3 && a_.tokens.tokens[r - 1].has(segment::kAlpha) &&
           a_.tokens.tokens[r - 1].has(segment::kCapitalized))
      --r;
    if (r == comma || r <= first || !(norm(r - 1) == "in" || norm(r - 1) == "at")) return std::nullopt;
    // (not a building or a body: "at Naval Headquarters, Rawalpindi", "at Camp Aguinaldo, Quezon City")
    for (uint32_t t = r; t < comma; ++t) {
      const std::string_view w = norm(t);
      if (k_.grammar.is(w, gazetteer::WordClass::kPlaceNoun) || k_.grammar.is(w, gazetteer::WordClass::kNotName) ||
          w == "headquarters" || w == "ministry" || w == "command" || w == "office" || w == "academy" ||
          w == "university" || w == "centre" || w == "center" || w == "complex" || w == "compound" || w == "island" ||
          w == "harbour" || w == "harbor" || w == "pier" || w == "wharf")
        return std::nullopt;
    }
    for (size_t m : by_sentence_[s]) {
      const auto& other = a_.mentions[m];
      if (other.begin < comma && other.end > r) return std::nullopt;  // a state, place, person or name known there
    }
    for (size_t mi : mech_by_sentence_[s]) {
      if (a_.mechanisms[mi].begin < comma && a_.mechanisms[mi].end > r) return std::nullopt;
    }
    std::optional<std::string> country;
    if (mm.type == MentionType::kPlace) country = k_.places[mm.id].country;
    if (mm.type == MentionType::kCountry && !mm.demonym) country = k_.countries.all()[mm.id].code;
    if (!country) return std::nullopt;
    return Location{std::string(a_.tokens.span_of(r, comma).of(a_.tokens.text)), *country};
  }

  bool place_preposition(uint32_t b) const {
    if (b == 0) return false;
    uint32_t i = b;
    if (norm(i - 1) == "the" && i >= 2) --i;  // "across the Northern Territory", "in the city of"
    std::string_view w = norm(i - 1);
    if (w == "in" || w == "at" || w == "off" || w == "across" || w == "aboard" || w == "visiting" || w == "visit" ||
        w == "visited" || w == "visits" || w == "into")  // ("sailed into Da Nang")
      return true;
    if (w == "of" && i >= 2 &&
        (norm(i - 2) == "city" || norm(i - 2) == "province" || norm(i - 2) == "capital" || norm(i - 2) == "port" ||
         norm(i - 2) == "coast" || norm(i - 2) == "waters" || norm(i - 2) == "town")) {
      return true;  // "in the northern city of Da Nang", "arrived at the port of Trincomalee"
    }
    // "in the capital Ankara", "in the port city Karachi": a noun of place in apposition after "in the"
    if ((w == "capital" || w == "city" || w == "town") && i >= 3) {
      uint32_t k = i - 1;
      if (k >= 1 && (norm(k - 1) == "port" || norm(k - 1) == "coastal" || norm(k - 1) == "border")) --k;
      return k >= 2 && norm(k - 1) == "the" && (norm(k - 2) == "in" || norm(k - 2) == "at");
    }
    return w == "to" && i >= 2 &&
           (norm(i - 2) == "visit" || norm(i - 2) == "trip" || norm(i - 2) == "call" || norm(i - 2) == "visits" ||
            norm(i - 2) == "tour" || norm(i - 2) == "journey" || norm(i - 2) == "travelled" ||
            norm(i - 2) == "traveled" || norm(i - 2) == "flew" || norm(i - 2) == "paid" || norm(i - 2) == "made");
  }

  // Where a state hosting an occasion puts it when no place is told: its own state; a city-state's capital shares its
  // name ("Singapore will host": Singapore, SGP).
  Location state_location(const std::string& code) const {
    Location loc{std::nullopt, code};
    if (const auto* c = k_.countries.by_code(code)) {
      for (const auto& p : k_.places) {
        if (p.country == code && p.type == "capital" && normalize::fold(p.name) == normalize::fold(c->name)) {
          loc.city = p.name;
          break;
        }
      }
    }
    return loc;
  }

  // "Laos will host next year's ADMM-Plus", "Vietnam will host the fifth meeting": the host before the
  // anchor; "the meeting hosted by Malaysia": the host after it.
  std::optional<Location> host_place(int s, const Frame& f, uint32_t after) const {
    const auto& sent = a_.tokens.sentences[s];
    // "host" shortly before the anchor
    for (uint32_t t = f.anchor_token; t > sent.begin && f.anchor_token - t < 8; --t) {
      std::string_view w = norm(t - 1);
      if (w == "host" || w == "hosts" || w == "hosting" || w == "hosted") {
        const Mention* best = nullptr;
        for (size_t m : by_sentence_[s]) {
          const auto& mm = a_.mentions[m];
          if (mm.end > t - 1 || (t - 1) - mm.end > 25) continue;
          bool possessive = mm.end < sent.end && a_.tokens.tokens[mm.end].has(segment::kPossessive);
          if (possessive) continue;  // "Singapore's minister hosted": a person hosts, not a state
          if ((mm.type == MentionType::kCountry && state_as_subject(mm)) || mm.type == MentionType::kPlace) best = &mm;
        }
        if (best)
          return best->type == MentionType::kPlace ? place_location(*best)
                                                   : state_location(k_.countries.all()[best->id].code);
        break;
      }
      if (w == "." || w == ";") break;
    }
    // "the initiatives Singapore intends to put forward at the 12th ADMM, which it will host in October": the state
    // the sentence opens with hosts
    for (uint32_t t = after; t + 3 < sent.end && t < after + 12; ++t) {
      if (!(norm(t) == "which" && norm(t + 1) == "it" && (norm(t + 2) == "will" || norm(t + 2) == "would") &&
            norm(t + 3) == "host"))
        continue;
      const Mention* first = nullptr;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        const bool possessive = mm.end < sent.end && a_.tokens.tokens[mm.end].has(segment::kPossessive);
        // (a state, or a city-state written as its capital: "the initiatives Singapore intends to put forward")
        const bool state = (mm.type == MentionType::kCountry && !mm.demonym) ||
                           (mm.type == MentionType::kPlace && k_.places[mm.id].type == "capital");
        if (state && !possessive && mm.begin < f.anchor_token && (!first || mm.begin < first->begin)) first = &mm;
      }
      if (first)
        return first->type == MentionType::kPlace ? state_location(k_.places[first->id].country)
                                                  : state_location(k_.countries.all()[first->id].code);
      break;
    }
    // "hosted by <Country>" after the anchor
    for (uint32_t t = after; t + 2 < sent.end && t < after + 10; ++t) {
      if (norm(t) == "hosted" && norm(t + 1) == "by") {
        for (size_t m : by_sentence_[s]) {
          const auto& mm = a_.mentions[m];
          if (mm.begin == t + 2 || (mm.begin == t + 3 && norm(t + 2) == "the")) {
            if (mm.type == MentionType::kCountry && !mm.demonym) return state_location(k_.countries.all()[mm.id].code);
            if (mm.type == MentionType::kPlace) return place_location(mm);
          }
        }
      }
    }
    return std::nullopt;
  }

  // "in the Indonesian capital", "to the Indonesian capital": the capital of the state named by the demonym.
  std::optional<Location> demonym_capital(int s, uint32_t from) const {
    const auto& sent = a_.tokens.sentences[s];
    for (uint32_t t = from; t + 3 < sent.end; ++t) {
      if ((norm(t) != "in" && norm(t) != "to") || norm(t + 1) != "the") continue;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.begin == t + 2 && mm.type == MentionType::kCountry && mm.demonym && mm.end < sent.end &&
            norm(mm.end) == "capital") {
          return capital_of(k_.countries.all()[mm.id].code);
        }
      }
    }
    return std::nullopt;
  }

  // The first token after `after` that opens a clause about another occasion: "following their first
  // gathering", "after the talks", "since the first dialogue" (end of sentence when none).
  uint32_t other_occasion_from(int s, uint32_t after) const {
    const auto& sent = a_.tokens.sentences[s];
    for (uint32_t t = after; t + 1 < sent.end; ++t) {
      std::string_view w = norm(t), n = norm(t + 1);
      bool intro = w == "following" || w == "after" || w == "since" || w == "unlike" || w == "before" || w == "like";
      bool det = n == "the" || n == "their" || n == "his" || n == "her" || n == "its" || n == "a" || n == "an" ||
                 n == "last" || n == "previous";
      // ("before the end of the year", "after the end of May": a time, not another occasion)
      if (intro && det) {
        bool time = false;
        for (size_t di : dates_by_sentence_[s]) {
          const auto& d = a_.dates[di];
          if (d.begin <= t || d.begin > t + 5) continue;
          bool part_of_time = true;  // ("before the end of 2020": the words between tell a part of the time)
          for (uint32_t u = t + 2; u < d.begin && part_of_time; ++u) {
            const std::string_view v = norm(u);
            part_of_time = v == "end" || v == "start" || v == "beginning" || v == "close" || v == "middle" ||
                           v == "turn" || v == "half" || v == "first" || v == "second" || v == "of";
          }
          time = time || part_of_time;
        }
        if (!time) return t;
      }
    }
    return sent.end;
  }

  // Token e lies in a "who/whose ..." clause opened after b and not closed by a comma before e.
  bool in_relative_clause(uint32_t b, uint32_t e) const {
    bool open = false;
    for (uint32_t t = b; t < e; ++t) {
      std::string_view w = norm(t);
      if (w == "who" || w == "whose")
        open = true;
      else if (w == "," || w == ";")
        open = false;
    }
    return open;
  }

  // A named occasion still to come in tokens [b, e) of sentence s, other than f's own.
  bool planned_mechanism_between(int s, const Frame& f, uint32_t b, uint32_t e) const {
    for (size_t mi : mech_by_sentence_[s]) {
      const auto& mm = a_.mechanisms[mi];
      // (only for an occasion told as held: "the 18th ADMM and the 11th ADMM-Plus in Vientiane in November" share
      // their day)
      if (f.e.status != EngagementStatus::kHeld || mm.begin < b || mm.end > e || f.mechanism == &mm) continue;
      if (auto st = status_for(s, mm.begin, mm.end, nullptr); st && *st != EngagementStatus::kHeld) return true;
    }
    return false;
  }

  // "The two ministers met on the sidelines of the Asia Security Summit, ..., which opened Friday evening": a ", which"
  // clause after another named occasion in [b, e) tells that occasion's day, not f's.
  bool clause_of_other_mechanism(int s, const Frame& f, uint32_t b, uint32_t e) const {
    if (f.mechanism) return false;  // (a session's own name told twice: "the Asia Security Summit, also known as ...")
    for (size_t mi : mech_by_sentence_[s]) {
      const auto& mm = a_.mechanisms[mi];
      if (mm.begin < b || mm.end >= e) continue;
      for (uint32_t t = mm.end; t + 1 < e; ++t) {
        if (norm(t) == ";") break;
        if (norm(t) == "," && norm(t + 1) == "which") return true;
      }
    }
    return false;
  }

  // A word of another kind of occasion (a visit, a signing, an exercise) in tokens [b, e).
  bool other_trigger_between(int s, EngagementKind kind, uint32_t b, uint32_t e) const {
    for (size_t m : by_sentence_[s]) {
      const auto& tm = a_.mentions[m];
      if (tm.type != MentionType::kTrigger || tm.begin < b || tm.end > e) continue;
      auto k = k_.triggers[tm.id].kind;
      // ("held talks via videoconference on Tuesday": a word of being remote tells how, not another occasion)
      if (k == kind || (k != EngagementKind::kVisit && k != EngagementKind::kSigning && k != EngagementKind::kExercise))
        continue;
      // "The 45th Cobra Gold multinational military exercise opened on Tuesday": the word goes on the name just told
      if (tm.begin <= b + 1 && b > 0 && a_.tokens.sentence_of(b - 1) == static_cast<size_t>(s)) {
        bool after_name = false;
        for (size_t mi : mech_by_sentence_[s]) after_name = after_name || a_.mechanisms[mi].end == b;
        if (after_name) continue;
      }
      // "met with visiting Chilean Army chief X Tuesday in Beijing": "visiting" as an adjective describes the guest
      if (tm.end == tm.begin + 1 && norm(tm.begin) == "visiting" && tm.begin > 0) {
        std::string_view before = norm(tm.begin - 1);
        if (before == "with" || before == "the" || before == "a" || before == "met" || before == "received" ||
            before == "welcomed" || before == "hosted" || before == "of" || before == "and")
          continue;
      }
      // "X received an official visit from Y on Monday": the visit received is the meeting's own occasion
      if (k == EngagementKind::kVisit) {
        bool received = false;
        for (uint32_t t = tm.begin; t > 0 && tm.begin - t < 4 && !received; --t)
          received = k_.grammar.is(norm(t - 1), gazetteer::WordClass::kHostVerb);
        if (received) continue;
      }
      // "signed during Singh's official visit to Vietnam in June": what happened during it shares its day
      // ("during Prime Minister Narendra Modi's visit": a title and a name may come between)
      bool during = false;
      for (uint32_t t = tm.begin; t > b && tm.begin - t < 9; --t) during = during || norm(t - 1) == "during";
      if (!during) return true;
    }
    return false;
  }

  // "held via videoconference", "met virtually", "spoke by phone": the occasion has no place.
  bool remote_sentence(int s, uint32_t from, uint32_t to = UINT32_MAX) const {
    const auto& sent = a_.tokens.sentences[s];
    for (uint32_t t = std::max(from, sent.begin); t < std::min(sent.end, to); ++t) {
      std::string_view w = norm(t);
      std::string_view n = t + 1 < sent.end ? norm(t + 1) : std::string_view();
      if (w == "videoconference" || w == "teleconference" || w == "virtually" || w == "online" ||
          w == "videoconferencing" || w == "video-conference" ||
          (w == "video" && (n == "conference" || n == "link" || n == "call")) ||
          (w == "by" && (n == "phone" || n == "telephone" || n == "videoconference")) || w == "telephonic" ||
          ((w == "phone" || w == "telephone") && (n == "call" || n == "conversation" || n == "talks")) ||
          (w == "virtual" && (n == "meeting" || n == "talks" || n == "format")))
        return true;
    }
    return false;
  }

  // "here" in the occasion's clause (after its word, or in "held here"), not "here's" or a quote's "here".
  bool says_here(int s, uint32_t anchor) const {
    const auto& sent = a_.tokens.sentences[s];
    for (uint32_t t = std::max(sent.begin, anchor > 2 ? anchor - 2 : 0); t < sent.end && t < anchor + 25; ++t) {
      if (norm(t) != "here") continue;
      if (t + 1 < sent.end && a_.tokens.tokens[t + 1].has(segment::kPossessive)) continue;
      return true;
    }
    return false;
  }

  const std::optional<Location>& cached_dateline() const {
    if (!dateline_cached_) {
      dateline_ = dateline_location();
      dateline_cached_ = true;
    }
    return dateline_;
  }

  // "in the same hotel", "at the same venue": the main event's place.
  bool same_place_phrase(int s) const {
    const auto& sent = a_.tokens.sentences[s];
    for (uint32_t t = sent.begin; t + 3 < sent.end; ++t) {
      if ((norm(t) == "in" || norm(t) == "at") && norm(t + 1) == "the" && norm(t + 2) == "same") {
        std::string_view n = norm(t + 3);
        if (n == "hotel" || n == "venue" || n == "place" || n == "city" || n == "building" || n == "hall" ||
            n == "location" || n == "conference")
          return true;
      }
    }
    return false;
  }

  // Date: the first date expression after the anchor in the sentence; for a held occasion, else the one
  // before it; for any occasion, one right before the anchor ("next year's ADMM-Plus").
  // Place: a place or state introduced as where the occasion is ("in <place>", "at", "off", "visit(ing)
  // X", "to be held in Laos"), after the anchor first, then (held) before it; a host ("Laos will host");
  // "in the Indonesian capital"; "in the same hotel" (the main event's place).
  // "Mr Smith is in Hanoi to attend the inaugural ADMM-Plus tomorrow": an occasion whose own first day falls
  // after the article's date is still to come, whatever its verb
  void to_come_by_date(Frame& f) {
    if (f.e.status != EngagementStatus::kHeld || !f.e.date || !f.e.date->has_day() || !doc_.published ||
        !doc_.published->has_day())
      return;
    const auto& pub = *doc_.published;
    if (days_from_civil(f.e.date->year, f.e.date->month, f.e.date->day) <=
        days_from_civil(pub.year, pub.month, pub.day))
      return;
    f.e.status = EngagementStatus::kPlanned;
    explain(f, "status", "dated after the article's publication", 0, 0);
  }

  bool ahead_only(const time::DateExpr& d) const {
    if (d.relative == time::Relative::kNext && !d.anchored) return true;
    const bool unit = d.year_unit || d.month_unit || d.week_unit;
    for (uint32_t t = d.begin > 0 ? d.begin - 1 : 0; t < d.end; ++t) {
      if (norm(t) == "later" && unit) return true;
    }
    return false;
  }

  // "which began on Sunday and runs until Tuesday", "opened on May 3 and will last till May 7": a second date
  // of the same sentence, soon after the first and after "until"/"till"/"through", is the occasion's last day
  void closing_date(Frame& f, int s, const time::DateExpr& first) {
    const auto& sent = a_.tokens.sentences[s];
    for (size_t di : dates_by_sentence_[s]) {
      const auto& d = a_.dates[di];
      if (d.begin <= first.end || d.begin > first.end + 6 || d.end > sent.end || d.anchored || d.vague) continue;
      uint32_t t = d.begin - 1;
      if (norm(t) == "on" && t > first.end) --t;
      std::string_view w = norm(t);
      if (w != "until" && w != "till" && w != "through") return;
      auto last = time::resolve(d, reference_, false);
      // (a weekday after the first day lies ahead of it, though the report was written in between)
      if (last && *last < *f.e.date) last = time::resolve(d, reference_, true);
      if (!last || *last < *f.e.date || !last->has_day() || *last == *f.e.date) return;
      f.e.end_date = last;
      explain(f, "end_date", "'until' a second date of its sentence", d.begin, d.end);
      return;
    }
  }

  // True when "since" opens a clause between tokens a and b (not "since" right before b's date: "since March",
  // which dates nothing of its own either, but is read by the date annotator as a start).
  bool since_between(uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t + 1 < b; ++t) {
      if (norm(t) == "since") return true;
    }
    return false;
  }

  void date_and_place(Frame& f, int s, uint32_t after) {
    const auto& sent = a_.tokens.sentences[s];
    const time::DateExpr* best = nullptr;
    const time::DateExpr* adjacent = nullptr;
    for (size_t di : dates_by_sentence_[s]) {
      const auto& d = a_.dates[di];
      if (d.begin < sent.begin || d.end > sent.end) continue;
      if (d.begin >= after && d.begin >= other_occasion_from(s, after)) continue;
      // "..., his office said Saturday": the day of the report, not of the occasion
      if (d.begin > sent.begin && reporting_verb(norm(d.begin - 1))) continue;
      // "Drill agreed by Crown Prince and Modi in 2019 finally gets under way": the day of the agreement
      if (d.begin >= after && act_between(after, d.begin)) continue;
      // "... shared the view that the former's official visit to India in June ...": that visit's date
      if (d.begin >= after && other_trigger_between(s, f.e.kind, after, d.begin)) continue;
      // "In his meeting with X, Khaled said the two countries had agreed to hold their first defence policy dialogue
      // in Hanoi early next year": a date after a named occasion still to come is that occasion's
      if (d.begin >= after && planned_mechanism_between(s, f, after, d.begin)) continue;
      if (d.begin >= after && clause_of_other_mechanism(s, f, after, d.begin)) continue;
      // "met Japan's Defence Minister X, who took office last month": the person's date, not the meeting's
      if (d.begin >= after && in_relative_clause(after, d.begin)) continue;
      // "the first gathering ... since Singapore took over the chairmanship on Jan 1": a clause of an earlier time
      if (d.begin >= after && since_between(after, d.begin)) continue;
      if (d.begin >= after && (!best || best->begin < after || d.begin < best->begin)) best = &d;
      // before the anchor, the nearest date ("SUBIC BAY, April 4 (PNA) -- The destroyer arrived here on Sunday
      // for a port call": Sunday, not the dateline's day)
      // ("X, who is on a visit that began on Tuesday, also held meetings ...": the clause's day is not the meeting's)
      if (d.begin < after && f.e.status == EngagementStatus::kHeld &&
          (!best || (best->begin < after && d.begin > best->begin)) &&
          !in_relative_clause_before(s, d.begin, f.anchor_token))
        best = &d;
      // "is scheduled to arrive in New Delhi today for a four-day visit": a plan's own clause gives its day before
      // its word, with no other occasion's word between
      if (d.begin < after && f.e.status != EngagementStatus::kHeld && !best && !d.vague && d.end <= f.anchor_token &&
          f.anchor_token - d.end <= 8 && !other_trigger_between(s, f.e.kind, d.end, f.anchor_token) &&
          !in_relative_clause_before(s, d.begin, f.anchor_token))  // ("talks, which took place on Friday, they ...")
        best = &d;
      if (d.end <= f.anchor_token && f.anchor_token - d.end <= 2) adjacent = &d;
    }
    if (adjacent && (!best || (best->begin < after && f.e.status != EngagementStatus::kHeld))) best = adjacent;
    if (!best) best = adjacent;
    // "He last visited Naypyitaw in January 2018, when the two sides signed a deal ...": a "when" clause happened
    // at the date that closes the clause before it
    if (f.e.status == EngagementStatus::kHeld) {
      for (uint32_t t = f.anchor_token; t > sent.begin + 1 && t + 6 > f.anchor_token; --t) {
        if (norm(t - 1) != "when" || norm(t - 2) != ",") continue;
        for (size_t di : dates_by_sentence_[s]) {
          const auto& d = a_.dates[di];
          if (d.end == t - 2 && !d.vague) best = &d;
        }
        break;
      }
    }
    // "On March 5, ... are scheduled to hold a passage exercise", "Before leaving on Friday, the ships will carry out
    // a passing exercise": a date in the short phrase opening the sentence sets it
    if (!best) {
      for (size_t di : dates_by_sentence_[s]) {
        const auto& d = a_.dates[di];
        if (d.begin < sent.begin || d.end > f.anchor_token || d.vague) continue;
        if (d.begin <= sent.begin + 1) {
          best = &d;
          continue;
        }
        // (the phrase: at most four words before the date, and a comma right after it)
        // ("After the port call on Thursday, ...": the day of the occasion the phrase names)
        bool opening = d.begin <= sent.begin + 4 && d.end < sent.end && norm(d.end) == ",";
        for (uint32_t t = sent.begin; t < d.begin && opening; ++t) opening = norm(t) != ",";
        for (size_t m : by_sentence_[s]) {
          const auto& tm = a_.mentions[m];
          if (tm.type == MentionType::kTrigger && tm.begin < d.begin) opening = false;
        }
        if (opening) best = &d;
      }
    }
    bool future = f.e.status != EngagementStatus::kHeld;
    // "Singh's official visit to Vietnam in June 2022, during which the two sides signed ...", "On the margins of the
    // summit, A held talks with B": the occasion the clause refers to gives its day and place
    int within = -1;
    if (!best && f.e.status == EngagementStatus::kHeld) within = occasion_of_clause(s, f.anchor_token);
    if (within >= 0) {
      f.e.date = frames_[within].e.date;
      f.e.end_date.reset();
      if (!f.e.location) f.e.location = frames_[within].e.location;
      explain(f, "date", "the occasion its clause refers to ('during which', 'on the margins of')", f.anchor_token,
              f.anchor_token + 1);
    }
    if (best) {
      if (best->anchored) {
        f.anchored_date = *best;
        f.day_reference = previous_held_frame(f);
        explain(f, "date", "date relative to an occasion told before", best->begin, best->end);
      } else {
        f.e.date = time::resolve(*best, reference_, future);
        f.e.end_date = time::resolve_end(*best, reference_, future);
        if (f.e.date) explain(f, "date", "date expression", best->begin, best->end);
        if (f.e.date && !f.e.end_date) closing_date(f, s, *best);
        f.date_from_dateline = in_dateline(s, *best);
        to_come_by_date(f);
        // "when President X meets President Y later this year", "... next month": a date that can only lie ahead
        if (f.e.status == EngagementStatus::kHeld && ahead_only(*best)) {
          f.e.status = EngagementStatus::kPlanned;
          explain(f, "status", "a date that lies ahead", best->begin, best->end);
        }
      }
    }
    // "He travels on Friday to Cambodia, where he is due to meet ...": a "where" clause happens at the place
    // closing the clause before it
    if (!f.e.location) {
      for (uint32_t t = f.anchor_token; t > sent.begin + 2 && t + 14 > f.anchor_token; --t) {
        if (norm(t - 1) == "," || norm(t - 1) == ";") break;
        if (norm(t - 1) != "where" || norm(t - 2) != ",") continue;
        for (size_t m : by_sentence_[s]) {
          const auto& mm = a_.mentions[m];
          if (mm.end != t - 2) continue;
          if (mm.type == MentionType::kPlace) f.e.location = place_location(mm);
          if (mm.type == MentionType::kCountry && !mm.demonym)
            f.e.location = Location{std::nullopt, k_.countries.all()[mm.id].code};
          if (f.e.location) explain(f, "location", "', where ...': the place before the clause", mm.begin, mm.end);
        }
        break;
      }
    }
    // after the anchor: near it, and not past a clause about another occasion ("following their first
    // gathering in Hawaii"); a place far into the sentence belongs to something else it tells
    // ("The 10th meeting, co-chaired by <two long offices and names>, was held in Luang Prabang": the occasion's
    // own verb after an apposition carries its place however far the apposition runs)
    uint32_t reach = after + 30;
    for (uint32_t t = after + 1; t + 2 < sent.end; ++t) {
      const std::string_view w = norm(t), v = norm(t + 1);
      const bool passive = (w == "was" || w == "were") && (v == "held" || v == "convened" || v == "staged");
      const bool took = (w == "took" || w == "takes") && v == "place";
      if ((passive || took) && norm(t - 1) == ",") {
        reach = std::max(reach, t + 6);
        break;
      }
    }
    // ("kicked off X, the first joint training between ..., at a training center of the Indonesian Army Special
    // Forces Command (Kopassus) in Bandung": an "at" phrase begun within reach carries on to the town it is in)
    for (uint32_t t = after; t < reach && t + 2 < sent.end; ++t) {
      if (norm(t) != "at" || (norm(t + 1) != "a" && norm(t + 1) != "an" && norm(t + 1) != "the")) continue;
      for (uint32_t u = t + 2; u + 1 < sent.end && u < t + 18; ++u) {
        if (norm(u) == "," || norm(u) == ";") break;
        if (norm(u) == "in") {
          reach = std::max(reach, u + 4);
          break;
        }
      }
    }
    const uint32_t stop = std::min<uint32_t>(other_occasion_from(s, after), reach);
    std::vector<size_t> order;
    for (size_t m : by_sentence_[s]) {
      if (a_.mentions[m].begin >= after && a_.mentions[m].begin < stop) order.push_back(m);
    }
    if (!future) {
      for (size_t m : by_sentence_[s]) {
        // ("Panetta, on the second leg of an Asia trip that began in Australia, held talks ...": a place inside a
        // parenthetical clause before the occasion's word is that clause's)
        if (a_.mentions[m].begin < after && !in_parenthetical_before(s, a_.mentions[m].begin, f.anchor_token))
          order.push_back(m);
      }
    }
    for (size_t m : order) {
      const auto& mm = a_.mentions[m];
      if (mm.begin == 0 || in_person_background(s, mm.begin)) continue;
      if (mm.begin >= after && other_trigger_between(s, f.e.kind, after, mm.begin)) continue;  // that occasion's place
      if (mm.begin >= after && planned_mechanism_between(s, f, after, mm.begin)) continue;     // (and its date, above)
      // "at an Egyptian Air Force base in Beni Suef", "at a Thai naval base": a base of that state
      if (mm.type == MentionType::kCountry && mm.demonym && mm.begin >= 2 && !f.e.location) {
        std::string_view det = norm(mm.begin - 1), p = norm(mm.begin - 2);
        if ((det == "a" || det == "an" || det == "the") && (p == "at" || p == "in" || p == "from")) {
          bool base = false;
          for (uint32_t t = mm.end; t < sent.end && t < mm.end + 4 && !base; ++t) {
            std::string_view w = norm(t);
            base = w == "base" || w == "airbase" || w == "airfield" || w == "naval" || w == "garrison";
          }
          if (base) {
            f.e.location = Location{std::nullopt, k_.countries.all()[mm.id].code};
            explain(f, "location", "at a <demonym> base", mm.begin, mm.end);
            continue;  // (a place named after it gives the city)
          }
        }
      }
      bool prep = place_preposition(mm.begin);
      bool comma = norm(mm.begin - 1) == ",";
      // "in Guilin, Guangxi, yesterday": a town no list knows, placed by the province or state after its comma
      if (comma && !f.e.location && (mm.type == MentionType::kPlace || mm.type == MentionType::kCountry)) {
        if (auto town = unknown_town_before(s, mm)) {
          f.e.location = town;
          explain(f, "location", "a town the lists do not know, in the place named after its comma", mm.begin, mm.end);
          break;
        }
      }
      if (!prep && !comma) continue;
      if (comma && !f.e.location && !comma_chain_place(s, mm.begin)) continue;
      if (mm.type == MentionType::kPlace) {
        Location loc = place_location(mm);
        if (k_.places[mm.id].type == "base") {
          if (auto city = city_after_base(s, mm)) loc = *city;
        }
        // "a passage exercise off the coast of Vung Tau", "drills off Subic": at sea, in that state's waters (the
        // precedent of most example gold; ex06 places "off Darwin" in Darwin: an open case)
        if (f.e.kind == EngagementKind::kExercise && mm.begin >= 1) {
          uint32_t q = mm.begin;
          if (norm(q - 1) == "the" && q >= 2) --q;
          const bool offshore = norm(q - 1) == "off" ||
                                (q >= 3 && norm(q - 1) == "of" && (norm(q - 2) == "coast" || norm(q - 2) == "waters"));
          if (offshore) loc.city.reset();
        }
        // "in Hanoi" then ", Vietnam" refines nothing; a place after a country-only one gives the city
        if (!f.e.location || (!f.e.location->city && loc.city && f.e.location->country == loc.country)) {
          f.e.location = loc;
          explain(f, "location", "places.tsv: " + k_.places[mm.id].name, mm.begin, mm.end);
        }
        break;
      }
      // "for the first time in Philippine waters", "on Indonesian soil": that state
      if (mm.type == MentionType::kCountry && mm.demonym && !f.e.location && mm.begin >= 1 && mm.end < sent.end &&
          (norm(mm.begin - 1) == "in" || norm(mm.begin - 1) == "on") &&
          (norm(mm.end) == "waters" || norm(mm.end) == "territory" || norm(mm.end) == "soil" ||
           norm(mm.end) == "airspace")) {
        f.e.location = Location{std::nullopt, k_.countries.all()[mm.id].code};
        explain(f, "location", "in <demonym> waters/territory", mm.begin, mm.end + 1);
        break;
      }
      if (mm.type == MentionType::kCountry && (!mm.demonym || noun_use(mm, sent.end))) {
        // "at Australia's Department of Defense" names an office, not where the occasion is
        bool possessive = mm.end < sent.end && a_.tokens.tokens[mm.end].has(segment::kPossessive);
        std::string_view p = norm(mm.begin - 1);
        // "in Fiji's exclusive economic zone", "in Thailand's Nong Khai province", "off Vietnam's central coast": a
        // part of that state (not "at Australia's Department of Defense", an office)
        if (possessive && (p == "in" || p == "off" || p == "within") && !f.e.location) {
          bool part = false;
          for (uint32_t t = mm.end; t < sent.end && t < mm.end + 6 && !part; ++t) {
            std::string_view w = norm(t);
            part = w == "province" || w == "waters" || w == "zone" || w == "coast" || w == "region" || w == "state" ||
                   w == "island" || w == "islands" || w == "sea" || w == "territory" || w == "north" || w == "south" ||
                   w == "east" || w == "west" || w == "northern" || w == "southern" || w == "eastern" ||
                   w == "western" || w == "central";
          }
          if (part) {
            f.e.location = Location{std::nullopt, k_.countries.all()[mm.id].code};
            explain(f, "location", "in <country>'s <part>", mm.begin, mm.end);
            break;
          }
        }
        if (possessive || p == "at" || p == "off" || p == "aboard") continue;
        std::string code = k_.countries.all()[mm.id].code;
        if (!f.e.location) {
          f.e.location = Location{std::nullopt, code};
          explain(f, "location", "in <country>", mm.begin, mm.end);
        }
        break;
      }
    }
    // "Laos will host next year's ADMM-Plus", "the meeting hosted by Malaysia": when no place follows the name
    // ("congratulated ... on hosting the 13th Forum in Japan": the place said wins over a state named before)
    if (!f.e.location) {
      if (auto host = host_place(s, f, after)) {
        f.e.location = host;
        explain(f, "location", "host", f.anchor_token, after);
        // (the host state is a party: "Malaysia will host the third ADMM-Plus")
        if (host->country) add_unique(f.e.countries, *host->country);
      }
    }
    if (!f.e.location && !future) {
      if (auto cap = demonym_capital(s, sent.begin)) {
        f.e.location = cap;
        explain(f, "location", "the <demonym> capital", sent.begin, sent.end);
      }
    }
    if (!f.e.location && !future && same_place_phrase(s)) f.same_place = true;
    // "held here on Friday", "on the sidelines of LIMA here today": where the dateline filed the report from
    if (!f.e.location && !future && says_here(s, f.anchor_token)) {
      if (const auto& dl = cached_dateline(); dl && dl->city) {
        f.e.location = dl;
        explain(f, "location", "'here': the dateline's place", f.anchor_token, after);
      }
    }
    // (up to another occasion's clause: "met in Siem Reap in November 2022, and spoke by phone last January")
    uint32_t clause_end = UINT32_MAX;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kTrigger && mm.begin >= after && mm.begin > sent.begin &&
          (norm(mm.begin - 1) == "and" || norm(mm.begin - 1) == ",")) {
        clause_end = std::min(clause_end, mm.begin);
      }
    }
    if (remote_sentence(s, f.anchor_token > 3 ? f.anchor_token - 3 : 0, clause_end) ||
        f.e.kind == EngagementKind::kCall) {
      f.remote = true;
      f.e.location.reset();
      // "held talks by video call yesterday": talks held remotely are a call (a dialogue so held stays a dialogue)
      if (f.e.kind == EngagementKind::kBilateralMeeting && f.anchor_sentence == s) {
        f.e.kind = EngagementKind::kCall;
        explain(f, "kind", "its own clause says it was held remotely", f.anchor_token, after);
      }
    }
  }

  // What "later that day" counts from: the last held frame opened before f with a day of its own (not
  // itself counted from another, not an occasion recalled from another date), else the main event.
  int previous_held_frame(const Frame& f) const {
    const std::optional<PartialDate>* main_date = main_ >= 0 ? &frames_[main_].e.date : nullptr;
    // (a visit of several days is no day of its own: "Earlier in the day" after "on a two-day visit that began
    // yesterday" is the day of the occasion told before the visit)
    for (bool spans : {false, true}) {
      for (size_t i = frames_.size(); i-- > 0;) {
        const Frame& c = frames_[i];
        if (&c == &f || c.e.status != EngagementStatus::kHeld || c.anchored_date || !c.e.date) continue;
        if (!c.e.date->has_day() || (c.e.end_date.has_value() && !spans)) continue;
        if (main_date && *main_date && static_cast<int>(i) != main_ && dated_apart(c)) continue;
        return static_cast<int>(i);
      }
    }
    return main_;
  }

  bool starts_date(int s, uint32_t t) const {
    for (size_t di : dates_by_sentence_[s])
      if (a_.dates[di].begin <= t && t < a_.dates[di].end) return true;
    return false;
  }

  // A date at the head of sentence s followed by an agency or a dash: the dateline's ("SEOUL, Aug. 11 (Yonhap) --").
  // The day relative dates count from: the dateline's when it names a day up to three days before publication
  // ("NAY PYI TAW, 16 Oct — ... received ... this morning" in a paper of 17 October), else the publication date.
  std::optional<PartialDate> reference_date() const {
    const auto& pub = doc_.published;
    if (!pub || !pub->has_day()) return pub;
    const auto& sents = a_.tokens.sentences;
    int seen = 0;
    for (size_t s = 0; s < sents.size() && seen < 8; ++s) {
      if (!sentence_in_body(sents[s].span)) continue;
      ++seen;
      const Mention* head = nullptr;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.begin == sents[s].begin && (mm.type == MentionType::kPlace || mm.type == MentionType::kCountry) &&
            (!head || mm.end > head->end))
          head = &mm;
      }
      if (!head || !dateline_tail(s, head->end, !a_.tokens.tokens[head->begin].has(segment::kAllCaps))) continue;
      for (size_t di : dates_by_sentence_[s]) {
        const auto& d = a_.dates[di];
        if (d.begin < head->end || d.begin > head->end + 3 || d.day <= 0 || d.deictic || d.anchored) continue;
        auto when = time::resolve(d, pub, false);
        if (!when || !when->has_day()) break;
        const long gap =
            days_from_civil(pub->year, pub->month, pub->day) - days_from_civil(when->year, when->month, when->day);
        if (gap > 0 && gap <= 3) return when;
        break;
      }
      return pub;  // the dateline: no earlier day
    }
    return pub;
  }

  bool in_dateline(int s, const time::DateExpr& d) const {
    const auto& sent = a_.tokens.sentences[s];
    if (s > 2 || d.begin > sent.begin + 6) return false;
    for (uint32_t t = d.end; t < sent.end && t < d.end + 5; ++t) {
      std::string_view w = norm(t);
      if (w == "(" || w == "-" || w == "--" || w == "\xe2\x80\x94" || w == "\xe2\x80\x93" || w == ":") return true;
      if (a_.tokens.tokens[t].has(segment::kAlpha) && !a_.tokens.tokens[t].has(segment::kAllCaps)) return false;
    }
    return false;
  }

  // The frame a clause around `anchor` refers to: "..., during which" / "at which" (a frame told earlier in the
  // same sentence), or an opening "On the margins/sidelines of the summit," (the latest dated frame of that kind).
  int occasion_of_clause(int s, uint32_t anchor) const {
    const auto& sent = a_.tokens.sentences[s];
    for (uint32_t t = anchor; t > sent.begin + 1 && anchor - t < 12; --t) {
      if (norm(t - 1) == "which" && (norm(t - 2) == "during" || norm(t - 2) == "at")) {
        int best = -1;
        for (size_t f = 0; f < frames_.size(); ++f) {
          const auto& fr = frames_[f];
          if (fr.anchor_sentence == s && fr.anchor_token < t - 2 && fr.e.date) best = static_cast<int>(f);
        }
        return best;
      }
    }
    // "Luxon held talks with Marcos during that trip": the visit told before, by the same visitor
    for (uint32_t t = anchor; t + 2 < sent.end && t < anchor + 14; ++t) {
      if (norm(t) == "," || norm(t) == ";") break;
      if (norm(t) != "during" || (norm(t + 1) != "that" && norm(t + 1) != "the" && norm(t + 1) != "this")) continue;
      const std::string_view noun = norm(t + 2);
      if (noun != "trip" && noun != "visit" && noun != "tour") break;
      for (size_t f = frames_.size(); f-- > 0;) {
        const auto& fr = frames_[f];
        if (fr.anchor_sentence >= s || fr.anchor_sentence < s - 2 || fr.e.kind != EngagementKind::kVisit ||
            fr.e.status != EngagementStatus::kHeld || !fr.e.date || !recalled(fr))
          continue;
        return static_cast<int>(f);
      }
      break;
    }
    uint32_t b = sent.begin;
    if (b + 5 < sent.end && norm(b) == "on" && norm(b + 1) == "the" && sidelines_word(b + 2) && norm(b + 3) == "of" &&
        norm(b + 4) == "the") {
      std::string_view noun = norm(b + 5);
      const bool forum = noun == "summit" || noun == "forum" || noun == "conference" || noun == "meeting" ||
                         noun == "dialogue" || noun == "talks" || noun == "expo" || noun == "exhibition";
      if (!forum || b + 6 >= sent.end || norm(b + 6) != ",") return -1;
      // (the latest told whose name says that noun; none when it is the article's own event: its sidelines are
      // handled as such)
      for (size_t f = frames_.size(); f-- > 0;) {
        const auto& fr = frames_[f];
        if (fr.anchor_sentence >= s || !fr.e.date) continue;
        if (fr.e.kind != EngagementKind::kMultilateralMeeting && fr.e.kind != EngagementKind::kOther &&
            fr.e.kind != EngagementKind::kPolicyDialogue)
          continue;
        const std::string named = normalize::fold(fr.e.name.value_or("") + " " + fr.e.mechanism.value_or(""));
        if (named.find(std::string(noun)) == std::string::npos) continue;
        return static_cast<int>(f) == main_ ? -1 : static_cast<int>(f);
      }
    }
    return -1;
  }

  // "With <person>, <person> discussed/reviewed/agreed/held talks ...": a person right after "With", a comma, a
  // person, then a verb of talking.
  bool with_opening(int s) const {
    const auto& sent = a_.tokens.sentences[s];
    const Mention* first = nullptr;
    const Mention* second = nullptr;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kPerson) continue;
      if (!first) {
        if (mm.begin > sent.begin + 6) return false;
        first = &mm;
      } else {
        second = &mm;
        break;
      }
    }
    if (!first || !second || second->entity == first->entity || second->end >= sent.end) return false;
    // a comma closes the opening phrase, and the second person (with its office before it) follows it
    uint32_t comma = first->end;
    while (comma < second->begin && norm(comma) != ",") ++comma;
    if (comma >= second->begin || second->begin > comma + 6) return false;
    std::string_view v = norm(second->end);
    return talking_verb(v) || v == "held" || v == "signed" || v == "stressed" || v == "explored";
  }

  // A past verb of two parties talking ("discussed", "talked", "reviewed", "exchanged", "agreed").
  static bool talking_verb(std::string_view w) {
    return w == "discussed" || w == "talked" || w == "reviewed" || w == "exchanged" || w == "agreed";
  }

  // "Khaled and US defence secretary Pete Hegseth talked about ...": a person, "and", a person of another state (with
  // the office before the name), then a verb of talking; only where a held occasion is already told (the forum
  // whose margins the article's talks were on) and no occasion yet joins the two. Returns the range of "and".
  std::optional<std::pair<uint32_t, uint32_t>> pair_opening(int s) const {
    if (main_ < 0 || frames_[main_].e.status != EngagementStatus::kHeld) return std::nullopt;
    const Mention* first = nullptr;
    const Mention* second = nullptr;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kPerson) continue;
      if (first && mm.entity != first->entity) {
        second = &mm;
        break;
      }
      if (!first) first = &mm;
    }
    if (!first || !second || second->end >= sent_end(s)) return std::nullopt;
    if (norm(first->end) != "and" || second->begin > first->end + 6) return std::nullopt;
    for (uint32_t t = first->end + 1; t < second->begin; ++t) {
      if (norm(t) == "," || norm(t) == "and") return std::nullopt;
    }
    if (!talking_verb(norm(second->end))) return std::nullopt;
    const auto a = person_country(first->entity), b = person_country(second->entity);
    if (!a || !b || *a == *b) return std::nullopt;
    for (const auto& f : frames_) {
      const bool both = std::find(f.people.begin(), f.people.end(), first->entity) != f.people.end() &&
                        std::find(f.people.begin(), f.people.end(), second->entity) != f.people.end();
      if (both) return std::nullopt;
    }
    return std::make_pair(first->end, first->end + 1);
  }

  bool accompanying_between(uint32_t b, uint32_t e) const {
    for (uint32_t t = b; t < e; ++t) {
      std::string_view w = norm(t);
      if (w == "accompanying" || w == "accompanied" || (w == "part" && t + 1 < e && norm(t + 1) == "of")) return true;
    }
    return false;
  }

  bool act_between(uint32_t b, uint32_t e) const {
    for (uint32_t t = b; t < e && t < b + 4; ++t) {
      std::string_view w = norm(t);
      if (w == "agreed" || w == "approved" || w == "proposed" || w == "announced" || w == "decided" || w == "conceived")
        return true;
    }
    return false;
  }

  static bool reporting_verb(std::string_view w) {
    return w == "said" || w == "says" || w == "announced" || w == "reported" || w == "stated" || w == "told";
  }
  // The date at `d` sits in a relative clause (", which took place on Friday,") that closes before `anchor`.
  // Token d lies in a comma-closed clause before the anchor that tells where something else began or came from
  // ("X, on a tour that began in Australia, held talks"; "X, who arrived from Perth, met Y").
  bool in_parenthetical_before(int s, uint32_t d, uint32_t anchor) const {
    const auto& sent = a_.tokens.sentences[s];
    if (d >= anchor) return false;
    bool closed = false;
    for (uint32_t t = d; t < anchor && !closed; ++t) closed = norm(t) == ",";
    if (!closed) return false;
    for (uint32_t t = d; t > sent.begin && norm(t - 1) != ","; --t) {
      const std::string_view w = norm(t - 1);
      // (not "who was visiting Manila" or "the visit that X paid to Hanoi": where the subject is)
      if (w == "began" || w == "started" || w == "leg" || w == "following" || w == "after" || w == "from") return true;
    }
    return false;
  }

  // A place inside an apposition that tells a person's past ("met Prime Minister Hun Manet, a 1999 graduate of
  // the U.S. Military Academy at West Point, and ..."; grammar.tsv person_background): the person's, not where
  // the occasion is.
  bool in_person_background(int s, uint32_t d) const {
    const auto& sent = a_.tokens.sentences[s];
    bool background = false;
    for (uint32_t t = d; t > sent.begin + 1; --t) {
      const std::string_view w = norm(t - 1);
      if (w == ";") return false;
      if (w != ",") {
        background = background || k_.grammar.is(w, gazetteer::WordClass::kPersonBackground);
        continue;
      }
      if (!background) return false;
      // the comma closes a person's name
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type == MentionType::kPerson && mm.end == t - 1) return true;
      }
      return false;
    }
    return false;
  }

  bool in_relative_clause_before(int s, uint32_t d, uint32_t anchor) const {
    const auto& sent = a_.tokens.sentences[s];
    uint32_t comma = d;
    while (comma > sent.begin && norm(comma - 1) != ",") --comma;
    if (comma == sent.begin) return false;
    std::string_view w = norm(comma);
    if (w != "which" && w != "that" && w != "where" && w != "when" && w != "who") return false;
    for (uint32_t t = d; t < anchor; ++t)
      if (norm(t) == ",") return true;
    return false;
  }

  // The day and place sentence s gives an occasion of this status and kind whose word runs from `anchor` to `after`,
  // as date_and_place reads them: a frame of its own, to compare with or fill another.
  Frame date_probe(int s, uint32_t anchor, uint32_t after, EngagementStatus status,
                   EngagementKind kind = EngagementKind::kOther) {
    Frame probe;
    probe.e.status = status;
    probe.e.kind = kind;
    probe.anchor_token = anchor;
    date_and_place(probe, s, after);
    return probe;
  }

  // A frame named again in a later sentence ("the talks were held in Hanoi on Tuesday" after a headline):
  // the date and place that sentence gives fill what is still missing, and a city refines a state.
  void refill_date_and_place(Frame& f, int s, uint32_t begin, uint32_t after) {
    if (f.e.date && f.e.date->has_day() && !f.date_from_dateline && f.e.location && f.e.location->city) return;
    Frame probe = date_probe(s, begin, after, f.e.status);
    // "began a joint exercise this week", then "The exercise ... opened on Monday": a day within the month or year
    // told before is that date made precise
    if (f.e.date && !f.e.date->has_day() && !f.e.end_date && probe.e.date && probe.e.date->has_day() &&
        probe.e.date->year == f.e.date->year && (!f.e.date->has_month() || probe.e.date->month == f.e.date->month)) {
      f.e.date = probe.e.date;
      f.e.end_date = probe.e.end_date;
    }
    // (the dateline's day was only the report's: a day the text gives the occasion replaces it)
    if (f.date_from_dateline && probe.e.date && !probe.date_from_dateline) {
      f.e.date.reset();
      f.e.end_date.reset();
      f.date_from_dateline = false;
    }
    if (!f.e.date && !f.anchored_date) {
      if (probe.e.date) {
        f.e.date = probe.e.date;
        f.e.end_date = probe.e.end_date;
      } else if (probe.anchored_date) {
        f.anchored_date = probe.anchored_date;
        f.day_reference = probe.day_reference;
      }
    }
    if (probe.e.location) {
      if (!f.e.location) {
        f.e.location = probe.e.location;
      } else if (!f.e.location->city && probe.e.location->city && probe.e.location->country == f.e.location->country) {
        f.e.location = probe.e.location;
      }
    }
    for (auto& x : probe.e.explanations) f.e.explanations.push_back(std::move(x));
  }

  // The article's dateline ("HANOI, Oct 5 (Reuters) -", "Hanoi (VNA) –", "TOKYO —", "NEW DELHI:",
  // "Phnom Penh, 12 March 2024 AKP –") when the annotator found none: a place or state opening one of the
  // first sentences, then only a date, an agency (in parentheses or in capitals) and a dash or colon.
  std::optional<Location> dateline_location() const {
    if (auto own = parse_dateline()) return own;
    // the annotator's by-line place ("(from Johor, Malaysia)"); its bare-country datelines are not
    // trusted, a hyphenated pair of states opening a headline looks like one
    if (a_.dateline_place) return place_location_by_id(*a_.dateline_place);
    return std::nullopt;
  }

  std::optional<Location> parse_dateline() const {
    const auto& sents = a_.tokens.sentences;
    const auto& toks = a_.tokens.tokens;
    int seen = 0;
    for (size_t s = 0; s < sents.size() && seen < 8; ++s) {
      if (!sentence_in_body(sents[s].span)) continue;
      ++seen;
      uint32_t b = sents[s].begin;
      const Mention* head = nullptr;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.begin != b) continue;
        if (mm.type == MentionType::kPlace || (mm.type == MentionType::kCountry && !mm.demonym)) {
          if (!head || mm.end > head->end) head = &mm;
        }
      }
      if (!head) {
        if (auto town = unknown_dateline_town(s)) return town;
        continue;
      }
      // "KUALA LUMPUR" on a line of its own above the text (a by-line block's dateline)
      if (head->type == MentionType::kPlace && head->end == sents[s].end && toks[head->begin].has(segment::kAllCaps) &&
          head->end - head->begin <= 3) {
        return place_location(*head);
      }
      if (dateline_tail(s, head->end, !toks[head->begin].has(segment::kAllCaps))) {
        if (head->type == MentionType::kPlace) return dateline_place(*head);
        return Location{std::nullopt, k_.countries.all()[head->id].code};
      }
    }
    return std::nullopt;
  }

  // Whether tokens from `k` to a dash or colon are what follows a dateline's place: a date, an agency (in
  // parentheses or in capitals), commas. `spaced_dash`: a dash glued to the word before it ("Vietnam-India
  // ties") is no dateline's.
  bool dateline_tail(size_t s, uint32_t k0, bool spaced_dash) const {
    const auto& sents = a_.tokens.sentences;
    const auto& toks = a_.tokens.tokens;
    int depth = 0;
    int caps_words = 0;  // an agency ("BERNAMA") may stand there; a headline in capitals has many
    for (uint32_t k = k0; k < sents[s].end && k < k0 + 14; ++k) {
      // "SUBIC BAY FREEPORT, Zambales, April 4 (PNA) --": the town's province or state after it
      if (norm(k - 1) == ",") {
        for (size_t m : by_sentence_[s]) {
          const auto& mm = a_.mentions[m];
          if (mm.begin == k && (mm.type == MentionType::kPlace || mm.type == MentionType::kCountry) && mm.end > k)
            k = mm.end;
        }
        if (k >= sents[s].end) return false;
      }
      std::string_view w = norm(k);
      bool dash = toks[k].has(segment::kHyphen) || w == "-" || w == "\xe2\x80\x93" || w == "\xe2\x80\x94";
      if (depth == 0 && toks[k].has(segment::kAllCaps) && toks[k].has(segment::kAlpha) && ++caps_words > 2)
        return false;
      if (depth == 0 && (w == ":" || dash)) return !(dash && spaced_dash && toks[k].span.start == toks[k - 1].span.end);
      if (w == "(") {
        ++depth;
        continue;
      }
      if (w == ")") {
        if (--depth < 0) return false;
        continue;
      }
      if (depth > 0 || w == "," || w == "." || toks[k].has(segment::kDigit) || toks[k].has(segment::kAllCaps) ||
          time::month_number(w) || time::weekday_number(w) >= 0 || w == "may") {
        continue;
      }
      return false;
    }
    return false;
  }

  // "SEPANG, Sept 9 (Bernama) --", "SUBIC BAY, Philippines, April 4 (PNA) --": a town the gazetteer does not
  // know, written in capitals before a comma and the rest of a dateline. Its state is one named right after
  // it, else that of the outlet filing the report (an agency's datelines at home name no state); without
  // either the town is not placed.
  std::optional<Location> unknown_dateline_town(size_t s) const {
    const auto& sent = a_.tokens.sentences[s];
    const auto& toks = a_.tokens.tokens;
    // ANI's "Bikaner (Rajasthan) [India], Nov 1 (ANI):": a town, its state in parentheses, its country in brackets
    {
      uint32_t w = sent.begin;
      while (w < sent.end && w < sent.begin + 3 && toks[w].has(segment::kCapitalized) && toks[w].has(segment::kAlpha))
        ++w;
      if (w > sent.begin && w + 1 < sent.end && norm(w) == "(") {
        uint32_t close = w + 1;
        while (close < sent.end && close < w + 5 && norm(close) != ")") ++close;
        if (close + 2 < sent.end && norm(close) == ")" && norm(close + 1) == "[") {
          for (size_t m : by_sentence_[s]) {
            const auto& mm = a_.mentions[m];
            if (mm.begin != close + 2 || mm.type != MentionType::kCountry || mm.demonym) continue;
            if (mm.end >= sent.end || norm(mm.end) != "]") break;
            std::string city(
                a_.tokens.text.substr(toks[sent.begin].span.start, toks[w - 1].span.end - toks[sent.begin].span.start));
            return Location{city, k_.countries.all()[mm.id].code};
          }
        }
      }
    }
    uint32_t e = sent.begin;
    while (e < sent.end && e < sent.begin + 3 && toks[e].has(segment::kAllCaps) && toks[e].has(segment::kAlpha) &&
           norm(e).size() > 1)
      ++e;
    if (e == sent.begin || e >= sent.end || norm(e) != ",") return std::nullopt;
    std::optional<std::string> country = outlet_country_;
    uint32_t tail = e + 1;
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.begin == e + 1 && mm.type == MentionType::kCountry && !mm.demonym) {
        country = k_.countries.all()[mm.id].code;
        tail = mm.end;
      }
    }
    if (!country || !dateline_tail(s, tail, false)) return std::nullopt;
    std::string city;
    for (uint32_t k = sent.begin; k < e; ++k) {
      std::string_view w = a_.tokens.text_of(k);
      if (!city.empty()) city += ' ';
      city += w.substr(0, 1);
      for (char c : w.substr(1)) city += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return Location{city, *country};
  }

  // A dateline names the town the report was filed from: an island or state written there is a city
  // ("LANGKAWI, May 24 (Bernama) --", as the seeds' "(from Johor, Malaysia)"); a region stays a region.
  Location dateline_place(const Mention& mm) const {
    const auto& p = k_.places[mm.id];
    if (p.type == "island" || p.type == "state") return Location{p.name, p.country};
    return place_location(mm);
  }

  Location place_location_by_id(uint32_t id) const {
    const auto& p = k_.places[id];
    Location loc{p.name, p.country};
    // a by-line "(from Johor, Malaysia)" is written city-style: a state keeps its name
    if (p.type == "region" || p.type == "island") loc.city.reset();
    return loc;
  }

  // Dates told against another occasion ("the day before", "later that day") and places "in the same
  // hotel", once every frame has its own date; a frame so placed is part of the same trip or event.
  void resolve_anchored(const std::optional<PartialDate>& main_date, const std::optional<Location>& main_loc) {
    for (auto& f : frames_) {
      if (f.same_place && !f.e.location) f.e.location = main_loc;
      if (!f.anchored_date || f.e.date) continue;
      std::optional<PartialDate> ref = main_date;
      std::optional<Location> ref_loc = main_loc;
      if (f.day_reference >= 0 && frames_[f.day_reference].e.date) {
        ref = frames_[f.day_reference].e.date;
        if (frames_[f.day_reference].e.location) ref_loc = frames_[f.day_reference].e.location;
      }
      f.e.date = time::resolve_from(*f.anchored_date, ref);
      if (f.e.date && f.e.status == EngagementStatus::kHeld) {
        f.same_occasion = true;
        if (!f.e.location) f.e.location = ref_loc;
      }
    }
  }

  // "SEOUL, Feb. 12 (Yonhap) -- South Korea and Indonesia agreed Thursday to ...; The 11th dialogue was held at
  // the ministry ...": a main event whose own sentences give no date takes the date of the article's lead
  // sentence (its first body sentence with a date, among the first six), after any dateline, when no other
  // occasion is told in it.
  // Whether a sentence has a lower-case word other than a clock's or a page stamp's ("am", "pm", "updated"):
  // a time-stamp line has none.
  bool has_prose_word(const segment::Sentence& sent) const {
    for (uint32_t t = sent.begin; t < sent.end; ++t) {
      const auto& tok = a_.tokens.tokens[t];
      if (!tok.has(segment::kAlpha) || tok.has(segment::kCapitalized)) continue;
      const std::string_view w = norm(t);
      if (w == "am" || w == "pm" || w == "updated" || w == "published" || w == "gmt" || w == "ict") continue;
      if (w.size() > 2 && (w.ends_with("am") || w.ends_with("pm")) && std::isdigit(static_cast<unsigned char>(w[0])))
        continue;  // "12:20am"
      return true;
    }
    return false;
  }

  void lead_date(Frame& m) {
    int seen = 0;
    for (size_t s = 0; s < a_.tokens.sentences.size() && seen < 6; ++s) {
      if (!sentence_in_body(a_.tokens.sentences[s].span)) continue;
      ++seen;
      if (dates_by_sentence_[s].empty()) continue;
      if (static_cast<int>(s) > m.anchor_sentence) return;  // the lead comes before the event's own sentence
      const auto& d0 = a_.dates[dates_by_sentence_[s].front()];
      if (d0.begin == a_.tokens.sentences[s].begin &&
          (d0.end + 1 >= a_.tokens.sentences[s].end || !has_prose_word(a_.tokens.sentences[s])))
        continue;  // "July 9, 2024", "07 Feb 2018 12:20AM (Updated: 07 Feb 2018 09:45AM)": the page's date
      bool other = false;
      // (an occasion planned in the lead is what the event agreed: "ministers on Tuesday (Feb 6) agreed ... to hold
      // the bloc's first maritime exercise with China later this year")
      for (const auto& f : frames_) {
        other =
            other || (&f != &m && f.anchor_sentence == static_cast<int>(s) && f.e.status == EngagementStatus::kHeld);
      }
      if (other) return;
      const auto& sent = a_.tokens.sentences[s];
      uint32_t from = sent.begin;
      for (uint32_t t = sent.begin; t < sent.end && t < sent.begin + 14; ++t) {
        std::string_view w = norm(t);
        if (w == "--" || w == "\xe2\x80\x93" || w == "\xe2\x80\x94" || w == ":" ||
            (w == "-" && a_.tokens.tokens[t].has(segment::kSpaceBefore))) {
          from = t + 1;
          break;
        }
      }
      for (size_t di : dates_by_sentence_[s]) {
        const auto& d = a_.dates[di];
        // a day ("Thursday", "on Feb 12", "yesterday"); a year or month in a lead is context ("ASEAN Chair for 2025")
        if (d.begin < from || d.vague || d.anchored || !(d.weekday >= 0 || d.day > 0 || d.deictic)) continue;
        m.e.date = time::resolve(d, reference_, false);
        m.e.end_date = time::resolve_end(d, reference_, false);
        if (m.e.date) explain(m, "date", "the article's lead sentence", d.begin, d.end);
        return;
      }
      return;
    }
  }

  // Whether a frame takes the main event's date and place: held (a planned or proposed occasion is
  // placed only by its own words), and not placed elsewhere by its own words.
  bool inherits_main(const Frame& f, const std::optional<Location>& main_loc) const {
    if (f.e.status != EngagementStatus::kHeld || f.remote || f.e.kind == EngagementKind::kCall) return false;
    if (f.e.location && main_loc && f.e.location->country != main_loc->country) return false;
    if (f.e.location && main_loc && f.e.location->city && main_loc->city &&
        normalize::fold(*f.e.location->city) != normalize::fold(*main_loc->city))
      return false;
    return true;
  }

  // The main event's place for an occasion held during it: where it has none, or only the state the main event's
  // city lies in ("separate meetings on the sidelines of the conference" in a sentence that says "a visit to
  // Russia" are in Moscow with the conference).
  void inherit_main_place(Frame& f, const std::optional<Location>& main_loc) {
    if (!main_loc) return;
    if (!f.e.location) {
      f.e.location = main_loc;
    } else if (!f.e.location->city && main_loc->city && f.e.location->country == main_loc->country &&
               f.e.kind != EngagementKind::kVisit) {  // (a visit is to a state: its place is the state)
      f.e.location = main_loc;
      explain(f, "location", "the main event's city in the state found", 0, 0);
    }
  }

  // Records the rule behind a field with the tokens [b, e) it rests on; an empty range (a rule that rests on
  // no one phrase, such as the dateline found by the reader) gets an empty span.
  void explain(Frame& f, std::string field, std::string rule, uint32_t b, uint32_t e) {
    if (!opts_.explain) return;
    const bool tokens = b < e && e <= a_.tokens.tokens.size();
    f.e.explanations.push_back(
        Explanation{std::move(field), std::move(rule), tokens ? a_.tokens.span_of(b, e) : Span{}});
  }

  bool who_is_protagonist_in(const Frame& f) const {
    return std::find(f.people.begin(), f.people.end(), protagonist_) != f.people.end();
  }

  std::optional<std::string> person_country(int who) const {
    if (who < 0) return std::nullopt;
    const auto& p = a_.people[who];
    if (p.country) return p.country;
    if (who == protagonist_) return home_country_;
    return std::nullopt;
  }

  // The protagonist's country when nothing names it: the state most mentioned, leaving out the states
  // of the other people named (they are the counterparts).
  void compute_home_country() {
    if (outlet_country_) {
      home_country_ = outlet_country_;
      return;
    }
    std::set<std::string> others;
    for (size_t p = 0; p < a_.people.size(); ++p) {
      if (static_cast<int>(p) != protagonist_ && a_.people[p].country) others.insert(*a_.people[p].country);
    }
    std::map<std::string, int> counts;
    std::string best;
    for (const auto& m : a_.mentions) {
      if (m.type != MentionType::kCountry || geographic(m) || !in_body(a_.tokens.span_of(m.begin, m.end))) continue;
      const std::string& code = k_.countries.all()[m.id].code;
      if (others.count(code)) continue;
      if (++counts[code] > (best.empty() ? 0 : counts[best])) best = code;
    }
    if (!best.empty())
      home_country_ = best;
    else
      home_country_ = a_.home_country;
  }

  void finish() {
    compute_home_country();
    if (main_ < 0) {
      // no named event: the first held occasion is what the article reports
      for (size_t i = 0; i < frames_.size(); ++i) {
        if (frames_[i].e.status == EngagementStatus::kHeld) {
          main_ = static_cast<int>(i);
          break;
        }
      }
    }
    // "The visit to Bien Hoa came on the second day of a two-day trip to Vietnam that began Tuesday in Hanoi": the
    // article's visit, whose sentences name no visitor, is the protagonist's (the first person the article names)
    // when the protagonist is not of the state visited
    if (main_ >= 0 && protagonist_ >= 0) {
      Frame& m = frames_[main_];
      const auto& who = a_.people[protagonist_];
      if (m.e.kind == EngagementKind::kVisit && m.e.status == EngagementStatus::kHeld && m.people.empty() &&
          m.e.location && who.country && *who.country != m.e.location->country) {
        add_person(m, protagonist_);
        explain(m, "participants", "the article's visit, no visitor named: its protagonist", 0, 0);
      }
    }
    // "After joining a multilateral exercise in Australia, the ship arrived in Indonesia for a port visit": an
    // occasion in a clause opened by "After/Before <verb>-ing" is earlier; the one its sentence goes on to report
    // is the article's
    if (main_ >= 0 && frames_[main_].anchor_sentence >= 0) {
      const Frame& m = frames_[main_];
      const auto& sent = a_.tokens.sentences[m.anchor_sentence];
      // (after a dateline: "MANILA, Philippines - After joining ...")
      uint32_t start = sent.begin;
      for (uint32_t t = sent.begin; t < sent.end && t < sent.begin + 10; ++t) {
        std::string_view w = norm(t);
        if (w == "-" || w == "\xe2\x80\x93" || w == "\xe2\x80\x94" || w == ":") start = t + 1;
      }
      std::string_view first = norm(start);
      uint32_t comma = start;
      while (comma < sent.end && norm(comma) != ",") ++comma;
      if ((first == "after" || first == "before") && start + 1 < sent.end && norm(start + 1).ends_with("ing") &&
          m.anchor_token < comma) {
        for (size_t i = 0; i < frames_.size(); ++i) {
          const Frame& f = frames_[i];
          if (static_cast<int>(i) == main_ || f.anchor_sentence != m.anchor_sentence || f.anchor_token <= comma ||
              f.e.status != EngagementStatus::kHeld)
            continue;
          frames_[main_].main_event = false;
          main_ = static_cast<int>(i);
          frames_[main_].main_event = true;
          frames_[main_].sideline = false;
          break;
        }
      }
    }
    if (main_ >= 0 && frames_[main_].e.kind == EngagementKind::kMultilateralMeeting) add_delegates(frames_[main_]);
    // a forum the article's people are at, though it is not the article's event ("Dr Ng is in the Chinese capital
    // for the ninth Xiangshan Forum ... Gen Wei is due to give the keynote address")
    for (size_t i = 0; i < frames_.size(); ++i) {
      auto& f = frames_[i];
      // (a meeting the day before the main one, in the same round of meetings, is no recalled one: "On Wednesday,
      // the 14th ADMM, also chaired by General Lich, approved ...")
      if (static_cast<int>(i) != main_ && f.e.kind == EngagementKind::kMultilateralMeeting &&
          f.e.status == EngagementStatus::kHeld && (!recalled(f) || (f.e.date && near_main(*f.e.date))) &&
          f.people.empty()) {
        add_delegates(f);
      }
    }
    // a dialogue's co-chairs and heads of delegation are named in its own sentences ("the Indian delegation
    // was headed by X", "co-chaired by X and Y"); the protagonist added for want of anyone yields to them
    for (auto& f : frames_) {
      // (a session a day before the main meeting, in the same visit, is no recalled one)
      if (f.e.kind != EngagementKind::kPolicyDialogue || f.e.status != EngagementStatus::kHeld) continue;
      if (recalled(f) && !near_main(*f.e.date)) {
        // "The 10th GBC meeting, co-chaired by A and B, was held in Luang Prabang in June": an earlier session's
        // co-chairs, named in its own sentence
        if (f.people.empty() && f.anchor_sentence >= 0 && co_chaired(f.anchor_sentence)) {
          for (size_t mi : by_sentence_[f.anchor_sentence]) {
            if (a_.mentions[mi].type == MentionType::kPerson) add_person(f, a_.mentions[mi].entity);
          }
        }
        continue;
      }
      const size_t had = f.people.size();
      add_delegates(f);
      if (f.fallback_person >= 0 && f.people.size() > had && !named_in_presence(f, f.fallback_person)) {
        f.people.erase(std::remove(f.people.begin(), f.people.end(), f.fallback_person), f.people.end());
      }
    }
    // "Also present was the ministry's secretary-general X", "which was also attended by Defence Minister Y",
    // "Z also took part in the meeting": others present at a meeting or call take part in it
    for (auto& f : frames_) {
      if ((f.e.kind != EngagementKind::kBilateralMeeting && f.e.kind != EngagementKind::kCall) ||
          f.e.status != EngagementStatus::kHeld || f.people.size() < 2)
        continue;
      for (int s : f.sentences) {
        if (s < f.anchor_sentence || !also_present(s)) continue;
        for (size_t mi : by_sentence_[s]) {
          if (a_.mentions[mi].type == MentionType::kPerson) add_person(f, a_.mentions[mi].entity);
        }
      }
    }
    // an exercise's commanders are named in its own sentences as leading or attending it ("X and Y led the
    // opening ceremony"), seldom in the sentence that reports it
    for (auto& f : frames_) {
      if (f.e.kind == EngagementKind::kExercise && f.e.status == EngagementStatus::kHeld && !recalled(f))
        add_delegates(f);
    }
    // "In talks held by video link, the two ministers ...": a meeting whose own first sentences say it was
    // remote is a call (a dialogue held by videoconference stays a dialogue)
    for (auto& f : frames_) {
      if (f.e.kind != EngagementKind::kBilateralMeeting || f.remote) continue;
      int seen = 0;
      for (int s : f.sentences) {
        if (s < f.anchor_sentence) continue;
        if (++seen > 2) break;
        // "... and spoke by phone last January": a sentence dated apart tells another occasion
        bool dated_elsewhere = false;
        for (size_t di : dates_by_sentence_[s]) {
          const auto& d = a_.dates[di];
          if (d.vague) continue;
          auto when = time::resolve(d, reference_, false);
          dated_elsewhere = dated_elsewhere || (when && f.e.date && !(*when == *f.e.date));
        }
        if (dated_elsewhere) continue;
        if (remote_sentence(s, a_.tokens.sentences[s].begin)) {
          f.e.kind = EngagementKind::kCall;
          f.remote = true;
          f.e.location.reset();
          explain(f, "kind", "its own sentence says it was held remotely", a_.tokens.sentences[s].begin,
                  a_.tokens.sentences[s].end);
          break;
        }
      }
    }
    // "A and B held summit talks on the sidelines of the APEC summit in Gyeongju": the meeting's people took
    // part in the forum it was held beside, and the meeting took place where the forum did
    std::vector<std::pair<size_t, size_t>> beside;  // (forum, meeting held beside it), indices into frames_
    // "On the margins of the ADMM-Plus, Mr Smith will hold bilateral meetings with ...": a meeting opened by the
    // name of a forum told before, of the same status, is held where and when the forum is, by people taking part
    for (auto& f : frames_) {
      if (f.e.kind != EngagementKind::kBilateralMeeting || f.anchor_sentence < 0) continue;
      for (size_t mi : mech_by_sentence_[f.anchor_sentence]) {
        const auto& mm = a_.mechanisms[mi];
        if (mm.canonical.empty() || mm.begin > f.anchor_token || !sidelines_of(mm.begin)) continue;
        for (auto& forum : frames_) {
          if (&forum == &f || forum.anchor_sentence >= f.anchor_sentence || forum.e.mechanism != mm.canonical ||
              forum.e.status != f.e.status || forum.e.kind != EngagementKind::kMultilateralMeeting)
            continue;
          if (!f.e.date && !f.anchored_date) f.e.date = forum.e.date, f.e.end_date.reset();
          if (!f.e.location) f.e.location = forum.e.location;
          for (int who : f.people) add_person(forum, who);
          break;
        }
      }
    }
    for (auto& forum : frames_) {
      if (!forum.beside_main || &forum == &frames_[std::max(main_, 0)]) continue;
      for (auto& f : frames_) {
        if (&f == &forum || f.anchor_sentence != forum.anchor_sentence ||
            f.e.kind != EngagementKind::kBilateralMeeting || f.e.status != forum.e.status ||
            f.anchor_token > forum.anchor_token || f.people.size() < 2)
          continue;
        if (forum.people.empty() || forum.people == std::vector<int>{forum.fallback_person}) {
          forum.people.clear();
          for (int who : f.people) add_person(forum, who);
          beside.emplace_back(&forum - frames_.data(), &f - frames_.data());
        }
        if (!f.e.location && forum.e.location) f.e.location = forum.e.location;
        if (!f.e.date && forum.e.date) f.e.date = forum.e.date;
      }
    }
    // main event first for date/place inheritance
    std::optional<PartialDate> main_date;
    std::optional<Location> main_loc;
    if (main_ >= 0) {
      auto& m = frames_[main_];
      if (!m.e.location && m.e.status == EngagementStatus::kHeld && !m.remote && m.e.kind != EngagementKind::kCall) {
        if (auto loc = cached_dateline()) {
          // an exercise ranges over an area: the dateline city is where the report was filed
          if (m.e.kind == EngagementKind::kExercise) loc->city.reset();
          // a visit to another state than the dateline's is in that state
          if (!m.dest_state.empty() && loc->country != m.dest_state) loc = Location{std::nullopt, m.dest_state};
          m.e.location = loc;
          explain(m, "location", "dateline", 0, 0);
        }
      }
      if (m.anchored_date && !m.e.date) m.e.date = time::resolve_from(*m.anchored_date, std::nullopt);
      if (!m.e.date && !m.anchored_date && m.e.status == EngagementStatus::kHeld) lead_date(m);
      main_date = m.e.date;
      main_loc = m.e.location;
    }
    resolve_anchored(main_date, main_loc);
    for (auto& f : frames_) to_come_by_date(f);
    for (auto& f : frames_) visit_start_told_after(f);
    for (auto& f : frames_) exercise_state_from_sites(f);
    // "at the military region's headquarters in the city on Monday": "the city" is the main event's
    if (main_loc && main_loc->city) {
      for (auto& f : frames_) {
        if (f.e.location || f.anchor_sentence < 0 || f.remote || f.e.kind == EngagementKind::kCall) continue;
        const auto& sent = a_.tokens.sentences[f.anchor_sentence];
        for (uint32_t t = std::max(sent.begin, f.anchor_token); t + 2 < sent.end; ++t) {
          if (norm(t) != "in" || norm(t + 1) != "the") continue;
          uint32_t u = t + 2;
          if (u + 1 < sent.end && lower_word(u) && norm(u + 1) == "city") ++u;  // "in the central city"
          if (norm(u) == "city" && (u + 1 >= sent.end || norm(u + 1) != "of")) {
            f.e.location = main_loc;
            explain(f, "location", "'in the city': the main event's", t, u + 1);
          }
          break;
        }
      }
    }
    for (size_t i = 0; i < frames_.size(); ++i) {
      auto& f = frames_[i];
      bool held = f.e.status == EngagementStatus::kHeld;
      if (f.sideline && !dated_apart(f) && inherits_main(f, main_loc)) {
        if (!f.e.date) f.e.date = main_date;
        inherit_main_place(f, main_loc);
        f.e.salience = Salience::kMain;
      } else if (static_cast<int>(i) == main_ || !held) {
        f.e.salience = Salience::kMain;
        // "Nishiyama is due to pay a courtesy call on the city's vice chairman on Wednesday", in a report of a ship's
        // five-day visit under way: a call to come within the visit's days is at the visit's place
        if (!held && !f.e.location && f.e.kind == EngagementKind::kBilateralMeeting && f.e.date &&
            f.e.date->has_day() && main_ >= 0 && frames_[main_].e.kind == EngagementKind::kVisit &&
            frames_[main_].e.status == EngagementStatus::kHeld && main_loc && near_main(*f.e.date)) {
          f.e.location = main_loc;
          explain(f, "location", "a call to come within the days of the visit under way", 0, 0);
        }
      } else if (held) {
        // an occasion recalled for context: held, not the article's event, on another date
        f.e.salience = Salience::kBackground;
        if (main_date && f.e.date && near_main(*f.e.date)) f.e.salience = Salience::kMain;
        // (a forum named for sideline meetings on another day is recalled with them)
        const bool recalled_forum = f.beside_main && f.e.date && !near_main(*f.e.date);
        // (and so is what was signed during an occasion recalled: "During the visit [in August last year], he ...
        // signed a plan ...")
        const bool recalled_with = f.same_occasion && main_date && f.e.date && !near_main(*f.e.date);
        if (f.beside_main || f.same_occasion) {
          if (!recalled_forum && !recalled_with) f.e.salience = Salience::kMain;
          if (f.beside_main && f.e.participants.empty() && f.people.empty() && protagonist_ >= 0) {
            Participant part;
            const auto& p = a_.people[protagonist_];
            part.name = p.name, part.country = p.country ? p.country : home_country_, part.title = p.title;
            part.rank = p.rank, part.organization = p.organization;
            f.e.participants.push_back(std::move(part));
            if (f.e.participants.back().country) add_unique(f.e.countries, *f.e.participants.back().country);
          }
          if (!recalled_forum && inherits_main(f, main_loc)) {
            if (!f.e.date) f.e.date = main_date;
            inherit_main_place(f, main_loc);
          }
        }
      }
      // participants and their countries: as named; else the one state of the occasion no other
      // participant holds (its named states and, when held, the host country); else, for the
      // protagonist, the article's home country
      for (int who : f.people) {
        const auto& p = a_.people[who];
        Participant part;
        part.name = p.name;
        part.country = p.country;
        // the annotator's guess from the most-named state or the dateline yields, for the protagonist, to the state
        // of the outlet that speaks for it (a ministry's readout of its own secretary's call, a national paper's
        // report from a forum abroad)
        if (who == protagonist_ && (p.country_rule == "home country of the article" || p.country_rule == "dateline") &&
            outlet_country_) {
          part.country = outlet_country_;
        }
        part.title = p.title;
        part.rank = p.rank;
        part.organization = p.organization;
        f.e.participants.push_back(std::move(part));
      }
      // "X received Y", "Y called on X" at a place: the host is of the place's state, the guest not, when only
      // a guess (the article's home country, the dateline's state) said otherwise
      if (f.host >= 0 && held && !f.remote && f.e.location && f.e.location->country && f.people.size() == 2) {
        const std::string& place_state = *f.e.location->country;
        for (size_t pi = 0; pi < 2; ++pi) {
          const bool guessed = state_guessed(f.people[pi]);
          auto& part = f.e.participants[pi];
          if (f.people[pi] == f.host && (!part.country || (guessed && *part.country != place_state))) {
            part.country = place_state;
          } else if (f.people[pi] != f.host && guessed && part.country == place_state) {
            part.country.reset();
          }
        }
      }
      // (people named together as one side share the state of the one whose state is known)
      if (f.one_side && !f.people.empty() && !state_guessed(f.people[0]) && f.e.participants[0].country) {
        for (size_t pi = 1; pi < f.people.size(); ++pi) {
          if (state_guessed(f.people[pi]) || !f.e.participants[pi].country)
            f.e.participants[pi].country = f.e.participants[0].country;
        }
      }
      // a visitor is not of the state visited, whatever a guess said
      if (f.e.kind == EngagementKind::kVisit && f.e.location && f.e.location->country && !f.e.participants.empty()) {
        auto& visitor = f.e.participants[0];
        if (state_guessed(f.people[0]) && visitor.country == f.e.location->country) visitor.country.reset();
      }
      std::vector<std::string> candidates = f.e.countries;
      // (on a forum's sidelines the place's state hosts the forum, not the meeting)
      bool on_sidelines = false;
      if (f.anchor_sentence >= 0) {
        const auto& sent = a_.tokens.sentences[f.anchor_sentence];
        for (uint32_t t = sent.begin; t < sent.end && !on_sidelines; ++t) on_sidelines = sidelines_word(t);
      }
      if (held && f.e.location && f.e.location->country && !on_sidelines)
        add_unique(candidates, *f.e.location->country);
      if (who_is_protagonist_in(f) && home_country_) add_unique(candidates, *home_country_);
      for (size_t pi = 0; pi < f.e.participants.size(); ++pi) {
        auto& p = f.e.participants[pi];
        if (p.country) continue;
        std::vector<std::string> unclaimed;
        // (a visitor is not of the state visited)
        const bool visitor = f.e.kind == EngagementKind::kVisit && pi == 0 && f.e.location && f.e.location->country;
        for (const auto& c : candidates) {
          if (visitor && c == *f.e.location->country) continue;
          bool claimed = std::any_of(f.e.participants.begin(), f.e.participants.end(),
                                     [&](const Participant& q) { return &q != &p && q.country && *q.country == c; });
          if (!claimed) unclaimed.push_back(c);
        }
        if (unclaimed.size() == 1) {
          p.country = unclaimed[0];
        } else if (f.people[pi] == protagonist_ && home_country_ &&
                   !(visitor && *home_country_ == *f.e.location->country)) {
          p.country = home_country_;
        } else if (unclaimed.empty() && on_sidelines && home_country_ &&
                   std::none_of(f.e.participants.begin(), f.e.participants.end(),
                                [&](const Participant& q) { return q.country && *q.country == *home_country_; })) {
          // "External Affairs Minister S Jaishankar met Chinese Foreign Minister Wang Yi on the sidelines of ...": the
          // one with no state named, beside a foreigner, is of the article's home state
          p.country = home_country_;
        }
      }
      for (const auto& p : f.e.participants) {
        if (p.country) add_unique(f.e.countries, *p.country);
      }
    }
    // the main multilateral event: heads of delegation met on its sidelines took part in it too
    if (main_ >= 0 && frames_[main_].e.kind == EngagementKind::kMultilateralMeeting) {
      auto& m = frames_[main_];
      for (const auto& f : frames_) {
        if (f.counterpart < 0) continue;
        for (const auto& p : f.e.participants) {
          bool have = std::any_of(m.e.participants.begin(), m.e.participants.end(),
                                  [&](const Participant& q) { return q.name == p.name; });
          if (!have) m.e.participants.push_back(p);
          if (p.country) add_unique(m.e.countries, *p.country);
        }
      }
      if (m.e.location && m.e.location->country) add_unique(m.e.countries, *m.e.location->country);
      // states named in the event's own sentences (not a sentence about another body or about who belongs to one:
      // "The ADMM-Plus brings together the 10 ASEAN members and eight partners: the United States, China, ...")
      for (int s : m.sentences) {
        bool other_body = false;
        for (size_t mi : mech_by_sentence_[s]) {
          const auto& mech = a_.mechanisms[mi];
          other_body = other_body || (!mech.canonical.empty() && mech.canonical != m.e.mechanism.value_or(""));
        }
        const auto& sent = a_.tokens.sentences[s];
        for (uint32_t t = sent.begin; t + 1 < sent.end && !other_body; ++t) {
          const std::string_view w = norm(t);
          other_body = (w == "brings" && norm(t + 1) == "together") || w == "comprises" || w == "consists" ||
                       (w == "made" && norm(t + 1) == "up");
        }
        if (other_body) continue;
        for (size_t mi : by_sentence_[s]) {
          const auto& mm = a_.mentions[mi];
          if (mm.type == MentionType::kCountry && !inside_other_name(s, mm) && !geographic(mm)) {
            add_unique(m.e.countries, k_.countries.all()[mm.id].code);
          }
        }
      }
    }
    // an occasion of two sides that names only one of them, in an article about two states' ties ("the next
    // exercise in Singapore", "the Chinese minister's visit"): the other side is the main event's other state
    if (main_ >= 0 && frames_[main_].e.kind != EngagementKind::kMultilateralMeeting &&
        frames_[main_].e.countries.size() == 2) {
      const auto& pair = frames_[main_].e.countries;
      for (size_t i = 0; i < frames_.size(); ++i) {
        auto& f = frames_[i];
        if (static_cast<int>(i) == main_ || f.e.kind == EngagementKind::kMultilateralMeeting || !f.e.groups.empty())
          continue;
        // ("The original agreement was signed in January 2008": an earlier signing of no one named, in an article
        // about two states' ties, is theirs)
        if (f.e.countries.empty() && f.people.empty() && f.e.kind == EngagementKind::kSigning &&
            f.e.status == EngagementStatus::kHeld) {
          f.e.countries = pair;
          explain(f, "countries", "the two states of the article's main occasion", 0, 0);
          continue;
        }
        if (f.e.countries.size() != 1) continue;
        const std::string& only = f.e.countries[0];
        if (only == pair[0])
          add_unique(f.e.countries, pair[1]);
        else if (only == pair[1])
          add_unique(f.e.countries, pair[0]);
      }
    }
    // (the forum's participants are the meeting's: so are their states)
    for (auto [fi, mi] : beside) {
      Frame& forum = frames_[fi];
      const Frame& meeting = frames_[mi];
      for (auto& p : forum.e.participants) {
        for (const auto& q : meeting.e.participants) {
          if (!p.country && q.name == p.name) p.country = q.country;
        }
        if (p.country) add_unique(forum.e.countries, *p.country);
      }
      for (const auto& c : meeting.e.countries) add_unique(forum.e.countries, c);
    }
    for (auto& f : frames_) {
      // a visit held somewhere is a visit to that place's state ("arrived on Sunday" under an ISLAMABAD dateline)
      if (f.e.kind == EngagementKind::kVisit && f.e.status == EngagementStatus::kHeld && f.e.location &&
          f.e.location->country && f.e.countries.size() == 1)
        add_unique(f.e.countries, *f.e.location->country);
      if (f.e.kind == EngagementKind::kExercise) {
        add_unique(f.e.areas, "exercises");  // always, per guidelines
        if (naval_exercise(f)) add_unique(f.e.areas, "naval");
      }
      if (ship_visit(f)) add_unique(f.e.areas, "naval");
      std::sort(f.e.evidence.begin(), f.e.evidence.end());
      f.e.evidence.erase(std::unique(f.e.evidence.begin(), f.e.evidence.end()), f.e.evidence.end());
    }
  }

  // Whether person `who` is named in one of the frame's sentences that carries a word of presence.
  bool named_in_presence(const Frame& m, int who) const {
    for (int s : m.sentences) {
      if (!presence_sentence(s)) continue;
      for (size_t mi : by_sentence_[s]) {
        if (a_.mentions[mi].type == MentionType::kPerson && a_.mentions[mi].entity == who) return true;
      }
    }
    return false;
  }

  // "also" with a word of being present, within a few words: "Also present was", "was also attended by",
  // "also took part in", "also joined the talks".
  bool also_present(int s) const {
    static const std::set<std::string_view> present = {"present",      "attended", "attending",  "joined",
                                                       "participated", "part",     "accompanied"};
    const auto& sent = a_.tokens.sentences[s];
    for (uint32_t t = sent.begin; t < sent.end; ++t) {
      if (norm(t) != "also") continue;
      for (uint32_t u = t + 1; u < sent.end && u < t + 4; ++u) {
        if (present.count(norm(u))) return true;
      }
    }
    // "The meeting, attended by A and B, dealt with ...": the meeting told before, and who else was there
    bool the_meeting = false;
    for (uint32_t t = sent.begin; t < sent.end && t < sent.begin + 3; ++t) {
      std::string_view w = norm(t);
      the_meeting = the_meeting || w == "meeting" || w == "talks" || w == "call";
    }
    if (the_meeting) {
      for (uint32_t t = sent.begin; t + 1 < sent.end && t < sent.begin + 8; ++t) {
        if (norm(t) == "attended" && norm(t + 1) == "by") return true;
      }
    }
    return false;
  }

  // A sentence that says who took part in the occasion it tells: "X attended", "co-chaired by", "Y gave the
  // keynote address" (grammar.tsv presence_word), or "X is in Beijing for the Xiangshan Forum". Not a sentence
  // that reports a meeting of its own.
  bool co_chaired(int s) const {
    const auto& sent = a_.tokens.sentences[s];
    for (uint32_t t = sent.begin; t < sent.end; ++t) {
      std::string_view w = norm(t);
      if (w == "co-chaired" || w == "cochaired" ||
          ((w == "chaired" || w == "headed") && t + 1 < sent.end && norm(t + 1) == "by"))
        return true;
    }
    return false;
  }

  bool presence_sentence(int s) const {
    const auto& sent = a_.tokens.sentences[s];
    // "Among those at the meeting were A, B and C"
    bool present = sent.begin + 2 < sent.end && norm(sent.begin) == "among" && norm(sent.begin + 1) == "those";
    for (uint32_t t = sent.begin; t < sent.end && !present; ++t) {
      std::string_view w = norm(t);
      present = k_.grammar.is(w, gazetteer::WordClass::kPresenceWord);
      // "is in <place> for": there for the occasion
      if (!present && (w == "is" || w == "are" || w == "was" || w == "were") && t + 2 < sent.end &&
          norm(t + 1) == "in") {
        for (uint32_t u = t + 2; u < sent.end && u < t + 8 && !present; ++u) present = norm(u) == "for";
      }
    }
    return present && !meeting_trigger(s);
  }

  // "a naval exercise", "the navies' passage exercise (PASSEX)", "maritime drills": an exercise at sea is
  // naval cooperation too (examples' precedent). Words next to the exercise's own word only.
  bool naval_exercise(const Frame& f) const {
    if (f.anchor_sentence < 0) return false;
    const auto& sent = a_.tokens.sentences[f.anchor_sentence];
    static const std::set<std::string_view> sea = {"navy", "navies", "maritime", "passage", "sea"};
    const uint32_t b = f.anchor_token > sent.begin + 4 ? f.anchor_token - 4 : sent.begin;
    const uint32_t e = std::min<uint32_t>(sent.end, f.anchor_token + 5);
    for (uint32_t t = b; t < e; ++t) {
      if (sea.count(norm(t)) || k_.grammar.is(norm(t), gazetteer::WordClass::kShipNoun)) return true;
    }
    return false;
  }

  // "The frigate arrived at Trincomalee on a goodwill visit", "a port call by two destroyers": a visit of ships,
  // naval cooperation by itself (areas.tsv: warship and port visits)
  bool ship_visit(const Frame& f) const {
    if (f.anchor_sentence < 0 || f.e.kind != EngagementKind::kVisit) return false;
    const auto& sent = a_.tokens.sentences[f.anchor_sentence];
    const uint32_t b = f.anchor_token > sent.begin + 12 ? f.anchor_token - 12 : sent.begin;
    const uint32_t e = std::min<uint32_t>(sent.end, f.anchor_token + 8);
    for (uint32_t t = b; t < e; ++t) {
      std::string_view w = norm(t);
      if ((k_.grammar.is(w, gazetteer::WordClass::kShipNoun) && w != "naval" && w != "sailors") || w == "port")
        return true;
    }
    return false;
  }

  // The heads of delegation a forum's own sentences place at it: "X, Y and Z were among those present",
  // "China was represented by X", "the meeting was attended by ...". People in a sentence of the forum
  // that carries a word of presence take part; people only mentioned elsewhere do not.
  void add_delegates(Frame& m) {
    // (a forum told in passing has its one sentence, which went to the occasion the passage is about)
    std::set<int> own = m.sentences;
    if (m.anchor_sentence >= 0) own.insert(m.anchor_sentence);
    // ("The visit coincided with the sixth session of the committee. The Kuwaiti side was headed by A, and the French
    // side by B.": the sentence right after, telling no occasion of its own, names the session's delegations)
    if (const int next = m.anchor_sentence + 1;
        m.anchor_sentence >= 0 && next < static_cast<int>(a_.tokens.sentences.size()) &&
        std::none_of(frames_.begin(), frames_.end(), [&](const Frame& f) { return f.anchor_sentence == next; }))
      own.insert(next);
    for (int s : own) {
      if (!presence_sentence(s)) continue;
      for (size_t mi : by_sentence_[s]) {
        if (a_.mentions[mi].type == MentionType::kPerson) add_person(m, a_.mentions[mi].entity);
      }
    }
  }

  bool inside_other_name(int s, const Mention& m) const {
    for (size_t mi : mech_by_sentence_[s]) {
      const auto& mm = a_.mechanisms[mi];
      if (main_ >= 0 && frames_[main_].mechanism == &mm) continue;
      if (m.begin >= mm.begin && m.end <= mm.end) return true;
    }
    return false;
  }

  const gazetteer::Knowledge& k_;
  const Document& doc_;
  const Annotations& a_;
  const ExtractOptions& opts_;
  std::vector<std::vector<size_t>> by_sentence_;
  std::vector<std::vector<size_t>> mech_by_sentence_;
  std::vector<std::vector<size_t>> dates_by_sentence_;
  std::map<std::pair<int, int>, int> bilateral_of_;  // (person, person) -> frame
  std::map<int, int> visit_of_;                      // visitor -> frame
  std::vector<Frame> frames_;
  int protagonist_ = -1;
  int main_ = -1;
  int signing_told_in_ = -1;  // sentence that named a signing told before ("The MOU was signed by A and B")
  std::optional<std::string> home_country_;
  std::optional<std::string> outlet_country_;
  std::optional<PartialDate> reference_;      // what relative dates count from (see reference_date)
  mutable std::optional<Location> dateline_;  // the dateline's place, parsed once when asked
  mutable bool dateline_cached_ = false;
  std::string plural_mechanism_;  // "<A>-<B>-<C> <Office>' Meeting" once the article names its states
  std::vector<std::string> plural_states_;
  bool plural_people_here_ = false;  // the mechanism was found from the people of one sentence: they took part
};

}  // namespace

DocumentRecord Extractor::build(const Document& doc, const Annotations& a, const ExtractOptions& opts) const {
  DocumentRecord r;
  r.doc = doc.id;
  r.published = doc.published;
  Builder b(*k_, doc, a, opts);
  r.engagements = b.run();
  return r;
}

DocumentRecord Extractor::extract(const Document& doc, const ExtractOptions& opts) const {
  if (!prefilter_.may_be_relevant(doc.text, doc.body)) return DocumentRecord{doc.id, doc.published, {}};
  // The whole text is annotated, page furniture included: a caption or by-line may be the only place
  // that gives a person's full name or the dateline. Engagements come from the article body only.
  annotate::Annotations a = annotate::annotate(*k_, doc.text, {});
  return build(doc, a, opts);
}

}  // namespace attache::extract
