// The team exercise, in three steps: collect everyone's answers (files, drops, or assessments
// saved in this browser), discuss them (disagreements first, with a dot plot per category and
// ratings that a facilitator can keep hidden until revealed), then agree the plan (targets on
// a radar with the team's band, the theory of change, the next steps and the team report).
// The projector view shows one category at a time in large type.
#include <cstdio>
#include <algorithm>
#include <cmath>
#include <string>

#include "imgui.h"
#include "screens.h"
#include "catalogue.h"
#include "widgets.h"
#include "stable_sort.h"

namespace ladder::ui {
namespace {

constexpr const char* kDot = "  \xC2\xB7  ";

bool hidden(const Session& session, const std::string& category) {
    return session.team.hide_ratings && session.team.revealed.count(category) == 0;
}

// Everyone's level for one category as dots on a 0..3 axis, stacked where several people chose
// the same level, with the median marked. Hovering a dot names the people at that level; in the
// projector view each dot carries its name, unless the room is kept anonymous (`names` false:
// then neither the dots, the hover nor the words name anyone). It is in the widget registry as
// an image whose label says the same in words.
void dot_plot(const Session& session, std::size_t k, float width, bool large, bool names_shown = true) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    const Model& m = *session.model;
    const std::string& id = m.categories[k].id;
    const TeamResult& merged = session.team_plan.merged;
    const CategoryStats& stats = merged.categories[k];
    const TeamPlan::CategoryMembers& members = session.team_plan.members[k];
    std::vector<const std::string*> names[kLevels];
    const int not_answered = members.not_answered;
    for (int level = 0; level < kLevels; ++level) {
        names[level].reserve(members.at_level[level].size());
        for (const std::size_t r : members.at_level[level]) names[level].push_back(&merged.respondents[r]);
    }
    std::size_t tallest = 1;
    for (const auto& at_level : names) tallest = std::max(tallest, at_level.size());

    const float radius = t.em(large ? 11 : 7);
    // Dots stack up; a large team's stack is squeezed (dots overlap) rather than growing tall.
    const float step = std::min(radius * 2.3f, t.em(large ? 220 : 120) / static_cast<float>(tallest));
    ImFont* font = large ? t.fonts.body : t.fonts.small;
    const float axis_label = font->FontSize + t.em(4);
    const float plot_h = static_cast<float>(tallest) * step + t.em(large ? 26 : 20);
    const float height = plot_h + axis_label + t.em(6);
    const float margin = radius + t.em(8);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    const std::string widget = "ratings-" + id;
    std::string label;
    for (int level = 0; level < kLevels; ++level) {
        if (!names_shown) {
            if (names[level].empty()) continue;
            label += (label.empty() ? "" : ", ") +
                     fmt(S::TeamAtLevel, {{"count", static_cast<int>(names[level].size())}, {"level", level}});
            continue;
        }
        for (const std::string* name : names[level]) label += (label.empty() ? "" : ", ") + *name + " " + std::to_string(level);
    }
    if (stats.median) label += "; " + fmt(S::TeamMedianIs, {{"median", format_median(*stats.median)}});
    if (not_answered > 0) label += "; " + fmt(S::TeamNotAnswered, {{"count", not_answered}});
    record_item(widget.c_str(), Role::Image, label, "");
    // Scrolled out of view: the mirror has it (above), the screen need not draw it. A large
    // team's 24 plots are thousands of dots, of which a screenful shows a few hundred.
    if (!ImGui::IsItemVisible()) return;

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float axis_y = origin.y + plot_h;
    const auto x_of = [&](double level) { return origin.x + margin + (width - 2 * margin) * static_cast<float>(level) / 3.0f; };
    draw->AddLine(ImVec2(x_of(0), axis_y), ImVec2(x_of(3), axis_y), c.border, t.px(1.5f));
    for (int level = 0; level < kLevels; ++level) {
        const float x = x_of(level);
        draw->AddLine(ImVec2(x, axis_y), ImVec2(x, axis_y + t.em(4)), c.border, t.px(1.5f));
        const std::string number = std::to_string(level);
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, number.c_str());
        draw->AddText(font, font->FontSize, ImVec2(x - size.x * 0.5f, axis_y + t.em(6)), c.text_muted, number.c_str());
    }
    if (stats.median) {
        // The median: a dashed line through the column of dots, with a marker at the top.
        const float x = x_of(*stats.median);
        for (float y = origin.y + t.em(8); y < axis_y; y += t.px(8)) {
            draw->AddLine(ImVec2(x, y), ImVec2(x, std::min(y + t.px(5), axis_y)), c.text, t.px(2));
        }
        const float w = t.em(large ? 9 : 6);
        draw->AddTriangleFilled(ImVec2(x - w, origin.y), ImVec2(x + w, origin.y), ImVec2(x, origin.y + w * 1.2f), c.text);
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    // Names beside the dots in the projector view, as far as the next level's column allows.
    const bool labelled = large && names_shown;
    const float column_w = (width - 2 * margin) / 3.0f - radius * 2 - t.em(8);
    for (int level = 0; level < kLevels; ++level) {
        for (std::size_t i = 0; i < names[level].size(); ++i) {
            const ImVec2 centre(x_of(level), axis_y - t.em(6) - radius - static_cast<float>(i) * step);
            draw->AddCircleFilled(centre, radius, c.stage[level]);
            draw->AddCircle(centre, radius, c.surface, 0, t.px(1.5f));
            // A name that does not fit before the next column is left to the hover and the
            // words (a phone held upright); the last column's names go on the left of the dots.
            const char* who_here = names[level][i]->c_str();
            const float name_w = labelled ? font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, who_here).x : 0;
            if (labelled && name_w <= column_w) {
                const float x = level < kLevels - 1 ? centre.x + radius + t.em(6) : centre.x - radius - t.em(6) - name_w;
                draw->AddText(font, font->FontSize, ImVec2(x, centre.y - font->FontSize * 0.5f), c.text, who_here);
            }
            const float dx = mouse.x - centre.x, dy = mouse.y - centre.y;
            if (names_shown && dx * dx + dy * dy <= radius * radius && ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows)) {
                std::string who;
                for (const std::string* name : names[level]) who += (who.empty() ? "" : ", ") + *name;
                ImGui::SetTooltip("%s", who.c_str());
            }
        }
    }
}

// Where the ratings would be, while they are hidden: how many there are, and Reveal.
void hidden_ratings(const Session& session, std::size_t k, float width, bool large, Intents& out) {
    const Theme& t = theme();
    const std::string& id = session.model->categories[k].id;
    const CategoryStats& stats = session.team_plan.merged.categories[k];
    const std::string text = stats.n == 0 ? tr(S::TeamNobodyAnswered)
                             : stats.n == 1 ? tr(S::TeamRatingHidden)
                                            : fmt(S::TeamRatingsHidden, {{"count", stats.n}});
    ImGui::BeginGroup();
    paragraph(text, t.colors.text_muted, large ? t.fonts.h3 : t.fonts.body);
    record_item(("ratings-" + id).c_str(), Role::Image, text, "hidden");
    if (stats.n > 0 && button(("reveal-" + id).c_str(), tr(S::TeamReveal), large ? ButtonKind::Primary : ButtonKind::Secondary)) {
        out.push_back(intent::TeamReveal{id});
    }
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::Dummy(ImVec2(std::max(0.0f, width - ImGui::GetItemRectSize().x), 1));
}

// The members' notes on a category: with their names and levels, or, while the ratings are
// hidden (and in a projector view kept anonymous), without either and in an order that does not
// follow the list of members.
void member_notes(const Session& session, std::size_t k, bool anonymous, bool large) {
    const Theme& t = theme();
    const std::string& id = session.model->categories[k].id;
    const std::vector<MemberNote>& members_notes = session.team_plan.members[k].notes;
    if (members_notes.empty()) return;
    std::vector<MemberNote> sorted;
    if (anonymous) {
        // Stable where std::sort was not: equal notes read the same, so nothing shown changes.
        sorted = members_notes;
        stable_sort_list(sorted, [](const MemberNote& a, const MemberNote& b) { return a.text < b.text; });
    }
    const std::vector<MemberNote>& notes = anonymous ? sorted : members_notes;
    ImFont* font = large ? t.fonts.body : t.fonts.small;
    vspace(8);
    begin_group(Group::List, ("notes-" + id).c_str(), fmt(S::TeamNotesCount, {{"count", static_cast<int>(notes.size())}}));
    paragraph(fmt(S::TeamNotesCount, {{"count", static_cast<int>(notes.size())}}), t.colors.text_muted, font);
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const MemberNote& note = notes[i];
        begin_group(Group::ListItem, ("note-" + id + "-" + std::to_string(i)).c_str());
        const std::string line = anonymous    ? fmt(S::TeamNoteAnonymous, {{"note", note.text}})
                                 : note.level ? fmt(S::TeamNoteNamed, {{"name", note.name}, {"level", *note.level}, {"note", note.text}})
                                              : fmt(S::TeamNoteNamedNoLevel, {{"name", note.name}, {"note", note.text}});
        paragraph(line, t.colors.text, font);
        end_group();
    }
    end_group();
}

// The four target levels for a category; the one in force is selected.
void target_chips(const Session& session, std::size_t k, bool status, Intents& out) {
    // While the ratings are hidden the target is too: it starts from the median, so it would
    // give the ratings away before the room has talked.
    if (hidden(session, session.model->categories[k].id)) return;
    if (!session.team_plan.targets[k]) return;  // nobody answered: no level to aim from
    const Theme& t = theme();
    const Model& m = *session.model;
    const std::string& id = m.categories[k].id;
    const std::optional<int> target = session.team_plan.targets[k];
    const bool agreed = session.team.targets.count(id) > 0;
    // The label sits on the chips' centre line (they are taller than a text line).
    const float chip_h = std::max(t.px(44), t.fonts.body_bold->FontSize + t.em(20));
    const ImVec2 row = ImGui::GetCursorScreenPos();
    ImGui::PushFont(t.fonts.body_bold);
    ImGui::GetWindowDrawList()->AddText(ImVec2(row.x, row.y + (chip_h - ImGui::GetFontSize()) * 0.5f), t.colors.text,
                                        tr(S::TeamTargetLabel));
    ImGui::Dummy(ImVec2(ImGui::CalcTextSize(tr(S::TeamTargetLabel)).x, chip_h));
    ImGui::PopFont();
    begin_group(Group::RadioGroup, ("target-" + id).c_str(),
                std::string(tr(S::TeamTargetLabel)) + " " + m.categories[k].title.get(session.lang));
    for (int level = 0; level < kLevels; ++level) {
        ImGui::SameLine(0, level == 0 ? t.em(12) : t.em(6));
        const std::string widget = "target-" + id + "-" + std::to_string(level);
        const std::string name = fmt(S::TeamTargetName, {{"category", m.categories[k].title.get(session.lang)},
                                                          {"level", level},
                                                          {"status", m.stages[level].title.get(session.lang)}});
        if (chip(widget.c_str(), std::to_string(level), name, target && *target == level)) {
            out.push_back(intent::TeamSetTarget{id, level});
        }
    }
    end_group();
    if (target) {
        if (status) {
            ImGui::SameLine(0, t.em(12));
            ImGui::AlignTextToFramePadding();
            text(tr(agreed ? S::TeamTargetAgreed : S::TeamTargetFromMedian), t.colors.text_muted);
        }
        if (agreed) {
            ImGui::SameLine();
            if (button(("target-reset-" + id).c_str(), tr(S::TeamTargetReset), ButtonKind::Quiet)) {
                out.push_back(intent::TeamSetTarget{id, std::nullopt});
            }
        }
    }
}

// What a category's row shows depends on: the exercise and its plan (every change to them
// counts in team_revision), the languages and locale, the theme and text size, and the width.
std::uint64_t row_key(const Session& session, std::size_t k) {
    return key_mix(key_mix(view_key(session), k), session.team_revision);
}

// The rows of the discussion, one per category, drawn only near the view (CachedBlock): a
// large team's 24 rows are thousands of dots and notes, of which a screenful shows a few.
std::vector<CachedBlock> g_rows;

void category_row(const Session& session, std::size_t k, Intents& out) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    const Model& m = *session.model;
    const Category& category = m.categories[k];
    const CategoryStats& stats = session.team_plan.merged.categories[k];
    const bool narrow = narrow_layout();
    if (g_rows.size() != m.categories.size()) g_rows.assign(m.categories.size(), CachedBlock{});
    if (!cached_block_begin(g_rows[k], row_key(session, k))) {
        vspace(8);
        return;
    }
    ImGui::PushID(category.id.c_str());
    begin_card("row", 16);
    const float available = ImGui::GetContentRegionAvail().x;
    const float text_w = narrow ? available : available * 0.46f;
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_w);
    heading(t.fonts.body_bold, category.title.get(session.lang), 0, 3);
    std::string details = m.dimensions[category.dimension].title.get(session.lang) + kDot + fmt(S::TeamAnsweredBy, {{"count", stats.n}});
    if (!hidden(session, category.id) && stats.spread) details += kDot + fmt(S::TeamSpread, {{"spread", *stats.spread}});
    paragraph(details, c.text_muted, t.fonts.small);
    ImGui::PopTextWrapPos();
    // Wide: the plot beside the text and the target; narrow: the plot between them.
    const float plot_w = narrow ? available : available - text_w - t.em(16);
    const auto plot = [&] {
        ImGui::BeginGroup();
        if (hidden(session, category.id)) hidden_ratings(session, k, plot_w, false, out);
        else dot_plot(session, k, plot_w, false);
        ImGui::EndGroup();
    };
    if (narrow) plot();
    vspace(6);
    target_chips(session, k, false, out);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_w);
    member_notes(session, k, hidden(session, category.id), false);
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(text_w, 1));
    ImGui::EndGroup();
    if (!narrow) {
        ImGui::SameLine(0, t.em(16));
        plot();
    }
    end_card();
    ImGui::PopID();
    cached_block_end(g_rows[k]);
    vspace(8);
}

void step_tabs(const UiState& ui, Intents& out) {
    static const S labels[] = {S::TeamStepCollect, S::TeamStepDiscuss, S::TeamStepPlan};
    static const S short_labels[] = {S::TeamStepCollectShort, S::TeamStepDiscuss, S::TeamStepPlanShort};
    begin_group(Group::TabList, "team-steps", tr(S::NavTeam));
    for (int i = 0; i < 3; ++i) {
        const std::string id = "team-step-" + std::to_string(i);
        const std::string label = fmt(narrow_layout() ? short_labels[i] : labels[i], {{"number", i + 1}});
        if (i > 0) {
            // A tab is its label (bold when chosen) and a margin: the row wraps when it must.
            ImGui::PushFont(theme().fonts.body_bold);
            const float width = ImGui::CalcTextSize(label.c_str()).x + theme().em(20);
            ImGui::PopFont();
            same_line_if_fits(width, theme().em(8));
        }
        if (nav_tab(id.c_str(), label, ui.team.step == i)) out.push_back(intent::TeamStep{i});
    }
    end_group();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(at, at + ImVec2(ImGui::GetContentRegionAvail().x, 0), theme().colors.border,
                                        theme().px(1));
}

const char* agreement_words(AgreementBand band, bool in_short) {
    switch (band) {
        case AgreementBand::Close: return tr(in_short ? S::TeamShortClose : S::TeamAgreeClose);
        case AgreementBand::Broad: return tr(in_short ? S::TeamShortBroad : S::TeamAgreeBroad);
        case AgreementBand::Mixed: return tr(in_short ? S::TeamShortMixed : S::TeamAgreeMixed);
        case AgreementBand::Far: return tr(in_short ? S::TeamShortFar : S::TeamAgreeFar);
        case AgreementBand::Unknown: break;
    }
    return tr(S::TeamShortUnknown);
}

std::string alpha_figure(const Alpha& alpha) {
    return number(*alpha.value, 2);
}

// Agreement: one sentence for the team with its figure, and (on the Discuss step) a compact
// table per dimension, so the room sees where the differences cluster.
void agreement_panel(const Session& session, bool by_dimension) {
    const Theme& t = theme();
    const Model& m = *session.model;
    const TeamResult& merged = session.team_plan.merged;
    begin_panel("agreement", t.colors.accent_soft, ImVec2(16, 12));
    heading(t.fonts.body_bold, tr(S::TeamAgreementTitle));
    const Alpha& all = merged.agreement;
    paragraph(all.value ? fmt(S::TeamAlphaSentence, {{"alpha", alpha_figure(all)}, {"meaning", agreement_words(agreement_band(all), false)}})
                        : fmt(S::TeamAgreeUnknown, {{"reason", all.reason}}));
    if (all.value) paragraph(tr(S::TeamAlphaHelp), t.colors.text_muted, t.fonts.small);
    if (by_dimension && begin_table("agreement-dimensions", tr(S::TeamAgreeTable), 3,
                                    ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX)) {
        table_column(tr(S::ColDimension), 2.2f);
        table_column(tr(S::TeamColAlpha), 0.7f);
        table_column(tr(S::TeamColInShort), 1.4f);
        table_headers();
        for (std::size_t i = 0; i < m.dimensions.size() && i < merged.agreement_by_dimension.size(); ++i) {
            const Alpha& a = merged.agreement_by_dimension[i];
            table_row();
            table_cell(m.dimensions[i].title.get(session.lang));
            if (a.value) table_cell(alpha_figure(a));
            else table_cell("-", true);
            table_cell(agreement_words(agreement_band(a), true), !a.value);
        }
        end_table();
    }
    end_panel();
}

void draw_collect(const Session& session, const UiState& ui, Intents& out) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    const TeamExercise& e = session.team;
    const TeamPlan& plan = session.team_plan;
    if (auto name = text_field("team-name", tr(S::TeamNameLabel), e.team)) out.push_back(intent::EditTeamName{*name});
    vspace(20);
    heading(t.fonts.h2, fmt(S::TeamRespondentsTitle, {{"count", static_cast<int>(plan.merged.respondents.size())}}));
    if (e.respondents.empty()) paragraph(tr(S::TeamNoRespondents), c.text_muted);
    std::size_t merged = 0;  // position among the members counted (plan.merged.inputs is in input order)
    for (std::size_t i = 0; i < e.respondents.size(); ++i) {
        const Assessment& a = e.respondents[i];
        const bool counted = merged < plan.merged.inputs.size() && plan.merged.inputs[merged] == i;
        const auto duplicate = std::find_if(plan.merged.duplicates.begin(), plan.merged.duplicates.end(),
                                            [i](const Duplicate& d) { return d.index == i; });
        const std::string& name = counted ? plan.merged.respondents[merged] : duplicate->name;
        const double completeness = i < session.team_completeness.size() ? session.team_completeness[i] : 0.0;
        if (counted) ++merged;
        ImGui::PushID(static_cast<int>(i));
        begin_panel("respondent", counted ? c.surface : c.warning_soft, ImVec2(14, 10), true, 8);
        const float remove_w = t.em(100);
        ImGui::BeginGroup();
        // Wraps short of the Remove button (the wrap position counts from the window's left edge).
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - remove_w - t.em(8));
        heading(t.fonts.body_bold, name);
        std::string details = fmt(S::AnsweredPercent, {{"percent", static_cast<int>(completeness * 100.0 + 0.5)}});
        if (!a.team.empty()) details = a.team + kDot + details;
        if (!a.updated.empty()) details += kDot + date(a.updated);
        paragraph(details, c.text_muted, t.fonts.small);
        if (!counted) {
            const bool replaced = duplicate->reason == DuplicateReason::Newer;
            paragraph(tr(replaced ? S::TeamReplacedNote : S::TeamCountedOnce), c.warning, t.fonts.small);
        }
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        ImGui::SameLine(ImGui::GetContentRegionMax().x - remove_w);
        if (button(("remove-respondent-" + std::to_string(i)).c_str(), tr(S::TeamRemove), ButtonKind::Quiet, true, remove_w)) {
            out.push_back(intent::TeamRemove{static_cast<int>(i)});
        }
        end_panel();
        ImGui::PopID();
        vspace(4);
    }
    if (!ui.team.problems.empty()) {
        vspace(8);
        begin_panel("team-problems", c.warning_soft, ImVec2(16, 12));
        heading(t.fonts.body_bold, tr(S::TeamNotAdded), c.warning);
        for (const auto& problem : ui.team.problems) paragraph(problem);
        if (button("team-problems-dismiss", tr(S::Dismiss))) out.push_back(intent::DismissTeamProblems{});
        end_panel();
    }
    vspace(12);
    const int pressed = button_row({{"team-add-files", tr(S::TeamAddFiles), ButtonKind::Primary},
                                    {"team-add-saved", tr(ui.team.add_from_saved ? S::TeamHideSaved : S::TeamAddSaved)}});
    if (pressed == 0) out.push_back(intent::TeamAddFiles{});
    if (pressed == 1) out.push_back(intent::TeamToggleSaved{});
    paragraph(tr(S::TeamDropHint), c.text_muted, t.fonts.small);
    if (ui.team.add_from_saved) {
        vspace(8);
        begin_panel("saved-list", c.surface_alt, ImVec2(16, 12));
        bool any = false;
        for (const auto& s : ui.saved) {
            if (!s.readable || !s.other_model.empty()) continue;
            any = true;
            const bool added = std::any_of(e.respondents.begin(), e.respondents.end(), [&](const Assessment& a) {
                // This very version is in: the same person (by id; by names for files from before
                // ids) saved at the same moment.
                const bool same_person = !s.respondent_id.empty() ? a.id == s.respondent_id : a.respondent == s.respondent && a.team == s.team;
                return same_person && a.updated == s.updated;
            });
            ImGui::PushID(s.id.c_str());
            ImGui::BeginGroup();
            heading(t.fonts.body_bold, s.respondent.empty() ? (s.team.empty() ? tr(S::UnnamedTeam) : s.team) : s.respondent);
            std::string details = (s.team.empty() ? "" : s.team + kDot) + fmt(S::AnsweredPercent, {{"percent", s.percent_answered}});
            if (!s.updated.empty()) details += kDot + date(s.updated);
            paragraph(details, c.text_muted, t.fonts.small);
            ImGui::EndGroup();
            ImGui::SameLine(ImGui::GetContentRegionMax().x - t.em(100));
            if (button(("add-saved-" + s.id).c_str(), tr(added ? S::TeamAdded : S::TeamAdd), ButtonKind::Secondary, !added,
                       t.em(100))) {
                out.push_back(intent::TeamAddSaved{s.id});
            }
            ImGui::PopID();
            vspace(4);
        }
        if (!any) paragraph(tr(S::TeamNoSaved), c.text_muted);
        end_panel();
    }
    if (plan.merged.respondents.size() >= 2) {
        vspace(20);
        agreement_panel(session, false);
        vspace(12);
        if (button("team-next-discuss", tr(S::TeamNextDiscuss), ButtonKind::Primary)) out.push_back(intent::TeamStep{1});
    }
}

void draw_discuss(const Session& session, const UiState& ui, Intents& out) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    const TeamResult& merged = session.team_plan.merged;
    if (merged.respondents.empty()) {
        paragraph(tr(S::TeamNothingYet), c.text_muted);
        if (button("team-go-collect", tr(S::TeamGoCollect), ButtonKind::Primary)) out.push_back(intent::TeamStep{0});
        return;
    }
    agreement_panel(session, true);
    vspace(12);
    const bool hide = session.team.hide_ratings;
    if (checkbox("hide-ratings", tr(S::TeamHideRatings), hide)) out.push_back(intent::TeamHideRatings{!hide});
    paragraph(tr(S::TeamHideRatingsHelp), c.text_muted, t.fonts.small);
    vspace(4);
    std::vector<RowButton> controls = {{"projector-open", tr(S::TeamProjector)}};
    if (session.team.hide_ratings) controls.push_back({"reveal-all", tr(S::TeamRevealAll)});
    const int pressed = button_row(controls);
    if (pressed == 0) out.push_back(intent::TeamProjector{true});
    if (pressed == 1) out.push_back(intent::TeamReveal{});
    vspace(4);
    if (checkbox("projector-names", tr(S::TeamProjectorNames), ui.team.projector_names)) {
        out.push_back(intent::TeamProjectorNames{!ui.team.projector_names});
    }
    paragraph(tr(S::TeamProjectorNamesHelp), c.text_muted, t.fonts.small);
    vspace(20);

    const std::vector<std::size_t> order = discussion_order(merged);
    const auto talk = static_cast<std::size_t>(
        std::count_if(merged.categories.begin(), merged.categories.end(), [](const CategoryStats& s) { return s.disagreement; }));
    heading(t.fonts.h2, fmt(S::TeamTalkTitle, {{"count", static_cast<int>(talk)}}));
    paragraph(tr(talk > 0 ? S::TeamTalkHelp : S::TeamTalkNone), c.text_muted);
    vspace(8);
    for (std::size_t i = 0; i < talk; ++i) category_row(session, order[i], out);
    vspace(16);
    heading(t.fonts.h2, tr(S::TeamAgreeTitle));
    paragraph(tr(S::TeamAgreeHelp), c.text_muted);
    vspace(8);
    // Agreement needs at least two answers; a category with fewer is listed on its own.
    std::vector<std::size_t> few;
    for (std::size_t i = talk; i < order.size(); ++i) {
        if (merged.categories[order[i]].n < 2) few.push_back(order[i]);
        else category_row(session, order[i], out);
    }
    if (!few.empty()) {
        vspace(16);
        heading(t.fonts.h2, tr(S::TeamFewTitle));
        paragraph(tr(S::TeamFewHelp), c.text_muted);
        vspace(8);
        for (const std::size_t k : few) category_row(session, k, out);
    }
    vspace(8);
    if (button("team-next-plan", tr(S::TeamNextPlan), ButtonKind::Primary)) out.push_back(intent::TeamStep{2});
}

void dimension_table(const Session& session) {
    const Theme& t = theme();
    const Model& m = *session.model;
    const TeamPlan& plan = session.team_plan;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!begin_table("team-dimensions", tr(S::DimensionsTitle), 4, flags)) return;
    table_column(tr(S::ColDimension), 2.2f);
    table_column(tr(S::TeamColTeam), 0.9f);
    table_column(tr(S::TeamColRange), 1.2f);
    table_column(tr(S::ColTarget), 0.9f);
    table_headers();
    const auto number_cell = [](const std::optional<double>& v) {
        if (!v) return table_cell("-", true);
        table_cell(number(*v, 1));
    };
    for (std::size_t i = 0; i < m.dimensions.size(); ++i) {
        table_row(t.em(36));
        table_cell(m.dimensions[i].title.get(session.lang));
        number_cell(plan.merged.score.dimensions[i].score);
        if (plan.band_min[i]) {
            table_cell(number(*plan.band_min[i], 1) + "\xE2\x80\x93" + number(*plan.band_max[i], 1));
        } else {
            table_cell("-", true);
        }
        number_cell(plan.planned.dimensions[i].target_score);
    }
    end_table();
}

void draw_plan(const State& state, Intents& out) {
    const Session& session = state.session;
    const Theme& t = theme();
    const Palette& c = t.colors;
    const Model& m = *session.model;
    const TeamPlan& plan = session.team_plan;
    const std::optional<PeerComparison> peers = peer_comparison(state, plan.planned);
    if (plan.merged.respondents.empty()) {
        paragraph(tr(S::TeamNothingYet), c.text_muted);
        if (button("team-go-collect", tr(S::TeamGoCollect), ButtonKind::Primary)) out.push_back(intent::TeamStep{0});
        return;
    }
    const bool narrow = narrow_layout();
    // The radar shows the team's levels (medians) against the agreed targets.
    ScoreResult picture = plan.merged.score;
    for (std::size_t i = 0; i < picture.dimensions.size(); ++i) {
        picture.dimensions[i].target_score = plan.planned.dimensions[i].target_score;
    }
    begin_card("team-picture");
    const float available = ImGui::GetContentRegionAvail().x;
    const float radar = narrow ? available : std::min(available * 0.5f, t.px(440) * t.text_scale);
    ImGui::BeginGroup();
    paragraph(tr(S::TeamRadarTitle), c.text_muted, t.fonts.small);
    // With a peer benchmark open, the band is the peers' middle half (the members' range stays
    // in the table).
    std::vector<std::optional<double>> peers_q1, peers_q3;
    peer_band(peers, peers_q1, peers_q3);
    draw_radar(m, picture, session.lang, radar, peers ? &peers_q1 : &plan.band_min, peers ? &peers_q3 : &plan.band_max);
    draw_radar_legend(true, peers ? Band::Peers : Band::Team);
    ImGui::EndGroup();
    if (!narrow) ImGui::SameLine(0, t.px(24));
    ImGui::BeginGroup();
    const ScoreResult& r = plan.merged.score;
    paragraph(tr(S::TeamStage), c.text_muted, t.fonts.small);
    // Medians of too few answers give a stage to hold lightly, marked as on Results.
    const bool provisional = r.overall_stage && r.provisional;
    heading(t.fonts.h2, stage_title(m, r.overall_stage, session.lang), r.overall_stage && !provisional ? c.stage[*r.overall_stage] : c.text);
    if (provisional) {
        ImGui::SameLine(0, t.px(10));
        tag(tr(S::Provisional), ImGui::GetItemRectSize().y);
    }
    vspace(8);
    ImGui::BeginChild("table-area", ImVec2(narrow ? available : available - radar - t.px(24), 0), ImGuiChildFlags_AutoResizeY);
    dimension_table(session);
    ImGui::EndChild();
    ImGui::EndGroup();
    end_card();
    vspace(24);
    draw_peer_comparison(state, peers, out);
    vspace(24);

    heading(t.fonts.h2, tr(S::TeamTocTitle));
    paragraph(tr(S::TeamTocHelp), c.text_muted);
    for (const S prompt : {S::TeamPromptGoal, S::TeamPromptBelieve, S::TeamPromptCapabilities}) {
        paragraph(std::string("\xE2\x80\x94 ") + tr(prompt), c.text_muted);
    }
    vspace(6);
    if (session.team.theory_of_change.empty()) {
        if (button("toc-prompts", tr(S::TeamTocStart))) out.push_back(intent::StartFromPrompts{});
        vspace(4);
    }
    if (auto text = text_field("theory-of-change", tr(S::TeamTocLabel), session.team.theory_of_change, t.em(220))) {
        out.push_back(intent::EditTheoryOfChange{*text});
    }
    vspace(24);

    heading(t.fonts.h2, tr(S::TeamStepsTitle));
    const auto& steps = plan.planned.next_steps;
    if (steps.empty()) paragraph(tr(S::TeamNoSteps), c.text_muted);
    for (std::size_t i = 0; i < steps.size(); ++i) draw_next_step(m, steps[i], session.lang, i, i < kFocusSteps, peers_at_step(peers, i));
    vspace(24);

    heading(t.fonts.h2, tr(S::TeamTakeAway));
    paragraph(tr(S::TeamTakeAwayHelp), c.text_muted);
    vspace(4);
    const int pressed = button_row({{"team-download-html", tr(S::TeamReportHtml)},
                                    {"team-download-csv", tr(S::TeamReportCsv)},
                                    {"team-print", tr(S::Print)},
                                    {"team-download-json", tr(S::TeamSaveFile)}});
    if (pressed == 0) out.push_back(intent::TeamDownload{app::FileKind::Html});
    if (pressed == 1) out.push_back(intent::TeamDownload{app::FileKind::Csv});
    if (pressed == 2) out.push_back(intent::TeamPrint{});
    if (pressed == 3) out.push_back(intent::TeamDownload{app::FileKind::Json});
}

}  // namespace

std::string format_median(double median) {
    return number(median, std::fmod(median, 1.0) == 0 ? 0 : 1);
}

void draw_team(const State& state, Intents& out) {
    const Session& session = state.session;
    const UiState& ui = state.ui;
    const Theme& t = theme();
    begin_column("team", content_width(Screen::Team));
    vspace(28);
    heading(t.fonts.h1, tr(S::TeamTitle));
    paragraph(tr(S::TeamIntro), t.colors.text_muted);
    vspace(8);
    step_tabs(ui, out);
    vspace(20);
    switch (ui.team.step) {
        case 0: draw_collect(session, ui, out); break;
        case 1: draw_discuss(session, ui, out); break;
        default: draw_plan(state, out); break;
    }
    vspace(24);
    ImGui::Separator();
    vspace(8);
    if (button("team-new", tr(S::TeamNew), ButtonKind::Quiet)) out.push_back(intent::TeamNew{});
    vspace(40);
    end_column();
}

void draw_projector(const State& state, Intents& out) {
    const Session& session = state.session;
    const Theme& t = theme();
    const Palette& c = t.colors;
    const Model& m = *session.model;
    const TeamResult& merged = session.team_plan.merged;
    const std::vector<std::size_t> order = discussion_order(merged);
    const std::size_t position = std::min(state.ui.team.projector_index, order.size() - 1);
    const std::size_t k = order[position];
    const Category& category = m.categories[k];
    const CategoryStats& stats = merged.categories[k];
    begin_column("projector", content_width(Screen::Team));
    vspace(20);
    // Where we are on the left; moving on, back, and out on the right, always in reach.
    ImGui::BeginGroup();
    ImGui::AlignTextToFramePadding();
    std::string where = fmt(S::TeamProjectorOf, {{"number", static_cast<int>(position + 1)}, {"total", static_cast<int>(order.size())}});
    if (stats.disagreement && !hidden(session, category.id)) where += std::string(kDot) + tr(S::TeamTalkThis);
    paragraph(where, c.text_muted);
    ImGui::EndGroup();
    const std::vector<RowButton> nav = {{"projector-prev", tr(S::TeamProjectorPrev), ButtonKind::Secondary, position > 0},
                                        {"projector-next", tr(S::TeamProjectorNext), ButtonKind::Primary,
                                         position + 1 < order.size()},
                                        {"projector-close", tr(S::TeamProjectorClose), ButtonKind::Quiet}};
    float nav_w = 0;
    ImGui::PushFont(t.fonts.body_bold);
    for (const auto& b : nav) nav_w += ImGui::CalcTextSize(b.label.c_str()).x + t.em(36) + ImGui::GetStyle().ItemSpacing.x;
    ImGui::PopFont();
    // Beside it when there is room; on a narrow screen, under it (never off the edge).
    const float nav_x = std::max(ImGui::GetContentRegionMax().x - nav_w, ImGui::GetItemRectSize().x + t.em(16));
    if (nav_x + nav_w <= ImGui::GetContentRegionMax().x + 1) ImGui::SameLine(nav_x);
    ImGui::BeginGroup();
    const int pressed = button_row(nav);
    ImGui::EndGroup();
    if (pressed == 0 && position > 0) out.push_back(intent::TeamProjectorGo{static_cast<int>(position - 1)});
    if (pressed == 1 && position + 1 < order.size()) out.push_back(intent::TeamProjectorGo{static_cast<int>(position + 1)});
    if (pressed == 2 || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) out.push_back(intent::TeamProjector{false});
    // A presentation clicker sends Page Down and Page Up (some send the arrows): the next and
    // the previous category; R reveals the ratings. Space and Enter press the focused button,
    // which is Next when the view opens or moves.
    if (!ImGui::GetIO().WantTextInput) {
        const auto key = [](ImGuiKey a, ImGuiKey b) { return ImGui::IsKeyPressed(a, false) || ImGui::IsKeyPressed(b, false); };
        if (key(ImGuiKey_PageDown, ImGuiKey_RightArrow) && position + 1 < order.size()) {
            out.push_back(intent::TeamProjectorGo{static_cast<int>(position + 1)});
        }
        if (key(ImGuiKey_PageUp, ImGuiKey_LeftArrow) && position > 0) {
            out.push_back(intent::TeamProjectorGo{static_cast<int>(position - 1)});
        }
        if (ImGui::IsKeyPressed(ImGuiKey_R, false) && hidden(session, category.id)) out.push_back(intent::TeamReveal{category.id});
    }
    vspace(12);
    heading(t.fonts.h1, category.title.get(session.lang));
    paragraph(m.dimensions[category.dimension].title.get(session.lang), c.text_muted);
    vspace(8);
    paragraph(category.question.get(session.lang), 0, t.fonts.h3);
    vspace(20);
    const float width = ImGui::GetContentRegionAvail().x;
    const bool names = state.ui.team.projector_names;
    if (hidden(session, category.id)) {
        hidden_ratings(session, k, width, true, out);
    } else {
        dot_plot(session, k, width, true, names);
        if (stats.median) {
            const int level = std::min(static_cast<int>(std::floor(*stats.median)), kLevels - 1);
            paragraph(fmt(S::TeamMedianHeading, {{"median", format_median(*stats.median)}}) + kDot +
                          m.stages[level].title.get(session.lang),
                      c.text, t.fonts.h3);
        }
    }
    vspace(16);
    target_chips(session, k, true, out);
    member_notes(session, k, hidden(session, category.id) || !names, true);
    if (!hidden(session, category.id)) {
        // What the levels people chose mean, so the room talks about the same thing.
        vspace(20);
        for (int level = 0; level < kLevels; ++level) {
            if (!stats.min || level < *stats.min || level > *stats.max) continue;
            ImGui::PushID(level);
            begin_panel("level", c.surface_alt, ImVec2(14, 10));
            heading(t.fonts.body_bold, std::to_string(level) + "  " + m.stages[level].title.get(session.lang), c.stage[level]);
            paragraph(category.levels[level].get(session.lang));
            end_panel();
            ImGui::PopID();
            vspace(4);
        }
    }
    vspace(40);
    end_column();
}

}  // namespace ladder::ui
