// The engagement builder. See extractor.h; the rules follow ../shared/spec/guidelines.md.
#include <algorithm>
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

struct Frame {
  Engagement e;
  int anchor_sentence = -1;
  uint32_t anchor_token = 0;
  std::vector<int> people;  // person entities taking part
  int counterpart = -1;     // bilateral: the person met
  std::string counterpart_country;
  bool main_event = false;
  bool sideline = false;
  std::set<int> sentences;
  const MechanismMention* mechanism = nullptr;
};

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
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
    mech_by_sentence_.resize(sents.size());
    for (size_t m = 0; m < a_.mechanisms.size(); ++m) {
      mech_by_sentence_[a_.tokens.sentence_of(a_.mechanisms[m].begin)].push_back(m);
    }
  }

  std::vector<Engagement> run() {
    if (a_.tokens.sentences.empty()) return {};
    protagonist_ = first_person();
    int current = -1;
    for (size_t s = 0; s < a_.tokens.sentences.size(); ++s) {
      int opened = sentence(static_cast<int>(s), current);
      if (opened >= 0) current = opened;
      if (current >= 0) frames_[current].sentences.insert(static_cast<int>(s));
    }
    finish();
    std::vector<Engagement> out;
    for (auto& f : frames_) {
      if (f.e.kind == EngagementKind::kBilateralMeeting && f.counterpart < 0 && f.e.countries.size() < 2) continue;
      out.push_back(std::move(f.e));
    }
    return out;
  }

 private:
  std::string_view norm(size_t i) const { return a_.tokens.norm_of(i); }

  int first_person() const {
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
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kStatusCue) continue;
      if (mm.end <= b && b - mm.end <= 12) {
        // no full stop or semicolon between
        bool blocked = false;
        for (uint32_t t = mm.end; t < b; ++t) {
          if (norm(t) == ";" ) blocked = true;
        }
        if (!blocked && (!best || mm.begin > best->begin)) best = &mm;
      }
      if (mm.begin >= e && mm.begin - e <= 4) {
        // "... to the second Expo scheduled for December": the occasion itself is scheduled, whoever invited
        if (!best || k_.status_cues[mm.id].status == EngagementStatus::kPlanned) best = &mm;
      }
    }
    (void)sent;
    if (!best) return std::nullopt;
    if (rule) *rule = "status_cues.tsv: " + k_.status_cues[best->id].phrase;
    return k_.status_cues[best->id].status;
  }

  // "at the ...", "during the ...", "on the sidelines of the ...": the mention names an occasion.
  bool occasion_context(uint32_t b) const {
    uint32_t i = b;
    if (i > 0 && norm(i - 1) == "the") --i;
    while (i > 0 && (norm(i - 1) == "recent" || norm(i - 1) == "latest" || norm(i - 1) == "annual")) --i;
    if (i == 0) return false;
    std::string_view w = norm(i - 1);
    return w == "at" || w == "during" || w == "attend" || w == "attended" || w == "attending" ||
           (w == "of" && i >= 2 && norm(i - 2) == "sidelines") || (w == "on" && i >= 2 && norm(i - 2) == "sidelines");
  }

  bool sentence_has_trigger(int s, bool strong_only) const {
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type == MentionType::kTrigger && (!strong_only || k_.triggers[mm.id].strong)) return true;
    }
    return false;
  }

  const Mention* meeting_trigger(int s) const {
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.type != MentionType::kTrigger) continue;
      auto kind = k_.triggers[mm.id].kind;
      if (kind == EngagementKind::kBilateralMeeting || kind == EngagementKind::kCall) return &mm;
    }
    return nullptr;
  }

  // Processes sentence s; returns the frame it opens (or -1).
  int sentence(int s, int current) {
    int opened = -1;
    // 1. named mechanisms
    for (size_t mi : mech_by_sentence_[s]) {
      const auto& mm = a_.mechanisms[mi];
      std::string rule;
      auto status = status_for(s, mm.begin, mm.end, &rule);
      bool first_sentences = s <= 3 && frames_.empty();
      if (!mm.ordinal && !status && !sentence_has_trigger(s, true) && !first_sentences && !occasion_context(mm.begin))
        continue;
      if (mm.needs_states && !status && !mm.ordinal) continue;
      int f = find_mechanism_frame(mm, status.value_or(EngagementStatus::kHeld));
      if (f < 0) {
        Frame fr;
        fr.e.kind = mm.kind;
        fr.e.status = status.value_or(EngagementStatus::kHeld);
        fr.e.name = mm.name;
        fr.e.ordinal = mm.ordinal;
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
        fr.anchor_sentence = s;
        fr.anchor_token = mm.begin;
        fr.mechanism = &mm;
        explain(fr, "kind", mm.rule, mm.begin, mm.end);
        if (status) explain(fr, "status", rule, mm.begin, mm.end);
        if (mm.needs_states && current >= 0) {
          // "the countries' first defence policy dialogue": the states of the meeting that agreed it
          fr.e.countries = frames_[current].e.countries;
          if (fr.e.countries.size() == 2) {
            fr.e.mechanism = k_.countries.by_code(fr.e.countries[0])->name + "-" +
                             k_.countries.by_code(fr.e.countries[1])->name + " " + mm.type_name;
            explain(fr, "mechanism", "states of the current meeting + " + mm.type_name, mm.begin, mm.end);
          }
        }
        if (fr.e.status != EngagementStatus::kHeld && current >= 0) {
          for (const auto& c : frames_[current].e.countries) {
            if (fr.e.countries.size() < 2) add_unique(fr.e.countries, c);
          }
        }
        frames_.push_back(std::move(fr));
        f = static_cast<int>(frames_.size() - 1);
        date_and_place(frames_[f], s, mm.end);
        if (frames_[f].e.status == EngagementStatus::kHeld && main_ < 0) {
          main_ = f;
          frames_[f].main_event = true;
          opened = f;
          // participants: people in the anchor sentence
          for (size_t m : by_sentence_[s]) {
            if (a_.mentions[m].type == MentionType::kPerson) add_person(frames_[f], a_.mentions[m].entity);
          }
          if (frames_[f].people.empty()) add_person(frames_[f], protagonist_);
        }
      }
      frames_[f].e.evidence.push_back(a_.tokens.sentences[s].span);
    }
    // 2. bilateral meetings: a meeting trigger and named counterparts other than the protagonist
    if (const Mention* trig = meeting_trigger(s)) {
      std::vector<int> counterparts;
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type == MentionType::kPerson && mm.entity != protagonist_ &&
            std::find(counterparts.begin(), counterparts.end(), mm.entity) == counterparts.end()) {
          counterparts.push_back(mm.entity);
        }
      }
      for (int who : counterparts) {
        int f = find_bilateral(who);
        if (f < 0) {
          Frame fr;
          fr.e.kind = k_.triggers[trig->id].kind == EngagementKind::kCall ? EngagementKind::kCall
                                                                           : EngagementKind::kBilateralMeeting;
          fr.e.status = EngagementStatus::kHeld;
          fr.anchor_sentence = s;
          fr.anchor_token = trig->begin;
          fr.counterpart = who;
          fr.sideline = main_ >= 0;
          explain(fr, "kind", "triggers.tsv: " + k_.triggers[trig->id].phrase, trig->begin, trig->end);
          if (protagonist_ >= 0) add_person(fr, protagonist_);
          add_person(fr, who);
          frames_.push_back(std::move(fr));
          f = static_cast<int>(frames_.size() - 1);
          date_and_place(frames_[f], s, trig->end);
        }
        frames_[f].e.evidence.push_back(a_.tokens.sentences[s].span);
        opened = f;
      }
      if (counterparts.size() > 1) opened = -1;  // a summary sentence listing several meetings
    }
    // 3. areas of this sentence go to the frame it belongs to
    int target = opened >= 0 ? opened : current;
    if (target >= 0) {
      for (size_t m : by_sentence_[s]) {
        const auto& mm = a_.mentions[m];
        if (mm.type != MentionType::kArea) continue;
        if (inside_planned_name(s, mm)) continue;
        add_unique(frames_[target].e.areas, k_.area_ids[mm.id]);
        explain(frames_[target], "areas", "area_phrases.tsv: " + std::string(a_.tokens.text_of(mm.begin)), mm.begin, mm.end);
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
    return opened;
  }

  bool inside_planned_name(int s, const Mention& area) const {
    for (size_t mi : mech_by_sentence_[s]) {
      const auto& mm = a_.mechanisms[mi];
      if (area.begin >= mm.begin && area.end <= mm.end) return true;
    }
    return false;
  }

  int find_mechanism_frame(const MechanismMention& mm, EngagementStatus status) const {
    for (size_t f = 0; f < frames_.size(); ++f) {
      const auto& e = frames_[f].e;
      if (!frames_[f].mechanism) continue;
      bool same_mech = !mm.canonical.empty() && e.mechanism && normalize::fold(*e.mechanism) == normalize::fold(mm.canonical);
      if (!same_mech) continue;
      if (mm.ordinal && e.ordinal && *mm.ordinal != *e.ordinal) continue;
      if ((mm.ordinal.has_value() != e.ordinal.has_value()) && e.status != status) continue;
      return static_cast<int>(f);
    }
    return -1;
  }

  int find_bilateral(int who) const {
    for (size_t f = 0; f < frames_.size(); ++f) {
      if (frames_[f].counterpart == who) return static_cast<int>(f);
    }
    return -1;
  }

  void add_person(Frame& f, int who) {
    if (who < 0) return;
    if (std::find(f.people.begin(), f.people.end(), who) == f.people.end()) f.people.push_back(who);
  }

  // Date: the first date expression after the anchor in the sentence (or before it).
  // Place: "in <place>" / "in <country>" in the sentence.
  void date_and_place(Frame& f, int s, uint32_t after) {
    const auto& sent = a_.tokens.sentences[s];
    const time::DateExpr* best = nullptr;
    for (const auto& d : a_.dates) {
      if (d.begin < sent.begin || d.end > sent.end) continue;
      if (d.begin >= after && (!best || best->begin < after || d.begin < best->begin)) best = &d;
      if (d.begin < after && !best && f.e.status == EngagementStatus::kHeld) best = &d;
    }
    bool future = f.e.status != EngagementStatus::kHeld;
    if (best) {
      f.e.date = time::resolve(*best, doc_.published, future);
      f.e.end_date = time::resolve_end(*best, doc_.published, future);
      if (f.e.date) explain(f, "date", "date expression", best->begin, best->end);
    }
    // places introduced by "in" (or "hosted in", "held in") after the anchor
    for (size_t m : by_sentence_[s]) {
      const auto& mm = a_.mentions[m];
      if (mm.begin < after || mm.begin == 0) continue;
      if (norm(mm.begin - 1) != "in" && norm(mm.begin - 1) != ",") continue;
      if (norm(mm.begin - 1) == "," && !f.e.location) continue;
      if (mm.type == MentionType::kPlace) {
        const auto& p = k_.places[mm.id];
        if (!f.e.location) f.e.location = Location{p.name, p.country};
        explain(f, "location", "places.tsv: " + p.name, mm.begin, mm.end);
        // "in Johor, Malaysia": the country confirms the place
        continue;
      }
      if (mm.type == MentionType::kCountry && !mm.demonym) {
        std::string code = k_.countries.all()[mm.id].code;
        if (!f.e.location) {
          f.e.location = Location{std::nullopt, code};
          explain(f, "location", "in <country>", mm.begin, mm.end);
        }
        break;
      }
    }
  }

  void explain(Frame& f, std::string field, std::string rule, uint32_t b, uint32_t e) {
    if (!opts_.explain) return;
    f.e.explanations.push_back(Explanation{std::move(field), std::move(rule), a_.tokens.span_of(b, e)});
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
    std::set<std::string> others;
    for (size_t p = 0; p < a_.people.size(); ++p) {
      if (static_cast<int>(p) != protagonist_ && a_.people[p].country) others.insert(*a_.people[p].country);
    }
    std::map<std::string, int> counts;
    std::string best;
    for (const auto& m : a_.mentions) {
      if (m.type != MentionType::kCountry) continue;
      const std::string& code = k_.countries.all()[m.id].code;
      if (others.count(code)) continue;
      if (++counts[code] > (best.empty() ? 0 : counts[best])) best = code;
    }
    if (!best.empty()) home_country_ = best;
    else home_country_ = a_.home_country;
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
    // main event first for date/place inheritance
    std::optional<PartialDate> main_date;
    std::optional<Location> main_loc;
    if (main_ >= 0) {
      auto& m = frames_[main_];
      if (!m.e.location) {
        if (a_.dateline_place) {
          const auto& p = k_.places[*a_.dateline_place];
          m.e.location = Location{p.name, p.country};
          explain(m, "location", "dateline", 0, 0);
        } else if (a_.dateline_country) {
          m.e.location = Location{std::nullopt, k_.countries.all()[*a_.dateline_country].code};
        }
      }
      main_date = m.e.date;
      main_loc = m.e.location;
    }
    for (size_t i = 0; i < frames_.size(); ++i) {
      auto& f = frames_[i];
      bool held = f.e.status == EngagementStatus::kHeld;
      if (f.sideline || (f.counterpart >= 0 && main_ >= 0)) {
        if (!f.e.date) f.e.date = main_date;
        if (!f.e.location) f.e.location = main_loc;
        f.e.salience = Salience::kMain;
      } else if (static_cast<int>(i) == main_ || !held) {
        f.e.salience = Salience::kMain;
      } else if (held) {
        // an occasion recalled for context: held, not the article's event, on another date
        f.e.salience = Salience::kBackground;
        if (main_date && f.e.date && *f.e.date == *main_date) f.e.salience = Salience::kMain;
      }
      // participants and their countries
      for (int who : f.people) {
        const auto& p = a_.people[who];
        Participant part;
        part.name = p.name;
        part.country = person_country(who);
        part.title = p.title;
        part.rank = p.rank;
        part.organization = p.organization;
        f.e.participants.push_back(std::move(part));
      }
      // a participant of unknown country in a two-state occasion belongs to the state no one else holds
      for (auto& p : f.e.participants) {
        if (p.country && !(a_.people[f.people[&p - f.e.participants.data()]].country)) {
          std::vector<std::string> unclaimed;
          for (const auto& c : f.e.countries) {
            bool claimed = std::any_of(f.e.participants.begin(), f.e.participants.end(), [&](const Participant& q) {
              return &q != &p && q.country && *q.country == c;
            });
            if (!claimed) unclaimed.push_back(c);
          }
          if (unclaimed.size() == 1 && f.e.countries.size() >= 2) p.country = unclaimed[0];
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
      // states named in the event's own sentences
      for (int s : m.sentences) {
        for (size_t mi : by_sentence_[s]) {
          const auto& mm = a_.mentions[mi];
          if (mm.type == MentionType::kCountry && !inside_other_name(s, mm)) {
            add_unique(m.e.countries, k_.countries.all()[mm.id].code);
          }
        }
      }
    }
    for (auto& f : frames_) {
      std::sort(f.e.evidence.begin(), f.e.evidence.end());
      f.e.evidence.erase(std::unique(f.e.evidence.begin(), f.e.evidence.end()), f.e.evidence.end());
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
  std::vector<Frame> frames_;
  int protagonist_ = -1;
  int main_ = -1;
  std::optional<std::string> home_country_;
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
  annotate::Annotations a = annotate::annotate(*k_, doc.text, doc.body);
  return build(doc, a, opts);
}

}  // namespace attache::extract
