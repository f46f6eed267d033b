#include "library.h"

#include <algorithm>

#include "platform.h"
#include "scoring.h"
#include "stable_sort.h"

namespace ladder::library {

std::string new_id() { return platform::random_id(); }

std::vector<app::SavedAssessment> list(const Model& model) {
    std::vector<app::SavedAssessment> out;
    const std::string prefix = kAssessmentPrefix;
    for (const auto& key : platform::storage_keys(prefix)) {
        app::SavedAssessment s;
        s.id = key.substr(prefix.size());
        std::string text;
        if (platform::storage_get(key, text)) {
            const auto a = read_assessment(text, model);
            if (!a) {
                // Whatever can still be read names it: its team and date, if the JSON parses.
                const auto json = parse_json(text);
                if (json && json.value().is_object()) {
                    s.team = string_member(json.value(), "team");
                    s.updated = string_member(json.value(), "updated");
                }
                if (a.error().location == "/model/id" && json && json.value().is_object()) {
                    // Readable, but for another model: say which, rather than "unreadable".
                    const auto found = json.value().find("model");
                    if (found != json.value().end() && found->is_object()) s.other_model = string_member(*found, "id");
                }
                if (s.other_model.empty()) s.problem = a.error().to_string();
            }
            if (a) {
                s.readable = true;
                s.team = a.value().team;
                s.respondent = a.value().respondent;
                s.respondent_id = a.value().id;
                s.updated = a.value().updated;
                const ScoreResult r = score_assessment(model, a.value());
                s.percent_answered = static_cast<int>(r.completeness * 100.0 + 0.5);
                s.stage = r.overall_stage;
            }
        }
        out.push_back(std::move(s));
    }
    stable_sort_list(out, [](const app::SavedAssessment& a, const app::SavedAssessment& b) { return a.updated > b.updated; });
    return out;
}

std::optional<std::string> load_text(const std::string& id) {
    std::string text;
    if (!platform::storage_get(kAssessmentPrefix + id, text)) return std::nullopt;
    return text;
}

Result<Assessment> load(const std::string& id, const Model& model) {
    const auto text = load_text(id);
    if (!text) return Error{"", "no saved assessment with this id"};
    return read_assessment(*text, model);
}

bool save(const std::string& id, const Assessment& assessment) {
    return platform::storage_set(kAssessmentPrefix + id, dump_json(assessment_to_json(assessment)));
}

void remove(const std::string& id) { platform::storage_remove(kAssessmentPrefix + id); }

std::vector<app::SavedTeam> list_teams(const Model& model) {
    std::vector<app::SavedTeam> out;
    const std::string prefix = kTeamPrefix;
    for (const auto& key : platform::storage_keys(prefix)) {
        app::SavedTeam s;
        s.id = key.substr(prefix.size());
        auto e = load_team(s.id, model);
        if (e) {
            s.readable = true;
            s.team = e.value().team;
            s.updated = e.value().updated;
            s.respondents = static_cast<int>(e.value().respondents.size());
        }
        out.push_back(std::move(s));
    }
    stable_sort_list(out, [](const app::SavedTeam& a, const app::SavedTeam& b) { return a.updated > b.updated; });
    return out;
}

Result<TeamExercise> load_team(const std::string& id, const Model& model) {
    std::string text;
    if (!platform::storage_get(kTeamPrefix + id, text)) return Error{"", "no saved team exercise with this id"};
    return read_team_exercise(text, model);
}

bool save_team(const std::string& id, const TeamExercise& exercise) {
    return platform::storage_set(kTeamPrefix + id, dump_json(team_exercise_to_json(exercise)));
}

std::optional<std::string> load_entry(const std::string& key) {
    std::string text;
    if (!platform::storage_get(key, text)) return std::nullopt;
    return text;
}

bool save_entry(const std::string& key, const std::string& text) { return platform::storage_set(key, text); }
void remove_entry(const std::string& key) { platform::storage_remove(key); }

std::optional<app::RemovedEntry> take_entry(const std::string& key) {
    auto text = load_entry(key);
    if (!text) return std::nullopt;
    remove_entry(key);
    return app::RemovedEntry{key, std::move(*text)};
}

void clear_all() {
    for (const auto& key : platform::storage_keys("ladder.")) platform::storage_remove(key);
}

}  // namespace ladder::library
