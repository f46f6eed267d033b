#include "app.h"

#include "app_internal.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>
#include <cstdarg>
#include <iterator>
#include <vector>

#include "imgui.h"
#include "platform.h"
#include "report.h"
#include "strings.h"
#include "widgets.h"

namespace ladder {
namespace {

using ui::Action;
using ui::Intent;
using ui::S;
using ui::Screen;
using ui::tr;
using ui::trf;

Session g_session;
ui::UiState g_ui;

using app::refresh_saved;
using app::slug;
using app::toast;
std::optional<Model> g_custom_model;  // a model loaded from a file or an embed's data-model
float g_reported_height = 0;          // embedded: the content height last sent to the partner
int g_saved_revision = -1;
std::string g_saved_state;

// Frame statistics for window.ladder.stats() and make bench: a ring of recent CPU times.
struct Stats {
    long long frames = 0;
    double recent_ms[120] = {};
} g_stats;

double median_frame_ms() {
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(g_stats.frames), std::size(g_stats.recent_ms));
    if (n == 0) return 0;
    std::vector<double> times(g_stats.recent_ms, g_stats.recent_ms + n);
    std::nth_element(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(n / 2), times.end());
    return times[n / 2];
}

bool undo_offered() { return !g_ui.undo_key.empty() || g_ui.removed_respondent.has_value(); }

// Opens an assessment as the current one, on the screen that suits it. The one open before is
// written first if it has changes not yet saved: two imports with no frame between them (two
// files in one drop, two loadAssessment calls) would otherwise lose the first.
void open_assessment(Assessment assessment, const std::string& id, Screen screen) {
    if (!g_ui.current_id.empty() && g_session.revision != g_saved_revision) {
        app::storage_written(library::save(g_ui.current_id, g_session.assessment));
    }
    g_session.assessment = std::move(assessment);
    g_ui.current_id = id;
    g_ui.category = 0;
    g_ui.screen = screen;
    rescore(g_session);
    g_saved_revision = -1;  // save under its (possibly new) id
}


std::string file_name(const char* extension) {
    return app::dated_file_name("ladder-", g_session.assessment.team, g_session.assessment.updated, extension);
}

std::string summary_text() {
    const Model& m = *g_session.model;
    const ScoreResult& r = g_session.result;
    const std::string& lang = g_session.lang;
    const Assessment& a = g_session.assessment;
    std::string out = (a.team.empty() ? tr(S::UnnamedTeam) : a.team) + "\n";
    out += std::string(tr(S::OverallStage)) + ": " + ui::stage_title(m, r.overall_stage, lang);
    if (r.overall_score) out += " (" + trf(S::ScoreOf3, *r.overall_score) + ")";
    out += "\n";
    for (std::size_t i = 0; i < m.dimensions.size(); ++i) {
        out += "- " + m.dimensions[i].title.get(lang) + ": " + ui::stage_title(m, r.dimensions[i].stage, lang) + "\n";
    }
    if (!r.next_steps.empty()) out += std::string("\n") + tr(S::FocusTitle) + ":\n";
    for (std::size_t i = 0; i < r.next_steps.size() && i < kFocusSteps; ++i) out += "- " + r.next_steps[i].text + "\n";
    return out;
}

// The first few validator messages, one per line, for a banner.
std::string problem_list(const Errors& errors) {
    std::string out;
    for (std::size_t i = 0; i < errors.size() && i < 6; ++i) out += "\n" + errors[i].to_string();
    if (errors.size() > 6) out += "\n...";
    return out;
}

// Switches to another model: a fresh assessment for it; saved ones stay where they are.
void use_model(std::optional<Model> model) {
    g_custom_model = std::move(model);
    g_session.model = g_custom_model ? &*g_custom_model : &default_model();
    // The language asked for (an embed's data-lang) when the model has it, else English.
    const std::string& wanted = platform::page_info().lang;
    const auto& languages = g_session.model->languages;
    g_session.lang = std::find(languages.begin(), languages.end(), wanted) != languages.end() ? wanted : "en";
    g_session.assessment = blank_assessment(*g_session.model);
    g_ui.current_id.clear();
    g_ui.category = 0;
    rescore(g_session);
    g_saved_revision = g_session.revision;
    app::open_team(blank_team_exercise(*g_session.model), "", true);
    refresh_saved();
}

// A model from a file or the network: used if valid; otherwise its problems are shown and the
// model in use stays.
bool load_custom_model(const std::string& name, const Json& json, bool remember) {
    auto model = load_model_json(json);
    if (!model) {
        g_ui.error = ui::Message{tr(S::ModelInvalid), name + ":" + problem_list(model.errors()) + "\n" + tr(S::ModelKept)};
        return false;
    }
    if (remember) platform::storage_set(library::kModelKey, json.dump());
    const std::string title = model.value().title.get(g_session.lang);
    use_model(std::move(model).value());
    g_ui.screen = Screen::Welcome;
    g_ui.error.reset();
    toast(trf(S::ModelLoaded, title.c_str()));
    return true;
}

void on_model_fetched(bool ok, const std::string& text, const std::string& error) {
    const std::string& url = platform::page_info().model_url;
    if (!ok) {
        g_ui.error = ui::Message{tr(S::ModelUnreachable), url + ": " + error + ". " + tr(S::ModelKept)};
        return;
    }
    const auto json = parse_json(text);
    if (!json) {
        g_ui.error = ui::Message{tr(S::ModelInvalid), url + ": " + json.error().to_string() + "\n" + tr(S::ModelKept)};
        return;
    }
    load_custom_model(url, json.value(), false);
}

void on_parent_message(const std::string& text) {
    const auto json = parse_json(text);
    if (!json || !json.value().is_object()) return;
    const Json& m = json.value();
    const auto type = m.find("type");
    if (string_member(m, "protocol") == "ladder-embed" && type != m.end() && *type == "request-resize") g_reported_height = 0;
}

// Embedded and sized to content: tells the partner page how tall the content is, when it changes.
void report_height(float content_css) {
    const platform::PageInfo& page = platform::page_info();
    if (!page.embedded || !page.auto_height || !page.parent_verified) return;
    constexpr float kMaxHeight = 3000;  // beyond this the frame scrolls inside
    const float height = std::min(std::ceil(content_css), kMaxHeight);
    platform::set_wheel_pass_through(content_css <= kMaxHeight);
    if (std::abs(height - g_reported_height) < 1) return;
    g_reported_height = height;
    Json message = {{"protocol", "ladder-embed"}, {"version", 1}, {"type", "resize"}, {"height", height}};
    platform::post_to_parent(message.dump());
}

// What a partner receives when the user shares: stages and completeness, never notes.
Json share_summary() {
    const Model& m = *g_session.model;
    const ScoreResult& r = g_session.result;
    Json dimensions = Json::array();
    for (std::size_t i = 0; i < m.dimensions.size(); ++i) {
        const DimensionScore& d = r.dimensions[i];
        dimensions.push_back({{"id", d.id},
                              {"score", d.score ? Json(round2(*d.score)) : Json(nullptr)},
                              {"stage", d.stage ? Json(*d.stage) : Json(nullptr)},
                              {"stage_id", d.stage ? Json(m.stages[*d.stage].id) : Json(nullptr)}});
    }
    Json overall = {{"score", r.overall_score ? Json(round2(*r.overall_score)) : Json(nullptr)},
                    {"stage", r.overall_stage ? Json(*r.overall_stage) : Json(nullptr)},
                    {"stage_id", r.overall_stage ? Json(m.stages[*r.overall_stage].id) : Json(nullptr)}};
    return {{"model", {{"id", m.id}, {"model_version", m.model_version}}},
            {"overall", overall},
            {"completeness", round2(r.completeness)},
            {"dimensions", dimensions}};
}

// Opens parsed file content as an import does: a model file switches the model, an assessment
// opens on Results; on failure nothing changes and the banner says why.
Result<bool> import_json(const std::string& name, const Result<Json>& json) {
    if (json && string_member(json.value(), "format") == "ladder-model") {
        if (load_custom_model(name, json.value(), true)) return true;
        return Error{"", g_ui.error ? g_ui.error->text : ""};
    }
    auto read = json ? read_assessment_json(json.value(), *g_session.model) : Result<Assessment>(json.errors());
    if (!read) {
        g_ui.error = ui::Message{tr(S::ImportFailed),
                                 name + ": " + read.error().to_string() + ". " + tr(S::ImportFailedKept)};
        return read.errors();
    }
    const std::string id = library::new_id();
    open_assessment(std::move(read).value(), id, Screen::Results);
    g_ui.error.reset();
    toast(trf(S::Imported, name.c_str()));
    return true;
}

void on_file(const std::string& name, const std::string& text, bool too_big) {
    // Something new arrived: an Undo offered before is about something else now.
    g_ui.undo_key.clear();
    g_ui.undo_text.clear();
    g_ui.removed_respondent.reset();
    if (too_big) {
        const std::string message = trf(S::FileTooBig, name.c_str());
        if (g_ui.screen == Screen::Team) g_ui.team_problems.push_back(message);
        else g_ui.error = ui::Message{tr(S::ImportFailed), message + " " + tr(S::ImportFailedKept)};
        return;
    }
    // Parsed once here; what happens depends on the file's format and the screen.
    const auto json = parse_json(text);
    if (g_ui.screen == Screen::Team || (json && string_member(json.value(), "format") == "ladder-team")) {
        app::team_add(name, json);
    } else {
        import_json(name, json);
    }
}

void on_drag(bool over) { g_ui.dragging_files = over; }

// Writes the open assessment when it changed, and the UI state when it changed.
void autosave() {
    if (g_session.revision != g_saved_revision) {
        g_saved_revision = g_session.revision;
        if (g_ui.current_id.empty()) g_ui.current_id = library::new_id();
        app::storage_written(library::save(g_ui.current_id, g_session.assessment));
        if (g_ui.screen == Screen::Saved || g_ui.screen == Screen::Welcome) refresh_saved();
    }
    app::autosave_team();
    Json state = Json::object();
    state["current"] = g_ui.current_id;
    state["screen"] = ui::screen_name(g_ui.screen);
    const Model& m = *g_session.model;
    state["category"] = g_ui.category < m.categories.size() ? m.categories[g_ui.category].id : "";
    state["theme"] = g_ui.theme == ui::ThemeKind::Dark ? "dark" : "light";
    state["text_size"] = g_ui.text_size;
    state["team"] = g_ui.team_id;
    state["team_step"] = g_ui.team_step;
    std::string text = state.dump();
    if (text != g_saved_state) {
        g_saved_state = std::move(text);
        platform::storage_set(library::kStateKey, g_saved_state);
    }
}

// Reads the UI state saved by the last visit; anything missing or malformed keeps its default.
void restore() {
    std::string text;
    if (!platform::storage_get(library::kStateKey, text)) return;
    const auto parsed = parse_json(text);
    if (!parsed || !parsed.value().is_object()) return;
    const Json& s = parsed.value();
    const auto get = [&](const char* key) { return string_member(s, key); };
    if (get("theme") == "dark") g_ui.theme = ui::ThemeKind::Dark;
    const auto size = s.find("text_size");
    if (size != s.end() && size->is_number_integer()) g_ui.text_size = std::clamp(size->get<int>(), 100, 200);
    const Screen screen = ui::screen_from_name(get("screen")).value_or(Screen::Welcome);
    g_ui.screen = screen;
    app::restore_team(s);
    const std::string id = get("current");
    if (id.empty()) return;
    auto loaded = library::load(id, *g_session.model);
    if (!loaded) {
        // The open assessment cannot be read: start from the welcome screen, and leave the
        // stored text alone (it is never overwritten; a new assessment gets a new id).
        if (library::load_text(id)) g_ui.error = ui::Message{tr(S::StorageReadTitle), tr(S::StorageUnreadable)};
        g_ui.screen = Screen::Welcome;
        return;
    }
    open_assessment(std::move(loaded).value(), id, screen);
    g_saved_revision = g_session.revision;  // just read: nothing to write back
    const int category = g_session.model->category_index(get("category"));
    if (category >= 0) g_ui.category = static_cast<std::size_t>(category);
}

void draw_top_bar(ui::Intents& out) {
    const ui::Theme& t = ui::theme();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = t.px(56);
    const float width = ImGui::GetContentRegionAvail().x;
    const float display_w = ImGui::GetIO().DisplaySize.x;
    ImGui::PushClipRect(ImVec2(0, 0), ImGui::GetIO().DisplaySize, false);  // the bar spans the window padding
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(display_w, origin.y + height), t.colors.surface);
    draw->AddLine(ImVec2(0, origin.y + height), ImVec2(display_w, origin.y + height), t.colors.border, t.px(1));
    ImGui::PopClipRect();
    // Wordmark: three rungs and the name.
    const float rung = t.em(18);
    const ImVec2 mark(origin.x, origin.y + (height - rung) * 0.5f);
    draw->AddLine(mark, mark + ImVec2(0, rung), t.colors.accent, t.px(2.5f));
    draw->AddLine(mark + ImVec2(rung * 0.7f, 0), mark + ImVec2(rung * 0.7f, rung), t.colors.accent, t.px(2.5f));
    for (int i = 1; i <= 3; ++i) {
        const float y = mark.y + rung * static_cast<float>(i) / 4.0f;
        draw->AddLine(ImVec2(mark.x, y), ImVec2(mark.x + rung * 0.7f, y), t.colors.accent, t.px(2));
    }
    ImGui::PushFont(t.fonts.h3);
    draw->AddText(ImVec2(origin.x + rung + t.em(8), origin.y + (height - ImGui::GetFontSize()) * 0.5f), t.colors.text,
                  tr(S::AppName));
    ImGui::PopFont();

    struct Tab {
        const char* id;
        S label;
        Screen screen;
    };
    static const Tab tabs[] = {{"nav-welcome", S::NavWelcome, Screen::Welcome},
                               {"nav-assess", S::NavAssess, Screen::Assess},
                               {"nav-results", S::NavResults, Screen::Results},
                               {"nav-team", S::NavTeam, Screen::Team},
                               {"nav-saved", S::NavSaved, Screen::Saved},
                               {"nav-settings", S::NavSettings, Screen::Settings}};
    if (ui::narrow_layout(g_ui)) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + width - t.em(90), origin.y + (height - t.px(44)) * 0.5f));
        if (ui::button("nav-menu", tr(S::NavMenu), ui::ButtonKind::Quiet)) ImGui::OpenPopup("nav-popup");
        if (ImGui::BeginPopup("nav-popup")) {
            for (const auto& tab : tabs) {
                if (ui::nav_tab(tab.id, tr(tab.label), g_ui.screen == tab.screen)) {
                    out.push_back({Action::Go, 0, {}, tab.screen});
                    ImGui::CloseCurrentPopup();
                }
            }
            ImGui::EndPopup();
        }
    } else {
        float tabs_width = 0;
        ImGui::PushFont(t.fonts.body_bold);
        for (const auto& tab : tabs) tabs_width += ImGui::CalcTextSize(tr(tab.label)).x + t.em(20);
        ImGui::PopFont();
        ImGui::SetCursorScreenPos(ImVec2(origin.x + width - tabs_width, origin.y));
        for (const auto& tab : tabs) {
            if (ui::nav_tab(tab.id, tr(tab.label), g_ui.screen == tab.screen)) out.push_back({Action::Go, 0, {}, tab.screen});
            ImGui::SameLine(0, 0);
        }
        ImGui::NewLine();
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height + t.px(1)));
}

void draw_banner(ui::Intents& out) {
    if (!g_ui.error) return;
    const ui::Theme& t = ui::theme();
    ui::begin_column("banner", ui::content_width(g_ui));
    ui::vspace(16);
    ui::begin_panel("error-banner", t.colors.warning_soft, ImVec2(16, 14));
    ui::heading(t.fonts.body_bold, g_ui.error->title, t.colors.warning);
    ui::paragraph(g_ui.error->text);
    if (ui::button("error-dismiss", tr(S::Dismiss), ui::ButtonKind::Secondary)) out.push_back({Action::DismissError});
    ui::end_panel();
    ui::end_column();
}

void draw_toast(ui::Intents& out) {
    if (g_ui.toast.empty()) return;
    const double now = platform::now_seconds();
    if (now > g_ui.toast_until) {
        g_ui.toast.clear();
        return;
    }
    const ui::Theme& t = ui::theme();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y - t.px(24)), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, t.colors.text);
    ImGui::PushStyleColor(ImGuiCol_Text, t.colors.background);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.em(18), t.em(12)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, t.px(10));
    // A toast never blocks what is under it, unless it offers Undo.
    const ImGuiWindowFlags pass_through = undo_offered() ? 0 : ImGuiWindowFlags_NoInputs;
    ImGui::Begin("##toast", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | pass_through);
    if (undo_offered()) ImGui::AlignTextToFramePadding();  // level with the Undo button
    ImGui::TextUnformatted(g_ui.toast.c_str());
    if (undo_offered()) {
        ImGui::SameLine();
        ImGui::PopStyleColor();
        if (ui::button("toast-undo", tr(S::Undo), ui::ButtonKind::Quiet)) out.push_back({Action::Undo});
        ImGui::PushStyleColor(ImGuiCol_Text, t.colors.background);
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

void draw_drop_overlay() {
    if (!g_ui.dragging_files) return;
    const ui::Theme& t = ui::theme();
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const ImVec2 pad(t.px(16), t.px(16));
    draw->AddRectFilled(ImVec2(0, 0), display, (t.colors.background & 0x00FFFFFF) | 0xE0000000);
    draw->AddRect(pad, display - pad, t.colors.accent, t.px(16), 0, t.px(3));
    ImGui::PushFont(t.fonts.h2);
    const char* text = tr(S::DropHint);
    const ImVec2 size = ImGui::CalcTextSize(text);
    draw->AddText(ImVec2((display.x - size.x) * 0.5f, (display.y - size.y) * 0.5f), t.colors.text, text);
    ImGui::PopFont();
}

}  // namespace

namespace app {

Session& session() { return g_session; }
ui::UiState& state() { return g_ui; }

void toast(const std::string& text, double seconds) {
    g_ui.toast = text;
    g_ui.toast_until = platform::now_seconds() + seconds;
    platform::wake_after(seconds + 0.05);  // to take it down; nothing is drawn meanwhile
}

void refresh_saved() {
    g_ui.saved = library::list(*g_session.model);
    g_ui.saved_teams = library::list_teams(*g_session.model);
}

std::string slug(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 128) out += static_cast<char>(std::tolower(u));
        else if (!out.empty() && out.back() != '-') out += '-';
        if (out.size() >= 40) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "assessment" : out;
}

std::string dated_file_name(const std::string& prefix, const std::string& team, const std::string& updated,
                            const std::string& extension) {
    const std::string date = (updated.empty() ? platform::now_iso8601() : updated).substr(0, 10);
    return prefix + slug(team) + "-" + date + "." + extension;
}

void storage_written(bool ok) {
    if (ok || !g_ui.storage_ok) return;
    g_ui.storage_ok = false;
    g_ui.error = ui::Message{tr(S::StorageOffTitle), tr(S::StorageUnavailable)};
}

}  // namespace app

Session& app_session() { return g_session; }
const ui::UiState& app_ui() { return g_ui; }

Json app_stats() { return {{"frames", g_stats.frames}, {"frame_ms_median", median_frame_ms()}}; }

void app_note_frame(double cpu_ms) {
    g_stats.recent_ms[g_stats.frames % static_cast<long long>(std::size(g_stats.recent_ms))] = cpu_ms;
    ++g_stats.frames;
}

Result<bool> app_import_text(const std::string& name, std::string_view text) { return import_json(name, parse_json(text)); }

void app_init() {
    g_ui.storage_ok = platform::storage_available();
    if (!g_ui.storage_ok) g_ui.error = ui::Message{tr(S::StorageOffTitle), tr(S::StorageUnavailable)};
    platform::set_file_callback(on_file);
    platform::set_drag_callback(on_drag);
    platform::set_parent_message_callback(on_parent_message);
    use_model(std::nullopt);
    std::string stored_model;
    if (platform::storage_get(library::kModelKey, stored_model)) {
        const auto json = parse_json(stored_model);
        auto model = json ? load_model_json(json.value()) : Result<Model>(json.errors());
        if (model) use_model(std::move(model).value());
        else g_ui.error = ui::Message{tr(S::ModelInvalid), problem_list(model.errors()) + "\n" + tr(S::ModelKept)};
    }
    restore();
    if (!platform::page_info().model_url.empty()) platform::fetch_same_origin(platform::page_info().model_url, on_model_fetched);
    if (g_ui.current_id.empty()) g_saved_revision = g_session.revision;  // a blank is saved once changed
    g_ui.draft_team = g_session.assessment.team;
    g_ui.draft_respondent = g_session.assessment.respondent;
    refresh_saved();
}

void app_apply(const Intent& intent) {
    Assessment& a = g_session.assessment;
    const Model& m = *g_session.model;
    switch (intent.action) {
        case Action::SetLevel:
        case Action::SetDontKnow:
        case Action::SetTarget:
        case Action::NoteEdited:
        case Action::DetailsEdited: app::touch(a); break;
        default: break;
    }
    const std::string category = g_ui.category < m.categories.size() ? m.categories[g_ui.category].id : "";
    switch (intent.action) {
        case Action::Go:
            g_ui.screen = intent.screen;
            g_ui.confirm_clear = false;
            g_ui.projector = false;
            if (intent.screen == Screen::Saved || intent.screen == Screen::Welcome || intent.screen == Screen::Team) {
                refresh_saved();
            }
            break;
        case Action::StartNew: {
            Assessment fresh = blank_assessment(m);
            fresh.team = g_ui.draft_team;
            fresh.respondent = g_ui.draft_respondent;
            app::touch(fresh);
            open_assessment(std::move(fresh), library::new_id(), Screen::Assess);
            break;
        }
        case Action::OpenSaved: {
            auto loaded = library::load(intent.text, m);
            if (!loaded) {
                g_ui.error = ui::Message{tr(S::StorageReadTitle), tr(S::StorageUnreadable)};
                break;
            }
            open_assessment(std::move(loaded).value(), intent.text, Screen::Results);
            g_saved_revision = g_session.revision;
            break;
        }
        case Action::OpenExample:
            app_import_text("example", example_assessment_json());
            toast(tr(S::ExampleLoaded));
            break;
        case Action::Import: platform::pick_files(false); break;
        case Action::SelectCategory:
            g_ui.category = static_cast<std::size_t>(std::clamp(intent.value, 0, static_cast<int>(m.categories.size()) - 1));
            break;
        case Action::SetLevel:
            set_answer(g_session, intent.text.empty() ? category : intent.text,
                       intent.value < 0 ? std::nullopt : std::optional<int>(intent.value));
            break;
        case Action::SetDontKnow:
            a.answers[category].dont_know = intent.value != 0;
            rescore(g_session);
            break;
        case Action::SetTarget:
            a.answers[category].target = intent.value < 0 ? std::nullopt : std::optional<int>(intent.value);
            rescore(g_session);
            break;
        case Action::NoteEdited:
        case Action::DetailsEdited: rescore(g_session); break;
        case Action::Download: {
            const std::string& format = intent.text;
            if (format == "json") {
                platform::download(file_name("json"), "application/json", assessment_to_json(a).dump(2) + "\n");
            } else if (format == "csv") {
                platform::download(file_name("csv"), "text/csv;charset=utf-8", report_csv(m, a, g_session.lang));
            } else {
                platform::download(file_name("html"), "text/html;charset=utf-8", report_html(m, a, g_session.lang));
            }
            toast(trf(S::Downloaded, file_name(format.c_str()).c_str()));
            break;
        }
        case Action::Print: platform::print_html(report_html(m, a, g_session.lang)); break;
        case Action::CopySummary:
            platform::copy_to_clipboard(summary_text());
            toast(tr(S::Copied));
            break;
        case Action::Duplicate: {
            auto loaded = library::load(intent.text, m);
            if (!loaded) break;
            Assessment copy = std::move(loaded).value();
            copy.team = trf(S::CopyOf, (copy.team.empty() ? tr(S::UnnamedTeam) : copy.team.c_str()));
            copy.updated = platform::now_iso8601();
            library::save(library::new_id(), copy);
            refresh_saved();
            break;
        }
        case Action::Delete: {
            const auto text = library::load_text(intent.text);
            if (!text) break;
            std::string team;
            for (const auto& s : g_ui.saved) {
                if (s.id == intent.text) team = s.team.empty() ? tr(S::UnnamedTeam) : s.team;
            }
            g_ui.undo_key = library::kAssessmentPrefix + intent.text;
            g_ui.undo_text = *text;
            g_ui.removed_respondent.reset();
            library::remove(intent.text);
            if (intent.text == g_ui.current_id) {
                g_session.assessment = blank_assessment(m);
                g_ui.current_id.clear();
                rescore(g_session);
                g_saved_revision = g_session.revision;  // a blank is saved only once it is changed
            }
            g_ui.compare.erase(std::remove(g_ui.compare.begin(), g_ui.compare.end(), intent.text), g_ui.compare.end());
            refresh_saved();
            toast(trf(S::Deleted, team.c_str()), 8.0);  // longer, so there is time to undo
            break;
        }
        case Action::Undo:
            if (!g_ui.undo_key.empty()) {
                platform::storage_set(g_ui.undo_key, g_ui.undo_text);
                // What was deleted was open (the app now shows a blank one): open it again.
                const std::string assessment_prefix = library::kAssessmentPrefix, team_prefix = library::kTeamPrefix;
                if (g_ui.undo_key.rfind(assessment_prefix, 0) == 0 && g_ui.current_id.empty()) {
                    const std::string id = g_ui.undo_key.substr(assessment_prefix.size());
                    auto loaded = library::load(id, m);
                    if (loaded) {
                        open_assessment(std::move(loaded).value(), id, g_ui.screen);
                        g_saved_revision = g_session.revision;
                    }
                } else if (g_ui.undo_key.rfind(team_prefix, 0) == 0 && g_ui.team_id.empty()) {
                    const std::string id = g_ui.undo_key.substr(team_prefix.size());
                    auto loaded = library::load_team(id, m);
                    if (loaded) app::open_team(std::move(loaded).value(), id, true);
                }
            }
            if (g_ui.removed_respondent) {
                auto& [index, assessment] = *g_ui.removed_respondent;
                auto& all = g_session.team.respondents;
                all.insert(all.begin() + static_cast<std::ptrdiff_t>(std::min(index, all.size())), std::move(assessment));
                g_ui.removed_respondent.reset();
                replan_team(g_session);
            }
            g_ui.undo_key.clear();
            g_ui.undo_text.clear();
            g_ui.toast.clear();
            refresh_saved();
            break;
        case Action::ToggleCompare: {
            auto& c = g_ui.compare;
            const auto it = std::find(c.begin(), c.end(), intent.text);
            if (it != c.end()) c.erase(it);
            else {
                c.push_back(intent.text);
                if (c.size() > 2) c.erase(c.begin());
            }
            break;
        }
        case Action::SetTheme: g_ui.theme = static_cast<ui::ThemeKind>(intent.value); break;
        case Action::SetTextSize: g_ui.text_size = std::clamp(intent.value, 100, 200); break;
        case Action::AskClearAll: g_ui.confirm_clear = true; break;
        case Action::CancelClearAll: g_ui.confirm_clear = false; break;
        case Action::ClearAll:
            library::clear_all();
            g_session.assessment = blank_assessment(m);
            rescore(g_session);
            g_saved_revision = g_session.revision;
            g_saved_state.clear();
            app::open_team(blank_team_exercise(m), "", true);
            g_ui = ui::UiState{};
            g_ui.screen = Screen::Settings;
            g_ui.storage_ok = platform::storage_available();
            refresh_saved();
            toast(tr(S::Cleared));
            break;
        case Action::ToggleAllSteps: g_ui.all_steps_open = !g_ui.all_steps_open; break;
        case Action::DismissError: g_ui.error.reset(); break;
        case Action::UseDefaultModel:
            platform::storage_remove(library::kModelKey);
            use_model(std::nullopt);
            break;
        case Action::UseOffline: platform::download_url("ladder-offline.html", "ladder-offline.html"); break;
        default: app::apply_team(intent); break;  // the team exercise: app_team.cpp
        case Action::Share:
            if (platform::page_info().parent_verified) {
                Json message = {{"protocol", "ladder-embed"}, {"version", 1}, {"type", "summary"}, {"summary", share_summary()}};
                platform::post_to_parent(message.dump());
                toast(trf(S::Shared, platform::page_info().parent_origin.c_str()));
            }
            break;
    }
    // Undo stays offered only until something else changes (looking around does not count).
    const bool keeps_undo = intent.action == Action::Undo || intent.action == Action::Delete ||
                            intent.action == Action::DeleteTeam || intent.action == Action::TeamRemove ||
                            intent.action == Action::Go || intent.action == Action::ToggleCompare ||
                            intent.action == Action::TeamStep;
    if (!keeps_undo) {
        g_ui.undo_key.clear();
        g_ui.undo_text.clear();
        g_ui.removed_respondent.reset();
    }
    autosave();
    platform::request_frames();
}

void app_frame() {
    ui::registry_begin_frame();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    g_ui.width_css = viewport->Size.x / ui::theme().dpr;
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui::theme().px(20), 0));
    ImGui::Begin("##ladder", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar();
    ui::Intents intents;
    draw_top_bar(intents);
    static Screen shown = g_ui.screen;
    static std::pair<int, bool> team_view{g_ui.team_step, g_ui.projector};
    if (shown == Screen::Team && g_ui.screen == Screen::Team && team_view != std::pair(g_ui.team_step, g_ui.projector)) {
        // Another step of the team exercise is another page: focus starts on its first widget
        // (the one that had it may be gone, and ImGui's Tab cannot move on from nothing).
        ui::focus_next_widget(g_ui.projector ? "projector-next" : "");
    }
    team_view = {g_ui.team_step, g_ui.projector};
    if (shown != g_ui.screen) {
        shown = g_ui.screen;
        // On the questions, focus starts on the answer cards rather than the side list.
        const auto it = g_session.assessment.answers.find(
            g_ui.category < g_session.model->categories.size() ? g_session.model->categories[g_ui.category].id : "");
        const bool answered = it != g_session.assessment.answers.end() && it->second.level && !it->second.dont_know;
        ui::focus_next_widget(g_ui.screen != Screen::Assess ? ""
                              : answered ? "level-" + std::to_string(*it->second.level)
                                         : "level-0");
    }
    // NavFlattened: Tab and the arrow keys move between the top bar and the content freely.
    ImGui::BeginChild("##content", ImVec2(0, 0), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
    // A new screen, a new question or a new message starts at the top, where it can be seen.
    const std::size_t spot = g_ui.screen == Screen::Team
                                 ? static_cast<std::size_t>(g_ui.team_step) * 1000 + (g_ui.projector ? 500 + g_ui.projector_index : 0)
                                 : g_ui.category;
    static std::tuple<Screen, std::size_t, bool> place{g_ui.screen, spot, false};
    const std::tuple<Screen, std::size_t, bool> now{g_ui.screen, spot, g_ui.error.has_value()};
    if (now != place) {
        if (std::get<2>(now) || std::get<0>(now) != std::get<0>(place) || std::get<1>(now) != std::get<1>(place)) {
            ImGui::SetScrollY(0);
        }
        place = now;
    }
    draw_banner(intents);
    switch (g_ui.screen) {
        case Screen::Welcome: ui::draw_welcome(g_session, g_ui, intents); break;
        case Screen::Assess: ui::draw_assess(g_session, g_ui, intents); break;
        case Screen::Results: ui::draw_results(g_session, g_ui, intents); break;
        case Screen::Team:
            if (g_ui.projector) ui::draw_projector(g_session, g_ui, intents);
            else ui::draw_team(g_session, g_ui, intents);
            break;
        case Screen::Saved: ui::draw_saved(g_session, g_ui, intents); break;
        case Screen::Settings: ui::draw_settings(g_session, g_ui, intents); break;
    }
    const float content_bottom = ImGui::GetCursorScreenPos().y + ImGui::GetScrollY();  // whole content, unscrolled
    ImGui::EndChild();
    report_height(content_bottom / ui::theme().dpr);
    ImGui::End();
    draw_toast(intents);
    draw_drop_overlay();
    for (const auto& intent : intents) app_apply(intent);
    if (intents.empty()) autosave();
}

}  // namespace ladder
