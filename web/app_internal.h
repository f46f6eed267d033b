// What app.cpp and app_team.cpp share; screens never include this (they only return Intents).
#pragma once

#include <string>
#include <string_view>

#include "json_input.h"
#include "screens.h"
#include "session.h"

namespace ladder::app {

Session& session();
ui::UiState& state();

void toast(const std::string& text, double seconds = 4.0);
void refresh_saved();                     // the lists of My assessments, from storage
std::string slug(const std::string& text);  // for file names: "cabinet-office-digital-unit"

// The team exercise (app_team.cpp).
// as_stored: the exercise is what storage already holds (nothing to write until it changes).
void open_team(TeamExercise exercise, const std::string& id, bool as_stored);
// A file (already parsed) dropped or picked while the Team screen is open, or a team exercise
// file anywhere: a member's answers join the exercise, a team file opens.
void team_add(const std::string& name, const Result<Json>& json);
void apply_team(const ui::Intent& intent);
void autosave_team();
void restore_team(const Json& state_json);  // from the saved UI state (ladder.v1.state)

}  // namespace ladder::app
