#include "team.h"

#include <algorithm>

namespace ladder {

TeamResult merge_team(const Model& model, const std::vector<Assessment>& assessments, const std::string& lang) {
    TeamResult team;
    for (std::size_t i = 0; i < assessments.size(); ++i) {
        const std::string& name = assessments[i].respondent;
        team.respondents.push_back(name.empty() ? "Respondent " + std::to_string(i + 1) : name);
    }

    // Levels are 0..3, so a count per level gives the median and extremes without sorting.
    std::vector<LevelInput> inputs(model.categories.size());
    for (std::size_t k = 0; k < model.categories.size(); ++k) {
        CategoryStats stats;
        stats.id = model.categories[k].id;
        int counts[kLevels] = {0, 0, 0, 0};
        int sum = 0;
        for (const auto& a : assessments) {
            const auto it = a.answers.find(stats.id);
            if (it == a.answers.end() || !it->second.answered()) continue;
            ++counts[*it->second.level];
            sum += *it->second.level;
            ++stats.n;
        }
        if (stats.n > 0) {
            stats.mean = double(sum) / stats.n;
            auto nth = [&](int index) {  // the index-th smallest answer, 0-based
                for (int level = 0; level < kLevels; ++level) {
                    if (index < counts[level]) return level;
                    index -= counts[level];
                }
                return kLevels - 1;
            };
            stats.min = nth(0);
            stats.max = nth(stats.n - 1);
            stats.median = (nth((stats.n - 1) / 2) + nth(stats.n / 2)) / 2.0;
            stats.spread = *stats.max - *stats.min;
            stats.disagreement = *stats.spread >= kDisagreementSpread;
            inputs[k].level = stats.median;
        }
        team.categories.push_back(std::move(stats));
    }
    team.score = score_levels(model, inputs, lang);
    return team;
}

Json team_to_json(const Model& model, const TeamResult& team, const std::string& lang) {
    Json out = score_to_json(model, team.score, lang);
    Json result = Json::object();
    result["respondents"] = team.respondents;
    Json categories = Json::array();
    for (const auto& s : team.categories) {
        const auto opt = [](const auto& v) { return v ? Json(round2(*v)) : Json(nullptr); };
        Json entry = Json::object();
        entry["id"] = s.id;
        entry["n"] = s.n;
        entry["median"] = opt(s.median);
        entry["mean"] = opt(s.mean);
        entry["min"] = s.min ? Json(*s.min) : Json(nullptr);
        entry["max"] = s.max ? Json(*s.max) : Json(nullptr);
        entry["spread"] = s.spread ? Json(*s.spread) : Json(nullptr);
        entry["disagreement"] = s.disagreement;
        categories.push_back(std::move(entry));
    }
    result["categories"] = std::move(categories);
    for (auto& [key, value] : out.items()) {
        if (key != "categories") result[key] = value;
    }
    result["team_categories"] = out["categories"];
    return result;
}

}  // namespace ladder
