// attache show: a readable summary of extracted records (JSON Lines from `extract`).
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "core/json_io.h"

namespace attache::cli {

namespace {

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out.empty() ? "-" : out;
}

void print(const DocumentRecord& r) {
  std::cout << r.doc << " (published " << (r.published ? r.published->to_string() : "?") << "): "
            << r.engagements.size() << " engagement" << (r.engagements.size() == 1 ? "" : "s") << "\n";
  for (const auto& e : r.engagements) {
    std::cout << "  - " << to_string(e.kind) << ", " << to_string(e.status) << ", " << to_string(e.salience);
    if (e.name) std::cout << ": " << *e.name;
    std::cout << "\n";
    if (e.mechanism) {
      std::cout << "      mechanism  " << *e.mechanism;
      if (e.ordinal) std::cout << " #" << *e.ordinal;
      std::cout << "\n";
    }
    std::cout << "      when       " << (e.date ? e.date->to_string() : "-");
    if (e.end_date) std::cout << " to " << e.end_date->to_string();
    std::cout << "\n      where      ";
    if (e.location) {
      std::cout << e.location->city.value_or("-") << ", " << e.location->country.value_or("-");
    } else {
      std::cout << "-";
    }
    std::cout << "\n      countries  " << join(e.countries);
    if (!e.groups.empty()) std::cout << " + " << join(e.groups);
    std::cout << "\n";
    for (const auto& p : e.participants) {
      std::cout << "      person     " << p.name << " (" << p.country.value_or("?");
      if (p.rank) std::cout << ", " << *p.rank;
      if (p.title) std::cout << ", " << *p.title;
      if (p.organization) std::cout << ", " << *p.organization;
      std::cout << ")\n";
    }
    std::cout << "      areas      " << join(e.areas) << "\n";
  }
}

int run_show(const std::vector<std::string>& files) {
  int status = kExitOk;
  for (const auto& f : files) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (f != "-") {
      file.open(f);
      if (!file) {
        std::cerr << f << ": cannot be read\n";
        status = kExitInputErrors;
        continue;
      }
      in = &file;
    }
    std::string line;
    size_t n = 0;
    while (std::getline(*in, line)) {
      ++n;
      if (line.empty()) continue;
      auto parsed = record_from_json_text(line);
      if (!parsed.record) {
        std::cerr << f << ":" << n << ": " << parsed.error << "\n";
        status = kExitInputErrors;
        continue;
      }
      print(*parsed.record);
    }
  }
  return status;
}

Runner setup(CLI::App& app) {
  auto files = std::make_shared<std::vector<std::string>>();
  app.add_option("files", *files, "JSON Lines written by `attache extract` (- for standard input)")->required();
  return [files] { return run_show(*files); };
}

}  // namespace

ATTACHE_COMMAND("show", "Print extracted records as a readable summary", setup);

}  // namespace attache::cli
