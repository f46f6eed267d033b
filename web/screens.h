// The screens and what they share. Each screen is a function in its own file that draws from
// the session and the UI state and returns what the user asked for as Intents; app.cpp
// applies them. Screens never change state themselves.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "library.h"
#include "session.h"
#include "theme.h"
#include "widgets.h"

namespace ladder::ui {

enum class Screen { Welcome, Assess, Results, Team, Saved, Settings };

const char* screen_name(Screen screen);  // "welcome", ... (stored across reloads)
std::optional<Screen> screen_from_name(const std::string& name);

struct Message {
    std::string title, text;
};

// What the interface shows besides the assessment itself. Kept apart from the Session.
struct UiState {
    Screen screen = Screen::Welcome;
    std::size_t category = 0;  // index into the model's categories, on the Assess screen
    ThemeKind theme = ThemeKind::Light;
    int text_size = 100;       // percent, 100..200
    float width_css = 1280;    // viewport width in CSS pixels, for the layout
    bool storage_ok = true;
    bool dragging_files = false;
    std::string current_id;    // storage id of the open assessment
    std::vector<library::Summary> saved;  // refreshed when storage changes
    std::optional<Message> error;         // shown in a banner until dismissed
    std::string toast;                    // a short confirmation, shown for a few seconds
    double toast_until = 0;
    std::string undo_key, undo_text;      // the storage entry last deleted, for Undo
    std::vector<std::string> compare;     // up to two ids ticked on My assessments
    bool confirm_clear = false;
    bool all_steps_open = false;
    std::string draft_team, draft_respondent;  // the welcome screen's fields

    // The Team screen.
    std::string team_id;                  // storage id of the open team exercise
    int team_step = 0;                    // 0 collect answers, 1 discuss, 2 agree the plan
    bool projector = false;               // large-type view of one category at a time
    std::size_t projector_index = 0;      // position in the discussion order
    bool add_from_saved = false;          // the list of this browser's assessments is open
    std::vector<std::string> team_problems;  // files that could not be added, with the reason
    std::optional<std::pair<std::size_t, Assessment>> removed_respondent;  // for Undo
    std::vector<library::TeamSummary> saved_teams;
};

enum class Action {
    Go,             // screen
    StartNew,       // uses draft team and respondent
    OpenSaved,      // text: id
    OpenExample,
    Import,
    SelectCategory, // value: index
    SetLevel,       // value: level, or -1 to clear
    SetDontKnow,    // value: 0 or 1
    SetTarget,      // value: level, or -1 for the default
    NoteEdited,     // the note's text was edited in place
    DetailsEdited,  // team or respondent edited in place
    Download,       // text: "json", "csv" or "html"
    Print,
    CopySummary,
    Duplicate,      // text: id
    Delete,         // text: id
    Undo,
    ToggleCompare,  // text: id
    SetTheme,       // value: ThemeKind
    SetTextSize,    // value: percent
    AskClearAll,
    ClearAll,
    CancelClearAll,
    ToggleAllSteps,
    DismissError,
    UseDefaultModel,
    UseOffline,
    Share,          // embedded: the summary to the partner page
    // The team exercise.
    TeamStep,          // value: 0..2
    TeamAddFiles,      // opens the file picker (several files)
    TeamAddSaved,      // text: id of an assessment saved in this browser
    TeamToggleSaved,   // shows or hides that list
    TeamRemove,        // value: index of the respondent
    TeamSetTarget,     // text: category id; value: level, or -1 to start from the median again
    TeamEdited,        // the team name or theory of change was edited in place
    TeamHideRatings,   // value: 0 or 1
    TeamReveal,        // text: category id, or empty for all
    TeamProjector,     // value: 0 or 1
    TeamProjectorGo,   // value: position in the discussion order
    TeamDownload,      // text: "html", "csv" or "json"
    TeamPrint,
    TeamNew,
    OpenTeam,          // text: id
    DeleteTeam,        // text: id
    DismissTeamProblems,
};

struct Intent {
    Action action;
    int value = 0;
    std::string text;
    Screen screen = Screen::Welcome;
};

using Intents = std::vector<Intent>;

// Layout helpers shared by the screens.
bool narrow_layout(const UiState& ui);  // phones and small windows: single column
float content_width(const UiState& ui); // the readable column width, device pixels
// Centres a column of `width` in the current window; call before drawing the column.
void begin_column(const char* id, float width);
void end_column();

// The screens.
void draw_welcome(Session& session, UiState& ui, Intents& out);
void draw_assess(Session& session, UiState& ui, Intents& out);
void draw_results(const Session& session, UiState& ui, Intents& out);
void draw_team(Session& session, UiState& ui, Intents& out);
void draw_projector(const Session& session, UiState& ui, Intents& out);
void draw_saved(const Session& session, UiState& ui, Intents& out);
void draw_settings(const Session& session, UiState& ui, Intents& out);
// Shared pieces of the results screen used elsewhere.
// `band_min`/`band_max` (one per dimension, optional): a shaded band between the lowest and
// highest respondent's score, for a team.
void draw_radar(const Model& model, const ScoreResult& result, const std::string& lang, float size,
                const std::vector<std::optional<double>>* band_min = nullptr,
                const std::vector<std::optional<double>>* band_max = nullptr);
// One next step as a panel (category, dimension, from and to, the step); the focus steps stand out.
void draw_next_step(const Model& model, const NextStep& step, const std::string& lang, std::size_t index, bool focus);
// The legend under a radar: current (solid), target (dashed), and the team's band if shown.
void draw_radar_legend(bool band);
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
