// apply(): one handler per intent, and the rules every intent follows (intents.h) applied in
// one place. The handlers of the team exercise are in team.cpp; opening files and switching
// models in files.cpp; saving and restoring in persist.cpp; the embed protocol in embed.cpp.
#include <algorithm>

#include "file_names.h"
#include "internal.h"
#include "language.h"
#include "report.h"

namespace ladder::app {
namespace {

std::string summary_text(const State& state) {
    const Model& m = *state.session.model;
    const ScoreResult& r = state.session.result;
    const std::string& lang = state.session.lang;
    const Assessment& a = state.session.assessment;
    const auto stage = [&](std::optional<int> s) { return s ? m.stages[*s].title.get(lang) : std::string(tr(S::NotRated)); };
    std::string out = (a.team.empty() ? tr(S::UnnamedTeam) : a.team) + "\n";
    const auto marked = [&](std::optional<int> s, bool provisional) {
        return s && provisional ? fmt(S::StageProvisional, {{"stage", stage(s)}}) : stage(s);
    };
    out += std::string(tr(S::OverallStage)) + ": " + marked(r.overall_stage, r.provisional);
    if (r.overall_score) out += " (" + fmt(S::ScoreOf3, {{"score", ui::number(*r.overall_score, 2)}}) + ")";
    out += "\n" + fmt(S::SummaryAnswered, {{"percent", static_cast<int>(r.completeness * 100.0 + 0.5)}});
    if (r.provisional && r.overall_stage) out += " " + fmt(S::SummaryProvisional, {{"count", r.answers_needed}});
    out += "\n";
    for (std::size_t i = 0; i < m.dimensions.size(); ++i) {
        const DimensionScore& d = r.dimensions[i];
        out += "- " + m.dimensions[i].title.get(lang) + ": " + marked(d.stage, d.provisional) + "\n";
    }
    if (!r.next_steps.empty()) out += std::string("\n") + tr(S::FocusTitle) + ":\n";
    for (std::size_t i = 0; i < r.next_steps.size() && i < kFocusSteps; ++i) out += "- " + r.next_steps[i].text + "\n";
    return out;
}

// A document that is not the one open, read from storage; nullopt when it cannot be read.
void reopen_if_closed(State& state, const RemovedEntry& entry) {
    const std::string assessment_prefix = library::kAssessmentPrefix, team_prefix = library::kTeamPrefix;
    const Model& m = *state.session.model;
    if (entry.key.rfind(assessment_prefix, 0) == 0 && state.ui.current_id.empty()) {
        const std::string id = entry.key.substr(assessment_prefix.size());
        auto loaded = library::load(id, m);
        if (loaded) {
            open_assessment(state, std::move(loaded).value(), id, state.ui.screen);
            state.kept.saved_revision = state.session.revision;
        }
    } else if (entry.key.rfind(team_prefix, 0) == 0 && state.ui.team.id.empty()) {
        const std::string id = entry.key.substr(team_prefix.size());
        auto loaded = library::load_team(id, m);
        if (loaded) open_team(state, std::move(loaded).value(), id, true);
    }
}

// --- Moving around -------------------------------------------------------------------------

void handle(State& state, const intent::Go& go, Effects&) {
    state.ui.screen = go.screen;
    state.ui.confirm_clear = false;
    state.ui.team.projector = false;
    if (go.screen == Screen::Saved || go.screen == Screen::Welcome || go.screen == Screen::Team) refresh_saved(state);
}

void handle(State& state, const intent::SelectCategory& select, Effects&) {
    const int last = static_cast<int>(state.session.model->categories.size()) - 1;
    state.ui.category = static_cast<std::size_t>(std::clamp(select.index, 0, std::max(last, 0)));
}

void handle(State& state, const intent::DismissError&, Effects&) { state.ui.error.reset(); }
void handle(State& state, const intent::ToggleAllSteps&, Effects&) { state.ui.all_steps_open = !state.ui.all_steps_open; }

// --- Opening and starting ------------------------------------------------------------------

void handle(State& state, const intent::EditStartDetails& details, Effects&) {
    if (details.team) state.ui.draft_team = *details.team;
    if (details.respondent) state.ui.draft_respondent = *details.respondent;
}

void handle(State& state, const intent::StartNew&, Effects&) {
    Assessment fresh = blank_assessment(*state.session.model);
    fresh.team = state.ui.draft_team;
    fresh.respondent = state.ui.draft_respondent;
    touch(fresh);
    open_assessment(state, std::move(fresh), library::new_id(), Screen::Assess);
}

void handle(State& state, const intent::OpenSaved& open, Effects&) {
    auto loaded = library::load(open.id, *state.session.model);
    if (!loaded) {
        state.ui.error = Message{tr(S::StorageReadTitle), tr(S::StorageUnreadable)};
        return;
    }
    open_assessment(state, std::move(loaded).value(), open.id, Screen::Results);
    state.kept.saved_revision = state.session.revision;  // just read: nothing to write back
}

void handle(State& state, const intent::OpenExample&, Effects& effects) {
    if (import_json(state, "example", parse_json(example_assessment_json()), effects)) {
        toast(state, tr(S::ExampleLoaded), effects);
    }
}

void handle(State&, const intent::Import&, Effects& effects) { effects.push_back(effect::PickFiles{false}); }

void handle(State& state, const intent::UseDefaultModel&, Effects&) {
    platform::storage_remove(library::kModelKey);
    use_model(state, std::nullopt);
}

void handle(State&, const intent::UseOffline&, Effects& effects) {
    effects.push_back(effect::DownloadUrl{"ladder-offline.html", "ladder-offline.html"});
}

// --- Answering -----------------------------------------------------------------------------
// Each names its category, so the JavaScript API and a screen showing another one agree; an
// unknown category or a level out of range changes nothing.

void handle(State& state, const intent::SetLevel& set, Effects&) { set_answer(state.session, set.category, set.level); }

void handle(State& state, const intent::SetDontKnow& set, Effects&) {
    if (state.session.model->category_index(set.category) < 0) return;
    state.session.assessment.answers[set.category].dont_know = set.dont_know;
    rescore(state.session);
}

void handle(State& state, const intent::SetTarget& set, Effects&) {
    if (state.session.model->category_index(set.category) < 0) return;
    if (set.level && (*set.level < 0 || *set.level >= kLevels)) return;
    state.session.assessment.answers[set.category].target = set.level;
    rescore(state.session);
}

void handle(State& state, const intent::EditNote& edit, Effects&) {
    if (state.session.model->category_index(edit.category) < 0) return;
    state.session.assessment.answers[edit.category].note = edit.text;
    rescore(state.session);
}

// --- Results -------------------------------------------------------------------------------

void handle(State& state, const intent::Download& download, Effects& effects) {
    const Model& m = *state.session.model;
    const Assessment& a = state.session.assessment;
    const std::string& lang = state.session.locale;  // the reports' words, numbers and dates
    const std::string name = assessment_file_name(a, platform::now_iso8601(), extension(download.kind));
    switch (download.kind) {
        case FileKind::Json: effects.push_back(effect::Download{name, "application/json", dump_json(assessment_to_json(a), 2) + "\n"}); break;
        case FileKind::Csv: effects.push_back(effect::Download{name, "text/csv;charset=utf-8", report_csv(m, a, lang)}); break;
        case FileKind::Html: effects.push_back(effect::Download{name, "text/html;charset=utf-8", report_html(m, a, lang)}); break;
    }
    toast(state, fmt(S::Downloaded, {{"file", name}}), effects);
}

void handle(State& state, const intent::Print&, Effects& effects) {
    effects.push_back(effect::Print{report_html(*state.session.model, state.session.assessment, state.session.locale)});
}

void handle(State& state, const intent::CopySummary&, Effects& effects) {
    effects.push_back(effect::CopyText{summary_text(state)});
    toast(state, tr(S::Copied), effects);
}

void handle(State& state, const intent::Share&, Effects& effects) {
    if (!state.page.embedded || !state.page.parent_verified) return;
    Json message = {{"protocol", "ladder-embed"}, {"version", 1}, {"type", "summary"}, {"summary", share_summary(state)}};
    effects.push_back(effect::PostToParent{dump_json(message)});
    toast(state, fmt(S::Shared, {{"origin", state.page.parent_origin}}), effects);
}

// After storage failed: the work on screen as a file to keep (one file: a browser asks before
// letting a page download a second one at once).
void handle(State& state, const intent::DownloadWork&, Effects& effects) {
    if (state.ui.screen == Screen::Team) handle(state, intent::TeamDownload{FileKind::Json}, effects);
    else handle(state, intent::Download{FileKind::Json}, effects);
}

// --- My assessments ------------------------------------------------------------------------

void handle(State& state, const intent::Duplicate& duplicate, Effects&) {
    auto loaded = library::load(duplicate.id, *state.session.model);
    if (!loaded) return;
    Assessment copy = std::move(loaded).value();
    copy.id = new_assessment_id();  // a copy is a new assessment, not the same respondent again
    copy.team = fmt(S::CopyOf, {{"name", copy.team.empty() ? std::string(tr(S::UnnamedTeam)) : copy.team}});
    copy.updated = platform::now_iso8601();
    storage_written(state, library::save(library::new_id(), copy));
    refresh_saved(state);
}

void handle(State& state, const intent::Delete& del, Effects&) {
    auto removed = library::take_entry(library::kAssessmentPrefix + del.id);
    if (!removed) return;
    const auto saved = std::find_if(state.ui.saved.begin(), state.ui.saved.end(),
                                    [&](const SavedAssessment& s) { return s.id == del.id; });
    const std::string team = saved == state.ui.saved.end() || saved->team.empty() ? tr(S::UnnamedTeam) : saved->team;
    if (del.id == state.ui.current_id) {
        // The open one: a blank takes its place, saved only once it is changed.
        state.session.assessment = blank_assessment(*state.session.model);
        state.ui.current_id.clear();
        rescore(state.session);
        state.kept.saved_revision = state.session.revision;
    }
    auto& compare = state.ui.compare;
    compare.erase(std::remove(compare.begin(), compare.end(), del.id), compare.end());
    refresh_saved(state);
    toast_with_undo(state, fmt(S::Deleted, {{"name", team}}), std::move(*removed));
}

void handle(State& state, const intent::Undo&, Effects&) {
    if (!state.ui.undo) return;
    Undo undo = std::move(*state.ui.undo);
    drop_undo(state.ui);
    if (auto* entry = std::get_if<RemovedEntry>(&undo)) {
        storage_written(state, library::save_entry(entry->key, entry->text));
        reopen_if_closed(state, *entry);  // what was deleted was open: open it again
    } else if (auto* removed = std::get_if<RemovedRespondent>(&undo)) {
        auto& all = state.session.team.respondents;
        all.insert(all.begin() + static_cast<std::ptrdiff_t>(std::min(removed->index, all.size())),
                   std::move(removed->assessment));
        touch(state.session.team);
        replan_team(state.session);
    } else if (auto* peers = std::get_if<RemovedPeers>(&undo)) {
        undo_peers(state, std::move(*peers));
    }
    refresh_saved(state);
}

void handle(State& state, const intent::ToggleCompare& toggle, Effects&) {
    auto& c = state.ui.compare;
    const auto it = std::find(c.begin(), c.end(), toggle.id);
    if (it != c.end()) {
        c.erase(it);
    } else {
        c.push_back(toggle.id);
        if (c.size() > 2) c.erase(c.begin());
    }
    refresh_comparison(state);
}

// --- Settings ------------------------------------------------------------------------------

void handle(State& state, const intent::SetTheme& set, Effects&) {
    state.settings.theme = set.theme;
    state.settings.theme_chosen = true;
}
void handle(State& state, const intent::SetLanguage& set, Effects& effects) {
    state.settings.language = set.lang;
    switch_language(state, set.lang, effects);
}
void handle(State& state, const intent::SetTextSize& set, Effects&) { state.settings.text_size = std::clamp(set.percent, 100, 200); }
void handle(State& state, const intent::AskClearAll&, Effects&) { state.ui.confirm_clear = true; }
void handle(State& state, const intent::CancelClearAll&, Effects&) { state.ui.confirm_clear = false; }

void handle(State& state, const intent::ClearAll&, Effects& effects) {
    library::clear_all();
    const Model& m = *state.session.model;
    state.session.assessment = blank_assessment(m);
    rescore(state.session);
    state.kept.saved_revision = state.session.revision;
    state.kept.saved_state.clear();
    open_team(state, blank_team_exercise(m), "", true);
    state.ui = UiState{};
    state.settings = Settings{};
    state.settings.theme = preferred_theme(state.page);  // back to following the browser
    state.ui.screen = Screen::Settings;
    state.ui.storage_ok = platform::storage_available();
    refresh_saved(state);
    toast(state, tr(S::Cleared), effects);
}

}  // namespace

const char* extension(FileKind kind) {
    switch (kind) {
        case FileKind::Json: return "json";
        case FileKind::Csv: return "csv";
        case FileKind::Html: return "html";
    }
    return "json";
}

unsigned rules_of(const Intent& intent) {
    return std::visit([](const auto& i) { return std::decay_t<decltype(i)>::rules; }, intent);
}

Effects apply(State& state, const Intent& intent) {
    Effects effects;
    const unsigned rules = rules_of(intent);
    const bool was_saving = state.ui.storage_ok;
    if (rules & kEditsAssessment) touch(state.session.assessment);
    // The picker opened for a peer benchmark was closed without a file, if anything else is asked.
    if (!std::holds_alternative<intent::ComparePeersOpen>(intent)) state.ui.picking_peers = false;
    std::visit([&](const auto& i) { handle(state, i, effects); }, intent);
    if (!(rules & kKeepsUndo)) drop_undo(state.ui);
    autosave(state);
    say_if_not_saved(state, was_saving, effects);
    return effects;
}

Effects apply(State& state, const Intents& intents) {
    Effects effects;
    for (const auto& intent : intents) {
        Effects more = apply(state, intent);
        effects.insert(effects.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    return effects;
}

void tick(State& state, double now_seconds) {
    if (state.ui.toast && state.ui.toast->expires && now_seconds >= *state.ui.toast->expires) state.ui.toast.reset();
}

// --- Helpers shared by the app's files -----------------------------------------------------

void toast(State& state, std::string text, Effects& effects) {
    constexpr double kSeconds = 4.0;
    state.ui.toast = Toast{std::move(text), platform::now_seconds() + kSeconds};
    effects.push_back(effect::WakeAfter{kSeconds + 0.05});  // to take it down; nothing is drawn meanwhile
}

void toast_with_undo(State& state, std::string text, Undo undo) {
    state.ui.toast = Toast{std::move(text), std::nullopt};
    state.ui.undo = std::move(undo);
}

void drop_undo(UiState& ui) {
    if (!ui.undo) return;
    ui.undo.reset();
    if (ui.toast && !ui.toast->expires) ui.toast.reset();  // the toast that offered it goes too
}

void refresh_saved(State& state) {
    state.ui.saved = library::list(*state.session.model);
    state.ui.saved_teams = library::list_teams(*state.session.model);
    refresh_comparison(state);
}

void refresh_comparison(State& state) {
    state.ui.comparison.reset();
    if (state.ui.compare.size() != 2) return;
    const Model& m = *state.session.model;
    auto a = library::load(state.ui.compare[0], m);
    auto b = library::load(state.ui.compare[1], m);
    if (!a || !b) return;
    if (a.value().updated > b.value().updated) std::swap(a, b);  // older first: change reads forwards
    const auto name = [](const Assessment& x) {
        return (x.team.empty() ? std::string(tr(S::UnnamedTeam)) : x.team) + " (" + ui::date(x.updated) + ")";
    };
    state.ui.comparison = Compared{name(a.value()), name(b.value()), compare_assessments(m, a.value(), b.value())};
}

}  // namespace ladder::app
