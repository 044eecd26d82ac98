// A small reader for attache's TSV knowledge files: header line, '#' comments, blank lines
// skipped, '|' separating list items inside a cell. Errors name file:line.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace attache::gazetteer {

struct TsvRow {
  const std::string* file;
  size_t line;
  std::vector<std::string_view> cells;  // valid during the callback only

  std::string_view cell(size_t i) const { return i < cells.size() ? cells[i] : std::string_view(); }
  // "file:line: what" as a runtime_error.
  [[noreturn]] void fail(const std::string& what) const;
};

// Splits "a|b|c" into trimmed, non-empty items.
std::vector<std::string> split_list(std::string_view cell);

// Calls `row` for every data row of `path`, after checking that the header starts with
// `expected_header` columns. Returns false if the file does not exist (not an error: data folders
// need not have every file). Throws std::runtime_error("path:line: what") on malformed content.
bool read_tsv(const std::string& path, const std::vector<std::string>& expected_header,
              const std::function<void(const TsvRow&)>& row);

}  // namespace attache::gazetteer
