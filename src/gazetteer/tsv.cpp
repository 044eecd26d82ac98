#include "gazetteer/tsv.h"

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "normalize/fold.h"

namespace attache::gazetteer {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

void TsvRow::fail(const std::string& what) const {
  throw std::runtime_error(*file + ":" + std::to_string(line) + ": " + what);
}

std::vector<std::string> split_list(std::string_view cell) {
  std::vector<std::string> out;
  while (!cell.empty()) {
    size_t bar = cell.find('|');
    std::string_view item = trim(cell.substr(0, bar));
    if (!item.empty()) out.emplace_back(item);
    if (bar == std::string_view::npos) break;
    cell.remove_prefix(bar + 1);
  }
  return out;
}

bool read_tsv(const std::string& path, const std::vector<std::string>& expected_header,
              const std::function<void(const TsvRow&)>& row) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot be read");
  std::string line;
  size_t number = 0;
  bool header_seen = false;
  TsvRow r{&path, 0, {}};
  while (std::getline(in, line)) {
    ++number;
    std::string_view view = line;
    if (!view.empty() && view.back() == '\r') view.remove_suffix(1);
    if (trim(view).empty() || view.front() == '#') continue;
    if (auto bad = normalize::find_invalid_utf8(view)) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": invalid UTF-8 at byte " + std::to_string(*bad));
    }
    r.line = number;
    r.cells.clear();
    size_t start = 0;
    while (true) {
      size_t tab = view.find('\t', start);
      r.cells.push_back(trim(view.substr(start, tab == std::string_view::npos ? tab : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (!header_seen) {
      header_seen = true;
      for (size_t i = 0; i < expected_header.size(); ++i) {
        if (r.cell(i) != expected_header[i]) {
          r.fail("header column " + std::to_string(i + 1) + " should be '" + expected_header[i] + "'");
        }
      }
      continue;
    }
    row(r);
  }
  return true;
}

}  // namespace attache::gazetteer
