// Running ladder-cli in-process for the tests: its exit code and what it printed.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cli.h"

namespace ladder::test {

struct Run {
    int code;
    std::string out, err;
};

inline Run cli(std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = run_cli(args, out, err);
    return {code, out.str(), err.str()};
}

}  // namespace ladder::test
