// PostgreSQL backend of Db through libpq: text parameters and results, `?` rewritten to `$n`.
#include <libpq-fe.h>

#include "store/db.h"

namespace attache::store {

namespace {

// "postgresql://user:secret@host/db" -> "postgresql://user@host/db" for messages.
std::string redact(const std::string& url) {
  auto scheme = url.find("://");
  auto at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  auto colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + url.substr(at);
}

// Rewrites `?` placeholders (outside quotes) as $1, $2, ...
std::string numbered(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  bool quoted = false;
  for (char c : sql) {
    if (c == '\'') quoted = !quoted;
    if (c == '?' && !quoted) {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

class PgDb final : public Db {
 public:
  explicit PgDb(const std::string& url) : where_(redact(url)) {
    conn_ = PQconnectdb(url.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) {
      std::string msg = PQerrorMessage(conn_);
      while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
      PQfinish(conn_);
      conn_ = nullptr;
      throw DbError("cannot connect to PostgreSQL store " + where_ + ": " + msg);
    }
    try {
      exec("SET client_min_messages = warning");
    } catch (...) {  // the destructor does not run for a constructor that throws
      PQfinish(conn_);
      conn_ = nullptr;
      throw;
    }
  }
  ~PgDb() override {
    if (conn_) PQfinish(conn_);
  }

  Dialect dialect() const override { return Dialect::kPostgres; }
  std::string where() const override { return where_; }

  void exec(std::string_view sql) override {
    std::string s(sql);
    PGresult* r = PQexec(conn_, s.c_str());
    check(r, s);
    PQclear(r);
  }

  std::vector<Row> query(std::string_view sql, const std::vector<Value>& params) override {
    std::string s = numbered(sql);
    std::vector<const char*> values(params.size());
    for (size_t i = 0; i < params.size(); ++i) values[i] = params[i] ? params[i]->c_str() : nullptr;
    PGresult* r = PQexecParams(conn_, s.c_str(), static_cast<int>(params.size()), nullptr, values.data(),
                               nullptr, nullptr, 0);
    check(r, s);
    std::vector<Row> rows;
    int n = PQntuples(r), cols = PQnfields(r);
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
      Row row(cols);
      for (int c = 0; c < cols; ++c)
        if (!PQgetisnull(r, i, c)) row[c] = std::string(PQgetvalue(r, i, c), PQgetlength(r, i, c));
      rows.push_back(std::move(row));
    }
    PQclear(r);
    return rows;
  }

 private:
  void check(PGresult* r, const std::string& sql) {
    auto st = PQresultStatus(r);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY) return;
    std::string msg = r ? PQresultErrorMessage(r) : PQerrorMessage(conn_);
    PQclear(r);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    throw DbError("PostgreSQL store " + where_ + ": " + msg + " in: " + sql.substr(0, 200));
  }

  std::string where_;
  PGconn* conn_ = nullptr;
};

}  // namespace

std::unique_ptr<Db> open_postgres(const std::string& url, const OpenOptions&) {
  return std::make_unique<PgDb>(url);
}

}  // namespace attache::store
