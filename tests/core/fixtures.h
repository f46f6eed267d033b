// Shared helpers for the core tests: fixture files under tests/data and the small model
// whose scores are computed by hand in the tests.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "assessment.h"
#include "model.h"

namespace ladder::test {

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline std::string data_path(const std::string& name) { return std::string(LADDER_TEST_DATA) + "/" + name; }
inline std::string read_fixture(const std::string& name) { return read_text(data_path(name)); }

inline Json mini_model_json() { return Json::parse(read_fixture("mini-model.json")); }

inline const Model& mini_model() {
    static const Model model = load_model(read_fixture("mini-model.json")).value();
    return model;
}

// An assessment of the mini model with the given levels (-1 = unanswered).
inline Assessment mini_assessment(int a1, int a2, int b1, int b2, int b3) {
    Assessment a = blank_assessment(mini_model());
    const int levels[] = {a1, a2, b1, b2, b3};
    const char* ids[] = {"a1", "a2", "b1", "b2", "b3"};
    for (int i = 0; i < 5; ++i) {
        if (levels[i] >= 0) a.answers[ids[i]].level = levels[i];
    }
    return a;
}

}  // namespace ladder::test
