// attache query: occasions matching filters, as a table (terminal), JSON Lines or CSV.
#include <algorithm>
#include <chrono>
#include <iostream>

#include "cli/common.h"
#include "fuse/fuse.h"
#include "store/cli_support.h"

namespace attache::cli {
namespace {

struct QueryArgs {
  std::string db = "attache.db";
  std::vector<std::string> countries;
  std::string partner, mechanism, kind, status, area, person, from, to, text, format;
  size_t limit = 0;
  size_t repeat = 0;  // benchmark: run the query this many times, print p50/p99 latency to stderr
  bool explain = false;  // print the backend's query plan to stderr
  KnowledgeOptions knowledge;
};

int run_query(const QueryArgs& a) {
  auto format = store::parse_format(a.format);
  if (!format) {
    std::cerr << "attache query: --format is table, jsonl or csv\n";
    return kExitUsage;
  }
  auto st = store::open_for_reading(a.db, "query");
  if (!st) return store::kExitStore;
  try {
    auto m = store::Matching::load(a.knowledge.data_dirs, a.knowledge.replace);
    store::QueryFilter f;
    for (const auto& c : a.countries) {
      auto code = store::country_code(*m, c);
      if (!code) {
        std::cerr << "attache query: unknown country '" << c << "'\n";
        return kExitUsage;
      }
      f.countries.push_back(*code);
    }
    if (!a.partner.empty()) {
      auto code = store::country_code(*m, a.partner);
      if (!code) {
        std::cerr << "attache query: unknown country '" << a.partner << "'\n";
        return kExitUsage;
      }
      f.partner = code;
    }
    if (!a.mechanism.empty()) {
      std::string err;
      auto k = store::find_mechanism(*st, *m, a.mechanism, err);
      f.mechanism_key = k ? *k : std::string("\x01none");  // unknown mechanism: no rows
    }
    auto set = [](const std::string& v) { return v.empty() ? std::optional<std::string>() : v; };
    f.kind = set(a.kind), f.status = set(a.status), f.area = set(a.area);
    f.from = set(a.from), f.to = set(a.to), f.text = set(a.text);
    for (const auto& d : {a.from, a.to})
      if (!d.empty() && !PartialDate::parse(d)) {
        std::cerr << "attache query: --from/--to take YYYY, YYYY-MM or YYYY-MM-DD, not '" << d << "'\n";
        return kExitUsage;
      }
    if (!a.person.empty()) f.person_key = fuse::person_key(a.person);
    f.limit = a.limit;
    if (a.explain) f.explain = [](const std::string& line) { std::cerr << "plan: " << line << "\n"; };
    auto rows = st->query(f);
    f.explain = nullptr;
    if (a.repeat > 0) {
      std::vector<double> ms;
      for (size_t i = 0; i < a.repeat; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        auto again = st->query(f);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
      }
      std::sort(ms.begin(), ms.end());
      auto pct = [&](double p) {
        return ms[std::min(ms.size() - 1, static_cast<size_t>(p * double(ms.size())))];
      };
      std::cerr << "attache query: " << rows.size() << " rows; latency ms p50 " << pct(0.50) << " p99 "
                << pct(0.99) << " max " << ms.back() << " over " << ms.size() << " runs\n";
    }
    if (*format == store::Format::kJsonl)
      for (const auto& r : rows) std::cout << r << "\n";
    else if (*format == store::Format::kCsv)
      std::cout << store::occasions_csv(rows);
    else
      std::cout << store::occasions_table(rows) << rows.size() << " occasions\n";
  } catch (const std::exception& e) {
    std::cerr << "attache query: " << e.what() << "\n";
    return store::kExitStore;
  }
  return kExitOk;
}

Runner setup(CLI::App& app) {
  auto a = std::make_shared<QueryArgs>();
  app.add_option("--db", a->db, "Store: a file path (SQLite) or a postgresql:// URL")->capture_default_str();
  app.add_option("--country", a->countries, "A party (code or name); repeatable, all must take part");
  app.add_option("--partner", a->partner, "The other party of a dyad with --country");
  app.add_option("--mechanism", a->mechanism, "Mechanism, in any spelling");
  app.add_option("--kind", a->kind, "policy_dialogue, bilateral_meeting, visit, ...");
  app.add_option("--status", a->status, "held, planned or proposed");
  app.add_option("--area", a->area, "Cooperation area id (areas.tsv)");
  app.add_option("--person", a->person, "A participant, in any spelling");
  app.add_option("--from", a->from, "Earliest date (YYYY[-MM[-DD]])");
  app.add_option("--to", a->to, "Latest date (YYYY[-MM[-DD]])");
  app.add_option("--text", a->text, "Words that must all occur in the evidence sentences");
  app.add_option("--limit", a->limit, "At most this many occasions (0 = all)");
  app.add_option("--format", a->format, "table, jsonl or csv (default: table on a terminal, else jsonl)");
  app.add_flag("--explain", a->explain, "Print the store's query plan to stderr");
  app.add_option("--repeat", a->repeat, "Benchmark: run the query N more times and print latency percentiles")
      ->group("");
  a->knowledge.add_to(app);
  return [a] { return run_query(*a); };
}

}  // namespace
ATTACHE_COMMAND("query",
                "Find occasions in the knowledge base by country, mechanism, kind, date, person or text",
                setup);
}  // namespace attache::cli
