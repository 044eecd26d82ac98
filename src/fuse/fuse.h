// Fusion: the documents' engagement records in, occasions and persons out.
//
// An occasion is one real event seen through every report of it. fuse() is a pure function of the
// SET of records: it sorts its input by (doc, engagement index) first, so the same documents give
// the same occasions, ids and bytes whatever order or batches they arrived in; the store re-runs it
// after each batch and writes only what changed. Rules (docs/KNOWLEDGE_BASE.md "Fusion"):
//   1. same mechanism and ordinal -> one occasion, whatever else disagrees (kept as conflicts);
//   2. otherwise an engagement joins the occasion whose every report it is compatible with: other
//      document, same parties, same kind (or same mechanism; or, for a report naming no party, same
//      kind, ordinal and city; or a visit and the talks held during it: same parties and city, one
//      dated to the day), no contradicting mechanism, ordinal or
//      place, and time windows that overlap (a stated date, else around the report's publication:
//      before it when held, after it when planned). Among several, the best scored; else a new one.
//   3. then an occasion whose reports name fewer parties (one side's country, or none) joins the one
//      occasion it fits, when exactly one does (see attaches() in fuse.cpp).
// A Fuser holds a reference to a Comparer (mechanism keys), which must outlive it; it is immutable,
// so one Fuser can serve several threads.
#pragma once

#include <map>
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
  // Engagement indices to fuse (ascending); all when unset. The store fuses only the engagements a
  // batch can have touched, each with its index in the full record.
  std::optional<std::vector<int>> only;
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

// One participation of a person in an occasion, as the person's `roles` list shows it.
struct Role {
  std::string person, occasion, doc, published;
  int held_first = 0;  // 0 for a held report, 1 otherwise (order within one document)
  int index = 0;       // engagement index in the document
  int pos = 0;         // participant position in the engagement
  nlohmann::ordered_json body;
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
  std::vector<Role> roles;
};

struct Person {
  std::string id;
  std::string name;
  std::optional<std::string> country;
  std::vector<std::string> keys;  // folded name keys of every spelling, for lookup
  nlohmann::ordered_json body;    // id, name, country, names, roles, occasions
};

// A person as resolution knows it (everything but the roles).
struct PersonInfo {
  std::string id, name;
  std::optional<std::string> country;
  std::vector<std::string> keys;   // folded name keys (no country)
  std::vector<std::string> names;  // every spelling, sorted
  std::string fingerprint() const;
};

// Every spelling resolved to persons: participant key (participant_key()) -> person.
struct PersonIndex {
  std::vector<PersonInfo> persons;
  std::map<std::string, size_t> of;
  std::optional<size_t> find(const Participant& p) const;
};

// The blocking keys of one engagement: two engagements can only be compatible (or share a strong
// key, or an identity, or let one attach to the other's occasion) when one holds a key that
// linked_keys() gives for a key of the other. Also its participants' keys.
struct ItemKeys {
  int index = 0;
  std::vector<std::string> blocks;
  std::vector<std::pair<std::string, std::string>> names;  // participant key, spelling
};

struct Result {
  std::vector<Occasion> occasions;  // sorted by (date_sort, id)
  std::vector<Person> persons;      // sorted by id
};

// The version of the fusion rules and blocking keys. A store fused under another version re-fuses
// everything once at its next ingest (its stored keys and occasions follow the old rules).
inline constexpr std::string_view kRulesVersion = "3";

// The keys whose holders an engagement holding `key` may be fused with: the key itself, and
//   p|…|YYYY-MM -> p|…|*;  p|…|* -> P|… (the class key, which every p-key's holder also files);
//   the same for m/M;  P|…, M| -> nothing (reached only from a `*` key);
//   u|… -> U|…, U|… -> u|…, n|… -> N|…, N|… -> n|… (the attach keys: a report naming fewer parties
//   and the reports it may belong to, never two of the latter).
std::vector<std::string> linked_keys(const std::string& key);

// Deterministic 64-bit FNV-1a as 16 hex digits (ids must not depend on the platform's std::hash).
std::string stable_hash(std::string_view s);

// Folded, honorific-free name key (sorted words) used to find a person by any spelling.
std::string person_key(std::string_view name);

// Last day a partial date allows, as YYYY-MM-DD.
std::string last_day(const PartialDate& d);

// "country|sorted name words" of a participant; "" when the name has no words.
std::string participant_key(const Participant& p);

// Person resolution: a function of the multiset of spellings (participant key -> spelling -> count).
PersonIndex resolve_persons(const std::map<std::string, std::map<std::string, int>>& spellings);

// A person's exported object from what resolution knows and their roles (any order).
Person assemble_person(const PersonInfo& info, std::vector<Role> roles);
// assemble_person(info, roles).body.dump() from roles whose bodies are already dumped (the store's
// `roles` rows): the texts are spliced in, not parsed and serialised again.
struct RoleText {
  std::string occasion, doc, published;
  int held_first = 0, index = 0, pos = 0;
  std::string body;  // Role::body.dump()
};
std::string person_body_json(const PersonInfo& info, std::vector<RoleText> roles);

struct Item;

class Fuser {
 public:
  explicit Fuser(const eval::Comparer& comparer) : cmp_(comparer) {}
  // Everything from every record (persons resolved over the same records).
  Result fuse(std::vector<SourceRecord> records) const;
  // Occasions of the given engagements, persons resolved through `persons`. For a set of
  // engagements closed under the blocking keys (no engagement outside shares a key with one
  // inside), the result is exactly the part of fuse() over all records that they form.
  std::vector<Occasion> fuse_occasions(std::vector<SourceRecord> records, const PersonIndex& persons) const;
  std::vector<ItemKeys> index_record(const SourceRecord& r) const;
  // The mechanism key as one string (words joined by spaces); "" for none.
  std::string mechanism_key(const std::optional<std::string>& m) const;

 private:
  Item make_item(const SourceRecord& r, size_t i) const;
  const eval::Comparer& cmp_;
};

}  // namespace attache::fuse
