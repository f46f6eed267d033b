#include "scoring.h"

#include <algorithm>
#include <cmath>

#include "stable_sort.h"

namespace ladder {

int stage_of(double score) {
    return std::clamp(static_cast<int>(std::floor(score + 1e-9)), 0, kLevels - 1);
}

double target_above(double level) { return std::min(level + 1.0, double(kLevels - 1)); }

double round2(double value) { return std::round(value * 100.0) / 100.0; }

std::vector<LevelInput> level_inputs(const Model& model, const Assessment& assessment) {
    std::vector<LevelInput> inputs(model.categories.size());
    for (std::size_t i = 0; i < model.categories.size(); ++i) {
        const auto it = assessment.answers.find(model.categories[i].id);
        if (it == assessment.answers.end()) continue;
        const Answer& answer = it->second;
        if (answer.answered()) inputs[i].level = *answer.level;
        if (answer.target) inputs[i].target = *answer.target;
    }
    return inputs;
}

ScoreResult score_levels(const Model& model, const std::vector<LevelInput>& inputs, const std::string& lang) {
    ScoreResult result;
    const std::size_t n = model.categories.size();

    // Categories: current level and target (explicit, else one level up, capped at 3).
    std::size_t answered_total = 0;
    result.categories.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        CategoryScore& c = result.categories[i];
        c.id = model.categories[i].id;
        c.level = i < inputs.size() ? inputs[i].level : std::nullopt;
        const std::optional<double> explicit_target = i < inputs.size() ? inputs[i].target : std::nullopt;
        if (explicit_target) c.target = explicit_target;
        else if (c.level) c.target = target_above(*c.level);
        if (c.level) ++answered_total;
    }
    result.completeness = n == 0 ? 0.0 : double(answered_total) / double(n);

    // Dimensions: mean of answered levels (category weight 1), stage, mean of targets.
    double weighted_sum = 0, weight_total = 0;
    for (const auto& dimension : model.dimensions) {
        DimensionScore d;
        d.id = dimension.id;
        d.total = static_cast<int>(dimension.categories.size());
        double level_sum = 0, target_sum = 0;
        int targets = 0;
        for (const std::size_t k : dimension.categories) {
            const CategoryScore& c = result.categories[k];
            if (c.level) {
                level_sum += *c.level;
                ++d.answered;
            }
            if (c.target) {
                target_sum += *c.target;
                ++targets;
            }
        }
        if (d.answered > 0) {
            d.score = level_sum / d.answered;
            d.stage = stage_of(*d.score);
            weighted_sum += dimension.weight * *d.score;
            weight_total += dimension.weight;
        }
        if (targets > 0) d.target_score = target_sum / targets;
        result.dimensions.push_back(std::move(d));
    }
    if (weight_total > 0) {
        result.overall_score = weighted_sum / weight_total;
        result.overall_stage = stage_of(*result.overall_score);
    }

    // How far the stages can be relied on. Half means half rounded up: 3 of 5, 12 of 24.
    const int half = static_cast<int>((n + 1) / 2);
    int unrated = 0;
    for (DimensionScore& d : result.dimensions) {
        if (d.answered == 0) ++unrated;
        else d.provisional = 2 * d.answered < d.total;
    }
    const int missing = half - static_cast<int>(answered_total);
    result.answers_needed = std::max({missing, unrated, 0});
    result.provisional = result.answers_needed > 0;

    // Next steps: one per answered category below its target, biggest gap first, then the
    // lower level, then model order (a stable sort keeps model order among equals).
    struct Candidate {
        std::size_t category;
        double level, gap;
    };
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < n; ++i) {
        const CategoryScore& c = result.categories[i];
        if (c.level && c.target && *c.target > *c.level + 1e-9) candidates.push_back({i, *c.level, *c.target - *c.level});
    }
    stable_sort_list(candidates, [](const Candidate& a, const Candidate& b) {
        if (std::abs(a.gap - b.gap) > 1e-9) return a.gap > b.gap;
        return a.level < b.level - 1e-9;
    });
    for (const auto& candidate : candidates) {
        const Category& category = model.categories[candidate.category];
        const int from = stage_of(candidate.level);
        const int to = static_cast<int>(std::ceil(*result.categories[candidate.category].target - 1e-9));
        result.next_steps.push_back({category.id, from, to, category.next_steps[std::min(from, kLevels - 2)].get(lang)});
    }

    // Pitfalls: every one whose condition is definitely true.
    ConditionInputs inputs_for_conditions;
    inputs_for_conditions.dimension_score = [&](const std::string& id) -> std::optional<double> {
        const int index = model.dimension_index(id);
        return index < 0 ? std::nullopt : result.dimensions[index].score;
    };
    inputs_for_conditions.category_level = [&](const std::string& id) -> std::optional<double> {
        const int index = model.category_index(id);
        return index < 0 ? std::nullopt : result.categories[index].level;
    };
    inputs_for_conditions.overall_score = result.overall_score;
    for (const auto& pitfall : model.pitfalls) {
        if (evaluate(pitfall.when, inputs_for_conditions) == Tristate::True) {
            result.pitfalls.push_back({pitfall.id, pitfall.title.get(lang), pitfall.text.get(lang)});
        }
    }
    return result;
}

ScoreResult score_assessment(const Model& model, const Assessment& assessment, const std::string& lang) {
    return score_levels(model, level_inputs(model, assessment), lang);
}

Json number_or_null(const std::optional<double>& value) { return value ? Json(round2(*value)) : Json(nullptr); }

Json score_to_json(const Model& model, const ScoreResult& r, const std::string& lang) {
    Json out = Json::object();
    out["model"] = {{"id", model.id}, {"model_version", model.model_version}};
    Json overall = Json::object();
    overall["score"] = number_or_null(r.overall_score);
    overall["stage"] = r.overall_stage ? Json(*r.overall_stage) : Json(nullptr);
    overall["stage_id"] = r.overall_stage ? Json(model.stages[*r.overall_stage].id) : Json(nullptr);
    overall["stage_title"] = r.overall_stage ? Json(model.stages[*r.overall_stage].title.get(lang)) : Json(nullptr);
    out["overall"] = std::move(overall);
    out["completeness"] = round2(r.completeness);
    out["provisional"] = r.provisional;
    out["answers_needed"] = r.answers_needed;

    Json dimensions = Json::array();
    for (const auto& d : r.dimensions) {
        Json entry = Json::object();
        entry["id"] = d.id;
        entry["score"] = number_or_null(d.score);
        entry["stage"] = d.stage ? Json(*d.stage) : Json(nullptr);
        entry["target_score"] = number_or_null(d.target_score);
        entry["answered"] = d.answered;
        entry["total"] = d.total;
        entry["provisional"] = d.provisional;
        dimensions.push_back(std::move(entry));
    }
    out["dimensions"] = std::move(dimensions);

    Json categories = Json::array();
    for (const auto& c : r.categories) {
        categories.push_back({{"id", c.id}, {"level", number_or_null(c.level)}, {"target", number_or_null(c.target)}});
    }
    out["categories"] = std::move(categories);

    Json steps = Json::array();
    for (std::size_t i = 0; i < r.next_steps.size(); ++i) {
        const NextStep& s = r.next_steps[i];
        steps.push_back({{"category", s.category}, {"from", s.from}, {"to", s.to}, {"text", s.text}, {"focus", i < kFocusSteps}});
    }
    out["next_steps"] = std::move(steps);

    Json pitfalls = Json::array();
    for (const auto& p : r.pitfalls) pitfalls.push_back({{"id", p.id}, {"title", p.title}, {"text", p.text}});
    out["pitfalls"] = std::move(pitfalls);
    return out;
}

}  // namespace ladder
