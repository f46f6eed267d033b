// ladder-cli as a function, so the tests can run every subcommand in-process (natively and
// as wasm) and check exit codes and messages exactly. main() in ladder_cli.cpp only forwards.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace ladder {

enum ExitCode { kExitOk = 0, kExitInvalidInput = 1, kExitUsage = 2 };

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace ladder
