// The app: one Session (assessment state) plus UI state, drawn once per frame.
#pragma once

#include "json_input.h"
#include "session.h"

namespace ladder {

void app_init();
void app_frame();  // builds the ImGui frame: call between ImGui::NewFrame and ImGui::Render

Session& app_session();
Json app_stats();  // frames drawn, last frame's CPU time, ...

}  // namespace ladder
