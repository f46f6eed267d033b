// The contrast of every colour pair the interface draws, in each theme, computed the WCAG 2.1
// way: relative luminance, with translucent colours composited over what is really beneath.
//   text (1.4.3):                         4.5:1, also for large text and disabled buttons
//   control outlines, state marks, the focus ring and chart marks (1.4.11, 2.4.7): 3:1
// The high-contrast theme must do more: 7:1 for text and 4.5:1 for the rest.
// The pairs follow web/ui/widgets.cpp and web/screens/*.cpp; a new colour on a new surface
// adds its pairs here (docs/THEMES.md).
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "palette.h"

namespace ladder::test {
namespace {

using palette::Kind;
using palette::Palette;
using palette::Rgba;

enum class Need { Text, Boundary };

struct Pair {
    std::string what;
    Rgba fg, bg;
    Need need;
};

std::string hex(Rgba c) {
    char out[10];
    std::snprintf(out, sizeof out, "#%06X", static_cast<unsigned>(c >> 8));
    return out;
}

// Every pair drawn, named by where it is drawn.
std::vector<Pair> drawn_pairs(const Palette& p) {
    const palette::StyleColors s = palette::style_colors(p);
    std::vector<Pair> out;
    const auto text = [&](const std::string& what, Rgba fg, Rgba bg) { out.push_back({what, fg, bg, Need::Text}); };
    const auto edge = [&](const std::string& what, Rgba fg, Rgba bg) { out.push_back({what, fg, bg, Need::Boundary}); };

    // What content sits on: the page, cards and the top bar, quiet panels (surface_alt), tinted
    // panels (accent_soft: privacy, agreement), warning panels (banner, pitfalls, a member
    // counted once, files not added), tooltips and the nav menu (popup), the toast.
    struct Backdrop {
        const char* name;
        Rgba color;
    };
    const Backdrop page{"page", p.background}, card{"card", p.surface}, quiet{"quiet panel", p.surface_alt},
        tinted{"tinted panel", p.accent_soft}, warn{"warning panel", p.warning_soft}, popup{"popup", s.popup_bg};
    const Backdrop toast{"toast", p.text};  // chrome.cpp: the toast is the text colour, its text the page colour
    const Backdrop all[] = {page, card, quiet, tinted, warn, popup};

    // Paragraphs, headings and ImGui text (ImGuiCol_Text) on every backdrop.
    for (const auto& b : all) text(std::string("text on ") + b.name, s.text, b.color);
    // Muted text: details, help, axis numbers, unselected tabs and side-list rows.
    for (const auto& b : all) text(std::string("muted text on ") + b.name, p.text_muted, b.color);
    text("ImGui disabled text (table dashes) on the page", s.text_disabled, s.window_bg);
    text("ImGui disabled text on a card", s.text_disabled, p.surface);
    text("the toast's message", p.background, toast.color);

    // Links (quiet buttons) and other accent text: on the page (welcome links, edit answers),
    // on a card (open now, reset target, the top bar's Menu), in a warning panel (remove a
    // member counted once), and on the hover fill; the privacy heading and a chosen level card's
    // heading on accent_soft.
    for (const auto& b : {page, card, warn, tinted}) text(std::string("accent text on ") + b.name, p.accent, b.color);
    text("secondary button label", p.accent, p.surface);
    // Primary buttons, a chosen target chip, the marks in the side list, a danger button hovered.
    text("primary button label", p.accent_text, p.accent);
    text("primary button label, hovered or pressed", p.accent_text, p.accent_hover);
    text("danger button label, hovered", p.accent_text, p.danger);
    for (int i = 0; i < 4; ++i) text("side-list level mark on stage " + std::to_string(i), p.accent_text, p.stage[i]);
    text("side-list \"don't know\" mark", p.text, p.border);
    // Danger and warning text.
    text("danger button label", p.danger, p.surface);
    text("clear-all confirmation heading on the page", p.danger, p.background);
    text("warning heading in a warning panel", p.warning, p.warning_soft);
    text("unreadable entry heading on a card", p.warning, p.surface);
    // The comparison table: rows alternate the page and ImGui's alternate row colour.
    for (const Rgba row : {s.window_bg, s.table_row_bg_alt}) {
        text("change up (good) in the compare table", p.good, row);
        text("change down (danger) in the compare table", p.danger, row);
        text("no change (muted) in the compare table", p.text_muted, row);
    }
    // Stage titles drawn in their stage colour: Results (card), team plan (card), projector (quiet panel).
    for (int i = 0; i < 4; ++i) {
        text("stage " + std::to_string(i) + " title on a card", p.stage[i], p.surface);
        text("stage " + std::to_string(i) + " title on a quiet panel", p.stage[i], p.surface_alt);
    }
    // Disabled buttons: WCAG exempts them, but "Added" and a greyed Next still say something.
    text("disabled secondary button label", p.text_muted, p.surface);
    text("disabled primary button label", p.text_muted, p.border);
    // ImGui's own widgets: text fields and the slider's value, hovered and active too; selected
    // text; table headers and alternate rows; tooltips.
    text("text field text", s.text, s.frame_bg);
    text("text field text, hovered", s.text, s.frame_bg_hovered);
    text("text field text, editing", s.text, s.frame_bg_active);
    text("selected text in a field", s.text, s.text_selected_bg);
    text("table header", s.text, s.table_header_bg);
    text("table alternate row", s.text, s.table_row_bg_alt);
    text("tooltip", s.text, s.popup_bg);
    // The radar's ring numbers sit inside the chart, over the translucent shapes.
    const Rgba current_fill = palette::composite(palette::with_alpha(p.accent, 60), p.surface);
    const Rgba band_fill = palette::composite(palette::with_alpha(p.stage[1], 70), p.surface);
    const Rgba both_fills = palette::composite(palette::with_alpha(p.stage[1], 70), current_fill);
    text("radar ring number over the current shape", p.text, current_fill);
    text("radar ring number over the team's band", p.text, band_fill);
    text("radar ring number over the band and the shape", p.text, both_fills);
    // The drop overlay: the page colour at 0xE0 alpha over whatever is beneath, text on it.
    for (const Rgba beneath : {p.background, p.surface, p.text, p.accent, p.danger}) {
        text("drop hint over the overlay on " + hex(beneath), p.text,
             palette::composite(palette::with_alpha(p.background, 0xE0), beneath));
    }

    // Control outlines (1.4.11) against what the control sits on: secondary buttons, text
    // fields, check boxes, radios, the slider, target chips and level cards.
    for (const auto& b : all) edge(std::string("control outline on ") + b.name, s.border, b.color);
    // Filled controls: their fill is their boundary.
    for (const auto& b : {page, card}) {
        edge(std::string("primary button on ") + b.name, p.accent, b.color);
        edge(std::string("primary button hovered on ") + b.name, p.accent_hover, b.color);
        edge(std::string("danger button outline on ") + b.name, p.danger, b.color);
        edge(std::string("chosen chip on ") + b.name, p.accent, b.color);
    }
    edge("chosen level card outline on the page", p.accent, p.background);
    edge("hovered level card outline on the page", p.text_muted, p.background);
    edge("Undo button on the toast", p.surface, toast.color);
    // States shown by a mark: tabs (underline), side list (strip), level card (check), ImGui's
    // check box and radio mark on their frame in every state, the slider's grab.
    edge("selected tab underline on the top bar", p.accent, p.surface);
    edge("selected step tab underline on the page", p.accent, p.background);
    edge("side-list selection strip on its fill", p.accent, p.accent_soft);
    edge("chosen level card check circle", p.accent, p.accent_soft);
    edge("chosen level card tick", p.accent_text, p.accent);
    for (const Rgba frame : {s.frame_bg, s.frame_bg_hovered, s.frame_bg_active}) {
        edge("check mark / radio dot on its frame " + hex(frame), s.check_mark, frame);
    }
    edge("slider grab", s.slider_grab, s.frame_bg);
    edge("slider grab, dragged", s.slider_grab_active, s.frame_bg_active);
    edge("scrollbar grab on the page", s.scrollbar_grab, s.window_bg);
    edge("scrollbar grab hovered", s.scrollbar_grab_hovered, s.window_bg);
    // The keyboard focus ring (ours and ImGui's navigation highlight) on every backdrop.
    for (const auto& b : all) edge(std::string("focus ring on ") + b.name, p.focus, b.color);
    for (const auto& b : all) edge(std::string("ImGui focus highlight on ") + b.name, s.nav_highlight, b.color);
    // Charts: the current shape, the target outline, the dots (cards; the projector: the page),
    // the progress bars against their track, the Results ladder's rungs (only outlined in their
    // stage colour while the stage is provisional). A dimension not rated leaves a gap in the
    // radar and says "not rated" in muted text on the card (above). The "Provisional" tag is
    // text on the tinted panel colour (above).
    edge("radar current outline", p.accent, p.surface);
    edge("radar target outline", p.target, p.surface);
    edge("progress bar on its track", p.accent, p.border);
    for (int i = 0; i < 4; ++i) {
        edge("dot / rung of stage " + std::to_string(i) + " on a card", p.stage[i], p.surface);
        edge("dot of stage " + std::to_string(i) + " on the page", p.stage[i], p.background);
    }
    edge("median line and marker", p.text, p.surface);
    return out;
}

struct Lowest {
    double ratio = 99;
    std::string what;
};

// Checks one theme; returns the lowest text and boundary ratios for the message.
void check_theme(Kind kind, const std::string& name, double text_min, double boundary_min) {
    const Palette& p = palette::palette(kind);
    // The outline our widgets draw and the frame ImGui draws around its own are one colour.
    CHECK(palette::style_colors(p).border == p.control);
    Lowest text, boundary;
    for (const Pair& pair : drawn_pairs(p)) {
        const double ratio = palette::contrast_ratio(pair.fg, pair.bg);
        const bool is_text = pair.need == Need::Text;
        const double needed = is_text ? text_min : boundary_min;
        Lowest& low = is_text ? text : boundary;
        if (ratio < low.ratio) low = {ratio, pair.what + " (" + hex(pair.fg) + " on " + hex(pair.bg) + ")"};
        INFO(name << ": " << pair.what << ": " << hex(pair.fg) << " on " << hex(pair.bg) << " is " << ratio
                  << ":1, needs " << needed);
        CHECK(ratio >= needed);
    }
    MESSAGE(name << " lowest text " << text.ratio << ":1, " << text.what << "; lowest boundary " << boundary.ratio
                 << ":1, " << boundary.what);
}

}  // namespace

TEST_CASE("contrast: the WCAG formula gives the known values") {
    CHECK(palette::contrast_ratio(0x000000FF, 0xFFFFFFFF) == doctest::Approx(21.0));
    CHECK(palette::contrast_ratio(0xFFFFFFFF, 0xFFFFFFFF) == doctest::Approx(1.0));
    CHECK(palette::contrast_ratio(0x777777FF, 0xFFFFFFFF) == doctest::Approx(4.48).epsilon(0.005));
    CHECK(palette::relative_luminance(0xFF0000FF) == doctest::Approx(0.2126));
    // Half-transparent black over white is the grey halfway between.
    CHECK(palette::composite(0x00000080, 0xFFFFFFFF) == 0x7F7F7FFF);
    CHECK(palette::composite(0x123456FF, 0xFFFFFFFF) == 0x123456FF);
}

TEST_CASE("contrast: every pair the light theme draws") { check_theme(Kind::Light, "light", 4.5, 3.0); }
TEST_CASE("contrast: every pair the dark theme draws") { check_theme(Kind::Dark, "dark", 4.5, 3.0); }
TEST_CASE("contrast: every pair the high-contrast theme draws, to 7:1 and 4.5:1") {
    check_theme(Kind::Contrast, "high contrast", 7.0, 4.5);
}

}  // namespace ladder::test
