// Two tabs of one browser share one storage. When another tab writes what this one has open,
// the browser's storage event brings us here: the lists of saved work are read again, and if
// the open assessment or team exercise now differs from this tab's, the user chooses which to
// keep (TabConflict in state.h). Until then this tab does not write that entry, so whichever
// version the user wants is still there to keep. The storage failures the user must know
// about (a full or missing storage, an entry that cannot be read) are handled here too.
#include <algorithm>

#include "file_names.h"
#include "internal.h"

namespace ladder::app {
namespace {

// What a person changes in an assessment: its answers and its names. Dates are left out, so
// two tabs that hold the same answers are not in conflict over when they were saved.
const Answer* answer_in(const Assessment& a, const std::string& category) {
    const auto it = a.answers.find(category);
    return it == a.answers.end() ? nullptr : &it->second;
}
bool same_answer(const Answer* x, const Answer* y) {
    const Answer none;
    const Answer& a = x ? *x : none;
    const Answer& b = y ? *y : none;
    return a.level == b.level && a.dont_know == b.dont_know && a.target == b.target && a.note == b.note;
}
bool given(const Answer* a) { return a && (a->level || a->dont_know); }
bool same_details(const Assessment& a, const Assessment& b) {
    return a.team == b.team && a.respondent == b.respondent && a.theory_of_change == b.theory_of_change;
}
bool same_work(const Model& m, const Assessment& a, const Assessment& b) {
    if (!same_details(a, b)) return false;
    for (const auto& category : m.categories) {
        if (!same_answer(answer_in(a, category.id), answer_in(b, category.id))) return false;
    }
    return true;
}

// The other tab wrote the open assessment: nothing to ask when it holds what this tab holds.
void assessment_changed(State& state, const std::optional<std::string>& theirs) {
    const Model& m = *state.session.model;
    const Assessment& mine = state.session.assessment;
    TabConflict conflict;
    conflict.theirs = theirs;
    if (theirs) {
        auto read = read_assessment(*theirs, m);
        if (read) {
            if (same_work(m, read.value(), mine)) {
                // The same work (the other tab opened it, or made the same change): nothing
                // to ask, and this is now the version both tabs share.
                state.kept.saved_assessment_text = *theirs;
                return;
            }
            conflict.their_assessment = std::move(read).value();
        }
    }
    // What this tab last took from storage is the common ancestor: a category this tab has not
    // changed since starts on the other tab's answer.
    auto base_read = read_assessment(state.kept.saved_assessment_text, m);
    const Assessment* base = base_read ? &base_read.value() : nullptr;
    if (conflict.their_assessment) {
        const Assessment& other = *conflict.their_assessment;
        for (const auto& category : m.categories) {
            const Answer* a = answer_in(mine, category.id);
            const Answer* b = answer_in(other, category.id);
            if (same_answer(a, b)) continue;
            // An answer given on one side only is kept: the other tab may have saved a version
            // older than this tab's, and people rarely take an answer back. Otherwise the side
            // that changed since this tab last took it from storage.
            const bool take_theirs = given(a) != given(b) ? given(b) : base && same_answer(a, answer_in(*base, category.id));
            conflict.choices.push_back({category.id, take_theirs});
        }
        conflict.details_differ = !same_details(mine, other);
        conflict.their_details = conflict.details_differ && base && same_details(mine, *base);
    }
    state.ui.conflict = std::move(conflict);
}

// The other tab wrote the open team exercise: whole versions only (the facilitator is one
// person; two tabs of one exercise are a slip, not a collaboration).
void team_changed(State& state, const std::optional<std::string>& theirs) {
    if (theirs) {
        if (auto read = read_team_exercise(*theirs, *state.session.model)) {
            if (dump_json(team_exercise_to_json(read.value())) == dump_json(team_exercise_to_json(state.session.team))) return;
        }
    }
    TabConflict conflict;
    conflict.team = true;
    conflict.theirs = theirs;
    state.ui.conflict = std::move(conflict);
}

std::optional<std::string> stored(const std::string& key) {
    std::string text;
    if (!platform::storage_get(key, text)) return std::nullopt;
    return text;
}

}  // namespace

bool may_write_assessment(const State& state) { return !state.ui.conflict || state.ui.conflict->team; }
bool may_write_team(const State& state) { return !state.ui.conflict || !state.ui.conflict->team; }

Effects on_storage_changed(State& state, const std::string& key) {
    Effects effects;
    ++state.ui.tab_writes;
    const std::string assessment_key = library::kAssessmentPrefix + state.ui.current_id;
    const std::string team_key = library::kTeamPrefix + state.ui.team.id;
    const bool everything = key.empty();  // the other tab cleared all stored data
    if (!state.ui.current_id.empty() && (everything || key == assessment_key)) {
        // A conflict already open is about the same entry: the newest write replaces it.
        if (!state.ui.conflict || !state.ui.conflict->team) assessment_changed(state, stored(assessment_key));
    }
    if (!state.ui.team.id.empty() && (everything || key == team_key) && (!state.ui.conflict || state.ui.conflict->team)) {
        team_changed(state, stored(team_key));
    }
    // The other tab's screen and settings (written on every move there) are its own business.
    if (key != library::kStateKey) refresh_saved(state);
    return effects;
}

// --- The user's choice ---------------------------------------------------------------------

void handle(State& state, const intent::ConflictPick& pick, Effects&) {
    if (!state.ui.conflict) return;
    TabConflict& c = *state.ui.conflict;
    if (pick.category.empty()) {
        c.their_details = pick.theirs && c.details_differ;
        return;
    }
    for (auto& choice : c.choices) {
        if (choice.category == pick.category) choice.theirs = pick.theirs && c.their_assessment.has_value();
    }
}

void handle(State& state, const intent::ResolveConflict& resolve, Effects& effects) {
    if (!state.ui.conflict) return;
    TabConflict c = std::move(*state.ui.conflict);
    state.ui.conflict.reset();
    Session& s = state.session;
    if (c.team) {
        if (resolve.keep == intent::Keep::Theirs) {
            auto read = c.theirs ? read_team_exercise(*c.theirs, *s.model) : Result<TeamExercise>(Error{"", ""});
            if (read) open_team(state, std::move(read).value(), state.ui.team.id, true);
            else open_team(state, blank_team_exercise(*s.model), "", true);  // the other tab deleted it
        } else {
            ++s.team_revision;  // this tab's version is written again
        }
        toast(state, tr(resolve.keep == intent::Keep::Theirs ? S::ConflictTookTheirs : S::ConflictKeptMine), effects);
        return;
    }
    if (resolve.keep == intent::Keep::Theirs && !c.their_assessment) {
        // The other tab deleted it: this tab lets it go too (a blank, saved once changed).
        s.assessment = blank_assessment(*s.model);
        state.ui.current_id.clear();
        rescore(s);
        state.kept.saved_revision = s.revision;
        toast(state, tr(S::ConflictTookTheirs), effects);
        return;
    }
    Assessment result = s.assessment;
    if (resolve.keep == intent::Keep::Theirs) {
        result = *c.their_assessment;
    } else if (resolve.keep == intent::Keep::Chosen && c.their_assessment) {
        const Assessment& theirs = *c.their_assessment;
        for (const auto& choice : c.choices) {
            if (!choice.theirs) continue;
            const auto it = theirs.answers.find(choice.category);
            if (it == theirs.answers.end()) result.answers.erase(choice.category);
            else result.answers[choice.category] = it->second;
        }
        if (c.their_details) {
            result.team = theirs.team;
            result.respondent = theirs.respondent;
            result.theory_of_change = theirs.theory_of_change;
        }
        touch(result);
    }
    s.assessment = std::move(result);
    state.kept.saved_assessment_text = dump_json(assessment_to_json(s.assessment));  // now shared
    rescore(s);  // a new revision: autosave writes the version chosen, and the other tab hears of it
    toast(state, tr(resolve.keep == intent::Keep::Theirs ? S::ConflictTookTheirs
                    : resolve.keep == intent::Keep::Mine ? S::ConflictKeptMine
                                                         : S::ConflictCombined),
          effects);
}

// --- Storage that fails ----------------------------------------------------------------------

void handle(State&, const intent::DownloadStored& download, Effects& effects) {
    std::string text;
    const std::string key = (download.team ? library::kTeamPrefix : library::kAssessmentPrefix) + download.id;
    if (!platform::storage_get(key, text)) return;
    // As it is stored, byte for byte: whatever can still be read in it is the user's.
    effects.push_back(effect::Download{std::string(download.team ? "ladder-team-" : "ladder-assessment-") + download.id +
                                           "-as-stored.json",
                                       "application/json", text});
}

void storage_written(State& state, bool ok) {
    UiState& ui = state.ui;
    if (ok) {
        // Room again (the user deleted something, or the browser made space): the warning goes.
        if (!ui.storage_ok && ui.storage_full) {
            ui.storage_ok = true;
            ui.storage_full = false;
            if (ui.error && ui.error->about_storage) ui.error.reset();
        }
        return;
    }
    if (!ui.storage_ok) return;  // said once
    ui.storage_ok = false;
    ui.storage_full = platform::storage_full();
    ui.error = storage_message(ui.storage_full);
}

void say_if_not_saved(State& state, bool was_saving, Effects& effects) {
    if (was_saving && !state.ui.storage_ok) toast(state, tr(state.ui.storage_full ? S::NotSavedFull : S::NotSavedOff), effects);
}

Message storage_message(bool full) {
    Message message{tr(full ? S::StorageFullTitle : S::StorageOffTitle), tr(full ? S::StorageFull : S::StorageUnavailable)};
    message.offer_download = true;
    message.about_storage = true;
    return message;
}

}  // namespace ladder::app
