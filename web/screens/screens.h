// The screens and what they share. Each screen is a function in its own file that draws from
// the app's state, read-only, and returns what the user asked for as intents; the shell hands
// them to app::apply(). Screens never change state, read storage or call the browser: the
// build gives them no way to (docs/ARCHITECTURE.md).
#pragma once

#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "intents.h"
#include "state.h"
#include "theme.h"
#include "widgets.h"

namespace ladder::ui {

using app::Intents;
using app::Screen;
using app::State;
using app::UiState;
namespace intent = app::intent;

// What the screens remember between frames that is theirs alone, not the app's: where focus
// and scrolling were, and a value being dragged.
struct ScreenMemory {
    int pending_text_size = 0;  // the Settings slider while it is held
    bool started = false;
    Screen shown = Screen::Welcome;
    std::tuple<int, bool, std::size_t> team_view{0, false, 0};  // step, projector, its category
    std::size_t category = 0;                   // the question shown on Assess
    std::tuple<Screen, std::size_t, bool> place{Screen::Welcome, 0, false};  // screen, spot, banner
    // The message on screen this frame (the error banner, else the toast): its text and where
    // it is in the content, in CSS pixels from the top (for an embed; see app::on_message_shown).
    std::string message;
    float message_top = 0, message_height = 0;
};

// The whole frame: top bar, banner, the open screen, the toast and the drop overlay. Returns
// the user's intents; content_height_css is the content's full height (for an embed).
Intents draw_frame(const State& state, ScreenMemory& memory, float& content_height_css);

// The page's title for the state shown: the screen (and the question being answered), then
// the app's name, so a browser tab and a screen reader say where the user is.
std::string page_title(const State& state);

// Layout helpers shared by the screens.
bool narrow_layout();                   // phones and small windows: single column
float content_width(Screen screen);      // the readable column width, device pixels
// Centres a column of `width` in the current window; call before drawing the column.
void begin_column(const char* id, float width);
void end_column();
// The next item on the same line, `spacing` after the last, unless its `width` does not fit
// there: then on a new line (rows of choices wrap on narrow screens and at large text).
void same_line_if_fits(float width, float spacing);
// A small note-like tag ("Provisional") on the current line, centred on a line `line_height` tall.
void tag(const std::string& label, float line_height);
float radio_width(const std::string& label);  // a radio with this label: circle, gap, text
// A CachedBlock key from everything that changes how a block draws the same data: the model
// and its languages, the interface's language, the theme, the text size and the width.
std::uint64_t view_key(const Session& session);

// The screens.
void draw_welcome(const State& state, Intents& out);
void draw_assess(const State& state, Intents& out);
void draw_results(const State& state, Intents& out);
void draw_team(const State& state, Intents& out);
void draw_peers(const State& state, Intents& out);
void draw_projector(const State& state, Intents& out);
void draw_saved(const State& state, Intents& out);
void draw_settings(const State& state, ScreenMemory& memory, Intents& out);
// The parts of every frame around the screen (chrome.cpp).
void draw_top_bar(const State& state, Intents& out);
void draw_banner(const State& state, ScreenMemory& memory, Intents& out);
void draw_conflict(const State& state, ScreenMemory& memory, Intents& out);
void draw_share_offer(const State& state, ScreenMemory& memory, Intents& out);
void draw_toast(const State& state, ScreenMemory& memory, Intents& out);
void draw_drop_overlay(const State& state);
// Shared pieces of the results screen used elsewhere.
// `band_min`/`band_max` (one per dimension, optional): a shaded band between the lowest and
// highest respondent's score, for a team.
void draw_radar(const Model& model, const ScoreResult& result, const std::string& lang, float size,
                const std::vector<std::optional<double>>* band_min = nullptr,
                const std::vector<std::optional<double>>* band_max = nullptr);
// One next step as a panel (category, dimension, from and to, the step); the focus steps stand
// out. `peers`: what peers show there ("7 of 12 peers are already at level 2 here"), if known.
void draw_next_step(const Model& model, const NextStep& step, const std::string& lang, std::size_t index, bool focus,
                    const std::string& peers = "");
// The band a radar may show behind the shapes: the team's members' range, or the peers' middle half.
enum class Band { None, Team, Peers };
// The legend under a radar: current (solid: the team's medians for a team), target (dashed),
// and the band if shown.
void draw_radar_legend(bool team, Band band);
// Comparing with peers (a ladder-peers file the team opened), for Results and the team plan:
// the comparison of `team` (an assessment's result, or the team's plan) if a benchmark is open;
// the radar band it gives (the peers' quartiles); the section that says where the team stands
// and offers to open or close a benchmark; and the words under a next step.
std::optional<PeerComparison> peer_comparison(const State& state, const ScoreResult& team);
void peer_band(const std::optional<PeerComparison>& comparison, std::vector<std::optional<double>>& q1,
               std::vector<std::optional<double>>& q3);
void draw_peer_comparison(const State& state, const std::optional<PeerComparison>& comparison, Intents& out);
std::string peers_at_step(const std::optional<PeerComparison>& comparison, std::size_t step);
// Buttons in a row that wraps to the next line when the column is too narrow.
struct RowButton {
    const char* id;
    std::string label;
    ButtonKind kind = ButtonKind::Secondary;
    bool enabled = true;
};
int button_row(const std::vector<RowButton>& buttons);  // the index pressed, or -1
std::string format_median(double median);  // "2" or "1.5"
std::string stage_title(const Model& model, std::optional<int> stage, const std::string& lang);

}  // namespace ladder::ui
