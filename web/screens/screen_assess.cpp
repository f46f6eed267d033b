// Assess: one category at a time. A side list of the dimensions (with progress) on wide
// screens; the question, four level cards, "don't know", the 12-month target and notes.
#include <algorithm>
#include <string>

#include "imgui.h"
#include "screens.h"
#include "catalogue.h"
#include "widgets.h"

namespace ladder::ui {
namespace {

void draw_side_list(const Session& session, const UiState& ui, Intents& out) {
    const Theme& t = theme();
    const Model& m = *session.model;
    const std::string& lang = session.lang;
    begin_group(Group::Navigation, "questions", tr(S::QuestionsNav));
    for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
        const Dimension& dimension = m.dimensions[d];
        const DimensionScore& score = session.result.dimensions[d];
        ImGui::PushID(static_cast<int>(d));
        heading(t.fonts.body_bold, dimension.title.get(lang));
        progress_bar(static_cast<float>(score.answered) / static_cast<float>(std::max(score.total, 1)),
                     ImGui::GetContentRegionAvail().x, t.px(4), t.colors.accent);
        for (const std::size_t k : dimension.categories) {
            const Category& category = m.categories[k];
            const auto it = session.assessment.answers.find(category.id);
            const bool answered = it != session.assessment.answers.end() && it->second.answered();
            const bool dont_know = it != session.assessment.answers.end() && it->second.dont_know;
            const std::string label = category.title.get(lang);
            const std::string mark = answered ? std::to_string(*it->second.level) : dont_know ? "?" : "";
            const std::string id = "side-" + category.id;
            const bool selected = ui.category == k;
            // A quiet row: the title (wrapped when long), and the chosen level (or ?) at the right.
            ImFont* font = selected ? t.fonts.body_bold : t.fonts.body;
            const float w = ImGui::GetContentRegionAvail().x;
            const float text_width = w - t.em(10) - t.em(34);
            const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, text_width, label.c_str());
            const float row_h = std::max(text.y + t.em(10), t.min_target());
            const bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(w, row_h));
            const ImVec2 min = ImGui::GetItemRectMin();
            ImDrawList* draw = ImGui::GetWindowDrawList();
            if (selected || ImGui::IsItemHovered()) {
                draw->AddRectFilled(min, ImGui::GetItemRectMax(), t.colors.accent_soft, t.px(6));
            }
            if (selected) draw->AddRectFilled(min, ImVec2(min.x + t.px(3), min.y + row_h), t.colors.accent);
            draw->AddText(font, font->FontSize, ImVec2(min.x + t.em(10), min.y + (row_h - text.y) * 0.5f),
                          selected ? t.colors.text : t.colors.text_muted, label.c_str(), nullptr, text_width);
            if (!mark.empty()) {
                const float r = t.em(10);
                const ImVec2 centre(min.x + w - r - t.em(6), min.y + row_h * 0.5f);
                draw->AddCircleFilled(centre, r, answered ? t.colors.stage[*it->second.level] : t.colors.border);
                ImGui::PushFont(t.fonts.small);
                const ImVec2 size = ImGui::CalcTextSize(mark.c_str());
                draw->AddText(centre - size * 0.5f, answered ? t.colors.accent_text : t.colors.text, mark.c_str());
                ImGui::PopFont();
            }
            if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            focus_ring(t.px(6));
            describe_next(answered    ? fmt(S::SideAnswered, {{"level", *it->second.level}})
                          : dont_know ? std::string(tr(S::SideDontKnow))
                                      : std::string(tr(S::SideUnanswered)));
            const bool activated = record_item(id.c_str(), Role::Button, label, selected ? "current" : "");
            if (pressed || activated) out.push_back(intent::SelectCategory{static_cast<int>(k)});
        }
        vspace(14);
        ImGui::PopID();
    }
    end_group();
}

}  // namespace

void draw_assess(const State& state, Intents& out) {
    const Session& session = state.session;
    const UiState& ui = state.ui;
    const Theme& t = theme();
    const Palette& c = t.colors;
    const Model& m = *session.model;
    const std::string& lang = session.lang;
    if (m.categories.empty()) return;
    const std::size_t index = std::min(ui.category, m.categories.size() - 1);
    const Category& category = m.categories[index];
    const Dimension& dimension = m.dimensions[category.dimension];
    // The category's answer, or an empty one: looking at a question never adds it to the document.
    static const Answer kUnanswered;
    const auto found = session.assessment.answers.find(category.id);
    const Answer& answer = found != session.assessment.answers.end() ? found->second : kUnanswered;
    const bool narrow = narrow_layout();

    begin_column("assess", content_width(Screen::Assess));
    vspace(24);
    // Overall progress.
    int answered = 0, total = 0;
    for (const auto& d : session.result.dimensions) {
        answered += d.answered;
        total += d.total;
    }
    paragraph(fmt(S::AssessProgress, {{"answered", answered}, {"total", total}}), c.text_muted, t.fonts.small);
    progress_bar(static_cast<float>(answered) / static_cast<float>(std::max(total, 1)), ImGui::GetContentRegionAvail().x,
                 t.px(6), c.accent);
    vspace(20);

    const float side_width = narrow ? 0.0f : t.px(290) * std::min(t.text_scale, 1.3f);
    if (!narrow) {
        ImGui::BeginChild("side", ImVec2(side_width, 0), ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NavFlattened);
        draw_side_list(session, ui, out);
        ImGui::EndChild();
        ImGui::SameLine(0, t.px(40));
    }
    ImGui::BeginChild("question", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NavFlattened);
    paragraph(dimension.title.get(lang) + "  \xC2\xB7  " +
                  fmt(S::QuestionOf, {{"number", static_cast<int>(index) + 1}, {"total", static_cast<int>(m.categories.size())}}),
              c.text_muted, t.fonts.small);
    heading(t.fonts.h2, category.title.get(lang), 0, 1);  // the question is what this page is about
    vspace(4);
    paragraph(category.question.get(lang));
    vspace(6);
    paragraph(tr(S::StartingPointNote), c.text_muted, t.fonts.small);
    vspace(10);

    const float width = ImGui::GetContentRegionAvail().x;
    begin_group(Group::RadioGroup, "levels", tr(S::LevelsGroup));
    for (int level = 0; level < kLevels; ++level) {
        const std::string id = "level-" + std::to_string(level);
        const std::string head = fmt(S::LevelLabel, {{"level", level}}) + "  \xC2\xB7  " + m.stages[level].title.get(lang);
        const bool selected = answer.level && *answer.level == level && !answer.dont_know;
        if (level_card(id.c_str(), level, head, category.levels[level].get(lang), selected, width)) {
            out.push_back(intent::SetLevel{category.id, level});
        }
        vspace(2);
    }
    end_group();
    // Digits 0 to 3 choose a level when no text field has the keyboard.
    if (!ImGui::GetIO().WantTextInput) {
        for (int level = 0; level < kLevels; ++level) {
            if (ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_0 + level), false)) {
                out.push_back(intent::SetLevel{category.id, level});
            }
        }
    }
    vspace(6);
    if (checkbox("dont-know", tr(S::DontKnow), answer.dont_know)) out.push_back(intent::SetDontKnow{category.id, !answer.dont_know});
    // The help beside the box while it fits there (a phone's width does not): else wrapped below.
    ImGui::SameLine();
    ImGui::PushFont(t.fonts.small);
    const bool beside = ImGui::CalcTextSize(tr(S::DontKnowHelp)).x <= ImGui::GetContentRegionAvail().x;
    ImGui::PopFont();
    if (beside) {
        ImGui::PushStyleColor(ImGuiCol_Text, c.text_muted);
        ImGui::PushFont(t.fonts.small);
        ImGui::AlignTextToFramePadding();
        text(tr(S::DontKnowHelp));
        ImGui::PopFont();
        ImGui::PopStyleColor();
    } else {
        ImGui::NewLine();
        paragraph(tr(S::DontKnowHelp), c.text_muted, t.fonts.small);
    }
    if (answer.level || answer.dont_know) {
        if (button("clear-answer", tr(S::ClearAnswer), ButtonKind::Quiet)) out.push_back(intent::SetLevel{category.id, std::nullopt});
    }

    vspace(16);
    heading(t.fonts.body_bold, tr(S::TargetTitle));
    begin_group(Group::RadioGroup, "target", tr(S::TargetTitle));
    if (radio("target-default", tr(S::TargetDefault), !answer.target)) out.push_back(intent::SetTarget{category.id, std::nullopt});
    for (int level = 0; level < kLevels; ++level) {
        const std::string id = "target-" + std::to_string(level);
        const std::string label = fmt(S::LevelLabel, {{"level", level}});
        same_line_if_fits(radio_width(label), t.em(18));
        if (radio(id.c_str(), label, answer.target && *answer.target == level)) {
            out.push_back(intent::SetTarget{category.id, level});
        }
    }
    end_group();
    paragraph(tr(S::TargetDefaultHelp), c.text_muted, t.fonts.small);

    vspace(16);
    if (auto note = text_field("note", tr(S::NotesTitle), answer.note, t.em(96))) {
        out.push_back(intent::EditNote{category.id, *note});
    }
    if (!category.evidence.empty()) {
        std::string list;
        for (const auto& e : category.evidence) list += (list.empty() ? "" : "; ") + e.get(lang);
        paragraph(fmt(S::EvidenceHint, {{"examples", list}}), c.text_muted, t.fonts.small);
    }

    vspace(20);
    if (index > 0) {
        if (button("previous", tr(S::Previous))) out.push_back(intent::SelectCategory{static_cast<int>(index) - 1});
        ImGui::SameLine();
    }
    if (index + 1 < m.categories.size()) {
        if (button("next", tr(S::Next), ButtonKind::Primary)) out.push_back(intent::SelectCategory{static_cast<int>(index) + 1});
    } else if (button("see-results", tr(S::SeeResults), ButtonKind::Primary)) {
        out.push_back(intent::Go{Screen::Results});
    }
    vspace(40);
    ImGui::EndChild();
    end_column();
}

}  // namespace ladder::ui
