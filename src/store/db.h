// Db: the small SQL surface the knowledge base needs, over SQLite (C API) or PostgreSQL (libpq).
//
// Every value crosses the boundary as text or NULL (SQLite's column affinity and PostgreSQL's
// parameter inference turn it into the column's type), so one set of statements, written with `?`
// placeholders, runs on both; PostgreSQL's `$n` are substituted by the backend. Errors throw
// DbError: they are rare (disk full, lock timeout, lost server) and always abort the whole batch,
// whose transaction is then rolled back. A Db is one connection: not thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace attache::store {

class DbError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using Value = std::optional<std::string>;
using Row = std::vector<Value>;

enum class Dialect : uint8_t { kSqlite, kPostgres };

class Db {
 public:
  virtual ~Db() = default;
  virtual Dialect dialect() const = 0;
  // Runs one or more statements without parameters (DDL, BEGIN/COMMIT).
  virtual void exec(std::string_view sql) = 0;
  // Runs one statement with `?` placeholders; returns its rows (all columns as text or NULL).
  virtual std::vector<Row> query(std::string_view sql, const std::vector<Value>& params = {}) = 0;
  // Where the store lives, for messages (path, or URL without password).
  virtual std::string where() const = 0;
};

struct OpenOptions {
  bool create = true;          // create the SQLite file if missing
  bool read_only = false;      // open for reading only (query commands)
  int busy_timeout_ms = 2000;  // how long to wait for another writer before failing
};

// Opens `target`: a postgresql:// (or postgres://) URL, or a file path for SQLite.
// Throws DbError with a message naming the target when it cannot be opened.
std::unique_ptr<Db> open_db(const std::string& target, const OpenOptions& opts = {});

bool is_postgres_url(std::string_view target);

// Runs `fn` inside BEGIN/COMMIT; rolls back and rethrows on any exception.
template <typename Fn>
void transaction(Db& db, Fn&& fn) {
  db.exec(db.dialect() == Dialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
  try {
    fn();
    db.exec("COMMIT");
  } catch (...) {
    try {
      db.exec("ROLLBACK");
    } catch (...) {  // the connection may be gone; the server rolls back on its own
    }
    throw;
  }
}

}  // namespace attache::store
