// CountryTable: ISO names, TSV aliases and demonyms, overrides by later folders, load errors.
#include "gazetteer/countries.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "gazetteer/data_dirs.h"

namespace fs = std::filesystem;
using attache::gazetteer::CountryTable;

namespace {

// A temporary folder removed at the end of the test.
class TempDir {
 public:
  explicit TempDir(const std::string& tag) {
    path_ = fs::temp_directory_path() / ("attache_countries_" + tag + "_" + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string path() const { return path_.string(); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name, std::ios::binary) << text;
  }

 private:
  fs::path path_;
};

constexpr const char* kTsv =
    "# test countries\n"
    "code\tname\taliases\tdemonyms\n"
    "USA\tUnited States\tUS|United States of America|America\tAmerican\n"
    "VNM\tVietnam\tViet Nam\tVietnamese\n"
    "KOR\tSouth Korea\tRoK|Republic of Korea\tSouth Korean\n"
    "\n"
    "LAO\tLaos\t\tLao|Laotian\n";

CountryTable load_with(const std::vector<std::string>& dirs) {
  return CountryTable::load(attache::gazetteer::iso3166_json_path(), dirs);
}

TEST(CountryTable, IsoNamesAreFoundWithoutDataFiles) {
  CountryTable t = load_with({});
  EXPECT_GT(t.all().size(), 240u);
  EXPECT_EQ(t.lookup("Viet Nam"), "VNM");
  EXPECT_EQ(t.lookup("Việt Nam"), "VNM");
  EXPECT_EQ(t.lookup("vietnam"), "VNM");
  EXPECT_EQ(t.lookup("Korea, Republic of"), "KOR");
  EXPECT_EQ(t.lookup("Lao People's Democratic Republic"), "LAO");
  EXPECT_EQ(t.lookup("Atlantis"), std::nullopt);
  ASSERT_NE(t.by_code("VNM"), nullptr);
  EXPECT_EQ(t.by_code("VNM")->name, "Vietnam");        // common_name preferred over name
  EXPECT_EQ(t.by_code("USA")->name, "United States");  // no common_name: name
  EXPECT_EQ(t.by_code("XXX"), nullptr);
}

TEST(CountryTable, TsvAddsAliasesAndDemonyms) {
  TempDir dir("aliases");
  dir.write("countries.tsv", kTsv);
  CountryTable t = load_with({dir.path()});
  EXPECT_EQ(t.lookup("U.S."), "USA");
  EXPECT_EQ(t.lookup("US"), "USA");
  EXPECT_EQ(t.lookup("american"), "USA");
  EXPECT_EQ(t.lookup("Vietnamese"), "VNM");
  EXPECT_EQ(t.lookup("ROK"), "KOR");
  EXPECT_EQ(t.lookup("Laotian"), "LAO");
  EXPECT_EQ(t.lookup("  Republic   of Korea "), "KOR");
  const auto* usa = t.by_code("USA");
  ASSERT_NE(usa, nullptr);
  EXPECT_EQ(usa->demonyms, std::vector<std::string>{"American"});
  // LAO's row gives no aliases: its ISO names stay, the demonyms are added.
  EXPECT_EQ(t.by_code("LAO")->name, "Laos");
  EXPECT_EQ(t.by_code("LAO")->demonyms, (std::vector<std::string>{"Lao", "Laotian"}));
}

TEST(CountryTable, LaterFolderOverridesNameAndAddsAliases) {
  TempDir base("base"), extra("extra");
  base.write("countries.tsv", kTsv);
  extra.write("countries.tsv",
              "code\tname\taliases\tdemonyms\n"
              "VNM\tViệt Nam\tSRV\t\n"
              "USA\t\tStates\n");  // no name: keeps "United States"; trailing columns dropped
  CountryTable t = load_with({base.path(), extra.path()});
  EXPECT_EQ(t.by_code("VNM")->name, "Việt Nam");
  EXPECT_EQ(t.by_code("USA")->name, "United States");
  EXPECT_EQ(t.lookup("SRV"), "VNM");
  EXPECT_EQ(t.lookup("Vietnamese"), "VNM");  // from the first folder, still there
  EXPECT_EQ(t.lookup("states"), "USA");
}

TEST(CountryTable, LaterRowWinsAnAmbiguousForm) {
  TempDir base("amb1"), extra("amb2");
  base.write("countries.tsv", "code\tname\taliases\tdemonyms\nPRK\t\t\tKorean\n");
  extra.write("countries.tsv", "code\tname\taliases\tdemonyms\nKOR\t\t\tKorean\n");
  EXPECT_EQ(load_with({base.path()}).lookup("Korean"), "PRK");
  EXPECT_EQ(load_with({base.path(), extra.path()}).lookup("Korean"), "KOR");
}

// The message of the runtime_error thrown by loading `tsv`, or "" when nothing is thrown.
std::string load_error(const std::string& tag, const std::string& tsv, std::string* path = nullptr) {
  TempDir dir(tag);
  dir.write("countries.tsv", tsv);
  if (path) *path = (fs::path(dir.path()) / "countries.tsv").string();
  try {
    load_with({dir.path()});
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(CountryTable, MalformedRowReportsFileAndLine) {
  std::string path;
  std::string err =
      load_error("bad", "# c\ncode\tname\taliases\tdemonyms\nVNM\tVietnam\t\t\nUSA\ta\tb\tc\td\n", &path);
  EXPECT_EQ(err.rfind(path + ":4: ", 0), 0u) << err;
  EXPECT_NE(err.find("columns"), std::string::npos) << err;
}

TEST(CountryTable, UnknownCodeReportsFileAndLine) {
  std::string path;
  std::string err = load_error("unknown", "code\tname\taliases\tdemonyms\nXYZ\tNowhere\t\t\n", &path);
  EXPECT_EQ(err.rfind(path + ":2: ", 0), 0u) << err;
  EXPECT_NE(err.find("XYZ"), std::string::npos) << err;
  EXPECT_NE(load_error("lower", "code\tname\taliases\tdemonyms\nvnm\tx\n").find(":2: "), std::string::npos);
  EXPECT_NE(load_error("header", "id\tname\n").find(":1: "), std::string::npos);
}

TEST(CountryTable, FromCountriesIndexesEveryForm) {
  CountryTable t = CountryTable::from_countries({{"AAA", "Aland", {"Aland", "Isle of A"}, {"Alander"}}});
  EXPECT_EQ(t.lookup("isle of a"), "AAA");
  EXPECT_EQ(t.lookup("ALANDER"), "AAA");
  EXPECT_EQ(t.lookup("Bland"), std::nullopt);
}

}  // namespace
