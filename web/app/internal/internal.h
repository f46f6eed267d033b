// What the app layer's own files share (app.cpp, files.cpp, persist.cpp, embed.cpp, team.cpp).
// Not on the include path of anything outside web/app.
#pragma once

#include <string>

#include "app.h"
#include "library.h"
#include "platform.h"
#include "catalogue.h"

namespace ladder::app {

using ui::Arg;
using ui::fmt;
using ui::S;
using ui::tr;

// Shows a short confirmation; with Undo it stays until the next action, otherwise it goes
// after a few seconds (the effect wakes the page to take it down).
void toast(State& state, std::string text, Effects& effects);
void toast_with_undo(State& state, std::string text, Undo undo);
void drop_undo(UiState& ui);

void refresh_saved(State& state);  // the lists of My assessments, from storage
void refresh_comparison(State& state);
// After a write to browser storage: the first failure tells the user, once (tabs.cpp); a
// later success after running out of room takes the warning down.
void storage_written(State& state, bool ok);
Message storage_message(bool full);  // the banner for storage that is full, or off
// After one event's work: a write that failed just now is also said in a toast, at the foot
// of the window where the user is looking (the banner waits at the top, and does not pull a
// text field being typed in out of view).
void say_if_not_saved(State& state, bool was_saving, Effects& effects);
// Whether this tab may write the open assessment / team exercise: not while another tab's
// version of it waits for the user's choice (TabConflict).
bool may_write_assessment(const State& state);
bool may_write_team(const State& state);

// Marks an assessment or a team exercise as changed by the user now (imports keep their dates).
template <class Saved>
void touch(Saved& item) {
    item.updated = platform::now_iso8601();
    if (item.created.empty()) item.created = item.updated;
}

// Opening things (files.cpp).
void open_assessment(State& state, Assessment assessment, const std::string& id, Screen screen);
void use_model(State& state, std::optional<Model> model);
Result<bool> import_json(State& state, const std::string& name, const Result<Json>& json, Effects& effects);
std::string problem_list(const Errors& errors);

// Saving and restoring (persist.cpp). start() is the part of init() that waits for the
// first language's texts: reading what the last visit left.
void start(State& state, Effects& effects);
void autosave(State& state);
void restore(State& state);

// The team exercise (team.cpp).
// as_stored: the exercise is what storage already holds (nothing to write until it changes).
void open_team(State& state, TeamExercise exercise, const std::string& id, bool as_stored);
// A member's answers join the exercise; a team exercise file opens instead.
void team_add(State& state, const std::string& name, const Result<Json>& json, Effects& effects);
void autosave_team(State& state);
void restore_team(State& state, const Json& saved);

// The team exercise's intents (team.cpp); apply() in app.cpp hands them over.
void handle(State& state, const intent::TeamStep& intent, Effects& effects);
void handle(State& state, const intent::TeamAddFiles& intent, Effects& effects);
void handle(State& state, const intent::TeamToggleSaved& intent, Effects& effects);
void handle(State& state, const intent::TeamAddSaved& intent, Effects& effects);
void handle(State& state, const intent::TeamRemove& intent, Effects& effects);
void handle(State& state, const intent::TeamSetTarget& intent, Effects& effects);
void handle(State& state, const intent::EditTeamName& intent, Effects& effects);
void handle(State& state, const intent::EditTheoryOfChange& intent, Effects& effects);
void handle(State& state, const intent::StartFromPrompts& intent, Effects& effects);
void handle(State& state, const intent::TeamHideRatings& intent, Effects& effects);
void handle(State& state, const intent::TeamReveal& intent, Effects& effects);
void handle(State& state, const intent::TeamProjector& intent, Effects& effects);
void handle(State& state, const intent::TeamProjectorGo& intent, Effects& effects);
void handle(State& state, const intent::TeamProjectorNames& intent, Effects& effects);
void handle(State& state, const intent::TeamDownload& intent, Effects& effects);
void handle(State& state, const intent::TeamPrint& intent, Effects& effects);
void handle(State& state, const intent::TeamNew& intent, Effects& effects);
void handle(State& state, const intent::OpenTeam& intent, Effects& effects);
void handle(State& state, const intent::DeleteTeam& intent, Effects& effects);
void handle(State& state, const intent::DismissTeamProblems& intent, Effects& effects);

// Sharing as a link (share.cpp).
void handle(State& state, const intent::MakeShareLink& intent, Effects& effects);
void handle(State& state, const intent::CopyShareLink& intent, Effects& effects);
void handle(State& state, const intent::OpenShared& intent, Effects& effects);
void handle(State& state, const intent::DismissShared& intent, Effects& effects);

// The convening view and comparing with peers (peers.cpp).
// A team's file joins the convening view (Peers screen); a peer benchmark file opens for
// comparing, on any screen.
void convening_add(State& state, const std::string& name, const Result<Json>& json, Effects& effects);
void open_peers(State& state, const std::string& name, const Json& json, Effects& effects);
void refresh_convening(State& state);  // after the convening's inputs or choices changed
void restore_peers(State& state);      // the benchmark kept from the last visit
void restore_convening(State& state);  // the convening view kept in storage, read for the model in use
void undo_peers(State& state, RemovedPeers removed);
void handle(State& state, const intent::PeersAddFiles& intent, Effects& effects);
void handle(State& state, const intent::PeersRemove& intent, Effects& effects);
void handle(State& state, const intent::PeersClear& intent, Effects& effects);
void handle(State& state, const intent::PeersNames& intent, Effects& effects);
void handle(State& state, const intent::PeersSort& intent, Effects& effects);
void handle(State& state, const intent::PeersSetGroup& intent, Effects& effects);
void handle(State& state, const intent::PeersShowGroup& intent, Effects& effects);
void handle(State& state, const intent::PeersMinGroup& intent, Effects& effects);
void handle(State& state, const intent::PeersDownload& intent, Effects& effects);
void handle(State& state, const intent::PeersPrint& intent, Effects& effects);
void handle(State& state, const intent::ComparePeersOpen& intent, Effects& effects);
void handle(State& state, const intent::ComparePeersClose& intent, Effects& effects);

// Two tabs and failing storage (tabs.cpp).
void handle(State& state, const intent::ConflictPick& intent, Effects& effects);
void handle(State& state, const intent::ResolveConflict& intent, Effects& effects);
void handle(State& state, const intent::DownloadStored& intent, Effects& effects);

}  // namespace ladder::app
