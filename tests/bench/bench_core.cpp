// Native timings of the core, printed as JSON for tests/bench/run.mjs: merging 1,000
// respondents (bar: 20 ms, so adding files never stalls the team screen), scoring one
// assessment, loading the default model.
// Each figure is the median of repeated runs, so one noisy run does not decide it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include "model.h"
#include "scoring.h"
#include "team.h"

using namespace ladder;

namespace {

double median_ms(int runs, const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Deterministic pseudo-random answers: the same data on every run and machine.
std::vector<Assessment> respondents(const Model& model, int count) {
    unsigned state = 12345;
    const auto next = [&] { return (state = state * 1103515245u + 12345u) >> 16; };
    std::vector<Assessment> out;
    for (int r = 0; r < count; ++r) {
        Assessment a = blank_assessment(model);
        a.respondent = "Respondent " + std::to_string(r + 1);
        for (auto& [id, answer] : a.answers) {
            const unsigned roll = next() % 10;
            if (roll == 0) answer.dont_know = true;
            if (roll != 1) answer.level = static_cast<int>(next() % 4);
        }
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace

int main() {
    const Model& model = default_model();
    const std::vector<Assessment> team = respondents(model, 1000);
    volatile double sink = 0;
    const double merge = median_ms(21, [&] { sink = sink + static_cast<double>(merge_team(model, team).categories.size()); });
    const double score = median_ms(201, [&] { sink = sink + score_assessment(model, team[0]).completeness; });
    const double load = median_ms(21, [&] { sink = sink + static_cast<double>(load_model(default_model_json()).value().categories.size()); });
    std::printf("{\"merge_1000_ms\": %.3f, \"score_one_ms\": %.4f, \"load_default_model_ms\": %.3f, \"categories\": %zu}\n",
                merge, score, load, model.categories.size());
    return 0;
}
