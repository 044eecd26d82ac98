// SQLite backend of Db: WAL journal, a busy timeout, prepared statements cached by SQL text.
#include <sqlite3.h>

#include <memory>
#include <unordered_map>

#include "store/db.h"

namespace attache::store {

namespace {

// Owners of the C handles, so that a constructor that throws half-way (a read-only store refusing
// the WAL pragma) still closes what it opened. Statements go before the connection.
struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct FinalizeStatement {
  void operator()(sqlite3_stmt* st) const { sqlite3_finalize(st); }
};
using DbHandle = std::unique_ptr<sqlite3, CloseDb>;
using StatementHandle = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

class SqliteDb final : public Db {
 public:
  SqliteDb(const std::string& path, const OpenOptions& opts) : path_(path) {
    int flags = opts.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (!opts.read_only && opts.create) flags |= SQLITE_OPEN_CREATE;
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    handle_.reset(raw);  // sqlite3_open_v2 may hand back a handle even when it fails
    db_ = raw;
    if (rc != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
      throw DbError("cannot open SQLite store " + path + ": " + msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, opts.busy_timeout_ms);
    if (!opts.read_only) {
      // WAL: readers never block the writer, and a killed writer leaves only an uncommitted tail
      // that the next open discards. synchronous=NORMAL is durable across process crashes in WAL.
      exec("PRAGMA journal_mode=WAL");
      exec("PRAGMA synchronous=NORMAL");
      // A batch re-reads the index pages it just wrote (blocks, engagements, links); the default
      // 2 MB page cache evicts them on a store of a few thousand documents and each miss is a
      // pread. 64 MB (a bound, allocated only as pages are used) keeps a batch's working set.
      exec("PRAGMA cache_size=-65536");
      exec("PRAGMA temp_store=MEMORY");
    }
    exec("PRAGMA foreign_keys=ON");
  }

  Dialect dialect() const override { return Dialect::kSqlite; }
  std::string where() const override { return path_; }

  void exec(std::string_view sql) override {
    char* err = nullptr;
    std::string s(sql);
    int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errstr(rc);
      sqlite3_free(err);
      throw DbError(describe(rc, msg));
    }
  }

  std::vector<Row> query(std::string_view sql, const std::vector<Value>& params) override {
    sqlite3_stmt* st = prepare(sql);
    // The parameters are bound without a copy (SQLITE_STATIC): `params` outlives every step, and the
    // guard resets the statement and clears its bindings on the way out, so an idle cached statement
    // never points into freed memory.
    Idle idle(st);
    for (size_t i = 0; i < params.size(); ++i) {
      int rc = params[i] ? sqlite3_bind_text(st, static_cast<int>(i + 1), params[i]->data(),
                                             static_cast<int>(params[i]->size()), SQLITE_STATIC)
                         : sqlite3_bind_null(st, static_cast<int>(i + 1));
      if (rc != SQLITE_OK) throw DbError(describe(rc, sqlite3_errmsg(db_)));
    }
    std::vector<Row> rows;
    int cols = sqlite3_column_count(st);
    for (;;) {
      int rc = sqlite3_step(st);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) throw DbError(describe(rc, sqlite3_errmsg(db_)));
      Row row(cols);
      for (int c = 0; c < cols; ++c) {
        if (sqlite3_column_type(st, c) == SQLITE_NULL) continue;
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
        row[c] = std::string(p, sqlite3_column_bytes(st, c));
      }
      rows.push_back(std::move(row));
    }
    return rows;
  }

 private:
  // Returns a cached statement to its idle state (reset, no bindings) when a query ends or throws.
  struct Idle {
    explicit Idle(sqlite3_stmt* s) : st(s) {}
    Idle(const Idle&) = delete;
    Idle& operator=(const Idle&) = delete;
    ~Idle() {
      sqlite3_reset(st);
      sqlite3_clear_bindings(st);
    }
    sqlite3_stmt* st;
  };
  // Cache lookup by SQL text without building a string (and hashed: a store runs a few dozen
  // statements whose texts share long prefixes, which made ordered-map compares show in profiles).
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  sqlite3_stmt* prepare(std::string_view sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) return it->second.get();
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &st, nullptr);
    if (rc != SQLITE_OK) throw DbError(describe(rc, sqlite3_errmsg(db_)) + " in: " + std::string(sql));
    cache_.emplace(std::string(sql), StatementHandle(st));
    return st;
  }

  std::string describe(int rc, const std::string& msg) const {
    int primary = rc & 0xff;
    std::string hint;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
      hint = " (another process holds the store; try again when it has finished)";
    else if (primary == SQLITE_READONLY)
      hint = " (the store or its folder is read-only)";
    else if (primary == SQLITE_FULL)
      hint = " (the disk is full; nothing of this batch was kept)";
    else if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
      hint = " (not an attache store, or damaged)";
    return "SQLite store " + path_ + ": " + msg + hint;
  }

  std::string path_;
  DbHandle handle_;
  sqlite3* db_ = nullptr;  // handle_.get(), for brevity
  std::unordered_map<std::string, StatementHandle, TextHash, std::equal_to<>> cache_;  // destroyed before handle_
};

}  // namespace

std::unique_ptr<Db> open_sqlite(const std::string& path, const OpenOptions& opts) {
  return std::make_unique<SqliteDb>(path, opts);
}

}  // namespace attache::store
