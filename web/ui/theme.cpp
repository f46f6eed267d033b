#include "theme.h"

#include <cstddef>

namespace ladder::ui {

// The subset fonts compiled in by web/CMakeLists.txt (see fonts.cmake).
extern const unsigned char kFontRegular[];
extern const std::size_t kFontRegularSize;
extern const unsigned char kFontSemiBold[];
extern const std::size_t kFontSemiBoldSize;

namespace {

Theme g_theme;

constexpr ImU32 rgb(unsigned hex) {
    // ImGui packs colours as ABGR.
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

Palette light_palette() {
    Palette p{};
    p.background = rgb(0xF6F5F2);
    p.surface = rgb(0xFFFFFF);
    p.surface_alt = rgb(0xECEEF1);
    p.border = rgb(0xD5DAE1);
    p.text = rgb(0x1D2430);
    p.text_muted = rgb(0x525C6B);
    p.accent = rgb(0x245FA8);
    p.accent_hover = rgb(0x1C4F8F);
    p.accent_soft = rgb(0xE3EDF9);
    p.accent_text = rgb(0xFFFFFF);
    p.focus = rgb(0xD98E04);
    p.warning = rgb(0x8A5A00);
    p.warning_soft = rgb(0xFBF1DC);
    p.danger = rgb(0xB3261E);
    p.good = rgb(0x2E7D4F);
    p.stage[0] = rgb(0x7B8594);
    p.stage[1] = rgb(0x23807A);
    p.stage[2] = rgb(0x245FA8);
    p.stage[3] = rgb(0x6A4BB0);
    p.target = rgb(0xC2410C);
    return p;
}

Palette dark_palette() {
    Palette p{};
    p.background = rgb(0x12161C);
    p.surface = rgb(0x1B2129);
    p.surface_alt = rgb(0x232A34);
    p.border = rgb(0x38424F);
    p.text = rgb(0xE8ECF1);
    p.text_muted = rgb(0xA6B0BD);
    p.accent = rgb(0x7AB0F2);
    p.accent_hover = rgb(0x9AC4F6);
    p.accent_soft = rgb(0x21324A);
    p.accent_text = rgb(0x0E1620);
    p.focus = rgb(0xF2C14C);
    p.warning = rgb(0xE9B45C);
    p.warning_soft = rgb(0x3A2E17);
    p.danger = rgb(0xF08A80);
    p.good = rgb(0x7CCB9B);
    p.stage[0] = rgb(0x9AA4B2);
    p.stage[1] = rgb(0x4FC1B8);
    p.stage[2] = rgb(0x7AB0F2);
    p.stage[3] = rgb(0xB39BF0);
    p.target = rgb(0xF59E5B);
    return p;
}

void build_fonts(float size_scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // The same characters as the subset built in web/CMakeLists.txt.
    static const ImWchar ranges[] = {0x0020, 0x007E, 0x00A0, 0x00FF, 0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x0178,
                                     0x017D, 0x017E, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026,
                                     0x20AC, 0x20AC, 0x2192, 0x2192, 0x2212, 0x2212, 0};
    const auto add = [&](const unsigned char* data, std::size_t size, float css_px) {
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;  // the bytes are static data in the binary
        // Horizontal oversampling sharpens small text at 1x; large headings and HiDPI screens do
        // not need it, and rasterising fonts is most of the start-up time.
        config.OversampleH = css_px <= 16.0f && size_scale < 1.5f ? 2 : 1;
        config.OversampleV = 1;
        config.PixelSnapH = false;
        return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size),
                                              css_px * size_scale, &config, ranges);
    };
    Fonts& f = g_theme.fonts;
    f.body = add(kFontRegular, kFontRegularSize, 16.0f);  // the first font is ImGui's default
    f.body_bold = add(kFontSemiBold, kFontSemiBoldSize, 16.0f);
    f.small = add(kFontRegular, kFontRegularSize, 14.0f);
    f.h3 = add(kFontSemiBold, kFontSemiBoldSize, 18.0f);
    f.h2 = add(kFontSemiBold, kFontSemiBoldSize, 23.0f);
    f.h1 = add(kFontSemiBold, kFontSemiBoldSize, 32.0f);
    io.Fonts->Build();
}

void build_style() {
    const Theme& t = g_theme;
    const Palette& p = t.colors;
    ImGuiStyle style;
    if (t.kind == ThemeKind::Dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(t.px(24), t.px(20));
    style.FramePadding = ImVec2(t.em(12), t.em(8));
    style.ItemSpacing = ImVec2(t.em(10), t.em(10));
    style.ItemInnerSpacing = ImVec2(t.em(8), t.em(6));
    style.CellPadding = ImVec2(t.em(10), t.em(8));
    style.IndentSpacing = t.em(20);
    style.ScrollbarSize = t.px(12);
    style.GrabMinSize = t.px(12);
    style.WindowRounding = 0;
    style.ChildRounding = t.px(8);
    style.FrameRounding = t.px(6);
    style.PopupRounding = t.px(8);
    style.ScrollbarRounding = t.px(6);
    style.GrabRounding = t.px(6);
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.FrameBorderSize = t.px(1);
    style.PopupBorderSize = t.px(1);
    style.SeparatorTextBorderSize = t.px(1);

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = to_vec4(p.text);
    c[ImGuiCol_TextDisabled] = to_vec4(p.text_muted);
    c[ImGuiCol_WindowBg] = to_vec4(p.background);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = to_vec4(p.surface);
    c[ImGuiCol_Border] = to_vec4(p.border);
    c[ImGuiCol_FrameBg] = to_vec4(p.surface);
    c[ImGuiCol_FrameBgHovered] = to_vec4(p.accent_soft);
    c[ImGuiCol_FrameBgActive] = to_vec4(p.accent_soft);
    c[ImGuiCol_Button] = to_vec4(p.surface);
    c[ImGuiCol_ButtonHovered] = to_vec4(p.accent_soft);
    c[ImGuiCol_ButtonActive] = to_vec4(p.accent_soft);
    c[ImGuiCol_Header] = to_vec4(p.accent_soft);
    c[ImGuiCol_HeaderHovered] = to_vec4(p.accent_soft);
    c[ImGuiCol_HeaderActive] = to_vec4(p.accent_soft);
    c[ImGuiCol_CheckMark] = to_vec4(p.accent);
    c[ImGuiCol_SliderGrab] = to_vec4(p.accent);
    c[ImGuiCol_SliderGrabActive] = to_vec4(p.accent_hover);
    c[ImGuiCol_Separator] = to_vec4(p.border);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = to_vec4(p.border);
    c[ImGuiCol_ScrollbarGrabHovered] = to_vec4(p.text_muted);
    c[ImGuiCol_ScrollbarGrabActive] = to_vec4(p.text_muted);
    c[ImGuiCol_TableHeaderBg] = to_vec4(p.surface_alt);
    c[ImGuiCol_TableBorderLight] = to_vec4(p.border);
    c[ImGuiCol_TableBorderStrong] = to_vec4(p.border);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = to_vec4(p.surface_alt);
    c[ImGuiCol_TextSelectedBg] = to_vec4(p.accent_soft);
    c[ImGuiCol_NavHighlight] = to_vec4(p.focus);
    c[ImGuiCol_PlotHistogram] = to_vec4(p.accent);
    ImGui::GetStyle() = style;
}

}  // namespace

ImVec4 to_vec4(ImU32 color) { return ImGui::ColorConvertU32ToFloat4(color); }

const Theme& theme() { return g_theme; }

bool theme_apply(ThemeKind kind, float dpr, float text_scale) {
    const bool fonts_change = g_theme.fonts.body == nullptr || dpr != g_theme.dpr || text_scale != g_theme.text_scale;
    g_theme.kind = kind;
    g_theme.dpr = dpr;
    g_theme.text_scale = text_scale;
    g_theme.colors = kind == ThemeKind::Dark ? dark_palette() : light_palette();
    if (fonts_change) build_fonts(dpr * text_scale);
    build_style();
    return fonts_change;
}

}  // namespace ladder::ui
