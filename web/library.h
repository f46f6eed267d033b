// Assessments saved in this browser. Each lives under its own storage key, so one unreadable
// entry never takes the others with it, and nothing here ever overwrites an entry it could
// not read (SPEC: malformed stored state never overwrites the user's work).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment.h"
#include "exercise.h"
#include "model.h"
#include "result.h"

namespace ladder::library {

constexpr const char* kAssessmentPrefix = "ladder.v1.assessment.";
constexpr const char* kStateKey = "ladder.v1.state";
constexpr const char* kTeamPrefix = "ladder.v1.team.";     // team exercises
constexpr const char* kModelKey = "ladder.v1.model";  // a custom model loaded from a file

struct Summary {
    std::string id;
    bool readable = false;
    std::string other_model;  // set when the entry is for another model than the one in use
    std::string team, respondent, updated;
    int percent_answered = 0;
    std::optional<int> stage;
};

struct TeamSummary {
    std::string id;
    bool readable = false;
    std::string team, updated;
    int respondents = 0;
};

std::string new_id();
std::vector<Summary> list(const Model& model);  // most recently changed first
Result<Assessment> load(const std::string& id, const Model& model);
std::optional<std::string> load_text(const std::string& id);  // the raw stored text
bool save(const std::string& id, const Assessment& assessment);
bool save_text(const std::string& id, const std::string& text);
void remove(const std::string& id);

std::vector<TeamSummary> list_teams(const Model& model);  // most recently changed first
Result<TeamExercise> load_team(const std::string& id, const Model& model);
bool save_team(const std::string& id, const TeamExercise& exercise);
void clear_all();

}  // namespace ladder::library
