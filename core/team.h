// Team merge (SPEC section 7): several respondents' assessments of the same model become
// per-category statistics, team levels (the median, possibly x.5) and team scores computed
// by the same scoring code as a single assessment.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment.h"
#include "json_input.h"
#include "model.h"
#include "scoring.h"

namespace ladder {

struct CategoryStats {
    std::string id;
    int n = 0;  // respondents who answered
    std::optional<double> median, mean;
    std::optional<int> min, max, spread;
    bool disagreement = false;  // spread >= 2
};

struct TeamResult {
    std::vector<std::string> respondents;
    std::vector<CategoryStats> categories;  // model order
    ScoreResult score;                      // from the team levels
};

constexpr int kDisagreementSpread = 2;

TeamResult merge_team(const Model& model, const std::vector<Assessment>& assessments, const std::string& lang = "en");

Json team_to_json(const Model& model, const TeamResult& team, const std::string& lang = "en");

}  // namespace ladder
