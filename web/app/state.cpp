#include "state.h"

#include "json_input.h"

namespace ladder::app {
namespace {

struct ScreenName {
    Screen screen;
    const char* name;
};
constexpr ScreenName kScreenNames[] = {{Screen::Welcome, "welcome"}, {Screen::Assess, "assess"},
                                       {Screen::Results, "results"}, {Screen::Team, "team"},
                                       {Screen::Peers, "peers"},     {Screen::Saved, "saved"},
                                       {Screen::Settings, "settings"}};

}  // namespace

const char* screen_name(Screen screen) {
    for (const auto& s : kScreenNames) {
        if (s.screen == screen) return s.name;
    }
    return "welcome";
}

std::string peer_letter(int number) {
    std::string letters;
    for (int n = number; n >= 0; n = n / 26 - 1) letters.insert(letters.begin(), static_cast<char>('A' + n % 26));
    return letters;
}

std::string peer_group(const ConveningView& view, std::size_t input) {
    if (input >= view.groups.size()) return "";
    const std::string& g = view.groups[input];
    const auto first = g.find_first_not_of(' ');
    if (first == std::string::npos) return "";
    return g.substr(first, g.find_last_not_of(' ') - first + 1);
}

std::optional<Screen> screen_from_name(const std::string& name) {
    for (const auto& s : kScreenNames) {
        if (name == s.name) return s.screen;
    }
    return std::nullopt;
}

bool undo_offered(const UiState& ui) { return ui.undo.has_value(); }

PageInfo read_page_info(std::string_view json) {
    PageInfo page;
    const auto parsed = parse_json(json);
    if (!parsed || !parsed.value().is_object()) return page;
    const Json& p = parsed.value();
    const auto flag = [&](const char* key) {
        const auto it = p.find(key);
        return it != p.end() && it->is_boolean() && it->get<bool>();
    };
    page.offline = flag("offline");
    page.embedded = flag("embedded");
    page.auto_height = flag("auto_height");
    page.parent_verified = flag("parent_verified");
    page.parent_origin = string_member(p, "parent_origin");
    page.lang = string_member(p, "lang");
    page.model_url = string_member(p, "model_url");
    const auto languages = p.find("browser_languages");
    if (languages != p.end() && languages->is_array()) {
        for (const auto& tag : *languages) {
            if (tag.is_string() && page.browser_languages.size() < 16) page.browser_languages.push_back(tag.get<std::string>());
        }
    }
    page.prefers_dark = flag("prefers_dark");
    page.prefers_more_contrast = flag("prefers_more_contrast");
    page.prefers_reduced_motion = flag("prefers_reduced_motion");
    page.share = string_member(p, "share");
    return page;
}

ThemeKind preferred_theme(const PageInfo& page) {
    if (page.prefers_more_contrast) return ThemeKind::Contrast;
    return page.prefers_dark ? ThemeKind::Dark : ThemeKind::Light;
}

}  // namespace ladder::app
