// The assessment being worked on, owned by the core's types: the model, the answers and the
// result computed from them, and the team exercise with its plan. UI state (which screen,
// which category is open) lives elsewhere (state.h); the app layer changes a Session only
// through these functions, so the computed parts always follow the documents.
#pragma once

#include <string>
#include <vector>

#include "assessment.h"
#include "exercise.h"
#include "model.h"
#include "result.h"
#include "scoring.h"

namespace ladder {

struct Session {
    const Model* model = &default_model();
    std::string lang = "en";    // of the model's texts and the interface
    std::string locale = "en";  // of numbers and dates in reports: "es-AR" writes 2,5 where "es-MX" writes 2.5
    Assessment assessment = blank_assessment(default_model());
    ScoreResult result = score_assessment(default_model(), assessment);
    int revision = 0;  // bumps on every change, for autosave and caches

    // The team exercise open on the Team screen, and the plan computed from it.
    TeamExercise team = blank_team_exercise(default_model());
    TeamPlan team_plan = plan_team(default_model(), team);
    std::vector<double> team_completeness;  // per member as added: the share of questions answered
    int team_revision = 0;
};

void rescore(Session& session);
// Recomputes the team plan after the exercise changed (and marks it for saving).
void replan_team(Session& session);

// Sets one answer's level (nullopt clears it); false if the category is unknown or the level
// is out of range.
bool set_answer(Session& session, const std::string& category_id, std::optional<int> level);

}  // namespace ladder
