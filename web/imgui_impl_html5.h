// Dear ImGui platform backend for the browser, over browser.h (in the style of ImGui's own
// backends: prefixed free functions with an explicit lifecycle).
// Supports: mouse, touch and pen through pointer events; wheel; keyboard with modifiers;
// text, IME and paste through the focused text field's mirror element; clipboard writes;
// mouse cursors; HiDPI.
// The display is in device pixels with DisplayFramebufferScale = 1, so text stays crisp on HiDPI screens:
// callers build fonts and style at size x ImGui_ImplHtml5_Scale().
#pragma once

bool ImGui_ImplHtml5_Init();
void ImGui_ImplHtml5_Shutdown();
// Sizes the canvas backing store and ImGui's display; returns true when the device pixel
// ratio changed since the last call (fonts and style must then be rebuilt).
bool ImGui_ImplHtml5_NewFrame();
float ImGui_ImplHtml5_Scale();

// For platform_web.cpp: the KeyboardEvent.key names the backend understands, comma-separated,
// numbered from 1 in this order; 1000 + an ASCII code stands for a letter or digit key.
const char* imgui_html5_key_names();
