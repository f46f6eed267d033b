// One theme definition: every colour, spacing and type size the UI uses
// comes from here. Sizes are in CSS pixels and scaled by the device pixel ratio and the
// user's text size; fonts are rebuilt whenever either changes. The colours themselves are
// plain data in palette/palette.cpp, where a unit test checks their contrast (docs/THEMES.md).
#pragma once

#include "imgui.h"

namespace ladder::ui {

enum class ThemeKind { Light, Dark, Contrast };

// The palette (palette.h) as ImGui colours; the fields mean what they mean there.
struct Palette {
    ImU32 background, surface, surface_alt, border, control, text, text_muted;
    ImU32 accent, accent_hover, accent_soft, accent_text;  // accent_text: text on accent
    ImU32 focus, warning, warning_soft, danger, good;
    ImU32 stage[4];       // a colour per rung of the ladder, 0..3
    ImU32 target;         // the target outline on charts
};

struct Fonts {
    ImFont* body = nullptr;       // 16 px regular
    ImFont* body_bold = nullptr;  // 16 px semibold
    ImFont* small = nullptr;      // 14 px regular
    ImFont* h3 = nullptr;         // 18 px semibold
    ImFont* h2 = nullptr;         // 23 px semibold
    ImFont* h1 = nullptr;         // 32 px semibold
};

struct Theme {
    ThemeKind kind = ThemeKind::Light;
    float dpr = 1.0f;         // device pixel ratio
    float text_scale = 1.0f;  // the user's text size, 1.0 to 2.0
    // The primary pointer is a finger ("pointer: coarse"): every target is at least 44 by 44
    // CSS px (min_target), where a mouse needs 24 (which the desktop sizes already exceed).
    bool touch = false;
    Palette colors{};
    Fonts fonts{};

    // A length in CSS pixels, in device pixels (what ImGui works in).
    float px(float css) const { return css * dpr; }
    // A length that grows with the text size too (padding around text, line-based heights).
    float em(float css) const { return css * dpr * text_scale; }
    // The smallest side a target may have, in device pixels: 44 CSS px for a finger, and no
    // minimum of its own otherwise (the desktop sizes are left exactly as they are).
    float min_target() const { return touch ? px(44) : 0.0f; }
};

const Theme& theme();

// Rebuilds fonts (into the ImGui atlas) and style; `touch` for a coarse pointer. Returns true
// if the font atlas changed, so the renderer must upload it again.
bool theme_apply(ThemeKind kind, float dpr, float text_scale, bool touch = false);

ImVec4 to_vec4(ImU32 color);

}  // namespace ladder::ui
