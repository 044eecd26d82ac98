// Subcommand registry for the `attache` executable.
//
// Each subcommand lives in its own file src/cli/cmd_<name>.cpp and registers itself with
// ATTACHE_COMMAND; main.cpp knows none of them by name. `setup` adds the subcommand's options
// to its CLI11 App and returns the function that runs it; that function returns the exit code:
//   0 success, 1 some inputs failed (reported on stderr, the rest processed), 2 usage error.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace attache::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInputErrors = 1;
inline constexpr int kExitUsage = 2;

using Runner = std::function<int()>;
using Setup = std::function<Runner(CLI::App& sub)>;

struct CommandSpec {
  std::string name;
  std::string help;
  Setup setup;
};

std::vector<CommandSpec>& command_registry();

struct CommandRegistrar {
  CommandRegistrar(std::string name, std::string help, Setup setup) {
    command_registry().push_back(CommandSpec{std::move(name), std::move(help), std::move(setup)});
  }
};

#define ATTACHE_CONCAT_INNER(a, b) a##b
#define ATTACHE_CONCAT(a, b) ATTACHE_CONCAT_INNER(a, b)
// Usage (at namespace scope in a .cpp): ATTACHE_COMMAND("eval", "Score predictions", setup_fn);
#define ATTACHE_COMMAND(name, help, setup) \
  static ::attache::cli::CommandRegistrar ATTACHE_CONCAT(attache_command_, __LINE__)(name, help, setup)

}  // namespace attache::cli
