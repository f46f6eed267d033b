#include "theme.h"

#include <algorithm>
#include <cstddef>

#include "palette.h"

namespace ladder::ui {

// The subset fonts compiled in by web/CMakeLists.txt (see fonts.cmake).
extern const unsigned char kFontRegular[];
extern const std::size_t kFontRegularSize;
extern const unsigned char kFontSemiBold[];
extern const std::size_t kFontSemiBoldSize;

namespace {

Theme g_theme;

ImU32 col(palette::Rgba c) {
    // ImGui packs colours as ABGR; the palette writes them as RGBA.
    return IM_COL32((c >> 24) & 0xFF, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
}

palette::Kind palette_kind(ThemeKind kind) {
    switch (kind) {
        case ThemeKind::Dark: return palette::Kind::Dark;
        case ThemeKind::Contrast: return palette::Kind::Contrast;
        case ThemeKind::Light: break;
    }
    return palette::Kind::Light;
}

Palette imgui_palette(const palette::Palette& from) {
    Palette p{};
    p.background = col(from.background);
    p.surface = col(from.surface);
    p.surface_alt = col(from.surface_alt);
    p.border = col(from.border);
    p.control = col(from.control);
    p.text = col(from.text);
    p.text_muted = col(from.text_muted);
    p.accent = col(from.accent);
    p.accent_hover = col(from.accent_hover);
    p.accent_soft = col(from.accent_soft);
    p.accent_text = col(from.accent_text);
    p.focus = col(from.focus);
    p.warning = col(from.warning);
    p.warning_soft = col(from.warning_soft);
    p.danger = col(from.danger);
    p.good = col(from.good);
    for (int i = 0; i < 4; ++i) p.stage[i] = col(from.stage[i]);
    p.target = col(from.target);
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
    ImGuiStyle style;
    if (t.kind == ThemeKind::Dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(t.px(24), t.px(20));
    style.FramePadding = ImVec2(t.em(12), t.em(8));
    style.ItemSpacing = ImVec2(t.em(10), t.em(10));
    style.ItemInnerSpacing = ImVec2(t.em(8), t.em(6));
    if (t.touch) {
        // A finger: ImGui's framed widgets (text fields, sliders) are one frame tall, text plus
        // padding: padded to 44 CSS px, and a slider's grab as wide. (Radios and checkboxes are
        // drawn as 44 px rows by widgets.cpp instead, keeping their mark the mouse's size.)
        style.FramePadding.y = std::max(style.FramePadding.y, (t.min_target() - t.em(16)) * 0.5f);
        style.ItemInnerSpacing.x = t.em(10);
    }
    style.CellPadding = ImVec2(t.em(10), t.em(8));
    style.IndentSpacing = t.em(20);
    style.ScrollbarSize = t.px(12);
    style.GrabMinSize = t.touch ? t.min_target() : t.px(12);
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

    // ImGui's own widgets take their colours from the palette too (palette::style_colors, which
    // the contrast test checks); the slots not set here keep ImGui's defaults for the theme.
    const palette::StyleColors sc = palette::style_colors(palette::palette(palette_kind(t.kind)));
    const auto set = [&style](ImGuiCol slot, palette::Rgba color) { style.Colors[slot] = to_vec4(col(color)); };
    set(ImGuiCol_Text, sc.text);
    set(ImGuiCol_TextDisabled, sc.text_disabled);
    set(ImGuiCol_WindowBg, sc.window_bg);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    set(ImGuiCol_PopupBg, sc.popup_bg);
    set(ImGuiCol_Border, sc.border);
    set(ImGuiCol_FrameBg, sc.frame_bg);
    set(ImGuiCol_FrameBgHovered, sc.frame_bg_hovered);
    set(ImGuiCol_FrameBgActive, sc.frame_bg_active);
    set(ImGuiCol_Button, sc.button);
    set(ImGuiCol_ButtonHovered, sc.button_hovered);
    set(ImGuiCol_ButtonActive, sc.button_active);
    set(ImGuiCol_Header, sc.header);
    set(ImGuiCol_HeaderHovered, sc.header_hovered);
    set(ImGuiCol_HeaderActive, sc.header_active);
    set(ImGuiCol_CheckMark, sc.check_mark);
    set(ImGuiCol_SliderGrab, sc.slider_grab);
    set(ImGuiCol_SliderGrabActive, sc.slider_grab_active);
    set(ImGuiCol_Separator, sc.separator);
    style.Colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    set(ImGuiCol_ScrollbarGrab, sc.scrollbar_grab);
    set(ImGuiCol_ScrollbarGrabHovered, sc.scrollbar_grab_hovered);
    set(ImGuiCol_ScrollbarGrabActive, sc.scrollbar_grab_active);
    set(ImGuiCol_TableHeaderBg, sc.table_header_bg);
    set(ImGuiCol_TableBorderLight, sc.table_border);
    set(ImGuiCol_TableBorderStrong, sc.table_border);
    style.Colors[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    set(ImGuiCol_TableRowBgAlt, sc.table_row_bg_alt);
    set(ImGuiCol_TextSelectedBg, sc.text_selected_bg);
    set(ImGuiCol_NavHighlight, sc.nav_highlight);
    ImGui::GetStyle() = style;
}

}  // namespace

ImVec4 to_vec4(ImU32 color) { return ImGui::ColorConvertU32ToFloat4(color); }

const Theme& theme() { return g_theme; }

bool theme_apply(ThemeKind kind, float dpr, float text_scale, bool touch) {
    const bool fonts_change = g_theme.fonts.body == nullptr || dpr != g_theme.dpr || text_scale != g_theme.text_scale;
    g_theme.kind = kind;
    g_theme.dpr = dpr;
    g_theme.text_scale = text_scale;
    g_theme.touch = touch;
    g_theme.colors = imgui_palette(palette::palette(palette_kind(kind)));
    if (fonts_change) build_fonts(dpr * text_scale);
    build_style();
    return fonts_change;
}

}  // namespace ladder::ui
