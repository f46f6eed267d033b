// The web shell's own state, shared by main.cpp (the frame loop) and api.cpp (window.ladder):
// the one app State of the page, and running the effects the app asks for.
#pragma once

#include "app.h"

namespace ladder::shell {

app::State& state();
// Carries out what the app asked for (downloads, the file picker, messages to the partner
// page, focus, ...) and asks for a frame to show the change.
void run(app::Effects effects);
Json stats();  // frames drawn, median CPU time of recent frames

}  // namespace ladder::shell
