#include "cli/common.h"

#include <iostream>

#include "gazetteer/data_dirs.h"

namespace attache::cli {

std::shared_ptr<const gazetteer::Knowledge> KnowledgeOptions::load() const {
  return gazetteer::Knowledge::load(gazetteer::data_dirs(data_dirs, replace));
}

bool PublishedOption::apply(std::string_view command, ingest::ReadOptions& read) const {
  if (value.empty()) return true;
  read.default_published = PartialDate::parse(value);
  if (read.default_published) return true;
  std::cerr << "attache " << command << ": --published must be YYYY, YYYY-MM or YYYY-MM-DD, not '" << value << "'\n";
  return false;
}

std::optional<RunReportOptions::Report> RunReportOptions::open(std::string_view command,
                                                               const std::vector<std::string>& inputs) const {
  Report report;
  if (!errors.empty()) {
    report.log = std::make_unique<ingest::ErrorLog>(errors);
    if (!report.log->ok()) {
      std::cerr << "attache " << command << ": " << report.log->error() << "\n";
      return std::nullopt;
    }
  }
  if (progress) report.progress = std::make_unique<ingest::Progress>(ingest::total_input_bytes(inputs));
  return report;
}

}  // namespace attache::cli
