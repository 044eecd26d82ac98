#include "store/db.h"

namespace attache::store {

std::unique_ptr<Db> open_sqlite(const std::string& path, const OpenOptions& opts);
std::unique_ptr<Db> open_postgres(const std::string& url, const OpenOptions& opts);

bool is_postgres_url(std::string_view target) {
  return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

std::unique_ptr<Db> open_db(const std::string& target, const OpenOptions& opts) {
  if (is_postgres_url(target)) return open_postgres(target, opts);
  return open_sqlite(target, opts);
}

}  // namespace attache::store
