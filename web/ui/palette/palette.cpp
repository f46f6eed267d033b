#include "palette.h"

#include <cmath>
#include <initializer_list>

namespace ladder::palette {
namespace {

constexpr Rgba rgb(Rgba hex) { return (hex << 8) | 0xFFu; }

Palette light() {
    Palette p{};
    p.background = rgb(0xF6F5F2);
    p.surface = rgb(0xFFFFFF);
    p.surface_alt = rgb(0xECEEF1);
    p.border = rgb(0xD5DAE1);
    p.control = rgb(0x767F8E);
    p.text = rgb(0x1D2430);
    p.text_muted = rgb(0x525C6B);
    p.accent = rgb(0x245FA8);
    p.accent_hover = rgb(0x1C4F8F);
    p.accent_soft = rgb(0xE3EDF9);
    p.accent_text = rgb(0xFFFFFF);
    p.focus = rgb(0xA35F00);
    p.warning = rgb(0x8A5A00);
    p.warning_soft = rgb(0xFBF1DC);
    p.danger = rgb(0xB3261E);
    p.good = rgb(0x2A7348);
    p.stage[0] = rgb(0x5F6A79);
    p.stage[1] = rgb(0x1F7671);
    p.stage[2] = rgb(0x245FA8);
    p.stage[3] = rgb(0x6A4BB0);
    p.target = rgb(0xC2410C);
    return p;
}

Palette dark() {
    Palette p{};
    p.background = rgb(0x12161C);
    p.surface = rgb(0x1B2129);
    p.surface_alt = rgb(0x232A34);
    p.border = rgb(0x38424F);
    p.control = rgb(0x7C8796);
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

// High contrast: black on white, strong outlines, and no colour that is only a hint.
Palette contrast() {
    Palette p{};
    p.background = rgb(0xFFFFFF);
    p.surface = rgb(0xFFFFFF);
    p.surface_alt = rgb(0xEEF0F3);
    p.border = rgb(0xC8CDD5);
    p.control = rgb(0x1A1F26);
    p.text = rgb(0x000000);
    p.text_muted = rgb(0x2E343D);
    p.accent = rgb(0x0B4A9E);
    p.accent_hover = rgb(0x06336F);
    p.accent_soft = rgb(0xE6EFFA);
    p.accent_text = rgb(0xFFFFFF);
    p.focus = rgb(0xB0006A);
    p.warning = rgb(0x633E00);
    p.warning_soft = rgb(0xFFF0CC);
    p.danger = rgb(0x9B1C14);
    p.good = rgb(0x18532F);
    p.stage[0] = rgb(0x474F5B);
    p.stage[1] = rgb(0x0B5550);
    p.stage[2] = rgb(0x0B4A9E);
    p.stage[3] = rgb(0x4F2F96);
    p.target = rgb(0xA33200);
    return p;
}

const Palette kLight = light();
const Palette kDark = dark();
const Palette kContrast = contrast();

double channel(Rgba color, int shift) {
    const double c = static_cast<double>((color >> shift) & 0xFFu) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

const Palette& palette(Kind kind) {
    switch (kind) {
        case Kind::Dark: return kDark;
        case Kind::Contrast: return kContrast;
        case Kind::Light: break;
    }
    return kLight;
}

StyleColors style_colors(const Palette& p) {
    StyleColors s{};
    s.text = p.text;
    s.text_disabled = p.text_muted;
    s.window_bg = p.background;
    s.popup_bg = p.surface;
    s.border = p.control;  // frames of fields, check boxes, radios and the slider
    s.frame_bg = p.surface;
    s.frame_bg_hovered = p.accent_soft;
    s.frame_bg_active = p.accent_soft;
    s.button = p.surface;
    s.button_hovered = p.accent_soft;
    s.button_active = p.accent_soft;
    s.header = p.accent_soft;
    s.header_hovered = p.accent_soft;
    s.header_active = p.accent_soft;
    s.check_mark = p.accent;
    s.slider_grab = p.accent;
    s.slider_grab_active = p.accent_hover;
    s.separator = p.border;
    s.scrollbar_grab = p.control;
    s.scrollbar_grab_hovered = p.text_muted;
    s.scrollbar_grab_active = p.text_muted;
    s.table_header_bg = p.surface_alt;
    s.table_border = p.border;
    s.table_row_bg_alt = p.surface_alt;
    s.text_selected_bg = p.accent_soft;
    s.nav_highlight = p.focus;
    return s;
}

double relative_luminance(Rgba color) {
    return 0.2126 * channel(color, 24) + 0.7152 * channel(color, 16) + 0.0722 * channel(color, 8);
}

double contrast_ratio(Rgba a, Rgba b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

Rgba composite(Rgba color, Rgba over) {
    const double alpha = static_cast<double>(color & 0xFFu) / 255.0;
    Rgba out = 0xFFu;
    for (const int shift : {24, 16, 8}) {
        const double top = static_cast<double>((color >> shift) & 0xFFu);
        const double bottom = static_cast<double>((over >> shift) & 0xFFu);
        out |= static_cast<Rgba>(std::lround(top * alpha + bottom * (1.0 - alpha))) << shift;
    }
    return out;
}

}  // namespace ladder::palette
