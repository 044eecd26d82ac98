// Where attache finds its knowledge files.
//
// The built-in folder is, in order of preference: $ATTACHE_DATA (if set), <exe dir>/../share/attache/data
// (installed), <exe dir>/../data and the source tree's data/ (development builds). A user passes more
// folders with --data DIR: their files extend the built-in ones (rows added, later rows win), or
// replace them with --data-replace. ISO 3166 names come from Debian's iso-codes package.
#pragma once

#include <string>
#include <vector>

namespace attache::gazetteer {

// The built-in data folder (first that exists of the candidates above). Throws std::runtime_error
// naming every candidate tried when none exists.
std::string builtin_data_dir();

// Path of iso-codes' ISO 3166-1 JSON ($ATTACHE_ISO_CODES overrides). Throws if missing.
std::string iso3166_json_path();

// Folders to load, built-in first, then `extra` in the order given.
std::vector<std::string> data_dirs(const std::vector<std::string>& extra, bool replace_builtin);

}  // namespace attache::gazetteer
