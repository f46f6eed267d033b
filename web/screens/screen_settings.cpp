// Settings: theme, text size, clearing stored data (with confirmation), and about.
#include "imgui.h"
#include "screens.h"
#include "catalogue.h"
#include "widgets.h"

namespace ladder::ui {

void draw_settings(const State& state, ScreenMemory& memory, Intents& out) {
    const app::Settings& settings = state.settings;
    const Theme& t = theme();
    const Palette& c = t.colors;
    begin_column("settings", std::min(content_width(Screen::Settings), t.px(760) * t.text_scale));
    vspace(28);
    heading(t.fonts.h1, tr(S::SettingsTitle));
    vspace(12);

    heading(t.fonts.h3, tr(S::ThemeTitle));
    begin_group(Group::RadioGroup, "theme", tr(S::ThemeTitle));
    if (radio("theme-light", tr(S::ThemeLight), settings.theme == app::ThemeKind::Light)) {
        out.push_back(intent::SetTheme{app::ThemeKind::Light});
    }
    ImGui::SameLine(0, t.em(24));
    if (radio("theme-dark", tr(S::ThemeDark), settings.theme == app::ThemeKind::Dark)) {
        out.push_back(intent::SetTheme{app::ThemeKind::Dark});
    }
    end_group();
    vspace(16);
    // Applied when the slider is released, since every change rebuilds the fonts.
    int& pending = memory.pending_text_size;
    if (pending == 0 || !ImGui::IsAnyItemActive()) pending = settings.text_size;
    // ImGui shows the value through a printf format: the catalogue's text, % doubled, with
    // %d where the number goes.
    std::string format;
    for (const char ch : fmt(S::TextSizeValue, {{"percent", "\x01"}})) {
        format += ch == '%' ? "%%" : ch == '\x01' ? "%d" : std::string(1, ch);
    }
    if (slider_int("text-size", tr(S::TextSize), &pending, 100, 200, format.c_str())) {
        out.push_back(intent::SetTextSize{pending});
    }
    vspace(24);

    heading(t.fonts.h3, tr(S::DataTitle));
    paragraph(tr(S::DataHelp), c.text_muted);
    vspace(4);
    if (!state.ui.confirm_clear) {
        if (button("clear-all", tr(S::ClearAll), ButtonKind::Danger)) out.push_back(intent::AskClearAll{});
    } else {
        heading(t.fonts.body_bold, tr(S::ClearConfirm), c.danger);
        if (button("clear-yes", tr(S::ClearYes), ButtonKind::Danger)) out.push_back(intent::ClearAll{});
        ImGui::SameLine();
        if (button("clear-cancel", tr(S::Cancel))) out.push_back(intent::CancelClearAll{});
    }
    vspace(24);
    heading(t.fonts.h3, tr(S::AboutTitle));
    paragraph(tr(S::AboutText), c.text_muted);
    vspace(40);
    end_column();
}

}  // namespace ladder::ui
