// The app: one Session (the assessment, core types) and the UI state, drawn once per frame.
// Screens turn clicks into Intents; apply() is the single place where state changes, for the
// UI and the JavaScript API alike. Changes are saved to browser storage as they happen.
#pragma once

#include <string>
#include <string_view>

#include "json_input.h"
#include "result.h"
#include "screens.h"
#include "session.h"

namespace ladder {

void app_init();
void app_frame();  // builds the ImGui frame: call between ImGui::NewFrame and ImGui::Render

Session& app_session();
const ui::UiState& app_ui();
void app_apply(const ui::Intent& intent);

// Opens an assessment from file text, as an import does: on success it becomes the open
// assessment (saved under a new id); on failure nothing changes and the error says why.
Result<bool> app_import_text(const std::string& name, std::string_view text);

Json app_stats();                    // frames drawn, median CPU time of recent frames
void app_note_frame(double cpu_ms);  // ImGui's CPU time for one frame: NewFrame to Render

}  // namespace ladder
