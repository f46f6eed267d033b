// The C side of window.ladder (SPEC section 8). Each function goes through the same Session
// functions as the screens, so the API is not a second implementation. Strings returned to
// JavaScript live in one buffer until the next call; ladder_api.js copies them at once.
#include <emscripten/emscripten.h>

#include <string>

#include "app.h"
#include "platform.h"
#include "session.h"
#include "theme.h"
#include "widgets.h"

namespace {

std::string g_reply;

const char* reply(const ladder::Json& json) {
    g_reply = json.dump();
    return g_reply.c_str();
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* ladder_api_results() {
    const ladder::Session& s = ladder::app_session();
    return reply(ladder::score_to_json(*s.model, s.result, s.lang));
}

EMSCRIPTEN_KEEPALIVE const char* ladder_api_get_assessment() {
    return reply(ladder::assessment_to_json(ladder::app_session().assessment));
}

// The same path as a file import: on failure the open assessment is untouched.
EMSCRIPTEN_KEEPALIVE const char* ladder_api_load_assessment(const char* text) {
    const auto loaded = ladder::app_import_text("loadAssessment", text);
    ladder::platform::request_frames();
    if (loaded) return reply({{"ok", true}, {"error", nullptr}});
    return reply({{"ok", false}, {"error", loaded.error().to_string()}});
}

// level < 0 clears the answer. Goes through the same intent as a click on a level card.
EMSCRIPTEN_KEEPALIVE int ladder_api_set_answer(const char* category_id, int level) {
    const ladder::Session& s = ladder::app_session();
    if (s.model->category_index(category_id) < 0 || level > 3) return 0;
    ladder::app_apply({ladder::ui::Action::SetLevel, level < 0 ? -1 : level, category_id});
    return 1;
}

EMSCRIPTEN_KEEPALIVE const char* ladder_api_widgets() {
    return reply(ladder::ui::registry_to_json(ladder::ui::theme().dpr));
}

EMSCRIPTEN_KEEPALIVE const char* ladder_api_ui() {
    const ladder::ui::UiState& ui = ladder::app_ui();
    const ladder::Model& m = *ladder::app_session().model;
    return reply({{"screen", ladder::ui::screen_name(ui.screen)},
                  {"category", ui.category < m.categories.size() ? m.categories[ui.category].id : ""},
                  {"error", ui.error ? ui.error->title + ": " + ui.error->text : ""},
                  {"toast", ui.toast},
                  {"saved", ui.saved.size()}});
}

EMSCRIPTEN_KEEPALIVE const char* ladder_api_stats() { return reply(ladder::app_stats()); }

}
