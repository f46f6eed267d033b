// Everything the app knows, as plain data: the assessment and team exercise being worked on
// (the Session, core types), what the interface shows (UiState), the user's settings and the
// page it runs in. Screens read it through a const reference; only apply() and the other
// entry points in app.h change it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "peers.h"
#include "session.h"
#include "team.h"

namespace ladder::app {

enum class Screen { Welcome, Assess, Results, Team, Peers, Saved, Settings };
const char* screen_name(Screen screen);  // "welcome", ... (stored across reloads)
std::optional<Screen> screen_from_name(const std::string& name);

enum class ThemeKind { Light, Dark, Contrast };

// What the user chose in Settings; kept across visits.
struct Settings {
    ThemeKind theme = ThemeKind::Light;
    // Until the user picks a theme, it follows the browser (preferred_theme) on every visit,
    // and nothing about it is stored.
    bool theme_chosen = false;
    int text_size = 100;  // percent, 100..200
    // The interface language the user picked ("es"); empty until they pick one, and then the
    // page follows the browser's languages on every visit (choose_language in language.h).
    std::string language;
};

// How the page was opened: hosted, offline (the single file), or embedded in a partner site.
struct PageInfo {
    bool offline = false;
    bool embedded = false;
    bool auto_height = false;       // embedded, and the frame follows its content's height
    std::string parent_origin;      // embedded: the partner's origin
    bool parent_verified = false;   // the origin above is really the page that embeds us
    std::string lang, model_url;    // from ?lang= (an embed script's data-lang) and data-model
    std::vector<std::string> browser_languages;  // navigator.languages, most preferred first
    // The browser's media preferences when the page opened (prefers-color-scheme: dark,
    // prefers-contrast: more, prefers-reduced-motion: reduce).
    bool prefers_dark = false;
    bool prefers_more_contrast = false;
    bool prefers_reduced_motion = false;
    // An assessment shared as a link: what followed "#share=" in the page's address (share.cpp).
    std::string share;
};

// A banner's message. One about work that is not being kept offers the way to keep it.
struct Message {
    std::string title, text;
    bool offer_download = false;  // "Download my answers" (the team exercise on the Team screen)
    bool about_storage = false;   // says storage failed: taken down when a later write succeeds
    std::string stored_id;        // an assessment that cannot be read: "Download its text" offers it
};

// An assessment saved in this browser, as My assessments lists it.
struct SavedAssessment {
    std::string id;
    bool readable = false;
    std::string other_model;  // set when the entry is for another model than the one in use
    std::string problem;      // why it cannot be read (the file check's message)
    std::string team, respondent, updated;
    std::string respondent_id;  // the assessment's own id (the file's "id"), not its storage key
    int percent_answered = 0;
    std::optional<int> stage;
};

// Two saved assessments side by side, older first, as the core compares them.
struct Compared {
    std::string older, newer;  // "Team (2026-11-20)"
    History history;
};

struct SavedTeam {
    std::string id;
    bool readable = false;
    std::string team, updated;
    int respondents = 0;
};

// What the last removal took away, so Undo can put it back: a storage entry (an assessment or
// a team exercise deleted from My assessments), or a member removed from the team exercise.
struct RemovedEntry {
    std::string key, text;
};
struct RemovedRespondent {
    std::size_t index = 0;
    Assessment assessment;
};
// Teams taken out of the convening view (one, or all of them), with their peer groups.
struct RemovedPeers {
    std::vector<std::size_t> at;  // where each was, ascending
    std::vector<PeerInput> inputs;
    std::vector<std::string> groups, ids, texts;
};
using Undo = std::variant<RemovedEntry, RemovedRespondent, RemovedPeers>;

// A short confirmation at the bottom of the window. One that offers Undo stays until the next
// action; any other goes by itself after a few seconds.
struct Toast {
    std::string text;
    std::optional<double> expires;  // platform clock, seconds
};

struct TeamView {
    std::string id;                       // storage id of the open team exercise
    int step = 0;                         // 0 collect answers, 1 discuss, 2 agree the plan
    bool projector = false;               // large-type view of one category at a time
    std::size_t projector_index = 0;      // position in the discussion order
    bool projector_names = true;          // names on the projected dots and notes after a reveal
    bool add_from_saved = false;          // the list of this browser's assessments is open
    std::vector<std::string> problems;    // files that could not be added, with the reason
};

// The open assessment or team exercise was written by another tab of this browser (the
// storage event). Until the user chooses, this tab does not write it, so neither version is
// lost. For an assessment the choice can be made per category: each differing one starts on
// the other tab's answer where this tab had not changed it since it last took it from storage, else
// on this tab's (a three-way comparison against that common version).
struct TabConflict {
    bool team = false;                  // the team exercise, else the open assessment
    std::optional<std::string> theirs;  // the other tab's text; none when it deleted the entry
    std::optional<Assessment> their_assessment;  // theirs, read (an assessment conflict)
    struct Choice {
        std::string category;
        bool theirs = false;
    };
    std::vector<Choice> choices;        // the categories whose answers differ, model order
    bool details_differ = false;        // team or respondent name, theory of change
    bool their_details = false;
};

// What the interface shows besides the documents themselves.
// Sharing an assessment as a link (share.cpp): the link made for the open assessment, or how
// long it would have been, and an assessment that came in a link, waiting for the user's yes.
// The longest link offered: what chat tools, e-mail and old browsers reliably keep whole.
constexpr std::size_t kShareLinkMax = 2000;
struct ShareView {
    std::string link;
    std::size_t too_long = 0;  // the length of a link too long to share (0: none)
    int revision = -1;         // Session::revision the link (or too_long) was made for
    std::optional<std::string> offered;  // the shared assessment's text
};

// The convening view (peers.cpp): an organiser gathers many teams' files, each team counted
// once, sees them side by side and publishes a peer benchmark made only of totals. Kept in
// browser storage (each file under its own key) until the organiser removes the teams.
struct ConveningView {
    std::vector<PeerInput> inputs;    // every file given, in order, refused ones too
    std::vector<std::string> groups;  // per input: the organiser's peer group ("" none)
    std::vector<std::string> ids;     // per input: its storage id
    std::vector<std::string> texts;   // per input: the file's JSON as read ("" if it was not JSON)
    std::vector<std::string> unread;  // stored ids whose entries could not be read (kept listed)
    bool names = false;               // teams by name; else "Team A", "Team B"... (a projector)
    int sort = -1;                    // the dimension the teams are sorted by; -1 as added
    int min_group = kMinGroup;        // the fewest teams a published figure may come from
    std::string group;                // the peer group shown; "" all teams
    // Worked out whenever the above changes (refresh_convening):
    PeerBenchmark all;                   // every team: what was refused or counted once
    std::vector<int> letter;             // per input: its letter's number (0 = "A"), -1 not counted
    std::vector<std::size_t> rows;       // the inputs shown (counted, in the group), in order
    PeerBenchmark benchmark;             // of the teams shown: what is published
    struct GroupFigures {
        std::string name;
        PeerBenchmark benchmark;
    };
    std::vector<GroupFigures> by_group;  // each peer group named, alphabetically
    int revision = 0;                    // bumps on every change
};

// The most an organiser may ask a published figure to come from.
constexpr int kMaxMinGroup = 50;
// A team's letter when teams are not named: 0 "A", 25 "Z", 26 "AA", 27 "AB"...
std::string peer_letter(int number);
// How the Peers screen calls an input: "Team A" while names are hidden (a counted team), else
// its team's name, or its file's when it has none.
std::string peer_label(const ConveningView& view, std::size_t input);
// An input's peer group: its tag without spaces at either end ("" none).
std::string peer_group(const ConveningView& view, std::size_t input);

// A peer benchmark a team opened to set its own results against.
struct PeerCompare {
    std::string file;
    PeerBenchmark peers;
};

struct UiState {
    Screen screen = Screen::Welcome;
    std::size_t category = 0;  // index into the model's categories, on the Assess screen
    bool storage_ok = true;
    bool storage_full = false;  // the last write failed for lack of room (else storage is off)
    std::optional<TabConflict> conflict;
    int tab_writes = 0;  // other tabs' writes heard so far (for tests to wait on)
    bool dragging_files = false;
    std::string current_id;    // storage id of the open assessment
    std::vector<SavedAssessment> saved;  // refreshed when storage changes
    std::vector<SavedTeam> saved_teams;
    std::optional<Message> error;        // shown in a banner until dismissed
    std::optional<Toast> toast;
    std::optional<Undo> undo;
    std::vector<std::string> compare;    // up to two ids ticked on My assessments
    std::optional<Compared> comparison;  // of those two, computed when the choice changes
    bool confirm_clear = false;
    bool all_steps_open = false;
    std::string draft_team, draft_respondent;  // the welcome screen's fields
    TeamView team;
    ShareView share;
    ConveningView convening;
    std::optional<PeerCompare> peers;
    bool picking_peers = false;  // the file picker was opened for a peer benchmark
};

// What the app keeps to itself: what storage already holds, so it writes only changes.
struct Bookkeeping {
    std::optional<Model> custom_model;  // a model loaded from a file or an embed's data-model
    // The built-in model with the languages loaded so far added to its texts (language.cpp).
    std::optional<Model> default_model;
    // The languages fetched so far, as read from their files (the interface strings, the core's
    // messages, the built-in model's texts), so switching back to one needs no new fetch.
    std::vector<std::pair<std::string, Json>> language_files;
    std::string language_wanted;        // being fetched; shown once it arrives
    bool started = false;               // init has finished (it waits for the first language)
    int saved_revision = -1;            // Session::revision last written
    // The open assessment as this tab last took it from storage (opening it, or settling with
    // another tab): the common ancestor when another tab writes it too (TabConflict). This
    // tab's own writes leave it, so its own changes since stay visible as changes.
    std::string saved_assessment_text;
    int saved_team_revision = 0;        // Session::team_revision last written
    std::string saved_state;            // the UI state text last written
    float reported_height = 0;          // embedded: the content height last sent to the partner
    std::string shown_message;          // embedded: the message the partner was last asked to show
};

// Not copyable: the session points into kept.custom_model.
struct State {
    State() = default;
    State(const State&) = delete;
    State& operator=(const State&) = delete;

    Session session;
    UiState ui;
    Settings settings;
    PageInfo page;
    Bookkeeping kept;
};

bool undo_offered(const UiState& ui);
// How the page was opened, from the JSON the browser describes it with; anything missing or
// of the wrong type keeps its default (a hosted page).
PageInfo read_page_info(std::string_view json);
// The theme for someone who has not chosen one: high contrast when the browser asks for more
// contrast, else dark when it prefers a dark colour scheme, else light.
ThemeKind preferred_theme(const PageInfo& page);

}  // namespace ladder::app
