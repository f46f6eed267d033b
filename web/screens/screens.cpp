// Layout helpers and small pieces shared by the screens.
#include <algorithm>

#include "imgui.h"
#include "screens.h"
#include "catalogue.h"

namespace ladder::ui {

bool narrow_layout() { return ImGui::GetMainViewport()->Size.x / theme().dpr < 760.0f; }

float content_width(Screen screen) {
    const float available = ImGui::GetContentRegionAvail().x;
    const float readable = theme().px(screen == Screen::Assess || screen == Screen::Peers ? 1180.0f : 960.0f) * std::min(theme().text_scale, 1.3f);
    return std::min(available, readable);
}

// A column is a child window that grows with its content; the parent (the content area)
// scrolls. Using a child gives correct wrap positions and "available width" inside it.
// Each column needs its own id: two children with one id in a frame would be one window.
void begin_column(const char* id, float width) {
    const float available = ImGui::GetContentRegionAvail().x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (available - width) * 0.5f));
    ImGui::BeginChild(id, ImVec2(width, 0), ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoBackground);
}

void end_column() { ImGui::EndChild(); }

// A small tag beside a heading (the stage): the text in the text colour on the tinted panel
// colour, so it reads as a note rather than a warning.
void tag(const std::string& label, float line_height) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    ImFont* font = t.fonts.small;
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str());
    const ImVec2 pad(t.px(8), t.px(3));
    ImVec2 at = ImGui::GetCursorScreenPos();
    at.y += std::max(0.0f, (line_height - size.y - 2 * pad.y) * 0.5f);
    ImGui::GetWindowDrawList()->AddRectFilled(at, at + size + pad * 2, c.accent_soft, size.y);
    ImGui::SetCursorScreenPos(at + pad);
    text(label, c.text, font);
}

void same_line_if_fits(float width, float spacing) {
    ImGui::SameLine(0, spacing);
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

float radio_width(const std::string& label) {
    return choice_mark() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label.c_str()).x;
}

std::uint64_t view_key(const Session& session) {
    const Theme& t = theme();
    std::uint64_t key = 0xcbf29ce484222325ull;
    key = key_mix(key, session.model);
    key = key_mix(key, session.lang);
    key = key_mix(key, session.locale);
    key = key_mix(key, language());
    key = key_mix(key, t.kind);
    key = key_mix(key, t.dpr);
    key = key_mix(key, t.text_scale);
    key = key_mix(key, t.touch);
    key = key_mix(key, ImGui::GetContentRegionAvail().x);
    return key_mix(key, narrow_layout());
}

std::string stage_title(const Model& model, std::optional<int> stage, const std::string& lang) {
    return stage ? model.stages[*stage].title.get(lang) : tr(S::NotRated);
}

}  // namespace ladder::ui
