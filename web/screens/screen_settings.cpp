// Settings: language, theme, text size, clearing stored data (with confirmation), and about.
#include <iterator>

#include "imgui.h"
#include "language.h"
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

    // The language, as in the top bar's menu; a custom model that lacks it says so here, once.
    heading(t.fonts.h3, tr(S::LanguageLabel), 0, 2);
    begin_group(Group::RadioGroup, "settings-language", tr(S::LanguageLabel));
    bool first = true;
    for (const auto& l : app::interface_languages()) {
        if (!first) same_line_if_fits(radio_width(l.name), t.em(24));
        first = false;
        const std::string id = std::string("settings-language-") + l.code;
        if (radio(id.c_str(), l.name, app::current_language(state) == l.code)) out.push_back(intent::SetLanguage{l.code});
    }
    end_group();
    if (const int missing = app::untranslated_model_texts(state)) paragraph(fmt(S::ModelPartlyTranslated, {{"count", missing}}), c.text_muted);
    vspace(16);

    heading(t.fonts.h3, tr(S::ThemeTitle), 0, 2);
    paragraph(tr(S::ThemeHelp), c.text_muted);
    begin_group(Group::RadioGroup, "theme", tr(S::ThemeTitle));
    struct ThemeChoice {
        const char* id;
        S label;
        app::ThemeKind theme;
    };
    static const ThemeChoice themes[] = {{"theme-light", S::ThemeLight, app::ThemeKind::Light},
                                         {"theme-dark", S::ThemeDark, app::ThemeKind::Dark},
                                         {"theme-contrast", S::ThemeContrast, app::ThemeKind::Contrast}};
    for (std::size_t i = 0; i < std::size(themes); ++i) {
        if (i > 0) same_line_if_fits(radio_width(tr(themes[i].label)), t.em(24));  // on one line while they fit
        if (radio(themes[i].id, tr(themes[i].label), settings.theme == themes[i].theme)) {
            out.push_back(intent::SetTheme{themes[i].theme});
        }
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

    heading(t.fonts.h3, tr(S::KeysTitle), 0, 2);
    // What each key does, as a two-column list: the keys, then what they do.
    const S keys[][2] = {{S::KeysTab, S::KeysTabWhat},     {S::KeysEnter, S::KeysEnterWhat},
                         {S::KeysArrows, S::KeysArrowsWhat}, {S::KeysDigits, S::KeysDigitsWhat},
                         {S::KeysEscape, S::KeysEscapeWhat}, {S::KeysClicker, S::KeysClickerWhat}};
    if (begin_table("keys", tr(S::KeysTitle), 2, ImGuiTableFlags_BordersInnerH)) {
        table_column(tr(S::KeysColKey), 1.0f);
        table_column(tr(S::KeysColWhat), 2.4f);
        table_headers();
        for (const auto& key : keys) {
            table_row();
            table_cell(tr(key[0]));
            table_cell(tr(key[1]));
        }
        end_table();
    }
    vspace(24);

    heading(t.fonts.h3, tr(S::DataTitle), 0, 2);
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
    heading(t.fonts.h3, tr(S::AboutTitle), 0, 2);
    paragraph(tr(S::AboutText), c.text_muted);
    vspace(40);
    end_column();
}

}  // namespace ladder::ui
