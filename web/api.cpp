// The C side of window.ladder (docs/FORMATS.md). Each function goes through the app layer like
// the screens do, so the API is not a second implementation. Strings returned to JavaScript
// live in one buffer until the next call; ladder_api.js copies them at once.
#include <emscripten/emscripten.h>

#include <string>

#include "app.h"
#include "catalogue.h"
#include "imgui_internal.h"
#include "browser.h"
#include "shell.h"
#include "theme.h"
#include "widgets.h"

namespace {

std::string g_reply;

const char* reply(const ladder::Json& json) {
    g_reply = ladder::dump_json(json);
    return g_reply.c_str();
}

const ladder::Session& session() { return ladder::shell::state().session; }

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* ladder_api_results() {
    const ladder::Session& s = session();
    return reply(ladder::score_to_json(*s.model, s.result, s.lang));
}

EMSCRIPTEN_KEEPALIVE const char* ladder_api_get_assessment() { return reply(ladder::assessment_to_json(session().assessment)); }

// The same path as a file import: on failure the open assessment is untouched.
EMSCRIPTEN_KEEPALIVE const char* ladder_api_load_assessment(const char* text) {
    ladder::app::Effects effects;
    const auto loaded = ladder::app::import_text(ladder::shell::state(), "loadAssessment", text, effects);
    ladder::shell::run(std::move(effects));
    if (loaded) return reply({{"ok", true}, {"error", nullptr}});
    return reply({{"ok", false}, {"error", loaded.error().to_string()}});
}

// level < 0 clears the answer. Goes through the same intent as a click on a level card.
EMSCRIPTEN_KEEPALIVE int ladder_api_set_answer(const char* category_id, int level) {
    if (session().model->category_index(category_id) < 0 || level > 3) return 0;
    const std::optional<int> value = level < 0 ? std::nullopt : std::optional<int>(level);
    ladder::shell::run(ladder::app::apply(ladder::shell::state(), ladder::app::intent::SetLevel{category_id, value}));
    return 1;
}

EMSCRIPTEN_KEEPALIVE const char* ladder_api_widgets() { return reply(ladder::ui::registry_to_json(ladder::ui::theme().dpr)); }

EMSCRIPTEN_KEEPALIVE const char* ladder_api_ui() {
    const ladder::app::State& state = ladder::shell::state();
    const ladder::app::UiState& ui = state.ui;
    const ladder::Model& m = *state.session.model;
    // What the compare table on My assessments shows: the two names and the core's comparison.
    ladder::Json compare = nullptr;
    if (ui.comparison) {
        compare = ladder::history_to_json(ui.comparison->history);
        compare["older"] = ui.comparison->older;
        compare["newer"] = ui.comparison->newer;
    }
    // Another tab's version waiting for a choice (TabConflict): what the notice offers.
    ladder::Json conflict = nullptr;
    if (ui.conflict) {
        ladder::Json choices = ladder::Json::array();
        for (const auto& c : ui.conflict->choices) choices.push_back({{"category", c.category}, {"theirs", c.theirs}});
        conflict = {{"team", ui.conflict->team}, {"deleted", !ui.conflict->theirs.has_value()}, {"choices", std::move(choices)},
                    {"details_differ", ui.conflict->details_differ}};
    }
    ladder::Json groups = ladder::Json::array();
    for (const auto& g : ui.convening.by_group) groups.push_back(g.name);
    return reply({{"screen", ladder::app::screen_name(ui.screen)},
                  {"category", ui.category < m.categories.size() ? m.categories[ui.category].id : ""},
                  {"error", ui.error ? ui.error->title + ": " + ui.error->text : ""},
                  {"toast", ui.toast ? ui.toast->text : ""},
                  {"undo", ladder::app::undo_offered(ui)},
                  {"saved", ui.saved.size()},
                  {"team_step", ui.team.step},
                  {"projector", ui.team.projector},
                  {"team_problems", ui.team.problems},
                  {"compare", compare},
                  {"conflict", conflict},
                  {"tab_writes", ui.tab_writes},
                  {"storage", ui.storage_ok ? "ok" : ui.storage_full ? "full" : "off"},
                  {"language", state.session.lang},
                  {"locale", state.session.locale},
                  // Sharing as a link: the link shown for the open assessment, or the length of
                  // one too long to offer, and whether a shared assessment waits to be opened.
                  {"share", {{"link", ui.share.revision == state.session.revision ? ui.share.link : ""},
                             {"too_long", ui.share.revision == state.session.revision ? ui.share.too_long : 0},
                             {"offered", ui.share.offered.has_value()}}},
                  // The convening view: files given, teams counted and shown, the choices made;
                  // and the peer benchmark a team compares with (its file and team count).
                  {"convening", {{"files", ui.convening.inputs.size()},
                                 {"teams", ui.convening.all.teams},
                                 {"shown", ui.convening.rows.size()},
                                 {"refused", ui.convening.all.refused.size()},
                                 {"duplicates", ui.convening.all.duplicates.size()},
                                 {"names", ui.convening.names},
                                 {"group", ui.convening.group},
                                 {"groups", groups},
                                 {"min_group", ui.convening.min_group}}},
                  {"peers", ui.peers ? ladder::Json{{"file", ui.peers->file}, {"teams", ui.peers->peers.teams}} : ladder::Json(nullptr)}});
}

// The interface's strings in the language in use, by stable id (for translators and tests).
EMSCRIPTEN_KEEPALIVE const char* ladder_api_strings() {
    ladder::Json out = ladder::Json::object();
    for (int i = 0; i < static_cast<int>(ladder::ui::S::Count); ++i) {
        const auto id = static_cast<ladder::ui::S>(i);
        out[ladder::ui::string_id(id)] = ladder::ui::tr(id);
    }
    return reply(out);
}

// The characters of `text` that the page's fonts (regular and semibold, as built into the
// atlas) have no glyph for, as code points: a test holds every text of every language to none.
EMSCRIPTEN_KEEPALIVE const char* ladder_api_missing_glyphs(const char* text) {
    const ladder::ui::Fonts& fonts = ladder::ui::theme().fonts;
    ladder::Json missing = ladder::Json::array();
    for (const char* at = text; *at;) {
        unsigned int c = 0;
        at += ImTextCharFromUtf8(&c, at, nullptr);
        if (c < 0x20) continue;
        const auto has = [c](ImFont* font) { return font && font->FindGlyphNoFallback(static_cast<ImWchar>(c)); };
        if (!has(fonts.body) || !has(fonts.body_bold)) missing.push_back(c);
    }
    return reply(missing);
}

// The team exercise open on the Team screen: the merge (the team JSON of docs/FORMATS.md) with
// the agreed targets, the theory of change and what is hidden.
EMSCRIPTEN_KEEPALIVE const char* ladder_api_team() {
    const ladder::Session& s = session();
    ladder::Json out = ladder::team_to_json(*s.model, s.team_plan.merged, s.lang);
    ladder::Json exercise = ladder::team_exercise_to_json(s.team);
    for (const char* key : {"team", "targets", "theory_of_change", "hide_ratings", "revealed"}) out[key] = exercise[key];
    ladder::Json targets = ladder::Json::object();
    for (std::size_t k = 0; k < s.model->categories.size(); ++k) {
        const auto& t = s.team_plan.targets[k];
        targets[s.model->categories[k].id] = t ? ladder::Json(*t) : ladder::Json(nullptr);
    }
    out["targets_in_force"] = std::move(targets);
    out["next_steps"] = ladder::score_to_json(*s.model, s.team_plan.planned, s.lang)["next_steps"];
    out["id"] = ladder::shell::state().ui.team.id;
    return reply(out);
}

EMSCRIPTEN_KEEPALIVE const char* ladder_api_stats() { return reply(ladder::shell::stats()); }

// make bench: the team merge in the page, of `count` made-up respondents of the model in use
// (ladder::sample_respondents): its time, and how much the wasm memory had to grow for it.
EMSCRIPTEN_KEEPALIVE const char* ladder_api_bench_merge(int count) {
    const ladder::Session& s = session();
    const std::vector<ladder::Assessment> people = ladder::sample_respondents(*s.model, count);
    const auto memory = [] { return static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0; };
    const double before = memory();
    const double start = emscripten_get_now();
    const ladder::TeamResult team = ladder::merge_team(*s.model, people, s.lang);
    const double ms = emscripten_get_now() - start;
    return reply({{"respondents", team.respondents.size()}, {"ms", ms}, {"memory_growth_bytes", memory() - before}});
}

// A click on an element of the accessibility mirror (platform_web.cpp): the widget `id`
// reports itself pressed when the next frame draws it, so the screen's own code runs.
EMSCRIPTEN_KEEPALIVE void ladder_activate(const char* id) {
    ladder::ui::activate_next_frame(id);
    ladder::platform::request_frames();
}

// The DOM focus moved to a widget's mirror element (Tab, a screen reader): ImGui follows,
// and with `reveal` shows its focus ring there and scrolls it into view.
EMSCRIPTEN_KEEPALIVE void ladder_focus(const char* id, int reveal) {
    ladder::ui::focus_from_outside(id, reveal != 0);
    ladder::platform::request_frames();
}

// A selection made in a text field's mirror element (start, end in UTF-16 code units).
EMSCRIPTEN_KEEPALIVE void ladder_set_selection(const char* id, int start, int end) {
    ladder::ui::set_selection_next_frame(id, start, end);
    ladder::platform::request_frames();
}

// A swipe on the canvas (platform_web.cpp): scrolls what was under the finger at (x, y) when
// the gesture started (`start`) by dy, all in device pixels, and returns the pixels scrolled
// (0 at the end of every scrollable region: a glide stops there).
EMSCRIPTEN_KEEPALIVE float ladder_scroll_at(float x, float y, float dy, int start) {
    const float scrolled = ladder::ui::scroll_at(ImVec2(x, y), dy, start != 0);
    if (scrolled != 0) ladder::platform::request_frames();
    return scrolled;
}

// A text field's mirror element edited while ImGui was not editing the field: its new text.
EMSCRIPTEN_KEEPALIVE void ladder_set_text(const char* id, const char* text) {
    ladder::ui::set_text_next_frame(id, text);
    ladder::platform::request_frames();
}

// A slider's mirror element (a range input) was moved.
EMSCRIPTEN_KEEPALIVE void ladder_set_value(const char* id, int value) {
    ladder::ui::set_value_next_frame(id, value);
    ladder::platform::request_frames();
}

}
