// Team reports: what a facilitator takes away from a team exercise. The
// disagreements come first ("talk about these"), agreement is said in a sentence, every
// respondent's level is shown per category, then the agreed targets, the next steps they
// lead to and the team's theory of change. CSV for spreadsheets, HTML for printing.
#pragma once

#include <string>

#include "exercise.h"
#include "model.h"

namespace ladder {

// `locale` is a BCP-47 tag, as for report() (report.h): the HTML's words, numbers and the
// agreement sentence follow it. The CSV's column names and numbers are data and stay as they
// are in every language; its texts (titles, next steps) are in the locale's language.
std::string team_report_csv(const Model& model, const TeamExercise& exercise, const TeamPlan& plan,
                            const std::string& locale = "en");
std::string team_report_html(const Model& model, const TeamExercise& exercise, const TeamPlan& plan,
                             const std::string& locale = "en");

}  // namespace ladder
