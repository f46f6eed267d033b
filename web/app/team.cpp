// The team exercise's side of the app: adding members' files, the targets, reveal mode, the
// projector view, downloads, and keeping the exercise in browser storage.
#include <algorithm>

#include "file_names.h"
#include "internal.h"
#include "team_report.h"

namespace ladder::app {
namespace {

std::string respondent_name(const Assessment& a, const std::string& file) {
    return a.respondent.empty() ? file : a.respondent;
}

// After a change by the user: dated, and planned again unless it cannot change the plan.
void changed(State& state, bool replan = true) {
    touch(state.session.team);
    if (replan) replan_team(state.session);
    else ++state.session.team_revision;  // still saved
}

}  // namespace

void open_team(State& state, TeamExercise exercise, const std::string& id, bool as_stored) {
    Session& s = state.session;
    s.team = std::move(exercise);
    state.ui.team.id = id;
    state.ui.team.projector = false;
    state.ui.team.projector_index = 0;
    // An Undo of a member's removal belongs to the exercise it came from.
    if (state.ui.undo && std::holds_alternative<RemovedRespondent>(*state.ui.undo)) drop_undo(state.ui);
    replan_team(s);
    if (as_stored) state.kept.saved_team_revision = s.team_revision;  // nothing new to write
}

// A member's answers join the team exercise; a file that cannot join says why, and the
// others go on. A team exercise file opens instead (the current one stays saved).
void team_add(State& state, const std::string& name, const Result<Json>& json, Effects& effects) {
    const std::string format = json ? string_member(json.value(), "format") : "";
    TeamExercise& team = state.session.team;
    if (format == "ladder-team") {
        auto exercise = read_team_exercise_json(json.value(), *state.session.model);
        if (!exercise) {
            state.ui.team.problems.push_back(name + ": " + exercise.error().to_string());
            return;
        }
        autosave_team(state);  // members added from the same drop stay with the exercise they joined
        open_team(state, std::move(exercise).value(), library::new_id(), false);
        state.ui.screen = Screen::Team;
        state.ui.error.reset();  // a banner about a file before this one no longer applies
        toast(state, fmt(S::TeamOpened, {{"file", name}}), effects);
        return;
    }
    auto read = !json ? Result<Assessment>(json.errors())
                : format == "ladder-model" ? Result<Assessment>(Error{"", tr(S::TeamWrongFile)})
                                           : read_assessment_json(json.value(), *state.session.model);
    if (!read) {
        state.ui.team.problems.push_back(name + ": " + read.error().to_string());
        return;
    }
    std::string who = respondent_name(read.value(), name);
    // Kept as it was read: a file added for merging gets no id here (the member's own copy,
    // not this one, is what they go on editing).
    team.respondents.push_back(std::move(read).value());
    // The first member's team names a new exercise (a name cleared later stays cleared).
    if (team.respondents.size() == 1 && team.team.empty()) team.team = team.respondents.back().team;
    changed(state);
    // The merge decides who counts; the toast says what that did to this file, in the words
    // the screen uses for the member ("Maria (2)").
    const std::size_t added = team.respondents.size() - 1;
    const TeamResult& merged = state.session.team_plan.merged;
    S said = S::TeamAddedToast;
    for (const auto& d : merged.duplicates) {
        if (d.index == added) {
            said = d.reason == DuplicateReason::Newer ? S::TeamOlderToast : S::TeamSameToast;
            who = d.name;
        } else if (d.kept == added && d.reason == DuplicateReason::Newer) {
            said = S::TeamReplacedToast;
            who = d.name;
        }
    }
    if (said == S::TeamAddedToast && !team.respondents.back().respondent.empty()) {
        for (std::size_t r = 0; r < merged.inputs.size(); ++r) {
            if (merged.inputs[r] == added) who = merged.respondents[r];
        }
    }
    toast(state, fmt(said, {{"name", who}}), effects);
}

void autosave_team(State& state) {
    Session& s = state.session;
    if (s.team_revision == state.kept.saved_team_revision) return;
    state.kept.saved_team_revision = s.team_revision;
    // An empty exercise is not worth an entry; once it has something, it is kept.
    const TeamExercise& e = s.team;
    const bool worth_saving = !e.respondents.empty() || !e.team.empty() || !e.theory_of_change.empty();
    if (!worth_saving && state.ui.team.id.empty()) return;
    if (state.ui.team.id.empty()) state.ui.team.id = library::new_id();
    storage_written(state, library::save_team(state.ui.team.id, e));
}

void restore_team(State& state, const Json& saved) {
    const auto step = saved.find("team_step");
    if (step != saved.end() && step->is_number_integer()) state.ui.team.step = std::clamp(step->get<int>(), 0, 2);
    const std::string team_id = string_member(saved, "team");
    if (team_id.empty()) return;
    auto loaded = library::load_team(team_id, *state.session.model);
    if (loaded) {
        open_team(state, std::move(loaded).value(), team_id, true);
    } else if (library::load_entry(library::kTeamPrefix + team_id)) {
        // Left as it is in storage; the next exercise gets a new id, so it is never overwritten.
        state.ui.error = Message{tr(S::TeamReadTitle), tr(S::TeamReadText)};
    }
}

void handle(State& state, const intent::TeamStep& step, Effects&) { state.ui.team.step = std::clamp(step.step, 0, 2); }
void handle(State&, const intent::TeamAddFiles&, Effects& effects) { effects.push_back(effect::PickFiles{true}); }

void handle(State& state, const intent::TeamToggleSaved&, Effects&) {
    state.ui.team.add_from_saved = !state.ui.team.add_from_saved;
    refresh_saved(state);
}

void handle(State& state, const intent::TeamAddSaved& add, Effects& effects) {
    const auto text = library::load_text(add.id);
    if (!text) return;
    const int number = static_cast<int>(state.session.team.respondents.size() + 1);
    team_add(state, fmt(S::RespondentN, {{"number", number}}), parse_json(*text), effects);
}

void handle(State& state, const intent::TeamRemove& remove, Effects&) {
    auto& all = state.session.team.respondents;
    if (remove.index < 0 || static_cast<std::size_t>(remove.index) >= all.size()) return;
    const auto index = static_cast<std::size_t>(remove.index);
    const std::string who = respondent_name(all[index], fmt(S::RespondentN, {{"number", remove.index + 1}}));
    RemovedRespondent removed{index, std::move(all[index])};
    all.erase(all.begin() + remove.index);
    changed(state);
    toast_with_undo(state, fmt(S::TeamRemovedToast, {{"name", who}}), std::move(removed));
}

void handle(State& state, const intent::TeamSetTarget& set, Effects&) {
    if (state.session.model->category_index(set.category) < 0) return;
    auto& targets = state.session.team.targets;
    if (!set.level) targets.erase(set.category);
    else targets[set.category] = std::clamp(*set.level, 0, kLevels - 1);
    changed(state);
}

void handle(State& state, const intent::EditTeamName& edit, Effects&) {
    state.session.team.team = edit.text;
    changed(state, false);  // the name does not change the plan
}

void handle(State& state, const intent::EditTheoryOfChange& edit, Effects&) {
    state.session.team.theory_of_change = edit.text;
    changed(state, false);
}

// The prompts go into an empty theory of change, ready to be completed there.
void handle(State& state, const intent::StartFromPrompts&, Effects& effects) {
    if (!state.session.team.theory_of_change.empty()) return;
    state.session.team.theory_of_change = tr(S::TeamTocTemplate);
    effects.push_back(effect::Focus{"theory-of-change"});
    changed(state, false);
}

void handle(State& state, const intent::TeamHideRatings& hide, Effects&) {
    state.session.team.hide_ratings = hide.hide;
    state.session.team.revealed.clear();
    changed(state);
}

void handle(State& state, const intent::TeamReveal& reveal, Effects&) {
    const Model& m = *state.session.model;
    if (reveal.category.empty()) {
        for (const auto& c : m.categories) state.session.team.revealed.insert(c.id);
    } else if (m.category_index(reveal.category) >= 0) {
        state.session.team.revealed.insert(reveal.category);
    } else {
        return;
    }
    changed(state);
}

void handle(State& state, const intent::TeamProjector& projector, Effects&) {
    state.ui.team.projector = projector.on && !state.session.team_plan.merged.respondents.empty();
    state.ui.team.projector_index = 0;
}

void handle(State& state, const intent::TeamProjectorGo& go, Effects&) {
    const int last = static_cast<int>(state.session.model->categories.size()) - 1;
    state.ui.team.projector_index = static_cast<std::size_t>(std::clamp(go.position, 0, std::max(last, 0)));
}

void handle(State& state, const intent::TeamProjectorNames& names, Effects&) { state.ui.team.projector_names = names.on; }

void handle(State& state, const intent::TeamDownload& download, Effects& effects) {
    const Model& m = *state.session.model;
    const TeamExercise& e = state.session.team;
    const TeamPlan& plan = state.session.team_plan;
    const std::string& lang = state.session.locale;  // the reports' words, numbers and dates
    const std::string name = team_file_name(e, platform::now_iso8601(), extension(download.kind));
    switch (download.kind) {
        case FileKind::Json: effects.push_back(effect::Download{name, "application/json", dump_json(team_exercise_to_json(e), 2) + "\n"}); break;
        case FileKind::Csv: effects.push_back(effect::Download{name, "text/csv;charset=utf-8", team_report_csv(m, e, plan, lang)}); break;
        case FileKind::Html: effects.push_back(effect::Download{name, "text/html;charset=utf-8", team_report_html(m, e, plan, lang)}); break;
    }
    toast(state, fmt(S::Downloaded, {{"file", name}}), effects);
}

void handle(State& state, const intent::TeamPrint&, Effects& effects) {
    const Session& s = state.session;
    effects.push_back(effect::Print{team_report_html(*s.model, s.team, s.team_plan, s.locale)});
}

void handle(State& state, const intent::TeamNew&, Effects& effects) {
    open_team(state, blank_team_exercise(*state.session.model), "", true);
    state.ui.team.problems.clear();
    state.ui.team.step = 0;
    refresh_saved(state);
    toast(state, tr(S::TeamNewToast), effects);
}

void handle(State& state, const intent::OpenTeam& open, Effects&) {
    auto loaded = library::load_team(open.id, *state.session.model);
    if (!loaded) {
        state.ui.error = Message{tr(S::TeamReadTitle), tr(S::StorageUnreadable)};
        return;
    }
    open_team(state, std::move(loaded).value(), open.id, true);
    state.ui.team.problems.clear();
    state.ui.screen = Screen::Team;
}

void handle(State& state, const intent::DeleteTeam& del, Effects&) {
    auto removed = library::take_entry(library::kTeamPrefix + del.id);
    if (!removed) return;
    const auto saved = std::find_if(state.ui.saved_teams.begin(), state.ui.saved_teams.end(),
                                    [&](const SavedTeam& t) { return t.id == del.id; });
    const std::string name = saved == state.ui.saved_teams.end() || saved->team.empty() ? tr(S::UnnamedExercise) : saved->team;
    if (del.id == state.ui.team.id) open_team(state, blank_team_exercise(*state.session.model), "", true);
    refresh_saved(state);
    toast_with_undo(state, fmt(S::TeamDeleted, {{"name", name}}), std::move(*removed));
}

void handle(State& state, const intent::DismissTeamProblems&, Effects&) { state.ui.team.problems.clear(); }

}  // namespace ladder::app
