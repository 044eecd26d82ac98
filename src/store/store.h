// Store: the knowledge base on top of Db — documents, their records, fused occasions, persons,
// commitments, a change feed — with versioned schema migrations.
//
// Writes go through ingest(): one transaction per batch (documents inserted or replaced, then the
// occasions those documents can touch re-fused -- found through stored blocking keys -- and only the
// differences written), so a batch is
// either all in or not at all, and a killed ingest leaves the store as it was after the last
// committed batch. Everything exported is a function of the set of stored documents, never of the
// order they came in. A Store owns one connection: not thread-safe; use one Store per thread.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/engagement.h"
#include "fuse/fuse.h"
#include "store/db.h"

namespace attache::store {

inline constexpr int kSchemaVersion = 4;

// A document to store: its text and metadata (text may be empty for pre-extracted records).
struct IngestDoc {
  std::string doc;
  std::optional<PartialDate> published;
  std::string text, title, url, source;
  DocumentRecord record;
};

struct BatchStats {
  size_t added = 0, replaced = 0, unchanged = 0;
  size_t created = 0, updated = 0, merged = 0, retracted = 0;
  size_t refused = 0;   // engagements fused again (those the batch's documents can reach)
  bool rebuilt = false; // everything was re-fused (first ingest after a migration)
};

struct QueryFilter {
  std::vector<std::string> countries;  // alpha-3; each must take part
  std::optional<std::string> partner;  // alpha-3
  std::optional<std::string> mechanism_key;
  std::optional<std::string> kind, status, area, person_key;
  std::optional<std::string> from, to;  // YYYY[-MM[-DD]]
  std::optional<std::string> text;
  size_t limit = 0;  // 0 = all
  // When set, receives the backend's plan of the query (EXPLAIN [QUERY PLAN]), line by line.
  std::function<void(const std::string&)> explain;
};

struct CommitmentRow {
  std::string occasion;
  std::string status;  // open | fulfilled | overdue
  std::string json;    // the exported object
};

struct ChangeRow {
  long seq = 0;
  std::string at, occasion, change, detail;
};

class Store {
 public:
  // Opens (and, when writable, creates or migrates) the store. Throws DbError with a clear message:
  // unreachable server, locked or read-only file, a schema newer than this build.
  static std::unique_ptr<Store> open(const std::string& target, bool writable, OpenOptions opts = {});

  BatchStats ingest(const std::vector<IngestDoc>& batch, const fuse::Fuser& fuser);

  // Every occasion as one JSON line, ordered by (date, id).
  void export_occasions(const std::function<void(const std::string&)>& line);
  std::vector<std::string> query(const QueryFilter& f);
  // Occasions of a mechanism (by key), ordered by ordinal then date.
  std::vector<std::string> series(const std::string& mechanism_key);
  // as_of: YYYY-MM-DD; empty = the newest published date in the store.
  std::vector<CommitmentRow> commitments(const std::string& as_of);
  std::string newest_published();
  // Persons whose any spelling has this key (person_key()).
  std::vector<std::string> persons(const std::string& key);
  // Ids of persons spelled `key`, else of those a spelling of whom has every word of it.
  std::vector<std::string> person_ids(const std::string& key);
  std::vector<ChangeRow> changes(const std::string& since);
  // Where an id now lives (follows merged_into); nullopt when unknown.
  std::optional<std::string> resolve(const std::string& id);
  // Known mechanism keys and display names (for matching a user's spelling).
  std::vector<std::pair<std::string, std::string>> mechanisms();
  size_t count(const std::string& table);

  Db& db() { return *db_; }

 private:
  explicit Store(std::unique_ptr<Db> db) : db_(std::move(db)) {}
  void migrate(bool writable);
  void write_occasion(const fuse::Occasion& o, const std::string& body, const std::string& hash, bool existed,
                      std::set<std::string>& touched_persons);
  void write_roles(const fuse::Occasion& o, std::set<std::string>& touched_persons);
  void write_text(const fuse::Occasion& o);
  // Writes the full-text rows staged by write_text/delete_occasion (SQLite; see TextStage).
  void flush_text();
  void delete_occasion(const std::string& id, std::set<std::string>& touched_persons);
  // Blocking keys of a document's engagements, by engagement index.
  using DocKeys = std::map<int, std::vector<std::string>>;
  // Stores the blocking keys and participant spellings of one document's engagements.
  DocKeys index_document(const fuse::SourceRecord& src, const fuse::Fuser& fuser);
  // Resolves persons over every stored spelling; returns the participant keys whose person or display
  // name changed (their occasions must be re-fused) and updates person_map.
  fuse::PersonIndex resolve_persons(std::set<std::string>& changed_keys);
  // Replaces the occasions `old_ids` by `fresh` (writing only what changed, logging the changes).
  void apply(const std::set<std::string>& old_ids, std::vector<fuse::Occasion>& fresh, const std::string& at,
             BatchStats& st, std::set<std::string>& touched_persons, bool all_roles);
  // Rewrites the objects of the given persons from their roles; removes persons no longer resolved.
  void write_persons(const fuse::PersonIndex& index, std::set<std::string> touched);
  // Re-fuses only what documents `changed` can touch; false when the store is not in a state that
  // allows it (then rebuild_all()).
  bool refuse_incremental(const std::map<std::string, fuse::SourceRecord>& changed, const fuse::Fuser& fuser,
                          const std::string& at,
                          BatchStats& st);
  void rebuild_all(const fuse::Fuser& fuser, const std::string& at, BatchStats& st);
  // A stored document's record and text, parsed once per run: a later batch re-fusing it again
  // reuses the parse when the stored hash is still the one it was parsed under.
  fuse::SourceRecord load_source(const std::string& doc);
  // Puts a document into source_cache_ under its stored hash (bytes: its size, for the bound).
  void cache_source(const std::string& doc, const std::string& hash, size_t bytes, const fuse::SourceRecord& src);

  std::unique_ptr<Db> db_;
  // SQLite: full-text changes of the batch in flight, written by two statements at its end. Once an
  // FTS5 table is written in a transaction, every later statement that opens a statement journal
  // makes FTS5 flush its pending terms as a new segment (xSavepoint), so writing text rows one by
  // one among the other writes cost a segment (and merges) per occasion. Keys are the occasions'
  // rowids, which the text rows share.
  struct TextStage {
    std::vector<long long> deleted;                                      // old text rows to remove
    std::map<long long, std::pair<std::string, std::string>> inserted;  // rowid -> (occasion, body)
  };
  TextStage text_stage_;
  // Stored documents parsed by load_source(), by doc id. Each entry is checked against the stored
  // hash (of text and record) before use, so another writer, a replaced document or a rolled-back
  // batch can never make it serve stale content; it only saves re-parsing the record JSON of
  // documents that every batch re-fuses again. Cleared when it outgrows kSourceCacheBytes.
  struct CachedSource {
    std::string hash;
    size_t bytes = 0;  // record JSON and text, counted against kSourceCacheBytes
    fuse::SourceRecord src;
  };
  std::map<std::string, CachedSource, std::less<>> source_cache_;
  size_t source_cache_bytes_ = 0;
};

}  // namespace attache::store
