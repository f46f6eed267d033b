// Results: the overall stage with its summary, a radar of current against target per
// dimension, the dimension table, the three focus steps and the full list, the pitfalls
// that apply, and the ways to take it away.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "screens.h"
#include "catalogue.h"
#include "messages.h"
#include "widgets.h"

namespace ladder::ui {
namespace {

constexpr float kPi = 3.14159265f;

ImU32 with_alpha(ImU32 color, int alpha) { return (color & 0x00FFFFFFu) | (static_cast<ImU32>(alpha) << 24); }

// The first category without an answer ("don't know" counts as none), or -1.
int first_unanswered(const ScoreResult& r) {
    for (std::size_t i = 0; i < r.categories.size(); ++i) {
        if (!r.categories[i].level) return static_cast<int>(i);
    }
    return -1;
}

void draw_overall(const Session& session, float width, Intents& out) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    const Model& m = *session.model;
    const ScoreResult& r = session.result;
    ImGui::BeginChild("overall", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
    paragraph(tr(S::OverallStage), c.text_muted, t.fonts.small);
    if (!r.overall_stage) {
        heading(t.fonts.h2, tr(S::NotRated));
        paragraph(tr(S::NoAnswersYet));
        ImGui::EndChild();
        return;
    }
    const int stage = *r.overall_stage;
    const std::string title = m.stages[stage].title.get(session.lang);
    if (r.provisional) {
        // Not the big confident title: a smaller one in the text colour, tagged.
        heading(t.fonts.h2, title, c.text, 2);
        ImGui::SameLine(0, t.px(10));
        tag(tr(S::Provisional), ImGui::GetItemRectSize().y);
    } else {
        heading(t.fonts.h1, title, c.stage[stage], 2);  // under the page's h1
    }
    vspace(4);
    // The ladder itself: four rungs, the team's rung filled (only outlined while provisional).
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float rung_w = std::min(t.px(64), (ImGui::GetContentRegionAvail().x - t.px(18)) / 4.0f);
    const float rung_h = t.px(10);
    for (int level = 0; level < kLevels; ++level) {
        const ImVec2 a(origin.x + static_cast<float>(level) * (rung_w + t.px(6)), origin.y);
        const ImVec2 b(a.x + rung_w, a.y + rung_h);
        if (level <= stage && !r.provisional) draw->AddRectFilled(a, b, c.stage[level], rung_h * 0.5f);
        else if (level <= stage) draw->AddRect(a, b, c.stage[level], rung_h * 0.5f, 0, t.px(2));
        else draw->AddRect(a, b, c.border, rung_h * 0.5f, 0, t.px(1.5f));
    }
    ImGui::Dummy(ImVec2(4 * rung_w, rung_h));
    const std::string rung_stage = r.provisional ? fmt(S::StageProvisional, {{"stage", title}}) : title;
    image("rungs", fmt(S::RungsAlt, {{"number", stage + 1}, {"total", kLevels}, {"stage", rung_stage}}));
    vspace(8);
    paragraph(m.stages[stage].summary.get(session.lang));
    vspace(4);
    paragraph(fmt(S::ScoreOf3, {{"score", number(*r.overall_score, 2)}}) + "  \xC2\xB7  " +
                  fmt(S::AnsweredPercent, {{"percent", static_cast<int>(r.completeness * 100.0 + 0.5)}}),
              c.text_muted, t.fonts.small);
    if (r.provisional) {
        vspace(8);
        paragraph(fmt(S::AnswersNeeded, {{"count", r.answers_needed}}));
        const bool unrated = std::any_of(r.dimensions.begin(), r.dimensions.end(),
                                         [](const DimensionScore& d) { return !d.stage; });
        if (unrated) paragraph(tr(S::EveryDimensionNeedsOne), c.text_muted, t.fonts.small);
        const int next = first_unanswered(r);
        if (next >= 0 && button("go-unanswered", tr(S::GoUnanswered), ButtonKind::Quiet)) {
            out.push_back(intent::SelectCategory{next});
            out.push_back(intent::Go{Screen::Assess});
        }
    }
    ImGui::EndChild();
}

}  // namespace

void draw_radar(const Model& model, const ScoreResult& result, const std::string& lang, float size,
                const std::vector<std::optional<double>>* band_min, const std::vector<std::optional<double>>* band_max) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    const std::size_t n = model.dimensions.size();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    // What the chart shows, in words: each dimension's score and target.
    std::string values;
    for (std::size_t i = 0; i < n && i < result.dimensions.size(); ++i) {
        const DimensionScore& d = result.dimensions[i];
        const std::string dimension = model.dimensions[i].title.get(lang);
        values += (values.empty() ? "" : "; ") +
                  (d.score ? fmt(S::RadarValue, {{"dimension", dimension}, {"score", number(*d.score, 2)},
                                                 {"target", number(d.target_score.value_or(*d.score), 2)}})
                           : fmt(S::RadarNoScore, {{"dimension", dimension}}));
    }
    image("radar", fmt(S::RadarAlt, {{"values", values}}));
    if (n < 3) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* label_font = t.fonts.small;
    const float label_room = label_font->FontSize * 4.5f;
    const float radius = std::max(size * 0.5f - label_room, t.px(40));
    const ImVec2 centre(origin.x + size * 0.5f, origin.y + size * 0.5f);
    const auto point = [&](std::size_t i, float value) {
        const float angle = -kPi / 2 + 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
        const float r = radius * value / 3.0f;
        return ImVec2(centre.x + std::cos(angle) * r, centre.y + std::sin(angle) * r);
    };
    // Rings for levels 1..3 and the spokes.
    for (int level = 1; level <= 3; ++level) {
        std::vector<ImVec2> ring;
        for (std::size_t i = 0; i < n; ++i) ring.push_back(point(i, static_cast<float>(level)));
        draw->AddPolyline(ring.data(), static_cast<int>(n), c.border, ImDrawFlags_Closed, t.px(1));
        const std::string text = std::to_string(level);
        // In the text colour, not muted: the number sits over the translucent shapes.
        draw->AddText(label_font, label_font->FontSize * 0.9f, point(0, static_cast<float>(level)) + ImVec2(t.px(4), 0),
                      c.text, text.c_str());
    }
    for (std::size_t i = 0; i < n; ++i) draw->AddLine(centre, point(i, 3.0f), c.border, t.px(1));

    // The band (the team's lowest to highest, or the peers' middle half), under everything
    // else. It breaks where a dimension has none (not rated; too few peers), rather than
    // dropping to 0 there.
    if (band_min && band_max && band_min->size() == n && band_max->size() == n) {
        const auto at = [&](const std::vector<std::optional<double>>& v, std::size_t i) {
            return point(i, static_cast<float>(v[i].value_or(0)));
        };
        const auto has = [&](std::size_t i) { return (*band_min)[i].has_value() && (*band_max)[i].has_value(); };
        const ImU32 fill = with_alpha(c.stage[1], 70);
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t j = (i + 1) % n;
            if (!has(i) || !has(j)) continue;
            draw->AddTriangleFilled(at(*band_min, i), at(*band_max, i), at(*band_max, j), fill);
            draw->AddTriangleFilled(at(*band_min, i), at(*band_max, j), at(*band_min, j), fill);
        }
    }

    // Target outline, then the current shape on top. A dimension that is not rated has no
    // vertex: the shape and its outline break there instead of dropping to 0.
    std::vector<ImVec2> target, current;
    std::vector<bool> rated(n), has_target(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& d = result.dimensions[i];
        rated[i] = d.score.has_value();
        has_target[i] = d.target_score.has_value() || rated[i];
        target.push_back(point(i, static_cast<float>(d.target_score.value_or(d.score.value_or(0)))));
        current.push_back(point(i, static_cast<float>(d.score.value_or(0))));
    }
    // A fan of triangles from the centre fills the shape correctly even where it is concave.
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = (i + 1) % n;
        if (rated[i] && rated[j]) draw->AddTriangleFilled(centre, current[i], current[j], with_alpha(c.accent, 60));
    }
    // The outline: closed when every dimension is rated, else one open line per run of rated
    // neighbours, starting after a gap.
    const std::size_t rated_count = static_cast<std::size_t>(std::count(rated.begin(), rated.end(), true));
    if (rated_count == n) {
        draw->AddPolyline(current.data(), static_cast<int>(n), c.accent, ImDrawFlags_Closed, t.px(2.5f));
    } else if (rated_count > 1) {
        std::size_t gap = 0;
        while (rated[gap]) ++gap;
        std::vector<ImVec2> run;
        for (std::size_t k = 1; k <= n; ++k) {
            const std::size_t i = (gap + k) % n;
            if (rated[i]) run.push_back(current[i]);
            if ((!rated[i] || k == n) && !run.empty()) {
                if (run.size() > 1) draw->AddPolyline(run.data(), static_cast<int>(run.size()), c.accent, ImDrawFlags_None, t.px(2.5f));
                run.clear();
            }
        }
    }
    // A dashed outline for the target, so it differs by more than colour.
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = (i + 1) % n;
        if (!has_target[i] || !has_target[j]) continue;
        const ImVec2 a = target[i], b = target[j];
        const float length = std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y));
        const int dashes = std::max(1, static_cast<int>(length / t.px(8)));
        for (int k = 0; k < dashes; k += 2) {
            const float s = static_cast<float>(k) / static_cast<float>(dashes);
            const float e = static_cast<float>(std::min(k + 1, dashes)) / static_cast<float>(dashes);
            draw->AddLine(a + (b - a) * s, a + (b - a) * e, c.target, t.px(2));
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        // A target with no target beside it has no dashes to show it: a small ring instead.
        if (has_target[i] && !has_target[(i + 1) % n] && !has_target[(i + n - 1) % n]) {
            draw->AddCircle(target[i], t.px(5), c.target, 0, t.px(2));
        }
        if (rated[i]) draw->AddCircleFilled(current[i], t.px(4), c.accent);
    }

    // Labels outside the outer ring, wrapped to a few words per line; a dimension that is not
    // rated says so on a muted line under its name.
    const std::string not_rated = tr(S::RadarAxisNotRated);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string label = model.dimensions[i].title.get(lang);
        const float wrap = label_room * 1.9f;
        const ImVec2 name = label_font->CalcTextSizeA(label_font->FontSize, FLT_MAX, wrap, label.c_str());
        ImVec2 text = name;
        if (!rated[i]) {
            const ImVec2 note = label_font->CalcTextSizeA(label_font->FontSize, FLT_MAX, wrap, not_rated.c_str());
            text = ImVec2(std::max(name.x, note.x), name.y + note.y);
        }
        const ImVec2 anchor = point(i, 3.0f + 3.0f * t.px(10) / radius);
        const float angle = -kPi / 2 + 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
        const float cx = std::cos(angle), cy = std::sin(angle);
        ImVec2 pos(anchor.x - text.x * 0.5f * (1.0f - cx), anchor.y - text.y * 0.5f * (1.0f - cy));
        pos.x = std::clamp(pos.x, origin.x, origin.x + size - text.x);
        pos.y = std::clamp(pos.y, origin.y, origin.y + size - text.y);
        draw->AddText(label_font, label_font->FontSize, pos + ImVec2((text.x - name.x) * 0.5f, 0), c.text, label.c_str(),
                      nullptr, wrap);
        if (!rated[i]) {
            const ImVec2 note = label_font->CalcTextSizeA(label_font->FontSize, FLT_MAX, wrap, not_rated.c_str());
            draw->AddText(label_font, label_font->FontSize, pos + ImVec2((text.x - note.x) * 0.5f, name.y), c.text_muted,
                          not_rated.c_str(), nullptr, wrap);
        }
    }
}

void draw_radar_legend(bool team, Band band) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float sw = t.em(18);
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    bool first = true;
    // One swatch and its words; the next item goes on a new line when this one would not fit.
    const auto item = [&](S label, auto&& swatch) {
        const float width = sw + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(tr(label)).x;
        if (!first) {
            ImGui::SameLine(0, t.em(20));
            if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
        }
        first = false;
        swatch(ImGui::GetCursorScreenPos());
        ImGui::Dummy(ImVec2(sw, t.em(12)));
        ImGui::SameLine();
        text(tr(label));
    };
    item(team ? S::LegendTeam : S::LegendCurrent,
         [&](ImVec2 p) { draw->AddRectFilled(p + ImVec2(0, t.em(6)), p + ImVec2(sw, t.em(6) + t.px(4)), c.accent); });
    item(S::LegendTarget, [&](ImVec2 p) {
        for (int k = 0; k < 3; ++k) {
            draw->AddRectFilled(p + ImVec2(sw * static_cast<float>(k) / 3.0f, t.em(6)),
                                p + ImVec2(sw * (static_cast<float>(k) + 0.6f) / 3.0f, t.em(6) + t.px(3)), c.target);
        }
    });
    if (band != Band::None) {
        item(band == Band::Team ? S::LegendBand : S::LegendPeers, [&](ImVec2 p) {
            draw->AddRectFilled(p + ImVec2(0, t.em(2)), p + ImVec2(sw, t.em(12)), with_alpha(c.stage[1], 70), t.px(2));
        });
    }
}

void draw_next_step(const Model& model, const NextStep& step, const std::string& lang, std::size_t index, bool focus,
                    const std::string& peers) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    const Category& category = model.categories[static_cast<std::size_t>(model.category_index(step.category))];
    ImGui::PushID(static_cast<int>(index));
    begin_panel("step", focus ? c.surface : c.surface_alt, ImVec2(16, 12), focus);
    heading(t.fonts.body_bold, category.title.get(lang), 0, 3);
    paragraph(model.dimensions[category.dimension].title.get(lang) + "  \xC2\xB7  " + fmt(S::StepFromTo, {{"from", step.from}, {"to", step.to}}),
              c.text_muted, t.fonts.small);
    paragraph(step.text);
    if (!peers.empty()) paragraph(peers, c.text_muted, t.fonts.small);
    end_panel();
    ImGui::PopID();
}

std::optional<PeerComparison> peer_comparison(const State& state, const ScoreResult& team) {
    if (!state.ui.peers) return std::nullopt;
    return compare_with_peers(*state.session.model, state.ui.peers->peers, team);
}

void peer_band(const std::optional<PeerComparison>& comparison, std::vector<std::optional<double>>& q1,
               std::vector<std::optional<double>>& q3) {
    q1.clear();
    q3.clear();
    if (!comparison) return;
    for (const PeerStanding& d : comparison->dimensions) {
        q1.push_back(d.suppressed ? std::nullopt : d.q1);
        q3.push_back(d.suppressed ? std::nullopt : d.q3);
    }
}

std::string peers_at_step(const std::optional<PeerComparison>& comparison, std::size_t step) {
    if (!comparison || step >= comparison->next_steps.size()) return "";
    const PeerStep& s = comparison->next_steps[step];
    if (!s.peers_there) return "";
    return fmt(S::PeersThere, {{"count", *s.peers_there}, {"n", s.n}, {"level", s.step.to}});
}

void draw_peer_comparison(const State& state, const std::optional<PeerComparison>& comparison, Intents& out) {
    const Theme& t = theme();
    const Palette& c = t.colors;
    const Model& m = *state.session.model;
    heading(t.fonts.h2, tr(S::ComparePeersTitle));
    if (!comparison) {
        paragraph(tr(S::ComparePeersHelp), c.text_muted);
        vspace(4);
        if (button("compare-peers-open", tr(S::ComparePeersOpen))) out.push_back(intent::ComparePeersOpen{});
        return;
    }
    const app::PeerCompare& peers = *state.ui.peers;
    paragraph(fmt(S::ComparePeersFrom, {{"file", peers.file}, {"count", peers.peers.teams}, {"min", peers.peers.min_group}}),
              c.text_muted);
    vspace(4);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    const bool narrow = narrow_layout();
    if (begin_table("peer-table", tr(S::ComparePeersTitle), narrow ? 3 : 4, flags)) {
        table_column(tr(S::ColDimension), 2.0f);
        table_column(tr(S::ColScore), 0.8f);
        if (!narrow) table_column(tr(S::ComparePeersColBand), 1.1f);
        table_column(tr(S::ComparePeersColWhere), 2.4f);
        table_headers();
        const auto row = [&](const std::string& name, const PeerStanding& d) {
            table_row(t.em(36));
            table_cell(name);
            if (d.score) table_cell(number(*d.score, 2));
            else table_cell("-", true);
            if (!narrow) {
                if (d.suppressed || !d.q1 || !d.q3) table_cell("-", true);
                else table_cell(number(*d.q1, 2) + "\xE2\x80\x93" + number(*d.q3, 2));
            }
            if (d.position == PeerPosition::Unknown) {
                table_cell(tr(d.suppressed ? S::PeerTooFew : S::PeerNoScore), true);
                return;
            }
            const S where = d.position == PeerPosition::Below ? S::PeerBelow : d.position == PeerPosition::Ahead ? S::PeerAhead : S::PeerLike;
            std::string said = tr(where);
            if (d.at_or_below) said += "  \xC2\xB7  " + fmt(S::PeerAtOrBelow, {{"count", *d.at_or_below}, {"n", d.n}});
            table_cell(said);
        };
        for (std::size_t i = 0; i < m.dimensions.size() && i < comparison->dimensions.size(); ++i) {
            row(m.dimensions[i].title.get(state.session.lang), comparison->dimensions[i]);
        }
        row(message(M::PeersOverall), comparison->overall);
        end_table();
    }
    vspace(8);
    if (button("compare-peers-close", tr(S::ComparePeersClose), ButtonKind::Quiet)) out.push_back(intent::ComparePeersClose{});
}

int button_row(const std::vector<RowButton>& buttons) {
    const Theme& t = theme();
    int pressed = -1;
    float x_used = 0;
    const float row = ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        ImGui::PushFont(t.fonts.body_bold);
        const float w = ImGui::CalcTextSize(buttons[i].label.c_str()).x + t.em(36);
        ImGui::PopFont();
        if (x_used > 0 && x_used + w < row) ImGui::SameLine();
        else x_used = 0;
        if (button(buttons[i].id, buttons[i].label, buttons[i].kind, buttons[i].enabled)) pressed = static_cast<int>(i);
        x_used += w + ImGui::GetStyle().ItemSpacing.x;
    }
    return pressed;
}

namespace {

// The link made with "Share as a link", while the answers are still the ones it carries; or,
// for answers too long for a link, the file instead.
void share_link_panel(const State& state, Intents& out) {
    const app::ShareView& share = state.ui.share;
    if (share.revision != state.session.revision || (share.link.empty() && share.too_long == 0)) return;
    const Theme& t = theme();
    vspace(12);
    begin_panel("share-link-panel", t.colors.accent_soft, ImVec2(16, 14));
    if (!share.link.empty()) {
        heading(t.fonts.body_bold, tr(S::ShareLinkTitle), 0, 3);
        // The start of the link, enough to recognise it (it is all letters after "#share="),
        // and its length; Copy link takes the whole of it.
        constexpr std::size_t kShown = 56;
        paragraph(share.link.size() > kShown ? share.link.substr(0, kShown) + "\xE2\x80\xA6" : share.link, 0, t.fonts.small);
        paragraph(fmt(S::ShareLinkLength, {{"length", share.link.size()}}), t.colors.text_muted, t.fonts.small);
        paragraph(tr(S::ShareLinkHelp), t.colors.text_muted, t.fonts.small);
        if (button("share-copy", tr(S::ShareCopyLink), ButtonKind::Primary)) out.push_back(intent::CopyShareLink{});
    } else {
        paragraph(fmt(S::ShareTooLong, {{"length", share.too_long}, {"limit", app::kShareLinkMax}}));
        if (button("share-download", tr(S::DownloadJson), ButtonKind::Primary)) out.push_back(intent::Download{app::FileKind::Json});
    }
    end_panel();
}

}  // namespace

void draw_results(const State& state, Intents& out) {
    const Session& session = state.session;
    const UiState& ui = state.ui;
    const Theme& t = theme();
    const Palette& c = t.colors;
    const Model& m = *session.model;
    const ScoreResult& r = session.result;
    const std::string& lang = session.lang;
    const bool narrow = narrow_layout();

    begin_column("results", content_width(Screen::Results));
    vspace(28);
    heading(t.fonts.h1, tr(S::ResultsTitle));
    if (!session.assessment.team.empty()) paragraph(session.assessment.team, c.text_muted);
    vspace(12);

    begin_card("summary-card");
    const float available = ImGui::GetContentRegionAvail().x;
    const float radar = narrow ? available : std::min(available * 0.5f, t.px(440) * t.text_scale);
    draw_overall(session, narrow ? available : available - radar - t.px(24), out);
    if (!narrow) ImGui::SameLine(0, t.px(24));
    const std::optional<PeerComparison> peers = peer_comparison(state, r);
    std::vector<std::optional<double>> peers_q1, peers_q3;
    peer_band(peers, peers_q1, peers_q3);
    ImGui::BeginGroup();
    paragraph(tr(S::RadarTitle), c.text_muted, t.fonts.small);
    draw_radar(m, r, lang, radar, peers ? &peers_q1 : nullptr, peers ? &peers_q3 : nullptr);
    draw_radar_legend(false, peers ? Band::Peers : Band::None);
    ImGui::EndGroup();
    end_card();
    vspace(24);

    heading(t.fonts.h2, tr(S::DimensionsTitle));
    vspace(4);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (begin_table("dimension-table", tr(S::DimensionsTitle), narrow ? 3 : 5, flags)) {
        table_column(tr(S::ColDimension), 2.2f);
        table_column(tr(S::ColScore), 1.4f);
        table_column(tr(S::ColStage), 1.8f);
        if (!narrow) {
            table_column(tr(S::ColTarget), 0.8f);
            table_column(tr(S::ColAnswered), 0.9f);
        }
        table_headers();
        for (std::size_t i = 0; i < m.dimensions.size(); ++i) {
            const DimensionScore& d = r.dimensions[i];
            table_row(t.em(40));
            table_cell(m.dimensions[i].title.get(lang));
            if (d.score) {
                const std::string score = number(*d.score, 2);
                const float bar = std::max(ImGui::GetContentRegionAvail().x - t.em(48), t.px(20));
                table_cell(score);
                ImGui::SameLine();
                const ImVec2 at = ImGui::GetCursorScreenPos() + ImVec2(0, ImGui::GetTextLineHeight() * 0.5f);
                ImGui::GetWindowDrawList()->AddRectFilled(at, at + ImVec2(bar, t.px(6)), c.border, t.px(3));
                ImGui::GetWindowDrawList()->AddRectFilled(at, at + ImVec2(bar * static_cast<float>(*d.score) / 3.0f, t.px(6)),
                                                          c.stage[*d.stage], t.px(3));
                ImGui::Dummy(ImVec2(bar, t.px(6)));
            } else {
                table_cell("-", true);
            }
            if (!d.stage) table_cell(tr(S::NotRated), true);
            else if (d.provisional) table_cell(fmt(S::StageProvisional, {{"stage", stage_title(m, d.stage, lang)}}));
            else table_cell(stage_title(m, d.stage, lang));
            if (!narrow) {
                if (d.target_score) {
                    table_cell(number(*d.target_score, 1));
                } else {
                    table_cell("-", true);
                }
                table_cell(fmt(S::AnsweredOf, {{"answered", d.answered}, {"total", d.total}}));
            }
        }
        end_table();
    }
    vspace(28);
    draw_peer_comparison(state, peers, out);
    vspace(28);

    heading(t.fonts.h2, tr(S::FocusTitle));
    vspace(4);
    if (r.next_steps.empty()) paragraph(tr(S::NoSteps), c.text_muted);
    const auto draw_step = [&](std::size_t i, bool focus) { draw_next_step(m, r.next_steps[i], lang, i, focus, peers_at_step(peers, i)); };
    for (std::size_t i = 0; i < r.next_steps.size() && i < kFocusSteps; ++i) draw_step(i, true);
    if (r.next_steps.size() > kFocusSteps) {
        vspace(4);
        if (button("all-steps", fmt(S::AllStepsTitle, {{"count", static_cast<int>(r.next_steps.size())}}), ButtonKind::Quiet)) {
            out.push_back(intent::ToggleAllSteps{});
        }
        if (ui.all_steps_open) {
            for (std::size_t i = kFocusSteps; i < r.next_steps.size(); ++i) draw_step(i, false);
        }
    }
    vspace(28);

    heading(t.fonts.h2, tr(S::PitfallsTitle));
    vspace(4);
    if (r.pitfalls.empty()) paragraph(tr(S::NoPitfalls), c.text_muted);
    for (std::size_t i = 0; i < r.pitfalls.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        begin_panel("pitfall", c.warning_soft, ImVec2(16, 12));
        heading(t.fonts.body_bold, r.pitfalls[i].title, c.warning, 3);
        paragraph(r.pitfalls[i].text);
        end_panel();
        ImGui::PopID();
    }
    vspace(28);

    heading(t.fonts.h2, tr(S::TakeAway));
    vspace(4);
    const app::Intent exports[] = {intent::Download{app::FileKind::Json}, intent::Download{app::FileKind::Csv},
                                   intent::Download{app::FileKind::Html}, intent::Print{}, intent::CopySummary{},
                                   intent::MakeShareLink{}};
    const int pressed = button_row({{"download-json", tr(S::DownloadJson)},
                                    {"download-csv", tr(S::DownloadCsv)},
                                    {"download-html", tr(S::DownloadHtml)},
                                    {"print", tr(S::Print)},
                                    {"copy-summary", tr(S::CopySummary)},
                                    {"share-link", tr(S::ShareLink)}});
    if (pressed >= 0) out.push_back(exports[pressed]);
    share_link_panel(state, out);
    if (state.page.embedded && state.page.parent_verified) {
        vspace(12);
        if (button("share", fmt(S::ShareWith, {{"origin", state.page.parent_origin}}), ButtonKind::Primary)) {
            out.push_back(intent::Share{});
        }
        paragraph(tr(S::ShareHelp), c.text_muted, t.fonts.small);
    }
    vspace(12);
    if (button("edit-answers", tr(S::EditAnswers), ButtonKind::Quiet)) out.push_back(intent::Go{Screen::Assess});
    vspace(40);
    end_column();
}

}  // namespace ladder::ui
