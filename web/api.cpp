// The C side of window.ladder (SPEC section 8). Each function goes through the same Session
// functions as the screens, so the API is not a second implementation. Strings returned to
// JavaScript live in one buffer until the next call; ladder_api.js copies them at once.
#include <emscripten/emscripten.h>

#include <string>

#include "app.h"
#include "platform.h"
#include "session.h"

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

EMSCRIPTEN_KEEPALIVE const char* ladder_api_load_assessment(const char* text) {
    const auto loaded = ladder::load_assessment_text(ladder::app_session(), text);
    ladder::platform::request_frames();
    if (loaded) return reply({{"ok", true}, {"error", nullptr}});
    return reply({{"ok", false}, {"error", loaded.error().to_string()}});
}

// level < 0 clears the answer.
EMSCRIPTEN_KEEPALIVE int ladder_api_set_answer(const char* category_id, int level) {
    const bool ok = ladder::set_answer(ladder::app_session(), category_id,
                                       level < 0 ? std::nullopt : std::optional<int>(level));
    ladder::platform::request_frames();
    return ok ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* ladder_api_stats() { return reply(ladder::app_stats()); }

}
