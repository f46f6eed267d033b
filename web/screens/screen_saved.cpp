// My assessments: everything saved in this browser, with open, duplicate, delete (undo in
// the toast) and a comparison of two (change per dimension).
#include <algorithm>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "screens.h"
#include "catalogue.h"
#include "widgets.h"

namespace ladder::ui {
namespace {

// The comparison the app computed when the second assessment was ticked: score per dimension
// in each, and the change, coloured.
void draw_compare(const State& state) {
    const Theme& t = theme();
    const Model& m = *state.session.model;
    const app::Compared& compared = *state.ui.comparison;
    if (begin_table("compare-table", tr(S::CompareTitle), 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        table_column(tr(S::ColDimension), 2.0f);
        table_column(compared.older.c_str(), 1.2f);
        table_column(compared.newer.c_str(), 1.2f);
        table_column(tr(S::ColChange), 0.8f);
        table_headers();
        for (std::size_t i = 0; i < m.dimensions.size() && i < compared.history.dimensions.size(); ++i) {
            const Delta& d = compared.history.dimensions[i];
            table_row(t.em(36));
            table_cell(m.dimensions[i].title.get(state.session.lang));
            for (const auto& score : {d.before, d.after}) {
                if (score) {
                    table_cell(number(*score, 2));
                } else {
                    table_cell("-", true);
                }
            }
            if (d.change) {
                const double delta = *d.change;
                const ImU32 color = delta > 0.005 ? t.colors.good : delta < -0.005 ? t.colors.danger : t.colors.text_muted;
                ImGui::PushStyleColor(ImGuiCol_Text, color);
                table_cell(number(delta, 2, true));
                ImGui::PopStyleColor();
            } else {
                table_cell("-", true);
            }
        }
        end_table();
    }
}

}  // namespace

void draw_saved(const State& state, Intents& out) {
    const Session& session = state.session;
    const UiState& ui = state.ui;
    const Theme& t = theme();
    const Palette& c = t.colors;
    const Model& m = *session.model;
    begin_column("saved", content_width(Screen::Saved));
    vspace(28);
    heading(t.fonts.h1, tr(S::SavedTitle));
    paragraph(tr(S::SavedIntro), c.text_muted);
    vspace(12);
    if (ui.saved.empty()) {
        paragraph(tr(S::SavedEmpty));
        if (button("start-new", tr(S::StartNew), ButtonKind::Primary)) out.push_back(intent::Go{Screen::Welcome});
    }
    if (!ui.saved.empty()) begin_group(Group::List, "saved-list", tr(S::SavedTitle));
    for (const auto& s : ui.saved) {
        ImGui::PushID(s.id.c_str());
        begin_group(Group::ListItem, ("saved-" + s.id).c_str());
        begin_card("entry", 16);
        const std::string team = s.team.empty() ? tr(S::UnnamedTeam) : s.team;
        if (!s.other_model.empty()) {
            heading(t.fonts.body_bold, team);
            paragraph(fmt(S::OtherModel, {{"model", s.other_model}}), c.text_muted, t.fonts.small);
        } else if (!s.readable) {
            // Named by whatever can still be read of it, with the reason, and its text to take away.
            heading(t.fonts.body_bold, tr(S::StorageReadTitle), c.warning);
            paragraph(fmt(S::StorageUnreadableNamed, {{"name", team}, {"problem", s.problem}}), c.text_muted, t.fonts.small);
            if (button(("download-stored-" + s.id).c_str(), tr(S::DownloadStoredText), ButtonKind::Primary)) {
                out.push_back(intent::DownloadStored{s.id});
            }
            ImGui::SameLine();
        } else {
            const bool ticked = std::find(ui.compare.begin(), ui.compare.end(), s.id) != ui.compare.end();
            describe_next(team);  // which assessment: every entry has a "Compare" box
            if (checkbox(("compare-" + s.id).c_str(), tr(S::Compare), ticked)) out.push_back(intent::ToggleCompare{s.id});
            ImGui::SameLine(0, t.em(16));
            ImGui::AlignTextToFramePadding();
            text(team, 0, t.fonts.body_bold);
            if (s.id == ui.current_id) {
                ImGui::SameLine();
                text("(" + std::string(tr(S::CurrentMarker)) + ")", c.accent);
            }
            std::string details = s.respondent.empty() ? "" : s.respondent + "  \xC2\xB7  ";
            details += tr(S::ColUpdated) + std::string(": ") + date(s.updated) + "  \xC2\xB7  " +
                       tr(S::ColComplete) + ": " + std::to_string(s.percent_answered) + "%  \xC2\xB7  " +
                       tr(S::ColOverall) + ": " + stage_title(m, s.stage, session.lang);
            paragraph(details, c.text_muted, t.fonts.small);
            if (button(("open-" + s.id).c_str(), tr(S::Open), ButtonKind::Primary)) out.push_back(intent::OpenSaved{s.id});
            ImGui::SameLine();
            if (button(("duplicate-" + s.id).c_str(), tr(S::Duplicate))) out.push_back(intent::Duplicate{s.id});
            ImGui::SameLine();
        }
        if (button(("delete-" + s.id).c_str(), tr(S::Delete), ButtonKind::Danger)) out.push_back(intent::Delete{s.id});
        end_card();
        end_group();
        ImGui::PopID();
        vspace(6);
    }
    if (!ui.saved.empty()) end_group();
    if (!ui.saved_teams.empty()) {
        vspace(20);
        heading(t.fonts.h2, tr(S::TeamsSavedTitle));
        vspace(4);
    }
    if (!ui.saved_teams.empty()) begin_group(Group::List, "team-list", tr(S::TeamsSavedTitle));
    for (const auto& s : ui.saved_teams) {
        ImGui::PushID(("team-" + s.id).c_str());
        begin_group(Group::ListItem, ("saved-team-" + s.id).c_str());
        begin_card("entry", 16);
        if (!s.readable) {
            heading(t.fonts.body_bold, tr(S::TeamReadTitle), c.warning);
            paragraph(tr(S::StorageUnreadable), c.text_muted, t.fonts.small);
            if (button(("download-stored-team-" + s.id).c_str(), tr(S::DownloadStoredText), ButtonKind::Primary)) {
                out.push_back(intent::DownloadStored{s.id, true});
            }
            ImGui::SameLine();
        } else {
            text(s.team.empty() ? tr(S::UnnamedExercise) : s.team, 0, t.fonts.body_bold);
            if (s.id == ui.team.id) {
                ImGui::SameLine();
                text("(" + std::string(tr(S::CurrentMarker)) + ")", c.accent);
            }
            paragraph(fmt(S::TeamsSavedEntry, {{"count", s.respondents}}) + "  \xC2\xB7  " + tr(S::ColUpdated) + ": " + date(s.updated),
                      c.text_muted, t.fonts.small);
            if (button(("open-team-" + s.id).c_str(), tr(S::Open), ButtonKind::Primary)) out.push_back(intent::OpenTeam{s.id});
            ImGui::SameLine();
        }
        if (button(("delete-team-" + s.id).c_str(), tr(S::Delete), ButtonKind::Danger)) out.push_back(intent::DeleteTeam{s.id});
        end_card();
        end_group();
        ImGui::PopID();
        vspace(6);
    }
    if (!ui.saved_teams.empty()) end_group();
    vspace(20);
    heading(t.fonts.h2, tr(S::CompareTitle));
    if (ui.comparison) draw_compare(state);
    else paragraph(tr(S::CompareHelp), c.text_muted);
    vspace(40);
    end_column();
}

}  // namespace ladder::ui
