// The colours of Ladder's three themes as plain data, 0xRRGGBBAA, with no ImGui: the theme
// (web/ui/theme.cpp) turns them into ImGui colours, and a native unit test
// (tests/app/test_contrast.cpp) computes the contrast of every pair the interface draws.
// docs/THEMES.md says what each colour is for and the rules a new colour must meet.
#pragma once

#include <cstdint>

namespace ladder::palette {

using Rgba = std::uint32_t;  // 0xRRGGBBAA

enum class Kind { Light, Dark, Contrast };

struct Palette {
    Rgba background;    // the page behind everything
    Rgba surface;       // cards, fields, secondary buttons, the top bar
    Rgba surface_alt;   // quiet panels, alternate table rows, table headers
    Rgba border;        // decorative lines: card outlines, dividers, chart rings, bar tracks
    Rgba control;       // the outline of a control: buttons, fields, check boxes, level cards (3:1)
    Rgba text, text_muted;
    Rgba accent;        // primary buttons, links, selection, the current shape on charts
    Rgba accent_hover;  // a primary button under the pointer or pressed
    Rgba accent_soft;   // tinted panels, hover and selection fills
    Rgba accent_text;   // text and marks on accent, accent_hover, danger and the stage colours
    Rgba focus;         // the keyboard focus ring
    Rgba warning, warning_soft, danger, good;
    Rgba stage[4];      // a colour per rung of the ladder, 0..3 (also text, and fills under accent_text)
    Rgba target;        // the target outline on charts
};

// The colours Dear ImGui's own widgets use (check box, radio, slider, text fields, tables,
// tooltips, the scrollbar and ImGui's navigation highlight), chosen from the palette here so
// the contrast test sees exactly what the theme hands to ImGui.
struct StyleColors {
    Rgba text, text_disabled, window_bg, popup_bg, border;
    Rgba frame_bg, frame_bg_hovered, frame_bg_active;
    Rgba button, button_hovered, button_active, header, header_hovered, header_active;
    Rgba check_mark, slider_grab, slider_grab_active;
    Rgba separator, scrollbar_grab, scrollbar_grab_hovered, scrollbar_grab_active;
    Rgba table_header_bg, table_border, table_row_bg_alt;
    Rgba text_selected_bg, nav_highlight;
};

const Palette& palette(Kind kind);
StyleColors style_colors(const Palette& p);

// WCAG 2.x: the relative luminance of a colour (alpha ignored), and the contrast ratio of two
// opaque colours, 1 to 21.
double relative_luminance(Rgba color);
double contrast_ratio(Rgba a, Rgba b);
// `over` with `color` drawn on top of it at color's alpha; the result is opaque.
Rgba composite(Rgba color, Rgba over);
// The same colour with another alpha, 0..255.
constexpr Rgba with_alpha(Rgba color, unsigned alpha) { return (color & 0xFFFFFF00u) | (alpha & 0xFFu); }

}  // namespace ladder::palette
