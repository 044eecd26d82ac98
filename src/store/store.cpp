#include "store/store.h"

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
      std::string("CREATE TABLE changes (seq ") +
          (pg ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT") +
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

std::string now_utc() {
  auto t = std::chrono::system_clock::now();
  auto secs = std::chrono::system_clock::to_time_t(t);
  auto micros = std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count() % 1000000;
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06ldZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long>(micros));
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
    auto rows =
        db_->query(db_->dialect() == Dialect::kSqlite
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
  if (!writable) throw DbError("store " + db_->where() + " is empty or not an attache store (no schema)");
  transaction(*db_, [&] {
    // Checked again inside the transaction: another process may have created it meanwhile.
    int now = version();
    if (now >= kSchemaVersion) return;
    if (now == 0) {
      db_->exec("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
      for (const auto& stmt : schema_v1(db_->dialect())) db_->exec(stmt);
    }
    // Later versions: one block per step, `if (now < N) { ... }`.
    db_->query("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
               {std::to_string(kSchemaVersion), now_utc()});
  });
}

void Store::delete_occasion(const std::string& id) {
  for (const char* sql :
       {"DELETE FROM occasions WHERE id = ?", "DELETE FROM occasion_countries WHERE occasion = ?",
        "DELETE FROM occasion_areas WHERE occasion = ?", "DELETE FROM occasion_persons WHERE occasion = ?",
        "DELETE FROM occasion_text WHERE occasion = ?", "DELETE FROM commitments WHERE occasion = ?",
        "DELETE FROM engagements WHERE occasion = ?", "DELETE FROM occasion_aliases WHERE occasion = ?"})
    db_->query(sql, {id});
}

void Store::write_occasion(const fuse::Occasion& o, const std::string& hash, bool existed) {
  if (existed) delete_occasion(o.id);
  auto opt = [](const std::string& s) -> Value { return s.empty() ? Value() : Value(s); };
  db_->query(
      "INSERT INTO occasions (id, kind, status, mechanism, mechanism_key, ordinal, date_sort, date_end, "
      "body, hash) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {o.id, o.kind, o.status, opt(o.mechanism), opt(o.mechanism_key),
       o.ordinal ? Value(std::to_string(*o.ordinal)) : Value(), o.date_sort, o.date_end, o.body.dump(),
       hash});
  std::set<std::string> parties(o.countries.begin(), o.countries.end());
  for (const auto& g : o.groups) parties.insert(g);
  for (const auto& c : parties)
    db_->query("INSERT INTO occasion_countries (country, date_sort, occasion) VALUES (?, ?, ?)",
               {c, o.date_sort, o.id});
  for (const auto& a : std::set<std::string>(o.areas.begin(), o.areas.end()))
    db_->query("INSERT INTO occasion_areas (area, date_sort, occasion) VALUES (?, ?, ?)",
               {a, o.date_sort, o.id});
  for (const auto& p : std::set<std::string>(o.persons.begin(), o.persons.end()))
    db_->query("INSERT INTO occasion_persons (person, date_sort, occasion) VALUES (?, ?, ?)",
               {p, o.date_sort, o.id});
  db_->query("INSERT INTO occasion_text (occasion, body) VALUES (?, ?)", {o.id, o.text});
  for (const auto& a : o.merged_from)
    db_->query("INSERT INTO occasion_aliases (alias, occasion) VALUES (?, ?)", {a, o.id});
  for (const auto& m : o.members) {
    // The engagement may have belonged to another occasion that is rewritten later in this batch.
    db_->query("DELETE FROM engagements WHERE doc = ? AND idx = ?", {m.doc, std::to_string(m.index)});
    db_->query("INSERT INTO engagements (doc, idx, occasion) VALUES (?, ?, ?)",
               {m.doc, std::to_string(m.index), o.id});
  }
  if (o.commitment)
    db_->query("INSERT INTO commitments (occasion, due_end, held, body) VALUES (?, ?, ?, ?)",
               {o.id, o.commitment->due ? Value(fuse::last_day(*o.commitment->due)) : Value(),
                o.commitment->held ? "1" : "0", o.commitment->body.dump()});
}

BatchStats Store::ingest(const std::vector<IngestDoc>& batch, const fuse::Fuser& fuser) {
  BatchStats st;
  transaction(*db_, [&] {
    // PostgreSQL: one writer at a time (SQLite's BEGIN IMMEDIATE already serialises writers).
    if (db_->dialect() == Dialect::kPostgres) db_->exec("LOCK TABLE documents IN SHARE ROW EXCLUSIVE MODE");
    std::string at = now_utc();
    // Within a batch the last version of a doc id wins, as it would across batches.
    std::map<std::string, const IngestDoc*> latest;
    for (const auto& d : batch) latest[d.doc] = &d;
    bool changed = false;
    for (const auto& [id, d] : latest) {
      std::string record = to_json_line(d->record);
      std::string hash = fuse::stable_hash(d->text + '\x1f' + record);
      auto rows = db_->query("SELECT hash FROM documents WHERE doc = ?", {id});
      if (!rows.empty() && rows[0][0] == hash) {
        ++st.unchanged;
        continue;
      }
      changed = true;
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
    if (!changed) return;

    // Re-fuse from every stored record.
    std::vector<fuse::SourceRecord> sources;
    for (auto& row : db_->query("SELECT doc, record, text FROM documents ORDER BY doc")) {
      auto parsed = record_from_json_text(*row[1]);
      if (!parsed.record) throw DbError("stored record of " + *row[0] + " is unreadable: " + parsed.error);
      sources.push_back({std::move(*parsed.record), row[2].value_or("")});
    }
    fuse::Result fused = fuser.fuse(std::move(sources));

    std::map<std::string, std::string> old;  // id -> hash
    for (auto& row : db_->query("SELECT id, hash FROM occasions")) old[*row[0]] = *row[1];
    std::map<std::string, std::string> absorbed;  // old id -> occasion that took it
    std::set<std::string> fresh;
    auto log = [&](const std::string& occ, const char* change, const std::string& detail) {
      db_->query("INSERT INTO changes (at, occasion, change, detail) VALUES (?, ?, ?, ?)",
                 {at, occ, change, detail.empty() ? Value() : Value(detail)});
    };
    for (const auto& o : fused.occasions) {
      fresh.insert(o.id);
      for (const auto& m : o.merged_from) absorbed[m] = o.id;
    }
    // Occasions that are gone are removed first, so their engagements are free to move.
    for (const auto& [id, hash] : old)
      if (!fresh.count(id)) delete_occasion(id);
    for (const auto& o : fused.occasions) {
      std::string hash = fuse::stable_hash(o.body.dump());
      auto it = old.find(o.id);
      if (it != old.end() && it->second == hash) continue;
      write_occasion(o, hash, it != old.end());
      if (it == old.end()) {
        ++st.created;
        log(o.id, "created", "");
      } else {
        ++st.updated;
        log(o.id, "updated", "");
      }
      // An id that comes back is no longer a redirect.
      db_->query("DELETE FROM redirects WHERE old_id = ?", {o.id});
    }
    for (const auto& [id, hash] : old) {
      if (fresh.count(id)) continue;
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

    // Persons: rewrite those that changed.
    std::map<std::string, std::string> old_p;
    for (auto& row : db_->query("SELECT id, hash FROM persons")) old_p[*row[0]] = *row[1];
    std::set<std::string> fresh_p;
    for (const auto& p : fused.persons) {
      fresh_p.insert(p.id);
      std::string body = p.body.dump();
      std::string hash = fuse::stable_hash(body);
      auto it = old_p.find(p.id);
      if (it != old_p.end() && it->second == hash) continue;
      db_->query("DELETE FROM persons WHERE id = ?", {p.id});
      db_->query("DELETE FROM person_names WHERE person = ?", {p.id});
      db_->query("INSERT INTO persons (id, name, body, hash) VALUES (?, ?, ?, ?)",
                 {p.id, p.name, body, hash});
      for (const auto& k : p.keys)
        db_->query("INSERT INTO person_names (key, person) VALUES (?, ?)", {k, p.id});
    }
    for (const auto& [id, hash] : old_p)
      if (!fresh_p.count(id)) {
        db_->query("DELETE FROM persons WHERE id = ?", {id});
        db_->query("DELETE FROM person_names WHERE person = ?", {id});
      }
  });
  return st;
}

void Store::export_occasions(const std::function<void(const std::string&)>& line) {
  for (auto& row : db_->query("SELECT body FROM occasions ORDER BY date_sort, id")) line(*row[0]);
}

std::vector<std::string> Store::query(const QueryFilter& f) {
  std::string sql = "SELECT o.body FROM occasions o WHERE 1 = 1";
  std::vector<Value> params;
  for (const auto& c : f.countries) {
    sql += " AND o.id IN (SELECT occasion FROM occasion_countries WHERE country = ?)";
    params.push_back(c);
  }
  if (f.partner) {
    sql += " AND o.id IN (SELECT occasion FROM occasion_countries WHERE country = ?)";
    params.push_back(*f.partner);
  }
  if (f.mechanism_key) sql += " AND o.mechanism_key = ?", params.push_back(*f.mechanism_key);
  if (f.kind) sql += " AND o.kind = ?", params.push_back(*f.kind);
  if (f.status) sql += " AND o.status = ?", params.push_back(*f.status);
  if (f.area) {
    sql += " AND o.id IN (SELECT occasion FROM occasion_areas WHERE area = ?)";
    params.push_back(*f.area);
  }
  if (f.person_key) {
    auto ids = person_ids(*f.person_key);
    if (ids.empty()) return {};
    sql += " AND o.id IN (SELECT occasion FROM occasion_persons WHERE person IN (";
    for (size_t i = 0; i < ids.size(); ++i) {
      sql += i ? ", ?" : "?";
      params.push_back(ids[i]);
    }
    sql += "))";
  }
  if (f.from) sql += " AND o.date_end <> '' AND o.date_end >= ?", params.push_back(*f.from);
  if (f.to) sql += " AND o.date_sort <> '' AND o.date_sort <= ?", params.push_back(*f.to);
  if (f.text) {
    if (db_->dialect() == Dialect::kSqlite) {
      sql += " AND o.id IN (SELECT occasion FROM occasion_text WHERE occasion_text MATCH ?)";
      params.push_back(fts5_query(*f.text));
    } else {
      sql += " AND o.id IN (SELECT occasion FROM occasion_text WHERE tsv @@ plainto_tsquery('english', ?))";
      params.push_back(*f.text);
    }
  }
  sql += " ORDER BY o.date_sort, o.id";
  if (f.limit) sql += " LIMIT " + std::to_string(f.limit);
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
  for (auto& row :
       db_->query("SELECT DISTINCT person FROM person_names WHERE key = ? ORDER BY person", {key}))
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
  for (auto& row : db_->query(
           "SELECT seq, at, occasion, change, detail FROM changes WHERE at >= ? ORDER BY seq", {since})) {
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
