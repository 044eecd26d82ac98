// attache: the command-line entry point. Subcommands register themselves (cli/command.h).
#include <algorithm>
#include <iostream>
#include <map>

#include "cli/command.h"

namespace attache::cli {

std::vector<CommandSpec>& command_registry() {
  static std::vector<CommandSpec> registry;
  return registry;
}

}  // namespace attache::cli

int main(int argc, char** argv) {
  using namespace attache::cli;
  CLI::App app{"attache: engagements from defence-diplomacy news"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "attache 0.1.0");

  auto& registry = command_registry();
  std::sort(registry.begin(), registry.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  std::map<CLI::App*, Runner> runners;
  for (auto& spec : registry) {
    CLI::App* sub = app.add_subcommand(spec.name, spec.help);
    runners[sub] = spec.setup(*sub);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    // --help and --version are successes; every other parse failure is a usage error.
    return code == 0 ? kExitOk : kExitUsage;
  }
  for (auto& [sub, run] : runners) {
    if (sub->parsed()) {
      try {
        return run();
      } catch (const std::exception& e) {
        std::cerr << "attache " << sub->get_name() << ": " << e.what() << "\n";
        return kExitUsage;
      }
    }
  }
  return kExitUsage;
}
