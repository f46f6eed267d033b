// Assessments saved in this browser. Each lives under its own storage key, so one unreadable
// entry never takes the others with it, and nothing here ever overwrites an entry it could
// not read: damaged stored state must never cost the user their work.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment.h"
#include "exercise.h"
#include "model.h"
#include "result.h"
#include "state.h"

namespace ladder::library {

constexpr const char* kAssessmentPrefix = "ladder.v1.assessment.";
constexpr const char* kStateKey = "ladder.v1.state";
constexpr const char* kTeamPrefix = "ladder.v1.team.";     // team exercises
constexpr const char* kModelKey = "ladder.v1.model";  // a custom model loaded from a file
constexpr const char* kPeersKey = "ladder.v1.peers";  // the peer benchmark a team compares with
// The convening view: its files in order and its choices, and each team's file as given.
constexpr const char* kConveningKey = "ladder.v1.convening";
constexpr const char* kConvenedPrefix = "ladder.v1.convened.";
constexpr const char* kConveningDamagedKey = "ladder.v1.convening.damaged";  // an index that could not be read

std::string new_id();
std::vector<app::SavedAssessment> list(const Model& model);  // most recently changed first
Result<Assessment> load(const std::string& id, const Model& model);
std::optional<std::string> load_text(const std::string& id);  // the raw stored text
bool save(const std::string& id, const Assessment& assessment);
void remove(const std::string& id);

std::vector<app::SavedTeam> list_teams(const Model& model);  // most recently changed first
Result<TeamExercise> load_team(const std::string& id, const Model& model);
bool save_team(const std::string& id, const TeamExercise& exercise);
void clear_all();
// A whole storage entry by key, for Undo (the key and text as removed).
std::optional<std::string> load_entry(const std::string& key);
bool save_entry(const std::string& key, const std::string& text);
void remove_entry(const std::string& key);
// Removes a whole entry and returns it as it was, for Undo; nullopt when there is none.
std::optional<app::RemovedEntry> take_entry(const std::string& key);

}  // namespace ladder::library
