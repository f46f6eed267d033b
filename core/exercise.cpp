#include "exercise.h"

#include <algorithm>
#include <cmath>

#include "messages.h"

namespace ladder {
namespace {

Error type_error(const std::string& pointer, M expected, const Json& found) { return {pointer, expected_found(expected, found)}; }

// Prefixes every error's location, so a problem inside an embedded assessment points into the
// team file ("/respondents/2/answers/x/level").
Errors inside(const std::string& prefix, Errors errors) {
    for (auto& e : errors) e.location = prefix + e.location;
    return errors;
}

}  // namespace

TeamExercise blank_team_exercise(const Model& model) {
    TeamExercise e;
    e.model_id = model.id;
    e.model_version = model.model_version;
    return e;
}

Result<TeamExercise> read_team_exercise_json(const Json& json, const Model& model) {
    if (!json.is_object()) return type_error("", M::ExpectedTeamExercise, json);
    const auto format = json.find("format");
    if (format == json.end() || *format != "ladder-team") {
        return Error{"/format", message(M::ErrorNotTeamFile)};
    }
    const auto version = json.find("version");
    if (version == json.end() || !version->is_number_integer()) return Error{"/version", message(M::ErrorExpected, {{"expected", message(M::ExpectedWholeNumber1)}})};
    if (*version < 1) return type_error("/version", M::ExpectedWholeNumber1, *version);
    if (*version > kTeamFileVersion) {
        return Error{"/version", message(M::ErrorNewerFile, {{"version", dump_json(*version)}, {"max", kTeamFileVersion}})};
    }
    TeamExercise e = blank_team_exercise(model);
    const auto model_ref = json.find("model");
    if (model_ref == json.end() || !model_ref->is_object()) return Error{"/model", message(M::ErrorMissingModelId)};
    const auto model_id = model_ref->find("id");
    if (model_id == model_ref->end() || !model_id->is_string()) return Error{"/model/id", message(M::ErrorMissingModelId)};
    if (*model_id != model.id) {
        return Error{"/model/id",
                     message(M::ErrorOtherModelTeam, {{"file_model", model_id->get<std::string>()}, {"model", model.id}})};
    }

    for (const auto& [key, value] : json.items()) {
        const std::string pointer = pointer_append("", key);
        if (key == "team" || key == "created" || key == "updated" || key == "theory_of_change") {
            if (!value.is_string()) return type_error(pointer, M::ExpectedText, value);
            (key == "team" ? e.team : key == "created" ? e.created : key == "updated" ? e.updated : e.theory_of_change) =
                value.get<std::string>();
        } else if (key == "hide_ratings") {
            if (!value.is_boolean()) return type_error(pointer, M::ExpectedBoolean, value);
            e.hide_ratings = value.get<bool>();
        } else if (key == "respondents") {
            if (!value.is_array()) return type_error(pointer, M::ExpectedAssessmentList, value);
            for (std::size_t i = 0; i < value.size(); ++i) {
                auto a = read_assessment_json(value[i], model);
                if (!a) return inside(pointer_append(pointer, i), a.errors());
                e.respondents.push_back(std::move(a).value());
            }
        } else if (key == "targets") {
            if (!value.is_object()) return type_error(pointer, M::ExpectedAnswers, value);
            for (const auto& [id, level] : value.items()) {
                const std::string p = pointer_append(pointer, id);
                if (model.category_index(id) < 0) return Error{p, message(M::ErrorNoCategory, {{"id", id}})};
                if (!level.is_number_integer() || level.get<long long>() < 0 || level.get<long long>() > 3) {
                    return type_error(p, M::ExpectedLevel, level);
                }
                e.targets[id] = level.get<int>();
            }
        } else if (key == "revealed") {
            if (!value.is_array()) return type_error(pointer, M::ExpectedCategoryIds, value);
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (!value[i].is_string()) return type_error(pointer_append(pointer, i), M::ExpectedCategoryId, value[i]);
                e.revealed.insert(value[i].get<std::string>());
            }
        }
    }
    return e;
}

Result<TeamExercise> read_team_exercise(std::string_view json_text, const Model& model) {
    auto json = parse_json(json_text);
    if (!json) return json.errors();
    return read_team_exercise_json(json.value(), model);
}

Json team_exercise_to_json(const TeamExercise& e) {
    Json respondents = Json::array();
    for (const auto& a : e.respondents) respondents.push_back(assessment_to_json(a));
    Json targets = Json::object();
    for (const auto& [id, level] : e.targets) targets[id] = level;
    Json revealed = Json::array();
    for (const auto& id : e.revealed) revealed.push_back(id);
    return {{"format", "ladder-team"},
            {"version", kTeamFileVersion},
            {"model", {{"id", e.model_id}, {"model_version", e.model_version}}},
            {"team", e.team},
            {"created", e.created},
            {"updated", e.updated},
            {"respondents", std::move(respondents)},
            {"targets", std::move(targets)},
            {"theory_of_change", e.theory_of_change},
            {"hide_ratings", e.hide_ratings},
            {"revealed", std::move(revealed)}};
}

TeamPlan plan_team(const Model& model, const TeamExercise& exercise, const std::string& lang) {
    TeamPlan plan;
    plan.merged = merge_team(model, exercise.respondents, lang);
    const TeamResult& team = plan.merged;

    std::vector<LevelInput> inputs(model.categories.size());
    for (std::size_t k = 0; k < model.categories.size(); ++k) {
        const CategoryStats& stats = team.categories[k];
        // A target only means something where the team has a level: one agreed for a category
        // nobody answered is kept in the file but left out of the plan.
        const auto agreed = exercise.targets.find(stats.id);
        std::optional<int> target = !stats.median                      ? std::nullopt
                                    : agreed != exercise.targets.end() ? std::optional<int>(agreed->second)
                                                                       : stats.target;
        plan.targets.push_back(target);
        inputs[k].level = stats.median;
        if (target) inputs[k].target = *target;
    }
    plan.planned = score_levels(model, inputs, lang);

    plan.members.resize(model.categories.size());
    for (std::size_t k = 0; k < model.categories.size(); ++k) {
        TeamPlan::CategoryMembers& members = plan.members[k];
        const std::string& id = model.categories[k].id;
        for (std::size_t r = 0; r < team.inputs.size(); ++r) {  // duplicates are left out
            const auto& answers = exercise.respondents[team.inputs[r]].answers;
            const auto it = answers.find(id);
            if (it == answers.end() || !it->second.answered()) ++members.not_answered;
            else members.at_level[std::clamp(*it->second.level, 0, kLevels - 1)].push_back(r);
        }
        members.notes = category_notes(exercise, team, id);
    }

    plan.band_min.assign(model.dimensions.size(), std::nullopt);
    plan.band_max.assign(model.dimensions.size(), std::nullopt);
    for (const std::size_t i : team.inputs) {
        plan.individual.push_back(score_assessment(model, exercise.respondents[i], lang));
        const ScoreResult& own = plan.individual.back();
        for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
            const auto& score = own.dimensions[d].score;
            if (!score) continue;
            if (!plan.band_min[d] || *score < *plan.band_min[d]) plan.band_min[d] = score;
            if (!plan.band_max[d] || *score > *plan.band_max[d]) plan.band_max[d] = score;
        }
    }
    return plan;
}

std::vector<MemberNote> category_notes(const TeamExercise& exercise, const TeamResult& team, const std::string& category) {
    std::vector<MemberNote> notes;
    for (std::size_t r = 0; r < team.inputs.size(); ++r) {
        const Assessment& a = exercise.respondents[team.inputs[r]];
        const auto it = a.answers.find(category);
        if (it == a.answers.end() || it->second.note.empty()) continue;
        notes.push_back({team.respondents[r], it->second.answered() ? it->second.level : std::nullopt, it->second.note});
    }
    return notes;
}

}  // namespace ladder
