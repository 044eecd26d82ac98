// The scorer behind `attache eval`: predicted engagement records against gold ones.
//
// Per document, predicted and gold engagements are paired one-to-one by an optimal assignment on
// Comparer::similarity(); then every figure of docs/EVAL.md is counted from the pairs. Results are
// plain values (Report, DocResult) that eval/report.h renders as a table, a diff or JSON.
// A Scorer only reads its CountryTable; score() may be called from several threads.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "core/engagement.h"
#include "eval/compare.h"
#include "gazetteer/countries.h"

namespace attache::eval {

// Counts for precision / recall / F1. When there is nothing to find and nothing was predicted,
// all three are 1; otherwise an empty denominator gives 0.
struct PRF {
  long matched = 0;
  long predicted = 0;
  long gold = 0;

  double precision() const;
  double recall() const;
  double f1() const;
  void add(const PRF& o) {
    matched += o.matched;
    predicted += o.predicted;
    gold += o.gold;
  }
};

// Correct out of total; accuracy() is nullopt when total is 0.
struct Tally {
  long correct = 0;
  long total = 0;

  void add(bool ok) {
    ++total;
    correct += ok ? 1 : 0;
  }
  void add(const Tally& o) {
    correct += o.correct;
    total += o.total;
  }
  std::optional<double> accuracy() const;
};

// Field agreement of one matched pair (or the sums over many).
struct FieldTallies {
  Tally kind, status, salience, date, date_same_month, location, mechanism, ordinal;
  void add(const FieldTallies& o);
  // (name, tally) in report order.
  std::vector<std::pair<const char*, const Tally*>> named() const;
};

struct AttributeTallies {
  Tally country, title, rank, organization;
  void add(const AttributeTallies& o);
  std::vector<std::pair<const char*, const Tally*>> named() const;
};

// One matched (gold, predicted) engagement pair.
struct PairResult {
  size_t gold = 0;  // index into the gold record's engagements
  size_t pred = 0;  // index into the predicted record's engagements
  Similarity similarity;
  FieldTallies fields;  // each tally has total 1
  std::vector<ParticipantPair> participant_pairs;
  std::vector<AttributeTallies> participant_attributes;  // one per participant pair
  PRF participants, countries, areas, groups;
  long slots_correct = 0;  // 1 (exists) + equal fields of the six + participants + countries + areas
};

struct DocResult {
  std::string doc;
  DocumentRecord gold;
  DocumentRecord pred;  // engagements empty when the document had no prediction
  bool has_prediction = false;
  std::vector<PairResult> pairs;  // in gold order
  std::vector<size_t> missed;     // gold engagements with no partner
  std::vector<size_t> spurious;   // predicted engagements with no partner
  PRF engagements;
  PRF slots;
};

struct Report {
  std::vector<DocResult> documents;                 // one per gold document, in the gold order given
  std::vector<std::string> predicted_without_gold;  // document ids, ignored for scoring
  long gold_without_prediction = 0;
  std::vector<Diagnostic> problems;  // inputs that could not be read (added by the caller)

  PRF engagements;
  FieldTallies fields;                         // over matched pairs
  PRF participants, countries, areas, groups;  // micro, over matched pairs
  AttributeTallies participant_attributes;     // over matched participants
  PRF slots;                                   // the headline figure
  double macro_slot_f1 = 0;                    // mean of per-document slot F1 (1 when no documents)
};

// Number of slots an engagement contributes: 1 + 6 fields + participants + countries + areas.
long slot_count(const Engagement& e);

class Scorer {
 public:
  explicit Scorer(const gazetteer::CountryTable& countries) : comparer_(countries) {}

  // Scores one document; `pred` is null when there is no prediction for it.
  DocResult score_document(const DocumentRecord& gold, const DocumentRecord* pred) const;

  // Scores every gold document against the prediction with the same `doc` id. Predictions without a
  // gold document are listed, not scored. Duplicate ids: the first record of each id is used.
  Report score(const std::vector<DocumentRecord>& gold, const std::vector<DocumentRecord>& pred) const;

  const Comparer& comparer() const { return comparer_; }

 private:
  PairResult compare_pair(const Engagement& g, const EngagementKeys& gk, const Engagement& p,
                          const EngagementKeys& pk) const;

  Comparer comparer_;
};

}  // namespace attache::eval
