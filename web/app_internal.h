// What app.cpp and app_team.cpp share; screens never include this (they only return Intents).
#pragma once

#include <string>
#include <string_view>

#include "json_input.h"
#include "platform.h"
#include "screens.h"
#include "session.h"

namespace ladder::app {

Session& session();
ui::UiState& state();

void toast(const std::string& text, double seconds = 4.0);
void refresh_saved();                     // the lists of My assessments, from storage
std::string slug(const std::string& text);  // for file names: "cabinet-office-digital-unit"
// "<prefix><team slug>-<date of the last change>.<extension>" for downloads.
std::string dated_file_name(const std::string& prefix, const std::string& team, const std::string& updated,
                            const std::string& extension);
// After a write to browser storage: the first failure tells the user, once.
void storage_written(bool ok);

// Marks an assessment or a team exercise as changed by the user now (imports keep their dates).
template <class Saved>
void touch(Saved& item) {
    item.updated = platform::now_iso8601();
    if (item.created.empty()) item.created = item.updated;
}

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
