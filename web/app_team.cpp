// The team exercise's side of the app (issue 5): adding members' files, the targets, reveal
// mode, the projector view, downloads, and keeping the exercise in browser storage. Split from
// app.cpp, which calls apply_team() for every team intent; state changes only here.
#include <algorithm>

#include "app_internal.h"
#include "platform.h"
#include "strings.h"
#include "team_report.h"
#include "widgets.h"

namespace ladder::app {
namespace {

using ui::Action;
using ui::S;
using ui::Screen;
using ui::tr;
using ui::trf;

int g_saved_team_revision = 0;

std::string respondent_name(const Assessment& a, const std::string& file) {
    return a.respondent.empty() ? file : a.respondent;
}

// After a change by the user: dated, and planned again unless it cannot change the plan.
void changed(bool replan = true) {
    touch(session().team);
    if (replan) replan_team(session());
    else ++session().team_revision;  // still saved
}

}  // namespace

void open_team(TeamExercise exercise, const std::string& id, bool as_stored) {
    Session& s = session();
    s.team = std::move(exercise);
    state().team_id = id;
    state().projector = false;
    state().projector_index = 0;
    state().removed_respondent.reset();  // Undo of a removal belongs to the exercise it came from
    replan_team(s);
    if (as_stored) g_saved_team_revision = s.team_revision;  // nothing new to write
}

// A member's answers join the team exercise; a file that cannot join says why, and the
// others go on. A team exercise file opens instead (the current one stays saved).
void team_add(const std::string& name, const Result<Json>& json) {
    const std::string format = json ? string_member(json.value(), "format") : "";
    if (format == "ladder-team") {
        auto exercise = read_team_exercise_json(json.value(), *session().model);
        if (!exercise) {
            state().team_problems.push_back(name + ": " + exercise.error().to_string());
            return;
        }
        autosave_team();  // members added from the same drop stay with the exercise they joined
        open_team(std::move(exercise).value(), library::new_id(), false);
        state().screen = Screen::Team;
        toast(trf(S::TeamOpened, name.c_str()));
        return;
    }
    auto read = !json ? Result<Assessment>(json.errors())
                : format == "ladder-model" ? Result<Assessment>(Error{"", tr(S::TeamWrongFile)})
                                           : read_assessment_json(json.value(), *session().model);
    if (!read) {
        state().team_problems.push_back(name + ": " + read.error().to_string());
        return;
    }
    const std::string who = respondent_name(read.value(), name);
    session().team.respondents.push_back(std::move(read).value());
    // The first member's team names a new exercise (a name cleared later stays cleared).
    if (session().team.respondents.size() == 1 && session().team.team.empty()) {
        session().team.team = session().team.respondents.back().team;
    }
    changed();
    toast(trf(S::TeamAddedToast, who.c_str()));
}

void autosave_team() {
    if (session().team_revision != g_saved_team_revision) {
        g_saved_team_revision = session().team_revision;
        // An empty exercise is not worth an entry; once it has something, it is kept.
        const TeamExercise& e = session().team;
        const bool worth_saving = !e.respondents.empty() || !e.team.empty() || !e.theory_of_change.empty();
        if (worth_saving || !state().team_id.empty()) {
            if (state().team_id.empty()) state().team_id = library::new_id();
            storage_written(library::save_team(state().team_id, e));
        }
    }
}

void restore_team(const Json& state_json) {
    const auto step = state_json.find("team_step");
    if (step != state_json.end() && step->is_number_integer()) state().team_step = std::clamp(step->get<int>(), 0, 2);
    const std::string team_id = string_member(state_json, "team");
    if (!team_id.empty()) {
        auto loaded = library::load_team(team_id, *session().model);
        if (loaded) {
            open_team(std::move(loaded).value(), team_id, true);
        } else {
            // Left as it is in storage; the next exercise gets a new id, so it is never overwritten.
            std::string stored;
            if (platform::storage_get(library::kTeamPrefix + team_id, stored)) {
                state().error = ui::Message{tr(S::TeamReadTitle), tr(S::TeamReadText)};
            }
        }
    }
}

void apply_team(const ui::Intent& intent) {
    const Model& m = *session().model;
    switch (intent.action) {
        case Action::TeamStep:
            state().team_step = std::clamp(intent.value, 0, 2);
            break;
        case Action::TeamAddFiles: platform::pick_files(true); break;
        case Action::TeamToggleSaved:
            state().add_from_saved = !state().add_from_saved;
            refresh_saved();
            break;
        case Action::TeamAddSaved: {
            const auto text = library::load_text(intent.text);
            if (text) team_add(trf(S::RespondentN, static_cast<int>(session().team.respondents.size() + 1)), parse_json(*text));
            break;
        }
        case Action::TeamRemove: {
            auto& all = session().team.respondents;
            const auto index = static_cast<std::size_t>(intent.value);
            if (index >= all.size()) break;
            const std::string who = respondent_name(all[index], trf(S::RespondentN, intent.value + 1));
            state().removed_respondent.emplace(index, std::move(all[index]));
            all.erase(all.begin() + intent.value);
            state().undo_key.clear();
            changed();
            toast(trf(S::TeamRemovedToast, who.c_str()), 8.0);
            break;
        }
        case Action::TeamSetTarget:
            if (m.category_index(intent.text) < 0) break;
            if (intent.value < 0) session().team.targets.erase(intent.text);
            else session().team.targets[intent.text] = std::clamp(intent.value, 0, kLevels - 1);
            changed();
            break;
        case Action::TeamEdited:
            // value 1: the prompts go into an empty theory of change, ready to be completed.
            if (intent.value == 1 && session().team.theory_of_change.empty()) {
                session().team.theory_of_change = tr(S::TeamTocTemplate);
                ui::focus_next_widget("theory-of-change");
            }
            changed(false);  // name and theory of change do not change the plan
            break;
        case Action::TeamHideRatings:
            session().team.hide_ratings = intent.value != 0;
            session().team.revealed.clear();
            changed();
            break;
        case Action::TeamReveal:
            if (intent.text.empty()) {
                for (const auto& c : m.categories) session().team.revealed.insert(c.id);
            } else if (m.category_index(intent.text) >= 0) {
                session().team.revealed.insert(intent.text);
            }
            changed();
            break;
        case Action::TeamProjector:
            state().projector = intent.value != 0 && !session().team_plan.merged.respondents.empty();
            state().projector_index = 0;
            break;
        case Action::TeamProjectorGo:
            state().projector_index = static_cast<std::size_t>(std::clamp(intent.value, 0, static_cast<int>(m.categories.size()) - 1));
            break;
        case Action::TeamDownload: {
            const TeamExercise& e = session().team;
            const std::string name = dated_file_name("ladder-team-", e.team, e.updated, intent.text);
            if (intent.text == "json") {
                platform::download(name, "application/json", team_exercise_to_json(e).dump(2) + "\n");
            } else if (intent.text == "csv") {
                platform::download(name, "text/csv;charset=utf-8", team_report_csv(m, e, session().team_plan, session().lang));
            } else {
                platform::download(name, "text/html;charset=utf-8", team_report_html(m, e, session().team_plan, session().lang));
            }
            toast(trf(S::Downloaded, name.c_str()));
            break;
        }
        case Action::TeamPrint: platform::print_html(team_report_html(m, session().team, session().team_plan, session().lang)); break;
        case Action::TeamNew:
            open_team(blank_team_exercise(m), "", true);
            state().team_problems.clear();
            state().team_step = 0;
            refresh_saved();
            toast(tr(S::TeamNewToast));
            break;
        case Action::OpenTeam: {
            auto loaded = library::load_team(intent.text, m);
            if (!loaded) {
                state().error = ui::Message{tr(S::TeamReadTitle), tr(S::StorageUnreadable)};
                break;
            }
            open_team(std::move(loaded).value(), intent.text, true);
            state().team_problems.clear();
            state().screen = Screen::Team;
            break;
        }
        case Action::DeleteTeam: {
            std::string text;
            if (!platform::storage_get(library::kTeamPrefix + intent.text, text)) break;
            state().undo_key = library::kTeamPrefix + intent.text;
            state().undo_text = text;
            state().removed_respondent.reset();
            std::string name = tr(S::UnnamedExercise);
            for (const auto& t : state().saved_teams) {
                if (t.id == intent.text && !t.team.empty()) name = t.team;
            }
            platform::storage_remove(state().undo_key);
            if (intent.text == state().team_id) {
                open_team(blank_team_exercise(m), "", true);
            }
            refresh_saved();
            toast(trf(S::TeamDeleted, name.c_str()), 8.0);
            break;
        }
        case Action::DismissTeamProblems: state().team_problems.clear(); break;
        default: break;
    }
}

}  // namespace ladder::app
