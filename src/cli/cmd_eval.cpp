// `attache eval`: scores predicted engagement records against gold annotations (docs/EVAL.md).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "eval/inputs.h"
#include "eval/report.h"
#include "eval/scorer.h"
#include "gazetteer/countries.h"
#include "gazetteer/data_dirs.h"

namespace attache::cli {

namespace {

struct EvalOptions {
  std::string gold;
  std::string pred;
  std::vector<std::string> data;
  bool json = false;
  bool verbose = false;
};

int run_eval(const EvalOptions& opt) {
  const auto countries =
      gazetteer::CountryTable::load(gazetteer::iso3166_json_path(), gazetteer::data_dirs(opt.data, false));

  std::error_code ec;
  if (opt.pred != "-" && !std::filesystem::exists(opt.pred, ec)) {
    std::cerr << "attache eval: predictions not found: " << opt.pred << "\n";
    return kExitUsage;
  }
  eval::LoadedRecords gold = eval::load_record_folder(opt.gold);
  eval::LoadedRecords pred = eval::load_predictions(opt.pred);
  // A gold folder with nothing readable in it is a mistake in the command, not a score of 1.0.
  if (gold.records.empty()) {
    for (const auto& p : gold.problems) std::cerr << p.to_string() << "\n";
    std::cerr << "attache eval: no gold records read from " << opt.gold << "\n";
    return kExitUsage;
  }

  const eval::Scorer scorer(countries);
  eval::Report report = scorer.score(gold.records, pred.records);
  report.problems = std::move(gold.problems);
  report.problems.insert(report.problems.end(), pred.problems.begin(), pred.problems.end());
  for (const auto& p : report.problems) std::cerr << p.to_string() << "\n";

  if (opt.json) {
    std::cout << eval::report_to_json(report).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  } else {
    if (opt.verbose) {
      for (const auto& d : report.documents) std::cout << eval::format_diff(d) << "\n";
    }
    std::cout << eval::format_table(report);
  }
  const bool errors = std::any_of(report.problems.begin(), report.problems.end(),
                                  [](const Diagnostic& d) { return d.severity == Severity::kError; });
  return errors ? kExitInputErrors : kExitOk;
}

Runner setup_eval(CLI::App& sub) {
  auto opt = std::make_shared<EvalOptions>();
  sub.add_option("--gold", opt->gold, "folder of gold <doc>.json files")
      ->required()
      ->check(CLI::ExistingDirectory);
  sub.add_option("pred", opt->pred,
                 "predictions: JSON Lines file (one record per line), folder of <doc>.json, or - for stdin")
      ->required();
  sub.add_flag("--json", opt->json, "print one JSON object with every figure instead of the table");
  sub.add_flag("-v,--verbose", opt->verbose,
               "before the table, a diff per document: wrong fields, missed and spurious engagements");
  sub.add_option("--data", opt->data,
                 "extra data folder (its countries.tsv extends the built-in one); repeatable");
  sub.footer(
      "Exit status: 0 scored, 1 some input records were malformed (reported on stderr, skipped), 2 usage "
      "error.\n"
      "The figures and the matching rule are described in docs/EVAL.md.");
  return [opt] { return run_eval(*opt); };
}

}  // namespace

ATTACHE_COMMAND("eval", "Score predicted engagements against gold annotations", setup_eval);

}  // namespace attache::cli
