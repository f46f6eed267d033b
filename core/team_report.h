// Team reports: what a facilitator takes away from a team exercise. The
// disagreements come first ("talk about these"), agreement is said in a sentence, every
// respondent's level is shown per category, then the agreed targets, the next steps they
// lead to and the team's theory of change. CSV for spreadsheets, HTML for printing.
#pragma once

#include <string>

#include "exercise.h"
#include "model.h"

namespace ladder {

std::string team_report_csv(const Model& model, const TeamExercise& exercise, const TeamPlan& plan,
                            const std::string& lang = "en");
std::string team_report_html(const Model& model, const TeamExercise& exercise, const TeamPlan& plan,
                             const std::string& lang = "en");

}  // namespace ladder
