// The app layer: every change to the app's State goes through these functions, for the
// screens, the browser's events and the JavaScript API alike. No ImGui here and no browser:
// storage, the clock and ids come through the platform interface, and everything else the
// world must do comes back as Effects. Built natively too, so it is unit-tested in
// milliseconds (tests/app).
#pragma once

#include <string>
#include <string_view>

#include "effects.h"
#include "intents.h"
#include "json_input.h"
#include "result.h"
#include "state.h"

namespace ladder::app {

// Reads what the last visit left (a custom model, the open assessment and team exercise, the
// screen, the settings); anything unreadable is reported and left untouched in storage.
Effects init(State& state, const PageInfo& page);

// Carries out one intent, then saves what changed.
Effects apply(State& state, const Intent& intent);
Effects apply(State& state, const Intents& intents);

// A file picked or dropped (one call per file; too_big when it was over the size limit and
// not read). Routed by its format and the screen: a member's answers on the Team screen, a
// team exercise anywhere, a model, or an assessment to open.
Effects on_file(State& state, const std::string& name, const std::string& text, bool too_big);
void on_drag(State& state, bool over);
// More files were dropped or picked at once than are read (`read` of `given`): said where the
// files' results are said (the team's list of problems, or the banner).
void on_files_left(State& state, int given, int read);

// Opens an assessment from text, as an import does (window.ladder.loadAssessment): on success
// it is the open assessment, saved under a new id; on failure nothing changes.
Result<bool> import_text(State& state, const std::string& name, std::string_view text, Effects& effects);

// The embed protocol: a message from the partner page, and the content's height after a frame.
Effects on_parent_message(State& state, const std::string& text);
Effects on_content_height(State& state, float css_pixels);
// A message (the error banner or a toast) is on screen at `top` (CSS px from the top of the
// frame's content) with `height`: in an embed, the partner is asked once per message to bring
// that place into view, since a frame sized to its content may be taller than the page's window.
Effects on_message_shown(State& state, const std::string& key, float top_css, float height_css);
// Another tab of this browser wrote, removed or cleared (key empty) a stored entry. If it is
// the open assessment or team exercise and differs from this tab's, a TabConflict asks the user
// which to keep, and this tab writes neither until then; the lists of saved work follow.
Effects on_storage_changed(State& state, const std::string& key);
// The answer to effect::FetchModel.
Effects on_model_fetched(State& state, bool ok, const std::string& text, const std::string& error);

// Sharing an assessment as a link (share.cpp). The answer to effect::MakeShareLink: the link,
// or why none could be made; a link longer than kShareLinkMax is not offered (the file is).
// The answer to effect::ReadShared: the shared assessment's text, offered to open, or why the
// link cannot be read.
Effects on_share_link(State& state, bool ok, const std::string& link, const std::string& error);
Effects on_shared_read(State& state, bool ok, const std::string& text, const std::string& error);

// Takes down a toast whose time has come.
void tick(State& state, double now_seconds);

// What a partner receives when the user shares: stages and completeness, never notes.
Json share_summary(const State& state);

}  // namespace ladder::app
