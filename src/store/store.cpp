#include "store/store.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <ctime>
#include <map>
#include <set>
#include <sstream>

#include "core/json_io.h"

namespace attache::store {

namespace {

using ojson = nlohmann::ordered_json;

// Schema version 1. Same tables on both backends; only the auto-increment column and the
// full-text table differ.
std::vector<std::string> schema_v1(Dialect d) {
  bool pg = d == Dialect::kPostgres;
  std::vector<std::string> s = {
      "CREATE TABLE documents (doc TEXT PRIMARY KEY, published TEXT, hash TEXT NOT NULL, title TEXT, url "
      "TEXT, "
      "source TEXT, text TEXT, record TEXT NOT NULL, ingested_at TEXT NOT NULL)",
      "CREATE TABLE engagements (doc TEXT NOT NULL, idx INTEGER NOT NULL, occasion TEXT NOT NULL, "
      "PRIMARY KEY (doc, idx))",
      "CREATE INDEX engagements_occasion ON engagements (occasion)",
      "CREATE TABLE occasions (id TEXT PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL, mechanism "
      "TEXT, "
      "mechanism_key TEXT, ordinal INTEGER, date_sort TEXT NOT NULL, date_end TEXT NOT NULL, body TEXT NOT "
      "NULL, "
      "hash TEXT NOT NULL)",
      "CREATE INDEX occasions_date ON occasions (date_sort, id)",
      "CREATE INDEX occasions_mechanism ON occasions (mechanism_key, ordinal, date_sort)",
      "CREATE INDEX occasions_kind ON occasions (kind, date_sort)",
      "CREATE INDEX occasions_status ON occasions (status, date_sort)",
      "CREATE TABLE occasion_countries (country TEXT NOT NULL, date_sort TEXT NOT NULL, occasion TEXT NOT "
      "NULL, "
      "PRIMARY KEY (country, date_sort, occasion))",
      "CREATE INDEX occasion_countries_occ ON occasion_countries (occasion)",
      "CREATE TABLE occasion_areas (area TEXT NOT NULL, date_sort TEXT NOT NULL, occasion TEXT NOT NULL, "
      "PRIMARY KEY (area, date_sort, occasion))",
      "CREATE INDEX occasion_areas_occ ON occasion_areas (occasion)",
      "CREATE TABLE occasion_persons (person TEXT NOT NULL, date_sort TEXT NOT NULL, occasion TEXT NOT NULL, "
      "PRIMARY KEY (person, date_sort, occasion))",
      "CREATE INDEX occasion_persons_occ ON occasion_persons (occasion)",
      "CREATE TABLE persons (id TEXT PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL, hash TEXT NOT "
      "NULL)",
      "CREATE TABLE person_names (key TEXT NOT NULL, person TEXT NOT NULL, PRIMARY KEY (key, person))",
      "CREATE TABLE commitments (occasion TEXT PRIMARY KEY, due_end TEXT, held INTEGER NOT NULL, body TEXT "
      "NOT NULL)",
      "CREATE TABLE redirects (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL)",
      "CREATE TABLE occasion_aliases (alias TEXT NOT NULL, occasion TEXT NOT NULL, PRIMARY KEY (alias, "
      "occasion))",
      "CREATE INDEX occasion_aliases_occ ON occasion_aliases (occasion)",
      std::string("CREATE TABLE changes (seq ") + (pg ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT") +
          ", at TEXT NOT NULL, occasion TEXT NOT NULL, change TEXT NOT NULL, detail TEXT)",
      "CREATE INDEX changes_at ON changes (at, seq)",
  };
  if (pg) {
    s.push_back(
        "CREATE TABLE occasion_text (occasion TEXT PRIMARY KEY, body TEXT NOT NULL, tsv tsvector GENERATED "
        "ALWAYS AS "
        "(to_tsvector('english', body)) STORED)");
    s.push_back("CREATE INDEX occasion_text_tsv ON occasion_text USING gin (tsv)");
  } else {
    s.push_back(
        "CREATE VIRTUAL TABLE occasion_text USING fts5(occasion UNINDEXED, body, "
        "tokenize='porter unicode61 remove_diacritics 2')");
  }
  return s;
}

// Schema version 2: indexable date ranges. `span_days` is how many days the reconciled date covers
// (date_end minus its first day; NULL when undated) and `span_class` buckets it (0: up to a month,
// 1: up to a year, 2: longer), so a --from/--to range is a bounded ordered index range per class
// instead of a scan from the first date. Applied to fresh stores after v1, and to v1 stores as a
// migration (the columns are then filled from date_sort/date_end by migrate()).
std::vector<std::string> schema_v2(Dialect) {
  return {
      "ALTER TABLE occasions ADD COLUMN span_days INTEGER",
      "ALTER TABLE occasions ADD COLUMN span_class INTEGER",
      "CREATE INDEX occasions_span ON occasions (span_class, date_sort, id, date_end)",
      "CREATE INDEX occasions_span_days ON occasions (span_days)",
      // Link tables carry date_end, and kind/status indexes id and date_end, so a date range is
      // checked inside the index before any occasion row is read.
      "ALTER TABLE occasion_countries ADD COLUMN date_end TEXT",
      "ALTER TABLE occasion_areas ADD COLUMN date_end TEXT",
      "UPDATE occasion_countries SET date_end = (SELECT o.date_end FROM occasions o WHERE o.id = occasion)",
      "UPDATE occasion_areas SET date_end = (SELECT o.date_end FROM occasions o WHERE o.id = occasion)",
      "CREATE INDEX occasion_countries_range ON occasion_countries (country, date_sort, occasion, date_end)",
      "CREATE INDEX occasion_areas_range ON occasion_areas (area, date_sort, occasion, date_end)",
      "DROP INDEX occasions_kind",
      "DROP INDEX occasions_status",
      "CREATE INDEX occasions_kind ON occasions (kind, date_sort, id, date_end)",
      "CREATE INDEX occasions_status ON occasions (status, date_sort, id, date_end)",
  };
}

// Schema version 3: what incremental fusion needs. `blocks` holds each stored engagement's blocking
// keys (fuse::ItemKeys), `item_persons` its participants' keys and spellings, `person_map` the person
// each participant key resolved to (to see which occasions a new spelling changes), `roles` each
// occasion's person roles (a person's object is assembled from them without re-reading records),
// `persons.info` a fingerprint of what resolution knows of a person, `meta` flags such as
// `rebuild` (set by this migration on a store with documents: the next ingest re-fuses everything
// once, which fills the new tables).
std::vector<std::string> schema_v3(Dialect) {
  return {
      "CREATE TABLE blocks (key TEXT NOT NULL, doc TEXT NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (key, doc, "
      "idx))",
      "CREATE INDEX blocks_item ON blocks (doc, idx)",
      "CREATE TABLE item_persons (doc TEXT NOT NULL, idx INTEGER NOT NULL, pos INTEGER NOT NULL, pkey TEXT NOT "
      "NULL, name TEXT NOT NULL, PRIMARY KEY (doc, idx, pos))",
      "CREATE INDEX item_persons_by_key ON item_persons (pkey)",
      "CREATE TABLE person_map (pkey TEXT PRIMARY KEY, person TEXT NOT NULL, display TEXT NOT NULL)",
      "CREATE TABLE roles (person TEXT NOT NULL, occasion TEXT NOT NULL, doc TEXT NOT NULL, published TEXT NOT "
      "NULL, held_first INTEGER NOT NULL, idx INTEGER NOT NULL, pos INTEGER NOT NULL, body TEXT NOT NULL)",
      "CREATE INDEX roles_person ON roles (person)",
      "CREATE INDEX roles_occasion ON roles (occasion)",
      "ALTER TABLE persons ADD COLUMN info TEXT",
      "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
  };
}

// Schema version 4: blocking keys stored once per key. `blocks` is keyed (key, doc, idx) alone
// (WITHOUT ROWID on SQLite: one B-tree instead of a rowid table, its primary-key index and a
// (doc, idx) index, which made each of the ~9 keys per engagement three B-tree inserts), and the keys
// of a document's engagements are packed in one `doc_blocks` row (what the closure and a replaced
// document read by document). Stores with documents are re-fused once (`meta.rebuild`), which fills
// both tables.
//
// The link and key tables are rebuilt the same way: on SQLite a WITHOUT ROWID table is its primary-key
// B-tree, so each row is one insert fewer (the rowid table), and the country and area links, whose
// primary key plus date_end was also a separate `_range` index, drop that copy too (the table itself
// is the covering (value, date_sort, occasion, date_end) order the query plans walk). PostgreSQL gets
// the same shapes: the primary key INCLUDEs date_end in place of the `_range` index.
std::vector<std::string> schema_v4(Dialect d) {
  bool sqlite = d == Dialect::kSqlite;
  std::string without_rowid = sqlite ? " WITHOUT ROWID" : "";
  std::vector<std::string> s = {
      "DROP TABLE blocks",
      "CREATE TABLE blocks (key TEXT NOT NULL, doc TEXT NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (key, doc, "
      "idx))" +
          without_rowid,
      "CREATE TABLE doc_blocks (doc TEXT PRIMARY KEY, keys TEXT NOT NULL)" + without_rowid,
  };
  // (table, column definitions, primary key, extra index, columns)
  struct Rebuilt {
    const char *table, *columns, *key, *index, *names;
  };
  std::string include_end = sqlite ? "" : " INCLUDE (date_end)";
  const Rebuilt tables[] = {
      {"occasion_countries", "country TEXT NOT NULL, date_sort TEXT NOT NULL, occasion TEXT NOT NULL, date_end TEXT",
       "country, date_sort, occasion", "occasion", "country, date_sort, occasion, date_end"},
      {"occasion_areas", "area TEXT NOT NULL, date_sort TEXT NOT NULL, occasion TEXT NOT NULL, date_end TEXT",
       "area, date_sort, occasion", "occasion", "area, date_sort, occasion, date_end"},
      {"occasion_persons", "person TEXT NOT NULL, date_sort TEXT NOT NULL, occasion TEXT NOT NULL",
       "person, date_sort, occasion", "occasion", "person, date_sort, occasion"},
      {"engagements", "doc TEXT NOT NULL, idx INTEGER NOT NULL, occasion TEXT NOT NULL", "doc, idx", "occasion",
       "doc, idx, occasion"},
      {"item_persons",
       "doc TEXT NOT NULL, idx INTEGER NOT NULL, pos INTEGER NOT NULL, pkey TEXT NOT NULL, name TEXT NOT NULL",
       "doc, idx, pos", "pkey", "doc, idx, pos, pkey, name"},
      {"occasion_aliases", "alias TEXT NOT NULL, occasion TEXT NOT NULL", "alias, occasion", "occasion",
       "alias, occasion"},
      {"person_names", "key TEXT NOT NULL, person TEXT NOT NULL", "key, person", nullptr, "key, person"},
  };
  // The extra indexes keep their names (dropped with the old tables).
  const char* index_names[] = {"occasion_countries_occ",
                               "occasion_areas_occ",
                               "occasion_persons_occ",
                               "engagements_occasion",
                               "item_persons_by_key",
                               "occasion_aliases_occ",
                               nullptr};
  for (size_t i = 0; i < std::size(tables); ++i) {
    const auto& t = tables[i];
    std::string table = t.table, tmp = table + "_v4";
    bool with_end = table == "occasion_countries" || table == "occasion_areas";
    s.push_back("CREATE TABLE " + tmp + " (" + t.columns + ", PRIMARY KEY (" + t.key + ")" +
                (with_end ? include_end : "") + ")" + without_rowid);
    s.push_back("INSERT INTO " + tmp + " (" + t.names + ") SELECT " + t.names + " FROM " + table);
    s.push_back("DROP TABLE " + table);
    s.push_back("ALTER TABLE " + tmp + " RENAME TO " + table);
    if (t.index) s.push_back("CREATE INDEX " + std::string(index_names[i]) + " ON " + table + " (" + t.index + ")");
  }
  return s;
}

// doc_blocks.keys: one line per engagement, "idx<TAB>key<TAB>key...", with backslash, tab and newline
// escaped inside keys (they come from extracted text).
std::string pack_keys(const std::map<int, std::vector<std::string>>& keys) {
  std::string out;
  for (const auto& [idx, ks] : keys) {
    out += std::to_string(idx);
    for (const auto& k : ks) {
      out += '\t';
      for (char c : k) {
        if (c == '\\')
          out += "\\\\";
        else if (c == '\t')
          out += "\\t";
        else if (c == '\n')
          out += "\\n";
        else
          out += c;
      }
    }
    out += '\n';
  }
  return out;
}

std::map<int, std::vector<std::string>> unpack_keys(std::string_view s) {
  std::map<int, std::vector<std::string>> out;
  auto unescape = [](std::string_view k) {
    if (k.find('\\') == std::string_view::npos) return std::string(k);  // the usual case
    std::string key;
    for (size_t i = 0; i < k.size(); ++i) {
      char c = k[i];
      if (c == '\\' && i + 1 < k.size()) {
        c = k[++i];
        c = c == 't' ? '\t' : c == 'n' ? '\n' : c;
      }
      key += c;
    }
    return key;
  };
  while (!s.empty()) {
    size_t eol = s.find('\n');
    std::string_view line = s.substr(0, eol);
    s = eol == std::string_view::npos ? std::string_view() : s.substr(eol + 1);
    size_t tab = line.find('\t');
    int idx = 0;
    std::from_chars(line.data(), line.data() + std::min(tab, line.size()), idx);
    auto& ks = out[idx];
    while (tab != std::string_view::npos) {
      line.remove_prefix(tab + 1);
      tab = line.find('\t');
      ks.push_back(unescape(line.substr(0, tab)));
    }
  }
  return out;
}

// The classes of span_class and the longest span each holds (class 2: the store's longest).
constexpr long kSpanClassMax[] = {31, 366};

long day_number(const PartialDate& d, bool last) {
  int m = d.month ? d.month : (last ? 12 : 1);
  int day = d.day ? d.day : (last ? days_in_month(d.year, m) : 1);
  return days_from_civil(d.year, m, day);
}

// (span_days, span_class) of an occasion's date columns; nullopt when undated.
std::optional<std::pair<long, int>> span_of(const std::string& date_sort, const std::string& date_end) {
  auto a = PartialDate::parse(date_sort);
  auto b = PartialDate::parse(date_end);
  if (!a || !b) return std::nullopt;
  long span = std::max(0L, day_number(*b, true) - day_number(*a, false));
  int cls = span <= kSpanClassMax[0] ? 0 : span <= kSpanClassMax[1] ? 1 : 2;
  return std::pair{span, cls};
}

// The smallest date_sort text whose first day can be `day` or later. date_sort holds partial dates,
// and "2024" or "2024-03" sort before "2024-03-01" although their first day is not earlier, so the
// trailing "-01" parts are dropped: every date whose first day is >= day sorts >= the result.
std::string lower_bound_text(long day) {
  PartialDate d = civil_from_days(day);
  if (d.day == 1) {
    d.day = 0;
    if (d.month == 1) d.month = 0;
  }
  return d.to_string();
}

std::string now_utc() {
  auto t = std::chrono::system_clock::now();
  auto secs = std::chrono::system_clock::to_time_t(t);
  auto micros = std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count() % 1000000;
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06ldZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long>(micros));
  return buf;
}

// FTS5 query from free text: every word quoted, all required (like plainto_tsquery).
std::string fts5_query(const std::string& text) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    out += '"' + word + '"';
    word.clear();
  };
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80))
      word += c;
    else
      flush();
  }
  flush();
  return out;
}

}  // namespace

std::unique_ptr<Store> Store::open(const std::string& target, bool writable, OpenOptions opts) {
  opts.read_only = !writable;
  std::unique_ptr<Store> s(new Store(open_db(target, opts)));
  s->migrate(writable);
  return s;
}

void Store::migrate(bool writable) {
  auto version = [&]() -> int {
    auto rows = db_->query(db_->dialect() == Dialect::kSqlite
                               ? "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'"
                               : "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                 "current_schema() AND table_name = 'schema_version'");
    if (rows.empty() || !rows[0][0] || *rows[0][0] == "0") return 0;
    auto v = db_->query("SELECT max(version) FROM schema_version");
    return v.empty() || !v[0][0] ? 0 : std::stoi(*v[0][0]);
  };
  int v = version();
  if (v > kSchemaVersion)
    throw DbError("store " + db_->where() + " has schema version " + std::to_string(v) +
                  ", newer than this attache understands (" + std::to_string(kSchemaVersion) +
                  "); use a newer attache, nothing was changed");
  if (v == kSchemaVersion) return;
  if (!writable && v > 0)
    throw DbError("store " + db_->where() + " has schema version " + std::to_string(v) +
                  ", older than this attache's (" + std::to_string(kSchemaVersion) +
                  "); run `attache ingest` on it once to migrate it");
  if (!writable) throw DbError("store " + db_->where() + " is empty or not an attache store (no schema)");
  transaction(*db_, [&] {
    // Checked again inside the transaction: another process may have created it meanwhile.
    int now = version();
    if (now >= kSchemaVersion) return;
    if (now == 0) {
      db_->exec("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
      for (const auto& stmt : schema_v1(db_->dialect())) db_->exec(stmt);
    }
    if (now < 2) {
      for (const auto& stmt : schema_v2(db_->dialect())) db_->exec(stmt);
      for (auto& row : db_->query("SELECT id, date_sort, date_end FROM occasions")) {
        auto sp = span_of(row[1].value_or(""), row[2].value_or(""));
        if (sp)
          db_->query("UPDATE occasions SET span_days = ?, span_class = ? WHERE id = ?",
                     {std::to_string(sp->first), std::to_string(sp->second), *row[0]});
      }
    }
    if (now < 3) {
      for (const auto& stmt : schema_v3(db_->dialect())) db_->exec(stmt);
      if (now > 0) db_->query("INSERT INTO meta (key, value) VALUES ('rebuild', '1')");
      // A new store follows this attache's fusion rules (an older v3 store has no `fusion` row, or
      // another value: the next ingest re-fuses it whole).
      if (now == 0)
        db_->query("INSERT INTO meta (key, value) VALUES ('fusion', ?)", {std::string(fuse::kRulesVersion)});
    }
    if (now < 4) {
      for (const auto& stmt : schema_v4(db_->dialect())) db_->exec(stmt);
      // (a store before version 3 was flagged by that step already)
      if (now == 3) db_->query("INSERT INTO meta (key, value) VALUES ('rebuild', '1')");
    }
    // Later versions: one block per step, `if (now < N) { ... }`.
    db_->query("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
               {std::to_string(kSchemaVersion), now_utc()});
  });
}

void Store::delete_occasion(const std::string& id, std::set<std::string>& touched_persons) {
  for (auto& row : db_->query("SELECT DISTINCT person FROM roles WHERE occasion = ?", {id}))
    touched_persons.insert(*row[0]);
  // FTS5 cannot search its UNINDEXED occasion column without scanning the whole table, so on SQLite
  // the text row shares the occasion row's rowid and is deleted through it (staged: flush_text()).
  if (db_->dialect() == Dialect::kSqlite) {
    for (auto& row : db_->query("SELECT rowid FROM occasions WHERE id = ?", {id})) {
      long long rowid = std::stoll(*row[0]);
      // A text row staged in this batch is simply not written; any older row of that rowid was
      // staged for deletion when its occasion went.
      if (!text_stage_.inserted.erase(rowid)) text_stage_.deleted.push_back(rowid);
    }
  } else {
    db_->query("DELETE FROM occasion_text WHERE occasion = ?", {id});
  }
  for (const char* sql :
       {"DELETE FROM occasions WHERE id = ?", "DELETE FROM occasion_countries WHERE occasion = ?",
        "DELETE FROM occasion_areas WHERE occasion = ?", "DELETE FROM occasion_persons WHERE occasion = ?",
        "DELETE FROM commitments WHERE occasion = ?", "DELETE FROM engagements WHERE occasion = ?",
        "DELETE FROM occasion_aliases WHERE occasion = ?", "DELETE FROM roles WHERE occasion = ?"})
    db_->query(sql, {id});
}

void Store::write_roles(const fuse::Occasion& o, std::set<std::string>& touched_persons) {
  for (const auto& r : o.roles) {
    touched_persons.insert(r.person);
    db_->query(
        "INSERT INTO roles (person, occasion, doc, published, held_first, idx, pos, body) VALUES (?, ?, ?, ?, ?, "
        "?, ?, ?)",
        {r.person, r.occasion, r.doc, r.published, std::to_string(r.held_first), std::to_string(r.index),
         std::to_string(r.pos), r.body.dump()});
  }
}

void Store::write_text(const fuse::Occasion& o) {
  if (db_->dialect() == Dialect::kSqlite) {
    for (auto& row : db_->query("SELECT rowid FROM occasions WHERE id = ?", {o.id}))
      text_stage_.inserted[std::stoll(*row[0])] = {o.id, o.text};
  } else {
    db_->query("INSERT INTO occasion_text (occasion, body) VALUES (?, ?)", {o.id, o.text});
  }
}

void Store::flush_text() {
  // Deletions first: a rowid freed by a deleted occasion may be reused by an occasion written later.
  if (!text_stage_.deleted.empty()) {
    nlohmann::json ids = text_stage_.deleted;
    db_->query("DELETE FROM occasion_text WHERE rowid IN (SELECT value FROM json_each(?))", {ids.dump()});
  }
  if (!text_stage_.inserted.empty()) {
    // Through a temporary table (texts are bytes as stored, not necessarily valid JSON strings).
    db_->exec("CREATE TEMP TABLE IF NOT EXISTS text_stage (id INTEGER PRIMARY KEY, occasion TEXT, body TEXT)");
    for (const auto& [rowid, v] : text_stage_.inserted)
      db_->query("INSERT INTO temp.text_stage (id, occasion, body) VALUES (?, ?, ?)",
                 {std::to_string(rowid), v.first, v.second});
    db_->query("INSERT INTO occasion_text (rowid, occasion, body) SELECT id, occasion, body FROM temp.text_stage");
    db_->query("DELETE FROM temp.text_stage");
  }
  text_stage_ = {};
}

void Store::write_occasion(const fuse::Occasion& o, const std::string& body, const std::string& hash, bool existed,
                           std::set<std::string>& touched_persons) {
  if (existed) delete_occasion(o.id, touched_persons);
  write_roles(o, touched_persons);
  auto opt = [](const std::string& s) -> Value { return s.empty() ? Value() : Value(s); };
  auto sp = span_of(o.date_sort, o.date_end);
  db_->query(
      "INSERT INTO occasions (id, kind, status, mechanism, mechanism_key, ordinal, date_sort, date_end, "
      "body, hash, span_days, span_class) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {o.id, o.kind, o.status, opt(o.mechanism), opt(o.mechanism_key),
       o.ordinal ? Value(std::to_string(*o.ordinal)) : Value(), o.date_sort, o.date_end, body, hash,
       sp ? Value(std::to_string(sp->first)) : Value(), sp ? Value(std::to_string(sp->second)) : Value()});
  std::set<std::string> parties(o.countries.begin(), o.countries.end());
  for (const auto& g : o.groups) parties.insert(g);
  for (const auto& c : parties)
    db_->query("INSERT INTO occasion_countries (country, date_sort, occasion, date_end) VALUES (?, ?, ?, ?)",
               {c, o.date_sort, o.id, o.date_end});
  for (const auto& a : std::set<std::string>(o.areas.begin(), o.areas.end()))
    db_->query("INSERT INTO occasion_areas (area, date_sort, occasion, date_end) VALUES (?, ?, ?, ?)",
               {a, o.date_sort, o.id, o.date_end});
  for (const auto& p : std::set<std::string>(o.persons.begin(), o.persons.end()))
    db_->query("INSERT INTO occasion_persons (person, date_sort, occasion) VALUES (?, ?, ?)", {p, o.date_sort, o.id});
  write_text(o);
  for (const auto& a : o.merged_from)
    db_->query("INSERT INTO occasion_aliases (alias, occasion) VALUES (?, ?)", {a, o.id});
  for (const auto& m : o.members) {
    // The engagement may have belonged to another occasion that is rewritten later in this batch.
    db_->query(
        "INSERT INTO engagements (doc, idx, occasion) VALUES (?, ?, ?) ON CONFLICT (doc, idx) DO UPDATE SET "
        "occasion = excluded.occasion",
        {m.doc, std::to_string(m.index), o.id});
  }
  if (o.commitment)
    db_->query("INSERT INTO commitments (occasion, due_end, held, body) VALUES (?, ?, ?, ?)",
               {o.id, o.commitment->due ? Value(fuse::last_day(*o.commitment->due)) : Value(),
                o.commitment->held ? "1" : "0", o.commitment->body.dump()});
}

BatchStats Store::ingest(const std::vector<IngestDoc>& batch, const fuse::Fuser& fuser) {
  BatchStats st;
  text_stage_ = {};  // left over if an earlier batch failed (its transaction was rolled back)
  transaction(*db_, [&] {
    // PostgreSQL: one writer at a time (SQLite's BEGIN IMMEDIATE already serialises writers).
    if (db_->dialect() == Dialect::kPostgres) db_->exec("LOCK TABLE documents IN SHARE ROW EXCLUSIVE MODE");
    std::string at = now_utc();
    // Within a batch the last version of a doc id wins, as it would across batches.
    std::map<std::string, const IngestDoc*> latest;
    for (const auto& d : batch) latest[d.doc] = &d;
    std::map<std::string, fuse::SourceRecord> changed;
    for (const auto& [id, d] : latest) {
      std::string record = to_json_line(d->record);
      std::string hash = fuse::stable_hash(d->text + '\x1f' + record);
      auto rows = db_->query("SELECT hash FROM documents WHERE doc = ?", {id});
      if (!rows.empty() && rows[0][0] == hash) {
        ++st.unchanged;
        continue;
      }
      changed[id] = fuse::SourceRecord{d->record, d->text, std::nullopt};
      // Later batches re-fusing this document read it back from the cache instead of parsing the
      // stored JSON, which gives the same record unless serialising replaced invalid UTF-8 (U+FFFD).
      if (record.find("\xEF\xBF\xBD") == std::string::npos)
        cache_source(id, hash, record.size() + d->text.size(), changed[id]);
      Value pub = d->published ? Value(d->published->to_string()) : Value();
      if (rows.empty()) {
        ++st.added;
        db_->query(
            "INSERT INTO documents (doc, published, hash, title, url, source, text, record, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {id, pub, hash, d->title, d->url, d->source, d->text, record, at});
      } else {
        ++st.replaced;
        db_->query(
            "UPDATE documents SET published = ?, hash = ?, title = ?, url = ?, source = ?, text = ?, record "
            "= ?, "
            "ingested_at = ? WHERE doc = ?",
            {pub, hash, d->title, d->url, d->source, d->text, record, at, id});
      }
    }
    auto rebuild = db_->query("SELECT value FROM meta WHERE key = 'rebuild'");
    auto rules = db_->query("SELECT value FROM meta WHERE key = 'fusion'");
    bool old_rules = rules.empty() || rules[0][0] != std::string(fuse::kRulesVersion);
    if (!rebuild.empty() || old_rules) {
      rebuild_all(fuser, at, st);
      db_->query("DELETE FROM meta WHERE key IN ('rebuild', 'fusion')");
      db_->query("INSERT INTO meta (key, value) VALUES ('fusion', ?)", {std::string(fuse::kRulesVersion)});
    } else if (!changed.empty() && !refuse_incremental(changed, fuser, at, st)) {
      text_stage_ = {};  // rebuild_all rewrites every text row
      rebuild_all(fuser, at, st);
    }
    flush_text();
  });
  return st;
}

namespace {

// Bound of Store::source_cache_ (record JSON and text bytes of the parsed documents it holds).
constexpr size_t kSourceCacheBytes = size_t{256} << 20;

}  // namespace

fuse::SourceRecord Store::load_source(const std::string& doc) {
  auto h = db_->query("SELECT hash FROM documents WHERE doc = ?", {doc});
  if (h.empty()) throw DbError("document " + doc + " vanished during the batch");
  auto hit = source_cache_.find(doc);
  if (hit != source_cache_.end() && hit->second.hash == h[0][0]) return hit->second.src;
  auto rows = db_->query("SELECT record, text, hash FROM documents WHERE doc = ?", {doc});
  if (rows.empty()) throw DbError("document " + doc + " vanished during the batch");
  auto parsed = record_from_json_text(*rows[0][0]);
  if (!parsed.record) throw DbError("stored record of " + doc + " is unreadable: " + parsed.error);
  fuse::SourceRecord src{std::move(*parsed.record), rows[0][1].value_or(""), std::nullopt};
  cache_source(doc, *rows[0][2], rows[0][0]->size() + src.text.size(), src);
  return src;
}

void Store::cache_source(const std::string& doc, const std::string& hash, size_t bytes, const fuse::SourceRecord& src) {
  if (auto hit = source_cache_.find(doc); hit != source_cache_.end()) {
    source_cache_bytes_ -= hit->second.bytes;
    source_cache_.erase(hit);
  }
  if (source_cache_bytes_ + bytes > kSourceCacheBytes) {
    source_cache_.clear();
    source_cache_bytes_ = 0;
  }
  source_cache_bytes_ += bytes;
  source_cache_.emplace(doc, CachedSource{hash, bytes, src});
}

Store::DocKeys Store::index_document(const fuse::SourceRecord& src, const fuse::Fuser& fuser) {
  DocKeys keys;
  const std::string& doc = src.record.doc;
  for (const auto& k : fuser.index_record(src)) {
    std::string idx = std::to_string(k.index);
    std::set<std::string> distinct(k.blocks.begin(), k.blocks.end());
    for (const auto& b : k.blocks) {
      // Every p-key is also filed under its class without the year, so that an engagement with an
      // unbounded window (the `*` bucket) finds every engagement of its kind and parties.
      if (b.rfind("p|", 0) == 0 || b.rfind("m|", 0) == 0)
        distinct.insert(std::string(1, b[0] == 'p' ? 'P' : 'M') + b.substr(1, b.rfind('|') - 1));
    }
    auto& mine = keys[k.index];
    for (const auto& b : distinct) {
      db_->query("INSERT INTO blocks (key, doc, idx) VALUES (?, ?, ?)", {b, doc, idx});
      mine.push_back(b);
    }
    for (size_t i = 0; i < k.names.size(); ++i)
      db_->query("INSERT INTO item_persons (doc, idx, pos, pkey, name) VALUES (?, ?, ?, ?, ?)",
                 {doc, idx, std::to_string(i), k.names[i].first, k.names[i].second});
  }
  db_->query("INSERT INTO doc_blocks (doc, keys) VALUES (?, ?)", {doc, pack_keys(keys)});
  return keys;
}

fuse::PersonIndex Store::resolve_persons(std::set<std::string>& changed_keys) {
  std::map<std::string, std::map<std::string, int>> spellings;
  for (auto& row : db_->query("SELECT pkey, name, count(*) FROM item_persons GROUP BY pkey, name"))
    spellings[*row[0]][*row[1]] = std::stoi(*row[2]);
  fuse::PersonIndex index = fuse::resolve_persons(spellings);
  std::map<std::string, std::pair<std::string, std::string>> old;
  for (auto& row : db_->query("SELECT pkey, person, display FROM person_map")) old[*row[0]] = {*row[1], *row[2]};
  for (const auto& [pk, c] : index.of) {
    std::pair<std::string, std::string> now{index.persons[c].id, index.persons[c].name};
    auto it = old.find(pk);
    if (it != old.end() && it->second == now) continue;
    changed_keys.insert(pk);
    if (it != old.end()) db_->query("DELETE FROM person_map WHERE pkey = ?", {pk});
    db_->query("INSERT INTO person_map (pkey, person, display) VALUES (?, ?, ?)", {pk, now.first, now.second});
  }
  for (const auto& [pk, v] : old)
    if (!index.of.count(pk)) {
      changed_keys.insert(pk);
      db_->query("DELETE FROM person_map WHERE pkey = ?", {pk});
    }
  return index;
}

void Store::apply(const std::set<std::string>& old_ids, std::vector<fuse::Occasion>& fresh, const std::string& at,
                  BatchStats& st, std::set<std::string>& touched_persons, bool all_roles) {
  // id -> stored hash (of body and roles). An occasion whose roles alone changed is rewritten but
  // not reported as updated, which its stored body tells (read only for occasions rewritten).
  std::map<std::string, std::string> old;
  for (const auto& id : old_ids)
    for (auto& row : db_->query("SELECT hash FROM occasions WHERE id = ?", {id})) old[id] = *row[0];
  std::map<std::string, std::string> absorbed;  // old id -> occasion that took it
  std::set<std::string> fresh_ids;
  auto log = [&](const std::string& occ, const char* change, const std::string& detail) {
    db_->query("INSERT INTO changes (at, occasion, change, detail) VALUES (?, ?, ?, ?)",
               {at, occ, change, detail.empty() ? Value() : Value(detail)});
  };
  for (const auto& o : fresh) {
    fresh_ids.insert(o.id);
    for (const auto& m : o.merged_from) absorbed[m] = o.id;
  }
  // Occasions that are gone are removed first, so their engagements are free to move.
  for (const auto& [id, h] : old)
    if (!fresh_ids.count(id)) delete_occasion(id, touched_persons);
  for (const auto& o : fresh) {
    std::string body = o.body.dump();
    std::string body_hash = fuse::stable_hash(body);
    std::string roles;
    for (const auto& r : o.roles) roles += r.person + '\x1f' + r.body.dump() + '\n';
    std::string hash = fuse::stable_hash(body + '\x1e' + roles);
    auto it = old.find(o.id);
    if (it != old.end() && it->second == hash) {
      if (all_roles) write_roles(o, touched_persons), write_text(o);
      continue;
    }
    std::string old_body_hash;
    if (it != old.end())
      for (auto& row : db_->query("SELECT body FROM occasions WHERE id = ?", {o.id}))
        old_body_hash = fuse::stable_hash(*row[0]);
    write_occasion(o, body, hash, it != old.end(), touched_persons);
    if (it == old.end()) {
      ++st.created;
      log(o.id, "created", "");
    } else if (old_body_hash != body_hash) {
      ++st.updated;
      log(o.id, "updated", "");
    }
    // An id that comes back is no longer a redirect.
    db_->query("DELETE FROM redirects WHERE old_id = ?", {o.id});
  }
  for (const auto& [id, h] : old) {
    if (fresh_ids.count(id)) continue;
    auto a = absorbed.find(id);
    if (a != absorbed.end()) {
      ++st.merged;
      db_->query("DELETE FROM redirects WHERE old_id = ?", {id});
      db_->query("INSERT INTO redirects (old_id, new_id) VALUES (?, ?)", {id, a->second});
      log(id, "merged", a->second);
    } else {
      ++st.retracted;
      log(id, "retracted", "");
    }
  }
}

void Store::write_persons(const fuse::PersonIndex& index, std::set<std::string> touched) {
  std::map<std::string, std::string> old_info;  // id -> info fingerprint
  for (auto& row : db_->query("SELECT id, info FROM persons")) old_info[*row[0]] = row[1].value_or("");
  std::map<std::string, std::pair<const fuse::PersonInfo*, std::string>> now;  // id -> (person, fingerprint)
  for (const auto& p : index.persons) {
    auto& [person, info] = now[p.id];
    person = &p, info = p.fingerprint();
    auto it = old_info.find(p.id);
    if (it == old_info.end() || it->second != info) touched.insert(p.id);
  }
  // person -> keys of its person_names rows, read once when first needed. The table's key is
  // (key, person) and nothing indexes person, so deleting a person's rows by person scanned the
  // whole table once per rewritten person; rows are deleted by their full key instead.
  std::optional<std::map<std::string, std::vector<std::string>>> name_keys;
  auto delete_names = [&](const std::string& id) {
    if (!name_keys) {
      name_keys.emplace();
      for (auto& row : db_->query("SELECT key, person FROM person_names")) (*name_keys)[*row[1]].push_back(*row[0]);
    }
    auto it = name_keys->find(id);
    if (it == name_keys->end()) return;
    for (const auto& k : it->second) db_->query("DELETE FROM person_names WHERE key = ? AND person = ?", {k, id});
    name_keys->erase(it);
  };
  for (const auto& [id, info] : old_info)
    if (!now.count(id)) {
      db_->query("DELETE FROM persons WHERE id = ?", {id});
      delete_names(id);
    }
  for (const auto& id : touched) {
    auto p = now.find(id);
    if (p == now.end()) continue;
    std::vector<fuse::RoleText> roles;
    for (auto& row : db_->query("SELECT occasion, doc, published, held_first, idx, pos, body FROM roles WHERE "
                                "person = ?",
                                {id})) {
      roles.push_back({std::move(*row[0]), std::move(*row[1]), std::move(*row[2]), std::stoi(*row[3]),
                       std::stoi(*row[4]), std::stoi(*row[5]), std::move(*row[6])});
    }
    const fuse::PersonInfo& person = *p->second.first;
    std::string body = fuse::person_body_json(person, std::move(roles));
    std::string hash = fuse::stable_hash(body);
    const std::string& info = p->second.second;
    auto old = db_->query("SELECT hash, info FROM persons WHERE id = ?", {id});
    if (!old.empty() && old[0][0] == hash && old[0][1] == info) continue;
    db_->query("DELETE FROM persons WHERE id = ?", {id});
    delete_names(id);
    db_->query("INSERT INTO persons (id, name, body, hash, info) VALUES (?, ?, ?, ?, ?)",
               {id, person.name, body, hash, info});
    for (const auto& k : person.keys) db_->query("INSERT INTO person_names (key, person) VALUES (?, ?)", {k, id});
    (*name_keys)[id] = person.keys;
  }
}

bool Store::refuse_incremental(const std::map<std::string, fuse::SourceRecord>& changed, const fuse::Fuser& fuser,
                               const std::string& at, BatchStats& st) {
  using ItemId = std::pair<std::string, int>;
  std::set<std::string> keys_todo, occ_todo;
  std::set<ItemId> items, item_todo;
  std::map<std::string, size_t> engagement_count;  // changed doc -> engagements in its new record
  // Blocking keys of each document the closure reaches, read once per batch (doc_blocks).
  std::map<std::string, DocKeys, std::less<>> doc_keys;
  auto stored_keys = [&](const std::string& doc) -> const DocKeys& {
    auto it = doc_keys.find(doc);
    if (it != doc_keys.end()) return it->second;
    DocKeys keys;
    for (auto& row : db_->query("SELECT keys FROM doc_blocks WHERE doc = ?", {doc})) keys = unpack_keys(*row[0]);
    return doc_keys.emplace(doc, std::move(keys)).first->second;
  };
  // 1. The old engagements of the changed documents: their keys and occasions; then the new ones.
  for (const auto& [doc, src] : changed) {
    for (const auto& [idx, ks] : stored_keys(doc)) {
      std::string i = std::to_string(idx);
      for (const auto& k : ks) {
        keys_todo.insert(k);
        db_->query("DELETE FROM blocks WHERE key = ? AND doc = ? AND idx = ?", {k, doc, i});
      }
    }
    for (auto& row : db_->query("SELECT DISTINCT occasion FROM engagements WHERE doc = ?", {doc}))
      occ_todo.insert(*row[0]);
    db_->query("DELETE FROM doc_blocks WHERE doc = ?", {doc});
    db_->query("DELETE FROM item_persons WHERE doc = ?", {doc});
    engagement_count[doc] = src.record.engagements.size();
    DocKeys fresh_keys = index_document(src, fuser);
    for (const auto& [idx, ks] : fresh_keys) keys_todo.insert(ks.begin(), ks.end());
    doc_keys[doc] = std::move(fresh_keys);
    for (size_t i = 0; i < src.record.engagements.size(); ++i) item_todo.insert({doc, static_cast<int>(i)});
  }
  // 2. Persons over every spelling; the engagements of spellings whose person changed.
  std::set<std::string> changed_keys;
  fuse::PersonIndex pindex = resolve_persons(changed_keys);
  for (const auto& pk : changed_keys)
    for (auto& row : db_->query("SELECT doc, idx FROM item_persons WHERE pkey = ?", {pk}))
      item_todo.insert({*row[0], std::stoi(*row[1])});
  // 3. Closure: every engagement sharing a blocking key with one in the set, and every engagement of
  // an occasion one in the set belonged to, until nothing is added.
  std::set<std::string> keys_seen, occ_seen;
  // A batch that holds every stored document (the first ingest into a store, or everything in one
  // batch) closes over all of it: every engagement of the batch (all in the set already) and every
  // occasion an engagement belonged to; the key walk would only confirm that. The batch's documents
  // are all stored by now, so the store holds no other exactly when it holds no more than them.
  std::string probe = "SELECT doc FROM documents LIMIT " + std::to_string(changed.size() + 1);
  if (db_->query(probe).size() == changed.size()) {
    items.insert(item_todo.begin(), item_todo.end());
    item_todo.clear();
    keys_todo.clear();
    occ_todo.clear();
    for (auto& row : db_->query("SELECT DISTINCT occasion FROM engagements")) occ_seen.insert(*row[0]);
  }
  auto add_item = [&](const std::string& doc, int idx) {
    auto n = engagement_count.find(doc);
    if (n != engagement_count.end() && static_cast<size_t>(idx) >= n->second) return;  // retracted
    if (!items.count({doc, idx})) item_todo.insert({doc, idx});
  };
  while (!keys_todo.empty() || !occ_todo.empty() || !item_todo.empty()) {
    while (!item_todo.empty()) {
      ItemId it = *item_todo.begin();
      item_todo.erase(item_todo.begin());
      if (!items.insert(it).second) continue;
      std::vector<Value> p{it.first, std::to_string(it.second)};
      const DocKeys& dk = stored_keys(it.first);
      if (auto ks = dk.find(it.second); ks != dk.end())
        for (const auto& k : ks->second)
          if (!keys_seen.count(k)) keys_todo.insert(k);
      for (auto& row : db_->query("SELECT occasion FROM engagements WHERE doc = ? AND idx = ?", p))
        if (!occ_seen.count(*row[0])) occ_todo.insert(*row[0]);
    }
    while (!keys_todo.empty()) {
      std::string k = *keys_todo.begin();
      keys_todo.erase(keys_todo.begin());
      // Class keys (P|, M|) are followed only from a `*` key, passive attach keys (U|, N|) only to
      // their active twins (fuse::linked_keys).
      if (!keys_seen.insert(k).second) continue;
      for (const auto& l : fuse::linked_keys(k))
        for (auto& row : db_->query("SELECT doc, idx FROM blocks WHERE key = ?", {l}))
          add_item(*row[0], std::stoi(*row[1]));
    }
    while (!occ_todo.empty()) {
      std::string o = *occ_todo.begin();
      occ_todo.erase(occ_todo.begin());
      if (!occ_seen.insert(o).second) continue;
      for (auto& row : db_->query("SELECT doc, idx FROM engagements WHERE occasion = ?", {o}))
        add_item(*row[0], std::stoi(*row[1]));
    }
  }
  // 4. Fuse those engagements, each document read once.
  std::map<std::string, std::vector<int>> by_doc;
  for (const auto& [doc, idx] : items) by_doc[doc].push_back(idx);
  std::vector<fuse::SourceRecord> sources;
  for (auto& [doc, idx] : by_doc) {
    // The batch's own documents as they were given (the stored JSON reads back the same record).
    auto mine = changed.find(doc);
    fuse::SourceRecord src = mine != changed.end() ? mine->second : load_source(doc);
    src.only = std::move(idx);
    sources.push_back(std::move(src));
  }
  st.refused += items.size();
  std::vector<fuse::Occasion> fresh = fuser.fuse_occasions(std::move(sources), pindex);
  // An id the closure did not see already stored: the stored state is not what incremental fusion
  // assumes (it never happens by construction); fall back to re-fusing everything.
  for (const auto& o : fresh)
    if (!occ_seen.count(o.id) && !db_->query("SELECT 1 FROM occasions WHERE id = ?", {o.id}).empty()) return false;
  std::set<std::string> touched;
  apply(occ_seen, fresh, at, st, touched, false);
  write_persons(pindex, std::move(touched));
  return true;
}

void Store::rebuild_all(const fuse::Fuser& fuser, const std::string& at, BatchStats& st) {
  db_->exec("DELETE FROM blocks");
  db_->exec("DELETE FROM doc_blocks");
  db_->exec("DELETE FROM item_persons");
  db_->exec("DELETE FROM roles");
  // Text rows are rewritten too: stores before schema 3 did not tie their rowids to the occasions'.
  db_->exec("DELETE FROM occasion_text");
  std::vector<fuse::SourceRecord> sources;
  for (auto& row : db_->query("SELECT doc FROM documents ORDER BY doc")) {
    sources.push_back(load_source(*row[0]));
    index_document(sources.back(), fuser);
    st.refused += sources.back().record.engagements.size();
  }
  st.rebuilt = true;
  std::set<std::string> changed_keys;
  fuse::PersonIndex pindex = resolve_persons(changed_keys);
  std::vector<fuse::Occasion> fresh = fuser.fuse_occasions(std::move(sources), pindex);
  std::set<std::string> old_ids;
  for (auto& row : db_->query("SELECT id FROM occasions")) old_ids.insert(*row[0]);
  std::set<std::string> touched;
  apply(old_ids, fresh, at, st, touched, true);
  for (const auto& p : pindex.persons) touched.insert(p.id);
  write_persons(pindex, std::move(touched));
}

void Store::export_occasions(const std::function<void(const std::string&)>& line) {
  for (auto& row : db_->query("SELECT body FROM occasions ORDER BY date_sort, id")) line(*row[0]);
}

// Query plans. Every answer is ordered by (date_sort, id) and usually cut by --limit, so each shape
// lets one index deliver rows already in that order and stops after `limit` rows (EXPLAIN QUERY
// PLAN shows no temporary B-tree for the ORDER BY on the shapes the benchmark times):
//   - a person or text filter (few rows): IN-subqueries drive, then a small sort;
//   - a country, partner or area filter: the (value, date_sort, occasion) key of a link table is
//     walked in order, the other link filters probed by primary key, the occasion fetched by id;
//   - --from alone: per span class, an ordered range of (span_class, date_sort) that starts where an
//     occasion of that class could still reach --from;
//   - otherwise the (kind|status, date_sort, id, date_end) or (date_sort, id) index, with --from
//     starting the range where the store's longest occasion could still reach it.
// A date range matches an occasion whose dates overlap it: date_end >= from and first day <= to.
std::vector<std::string> Store::query(const QueryFilter& f) {
  std::vector<Value> params;
  std::optional<long> from_day;
  std::string from_s, to_s;
  if (f.from) {
    auto d = PartialDate::parse(*f.from);
    if (!d) throw DbError("--from is not a date: " + *f.from);
    from_day = day_number(*d, false);
    from_s = civil_from_days(*from_day).to_string();
  }
  if (f.to) {
    auto d = PartialDate::parse(*f.to);
    if (!d) throw DbError("--to is not a date: " + *f.to);
    to_s = civil_from_days(day_number(*d, true)).to_string();
  }
  std::vector<std::string> person_list;
  if (f.person_key) {
    person_list = person_ids(*f.person_key);
    if (person_list.empty()) return {};
  }
  auto longest_span = [&]() -> long {
    auto r = db_->query("SELECT max(span_days) FROM occasions");
    return r.empty() || !r[0][0] ? 0 : std::stol(*r[0][0]);
  };
  const std::string limit = f.limit ? " LIMIT " + std::to_string(f.limit) : "";

  // Filters on the occasion's own columns and the selective sub-queries, for alias `o`.
  auto column_filters = [&](std::string& sql, std::vector<Value>& ps, bool dates) {
    if (f.mechanism_key) sql += " AND o.mechanism_key = ?", ps.push_back(*f.mechanism_key);
    if (f.kind) sql += " AND o.kind = ?", ps.push_back(*f.kind);
    if (f.status) sql += " AND o.status = ?", ps.push_back(*f.status);
    if (dates && f.from) sql += " AND o.date_end >= ?", ps.push_back(from_s);
    if (dates && f.to) sql += " AND o.date_sort <> '' AND o.date_sort <= ?", ps.push_back(to_s);
    if (!person_list.empty()) {
      sql += " AND o.id IN (SELECT occasion FROM occasion_persons WHERE person IN (";
      for (size_t i = 0; i < person_list.size(); ++i) {
        sql += i ? ", ?" : "?";
        ps.push_back(person_list[i]);
      }
      sql += "))";
    }
    if (f.text) {
      if (db_->dialect() == Dialect::kSqlite) {
        sql += " AND o.id IN (SELECT occasion FROM occasion_text WHERE occasion_text MATCH ?)";
        ps.push_back(fts5_query(*f.text));
      } else {
        // ARRAY(...): the matching ids are fetched first through the GIN index; as an IN-subquery the planner
        // (estimating 0.5% of rows for any tsquery) walked the date index and tested every row (7 s at 1M)
        sql += " AND o.id = ANY(ARRAY(SELECT occasion FROM occasion_text WHERE tsv @@ plainto_tsquery('english', ?)))";
        ps.push_back(*f.text);
      }
    }
  };
  // Link filters: (table, column, value).
  struct Link {
    const char* table;
    const char* column;
    std::string value;
  };
  std::vector<Link> links;
  for (const auto& c : f.countries) links.push_back({"occasion_countries", "country", c});
  if (f.partner) links.push_back({"occasion_countries", "country", *f.partner});
  if (f.area) links.push_back({"occasion_areas", "area", *f.area});

  std::string sql;
  bool selective = f.person_key || f.text || f.mechanism_key;
  if (!links.empty() && !selective) {
    // Walk the first link's key in date order; probe the others by their primary key.
    const Link& d = links.front();
    sql = std::string("SELECT o.body FROM ") + d.table + " d CROSS JOIN occasions o WHERE d." + d.column +
          " = ? AND o.id = d.occasion";
    params.push_back(d.value);
    if (f.to) sql += " AND d.date_sort <> '' AND d.date_sort <= ?", params.push_back(to_s);
    if (from_day) {
      sql += " AND d.date_sort >= ? AND d.date_end >= ?";
      params.push_back(lower_bound_text(*from_day - longest_span()));
      params.push_back(from_s);
    }
    for (size_t i = 1; i < links.size(); ++i) {
      sql += std::string(" AND EXISTS (SELECT 1 FROM ") + links[i].table + " x WHERE x." + links[i].column +
             " = ? AND x.date_sort = d.date_sort AND x.occasion = d.occasion)";
      params.push_back(links[i].value);
    }
    column_filters(sql, params, true);
    sql += " ORDER BY d.date_sort, d.occasion" + limit;
  } else if (from_day && !selective && links.empty() && !f.kind && !f.status) {
    // One ordered, bounded range per span class; the few rows each yields are merged by the sort.
    long longest = longest_span();
    sql = "SELECT o.body FROM (";
    for (int cls = 0; cls < 3; ++cls) {
      long reach = cls < 2 ? kSpanClassMax[cls] : std::max(longest, kSpanClassMax[1]);
      if (cls) sql += " UNION ALL ";
      sql +=
          "SELECT id, date_sort FROM (SELECT o.id, o.date_sort FROM occasions o WHERE o.span_class = ? AND "
          "o.date_sort >= ?";
      params.push_back(std::to_string(cls));
      params.push_back(lower_bound_text(*from_day - reach));
      column_filters(sql, params, true);
      sql += " ORDER BY o.date_sort, o.id" + limit + ") c" + std::to_string(cls);
    }
    sql += ") s CROSS JOIN occasions o WHERE o.id = s.id ORDER BY s.date_sort, s.id" + limit;
  } else {
    sql = "SELECT o.body FROM occasions o WHERE 1 = 1";
    // With --from, start the (kind|status, date_sort) range where an occasion could still reach it.
    if (from_day && !selective)
      sql += " AND o.date_sort >= ?", params.push_back(lower_bound_text(*from_day - longest_span()));
    for (const auto& l : links) {
      sql += std::string(" AND o.id IN (SELECT occasion FROM ") + l.table + " WHERE " + l.column + " = ?)";
      params.push_back(l.value);
    }
    column_filters(sql, params, true);
    sql += " ORDER BY o.date_sort, o.id" + limit;
  }
  if (f.explain) {
    bool lite = db_->dialect() == Dialect::kSqlite;
    for (auto& row : db_->query((lite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql, params))
      f.explain(row.back().value_or(""));
  }
  std::vector<std::string> out;
  for (auto& row : db_->query(sql, params)) out.push_back(*row[0]);
  return out;
}

std::vector<std::string> Store::series(const std::string& mechanism_key) {
  std::vector<std::string> out;
  for (auto& row : db_->query("SELECT body FROM occasions WHERE mechanism_key = ? ORDER BY ordinal IS NULL, "
                              "ordinal, date_sort, id",
                              {mechanism_key}))
    out.push_back(*row[0]);
  return out;
}

std::string Store::newest_published() {
  auto rows = db_->query("SELECT max(published) FROM documents");
  return rows.empty() || !rows[0][0] ? "" : *rows[0][0];
}

std::vector<CommitmentRow> Store::commitments(const std::string& as_of_in) {
  std::string as_of = as_of_in.empty() ? newest_published() : as_of_in;
  std::vector<CommitmentRow> out;
  for (auto& row : db_->query("SELECT c.occasion, c.due_end, c.held, c.body FROM commitments c JOIN "
                              "occasions o ON o.id = c.occasion "
                              "ORDER BY o.date_sort, c.occasion")) {
    CommitmentRow r;
    r.occasion = *row[0];
    bool held = row[2] == "1";
    if (held)
      r.status = "fulfilled";
    else if (row[1] && !as_of.empty() && *row[1] < as_of)
      r.status = "overdue";
    else
      r.status = "open";
    auto j = ojson::parse(*row[3]);
    j["status"] = r.status;
    j["as_of"] = as_of.empty() ? ojson() : ojson(as_of);
    r.json = j.dump();
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<std::string> Store::person_ids(const std::string& key) {
  std::vector<std::string> ids;
  for (auto& row : db_->query("SELECT DISTINCT person FROM person_names WHERE key = ? ORDER BY person", {key}))
    ids.push_back(*row[0]);
  if (!ids.empty() || key.empty()) return ids;
  // No spelling is exactly this: every person one of whose spellings has all these words.
  std::vector<std::string> want;
  std::istringstream in(key);
  for (std::string w; in >> w;) want.push_back(w);
  std::set<std::string> found;
  for (auto& row : db_->query("SELECT key, person FROM person_names")) {
    std::istringstream k(*row[0]);
    std::multiset<std::string> have;
    for (std::string w; k >> w;) have.insert(w);
    bool all = true;
    for (const auto& w : want) {
      auto it = have.find(w);
      if (it == have.end()) {
        all = false;
        break;
      }
      have.erase(it);
    }
    if (all) found.insert(*row[1]);
  }
  return {found.begin(), found.end()};
}

std::vector<std::string> Store::persons(const std::string& key) {
  std::vector<std::string> out;
  for (const auto& id : person_ids(key))
    for (auto& row : db_->query("SELECT body FROM persons WHERE id = ?", {id})) out.push_back(*row[0]);
  return out;
}

std::vector<ChangeRow> Store::changes(const std::string& since) {
  std::vector<ChangeRow> out;
  for (auto& row :
       db_->query("SELECT seq, at, occasion, change, detail FROM changes WHERE at >= ? ORDER BY seq", {since})) {
    out.push_back({std::stol(*row[0]), *row[1], *row[2], *row[3], row[4].value_or("")});
  }
  return out;
}

std::optional<std::string> Store::resolve(const std::string& id) {
  std::string cur = id;
  for (int hops = 0; hops < 64; ++hops) {
    if (!db_->query("SELECT 1 FROM occasions WHERE id = ?", {cur}).empty()) return cur;
    // An occasion that lists it in merged_from (this survives a rebuild), else the redirect trail.
    auto r = db_->query("SELECT min(occasion) FROM occasion_aliases WHERE alias = ?", {cur});
    if (r.empty() || !r[0][0]) r = db_->query("SELECT new_id FROM redirects WHERE old_id = ?", {cur});
    if (r.empty() || !r[0][0]) return std::nullopt;
    cur = *r[0][0];
  }
  return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> Store::mechanisms() {
  std::vector<std::pair<std::string, std::string>> out;
  for (auto& row : db_->query("SELECT mechanism_key, min(mechanism) FROM occasions WHERE mechanism_key IS "
                              "NOT NULL GROUP BY mechanism_key "
                              "ORDER BY mechanism_key"))
    out.emplace_back(*row[0], row[1].value_or(""));
  return out;
}

size_t Store::count(const std::string& table) {
  auto r = db_->query("SELECT count(*) FROM " + table);
  return r.empty() ? 0 : std::stoul(*r[0][0]);
}

}  // namespace attache::store
