// Reading gold and predicted engagement records for the scorer.
//
// Gold is a folder of `<doc>.json` files (engagement.schema.json); predictions are the same, or a
// JSON Lines file with one DocumentRecord per line (what `attache extract` writes), or one JSON
// document / array of documents. Records that cannot be read are skipped and reported as
// Diagnostics with file:line; the rest are returned. Pure functions; thread-safe.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/engagement.h"

namespace attache::eval {

struct LoadedRecords {
  std::vector<DocumentRecord> records;
  std::vector<Diagnostic> problems;  // errors (a record skipped) and warnings (read anyway)

  bool has_errors() const;
};

// Every `*.json` file of `dir`, in file-name order. A missing folder is one error.
// A duplicate `doc` id is an error (the first is kept); a `doc` that differs from the file stem a warning.
LoadedRecords load_record_folder(const std::string& dir);

// JSON Lines from `in` (`source` names it in diagnostics); blank lines are skipped. If the whole
// stream is one JSON object or an array of objects (a pretty-printed file), that is read instead.
LoadedRecords load_record_stream(std::istream& in, const std::string& source);

// A folder, a file, or "-" (standard input). Duplicate `doc` ids: the first is kept, the others reported.
LoadedRecords load_predictions(const std::string& path);

}  // namespace attache::eval
