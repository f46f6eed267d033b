// Ladder's widgets, drawn with ImGui, and the widget registry.
// Every interactive widget the screens use comes from here, and each records itself in the
// registry every frame: a stable id, a role, its visible label, its state and its rectangle.
// The browser tests find and click widgets through it (window.ladder.widgets()), and the page
// mirrors it as real DOM elements for assistive technology (registry_serialise(), and the
// mirror in platform_web.cpp); keep it complete and cheap (no allocation beyond the strings
// themselves, cleared each frame). Headings are recorded too: they give the mirror its outline.
#pragma once

#include <optional>
#include <cstdint>
#include <string>
#include <vector>

#include "imgui.h"
#include "json_input.h"

namespace ladder::ui {

enum class Role {
    Button, Link, Tab, Radio, Checkbox, TextField, TextArea, Slider, Image, Heading,
    Text,                // a paragraph or a label drawn on its own
    Cell, ColumnHeader,  // in a table row
    Group, End           // structure: begin_group() and end_group()
};

// Structure around widgets, for the mirror: landmarks, the containers that give radios, tabs
// and cells their meaning, and regions that speak when they appear.
enum class Group { Banner, Navigation, Main, TabList, RadioGroup, Table, Row, List, ListItem, Alert, Region };

// Where a widget lives: in the page's scrolling content, or on a layer above it that does not
// scroll (the top bar, a toast, a popup, the projector's controls).
enum class Layer { Page, Overlay };

struct WidgetRecord {
    std::string id, label;
    // Space-separated words: "checked", "selected", "disabled", "current", "expanded",
    // "collapsed", "hidden", "answered". Text fields and sliders: their value instead.
    std::string state;
    std::string description;       // said after the name (aria-describedby): a level card's text
    Role role;
    Layer layer;
    ImVec2 min, max;               // device pixels
    bool focused;
    int level = 0;                 // headings: 1..6
    Group group = Group::Region;   // Role::Group: which structure
    // Text fields while focused: the selection (start, end) in UTF-16 code units, as the DOM
    // counts. Sliders: the range (min, max).
    int a = 0, b = 0;
    bool editing = false;          // a text field taking text now
};

void registry_begin_frame();
// Widgets recorded from now on are on this layer (Page at the start of each frame).
void set_layer(Layer layer);
const std::vector<WidgetRecord>& registry();
// The registry as JSON with rectangles in CSS pixels, for window.ladder.widgets().
Json registry_to_json(float dpr);
// The registry as one compact string for the accessibility mirror, in drawing (reading) order:
// one record per widget, text, heading or structure, fields id, role, label, state (a group's
// kind for structure), description, layer, then for all but structure x, y, w, h (CSS px),
// heading level, a, b, and focus (0, 1 focused, 2 a text field being edited), separated by
// \x1f, records ended by \x1e (web/platform/mirror.js reads it). The mirror is updated only
// when this string changes, so equal strings must mean an equal page.
std::string registry_serialise(float dpr);
// A 64-bit hash of everything registry_serialise() writes, worked out from the records without
// building the text: a frame that changes nothing the mirror shows costs a pass over them.
std::uint64_t registry_hash(float dpr);

// Structure: records between begin_group() and end_group() are inside the group (nested
// groups are fine). `label` names it (a navigation, a radio group's question, a table).
void begin_group(Group group, const char* id, const std::string& label = "");
void end_group();
// The next widget recorded gets this description (aria-describedby in the mirror).
void describe_next(const std::string& description);

// Activation from outside the canvas (a click on a mirror element: a screen reader's default
// action, Enter or Space on a focused element). The widget with this id, when it is drawn in
// the next frame, reports itself as pressed, exactly as if it had been clicked on the canvas.
void activate_next_frame(const std::string& id);
// A slider moved from outside the canvas (the mirror's range input): the value it takes in
// the next frame.
void set_value_next_frame(const std::string& id, int value);
// A text field's new text, from its mirror element edited while ImGui was not editing it (a
// script's or assistive technology's fill, typing before the field took the focus).
void set_text_next_frame(const std::string& id, const std::string& text);
// A selection made in a text field's mirror element, for the field being edited.
void set_selection_next_frame(const std::string& id, int start, int end);

// Keyboard focus from outside the canvas (Tab or a screen reader moved the DOM focus to the
// widget's mirror element): ImGui's navigation focus moves there and, with `reveal`, its ring
// shows and the content scrolls so the widget is in view. A text field also starts taking text.
// Where the user last acted (a widget pressed, clicked or activated from the mirror), in
// screen pixels; false before any action. An embed shows its toast next to it.
bool last_action_rect(ImVec2& min, ImVec2& max);

void focus_from_outside(const std::string& id, bool reveal);

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
// `state`: more state words for the mirror ("expanded", "collapsed", "current").
// `height` > 0 fixes the height (a button in the top bar stays inside it at any text size).
bool button(const char* id, const std::string& label, ButtonKind kind = ButtonKind::Secondary, bool enabled = true,
            float width = 0, const char* state = "", float height = 0);
// The width button() gives `label` on one line (for laying out a row of buttons).
float button_width(const std::string& label, ButtonKind kind = ButtonKind::Secondary);
// A top navigation tab.
bool nav_tab(const char* id, const std::string& label, bool selected);
// One of the four level cards on the assessment screen (a radio in an accessible sense).
bool level_card(const char* id, int level, const std::string& heading, const std::string& text, bool selected,
                float width);
// A small square choice in a row of choices (a target level); `label` is what is drawn,
// `name` what a screen reader says.
bool chip(const char* id, const std::string& label, const std::string& name, bool selected);
bool checkbox(const char* id, const std::string& label, bool checked);  // true when toggled
// The side of a radio's circle or a checkbox's box (the same with a finger, whose target is the
// whole row, at least 44 px tall).
float choice_mark();
bool radio(const char* id, const std::string& label, bool selected);
// Text entry (single line, or multi-line when height > 0), showing `value`. Returns the new
// text when the user edited it this frame; the screen turns it into an intent, so the
// document changes only through the app.
std::optional<std::string> text_field(const char* id, const std::string& label, const std::string& value,
                                      float height = 0);
// A slider; `value` is what it shows (the caller keeps it while the slider is dragged).
// Returns true when a value is set: the slider released after a change, or a value from the
// mirror (set_value_next_frame).
bool slider_int(const char* id, const std::string& label, int* value, int min, int max, const char* format);

// Text drawn straight onto the canvas (with the draw list) at this rectangle, for the mirror.
void drawn_text(const std::string& text, ImVec2 min, ImVec2 max);
// A table's cell or column header drawn with the draw list (a heatmap's), at this rectangle.
void record_rect(const std::string& id, Role role, const std::string& label, ImVec2 min, ImVec2 max);
// The last ImGui item is a picture (a chart, the ladder's rungs): `alt` says what it shows.
void image(const char* id, const std::string& alt);

// Non-interactive text helpers.
// A heading is recorded in the registry (role heading) with its level: 1, 2 or 3 when drawn in
// the h1, h2 or h3 font, or `level` when given (0: text in a heading's style that is not one).
void heading(ImFont* font, const std::string& text, ImU32 color = 0, int level = -1);
// Wrapped text; recorded for the mirror as a paragraph (unless empty).
void paragraph(const std::string& text, ImU32 color = 0, ImFont* font = nullptr);
// Text on one line at the cursor (no wrapping), recorded like a paragraph; for labels beside
// a widget and table cells drawn without wrapping.
void text(const std::string& text, ImU32 color = 0, ImFont* font = nullptr);

// Tables, in the mirror as a table with a header row and rows of cells. `caption` names it.
// Between begin_table() (true: draw it) and end_table(): table_column() for each column,
// table_headers() once (in bold), then table_row() before each row and table_cell() for each cell.
// A table in a window scrolled out of view is not drawn, but still recorded, whole.
bool begin_table(const char* id, const std::string& caption, int columns, ImGuiTableFlags flags);
void table_column(const char* name, float weight);  // a stretching column
void table_headers();
void table_row(float min_height = 0);
// One cell's text, wrapped; `muted` for an empty value ("-").
void table_cell(const std::string& text, bool muted = false);
void end_table();
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

// A block of a screen that costs more to lay out than to skip (a team's category: a dot plot
// of every member, their notes) and shows the same thing frame after frame. While it is far
// out of view it is stood in for: the space it took and its records, as when it was last
// drawn, moved to where it is now, so the mirror still has all of it and the screen skips it.
// It is drawn again when it comes near the view, when `key` changes (anything it shows: the
// caller mixes in what it depends on), and whenever focus, an activation, a value or ImGui's
// keyboard navigation from outside reaches one of its widgets.
struct CachedBlock {
    std::uint64_t key = 0, drawn_key = 0;  // what it shows now; when it was last drawn
    bool kept = false;  // the records and size below are settled, from a drawing with this key
    ImVec2 origin, size;  // where it was drawn, and its size
    std::vector<WidgetRecord> records;
    std::size_t first = 0;  // while it is drawn: its first record
};
// True: draw the block now, then call cached_block_end(). False: it was stood in for (its
// space and records are in place) and must not be drawn.
bool cached_block_begin(CachedBlock& block, std::uint64_t key);
void cached_block_end(CachedBlock& block);
// How many blocks were stood in for in the frame drawn last (window.ladder.stats()).
int cached_blocks_stood_in();
// Mixes a value into a block's key (FNV-1a over the value's bytes).
std::uint64_t key_mix(std::uint64_t key, const void* bytes, std::size_t size);
template <class T>
std::uint64_t key_mix(std::uint64_t key, const T& value) { return key_mix(key, &value, sizeof value); }
std::uint64_t key_mix(std::uint64_t key, const std::string& text);

// ImGui lays out auto-sized windows over a few frames; a number that changes whenever any
// window moves or changes size, so the frame loop can draw until the layout is still.
float layout_signature();
// True when ImGui showed its fallback "Debug" window this frame: something was drawn outside
// every window (a bug; window.ladder.stats() reports it and the browser tests check it).
bool stray_window_shown();
// ImGui still holds input events for the next frames (a key and its character, a click's
// press and release are handed over one per frame).
bool input_pending();
// A finger's swipe: scrolls by `dy` device pixels (positive: the content moves up) the window
// that was under `point` (device pixels, as drawn last frame) when the gesture started (`start`),
// and when that window reaches its end, the windows around it, innermost first. Returns the
// pixels scrolled (0: every region is at its end this way).
float scroll_at(ImVec2 point, float dy, bool start);
}  // namespace ladder::ui
