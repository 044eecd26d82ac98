#include "eval/scorer.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "eval/hungarian.h"

namespace attache::eval {

double PRF::precision() const {
  if (predicted == 0) return gold == 0 ? 1.0 : 0.0;
  return static_cast<double>(matched) / static_cast<double>(predicted);
}

double PRF::recall() const {
  if (gold == 0) return predicted == 0 ? 1.0 : 0.0;
  return static_cast<double>(matched) / static_cast<double>(gold);
}

double PRF::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

std::optional<double> Tally::accuracy() const {
  if (total == 0) return std::nullopt;
  return static_cast<double>(correct) / static_cast<double>(total);
}

void FieldTallies::add(const FieldTallies& o) {
  kind.add(o.kind);
  status.add(o.status);
  salience.add(o.salience);
  date.add(o.date);
  date_same_month.add(o.date_same_month);
  location.add(o.location);
  mechanism.add(o.mechanism);
  ordinal.add(o.ordinal);
}

std::vector<std::pair<const char*, const Tally*>> FieldTallies::named() const {
  return {{"kind", &kind},
          {"status", &status},
          {"salience", &salience},
          {"date", &date},
          {"date_same_month", &date_same_month},
          {"location", &location},
          {"mechanism", &mechanism},
          {"ordinal", &ordinal}};
}

void AttributeTallies::add(const AttributeTallies& o) {
  country.add(o.country);
  title.add(o.title);
  rank.add(o.rank);
  organization.add(o.organization);
}

std::vector<std::pair<const char*, const Tally*>> AttributeTallies::named() const {
  return {{"country", &country}, {"title", &title}, {"rank", &rank}, {"organization", &organization}};
}

long slot_count(const Engagement& e) {
  return 1 + 6 +
         static_cast<long>(e.participants.size() + as_set(e.countries).size() + as_set(e.areas).size());
}

namespace {

PRF set_prf(const std::vector<std::string>& gold, const std::vector<std::string>& pred) {
  return PRF{static_cast<long>(shared(gold, pred)), static_cast<long>(pred.size()),
             static_cast<long>(gold.size())};
}

}  // namespace

PairResult Scorer::compare_pair(const Engagement& g, const EngagementKeys& gk, const Engagement& p,
                                const EngagementKeys& pk) const {
  PairResult r;
  r.similarity = comparer_.similarity(g, gk, p, pk);
  FieldTallies& f = r.fields;
  f.kind.add(g.kind == p.kind);
  f.status.add(g.status == p.status);
  f.salience.add(g.salience == p.salience);
  f.date.add(dates_equal(g.date, p.date));
  f.date_same_month.add(dates_same_month(g.date, p.date));
  f.location.add(locations_equal(g.location, p.location));
  f.mechanism.add(gk.mechanism && pk.mechanism ? *gk.mechanism == *pk.mechanism
                                               : !gk.mechanism && !pk.mechanism);
  f.ordinal.add(g.ordinal == p.ordinal);

  r.participant_pairs = comparer_.match_participants(gk, pk);
  for (const auto& pp : r.participant_pairs) {
    const Participant& gp = g.participants[pp.gold];
    const Participant& pr = p.participants[pp.pred];
    AttributeTallies a;
    a.country.add(gp.country == pr.country);
    a.title.add(phrases_equal(gp.title, pr.title));
    a.rank.add(phrases_equal(gp.rank, pr.rank));
    a.organization.add(phrases_equal(gp.organization, pr.organization));
    r.participant_attributes.push_back(a);
  }
  r.participants = PRF{static_cast<long>(r.participant_pairs.size()),
                       static_cast<long>(p.participants.size()), static_cast<long>(g.participants.size())};
  r.countries = set_prf(gk.countries, pk.countries);
  r.areas = set_prf(gk.areas, pk.areas);
  r.groups = set_prf(gk.groups, pk.groups);

  const Tally* six[] = {&f.kind, &f.status, &f.date, &f.location, &f.mechanism, &f.ordinal};
  r.slots_correct = 1 + r.participants.matched + r.countries.matched + r.areas.matched;
  for (const Tally* t : six) r.slots_correct += t->correct;
  return r;
}

DocResult Scorer::score_document(const DocumentRecord& gold, const DocumentRecord* pred) const {
  DocResult d;
  d.doc = gold.doc;
  d.gold = gold;
  d.has_prediction = pred != nullptr;
  if (pred) d.pred = *pred;
  d.pred.doc = gold.doc;
  const auto& ge = d.gold.engagements;
  const auto& pe = d.pred.engagements;

  std::vector<EngagementKeys> gkeys, pkeys;
  for (const auto& e : ge) gkeys.push_back(comparer_.keys(e));
  for (const auto& e : pe) pkeys.push_back(comparer_.keys(e));

  std::vector<std::vector<double>> w(ge.size(), std::vector<double>(pe.size(), 0.0));
  for (size_t g = 0; g < ge.size(); ++g) {
    for (size_t p = 0; p < pe.size(); ++p)
      w[g][p] = comparer_.similarity(ge[g], gkeys[g], pe[p], pkeys[p]).total;
  }
  const std::vector<int> assigned = max_weight_assignment(w);

  std::vector<bool> pred_used(pe.size(), false);
  for (size_t g = 0; g < ge.size(); ++g) {
    if (assigned[g] < 0) {
      d.missed.push_back(g);
      continue;
    }
    const auto p = static_cast<size_t>(assigned[g]);
    pred_used[p] = true;
    PairResult r = compare_pair(ge[g], gkeys[g], pe[p], pkeys[p]);
    r.gold = g;
    r.pred = p;
    d.pairs.push_back(std::move(r));
  }
  for (size_t p = 0; p < pe.size(); ++p) {
    if (!pred_used[p]) d.spurious.push_back(p);
  }

  d.engagements =
      PRF{static_cast<long>(d.pairs.size()), static_cast<long>(pe.size()), static_cast<long>(ge.size())};
  for (const auto& e : ge) d.slots.gold += slot_count(e);
  for (const auto& e : pe) d.slots.predicted += slot_count(e);
  for (const auto& r : d.pairs) d.slots.matched += r.slots_correct;
  return d;
}

Report Scorer::score(const std::vector<DocumentRecord>& gold, const std::vector<DocumentRecord>& pred) const {
  Report rep;
  std::unordered_map<std::string, const DocumentRecord*> by_doc;
  for (const auto& r : pred) by_doc.emplace(r.doc, &r);  // first of each id wins

  std::unordered_set<std::string> gold_ids;
  for (const auto& g : gold) {
    if (!gold_ids.insert(g.doc).second) continue;  // duplicate gold id: first wins
    auto it = by_doc.find(g.doc);
    const DocumentRecord* p = it == by_doc.end() ? nullptr : it->second;
    if (!p) ++rep.gold_without_prediction;
    rep.documents.push_back(score_document(g, p));
  }
  std::unordered_set<std::string> listed;
  for (const auto& r : pred) {
    if (!gold_ids.count(r.doc) && listed.insert(r.doc).second) rep.predicted_without_gold.push_back(r.doc);
  }

  double macro = 0;
  for (const auto& d : rep.documents) {
    rep.engagements.add(d.engagements);
    rep.slots.add(d.slots);
    macro += d.slots.f1();
    for (const auto& r : d.pairs) {
      rep.fields.add(r.fields);
      rep.participants.add(r.participants);
      rep.countries.add(r.countries);
      rep.areas.add(r.areas);
      rep.groups.add(r.groups);
      for (const auto& a : r.participant_attributes) rep.participant_attributes.add(a);
    }
  }
  rep.macro_slot_f1 = rep.documents.empty() ? 1.0 : macro / static_cast<double>(rep.documents.size());
  return rep;
}

}  // namespace attache::eval
