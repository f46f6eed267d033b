// Team reports (issue 5): what a facilitator takes away from a merge. The disagreements come
// first ("talk about these"), agreement is said in a sentence, and every respondent's level
// is shown per category. CSV for spreadsheets, HTML for printing.
#pragma once

#include <string>
#include <vector>

#include "assessment.h"
#include "model.h"
#include "team.h"

namespace ladder {

std::string team_report_csv(const Model& model, const std::vector<Assessment>& assessments, const TeamResult& team,
                            const std::string& lang = "en");
std::string team_report_html(const Model& model, const std::vector<Assessment>& assessments, const TeamResult& team,
                             const std::string& lang = "en");

}  // namespace ladder
