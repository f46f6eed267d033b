// Ladder's widgets, drawn with ImGui, and the widget registry.
// Every interactive widget the screens use comes from here, and each records itself in the
// registry every frame: a stable id, a role, its visible label, its state and its rectangle.
// The browser tests find and click widgets through it (window.ladder.widgets()), and the page
// mirrors it as real DOM elements for assistive technology (registry_serialise(), and the
// mirror in platform_web.cpp); keep it complete and cheap (no allocation beyond the strings
// themselves, cleared each frame). Headings are recorded too: they give the mirror its outline.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "imgui.h"
#include "json_input.h"

namespace ladder::ui {

enum class Role { Button, Link, Tab, Radio, Checkbox, TextField, TextArea, Slider, Image, Heading };

// Where a widget lives: in the page's scrolling content, or on a layer above it that does not
// scroll (the top bar, a toast, a popup, the projector's controls).
enum class Layer { Page, Overlay };

struct WidgetRecord {
    std::string id, label, state;  // state: "checked", "selected", "disabled", a value, ...
    Role role;
    Layer layer;
    ImVec2 min, max;               // device pixels
    bool focused;
    int level = 0;                 // headings: 1..3
};

void registry_begin_frame();
// Widgets recorded from now on are on this layer (Page at the start of each frame).
void set_layer(Layer layer);
const std::vector<WidgetRecord>& registry();
// The registry as JSON with rectangles in CSS pixels, for window.ladder.widgets().
Json registry_to_json(float dpr);
// The registry as one compact string for the accessibility mirror, in drawing (reading) order:
// one record per widget, fields id, role, label, state, layer, x, y, w, h (CSS px), heading
// level, focused, separated by \x1f, records ended by \x1e. The mirror is updated only when
// this string changes, so equal strings must mean an equal page.
std::string registry_serialise(float dpr);

// Activation from outside the canvas (a click on a mirror element: a screen reader's default
// action, Enter or Space on a focused element). The widget with this id, when it is drawn in
// the next frame, reports itself as pressed, exactly as if it had been clicked on the canvas.
void activate_next_frame(const std::string& id);

// For widgets a screen draws itself: record the last ImGui item, and draw the keyboard focus
// ring around it when it has focus. Returns true when the item was activated from outside the
// canvas this frame (activate_next_frame): the caller treats that as a press.
bool record_item(const char* id, Role role, const std::string& label, std::string state);
// Gives keyboard focus to the widget `id` when it is next drawn, or with an empty id to the
// next interactive widget drawn (the first one of a new screen).
void focus_next_widget(const std::string& id = "");
void focus_ring(float rounding);

enum class ButtonKind { Primary, Secondary, Quiet, Danger };

// A button with a visible label; `id` is stable across languages (the registry id).
bool button(const char* id, const std::string& label, ButtonKind kind = ButtonKind::Secondary, bool enabled = true,
            float width = 0);
// A top navigation tab.
bool nav_tab(const char* id, const std::string& label, bool selected);
// One of the four level cards on the assessment screen (a radio in an accessible sense).
bool level_card(const char* id, int level, const std::string& heading, const std::string& text, bool selected,
                float width);
// A small square choice in a row of choices (a target level); `label` is what is drawn,
// `name` what a screen reader says.
bool chip(const char* id, const std::string& label, const std::string& name, bool selected);
bool checkbox(const char* id, const std::string& label, bool checked);  // true when toggled
bool radio(const char* id, const std::string& label, bool selected);
// Text entry (single line, or multi-line when height > 0), showing `value`. Returns the new
// text when the user edited it this frame; the screen turns it into an intent, so the
// document changes only through the app.
std::optional<std::string> text_field(const char* id, const std::string& label, const std::string& value,
                                      float height = 0);
bool slider_int(const char* id, const std::string& label, int* value, int min, int max, const char* format);

// Non-interactive text helpers.
// A heading is recorded in the registry (role heading) with its level: 1, 2 or 3 when drawn in
// the h1, h2 or h3 font, or `level` when given (0: text in a heading's style that is not one).
void heading(ImFont* font, const std::string& text, ImU32 color = 0, int level = -1);
void paragraph(const std::string& text, ImU32 color = 0, ImFont* font = nullptr);
void vspace(float css_px);
// A thin progress bar; fraction 0..1.
void progress_bar(float fraction, float width, float height, ImU32 fill);
// A rounded, tinted panel that grows with the content drawn before end_panel() (messages,
// next steps, pitfalls). Padding and rounding are in CSS pixels.
void begin_panel(const char* id, ImU32 fill, ImVec2 padding_css, bool border = false, float rounding_css = 10);
void end_panel();
// A white card with a border, the usual container for a block of content.
void begin_card(const char* id, float padding_css = 20);
void end_card();

// ImGui lays out auto-sized windows over a few frames; a number that changes whenever any
// window moves or changes size, so the frame loop can draw until the layout is still.
float layout_signature();
// ImGui still holds input events for the next frames (a key and its character, a click's
// press and release are handed over one per frame).
bool input_pending();
}  // namespace ladder::ui
