// Shared helpers of the scorer tests: a CountryTable with a small test countries.tsv, records from
// JSON text, temporary folders.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/json_io.h"
#include "gazetteer/countries.h"
#include "gazetteer/data_dirs.h"

namespace attache::eval::testing {

// A temporary folder, removed with the object.
class TempDir {
 public:
  explicit TempDir(const std::string& tag) {
    path_ =
        std::filesystem::temp_directory_path() / ("attache_eval_" + tag + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string path() const { return path_.string(); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name, std::ios::binary) << text;
    return (path_ / name).string();
  }

 private:
  std::filesystem::path path_;
};

// ISO names plus the aliases the scorer tests rely on (US, RoK), independent of data/countries.tsv.
inline const gazetteer::CountryTable& test_countries() {
  static const gazetteer::CountryTable table = [] {
    TempDir dir("countries");
    dir.write("countries.tsv",
              "code\tname\taliases\tdemonyms\n"
              "USA\tUnited States\tUS|U.S.|United States of America\tAmerican\n"
              "KOR\tSouth Korea\tRoK|Republic of Korea\tSouth Korean\n"
              "VNM\tVietnam\tViet Nam\tVietnamese\n");
    return gazetteer::CountryTable::load(gazetteer::iso3166_json_path(), {dir.path()});
  }();
  return table;
}

// A record from JSON text; fails the test when the text is not a valid record.
inline DocumentRecord record(const std::string& json) {
  RecordParse p = record_from_json_text(json);
  EXPECT_TRUE(p.record.has_value()) << p.error << "\n" << json;
  return p.record ? *p.record : DocumentRecord{};
}

}  // namespace attache::eval::testing
