// attache pack: plain-text articles -> JSON Lines input (id, text, published), so that dates kept
// beside the articles (a TSV of doc<TAB>published, like published.tsv) travel with them.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "core/date.h"
#include "normalize/fold.h"

namespace attache::cli {

namespace {

struct PackArgs {
  std::vector<std::string> files;
  std::string published_tsv;
};

int run_pack(const PackArgs& args) {
  std::map<std::string, std::string> published;
  if (!args.published_tsv.empty()) {
    std::ifstream in(args.published_tsv);
    if (!in) {
      std::cerr << "attache pack: cannot read " << args.published_tsv << "\n";
      return kExitUsage;
    }
    std::string line;
    size_t n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (n == 1 || line.empty() || line[0] == '#') continue;
      std::istringstream cols(line);
      std::string doc, date;
      std::getline(cols, doc, '\t');
      std::getline(cols, date, '\t');
      if (!date.empty() && !PartialDate::parse(date)) {
        std::cerr << args.published_tsv << ":" << n << ": not a date: " << date << "\n";
        continue;
      }
      published[doc] = date;
    }
  }
  int status = kExitOk;
  for (const auto& f : args.files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::cerr << f << ": cannot be read\n";
      status = kExitInputErrors;
      continue;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (auto bad = normalize::find_invalid_utf8(text)) {
      std::cerr << f << "@" << *bad << ": invalid UTF-8, replaced\n";
      normalize::repair_utf8(text);
      status = kExitInputErrors;
    }
    std::string id = std::filesystem::path(f).stem().string();
    nlohmann::ordered_json j{{"id", id}, {"text", text}};
    if (auto it = published.find(id); it != published.end() && !it->second.empty()) j["published"] = it->second;
    std::cout << j.dump() << "\n";
  }
  return status;
}

Runner setup(CLI::App& app) {
  auto args = std::make_shared<PackArgs>();
  app.add_option("files", args->files, "Plain-text articles (id = file stem)")->required();
  app.add_option("--published-tsv", args->published_tsv, "TSV with header; columns doc, published");
  return [args] { return run_pack(*args); };
}

}  // namespace

ATTACHE_COMMAND("pack", "Pack plain-text articles and their dates into JSON Lines input", setup);

}  // namespace attache::cli
