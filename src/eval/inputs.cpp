#include "eval/inputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "core/json_io.h"

namespace fs = std::filesystem;

namespace attache::eval {

namespace {

Diagnostic problem(Severity sev, DiagCode code, std::string source, uint64_t line, std::string message) {
  Diagnostic d;
  d.severity = sev;
  d.code = code;
  d.source = std::move(source);
  d.offset = line;
  d.offset_is_line = line != 0;
  d.message = std::move(message);
  return d;
}

// 1-based line of a byte position (nlohmann counts from 1) in `text`.
uint64_t line_of(std::string_view text, size_t byte) {
  const size_t end = std::min(text.size(), byte ? byte - 1 : 0);
  return 1 + static_cast<uint64_t>(
                 std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

// Parses `text` as one JSON value; on failure sets `line` and `error`.
bool parse_json(std::string_view text, nlohmann::json& out, uint64_t& line, std::string& error) {
  try {
    out = nlohmann::json::parse(text.begin(), text.end());
    return true;
  } catch (const nlohmann::json::parse_error& e) {
    line = line_of(text, e.byte);
    // nlohmann's message counts lines within what it was given ("[json.exception...] parse error at
    // line 1, column 7: syntax error ..."); keep the column and the reason, the caller gives the line.
    std::string_view what = e.what();
    error = "not valid JSON";
    if (size_t col = what.find("column "); col != std::string_view::npos) {
      size_t colon = what.find(": ", col);
      if (colon != std::string_view::npos) {
        error +=
            " at " + std::string(what.substr(col, colon - col)) + ": " + std::string(what.substr(colon + 2));
      }
    }
    return false;
  }
}

// Adds the record parsed from `j`, or a problem; rejects a second record with the same id.
class Collector {
 public:
  explicit Collector(LoadedRecords& out) : out_(out) {}

  // Returns the added record, or nullptr.
  const DocumentRecord* add(const nlohmann::json& j, const std::string& source, uint64_t line) {
    RecordParse parsed = record_from_json(j);
    if (!parsed.record) {
      out_.problems.push_back(problem(Severity::kError, DiagCode::kMalformedRecord, source, line,
                                      "not an engagement record: " + parsed.error));
      return nullptr;
    }
    if (!seen_.insert(parsed.record->doc).second) {
      out_.problems.push_back(problem(Severity::kError, DiagCode::kDuplicate, source, line,
                                      "second record for doc \"" + parsed.record->doc + "\" ignored"));
      return nullptr;
    }
    out_.records.push_back(std::move(*parsed.record));
    return &out_.records.back();
  }

 private:
  LoadedRecords& out_;
  std::unordered_set<std::string> seen_;
};

bool read_file(const fs::path& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

bool LoadedRecords::has_errors() const {
  return std::any_of(problems.begin(), problems.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

LoadedRecords load_record_folder(const std::string& dir) {
  LoadedRecords out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    out.problems.push_back(problem(Severity::kError, DiagCode::kIoError, dir, 0, "not a folder"));
    return out;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".json" && entry.is_regular_file(ec)) files.push_back(entry.path());
  }
  if (ec) out.problems.push_back(problem(Severity::kError, DiagCode::kIoError, dir, 0, ec.message()));
  std::sort(files.begin(), files.end());

  Collector collect(out);
  for (const auto& path : files) {
    const std::string source = path.string();
    std::string text;
    if (!read_file(path, text)) {
      out.problems.push_back(problem(Severity::kError, DiagCode::kIoError, source, 0, "cannot read"));
      continue;
    }
    nlohmann::json j;
    uint64_t line = 0;
    std::string error;
    if (!parse_json(text, j, line, error)) {
      out.problems.push_back(problem(Severity::kError, DiagCode::kMalformedRecord, source, line, error));
      continue;
    }
    const DocumentRecord* rec = collect.add(j, source, 0);
    if (rec && rec->doc != path.stem().string()) {
      out.problems.push_back(
          problem(Severity::kWarning, DiagCode::kBadValue, source, 0,
                  "doc \"" + rec->doc + "\" differs from the file name; scored as \"" + rec->doc + "\""));
    }
  }
  return out;
}

LoadedRecords load_record_stream(std::istream& in, const std::string& source) {
  LoadedRecords out;
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    out.problems.push_back(problem(Severity::kError, DiagCode::kIoError, source, 0, "read error"));
    return out;
  }
  Collector collect(out);

  // One JSON value for the whole input: a record or an array of records.
  nlohmann::json whole = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!whole.is_discarded()) {
    if (whole.is_array()) {
      for (size_t i = 0; i < whole.size(); ++i)
        collect.add(whole[i], source + "[" + std::to_string(i) + "]", 0);
    } else {
      collect.add(whole, source, 0);
    }
    return out;
  }

  // JSON Lines.
  std::vector<Diagnostic> line_errors;
  size_t parsed_lines = 0, nonblank = 0;
  uint64_t lineno = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + pos, end - pos);
    pos = end + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    ++nonblank;
    nlohmann::json j;
    uint64_t unused = 0;
    std::string error;
    if (!parse_json(line, j, unused, error)) {
      line_errors.push_back(problem(Severity::kError, DiagCode::kMalformedRecord, source, lineno, error));
      continue;
    }
    ++parsed_lines;
    collect.add(j, source, lineno);
  }
  if (parsed_lines == 0 && nonblank > 1) {
    // Not JSON Lines at all: one multi-line JSON document with a syntax error. Say where, once.
    nlohmann::json j;
    uint64_t line = 0;
    std::string error;
    parse_json(text, j, line, error);
    out.problems.push_back(problem(Severity::kError, DiagCode::kMalformedRecord, source, line, error));
  } else {
    out.problems.insert(out.problems.end(), line_errors.begin(), line_errors.end());
    std::stable_sort(out.problems.begin(), out.problems.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.offset < b.offset; });
  }
  return out;
}

LoadedRecords load_predictions(const std::string& path) {
  if (path == "-") return load_record_stream(std::cin, "-");
  std::error_code ec;
  if (fs::is_directory(path, ec)) return load_record_folder(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    LoadedRecords out;
    out.problems.push_back(problem(Severity::kError, DiagCode::kIoError, path, 0, "cannot open"));
    return out;
  }
  return load_record_stream(in, path);
}

}  // namespace attache::eval
