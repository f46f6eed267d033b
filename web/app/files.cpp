// Opening things: assessments from storage or files, the files a user picks or drops (routed
// by their format), and models (the default one, a file, or an embed's data-model URL).
#include <algorithm>
#include <utility>

#include "internal.h"
#include "messages.h"

namespace ladder::app {

// Opens an assessment as the current one, on the screen that suits it. The one open before is
// written first if it has changes not yet saved: two imports with no frame between them (two
// files in one drop, two loadAssessment calls) would otherwise lose the first.
void open_assessment(State& state, Assessment assessment, const std::string& id, Screen screen) {
    if (state.ui.conflict && !state.ui.conflict->team) {
        // Another tab's version of the one open waits for a choice that will not come now: this
        // tab's is kept as a copy beside it, so neither is lost.
        storage_written(state, library::save(library::new_id(), state.session.assessment));
        state.ui.conflict.reset();
    } else if (!state.ui.current_id.empty() && state.session.revision != state.kept.saved_revision) {
        storage_written(state, library::save(state.ui.current_id, state.session.assessment));
    }
    // An assessment from before ids gets one as it opens for editing, written at once so the
    // next export already carries the id it will keep (opening it again must not make another).
    const bool new_identity = assessment.id.empty();
    if (new_identity) assessment.id = new_assessment_id();
    state.session.assessment = std::move(assessment);
    state.ui.current_id = id;
    if (new_identity && !id.empty()) storage_written(state, library::save(id, state.session.assessment));
    state.kept.saved_assessment_text = library::load_text(id).value_or("");
    state.ui.category = 0;
    state.ui.screen = screen;
    rescore(state.session);
    state.kept.saved_revision = -1;  // save under its (possibly new) id
}

// The first few validator messages, one per line, for a banner.
std::string problem_list(const Errors& errors) {
    std::string out;
    for (std::size_t i = 0; i < errors.size() && i < 6; ++i) out += "\n" + errors[i].to_string();
    if (errors.size() > 6) out += "\n...";
    return out;
}

// Switches to another model: a fresh assessment for it; saved ones stay where they are.
void use_model(State& state, std::optional<Model> model) {
    state.kept.custom_model = std::move(model);
    Session& s = state.session;
    s.model = state.kept.custom_model ? &*state.kept.custom_model : &*state.kept.default_model;
    s.assessment = blank_assessment(*s.model);
    state.ui.current_id.clear();
    state.ui.category = 0;
    rescore(s);
    state.kept.saved_revision = s.revision;
    open_team(state, blank_team_exercise(*s.model), "", true);
    // Teams' files and a peer benchmark are read against a model: they are read again for this one.
    restore_convening(state);
    restore_peers(state);
    refresh_saved(state);
}

namespace {

// A model from a file or the network: used if valid; otherwise its problems are shown and the
// model in use stays.
bool load_custom_model(State& state, const std::string& name, const Json& json, bool remember, Effects& effects) {
    auto model = load_model_json(json);
    if (!model) {
        state.ui.error = Message{tr(S::ModelInvalid), name + ":" + problem_list(model.errors()) + "\n" + tr(S::ModelKept)};
        return false;
    }
    if (remember) storage_written(state, platform::storage_set(library::kModelKey, dump_json(json)));
    const std::string title = model.value().title.get(state.session.lang);
    use_model(state, std::move(model).value());
    state.ui.screen = Screen::Welcome;
    state.ui.error.reset();
    toast(state, fmt(S::ModelLoaded, {{"model", title}}), effects);
    return true;
}

}  // namespace

// Opens parsed file content as an import does: a model file switches the model, an assessment
// opens on Results; on failure nothing changes and the banner says why.
Result<bool> import_json(State& state, const std::string& name, const Result<Json>& json, Effects& effects) {
    if (json && string_member(json.value(), "format") == "ladder-model") {
        if (load_custom_model(state, name, json.value(), true, effects)) return true;
        return Error{"", state.ui.error ? state.ui.error->text : ""};
    }
    auto read = json ? read_assessment_json(json.value(), *state.session.model) : Result<Assessment>(json.errors());
    if (!read) {
        state.ui.error = Message{tr(S::ImportFailed), name + ": " + read.error().to_string() + ". " + tr(S::ImportFailedKept)};
        return read.errors();
    }
    open_assessment(state, std::move(read).value(), library::new_id(), Screen::Results);
    state.ui.error.reset();
    toast(state, fmt(S::Imported, {{"file", name}}), effects);
    return true;
}

Result<bool> import_text(State& state, const std::string& name, std::string_view text, Effects& effects) {
    const bool was_saving = state.ui.storage_ok;
    auto result = import_json(state, name, parse_json_bytes(text), effects);
    drop_undo(state.ui);
    autosave(state);
    say_if_not_saved(state, was_saving, effects);
    return result;
}

Effects on_file(State& state, const std::string& name, const std::string& bytes, bool too_big) {
    Effects effects;
    const bool was_saving = state.ui.storage_ok;
    drop_undo(state.ui);  // something new arrived: an Undo offered before is about something else now
    if (too_big) {
        const std::string message = fmt(S::FileTooBig, {{"file", name}});
        if (state.ui.screen == Screen::Peers) convening_add(state, name, Result<Json>(Error{"", tr(S::PeersTooBig)}), effects);
        else if (state.ui.screen == Screen::Team) state.ui.team.problems.push_back(message);
        else state.ui.error = Message{tr(S::ImportFailed), message + " " + tr(S::ImportFailedKept)};
        return effects;
    }
    // Decoded and parsed once here; what happens depends on the file's format and the screen.
    std::optional<std::string> notice;
    const auto json = parse_json_bytes(bytes, &notice);
    const std::string format = json ? string_member(json.value(), "format") : "";
    const bool for_peers = std::exchange(state.ui.picking_peers, false);
    if (for_peers && format != "ladder-peers") {
        // Picked with "Open a peer benchmark": anything else is refused, not opened as itself.
        const std::string why = json ? message(M::ErrorNotPeersFile) : json.error().to_string();
        state.ui.error = Message{tr(S::PeersOpenFailed), name + ": " + why + ". " + tr(S::ImportFailedKept)};
    } else if (format == "ladder-peers") {
        open_peers(state, name, json.value(), effects);
    } else if (state.ui.screen == Screen::Peers) {
        convening_add(state, name, json, effects);
    } else if (state.ui.screen == Screen::Team || format == "ladder-team") {
        team_add(state, name, json, effects);
    } else {
        import_json(state, name, json, effects);
    }
    // Read, but not as saved (Windows-1252): said instead of the usual confirmation, since
    // the screen already shows what became of the file.
    if (json && notice) toast(state, fmt(S::FileReadAs, {{"file", name}, {"notice", *notice}}), effects);
    autosave(state);
    say_if_not_saved(state, was_saving, effects);
    return effects;
}

void on_drag(State& state, bool over) { state.ui.dragging_files = over; }

void on_files_left(State& state, int given, int read) {
    const std::string text = fmt(S::TooManyFiles, {{"count", given}, {"limit", read}});
    if (state.ui.screen == Screen::Team) state.ui.team.problems.push_back(text);
    else state.ui.error = Message{tr(S::ImportFailed), text};
}

Effects on_model_fetched(State& state, bool ok, const std::string& text, const std::string& error) {
    Effects effects;
    const std::string& url = state.page.model_url;
    if (!ok) {
        state.ui.error = Message{tr(S::ModelUnreachable), url + ": " + error + ". " + tr(S::ModelKept)};
        return effects;
    }
    const auto json = parse_json(text);
    if (!json) {
        state.ui.error = Message{tr(S::ModelInvalid), url + ": " + json.error().to_string() + "\n" + tr(S::ModelKept)};
        return effects;
    }
    load_custom_model(state, url, json.value(), false, effects);
    autosave(state);
    return effects;
}

}  // namespace ladder::app
