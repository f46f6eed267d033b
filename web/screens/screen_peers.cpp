// Peers: the convening view. An organiser adds many teams' files and sees them side by side:
// a heatmap of teams by categories, coloured by stage (sortable by a dimension, teams named or
// lettered), how many teams are at each level, each dimension's quartiles, where the teams
// differ most and where most are held, and peer groups compared. What can be published is a
// peer benchmark made only of totals, in which a figure from too few teams is left out.
#include <algorithm>
#include <cmath>
#include <string>

#include "catalogue.h"
#include "imgui.h"
#include "messages.h"
#include "screens.h"
#include "widgets.h"

namespace ladder::ui {
namespace {

using app::ConveningView;

constexpr const char* kDot = "  \xC2\xB7  ";
constexpr int kGroupChoices[] = {5, 7, 10, 15, 20};

using app::peer_label;

std::string level_text(const std::optional<double>& level) { return level ? format_median(*level) : std::string("\xE2\x80\x93"); }

// Files not counted: refused ones with the reason, and a team's older or repeated files, each
// with a way to take it out. Named by file only while names are shown (a file's name can name
// its team).
void problems(const ConveningView& v, Intents& out) {
    const Theme& t = theme();
    std::vector<std::size_t> files;
    for (std::size_t i = 0; i < v.inputs.size(); ++i) {
        if (v.letter[i] < 0) files.push_back(i);
    }
    if (files.empty()) return;
    vspace(12);
    begin_panel("peers-problems", t.colors.warning_soft, ImVec2(16, 12));
    heading(t.fonts.body_bold, tr(S::PeersNotCounted), t.colors.warning, 3);
    begin_group(Group::List, "peers-problem-list", tr(S::PeersNotCounted));
    std::size_t duplicate = 0;
    for (const std::size_t i : files) {
        const PeerInput& input = v.inputs[i];
        std::string why;
        if (!input.team) {
            why = input.team.error().to_string();
        } else {
            // The duplicates are listed in input order, as these files are.
            while (duplicate < v.all.duplicates.size() && v.all.duplicates[duplicate].file != input.file) ++duplicate;
            if (duplicate < v.all.duplicates.size()) {
                const PeerDuplicate& d = v.all.duplicates[duplicate++];
                why = v.names ? message(d.newer ? M::ErrorOlderTeamFile : M::ErrorSameTeam, {{"file", d.kept}}) : tr(S::TeamCountedOnce);
            }
        }
        const std::string file = v.names ? input.file : fmt(S::PeersFileNumber, {{"number", static_cast<int>(i + 1)}});
        const std::string id = "peers-problem-" + std::to_string(i);
        begin_group(Group::ListItem, id.c_str());
        const float remove_w = t.em(100);
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - remove_w - t.em(8));
        paragraph(file + ": " + why);
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        ImGui::SameLine(ImGui::GetContentRegionMax().x - remove_w);
        describe_next(file);
        if (button(("peers-remove-" + std::to_string(i)).c_str(), tr(S::TeamRemove), ButtonKind::Quiet, true, remove_w)) {
            out.push_back(intent::PeersRemove{static_cast<int>(i)});
        }
        end_group();
    }
    end_group();
    end_panel();
}

// Show names or letters, which peer group, and the order of the teams.
void choices(const State& state, Intents& out) {
    const Theme& t = theme();
    const Model& m = *state.session.model;
    const ConveningView& v = state.ui.convening;
    if (checkbox("peers-names", tr(S::PeersShowNames), v.names)) out.push_back(intent::PeersNames{!v.names});
    paragraph(tr(S::PeersNamesHelp), t.colors.text_muted, t.fonts.small);
    if (!v.by_group.empty()) {
        vspace(12);
        heading(t.fonts.body_bold, tr(S::PeersGroupShown), 0, 0);
        begin_group(Group::RadioGroup, "peers-groups", tr(S::PeersGroupShown));
        const auto choice = [&](const char* id, const std::string& label, const std::string& group, bool first) {
            if (!first) same_line_if_fits(radio_width(label), t.em(20));
            if (radio(id, label, v.group == group)) out.push_back(intent::PeersShowGroup{group});
        };
        choice("peers-group-all", fmt(S::PeersAllTeams, {{"count", v.all.teams}}), "", true);
        for (std::size_t g = 0; g < v.by_group.size(); ++g) {
            const std::string id = "peers-group-" + std::to_string(g);
            choice(id.c_str(), fmt(S::PeersGroupCount, {{"group", v.by_group[g].name}, {"count", v.by_group[g].benchmark.teams}}),
                   v.by_group[g].name, false);
        }
        end_group();
    }
    vspace(12);
    heading(t.fonts.body_bold, tr(S::PeersSortLabel), 0, 0);
    begin_group(Group::RadioGroup, "peers-sort", tr(S::PeersSortLabel));
    if (radio("peers-sort-added", tr(S::PeersSortAdded), v.sort < 0)) out.push_back(intent::PeersSort{-1});
    for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
        const std::string label = m.dimensions[d].title.get(state.session.lang);
        const std::string id = "peers-sort-" + m.dimensions[d].id;
        same_line_if_fits(radio_width(label), t.em(20));
        if (radio(id.c_str(), label, v.sort == static_cast<int>(d))) out.push_back(intent::PeersSort{static_cast<int>(d)});
    }
    end_group();
}

// The heatmap's geometry: a label column, then the categories in blocks by dimension.
struct HeatLayout {
    float label_w = 0, cell_w = 0, cell_h = 0, gap = 0;
    std::vector<float> x;  // each category's left edge, from the row's left
    // A dimension's name does not fit over its block without breaking a word (a phone): the
    // names are said in a key under the heatmap instead, by their categories' numbers.
    bool keyed = false;
};

HeatLayout heat_layout(const Model& m, const std::string& lang, float width) {
    const Theme& t = theme();
    HeatLayout l;
    l.gap = t.em(8);
    l.label_w = std::min(width * 0.24f, t.em(190));
    const float cells = static_cast<float>(m.categories.size());
    const float gaps = static_cast<float>(m.dimensions.size() > 0 ? m.dimensions.size() - 1 : 0);
    l.cell_w = std::max(t.px(6), (width - l.label_w - gaps * l.gap) / std::max(cells, 1.0f));
    l.cell_h = t.em(30);
    float x = l.label_w;
    for (std::size_t k = 0; k < m.categories.size(); ++k) {
        if (k > 0 && m.categories[k].dimension != m.categories[k - 1].dimension) x += l.gap;
        l.x.push_back(x);
        x += l.cell_w;
    }
    ImFont* font = t.fonts.small;
    for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
        const std::size_t in_block = static_cast<std::size_t>(
            std::count_if(m.categories.begin(), m.categories.end(), [&](const Category& c) { return c.dimension == d; }));
        const float block = static_cast<float>(in_block) * l.cell_w;
        const std::string title = m.dimensions[d].title.get(lang);
        std::size_t start = 0;
        while (start < title.size()) {
            const std::size_t end = std::min(title.find(' ', start), title.size());
            const std::string word = title.substr(start, end - start);
            if (font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, word.c_str()).x > block) l.keyed = true;
            start = end + 1;
        }
    }
    return l;
}

// The header: each dimension's name over its block, and the categories' numbers within it.
// The mirror's column headers name each category in full.
void heat_header(const State& state, const HeatLayout& l) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    const Model& m = *state.session.model;
    const std::string& lang = state.session.lang;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* font = t.fonts.small;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    // Dimension names take two lines at most, wrapped to their block.
    const float names_h = l.keyed ? 0.0f : font->FontSize * 2.4f;
    const float numbers_h = font->FontSize + t.em(6);
    ImGui::Dummy(ImVec2(l.x.empty() ? 0 : l.x.back() + l.cell_w, names_h + numbers_h));
    begin_group(Group::Row, "heatmap-head");
    const ImVec2 team_min = origin + ImVec2(0, names_h), team_max = team_min + ImVec2(l.label_w, numbers_h);
    draw->AddText(font, font->FontSize, team_min, c.text_muted, tr(S::PeersColTeam));
    record_rect("heatmap-h-team", Role::ColumnHeader, tr(S::PeersColTeam), team_min, team_max);
    for (std::size_t k = 0; k < m.categories.size(); ++k) {
        const Category& category = m.categories[k];
        const bool first = k == 0 || category.dimension != m.categories[k - 1].dimension;
        if (first && !l.keyed) {
            std::size_t last = k;
            while (last + 1 < m.categories.size() && m.categories[last + 1].dimension == category.dimension) ++last;
            const float w = l.x[last] + l.cell_w - l.x[k];
            const ImVec2 at = origin + ImVec2(l.x[k], 0);
            draw->PushClipRect(at, at + ImVec2(w, names_h), true);
            draw->AddText(font, font->FontSize, at, c.text, m.dimensions[category.dimension].title.get(lang).c_str(), nullptr, w);
            draw->PopClipRect();
        }
        const std::string number = std::to_string(k + 1);
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, number.c_str());
        const ImVec2 cell = origin + ImVec2(l.x[k], names_h);
        if (size.x <= l.cell_w) draw->AddText(font, font->FontSize, cell + ImVec2((l.cell_w - size.x) * 0.5f, 0), c.text_muted, number.c_str());
        const std::string name = m.dimensions[category.dimension].title.get(lang) + ": " + category.title.get(lang);
        record_rect(("heatmap-h-" + category.id).c_str(), Role::ColumnHeader, name, cell, cell + ImVec2(l.cell_w, numbers_h));
        if (ImGui::IsMouseHoveringRect(cell, cell + ImVec2(l.cell_w, numbers_h))) ImGui::SetTooltip("%s", name.c_str());
    }
    end_group();
}

std::uint64_t heat_row_key(const State& state, std::size_t row, std::size_t input, float width) {
    std::uint64_t key = view_key(state.session);
    key = key_mix(key, state.ui.convening.revision);
    key = key_mix(key, row);
    key = key_mix(key, input);
    return key_mix(key, width);
}

// The rows, drawn only near the view (CachedBlock): a hundred teams are 2,400 cells.
std::vector<CachedBlock> g_heat_rows;

void heat_row(const State& state, const HeatLayout& l, std::size_t row, float width) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    const Model& m = *state.session.model;
    const ConveningView& v = state.ui.convening;
    const std::size_t i = v.rows[row];
    if (!cached_block_begin(g_heat_rows[row], heat_row_key(state, row, i, width))) return;
    const PeerTeam& team = v.inputs[i].team.value();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float h = l.cell_h;
    ImGui::Dummy(ImVec2(width, h + t.px(2)));
    // Short ids (a hundred teams are thousands of cells): "h<row>", its cells "h<row>.<column>".
    const std::string id = "h" + std::to_string(row);
    begin_group(Group::Row, id.c_str());
    if (row % 2 == 1) draw->AddRectFilled(origin, origin + ImVec2(width, h + t.px(2)), c.surface_alt);
    const std::string label = peer_label(v, i);
    ImFont* font = t.fonts.small;
    const ImVec2 label_at = origin + ImVec2(t.em(4), (h - font->FontSize) * 0.5f);
    draw->PushClipRect(origin, origin + ImVec2(l.label_w - t.em(4), h), true);
    draw->AddText(font, font->FontSize, label_at, c.text, label.c_str());
    draw->PopClipRect();
    record_rect(id + ".t", Role::Cell, label, origin, origin + ImVec2(l.label_w, h));
    // A level is a whole or half number (a median of two): its words are made once per frame.
    static std::string said_as[2 * kLevels - 1];
    static int said_frame = -1;
    if (said_frame != ImGui::GetFrameCount()) {
        for (int x = 0; x < 2 * kLevels - 1; ++x) said_as[x] = format_median(x * 0.5);
        said_frame = ImGui::GetFrameCount();
    }
    const std::string none = tr(S::PeersNoLevel);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t k = 0; k < m.categories.size() && k < team.levels.size(); ++k) {
        const std::optional<double>& level = team.levels[k];
        const ImVec2 a = origin + ImVec2(l.x[k] + t.px(1), t.px(1)), b = a + ImVec2(l.cell_w - t.px(2), h - t.px(2));
        const double twice = level ? *level * 2 : -1;
        const bool half_step = level && twice == std::floor(twice) && twice >= 0 && twice <= 2 * (kLevels - 1);
        const std::string value = half_step ? said_as[static_cast<int>(twice)] : level_text(level);
        if (level) {
            draw->AddRectFilled(a, b, c.stage[std::clamp(static_cast<int>(std::floor(*level + 1e-9)), 0, kLevels - 1)], t.px(3));
        } else {
            draw->AddRect(a, b, c.border, t.px(3), 0, t.px(1));
        }
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, value.c_str());
        if (size.x + t.px(4) <= l.cell_w) {
            draw->AddText(font, font->FontSize, ImVec2((a.x + b.x - size.x) * 0.5f, (a.y + b.y - size.y) * 0.5f),
                          level ? c.accent_text : c.text_muted, value.c_str());
        }
        const std::string& said = level ? value : none;
        record_rect(id + "." + std::to_string(k), Role::Cell, said, a, b);
        if (mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y && ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows)) {
            ImGui::SetTooltip("%s", (label + kDot + m.categories[k].title.get(state.session.lang) + kDot + said).c_str());
        }
    }
    end_group();
    cached_block_end(g_heat_rows[row]);
}

void heatmap(const State& state) {
    const Theme& t = theme();
    const Model& m = *state.session.model;
    const ConveningView& v = state.ui.convening;
    const float width = ImGui::GetContentRegionAvail().x;
    const HeatLayout l = heat_layout(m, state.session.lang, width);
    heading(t.fonts.h2, tr(S::PeersHeatmapTitle));
    paragraph(tr(S::PeersHeatmapHelp), t.colors.text_muted);
    vspace(8);
    if (g_heat_rows.size() != v.rows.size()) g_heat_rows.assign(v.rows.size(), CachedBlock{});
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    begin_group(Group::Table, "heatmap", tr(S::PeersHeatmapTitle));
    heat_header(state, l);
    for (std::size_t row = 0; row < v.rows.size(); ++row) heat_row(state, l, row, width);
    end_group();
    ImGui::PopStyleVar();
    vspace(10);
    if (l.keyed) {
        // Which categories' numbers are which dimension's.
        for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
            std::size_t first = m.categories.size(), last = 0;
            for (std::size_t k = 0; k < m.categories.size(); ++k) {
                if (m.categories[k].dimension != d) continue;
                first = std::min(first, k);
                last = k;
            }
            if (first > last) continue;
            paragraph(std::to_string(first + 1) + "\xE2\x80\x93" + std::to_string(last + 1) + "  " + m.dimensions[d].title.get(state.session.lang),
                      t.colors.text_muted, t.fonts.small);
        }
        vspace(8);
    }
    // The colours' key: each stage's colour and name.
    const Palette& c = t.colors;
    for (int level = 0; level < kLevels; ++level) {
        const std::string label = std::to_string(level) + " " + m.stages[level].title.get(state.session.lang);
        const float w = t.em(16) + t.em(6) + ImGui::CalcTextSize(label.c_str()).x;
        if (level > 0) same_line_if_fits(w, t.em(20));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(at + ImVec2(0, t.em(2)), at + ImVec2(t.em(16), t.em(18)), c.stage[level], t.px(3));
        ImGui::Dummy(ImVec2(t.em(16), t.em(18)));
        ImGui::SameLine(0, t.em(6));
        text(label);
    }
}

std::string figure(const std::optional<double>& value) { return value ? number(*value, 2) : std::string("\xE2\x80\x93"); }

// Per category: how many teams are at each level, and the median.
void category_table(const State& state) {
    const Theme& t = theme();
    const Model& m = *state.session.model;
    const PeerBenchmark& p = state.ui.convening.benchmark;
    const std::string& lang = state.session.lang;
    heading(t.fonts.h2, tr(S::PeersLevelsTitle));
    const std::string hidden = message(M::PeersSuppressed, {{"min", p.min_group}});
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    const std::string teams_column = message(M::PeersColTeams);
    if (!begin_table("peers-levels", tr(S::PeersLevelsTitle), 7, flags)) return;
    table_column(tr(S::PeersColCategory), 2.6f);
    table_column(teams_column.c_str(), 0.8f);
    const std::string level_names[] = {fmt(S::PeersColLevel, {{"level", 0}}), fmt(S::PeersColLevel, {{"level", 1}}),
                                       fmt(S::PeersColLevel, {{"level", 2}}), fmt(S::PeersColLevel, {{"level", 3}})};
    for (const auto& name : level_names) table_column(name.c_str(), 0.7f);
    table_column(tr(S::PeersColMedian), 1.2f);
    table_headers();
    for (std::size_t k = 0; k < m.categories.size() && k < p.categories.size(); ++k) {
        const PeerCell& cell = p.categories[k];
        table_row(t.em(32));
        table_cell(std::to_string(k + 1) + ". " + m.categories[k].title.get(lang));
        table_cell(std::to_string(cell.n));
        for (int level = 0; level < kLevels; ++level) {
            if (cell.suppressed) table_cell("\xE2\x80\x93", true);
            else table_cell(std::to_string(cell.counts[static_cast<std::size_t>(level)]));
        }
        if (cell.suppressed) table_cell(hidden, true);
        else table_cell(figure(cell.median));
    }
    end_table();
}

// Per dimension and overall: the quartiles of the teams' scores.
void dimension_table(const State& state) {
    const Theme& t = theme();
    const Model& m = *state.session.model;
    const PeerBenchmark& p = state.ui.convening.benchmark;
    const std::string hidden = message(M::PeersSuppressed, {{"min", p.min_group}});
    heading(t.fonts.h2, tr(S::PeersScoresTitle));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    const std::string teams_column = message(M::PeersColTeams);
    if (!begin_table("peers-scores", tr(S::PeersScoresTitle), 5, flags)) return;
    table_column(tr(S::ColDimension), 2.4f);
    table_column(teams_column.c_str(), 0.8f);
    table_column(tr(S::PeersColQ1), 1.1f);
    table_column(tr(S::PeersColMedian), 1.1f);
    table_column(tr(S::PeersColQ3), 1.1f);
    table_headers();
    const auto row = [&](const std::string& name, const PeerCell& cell) {
        table_row(t.em(32));
        table_cell(name);
        table_cell(std::to_string(cell.n));
        if (cell.suppressed) {
            table_cell(hidden, true);
            table_cell("\xE2\x80\x93", true);
            table_cell("\xE2\x80\x93", true);
            return;
        }
        table_cell(figure(cell.q1));
        table_cell(figure(cell.median));
        table_cell(figure(cell.q3));
    };
    for (std::size_t d = 0; d < m.dimensions.size() && d < p.dimensions.size(); ++d) row(m.dimensions[d].title.get(state.session.lang), p.dimensions[d]);
    row(message(M::PeersOverall), p.overall);
    end_table();
}

// Where the teams differ most, and where most of them are held at one level.
void findings(const State& state) {
    const Theme& t = theme();
    const Model& m = *state.session.model;
    const PeerBenchmark& p = state.ui.convening.benchmark;
    const std::string& lang = state.session.lang;
    heading(t.fonts.h2, message(M::PeersDifferTitle));
    const auto differ = peer_differences(p);
    if (differ.empty()) paragraph(message(M::PeersDifferNone), t.colors.text_muted);
    for (std::size_t i = 0; i < differ.size() && i < 5; ++i) {
        const PeerCell& cell = p.categories[differ[i]];
        paragraph("\xE2\x80\x94 " + message(M::PeersDifferItem, {{"category", m.categories[differ[i]].title.get(lang)},
                                                                  {"q1", figure(cell.q1)}, {"q3", figure(cell.q3)}}));
    }
    vspace(16);
    heading(t.fonts.h2, message(M::PeersStuckTitle));
    const auto stuck = peer_stuck(p);
    if (stuck.empty()) paragraph(message(M::PeersStuckNone), t.colors.text_muted);
    for (const PeerStuck& s : stuck) {
        paragraph("\xE2\x80\x94 " + message(M::PeersStuckItem, {{"category", m.categories[s.category].title.get(lang)},
                                                                 {"count", s.teams}, {"n", p.categories[s.category].n}, {"level", s.level}}));
    }
}

// Each peer group's median per dimension, side by side.
void groups_table(const State& state) {
    const Theme& t = theme();
    const Model& m = *state.session.model;
    const ConveningView& v = state.ui.convening;
    if (v.by_group.empty()) return;
    vspace(28);
    heading(t.fonts.h2, tr(S::PeersGroupsTitle));
    paragraph(fmt(S::PeersGroupsHelp, {{"min", v.min_group}}), t.colors.text_muted);
    const int columns = 2 + static_cast<int>(m.dimensions.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    const std::string teams_column = message(M::PeersColTeams);
    if (!begin_table("peers-group-table", tr(S::PeersGroupsTitle), columns, flags)) return;
    table_column(tr(S::PeersColGroup), 1.4f);
    table_column(teams_column.c_str(), 0.8f);
    std::vector<std::string> names;
    for (const auto& d : m.dimensions) names.push_back(d.title.get(state.session.lang));
    for (const auto& name : names) table_column(name.c_str(), 1.0f);
    table_headers();
    const auto row = [&](const std::string& name, const PeerBenchmark& p) {
        table_row(t.em(32));
        table_cell(name);
        table_cell(std::to_string(p.teams));
        for (std::size_t d = 0; d < m.dimensions.size() && d < p.dimensions.size(); ++d) {
            if (p.dimensions[d].suppressed) table_cell("\xE2\x80\x93", true);
            else table_cell(figure(p.dimensions[d].median));
        }
    };
    row(tr(S::PeersAllTeamsShort), v.all);
    for (const auto& g : v.by_group) row(g.name, g.benchmark);
    end_table();
}

std::vector<CachedBlock> g_team_rows;

// Every team counted, with its peer group and a way to take it out.
void team_list(const State& state, Intents& out) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    const ConveningView& v = state.ui.convening;
    heading(t.fonts.h2, fmt(S::PeersTeamsTitle, {{"count", v.all.teams}}));
    paragraph(tr(S::PeersGroupHelp), c.text_muted);
    vspace(8);
    std::vector<std::size_t> counted;
    for (std::size_t i = 0; i < v.inputs.size(); ++i) {
        if (v.letter[i] >= 0) counted.push_back(i);
    }
    if (g_team_rows.size() != counted.size()) g_team_rows.assign(counted.size(), CachedBlock{});
    begin_group(Group::List, "peers-teams", fmt(S::PeersTeamsTitle, {{"count", v.all.teams}}));
    for (std::size_t k = 0; k < counted.size(); ++k) {
        const std::size_t i = counted[k];
        std::uint64_t key = key_mix(view_key(state.session), v.revision);
        key = key_mix(key_mix(key, i), k);
        if (!cached_block_begin(g_team_rows[k], key)) continue;
        const PeerTeam& team = v.inputs[i].team.value();
        ImGui::PushID(static_cast<int>(i));
        begin_group(Group::ListItem, ("peers-team-" + std::to_string(i)).c_str());
        const float row_w = ImGui::GetContentRegionAvail().x;
        const float field_w = std::min(t.em(200), row_w * 0.4f), remove_w = t.em(100);
        const bool narrow = narrow_layout();
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + (narrow ? row_w : row_w - field_w - remove_w - t.em(24)));
        heading(t.fonts.body_bold, peer_label(v, i), 0, 3);
        std::string details = tr(team.team_file ? S::PeersKindTeam : S::PeersKindAssessment);
        if (v.names) details += kDot + v.inputs[i].file;
        if (!team.updated.empty()) details += kDot + date(team.updated);
        paragraph(details, c.text_muted, t.fonts.small);
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        if (!narrow) ImGui::SameLine(row_w - field_w - remove_w - t.em(12));
        // The field in a column of its own width (a text field takes all the width it is given).
        ImGui::BeginChild("group", ImVec2(field_w, 0), ImGuiChildFlags_AutoResizeY,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoBackground);
        const std::string field = "peers-group-of-" + std::to_string(i);
        describe_next(peer_label(v, i));
        if (auto group = text_field(field.c_str(), tr(S::PeersGroupField), v.groups[i])) {
            out.push_back(intent::PeersSetGroup{static_cast<int>(i), *group});
        }
        ImGui::EndChild();
        ImGui::SameLine(0, t.em(12));
        const std::string remove = "peers-remove-" + std::to_string(i);
        describe_next(peer_label(v, i));
        if (button(remove.c_str(), tr(S::TeamRemove), ButtonKind::Quiet, true, remove_w)) out.push_back(intent::PeersRemove{static_cast<int>(i)});
        end_group();
        ImGui::PopID();
        cached_block_end(g_team_rows[k]);
        vspace(6);
    }
    end_group();
}

// The peer benchmark to publish: how small a group may be, and the files.
void publish(const State& state, Intents& out) {
    const Theme& t = theme();
    const ConveningView& v = state.ui.convening;
    heading(t.fonts.h2, tr(S::PeersPublishTitle));
    paragraph(tr(S::PeersPublishHelp), t.colors.text_muted);
    if (!v.group.empty()) paragraph(fmt(S::PeersPublishGroup, {{"group", v.group}, {"count", v.benchmark.teams}}));
    vspace(8);
    heading(t.fonts.body_bold, tr(S::PeersMinGroupLabel), 0, 0);
    begin_group(Group::RadioGroup, "peers-min-group", tr(S::PeersMinGroupLabel));
    for (std::size_t i = 0; i < std::size(kGroupChoices); ++i) {
        const int n = kGroupChoices[i];
        const std::string label = fmt(S::PeersMinGroupChoice, {{"count", n}});
        if (i > 0) same_line_if_fits(radio_width(label), t.em(20));
        if (radio(("peers-min-" + std::to_string(n)).c_str(), label, v.min_group == n)) out.push_back(intent::PeersMinGroup{n});
    }
    end_group();
    vspace(12);
    const bool enough = v.benchmark.teams >= v.min_group;
    if (!enough) paragraph(fmt(S::PeersTooFew, {{"min", v.min_group}}), t.colors.warning);
    const int pressed = button_row({{"peers-download-json", tr(S::PeersDownloadJson), ButtonKind::Primary, enough},
                                    {"peers-download-csv", tr(S::PeersDownloadCsv), ButtonKind::Secondary, enough},
                                    {"peers-download-html", tr(S::PeersDownloadHtml), ButtonKind::Secondary, enough},
                                    {"peers-print", tr(S::Print), ButtonKind::Secondary, enough}});
    if (pressed == 0) out.push_back(intent::PeersDownload{app::FileKind::Json});
    if (pressed == 1) out.push_back(intent::PeersDownload{app::FileKind::Csv});
    if (pressed == 2) out.push_back(intent::PeersDownload{app::FileKind::Html});
    if (pressed == 3) out.push_back(intent::PeersPrint{});
}

}  // namespace

void draw_peers(const State& state, Intents& out) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    const ConveningView& v = state.ui.convening;
    begin_column("peers", content_width(Screen::Peers));
    vspace(28);
    heading(t.fonts.h1, tr(S::PeersTitle));
    paragraph(tr(S::PeersIntro), c.text_muted);
    vspace(12);
    if (button("peers-add-files", tr(S::PeersAddFiles), ButtonKind::Primary)) out.push_back(intent::PeersAddFiles{});
    paragraph(tr(S::PeersDropHint), c.text_muted, t.fonts.small);
    problems(v, out);
    vspace(20);
    if (v.all.teams == 0) {
        paragraph(tr(S::PeersNone), c.text_muted);
        if (!v.inputs.empty() && button("peers-clear", tr(S::PeersClear), ButtonKind::Quiet)) out.push_back(intent::PeersClear{});
        vspace(40);
        end_column();
        return;
    }
    paragraph(message(M::PeersCounted, {{"count", v.benchmark.teams}, {"min", v.min_group}}));
    vspace(12);
    choices(state, out);
    vspace(24);
    heatmap(state);
    vspace(28);
    category_table(state);
    vspace(28);
    dimension_table(state);
    vspace(28);
    findings(state);
    groups_table(state);
    vspace(28);
    team_list(state, out);
    vspace(28);
    publish(state, out);
    vspace(24);
    ImGui::Separator();
    vspace(8);
    paragraph(tr(S::PeersKept), c.text_muted, t.fonts.small);
    if (button("peers-clear", tr(S::PeersClear), ButtonKind::Quiet)) out.push_back(intent::PeersClear{});
    vspace(40);
    end_column();
}

}  // namespace ladder::ui
