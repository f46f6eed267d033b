// The app: one Session (assessment state) plus UI state, drawn once per frame.
#pragma once

#include "json_input.h"
#include "session.h"

namespace ladder {

void app_init();
void app_frame();  // builds the ImGui frame: call between ImGui::NewFrame and ImGui::Render

Session& app_session();
Json app_stats();  // frames drawn, median CPU time of recent frames
void app_note_frame(double cpu_ms);  // ImGui's CPU time for one frame: NewFrame to Render

}  // namespace ladder
