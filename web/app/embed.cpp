// The app's side of embedding in a partner's page: the frame's height for a frame sized to
// its content, the partner asking for it again, and the summary a user chooses to share.
// The messages and their checks are described in docs/FORMATS.md.
#include <cmath>

#include "internal.h"

namespace ladder::app {

Effects on_parent_message(State& state, const std::string& text) {
    const auto json = parse_json(text);
    if (!json || !json.value().is_object()) return {};
    const Json& m = json.value();
    if (string_member(m, "protocol") == "ladder-embed" && string_member(m, "type") == "request-resize") {
        state.kept.reported_height = 0;  // the next frame reports it again
    }
    return {};
}

Effects on_content_height(State& state, float css_pixels) {
    Effects effects;
    const PageInfo& page = state.page;
    if (!page.embedded || !page.auto_height || !page.parent_verified) return effects;
    constexpr float kMaxHeight = 3000;  // beyond this the frame scrolls inside
    const float height = std::min(std::ceil(css_pixels), kMaxHeight);
    const bool pass = css_pixels <= kMaxHeight;
    if (std::abs(height - state.kept.reported_height) < 1) return effects;
    state.kept.reported_height = height;
    effects.push_back(effect::WheelPassThrough{pass});
    Json message = {{"protocol", "ladder-embed"}, {"version", 1}, {"type", "resize"}, {"height", height}};
    effects.push_back(effect::PostToParent{dump_json(message)});
    return effects;
}

Effects on_message_shown(State& state, const std::string& key, float top_css, float height_css) {
    Effects effects;
    const PageInfo& page = state.page;
    if (key == state.kept.shown_message) return effects;
    state.kept.shown_message = key;
    // Only a frame sized to its content: one of fixed height scrolls inside, where the message is.
    if (key.empty() || !page.embedded || !page.auto_height || !page.parent_verified) return effects;
    Json message = {{"protocol", "ladder-embed"}, {"version", 1}, {"type", "show"},
                    {"top", std::floor(top_css)}, {"height", std::ceil(height_css)}};
    effects.push_back(effect::PostToParent{dump_json(message)});
    return effects;
}

Json share_summary(const State& state) {
    const Model& m = *state.session.model;
    const ScoreResult& r = state.session.result;
    const auto number = [](const std::optional<double>& v) { return v ? Json(round2(*v)) : Json(nullptr); };
    const auto stage = [&](const std::optional<int>& s) { return s ? Json(*s) : Json(nullptr); };
    const auto stage_id = [&](const std::optional<int>& s) { return s ? Json(m.stages[*s].id) : Json(nullptr); };
    Json dimensions = Json::array();
    for (std::size_t i = 0; i < m.dimensions.size(); ++i) {
        const DimensionScore& d = r.dimensions[i];
        dimensions.push_back({{"id", d.id}, {"score", number(d.score)}, {"stage", stage(d.stage)}, {"stage_id", stage_id(d.stage)}});
    }
    Json overall = {{"score", number(r.overall_score)}, {"stage", stage(r.overall_stage)}, {"stage_id", stage_id(r.overall_stage)}};
    return {{"model", {{"id", m.id}, {"model_version", m.model_version}}},
            {"overall", overall},
            {"completeness", round2(r.completeness)},
            {"provisional", r.provisional},
            {"answers_needed", r.answers_needed},
            {"dimensions", dimensions}};
}

}  // namespace ladder::app
