// Fusion: the documents' engagement records in, occasions and persons out.
//
// An occasion is one real event seen through every report of it. fuse() is a pure function of the
// SET of records: it sorts its input by (doc, engagement index) first, so the same documents give
// the same occasions, ids and bytes whatever order or batches they arrived in; the store re-runs it
// after each batch and writes only what changed. Rules (docs/KNOWLEDGE_BASE.md "Fusion"):
//   1. same mechanism and ordinal -> one occasion, whatever else disagrees (kept as conflicts);
//   2. otherwise an engagement joins the occasion whose every report it is compatible with: other
//      document, same parties, same kind (or same mechanism), no contradicting mechanism, ordinal or
//      place, and time windows that overlap (a stated date, else around the report's publication:
//      before it when held, after it when planned). Among several, the best scored; else a new one.
// A Fuser holds a reference to a Comparer (mechanism keys), which must outlive it; it is immutable,
// so one Fuser can serve several threads.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/engagement.h"
#include "eval/compare.h"

namespace attache::fuse {

// One stored document: its record and, when known, its text (for evidence sentences).
struct SourceRecord {
  DocumentRecord record;
  std::string text;
};

struct Member {
  std::string doc;
  int index = 0;
  friend bool operator==(const Member&, const Member&) = default;
};

// What the store keeps about a commitment besides the occasion (status is computed at query time,
// against an as-of date).
struct Commitment {
  std::optional<PartialDate> due;
  bool held = false;
  nlohmann::ordered_json body;  // occasion, mechanism, ordinal, due, by, committed_in, held_in
};

struct Occasion {
  std::string id;
  nlohmann::ordered_json body;  // the exported object
  // Columns the store indexes for queries.
  std::string kind, status, mechanism, mechanism_key;
  std::optional<int> ordinal;
  std::string date_sort;  // reconciled date as text ("" when unknown), for ordering
  std::string date_end;   // last day the reconciled date allows ("" when unknown)
  std::vector<std::string> countries, groups, areas, persons;
  std::string text;  // evidence sentences, for full-text search
  std::vector<Member> members;
  std::vector<std::string> merged_from;
  std::optional<Commitment> commitment;
};

struct Person {
  std::string id;
  std::string name;
  std::optional<std::string> country;
  std::vector<std::string> keys;  // folded name keys of every spelling, for lookup
  nlohmann::ordered_json body;    // id, name, country, names, roles, occasions
};

struct Result {
  std::vector<Occasion> occasions;  // sorted by (date_sort, id)
  std::vector<Person> persons;      // sorted by id
};

// Deterministic 64-bit FNV-1a as 16 hex digits (ids must not depend on the platform's std::hash).
std::string stable_hash(std::string_view s);

// Folded, honorific-free name key (sorted words) used to find a person by any spelling.
std::string person_key(std::string_view name);

// Last day a partial date allows, as YYYY-MM-DD.
std::string last_day(const PartialDate& d);

class Fuser {
 public:
  explicit Fuser(const eval::Comparer& comparer) : cmp_(comparer) {}
  Result fuse(std::vector<SourceRecord> records) const;
  // The mechanism key as one string (words joined by spaces); "" for none.
  std::string mechanism_key(const std::optional<std::string>& m) const;

 private:
  const eval::Comparer& cmp_;
};

}  // namespace attache::fuse
