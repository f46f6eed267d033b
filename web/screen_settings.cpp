// Settings: theme, text size, clearing stored data (with confirmation), and about.
#include "imgui.h"
#include "screens.h"
#include "strings.h"
#include "widgets.h"

namespace ladder::ui {

void draw_settings(const Session&, UiState& ui, Intents& out) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    begin_column("settings", std::min(content_width(ui), t.px(760) * t.text_scale));
    vspace(28);
    heading(t.fonts.h1, tr(S::SettingsTitle));
    vspace(12);

    heading(t.fonts.h3, tr(S::ThemeTitle));
    if (radio("theme-light", tr(S::ThemeLight), ui.theme == ThemeKind::Light)) {
        out.push_back({Action::SetTheme, static_cast<int>(ThemeKind::Light)});
    }
    ImGui::SameLine(0, t.em(24));
    if (radio("theme-dark", tr(S::ThemeDark), ui.theme == ThemeKind::Dark)) {
        out.push_back({Action::SetTheme, static_cast<int>(ThemeKind::Dark)});
    }
    vspace(16);
    // Applied when the slider is released, since every change rebuilds the fonts.
    static int pending = 0;
    if (pending == 0 || !ImGui::IsAnyItemActive()) pending = ui.text_size;
    slider_int("text-size", tr(S::TextSize), &pending, 100, 200, tr(S::TextSizeValue));
    if (ImGui::IsItemDeactivatedAfterEdit()) out.push_back({Action::SetTextSize, pending});
    vspace(24);

    heading(t.fonts.h3, tr(S::DataTitle));
    paragraph(tr(S::DataHelp), c.text_muted);
    vspace(4);
    if (!ui.confirm_clear) {
        if (button("clear-all", tr(S::ClearAll), ButtonKind::Danger)) out.push_back({Action::AskClearAll});
    } else {
        heading(t.fonts.body_bold, tr(S::ClearConfirm), c.danger);
        if (button("clear-yes", tr(S::ClearYes), ButtonKind::Danger)) out.push_back({Action::ClearAll});
        ImGui::SameLine();
        if (button("clear-cancel", tr(S::Cancel))) out.push_back({Action::CancelClearAll});
    }
    vspace(24);
    heading(t.fonts.h3, tr(S::AboutTitle));
    paragraph(tr(S::AboutText), c.text_muted);
    vspace(40);
    end_column();
}

}  // namespace ladder::ui
