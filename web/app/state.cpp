#include "state.h"

namespace ladder::app {
namespace {

struct ScreenName {
    Screen screen;
    const char* name;
};
constexpr ScreenName kScreenNames[] = {{Screen::Welcome, "welcome"}, {Screen::Assess, "assess"},
                                       {Screen::Results, "results"}, {Screen::Team, "team"},
                                       {Screen::Saved, "saved"},     {Screen::Settings, "settings"}};

}  // namespace

const char* screen_name(Screen screen) {
    for (const auto& s : kScreenNames) {
        if (s.screen == screen) return s.name;
    }
    return "welcome";
}

std::optional<Screen> screen_from_name(const std::string& name) {
    for (const auto& s : kScreenNames) {
        if (name == s.name) return s.screen;
    }
    return std::nullopt;
}

bool undo_offered(const UiState& ui) { return ui.undo.has_value(); }

}  // namespace ladder::app
