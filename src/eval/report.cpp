#include "eval/report.h"

#include <algorithm>
#include <cstdio>
#include <optional>

namespace attache::eval {

namespace {

using ojson = nlohmann::ordered_json;

std::string fixed(double v, int decimals = 3) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// Left-aligned in `width` columns (counting UTF-8 code points, so names with diacritics line up).
std::string pad(std::string s, size_t width) {
  size_t cps = 0;
  for (unsigned char c : s) cps += (c & 0xC0) != 0x80 ? 1 : 0;
  if (cps < width) s.append(width - cps, ' ');
  return s;
}

std::string rpad(const std::string& s, size_t width) {
  return s.size() < width ? std::string(width - s.size(), ' ') + s : s;
}

std::string quoted(const std::optional<std::string>& s) { return s ? "\"" + *s + "\"" : "null"; }

std::string date_text(const std::optional<PartialDate>& d) { return d ? d->to_string() : "null"; }

std::string location_text(const std::optional<Location>& l) {
  if (!l || (!l->city && !l->country)) return "null";
  return (l->city ? *l->city : "?") + ", " + (l->country ? *l->country : "?");
}

std::string ordinal_text(const std::optional<int>& o) { return o ? std::to_string(*o) : "null"; }

std::string joined(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

// Items of sorted set `a` that are not in sorted set `b`.
std::vector<std::string> minus(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  for (const auto& x : a) {
    if (!std::binary_search(b.begin(), b.end(), x)) out.push_back(x);
  }
  return out;
}

std::string prf_row(const std::string& label, const PRF& p, bool vacuous) {
  std::string row = pad(label, 22) + rpad(std::to_string(p.gold), 7) + rpad(std::to_string(p.predicted), 7) +
                    rpad(std::to_string(p.matched), 7);
  if (vacuous) return row + rpad("-", 11) + rpad("-", 8) + rpad("-", 8) + "\n";
  return row + rpad(fixed(p.precision()), 11) + rpad(fixed(p.recall()), 8) + rpad(fixed(p.f1()), 8) + "\n";
}

std::string tally_row(const char* name, const Tally& t) {
  auto acc = t.accuracy();
  return "  " + pad(name, 18) + rpad(std::to_string(t.correct) + "/" + std::to_string(t.total), 11) +
         rpad(acc ? fixed(*acc) : "-", 8) + "\n";
}

ojson number_or_null(std::optional<double> v) { return v ? ojson(*v) : ojson(nullptr); }

ojson prf_json(const PRF& p, bool vacuous = false) {
  ojson j{{"gold", p.gold}, {"predicted", p.predicted}, {"matched", p.matched}};
  j["precision"] = vacuous ? ojson(nullptr) : ojson(p.precision());
  j["recall"] = vacuous ? ojson(nullptr) : ojson(p.recall());
  j["f1"] = vacuous ? ojson(nullptr) : ojson(p.f1());
  return j;
}

ojson tally_json(const Tally& t) {
  return ojson{{"correct", t.correct}, {"total", t.total}, {"accuracy", number_or_null(t.accuracy())}};
}

// "missed: a, b | spurious: c" for two sets, or "" when they are equal.
std::string set_diff(const std::vector<std::string>& gold, const std::vector<std::string>& pred) {
  auto missed = minus(gold, pred), spurious = minus(pred, gold);
  std::string out;
  if (!missed.empty()) out += "missed: " + joined(missed, ", ");
  if (!spurious.empty()) out += std::string(out.empty() ? "" : " | ") + "spurious: " + joined(spurious, ", ");
  return out;
}

}  // namespace

std::string describe(const Engagement& e) {
  std::string out = std::string(to_string(e.kind)) + " " + to_string(e.status);
  if (e.salience == Salience::kBackground) out += " (background)";
  if (e.date) out += " " + e.date->to_string() + (e.end_date ? ".." + e.end_date->to_string() : "");
  if (e.location && (e.location->city || e.location->country)) out += " @ " + location_text(e.location);
  if (e.mechanism) {
    out += " mech " + quoted(e.mechanism);
  } else if (e.name) {
    out += " name " + quoted(e.name);
  }
  if (e.ordinal) out += " #" + std::to_string(*e.ordinal);
  out += " {" + joined(e.countries, " ") + "}";
  if (!e.groups.empty()) out += " +" + joined(e.groups, "+");
  if (!e.participants.empty()) {
    std::vector<std::string> names;
    for (const auto& p : e.participants) names.push_back(p.name);
    out += " [" + joined(names, "; ") + "]";
  }
  return out;
}

std::string format_diff(const DocResult& d, bool all_pairs) {
  std::string out =
      "== " + d.doc + ": slot F1 " + fixed(d.slots.f1()) + " (P " + fixed(d.slots.precision()) + ", R " +
      fixed(d.slots.recall()) + "); engagements gold " + std::to_string(d.engagements.gold) + ", predicted " +
      std::to_string(d.engagements.predicted) + ", matched " + std::to_string(d.engagements.matched) + "\n";
  if (!d.has_prediction) out += "   (no prediction for this document)\n";
  const auto& ge = d.gold.engagements;
  const auto& pe = d.pred.engagements;

  for (const auto& r : d.pairs) {
    const Engagement& g = ge[r.gold];
    const Engagement& p = pe[r.pred];
    std::vector<std::string> lines;
    auto field = [&](const char* name, const Tally& t, const std::string& gv, const std::string& pv) {
      if (t.correct != t.total) lines.push_back(pad(name, 14) + "gold " + gv + " | pred " + pv);
    };
    field("kind", r.fields.kind, to_string(g.kind), to_string(p.kind));
    field("status", r.fields.status, to_string(g.status), to_string(p.status));
    field("salience", r.fields.salience, to_string(g.salience), to_string(p.salience));
    field("date", r.fields.date, date_text(g.date), date_text(p.date));
    field("location", r.fields.location, location_text(g.location), location_text(p.location));
    field("mechanism", r.fields.mechanism, quoted(g.mechanism), quoted(p.mechanism));
    field("ordinal", r.fields.ordinal, ordinal_text(g.ordinal), ordinal_text(p.ordinal));

    // Participants: unmatched names on each side, then wrong attributes of matched ones.
    std::vector<bool> g_used(g.participants.size()), p_used(p.participants.size());
    for (const auto& pp : r.participant_pairs) g_used[pp.gold] = p_used[pp.pred] = true;
    std::vector<std::string> missed, spurious;
    for (size_t i = 0; i < g.participants.size(); ++i) {
      if (!g_used[i]) missed.push_back(g.participants[i].name);
    }
    for (size_t i = 0; i < p.participants.size(); ++i) {
      if (!p_used[i]) spurious.push_back(p.participants[i].name);
    }
    if (!missed.empty() || !spurious.empty()) {
      std::string s;
      if (!missed.empty()) s += "missed: " + joined(missed, "; ");
      if (!spurious.empty()) s += std::string(s.empty() ? "" : " | ") + "spurious: " + joined(spurious, "; ");
      lines.push_back(pad("participants", 14) + s);
    }
    for (size_t k = 0; k < r.participant_pairs.size(); ++k) {
      const Participant& gp = g.participants[r.participant_pairs[k].gold];
      const Participant& pp = p.participants[r.participant_pairs[k].pred];
      const AttributeTallies& a = r.participant_attributes[k];
      std::string s;
      auto attr = [&](const char* name, const Tally& t, const std::optional<std::string>& gv,
                      const std::optional<std::string>& pv) {
        if (t.correct == t.total) return;
        s += std::string(s.empty() ? "" : "; ") + name + " gold " + quoted(gv) + " | pred " + quoted(pv);
      };
      attr("country", a.country, gp.country, pp.country);
      attr("title", a.title, gp.title, pp.title);
      attr("rank", a.rank, gp.rank, pp.rank);
      attr("organization", a.organization, gp.organization, pp.organization);
      if (gp.name != pp.name) s = "(pred \"" + pp.name + "\")" + (s.empty() ? "" : " " + s);
      if (!s.empty()) lines.push_back(pad("  " + gp.name, 14) + " " + s);
    }
    if (auto s = set_diff(as_set(g.countries), as_set(p.countries)); !s.empty())
      lines.push_back(pad("countries", 14) + s);
    if (auto s = set_diff(as_set(g.areas), as_set(p.areas)); !s.empty())
      lines.push_back(pad("areas", 14) + s);
    if (auto s = set_diff(as_set(g.groups), as_set(p.groups)); !s.empty())
      lines.push_back(pad("groups", 14) + s);

    if (lines.empty() && !all_pairs) continue;
    out += std::string(lines.empty() ? "  ok    " : "  diff  ") + "gold[" + std::to_string(r.gold) +
           "] = pred[" + std::to_string(r.pred) + "]  " + describe(g) + "\n";
    for (const auto& l : lines) out += "          " + l + "\n";
  }
  for (size_t g : d.missed) out += "  MISSED   gold[" + std::to_string(g) + "]  " + describe(ge[g]) + "\n";
  for (size_t p : d.spurious) out += "  SPURIOUS pred[" + std::to_string(p) + "]  " + describe(pe[p]) + "\n";
  return out;
}

std::string format_table(const Report& rep) {
  std::string out;
  out += "attache eval: " + std::to_string(rep.documents.size()) + " gold documents, " +
         std::to_string(rep.gold_without_prediction) + " of them without a prediction; " +
         std::to_string(rep.predicted_without_gold.size()) +
         " predicted documents without gold (ignored)\n\n";
  const bool no_pairs = rep.engagements.matched == 0;
  out += pad("", 22) + rpad("gold", 7) + rpad("pred", 7) + rpad("match", 7) + rpad("precision", 11) +
         rpad("recall", 8) + rpad("F1", 8) + "\n";
  out += prf_row("slots (headline)", rep.slots, false);
  out += prf_row("engagements", rep.engagements, false);
  out += "on matched pairs:\n";
  out += prf_row("  participants", rep.participants, no_pairs);
  out += prf_row("  countries", rep.countries, no_pairs);
  out += prf_row("  areas", rep.areas, no_pairs);
  out += prf_row("  groups", rep.groups, no_pairs);
  out += "macro slot F1 (mean over documents): " + fixed(rep.macro_slot_f1) + "\n\n";

  out += "field accuracy on " + std::to_string(rep.engagements.matched) + " matched pairs:\n";
  for (const auto& [name, t] : rep.fields.named()) out += tally_row(name, *t);
  out += "participant attributes on " + std::to_string(rep.participants.matched) + " matched participants:\n";
  for (const auto& [name, t] : rep.participant_attributes.named()) out += tally_row(name, *t);

  out += "\n" + pad("per document", 34) + rpad("gold", 6) + rpad("pred", 6) + rpad("match", 7) +
         rpad("slot P", 8) + rpad("slot R", 8) + rpad("slot F1", 9) + "\n";
  for (const auto& d : rep.documents) {
    out += "  " + pad(d.doc, 32) + rpad(std::to_string(d.engagements.gold), 6) +
           rpad(d.has_prediction ? std::to_string(d.engagements.predicted) : "-", 6) +
           rpad(std::to_string(d.engagements.matched), 7) + rpad(fixed(d.slots.precision()), 8) +
           rpad(fixed(d.slots.recall()), 8) + rpad(fixed(d.slots.f1()), 9) + "\n";
  }
  if (!rep.predicted_without_gold.empty()) {
    out += "\npredicted documents without gold: " + joined(rep.predicted_without_gold, ", ") + "\n";
  }
  if (!rep.problems.empty()) {
    out += "\n" + std::to_string(rep.problems.size()) + " input problem(s) reported on standard error\n";
  }
  return out;
}

ojson report_to_json(const Report& rep) {
  const bool no_pairs = rep.engagements.matched == 0;
  ojson j;
  j["documents"] = ojson{{"gold", rep.documents.size()},
                         {"gold_without_prediction", rep.gold_without_prediction},
                         {"predicted_without_gold", rep.predicted_without_gold.size()}};
  j["slots"] = prf_json(rep.slots);
  j["macro_slot_f1"] = rep.macro_slot_f1;
  j["engagements"] = prf_json(rep.engagements);
  ojson fields = ojson::object();
  for (const auto& [name, t] : rep.fields.named()) fields[name] = tally_json(*t);
  j["fields"] = std::move(fields);
  j["participants"] = prf_json(rep.participants, no_pairs);
  j["countries"] = prf_json(rep.countries, no_pairs);
  j["areas"] = prf_json(rep.areas, no_pairs);
  j["groups"] = prf_json(rep.groups, no_pairs);
  ojson attrs = ojson::object();
  for (const auto& [name, t] : rep.participant_attributes.named()) attrs[name] = tally_json(*t);
  j["participant_attributes"] = std::move(attrs);

  ojson docs = ojson::array();
  for (const auto& d : rep.documents) {
    ojson dj{{"doc", d.doc}, {"has_prediction", d.has_prediction}};
    dj["engagements"] = prf_json(d.engagements);
    dj["slots"] = prf_json(d.slots);
    ojson pairs = ojson::array();
    for (const auto& r : d.pairs) {
      pairs.push_back(ojson{{"gold", r.gold}, {"pred", r.pred}, {"similarity", r.similarity.total}});
    }
    dj["pairs"] = std::move(pairs);
    dj["missed"] = d.missed;
    dj["spurious"] = d.spurious;
    docs.push_back(std::move(dj));
  }
  j["per_document"] = std::move(docs);
  j["predicted_without_gold"] = rep.predicted_without_gold;
  ojson problems = ojson::array();
  for (const auto& p : rep.problems) problems.push_back(p.to_string());
  j["problems"] = std::move(problems);
  return j;
}

}  // namespace attache::eval
