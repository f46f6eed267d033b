// What every frame draws around the screen: the top bar with the navigation, the error
// banner, the toast (with Undo when something was removed) and the overlay while files are
// dragged over the page.
#include <algorithm>
#include <array>

#include "catalogue.h"
#include "imgui.h"
#include "language.h"
#include "text_decode.h"
#include "screens.h"
#include "widgets.h"

namespace ladder::ui {
namespace {

// A button in the top bar: as tall as its text needs, but inside the bar (the projector's large
// type and 200 % text would push it over the edge), and never under 44 px.
float bar_button_height(float bar_height) {
    const Theme& t = theme();
    ImGui::PushFont(t.fonts.body_bold);
    const float natural = std::max(ImGui::GetFontSize() + t.em(22), t.px(44));
    ImGui::PopFont();
    return std::min(natural, bar_height - t.px(8));
}

// The language button's width: its name, the quiet button's padding and room for the chevron
// that marks it as a menu. Measured in the bold font the button draws in.
float language_button_width(const State& state) {
    const Theme& t = theme();
    ImGui::PushFont(t.fonts.body_bold);
    const float text = ImGui::CalcTextSize(app::language_name(app::current_language(state))).x;
    ImGui::PopFont();
    return std::max(text + t.em(12) + t.em(24), t.min_target());
}

// The language menu: a button named by the language in use (in that language), opening the
// list of the interface's languages, each named in itself.
void draw_language_button(const State& state, ImVec2 at, float bar_height, Intents& out) {
    const Theme& t = theme();
    const float button_h = bar_button_height(bar_height);
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + (bar_height - button_h) * 0.5f));
    const bool open = ImGui::IsPopupOpen("language-popup");
    describe_next(tr(S::LanguageLabel));
    const float width = language_button_width(state);
    if (button("nav-language", app::language_name(app::current_language(state)), ButtonKind::Quiet, true, width, open ? "expanded" : "collapsed", button_h)) {
        ImGui::OpenPopup("language-popup");
    }
    // A small chevron, pointing down (up while the menu is open), in the link colour.
    const ImVec2 max = ImGui::GetItemRectMax(), min = ImGui::GetItemRectMin();
    const float half = t.em(4), mid_y = (min.y + max.y) * 0.5f, mid_x = max.x - t.em(9);
    const float dir = open ? -1.0f : 1.0f;
    ImGui::GetWindowDrawList()->AddPolyline(
        std::array<ImVec2, 3>{ImVec2(mid_x - half, mid_y - dir * half * 0.5f), ImVec2(mid_x, mid_y + dir * half * 0.5f),
                              ImVec2(mid_x + half, mid_y - dir * half * 0.5f)}
            .data(),
        3, t.colors.accent, ImDrawFlags_None, t.px(1.75f));
    ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMax().x, at.y + bar_height), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    if (ImGui::BeginPopup("language-popup")) {
        begin_group(Group::RadioGroup, "languages", tr(S::LanguageLabel));
        for (const auto& l : app::interface_languages()) {
            const std::string id = std::string("language-") + l.code;
            if (radio(id.c_str(), l.name, app::current_language(state) == l.code)) {
                out.push_back(intent::SetLanguage{l.code});
                ImGui::CloseCurrentPopup();
            }
        }
        end_group();
        ImGui::EndPopup();
    }
}

}  // namespace

void draw_top_bar(const State& state, Intents& out) {
    set_layer(Layer::Overlay);  // the bar stays put while the content scrolls
    begin_group(Group::Banner, "banner", tr(S::AppName));  // named: a partner page has its own header
    const Theme& t = theme();
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
    const ImVec2 name_at(origin.x + rung + t.em(8), origin.y + (height - ImGui::GetFontSize()) * 0.5f);
    draw->AddText(name_at, t.colors.text, tr(S::AppName));
    drawn_text(tr(S::AppName), name_at, name_at + ImGui::CalcTextSize(tr(S::AppName)));
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
                               {"nav-peers", S::NavPeers, Screen::Peers},
                               {"nav-saved", S::NavSaved, Screen::Saved},
                               {"nav-settings", S::NavSettings, Screen::Settings}};
    begin_group(Group::Navigation, "nav", tr(S::NavLabel));
    // At the right end the language, as wide as its name (a quiet button pads it by 6 px a
    // side); the sections to its left, or behind a Menu button when they do not all fit.
    ImGui::PushFont(t.fonts.body_bold);
    const float language_w = language_button_width(state);
    float tabs_width = 0;
    for (const auto& tab : tabs) tabs_width += ImGui::CalcTextSize(tr(tab.label)).x + t.em(20);
    const ImVec2 menu = ImGui::CalcTextSize(tr(S::NavMenu));
    ImGui::PopFont();
    const float wordmark_w = rung + t.em(8) + t.em(96);
    const bool use_menu = narrow_layout() || wordmark_w + tabs_width + t.em(8) + language_w > width;
    const float language_x = origin.x + width - language_w;
    if (use_menu) {
        const float menu_h = bar_button_height(height);
        ImGui::SetCursorScreenPos(ImVec2(language_x - t.em(8) - menu.x - t.em(12), origin.y + (height - menu_h) * 0.5f));
        const bool open = ImGui::IsPopupOpen("nav-popup");
        if (button("nav-menu", tr(S::NavMenu), ButtonKind::Quiet, true, 0, open ? "expanded" : "collapsed", menu_h)) {
            ImGui::OpenPopup("nav-popup");
        }
        // Under the bar, its right edge under the button's, wherever the press came from.
        ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMax().x, origin.y + height), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
        if (ImGui::BeginPopup("nav-popup")) {
            begin_group(Group::TabList, "nav-tabs", tr(S::NavLabel));
            for (const auto& tab : tabs) {
                if (nav_tab(tab.id, tr(tab.label), state.ui.screen == tab.screen)) {
                    out.push_back(intent::Go{tab.screen});
                    ImGui::CloseCurrentPopup();
                }
            }
            end_group();
            ImGui::EndPopup();
        }
    } else {
        begin_group(Group::TabList, "nav-tabs", tr(S::NavLabel));
        ImGui::SetCursorScreenPos(ImVec2(language_x - t.em(8) - tabs_width, origin.y));
        for (const auto& tab : tabs) {
            if (nav_tab(tab.id, tr(tab.label), state.ui.screen == tab.screen)) out.push_back(intent::Go{tab.screen});
            ImGui::SameLine(0, 0);
        }
        ImGui::NewLine();
        end_group();
    }
    // Drawn after the sections, so it comes after them in reading and Tab order.
    draw_language_button(state, ImVec2(language_x, origin.y), height, out);
    end_group();  // navigation
    end_group();  // banner
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height + t.px(1)));
    set_layer(Layer::Page);
}

namespace {

// Notes a message drawn between `min` and `max` (screen pixels, inside the content scrolled by
// `scroll`) unless one was noted already this frame: the banner comes first.
void note_message(ScreenMemory& memory, const std::string& text, ImVec2 min, ImVec2 max, float scroll) {
    if (!memory.message.empty()) return;
    memory.message = text;
    memory.message_top = (min.y + scroll) / theme().dpr;
    memory.message_height = (max.y - min.y) / theme().dpr;
}

}  // namespace

void draw_banner(const State& state, ScreenMemory& memory, Intents& out) {
    const std::optional<app::Message>& error = state.ui.error;
    if (!error) return;
    const Theme& t = theme();
    begin_column("banner", content_width(state.ui.screen));
    vspace(16);
    begin_panel("error-banner", t.colors.warning_soft, ImVec2(16, 14));
    begin_group(Group::Alert, "error");  // said as soon as it appears
    heading(t.fonts.body_bold, error->title, t.colors.warning);
    paragraph(error->text);
    end_group();
    // Storage failed: the work on screen, as a file to keep (once there is any).
    const bool team = state.ui.screen == Screen::Team;
    const auto has_work = [](const Assessment& a) {
        return !a.team.empty() || !a.respondent.empty() || std::any_of(a.answers.begin(), a.answers.end(), [](const auto& entry) {
                   return entry.second.level || entry.second.dont_know || entry.second.target || !entry.second.note.empty();
               });
    };
    const bool work = team ? !state.session.team.respondents.empty() : has_work(state.session.assessment);
    const bool offered = (error->offer_download && work) || !error->stored_id.empty();
    if (error->offer_download && work) {
        if (button("error-download", tr(team ? S::DownloadTeamWork : S::DownloadWork), ButtonKind::Primary)) {
            out.push_back(intent::DownloadWork{});
        }
    }
    if (!error->stored_id.empty()) {
        if (button("error-download-stored", tr(S::DownloadStoredText), ButtonKind::Primary)) {
            out.push_back(intent::DownloadStored{error->stored_id});
        }
    }
    if (offered) same_line_if_fits(button_width(tr(S::Dismiss)), t.em(8));
    if (button("error-dismiss", tr(S::Dismiss), ButtonKind::Secondary)) out.push_back(intent::DismissError{});
    end_panel();
    note_message(memory, error->title + "\n" + error->text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetScrollY());
    end_column();
}

// An assessment that came in a link (#share=...): opened only once the user says so.
void draw_share_offer(const State& state, ScreenMemory& memory, Intents& out) {
    if (!state.ui.share.offered) return;
    const Theme& t = theme();
    begin_column("share-offer", content_width(state.ui.screen));
    vspace(16);
    begin_panel("share-offer-panel", t.colors.accent_soft, ImVec2(16, 14));
    begin_group(Group::Alert, "share-offer");  // said as soon as it appears
    const Screen screen = state.ui.screen;
    const char* text = tr(screen == Screen::Team ? S::ShareOfferTextTeam : screen == Screen::Peers ? S::ShareOfferTextPeers : S::ShareOfferText);
    heading(t.fonts.body_bold, tr(S::ShareOfferTitle), 0, 2);
    paragraph(text);
    end_group();
    const int pressed = button_row({{"shared-open", tr(S::ShareOfferOpen), ButtonKind::Primary},
                                    {"shared-not-now", tr(S::ShareOfferNotNow), ButtonKind::Secondary}});
    if (pressed == 0) out.push_back(intent::OpenShared{});
    if (pressed == 1) out.push_back(intent::DismissShared{});
    end_panel();
    note_message(memory, std::string(tr(S::ShareOfferTitle)) + "\n" + text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                 ImGui::GetScrollY());
    end_column();
}

namespace {

// One side of a differing answer, in words: its level, and its note when the levels agree (the
// note or the target is then what differs).
std::string answer_words(const Assessment* a, const std::string& category, const std::string& other_words) {
    const auto it = a ? a->answers.find(category) : decltype(a->answers.end())();
    const Answer* answer = a && it != a->answers.end() ? &it->second : nullptr;
    std::string words;
    if (!answer || (!answer->level && !answer->dont_know)) words = tr(S::SideUnanswered);
    else if (answer->dont_know) words = tr(S::DontKnow);
    else words = fmt(S::LevelLabel, {{"level", *answer->level}});
    if (!other_words.empty() && words == other_words) {
        const std::string note = answer ? answer->note : "";
        words += " \xC2\xB7 " + (note.empty() ? std::string(tr(S::ConflictDiffers)) : printable_excerpt(note, 60));
    }
    return words;
}

}  // namespace

// Another tab saved what this one has open: which version, or which answers, to keep.
void draw_conflict(const State& state, ScreenMemory& memory, Intents& out) {
    if (!state.ui.conflict) return;
    const app::TabConflict& c = *state.ui.conflict;
    const Theme& t = theme();
    const Model& m = *state.session.model;
    const std::string& lang = state.session.lang;
    begin_column("conflict", content_width(state.ui.screen));
    vspace(16);
    begin_panel("conflict-panel", t.colors.warning_soft, ImVec2(16, 14));
    begin_group(Group::Alert, "conflict");
    heading(t.fonts.body_bold, tr(S::ConflictTitle), t.colors.warning);
    const bool deleted = !c.theirs;
    std::string text;
    if (c.team) text = tr(S::ConflictTeamText);
    else if (deleted || !c.their_assessment) text = tr(S::ConflictDeleted);
    else if (c.choices.empty()) text = tr(S::ConflictDetailsText);
    else text = fmt(S::ConflictText, {{"count", static_cast<int>(c.choices.size())}});
    paragraph(text);
    end_group();
    const Assessment* mine = &state.session.assessment;
    const Assessment* theirs = c.their_assessment ? &*c.their_assessment : nullptr;
    const auto choice_row = [&](const std::string& id, const std::string& title, const std::string& mine_words,
                                const std::string& their_words, bool take_theirs) {
        vspace(6);
        paragraph(title, 0, t.fonts.body_bold);
        begin_group(Group::RadioGroup, ("conflict-" + id).c_str(), title);
        const std::string this_label = fmt(S::ConflictThisTab, {{"answer", mine_words}});
        const std::string other_label = fmt(S::ConflictOtherTab, {{"answer", their_words}});
        if (radio(("conflict-mine-" + id).c_str(), this_label, !take_theirs)) out.push_back(intent::ConflictPick{id == "details" ? "" : id, false});
        same_line_if_fits(radio_width(other_label), t.em(24));
        if (radio(("conflict-theirs-" + id).c_str(), other_label, take_theirs)) out.push_back(intent::ConflictPick{id == "details" ? "" : id, true});
        end_group();
    };
    if (theirs) {
        for (const auto& choice : c.choices) {
            const int k = m.category_index(choice.category);
            const std::string title = k >= 0 ? m.categories[static_cast<std::size_t>(k)].title.get(lang) : choice.category;
            const std::string their_plain = answer_words(theirs, choice.category, "");
            const std::string mine_plain = answer_words(mine, choice.category, "");
            choice_row(choice.category, title, answer_words(mine, choice.category, their_plain), answer_words(theirs, choice.category, mine_plain),
                       choice.theirs);
        }
        if (c.details_differ) {
            const auto names = [](const Assessment& a) {
                std::string out = a.team.empty() ? std::string(tr(S::UnnamedTeam)) : a.team;
                if (!a.respondent.empty()) out += " \xC2\xB7 " + a.respondent;
                return out;
            };
            choice_row("details", tr(S::ConflictDetails), names(*mine), names(*theirs), c.their_details);
        }
    }
    vspace(10);
    // A row of buttons that wraps where the column is too narrow (a phone, a long language).
    bool first = true;
    const auto row_button = [&](const char* id, const std::string& label, ButtonKind kind) {
        if (!first) same_line_if_fits(button_width(label, kind), t.em(8));
        first = false;
        return button(id, label, kind);
    };
    const bool chosen = theirs && !c.choices.empty();
    if (chosen && row_button("conflict-keep-chosen", tr(S::ConflictKeepChosen), ButtonKind::Primary)) {
        out.push_back(intent::ResolveConflict{intent::Keep::Chosen});
    }
    if (row_button("conflict-keep-mine", tr(S::ConflictKeepMine), chosen ? ButtonKind::Secondary : ButtonKind::Primary)) {
        out.push_back(intent::ResolveConflict{intent::Keep::Mine});
    }
    if (row_button("conflict-keep-theirs", tr(c.team || theirs ? S::ConflictKeepTheirs : S::ConflictLetGo), ButtonKind::Secondary)) {
        out.push_back(intent::ResolveConflict{intent::Keep::Theirs});
    }
    end_panel();
    note_message(memory, tr(S::ConflictTitle) + std::string("\n") + text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetScrollY());
    end_column();
}

void draw_toast(const State& state, ScreenMemory& memory, Intents& out) {
    if (!state.ui.toast) return;
    const bool undo = app::undo_offered(state.ui);
    set_layer(Layer::Overlay);
    const Theme& t = theme();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    // At the foot of the window; but a frame sized to its content may be much taller than the
    // partner page's window, so there the toast goes just under what the user last acted on,
    // where their eyes are (above it, near the content's end).
    ImVec2 at(display.x * 0.5f, display.y - t.px(24)), pivot(0.5f, 1.0f);
    ImVec2 acted_min, acted_max;
    if (state.page.embedded && state.page.auto_height && last_action_rect(acted_min, acted_max)) {
        const bool below = acted_max.y + t.em(96) < display.y;
        at = ImVec2(display.x * 0.5f, below ? acted_max.y + t.em(12) : acted_min.y - t.em(12));
        pivot = ImVec2(0.5f, below ? 0.0f : 1.0f);
    }
    ImGui::SetNextWindowPos(at, ImGuiCond_Always, pivot);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, t.colors.text);
    ImGui::PushStyleColor(ImGuiCol_Text, t.colors.background);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.em(18), t.em(12)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, t.px(10));
    // A toast never blocks what is under it, unless it offers Undo.
    const ImGuiWindowFlags pass_through = undo ? 0 : ImGuiWindowFlags_NoInputs;
    ImGui::Begin("##toast", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | pass_through);
    if (undo) ImGui::AlignTextToFramePadding();  // level with the Undo button
    // Said through the page's live region when it appears (main.cpp); here for reading again.
    begin_group(Group::Region, "toast", tr(S::Notification));
    // A sentence longer than the window is wide (a phone, a long language) wraps inside it.
    const std::string& message = state.ui.toast->text;
    const float room = display.x - t.px(32) - t.em(36) - (undo ? t.em(120) : 0.0f);
    const bool wrap = ImGui::CalcTextSize(message.c_str()).x > room;
    if (wrap) ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + room);
    text(message);
    if (wrap) ImGui::PopTextWrapPos();
    if (undo) {
        ImGui::SameLine();
        ImGui::PopStyleColor();
        // A bordered button: link-coloured text would be too faint on the toast's dark (in the
        // dark theme, light) background.
        if (button("toast-undo", tr(S::Undo), ButtonKind::Secondary)) out.push_back(intent::Undo{});
        ImGui::PushStyleColor(ImGuiCol_Text, t.colors.background);
    }
    end_group();
    note_message(memory, state.ui.toast->text, ImGui::GetWindowPos(), ImGui::GetWindowPos() + ImGui::GetWindowSize(), 0);
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    set_layer(Layer::Page);
}

void draw_drop_overlay(const State& state) {
    if (!state.ui.dragging_files) return;
    const Theme& t = theme();
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

}  // namespace ladder::ui
