// Scoring exactly as docs/FORMATS.md describes it. The same function scores one respondent
// (whole levels) and a merged team (median levels, which may be x.5), so both go through one
// code path.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment.h"
#include "json_input.h"
#include "model.h"

namespace ladder {

// What scoring needs per category, in model order.
struct LevelInput {
    std::optional<double> level;   // nullopt: not answered (or "don't know")
    std::optional<double> target;  // explicit target, if the respondent set one
};

struct CategoryScore {
    std::string id;
    std::optional<double> level, target;
};

struct DimensionScore {
    std::string id;
    std::optional<double> score, target_score;
    std::optional<int> stage;  // none: the dimension is not rated (no category answered)
    int answered = 0, total = 0;
    // The stage rests on fewer than half of the dimension's categories. Only a stage can be
    // provisional: false when the dimension is not rated.
    bool provisional = false;
};

struct NextStep {
    std::string category;
    int from = 0, to = 0;
    std::string text;
};

struct PitfallHit {
    std::string id, title, text;
};

struct ScoreResult {
    std::optional<double> overall_score;
    std::optional<int> overall_stage;
    double completeness = 0;
    // The overall stage cannot be relied on yet: fewer than half of the model's categories
    // (rounded up) are answered, or some dimension is not rated. True when nothing is answered.
    bool provisional = false;
    // The fewest further answers that make the overall stage reliable:
    // max(ceil(total / 2) - answered, dimensions not rated); 0 when it is reliable.
    int answers_needed = 0;
    std::vector<DimensionScore> dimensions;
    std::vector<CategoryScore> categories;
    std::vector<NextStep> next_steps;  // ordered; the first three are the focus steps
    std::vector<PitfallHit> pitfalls;
};

constexpr std::size_t kFocusSteps = 3;

// The target of a category where the respondent set none: one level above the answer, at most
// 3. (A team's starting target takes each member's own target from the same rule.)
double target_above(double level);

// floor(score + 1e-9), so that 2 - tiny rounding error still reads as stage 2.
int stage_of(double score);

// `inputs` has one entry per model category, in model order. `lang` picks the language of
// the texts copied into the result.
ScoreResult score_levels(const Model& model, const std::vector<LevelInput>& inputs, const std::string& lang = "en");

std::vector<LevelInput> level_inputs(const Model& model, const Assessment& assessment);
ScoreResult score_assessment(const Model& model, const Assessment& assessment, const std::string& lang = "en");

// The result JSON (ladder-cli score, window.ladder.results(); see docs/FORMATS.md), numbers
// rounded to 2 decimals.
Json score_to_json(const Model& model, const ScoreResult& result, const std::string& lang = "en");

// Rounds to 2 decimals for output.
double round2(double value);
// A figure for JSON: rounded to 2 decimals, or null.
Json number_or_null(const std::optional<double>& value);

}  // namespace ladder
