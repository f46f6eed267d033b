// The team exercise: what a facilitator keeps between sessions. Each member's own
// assessment file as it was added, the targets the team agreed, its theory of change, and
// whether individual ratings are hidden until revealed. Saved in the browser like an
// assessment and downloadable as a "ladder-team" file; reading one checks every value and
// reports the JSON pointer of the first bad one, as assessment files do.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "assessment.h"
#include "json_input.h"
#include "model.h"
#include "result.h"
#include "scoring.h"
#include "team.h"

namespace ladder {

// The newest team file format version this Ladder writes and reads (a file's "version").
constexpr int kTeamFileVersion = 1;

// Each member keeps the file as added, its "id" included: the merge tells people apart by it.
struct TeamExercise {
    std::string model_id, model_version;
    std::string team, created, updated;
    std::vector<Assessment> respondents;  // in the order they were added
    std::map<std::string, int> targets;   // agreed target per category id (0..3); unset = the team's starting target
    std::string theory_of_change;
    bool hide_ratings = false;            // reveal mode: ratings hidden until revealed
    std::set<std::string> revealed;       // categories revealed while hide_ratings is on
};

TeamExercise blank_team_exercise(const Model& model);

Result<TeamExercise> read_team_exercise_json(const Json& json, const Model& model);
Result<TeamExercise> read_team_exercise(std::string_view json_text, const Model& model);
Json team_exercise_to_json(const TeamExercise& exercise);

// One member's note on a category, with who wrote it and the level they chose (none for a
// skipped question or "don't know").
struct MemberNote {
    std::string name;
    std::optional<int> level;
    std::string text;
};

// The whole picture the team screen and the team report draw from.
struct TeamPlan {
    TeamResult merged;                       // statistics, team levels, agreement
    std::vector<ScoreResult> individual;     // each merged respondent scored alone (merged order)
    std::vector<std::optional<int>> targets; // per category: agreed, or team_target(); none if nobody answered
                                             // (an agreed target there is kept but not used)
    ScoreResult planned;                     // team levels (medians) against the agreed targets:
                                             // next steps and dimension target scores
    // Per dimension, the lowest and highest of the respondents' own scores (the radar's band).
    std::vector<std::optional<double>> band_min, band_max;
    // Per category, what the team screen shows of each member, worked out once per change
    // rather than in every frame: who answered each level (merged indices, in the order they
    // were added), how many did not answer, and the members' notes (category_notes()).
    struct CategoryMembers {
        std::vector<std::size_t> at_level[kLevels];
        int not_answered = 0;
        std::vector<MemberNote> notes;
    };
    std::vector<CategoryMembers> members;
};

TeamPlan plan_team(const Model& model, const TeamExercise& exercise, const std::string& lang = "en");

// The counted members' notes on one category, in the order the members were added; members
// with no note there are left out. (The screen, the projector and the team reports show them.)
std::vector<MemberNote> category_notes(const TeamExercise& exercise, const TeamResult& team, const std::string& category);

}  // namespace ladder
