// One frame of the interface, top to bottom: the window, the top bar, the scrolling content
// (banner and the open screen), the toast and the drop overlay. Where keyboard focus and the
// scroll position go when the view changes is decided here too, from ScreenMemory.
#include "catalogue.h"
#include "imgui.h"
#include "screens.h"

namespace ladder::ui {
namespace {

// Focus follows the view: a new screen starts on its first widget (on the questions, on the
// chosen answer card), and another step of the team exercise is another page. ImGui's Tab
// cannot move on from a widget that is gone, so focus must be placed.
void place_focus(const State& state, ScreenMemory& memory) {
    const UiState& ui = state.ui;
    // A team step, the projector view and each of its categories are pages of their own: focus
    // goes to their first widget, in the projector to Next (where a clicker's Space lands), and
    // back to "Projector view" when it closes.
    const std::tuple<int, bool, std::size_t> team_view{ui.team.step, ui.team.projector,
                                                       ui.team.projector ? ui.team.projector_index : 0};
    if (memory.started && memory.shown == Screen::Team && ui.screen == Screen::Team && memory.team_view != team_view) {
        const bool closed = std::get<1>(memory.team_view) && !ui.team.projector;
        focus_next_widget(ui.team.projector ? "projector-next" : closed ? "projector-open" : "");
    }
    memory.team_view = team_view;
    // Another question is another page too: focus goes to its answer.
    const bool new_question = ui.screen == Screen::Assess && memory.shown == Screen::Assess && memory.category != ui.category;
    memory.category = ui.category;
    if (memory.started && (memory.shown != ui.screen || new_question)) {
        std::string first;
        if (ui.screen == Screen::Assess) {
            const auto& categories = state.session.model->categories;
            const auto& answers = state.session.assessment.answers;
            const auto it = ui.category < categories.size() ? answers.find(categories[ui.category].id) : answers.end();
            const bool answered = it != answers.end() && it->second.answered();
            first = "level-" + std::to_string(answered ? *it->second.level : 0);
        }
        focus_next_widget(first);
    }
    memory.shown = ui.screen;
}

// A new screen, a new question or a new message starts at the top, where it can be seen.
void place_scroll(const State& state, ScreenMemory& memory) {
    const UiState& ui = state.ui;
    const std::size_t spot =
        ui.screen == Screen::Team
            ? static_cast<std::size_t>(ui.team.step) * 1000 + (ui.team.projector ? 500 + ui.team.projector_index : 0)
            : ui.category;
    const std::tuple<Screen, std::size_t, bool> now{ui.screen, spot, ui.error.has_value()};
    if (memory.started && now != memory.place) {
        // A message that comes while the user is typing (storage filling up under a note) does
        // not pull the text field out from under their fingers: it is announced, and waits at
        // the top.
        const bool typing = ImGui::GetIO().WantTextInput;
        const bool new_place = std::get<0>(now) != std::get<0>(memory.place) || std::get<1>(now) != std::get<1>(memory.place);
        if (new_place || (std::get<2>(now) && !typing)) ImGui::SetScrollY(0);
    }
    memory.place = now;
}

}  // namespace

std::string page_title(const State& state) {
    const UiState& ui = state.ui;
    std::string screen;
    switch (ui.screen) {
        case Screen::Welcome: screen = tr(S::NavWelcome); break;
        case Screen::Assess: {
            screen = tr(S::NavAssess);
            const auto& categories = state.session.model->categories;
            if (ui.category < categories.size()) screen += ": " + categories[ui.category].title.get(state.session.lang);
            break;
        }
        case Screen::Results: screen = tr(S::NavResults); break;
        case Screen::Team: screen = tr(S::NavTeam); break;
        case Screen::Peers: screen = tr(S::NavPeers); break;
        case Screen::Saved: screen = tr(S::NavSaved); break;
        case Screen::Settings: screen = tr(S::NavSettings); break;
    }
    return fmt(S::TitleSuffix, {{"screen", screen}});
}

Intents draw_frame(const State& state, ScreenMemory& memory, float& content_height_css) {
    Intents intents;
    registry_begin_frame();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme().px(20), 0));
    ImGui::Begin("##ladder", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar();
    draw_top_bar(state, intents);
    place_focus(state, memory);
    begin_group(Group::Main, "main", tr(S::AppName));  // named: a partner page has its own <main>
    // NavFlattened: Tab and the arrow keys move between the top bar and the content freely.
    ImGui::BeginChild("##content", ImVec2(0, 0), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
    place_scroll(state, memory);
    memory.message.clear();
    draw_banner(state, memory, intents);
    draw_conflict(state, memory, intents);
    draw_share_offer(state, memory, intents);
    switch (state.ui.screen) {
        case Screen::Welcome: draw_welcome(state, intents); break;
        case Screen::Assess: draw_assess(state, intents); break;
        case Screen::Results: draw_results(state, intents); break;
        case Screen::Team:
            if (state.ui.team.projector) draw_projector(state, intents);
            else draw_team(state, intents);
            break;
        case Screen::Peers: draw_peers(state, intents); break;
        case Screen::Saved: draw_saved(state, intents); break;
        case Screen::Settings: draw_settings(state, memory, intents); break;
    }
    const float content_bottom = ImGui::GetCursorScreenPos().y + ImGui::GetScrollY();  // whole content, unscrolled
    ImGui::EndChild();
    content_height_css = content_bottom / theme().dpr;
    ImGui::End();
    draw_toast(state, memory, intents);
    end_group();  // main
    draw_drop_overlay(state);
    memory.started = true;
    return intents;
}

}  // namespace ladder::ui
