#include "widgets.h"

// The one file that uses ImGui's internals: focus and navigation state for our focus ring,
// and window geometry for layout_signature().
#include "imgui_internal.h"
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <string_view>
#include <utility>

#include "imgui_stdlib.h"
#include "theme.h"

namespace ladder::ui {
namespace {

std::vector<WidgetRecord> g_registry;
Layer g_layer = Layer::Page;
bool g_focus_next = false;
std::string g_focus_id;  // empty: the first widget drawn
bool g_focus_outside = false;  // the focus came from the DOM: show the ring, scroll to it
bool g_focus_hold = false;     // input is still queued for the widget that has the focus
std::string g_description;     // for the next record (describe_next)
// Slider values and field texts from the mirror, like activation: asked for, then in force for
// one frame. One per widget: a script filling two fields between frames sets both.
std::map<std::string, int> g_value_next, g_value;
std::map<std::string, std::string> g_text_next, g_text;
struct Selection {
    std::string id;
    int start = 0, end = 0;
} g_selection;
// Activation from the mirror: asked for between frames (g_activate_next), in force for the one
// frame after it (g_activate), so a widget that is not drawn then is never pressed later.
std::string g_activate_next, g_activate;
bool g_acted = false;
int g_stood_in = 0;  // cached blocks stood in for in this frame (or the last, between frames)
ImVec2 g_action_min, g_action_max;  // the last widget acted on (last_action_rect)

const char* role_name(Role role) {
    switch (role) {
        case Role::Button: return "button";
        case Role::Link: return "link";
        case Role::Tab: return "tab";
        case Role::Radio: return "radio";
        case Role::Checkbox: return "checkbox";
        case Role::TextField: return "textbox";
        case Role::TextArea: return "textarea";
        case Role::Slider: return "slider";
        case Role::Image: return "img";
        case Role::Heading: return "heading";
        case Role::Text: return "text";
        case Role::Cell: return "cell";
        case Role::ColumnHeader: return "columnheader";
        case Role::Group: return "group";
        case Role::End: return "end";
    }
    return "button";
}

int wrap_long_lines(ImGuiInputTextCallbackData* data) {
    const float width = *static_cast<const float*>(data->UserData);
    if (width <= 0) return 0;
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    char* const end = data->Buf + data->BufTextLen;
    char* line = data->Buf;
    while (line < end) {
        char* line_end = line;
        while (line_end < end && *line_end != '\n') ++line_end;
        if (font->CalcTextSizeA(font->FontSize * scale, FLT_MAX, 0, line, line_end).x > width) {
            char* at = const_cast<char*>(font->CalcWordWrapPositionA(scale, line, line_end, width));
            // Break at the space where ImGui would wrap; a single word wider than the field stays.
            while (at > line && at < line_end && *at != ' ' && at[-1] == ' ') --at;
            if (at > line && at < line_end && *at == ' ') {
                *at = '\n';
                data->BufDirty = true;
                line = at + 1;
                continue;
            }
        }
        line = line_end + 1;
    }
    return 0;
}

const char* group_name(Group group) {
    switch (group) {
        case Group::Banner: return "banner";
        case Group::Navigation: return "navigation";
        case Group::Main: return "main";
        case Group::TabList: return "tablist";
        case Group::RadioGroup: return "radiogroup";
        case Group::Table: return "table";
        case Group::Row: return "row";
        case Group::List: return "list";
        case Group::ListItem: return "listitem";
        case Group::Alert: return "alert";
        case Group::Region: return "region";
    }
    return "region";
}

bool record(const char* id, Role role, const std::string& label, std::string state) {
    return record_item(id, role, label, std::move(state));
}

// A record that is not a widget (text, structure): no focus, no activation, no description.
void record_plain(std::string id, Role role, std::string label, ImVec2 min = {}, ImVec2 max = {}) {
    // Read, not GetCurrentWindow(): that marks the window as written to, and a group's end is
    // recorded outside every window, where a write would show ImGui's fallback "Debug" window.
    const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
    if (window->SkipItems && role != Role::Group && role != Role::End) {
        min = window->Pos;  // not drawn this frame: its window's place (see record_item)
        max = window->Pos + window->Size;
    }
    WidgetRecord r{std::move(id), std::move(label), "", "", role, g_layer, min, max, false};
    g_registry.push_back(std::move(r));
}

// A stable id for a record that has none of its own: from ImGui's id stack and the text.
std::string derived_id(const char* prefix, const std::string& text) {
    char id[32];
    std::snprintf(id, sizeof id, "%s-%08x", prefix, ImGui::GetID(text.c_str()));
    return id;
}

// The table being drawn: its id, whether a row is open, and the number of rows so far.
struct TableInProgress {
    std::string id;
    bool row_open = false;
    bool recorded_only = false;  // its window skips items: recorded, not drawn
    int rows = 0;
    int column = 0;
    std::vector<std::string> columns;
} g_table;

// True once for the widget `id` in the frame after activate_next_frame(id).
bool take_activation(const char* id) {
    if (g_activate.empty() || g_activate != id) return false;
    g_activate.clear();
    return true;
}

// The mirror's fields may hold any text but its two separators.
void append_field(std::string& out, std::string_view text) {
    for (const char ch : text) out += ch == '\x1e' || ch == '\x1f' ? ' ' : ch;
    out += '\x1f';
}

}  // namespace

void focus_next_widget(const std::string& id) {
    g_focus_next = true;
    g_focus_id = id;
}

bool record_item(const char* id, Role role, const std::string& label, std::string state) {
    const bool focusable = role != Role::Image && role != Role::Text && role != Role::Heading;
    ImGuiWindow* window = ImGui::GetCurrentContext()->CurrentWindow;
    // A child window scrolled out of view (or being laid out) skips its items: this widget was
    // not submitted, and ImGui's "last item" is another one. Its place is its window's, and
    // focus from outside first scrolls that window into view, then lands in a frame that
    // draws the widget.
    const bool submitted = !window->SkipItems;
    if (!submitted && g_focus_next && g_focus_outside && g_focus_id == id) {
        ImGui::ScrollToRect(window, window->Rect(), ImGuiScrollFlags_KeepVisibleEdgeY);
    }
    if (g_focus_next && !g_focus_hold && focusable && submitted && (g_focus_id.empty() || g_focus_id == id)) {
        // Keyboard focus moves to the first widget of a new screen, so Tab continues from
        // there (ImGui would otherwise keep pointing at a widget that no longer exists).
        g_focus_next = false;
        ImGuiContext& g = *ImGui::GetCurrentContext();
        ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow()->RootWindowForNav);
        if (g_focus_outside) {
            // Focus from the DOM (Tab, a screen reader): shown as keyboard focus, and in view.
            g_focus_outside = false;
            g.NavDisableHighlight = false;
            g.NavDisableMouseHover = true;
            ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
        }
    }
    WidgetRecord r{id, label, std::move(state), std::move(g_description), role, g_layer,
                   submitted ? ImGui::GetItemRectMin() : window->Pos, submitted ? ImGui::GetItemRectMax() : window->Pos + window->Size,
                   submitted && ImGui::IsItemFocused()};
    g_description.clear();
    const bool activated = take_activation(id);
    if (submitted && (activated || ImGui::IsItemActive() || ImGui::IsItemDeactivated())) {
        g_acted = true;
        g_action_min = r.min;
        g_action_max = r.max;
    }
    g_registry.push_back(std::move(r));
    return activated;
}

bool last_action_rect(ImVec2& min, ImVec2& max) {
    min = g_action_min;
    max = g_action_max;
    return g_acted;
}

void activate_next_frame(const std::string& id) { g_activate_next = id; }
void set_value_next_frame(const std::string& id, int value) { g_value_next[id] = value; }
void set_text_next_frame(const std::string& id, const std::string& text) { g_text_next[id] = text; }
void set_selection_next_frame(const std::string& id, int start, int end) { g_selection = {id, start, end}; }

void focus_from_outside(const std::string& id, bool reveal) {
    focus_next_widget(id);
    g_focus_outside = reveal;
}

void describe_next(const std::string& description) { g_description = description; }

void drawn_text(const std::string& text, ImVec2 min, ImVec2 max) {
    if (!text.empty()) record_plain(derived_id("text", text), Role::Text, text, min, max);
}

void record_rect(const std::string& id, Role role, const std::string& label, ImVec2 min, ImVec2 max) {
    record_plain(id, role, label, min, max);
}

void image(const char* id, const std::string& alt) { record_item(id, Role::Image, alt, ""); }

void begin_group(Group group, const char* id, const std::string& label) {
    WidgetRecord r{id, label, "", "", Role::Group, g_layer, {}, {}, false};
    r.group = group;
    g_registry.push_back(std::move(r));
}

void end_group() { record_plain("", Role::End, ""); }

// Keyboard focus is visible: a ring in the theme's focus colour around the focused item,
// drawn only while the user navigates with the keyboard (ImGui hides it after mouse use).
void focus_ring(float rounding) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!ImGui::IsItemFocused() || g.NavDisableHighlight) return;
    const Theme& t = theme();
    const float pad = t.px(3);
    ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin() - ImVec2(pad, pad),
                                        ImGui::GetItemRectMax() + ImVec2(pad, pad), t.colors.focus, rounding + pad, 0,
                                        t.px(3));
}

void registry_begin_frame() {
    g_registry.clear();
    g_stood_in = 0;
    g_layer = Layer::Page;
    g_description.clear();
    g_activate = std::move(g_activate_next);
    g_activate_next.clear();
    g_value = std::move(g_value_next);
    g_value_next.clear();
    g_text = std::move(g_text_next);
    g_text_next.clear();
    // Focus moves once ImGui has taken all the input that came before it: text typed into a
    // field just before Tab still goes to that field.
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g_focus_hold = !g.InputEventsQueue.empty();
    // Focus moving elsewhere from the DOM ends text editing in a field (ImGui would keep the
    // field taking keys while its navigation focus is on another widget).
    if (g_focus_outside && !g_focus_hold && g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID) ImGui::ClearActiveID();
}
void set_layer(Layer layer) { g_layer = layer; }
const std::vector<WidgetRecord>& registry() { return g_registry; }

Json registry_to_json(float dpr) {
    Json out = Json::array();
    const auto css = [dpr](float v) { return std::round(v / dpr * 10.0f) / 10.0f; };
    for (const auto& w : g_registry) {
        // Widgets and headings; text and structure are for the mirror only.
        if (w.role == Role::Text || w.role == Role::Cell || w.role == Role::ColumnHeader || w.role == Role::Group ||
            w.role == Role::End) {
            continue;
        }
        Json entry = Json::object();
        entry["id"] = w.id;
        entry["role"] = role_name(w.role);
        entry["label"] = w.label;
        entry["state"] = w.state;
        if (!w.description.empty()) entry["description"] = w.description;
        entry["focused"] = w.focused;
        entry["layer"] = w.layer == Layer::Page ? "page" : "overlay";
        entry["rect"] = {{"x", css(w.min.x)}, {"y", css(w.min.y)}, {"w", css(w.max.x - w.min.x)}, {"h", css(w.max.y - w.min.y)}};
        if (w.role == Role::Heading) entry["level"] = w.level;
        out.push_back(std::move(entry));
    }
    return out;
}

namespace {

// Every field of a record, in the order the mirror reads them (registry_serialise()): texts as
// text, places and numbers as whole numbers, and the focus as one character that ends a
// widget's record. The text and its hash are both made from here, so they cannot disagree.
template <class Field>
void record_fields(const WidgetRecord& w, float dpr, Field&& field) {
    // Whole CSS pixels: sub-pixel layout jitter does not reach the DOM.
    const auto css = [dpr](float v) { return static_cast<long>(std::lround(v / dpr)); };
    using Text = std::string_view;
    field(Text(w.id));
    field(Text(role_name(w.role)));
    field(Text(w.label));
    field(w.role == Role::Group ? Text(group_name(w.group)) : Text(w.state));
    field(Text(w.description));
    field(Text(w.layer == Layer::Page ? "page" : "overlay"));
    if (w.role == Role::Group || w.role == Role::End) return;  // structure has no place of its own
    for (const float v : {w.min.x, w.min.y, w.max.x - w.min.x, w.max.y - w.min.y}) field(css(v));
    for (const int v : {w.level, w.a, w.b}) field(static_cast<long>(v));
    field(w.editing ? '2' : w.focused ? '1' : '0');
}

}  // namespace

std::string registry_serialise(float dpr) {
    std::string out;
    out.reserve(g_registry.size() * 64);
    struct Append {
        std::string& out;
        void operator()(std::string_view text) const { append_field(out, text); }
        void operator()(long number) const { append_field(out, std::to_string(number)); }
        void operator()(char focus) const { out += focus; }
    };
    for (const auto& w : g_registry) {
        record_fields(w, dpr, Append{out});
        out += '\x1e';
    }
    return out;
}

std::uint64_t registry_hash(float dpr) {
    std::uint64_t hash = 14695981039346656037ull;  // FNV-1a, 64 bits
    struct Mix {
        std::uint64_t& hash;
        void bytes(const void* data, std::size_t size) const { hash = key_mix(hash, data, size); }
        void operator()(std::string_view text) const {
            bytes(text.data(), text.size());
            bytes("\x1f", 1);  // where it ends
        }
        void operator()(long number) const { bytes(&number, sizeof number); }
        void operator()(char focus) const { bytes(&focus, 1); }
    };
    for (const auto& w : g_registry) {
        record_fields(w, dpr, Mix{hash});
        Mix{hash}('\x1e');
    }
    return hash;
}

float button_width(const std::string& label, ButtonKind kind) {
    const Theme& t = theme();
    ImGui::PushFont(t.fonts.body_bold);
    const float text = ImGui::CalcTextSize(label.c_str()).x;
    ImGui::PopFont();
    return std::max(text + t.em(kind == ButtonKind::Quiet ? 6 : 18) * 2, t.min_target());
}

bool button(const char* id, const std::string& label, ButtonKind kind, bool enabled, float width, const char* state, float height) {
    const Theme& t = theme();
    const Palette& p = t.colors;
    ImFont* font = t.fonts.body_bold;
    ImGui::PushFont(font);
    const ImVec2 padding(t.em(kind == ButtonKind::Quiet ? 6 : 18), t.em(11));
    // A label too long for the column (large text on a narrow screen) wraps onto more lines
    // rather than running off the edge.
    const float room = (width > 0 ? width : ImGui::GetContentRegionAvail().x) - padding.x * 2;
    ImVec2 text = ImGui::CalcTextSize(label.c_str());
    float wrap = 0;
    if (text.x > room && room > t.em(60)) {
        wrap = room;
        text = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    }
    const ImVec2 size(width > 0 ? width : std::max(text.x + padding.x * 2, t.min_target()),
                      height > 0 ? height : std::max(text.y + padding.y * 2, t.px(44)));
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::InvisibleButton(id, size);
    ImGui::EndDisabled();
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = t.px(8);
    ImU32 fill = 0, border = 0, color = p.text;
    switch (kind) {
        case ButtonKind::Primary:
            fill = hovered || held ? p.accent_hover : p.accent;
            color = p.accent_text;
            break;
        case ButtonKind::Secondary:
            fill = hovered || held ? p.accent_soft : p.surface;
            border = p.control;
            color = p.accent;
            break;
        case ButtonKind::Quiet:
            fill = hovered || held ? p.accent_soft : 0;
            color = p.accent;
            break;
        case ButtonKind::Danger:
            fill = hovered || held ? p.danger : p.surface;
            border = p.danger;
            color = hovered || held ? p.accent_text : p.danger;
            break;
    }
    if (!enabled) {
        fill = kind == ButtonKind::Primary ? p.border : fill;
        color = p.text_muted;
    }
    if (fill) draw->AddRectFilled(min, max, fill, rounding);
    if (border) draw->AddRect(min, max, border, rounding, 0, t.px(1));
    draw->AddText(font, font->FontSize, ImVec2(min.x + (size.x - text.x) * 0.5f, min.y + (size.y - text.y) * 0.5f),
                  color, label.c_str(), nullptr, wrap);
    ImGui::PopFont();
    if (hovered && enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    focus_ring(rounding);
    std::string words = enabled ? state : std::string("disabled ") + state;
    if (!words.empty() && words.back() == ' ') words.pop_back();
    const bool activated = record(id, kind == ButtonKind::Quiet ? Role::Link : Role::Button, label, std::move(words));
    // A button that became disabled while it had the keyboard focus (Add, then Added) keeps
    // it, as a disabled element of a web page does: its mirror element stays focusable and says
    // it is unavailable, and Tab (the browser's) moves on from it.
    return (pressed || activated) && enabled;
}

bool nav_tab(const char* id, const std::string& label, bool selected) {
    const Theme& t = theme();
    const Palette& p = t.colors;
    ImFont* font = selected ? t.fonts.body_bold : t.fonts.body;
    ImGui::PushFont(font);
    const ImVec2 text = ImGui::CalcTextSize(label.c_str());
    const ImVec2 size(text.x + t.em(20), t.px(56));
    const bool pressed = ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (hovered) draw->AddRectFilled(min + ImVec2(0, t.px(8)), max - ImVec2(0, t.px(8)), p.accent_soft, t.px(6));
    draw->AddText(font, font->FontSize, ImVec2(min.x + (size.x - text.x) * 0.5f, min.y + (size.y - text.y) * 0.5f),
                  selected ? p.text : p.text_muted, label.c_str());
    if (selected) draw->AddRectFilled(ImVec2(min.x + t.px(6), max.y - t.px(3)), ImVec2(max.x - t.px(6), max.y), p.accent);
    ImGui::PopFont();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    focus_ring(t.px(6));
    return record(id, Role::Tab, label, selected ? "selected" : "") || pressed;
}

bool level_card(const char* id, int level, const std::string& heading_text, const std::string& text, bool selected,
                float width) {
    const Theme& t = theme();
    const Palette& p = t.colors;
    const float pad = t.em(16);
    const float bar = t.px(6);
    const float text_width = width - pad * 2 - bar;
    ImFont* head_font = t.fonts.body_bold;
    ImFont* body_font = t.fonts.body;
    const ImVec2 head = head_font->CalcTextSizeA(head_font->FontSize, FLT_MAX, text_width, heading_text.c_str());
    const ImVec2 body = body_font->CalcTextSizeA(body_font->FontSize, FLT_MAX, text_width, text.c_str());
    const float height = pad * 2 + head.y + t.em(6) + body.y;
    const bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = t.px(10);
    // The stage colour shows as a strip down the left edge: the whole card in that colour,
    // the surface drawn over all but the strip, then the border.
    draw->AddRectFilled(min, max, p.stage[level], rounding);
    draw->AddRectFilled(ImVec2(min.x + bar, min.y), max, selected ? p.accent_soft : p.surface, rounding,
                        ImDrawFlags_RoundCornersRight);
    draw->AddRect(min, max, selected ? p.accent : hovered ? p.text_muted : p.control, rounding, 0,
                  t.px(selected ? 2.0f : 1.0f));
    const float x = min.x + bar + pad;
    draw->AddText(head_font, head_font->FontSize, ImVec2(x, min.y + pad), selected ? p.accent : p.text,
                  heading_text.c_str(), nullptr, text_width);
    draw->AddText(body_font, body_font->FontSize, ImVec2(x, min.y + pad + head.y + t.em(6)), p.text, text.c_str(),
                  nullptr, text_width);
    if (selected) {
        // A check mark in a filled circle, top right: selection is not shown by colour alone.
        const float r = t.em(10);
        const ImVec2 c(max.x - pad - r, min.y + pad + r * 0.8f);
        draw->AddCircleFilled(c, r, p.accent);
        draw->AddPolyline(std::array<ImVec2, 3>{c + ImVec2(-r * 0.45f, 0), c + ImVec2(-r * 0.1f, r * 0.35f),
                                                c + ImVec2(r * 0.5f, -r * 0.35f)}
                              .data(),
                          3, p.accent_text, 0, t.px(2));
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    focus_ring(rounding);
    describe_next(text);  // the card's full descriptor, said after its name
    return record(id, Role::Radio, heading_text, selected ? "checked" : "") || pressed;
}

bool chip(const char* id, const std::string& label, const std::string& name, bool selected) {
    const Theme& t = theme();
    const Palette& p = t.colors;
    ImFont* font = t.fonts.body_bold;
    const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str());
    const float side = std::max(t.px(44), text.y + t.em(20));
    const bool pressed = ImGui::InvisibleButton(id, ImVec2(std::max(side, text.x + t.em(24)), side));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = t.px(8);
    draw->AddRectFilled(min, max, selected ? p.accent : hovered ? p.accent_soft : p.surface, rounding);
    draw->AddRect(min, max, selected ? p.accent : p.control, rounding, 0, t.px(1));
    draw->AddText(font, font->FontSize, ImVec2((min.x + max.x - text.x) * 0.5f, (min.y + max.y - text.y) * 0.5f),
                  selected ? p.accent_text : p.text, label.c_str());
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    focus_ring(rounding);
    return record(id, Role::Radio, name, selected ? "checked" : "") || pressed;
}

float choice_mark() { return theme().touch ? theme().em(32) : ImGui::GetFrameHeight(); }

namespace {

// A radio or a checkbox for a finger: the whole row (mark and label) is the target, at least
// 44 px each way, while the circle or box keeps the size a mouse user sees, centred on the row's
// left. A label too long for the line wraps beside the mark.
bool touch_choice(const char* id, const std::string& label, bool on, bool round) {
    const Theme& t = theme();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float mark = choice_mark();
    const float gap = style.ItemInnerSpacing.x;
    const float room = ImGui::GetContentRegionAvail().x;
    ImVec2 text = ImGui::CalcTextSize(label.c_str());
    float wrap = 0;
    if (mark + gap + text.x > room) {
        wrap = std::max(room - mark - gap, t.em(60));
        text = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    }
    const ImVec2 size(std::max(mark + gap + text.x, t.min_target()), std::max(text.y + t.em(12), t.min_target()));
    const bool pressed = ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fill = ImGui::GetColorU32(held && hovered ? ImGuiCol_FrameBgActive : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg);
    const ImU32 border = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 tick = ImGui::GetColorU32(ImGuiCol_CheckMark);
    const float middle = (min.y + max.y) * 0.5f;
    const float inset = std::max(1.0f, std::floor(mark / 6.0f));
    if (round) {
        const ImVec2 centre(min.x + mark * 0.5f, middle);
        const float radius = (mark - 1.0f) * 0.5f;
        draw->AddCircleFilled(centre, radius, fill);
        if (on) draw->AddCircleFilled(centre, radius - inset, tick);
        if (style.FrameBorderSize > 0) draw->AddCircle(centre, radius, border, 0, style.FrameBorderSize);
    } else {
        const ImVec2 box(min.x, middle - mark * 0.5f);
        draw->AddRectFilled(box, box + ImVec2(mark, mark), fill, style.FrameRounding);
        if (style.FrameBorderSize > 0) draw->AddRect(box, box + ImVec2(mark, mark), border, style.FrameRounding, 0, style.FrameBorderSize);
        if (on) ImGui::RenderCheckMark(draw, box + ImVec2(inset, inset), tick, mark - inset * 2.0f);
    }
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + mark + gap, middle - text.y * 0.5f),
                  ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, wrap);
    focus_ring(round ? mark * 0.5f : style.FrameRounding);
    return pressed;
}

}  // namespace

bool checkbox(const char* id, const std::string& label, bool checked) {
    if (theme().touch) {
        const bool pressed = touch_choice(id, label, checked, false);
        return record(id, Role::Checkbox, label, checked ? "checked" : "") || pressed;
    }
    ImGui::PushID(id);
    bool value = checked;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float room = ImGui::GetContentRegionAvail().x;
    if (ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label.c_str()).x <= room) {
        const bool changed = ImGui::Checkbox(label.c_str(), &value);
        ImGui::PopID();
        return record(id, Role::Checkbox, label, checked ? "checked" : "") || changed;
    }
    // A label too long for the line (large text, a narrow screen) wraps beside the box, and
    // a click on it still ticks the box.
    bool changed = ImGui::Checkbox("##box", &value);
    const bool activated = record(id, Role::Checkbox, label, checked ? "checked" : "");
    const std::size_t at = g_registry.size() - 1;
    ImGui::SameLine(0, style.ItemInnerSpacing.x);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemClicked()) changed = true;
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    g_registry[at].max = ImMax(g_registry[at].max, ImGui::GetItemRectMax());
    ImGui::PopID();
    return activated || changed;
}

bool radio(const char* id, const std::string& label, bool selected) {
    if (theme().touch) {
        const bool pressed = touch_choice(id, label, selected, true);
        return record(id, Role::Radio, label, selected ? "checked" : "") || pressed;
    }
    ImGui::PushID(id);
    const bool pressed = ImGui::RadioButton(label.c_str(), selected);
    ImGui::PopID();
    return record(id, Role::Radio, label, selected ? "checked" : "") || pressed;
}

std::optional<std::string> text_field(const char* id, const std::string& label, const std::string& value, float height) {
    const Theme& t = theme();
    ImGui::PushFont(t.fonts.body_bold);
    ImGui::TextUnformatted(label.c_str());  // the mirror's field carries the label itself
    ImGui::PopFont();
    ImGui::PushID(id);
    ImGui::SetNextItemWidth(-FLT_MIN);
    // Focus from the mirror (Tab onto the field's element) starts editing, as a click would.
    if (g_focus_next && !g_focus_hold && !ImGui::GetCurrentWindowRead()->SkipItems && g_focus_id == id) {
        g_focus_next = false;
        g_focus_outside = false;
        ImGui::SetKeyboardFocusHere();
    }
    if (g_selection.id == id) {
        // A selection from the mirror: ImGui edits from there (its positions count 16-bit
        // characters, as the DOM does).
        if (ImGuiInputTextState* editing = ImGui::GetInputTextState(ImGui::GetID("##text"))) {
            editing->Stb.select_start = std::clamp(g_selection.start, 0, editing->CurLenW);
            editing->Stb.select_end = std::clamp(g_selection.end, 0, editing->CurLenW);
            editing->Stb.cursor = editing->Stb.select_end;
            editing->CursorFollow = true;
        }
        g_selection = {};
    }
    // ImGui edits its own copy while the field is active and writes it back here when it
    // changes; the document itself is never handed to ImGui.
    std::string text = value;
    bool from_mirror = false;
    if (const auto it = g_text.find(id); it != g_text.end()) {
        text = std::move(it->second);
        g_text.erase(it);
        from_mirror = true;
        // ImGui may still be editing this field from before (the focus went elsewhere and came
        // back between two frames): it would keep its own copy and lose the new text. It lets
        // go, and takes the field up again from the new text in the next frame.
        if (ImGui::GetActiveID() == ImGui::GetID("##text")) {
            ImGui::ClearActiveID();
            ImGui::SetKeyboardFocusHere();
        }
    }
    bool changed;
    if (height > 0) {
        // ImGui 1.90 does not wrap multi-line fields: lines are broken at a space as they grow
        // past the field's width (a space becomes a line break, so the text length and the
        // cursor stay as they are).
        float wrap = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().FramePadding.x * 2 - ImGui::GetStyle().ScrollbarSize;
        changed = ImGui::InputTextMultiline("##text", &text, ImVec2(-FLT_MIN, height), ImGuiInputTextFlags_CallbackEdit,
                                            wrap_long_lines, &wrap);
    } else {
        changed = ImGui::InputText("##text", &text);
    }
    ImGui::PopID();
    const bool active = ImGui::IsItemActive();
    const ImGuiInputTextState* editing = active ? ImGui::GetInputTextState(ImGui::GetItemID()) : nullptr;
    record(id, height > 0 ? Role::TextArea : Role::TextField, label, text);
    WidgetRecord& r = g_registry.back();
    r.focused = r.focused || active;
    r.editing = editing != nullptr;
    if (editing) {
        // ImGui counts in 16-bit characters, as the DOM does.
        r.a = std::min(editing->GetSelectionStart(), editing->GetSelectionEnd());
        r.b = std::max(editing->GetSelectionStart(), editing->GetSelectionEnd());
        if (r.a == r.b) r.a = r.b = editing->GetCursorPos();
    }
    if ((!changed && !from_mirror) || text == value) return std::nullopt;
    return text;
}

bool slider_int(const char* id, const std::string& label, int* value, int min, int max, const char* format) {
    ImGui::PushID(id);
    heading(theme().fonts.h3, label, 0, 0);  // the label is the slider's name, not a heading of its own
    ImGui::SetNextItemWidth(std::min(theme().em(320), ImGui::GetContentRegionAvail().x));
    ImGui::SliderInt("##slider", value, min, max, format, ImGuiSliderFlags_AlwaysClamp);
    ImGui::PopID();
    bool set = ImGui::IsItemDeactivatedAfterEdit();
    if (const auto it = g_value.find(id); it != g_value.end()) {
        *value = std::clamp(it->second, min, max);
        g_value.erase(it);
        set = true;
    }
    record(id, Role::Slider, label, std::to_string(*value));
    g_registry.back().a = min;
    g_registry.back().b = max;
    return set;
}

void paragraph(const std::string& text, ImU32 color, ImFont* font) {
    ImGui::PushFont(font ? font : theme().fonts.body);
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    if (color) ImGui::PopStyleColor();
    ImGui::PopFont();
    if (!text.empty()) record_plain(derived_id("text", text), Role::Text, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void text(const std::string& text, ImU32 color, ImFont* font) {
    if (font) ImGui::PushFont(font);
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text.c_str());
    if (color) ImGui::PopStyleColor();
    if (font) ImGui::PopFont();
    if (!text.empty()) record_plain(derived_id("text", text), Role::Text, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void heading(ImFont* font, const std::string& text, ImU32 color, int level) {
    if (level < 0) {
        const Fonts& f = theme().fonts;
        level = font == f.h1 ? 1 : font == f.h2 ? 2 : font == f.h3 ? 3 : 0;
    }
    paragraph(text, color, font);  // recorded as text; a heading's record replaces it
    if (level <= 0 || text.empty()) return;
    // A heading never takes keyboard focus and is never pressed. Its id comes from ImGui's id
    // stack (the window and the text), so it is stable across frames.
    WidgetRecord& r = g_registry.back();
    r.id = derived_id("heading", text);
    r.role = Role::Heading;
    r.level = std::min(level, 6);
}

bool begin_table(const char* id, const std::string& caption, int columns, ImGuiTableFlags flags) {
    g_table = {id};
    g_table.recorded_only = ImGui::GetCurrentWindowRead()->SkipItems;
    if (!g_table.recorded_only && !ImGui::BeginTable(id, columns, flags)) return false;
    begin_group(Group::Table, id, caption);
    return true;
}

void table_column(const char* name, float weight) {
    g_table.columns.emplace_back(name);
    if (!g_table.recorded_only) ImGui::TableSetupColumn(name, ImGuiTableColumnFlags_WidthStretch, weight);
}

void table_headers() {
    if (!g_table.recorded_only) {
        ImGui::PushFont(theme().fonts.body_bold);  // headers in bold, in every table
        ImGui::TableHeadersRow();
        ImGui::PopFont();
    }
    g_table.row_open = true;
    begin_group(Group::Row, (g_table.id + "-r" + std::to_string(g_table.rows++)).c_str());
    // The header row as ImGui drew it: one header per column, over the row's height.
    const ImGuiTable* table = g_table.recorded_only ? nullptr : ImGui::GetCurrentTable();
    for (std::size_t c = 0; c < g_table.columns.size(); ++c) {
        ImVec2 min, max;
        if (table) {
            const ImGuiTableColumn& column = table->Columns[static_cast<int>(c)];
            min = ImVec2(column.MinX, table->RowPosY1);
            max = ImVec2(column.MaxX, table->RowPosY2);
        }
        record_plain(g_table.id + "-h" + std::to_string(c), Role::ColumnHeader, g_table.columns[c], min, max);
    }
}

void table_row(float min_height) {
    if (g_table.row_open) end_group();
    if (!g_table.recorded_only) ImGui::TableNextRow(0, min_height);
    g_table.row_open = true;
    g_table.column = 0;
    begin_group(Group::Row, (g_table.id + "-r" + std::to_string(g_table.rows++)).c_str());
}

void table_cell(const std::string& text, bool muted) {
    const std::string id = g_table.id + "-r" + std::to_string(g_table.rows - 1) + "c" + std::to_string(g_table.column++);
    if (g_table.recorded_only) {
        record_plain(id, Role::Cell, text);
        return;
    }
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (muted) ImGui::PushStyleColor(ImGuiCol_Text, theme().colors.text_muted);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    if (muted) ImGui::PopStyleColor();
    record_plain(id, Role::Cell, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void end_table() {
    if (g_table.row_open) end_group();
    end_group();
    if (!g_table.recorded_only) ImGui::EndTable();
    g_table = {};
}

void vspace(float css_px) { ImGui::Dummy(ImVec2(1, theme().px(css_px))); }

void progress_bar(float fraction, float width, float height, ImU32 fill) {
    const Theme& t = theme();
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, min + ImVec2(width, height), t.colors.border, height * 0.5f);
    if (fraction > 0) {
        draw->AddRectFilled(min, min + ImVec2(std::max(height, width * std::min(fraction, 1.0f)), height), fill,
                            height * 0.5f);
    }
}

void begin_panel(const char* id, ImU32 fill, ImVec2 padding_css, bool border, float rounding_css) {
    const Theme& t = theme();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, fill);
    // A panel's outline is decoration, lighter than the controls' (ImGuiCol_Border): set for
    // BeginChild, which draws the outline, and not for the widgets inside.
    ImGui::PushStyleColor(ImGuiCol_Border, t.colors.border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.em(padding_css.x), t.em(padding_css.y)));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, t.px(rounding_css));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, t.px(1));
    // NavFlattened: Tab reaches the widgets inside as if the panel were not there.
    ImGui::BeginChild(id, ImVec2(0, 0),
                      ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding |
                          (border ? ImGuiChildFlags_Border : 0),
                      ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleColor();
}

void end_panel() {
    ImGui::EndChild();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor();
}

void begin_card(const char* id, float padding_css) {
    begin_panel(id, theme().colors.surface, ImVec2(padding_css, padding_css), true, 12);
}

void end_card() { end_panel(); }

namespace {

// Whether anything asked of the widgets for this frame names one in `records`.
bool wanted(const std::vector<WidgetRecord>& records) {
    if (!g_focus_next && g_activate.empty() && g_value.empty() && g_text.empty() && g_selection.id.empty()) return false;
    for (const WidgetRecord& r : records) {
        if (r.focused) return true;
        if ((g_focus_next && g_focus_id == r.id) || g_activate == r.id || g_value.count(r.id) || g_text.count(r.id) ||
            g_selection.id == r.id) {
            return true;
        }
    }
    return false;
}

}  // namespace

bool cached_block_begin(CachedBlock& block, std::uint64_t key) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    // Near the view means within half a screen of it, so a block is drawn (and its card laid
    // out) before it scrolls in.
    const ImVec2 margin(0, g.IO.DisplaySize.y * 0.5f);
    const bool stand_in = block.kept && block.key == key && !g.NavMoveScoringItems && !g.NavInitRequest &&
                          !ImGui::IsRectVisible(at - margin, at + block.size + margin) && !wanted(block.records);
    if (stand_in) {
        const ImVec2 shift = at - block.origin;
        for (const WidgetRecord& kept : block.records) {
            WidgetRecord& r = g_registry.emplace_back(kept);
            r.min += shift;
            r.max += shift;
        }
        ImGui::Dummy(block.size);
        ++g_stood_in;
        return false;
    }
    block.key = key;
    block.kept = false;
    block.origin = at;
    block.first = g_registry.size();
    ImGui::BeginGroup();
    return true;
}

void cached_block_end(CachedBlock& block) {
    ImGui::EndGroup();
    // ImGui sizes a new card over a frame or two: the block is kept once two drawings in a
    // row with the same key have the same size, so a stand-in is never a half-laid-out one.
    const ImVec2 size = ImGui::GetItemRectSize();
    const bool settled = block.drawn_key == block.key && size.x == block.size.x && size.y == block.size.y;
    block.drawn_key = block.key;
    block.size = size;
    block.records.assign(g_registry.begin() + static_cast<std::ptrdiff_t>(block.first), g_registry.end());
    block.kept = settled;
}

int cached_blocks_stood_in() { return g_stood_in; }

std::uint64_t key_mix(std::uint64_t key, const void* bytes, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(bytes);
    for (std::size_t i = 0; i < size; ++i) key = (key ^ p[i]) * 0x100000001b3ull;
    return key;
}

std::uint64_t key_mix(std::uint64_t key, const std::string& text) {
    key = key_mix(key, text.data(), text.size());
    return key_mix(key, text.size());
}

float layout_signature() {
    float sum = 0;
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        if (!w->WasActive) continue;
        sum += w->Pos.x * 3 + w->Pos.y * 5 + w->Size.x * 7 + w->Size.y * 11 + w->ContentSize.x * 13 +
               w->ContentSize.y * 17 + w->Scroll.y * 19 + static_cast<float>(w->HiddenFramesCannotSkipItems) * 23 +
               static_cast<float>(w->HiddenFramesCanSkipItems) * 29;
    }
    return sum;
}

bool stray_window_shown() {
    const ImGuiWindow* fallback = ImGui::FindWindowByName("Debug##Default");
    return fallback && fallback->WasActive;
}

bool input_pending() { return !ImGui::GetCurrentContext()->InputEventsQueue.empty(); }

float scroll_at(ImVec2 point, float dy, bool start) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    static ImGuiID gesture_window = 0;
    if (start) {
        // The front-most window drawn last frame whose visible rectangle holds the point (ImGui's
        // own hover test looks only at the mouse, and a finger that scrolls never moves it). The
        // whole gesture, and its glide, stays with this window and those around it, so a region
        // that scrolls under the finger on the way does not catch it.
        gesture_window = 0;
        for (int i = g.Windows.Size - 1; i >= 0; --i) {
            const ImGuiWindow* w = g.Windows[i];
            if (w->Active && !w->Hidden && !(w->Flags & ImGuiWindowFlags_NoMouseInputs) && w->OuterRectClipped.Contains(point)) {
                gesture_window = w->ID;
                break;
            }
        }
    }
    float rest = dy;
    for (ImGuiWindow* w = gesture_window ? ImGui::FindWindowByID(gesture_window) : nullptr; w && rest != 0; w = w->ParentWindow) {
        if (!w->Active || w->ScrollMax.y <= 0 || (w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) continue;
        // Several moves can arrive between two frames: each adds to the position already asked for.
        const float from = w->ScrollTarget.y < FLT_MAX ? w->ScrollTarget.y : w->Scroll.y;
        const float to = ImClamp(from + rest, 0.0f, w->ScrollMax.y);
        if (to == from) continue;  // at its end this way: the window around it takes the rest
        ImGui::SetScrollY(w, to);
        rest -= to - from;
    }
    return dy - rest;
}

}  // namespace ladder::ui
