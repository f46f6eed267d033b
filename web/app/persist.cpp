// Keeping work across reloads: the open assessment and team exercise are written when they
// change, the UI state (screen, category, settings) when it changes, and init() reads them
// back. Anything unreadable is reported and left as it is in storage, never overwritten.
#include <algorithm>
#include <optional>

#include "internal.h"
#include "language.h"

namespace ladder::app {
namespace {

struct ThemeName {
    ThemeKind theme;
    const char* name;
};
constexpr ThemeName kThemeNames[] = {{ThemeKind::Light, "light"}, {ThemeKind::Dark, "dark"}, {ThemeKind::Contrast, "contrast"}};

// The theme the user chose, as stored; nothing when they never chose one. Versions before
// theme_chosen wrote "theme" on every save, "light" even when nobody had chosen it; "dark"
// was only ever a choice, so it is kept as one.
std::optional<ThemeKind> stored_theme(const Json& saved) {
    const std::string name = string_member(saved, "theme");
    const auto chosen = saved.find("theme_chosen");
    if (chosen == saved.end() || !chosen->is_boolean() || !chosen->get<bool>()) {
        return name == "dark" ? std::optional<ThemeKind>(ThemeKind::Dark) : std::nullopt;
    }
    for (const auto& t : kThemeNames) {
        if (name == t.name) return t.theme;
    }
    return std::nullopt;
}

const char* theme_name(ThemeKind theme) {
    for (const auto& t : kThemeNames) {
        if (t.theme == theme) return t.name;
    }
    return "light";
}

}  // namespace

void autosave(State& state) {
    Session& s = state.session;
    if (s.revision != state.kept.saved_revision && may_write_assessment(state)) {
        state.kept.saved_revision = s.revision;
        if (state.ui.current_id.empty()) state.ui.current_id = library::new_id();
        storage_written(state, library::save(state.ui.current_id, s.assessment));
        if (state.ui.screen == Screen::Saved || state.ui.screen == Screen::Welcome) refresh_saved(state);
    }
    if (may_write_team(state)) autosave_team(state);
    Json saved = Json::object();
    saved["current"] = state.ui.current_id;
    saved["screen"] = screen_name(state.ui.screen);
    const Model& m = *s.model;
    saved["category"] = state.ui.category < m.categories.size() ? m.categories[state.ui.category].id : "";
    if (state.settings.theme_chosen) {
        saved["theme"] = theme_name(state.settings.theme);
        saved["theme_chosen"] = true;
    }
    saved["text_size"] = state.settings.text_size;
    if (!state.settings.language.empty()) saved["language"] = state.settings.language;
    saved["team"] = state.ui.team.id;
    saved["team_step"] = state.ui.team.step;
    std::string text = dump_json(saved);
    if (text != state.kept.saved_state) {
        state.kept.saved_state = std::move(text);
        platform::storage_set(library::kStateKey, state.kept.saved_state);
    }
}

// Reads the UI state saved by the last visit; anything missing or malformed keeps its default.
void restore(State& state) {
    std::string text;
    if (!platform::storage_get(library::kStateKey, text)) return;
    const auto parsed = parse_json(text);
    if (!parsed || !parsed.value().is_object()) return;
    const Json& saved = parsed.value();
    if (const auto theme = stored_theme(saved)) {
        state.settings.theme = *theme;
        state.settings.theme_chosen = true;
    }
    const auto size = saved.find("text_size");
    if (size != saved.end() && size->is_number_integer()) state.settings.text_size = std::clamp(size->get<int>(), 100, 200);
    state.settings.language = string_member(saved, "language");
    const Screen screen = screen_from_name(string_member(saved, "screen")).value_or(Screen::Welcome);
    state.ui.screen = screen;
    restore_team(state, saved);
    const std::string id = string_member(saved, "current");
    if (id.empty()) return;
    auto loaded = library::load(id, *state.session.model);
    if (!loaded) {
        // The open assessment cannot be read: start from the welcome screen, and leave the
        // stored text alone (it is never overwritten; a new assessment gets a new id).
        if (const auto stored_text = library::load_text(id)) {
            const auto json = parse_json(*stored_text);
            const std::string team = json && json.value().is_object() ? string_member(json.value(), "team") : "";
            Message message{tr(S::StorageReadTitle), fmt(S::StorageUnreadableNamed, {{"name", team.empty() ? std::string(tr(S::UnnamedTeam)) : team},
                                                                                       {"problem", loaded.error().to_string()}})};
            message.stored_id = id;
            state.ui.error = std::move(message);
        }
        state.ui.screen = Screen::Welcome;
        return;
    }
    open_assessment(state, std::move(loaded).value(), id, screen);
    state.kept.saved_revision = state.session.revision;  // just read: nothing to write back
    const int category = state.session.model->category_index(string_member(saved, "category"));
    if (category >= 0) state.ui.category = static_cast<std::size_t>(category);
}

namespace {

// The language the user picked on an earlier visit, if any (the rest of the saved UI state is
// read once that language's texts are here).
std::string stored_language() {
    std::string text;
    if (!platform::storage_get(library::kStateKey, text)) return "";
    const auto parsed = parse_json(text);
    return parsed && parsed.value().is_object() ? string_member(parsed.value(), "language") : "";
}

}  // namespace

Effects init(State& state, const PageInfo& page) {
    Effects effects;
    state.page = page;
    state.kept.default_model = default_model();
    state.session.model = &*state.kept.default_model;
    ui::set_language("en", {});  // until the language chosen is installed
    const std::string lang = choose_language(page.lang, stored_language(), page.browser_languages);
    // Everything else waits for the language's texts, so the first screen, and any message
    // about what was stored, is in the language it will stay in (on_language_fetched).
    switch_language(state, lang, effects);
    if (effects.empty()) start(state, effects);
    return effects;
}

void start(State& state, Effects& effects) {
    state.kept.started = true;
    state.ui.storage_ok = platform::storage_available();
    if (!state.ui.storage_ok) state.ui.error = storage_message(false);
    use_model(state, std::nullopt);
    std::string stored_model;
    if (platform::storage_get(library::kModelKey, stored_model)) {
        const auto json = parse_json(stored_model);
        auto model = json ? load_model_json(json.value()) : Result<Model>(json.errors());
        if (model) use_model(state, std::move(model).value());
        else state.ui.error = Message{tr(S::ModelInvalid), problem_list(model.errors()) + "\n" + tr(S::ModelKept)};
    }
    restore(state);
    if (!state.settings.theme_chosen) state.settings.theme = preferred_theme(state.page);
    if (!state.page.model_url.empty()) effects.push_back(effect::FetchModel{state.page.model_url});
    if (!state.page.share.empty()) effects.push_back(effect::ReadShared{state.page.share});
    if (state.ui.current_id.empty()) state.kept.saved_revision = state.session.revision;  // a blank is saved once changed
    state.ui.draft_team = state.session.assessment.team;
    state.ui.draft_respondent = state.session.assessment.respondent;
    refresh_saved(state);
}

}  // namespace ladder::app
