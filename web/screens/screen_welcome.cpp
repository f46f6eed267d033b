// Welcome: what Ladder is, the privacy promise, and the ways in (new, continue, import, example).
#include "imgui.h"
#include "screens.h"
#include "catalogue.h"
#include "widgets.h"

namespace ladder::ui {

void draw_welcome(const State& state, Intents& out) {
    const Session& session = state.session;
    const UiState& ui = state.ui;
    const Theme& t = theme();
    const Palette& c = t.colors;
    begin_column("welcome", std::min(content_width(ui.screen), t.px(760) * t.text_scale));
    vspace(40);
    heading(t.fonts.h1, tr(S::WelcomeTitle));
    vspace(8);
    paragraph(tr(S::WelcomeIntro1));
    paragraph(tr(S::WelcomeIntro2));
    paragraph(tr(S::WelcomeIntro3), c.text_muted);
    vspace(12);

    // The privacy promise, set apart so nobody misses it.
    begin_panel("privacy", c.accent_soft, ImVec2(18, 14));
    heading(t.fonts.body_bold, tr(S::PrivacyTitle), c.accent, 2);
    paragraph(tr(S::PrivacyText));
    end_panel();
    vspace(20);

    if (auto team = text_field("team-name", tr(S::TeamName), ui.draft_team)) {
        out.push_back(intent::EditStartDetails{*team, std::nullopt});
    }
    vspace(4);
    if (auto respondent = text_field("respondent-name", tr(S::RespondentName), ui.draft_respondent)) {
        out.push_back(intent::EditStartDetails{std::nullopt, *respondent});
    }
    vspace(16);
    if (button("start-new", tr(S::StartNew), ButtonKind::Primary)) out.push_back(intent::StartNew{});
    const bool narrow = narrow_layout();
    if (!ui.current_id.empty()) {
        for (const auto& saved : ui.saved) {
            if (saved.id != ui.current_id || !saved.readable) continue;
            if (!narrow) ImGui::SameLine();
            const std::string team = saved.team.empty() ? tr(S::UnnamedTeam) : saved.team;
            if (button("continue", fmt(S::ContinueSaved, {{"team", team}, {"percent", saved.percent_answered}}))) {
                out.push_back(intent::Go{Screen::Assess});
            }
        }
    }
    vspace(4);
    // A model file goes through the same import, which recognises it by its format.
    switch (button_row({{"import", tr(S::ImportFile), ButtonKind::Quiet},
                        {"example", tr(S::SeeExample), ButtonKind::Quiet},
                        {"custom-model", tr(S::UseCustomModel), ButtonKind::Quiet}})) {
        case 0: case 2: out.push_back(intent::Import{}); break;
        case 1: out.push_back(intent::OpenExample{}); break;
        default: break;
    }
    paragraph(tr(S::DropHint), c.text_muted, t.fonts.small);
    vspace(16);
    heading(t.fonts.h3, tr(S::WelcomeTeamTitle));
    paragraph(tr(S::WelcomeTeamText), c.text_muted);
    vspace(6);
    if (button("welcome-team", tr(S::WelcomeTeamButton))) out.push_back(intent::Go{Screen::Team});
    vspace(16);
    heading(t.fonts.h3, tr(S::WelcomePeersTitle));
    paragraph(tr(S::WelcomePeersText), c.text_muted);
    vspace(6);
    if (button("welcome-peers", tr(S::WelcomePeersButton))) out.push_back(intent::Go{Screen::Peers});
    if (state.kept.custom_model) {
        vspace(12);
        paragraph(fmt(S::ModelInUse, {{"model", session.model->title.get(session.lang)}}), c.text_muted);
        if (button("default-model", tr(S::UseDefaultModel), ButtonKind::Quiet)) out.push_back(intent::UseDefaultModel{});
    }
    if (!state.page.offline && !state.page.embedded) {
        vspace(12);
        if (button("use-offline", tr(S::UseOffline), ButtonKind::Secondary)) out.push_back(intent::UseOffline{});
        paragraph(tr(S::UseOfflineHelp), c.text_muted, t.fonts.small);
    }
    vspace(40);
    end_column();
}

}  // namespace ladder::ui
