#include "gazetteer/data_dirs.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace attache::gazetteer {

namespace {

fs::path exe_dir() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : p.parent_path();
}

}  // namespace

std::string builtin_data_dir() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("ATTACHE_DATA"); env && *env) candidates.emplace_back(env);
  fs::path exe = exe_dir();
  if (!exe.empty()) {
    candidates.push_back(exe / ".." / "share" / "attache" / "data");
    candidates.push_back(exe / ".." / "data");
  }
#ifdef ATTACHE_SOURCE_DIR
  candidates.push_back(fs::path(ATTACHE_SOURCE_DIR) / "data");
#endif
  std::string tried;
  for (const auto& c : candidates) {
    std::error_code ec;
    if (fs::is_directory(c, ec) && fs::exists(c / "countries.tsv", ec)) return fs::weakly_canonical(c, ec).string();
    tried += "\n  " + c.string();
  }
  throw std::runtime_error("no attache data folder found; tried:" + tried + "\nset ATTACHE_DATA to the data/ folder");
}

std::string iso3166_json_path() {
  if (const char* env = std::getenv("ATTACHE_ISO_CODES"); env && *env) return env;
  const char* path = "/usr/share/iso-codes/json/iso_3166-1.json";
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    throw std::runtime_error(std::string(path) + " not found: install Debian's iso-codes package (scripts/setup.sh does)");
  }
  return path;
}

std::vector<std::string> data_dirs(const std::vector<std::string>& extra, bool replace_builtin) {
  std::vector<std::string> dirs;
  if (!replace_builtin) dirs.push_back(builtin_data_dir());
  for (const auto& d : extra) dirs.push_back(d);
  return dirs;
}

}  // namespace attache::gazetteer
