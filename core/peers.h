// The peer benchmark (docs/FORMATS.md, "Peer benchmark"): many teams' files, gathered by an
// organiser, become aggregates that no single team can be picked out of. Each team counts with
// one level per category: the level answered in an assessment file, or the team's median in a
// team exercise file. A cell (a category, a dimension, the overall score) built from fewer
// teams than `min_group` is suppressed: it says how many teams answered and nothing else.
// A team can then set its own results against such a file (compare_with_peers) without
// anything of its answers going into it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "json_input.h"
#include "model.h"
#include "result.h"
#include "scoring.h"

namespace ladder {

// The newest peer benchmark format version this Ladder writes and reads (a file's "version").
constexpr int kPeersFileVersion = 1;
// The fewest teams a published figure may come from. An organiser may ask for more, never less.
constexpr int kMinGroup = 5;
// The most teams one benchmark takes (the same order as a merge's respondents).
constexpr std::size_t kMaxPeerTeams = 10000;

// One team as the benchmark counts it.
struct PeerTeam {
    std::string name;     // the team's name in its file ("" when it has none)
    std::string updated;  // of the file: the newest file of a team is the one counted
    bool team_file = false;  // a team exercise (its median levels) rather than one assessment
    // Two files are the same team when these are equal: an assessment's id (or, for a file
    // without one, its whole content); a team exercise's name and creation time.
    std::string identity;
    std::vector<std::optional<double>> levels;  // model order: none where the team has no level
    // Its scores and plan: an assessment scored alone; a team exercise's median levels against
    // the targets it agreed (its Plan step). Next steps are in the language read with.
    ScoreResult score;
};

// An assessment file or a team exercise file, as one team. Errors carry JSON pointers, as when
// the file is opened on its own; a team exercise with no member counted is refused.
Result<PeerTeam> read_peer_team(const Json& json, const Model& model, const std::string& lang = "en");

// A file that could not be counted, and why.
struct PeerRefusal {
    std::string file, reason;
};

// A file left out because its team was already counted: the same file again ("same"), or an
// older file of a team whose newer one is counted ("newer": `kept` is that newer one).
struct PeerDuplicate {
    std::string file, kept;
    bool newer = false;
};

// One figure of the benchmark: a category's levels, a dimension's scores or the overall score.
struct PeerCell {
    std::string id;  // category or dimension id; "" for the overall score
    int n = 0;       // the teams with a level (or score) here
    bool suppressed = true;  // n < min_group: nothing below is published
    // Teams per level (a category) or per stage (a dimension, overall): floor(x + 1e-9), so a
    // team median of 1.5 counts at level 1.
    std::array<int, kLevels> counts{};
    std::optional<double> median, q1, q3;  // 2 decimals
};

struct PeerBenchmark {
    std::string model_id, model_version;
    int teams = 0;  // counted
    int min_group = kMinGroup;
    std::vector<PeerRefusal> refused;
    std::vector<PeerDuplicate> duplicates;
    std::vector<PeerCell> categories, dimensions;  // model order
    PeerCell overall;
};

// The quantile p (0..1) of ascending `sorted` values by linear interpolation between closest
// ranks: h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). None when empty.
std::optional<double> quantile(const std::vector<double>& sorted, double p);

// A file as the organiser gave it: its name, and its content or why it could not be read.
struct PeerInput {
    std::string file;
    Result<PeerTeam> team;
};

// Counts each team once (a later file of the same team replaces an earlier one) and builds the
// figures. `min_group` below kMinGroup is raised to it.
PeerBenchmark peer_benchmark(const Model& model, const std::vector<PeerInput>& inputs, int min_group = kMinGroup);

// `part` is the benchmark of some of `whole`'s teams (a peer group), both to be published:
// a figure of `part` that, taken from the same figure of `whole`, would leave between 1 and
// min_group - 1 teams is suppressed too, since the difference would show those teams.
void suppress_against(PeerBenchmark& part, const PeerBenchmark& whole);

// Which of the inputs were counted, in input order (the convening view lists those teams).
std::vector<std::size_t> counted_peer_inputs(const std::vector<PeerInput>& inputs);

Json peers_to_json(const PeerBenchmark& peers);
// Reads a "ladder-peers" file made for `model`; every figure is checked (counts add up to n,
// quartiles in order and between 0 and 3, suppressed cells empty), with a JSON pointer.
Result<PeerBenchmark> read_peers_json(const Json& json, const Model& model);

// The categories where the teams differ most: widest interquartile range first, then widest
// spread of levels; only published cells with some difference.
std::vector<std::size_t> peer_differences(const PeerBenchmark& peers);
// A category where most teams are held at one level below the top: more than half of those
// that answered are at `level`.
struct PeerStuck {
    std::size_t category;
    int level = 0;
    int teams = 0;
};
std::vector<PeerStuck> peer_stuck(const PeerBenchmark& peers);

// Where a team stands against its peers.
enum class PeerPosition { Unknown, Below, Like, Ahead };  // Unknown: suppressed, or no score
const char* peer_position_id(PeerPosition position);      // "below", "like", "ahead", null's "unknown"

struct PeerStanding {
    std::string id;  // dimension id, "" overall
    std::optional<double> score;
    PeerPosition position = PeerPosition::Unknown;  // below q1, between q1 and q3, above q3
    int n = 0;
    bool suppressed = true;
    std::optional<double> q1, median, q3;
    // Peers at the team's stage or below (from the published counts); none when suppressed or
    // when the team has no score.
    std::optional<int> at_or_below;
};

// A next step of the team's, with how many peers are already at its target level.
struct PeerStep {
    NextStep step;
    std::optional<int> peers_there;  // none: the category's figures are suppressed
    int n = 0;
};

struct PeerComparison {
    std::vector<PeerStanding> dimensions;  // model order
    PeerStanding overall;
    std::vector<PeerStep> next_steps;      // the team's own, in its order
};

// `team` is the team's result: an assessment scored alone, or a team's plan (median levels
// against its targets).
PeerComparison compare_with_peers(const Model& model, const PeerBenchmark& peers, const ScoreResult& team);
Json peer_comparison_to_json(const PeerComparison& comparison);

// The benchmark as CSV (one row per category, dimension and the overall score) and as a
// printable HTML page, in the language and number format of `locale`.
std::string peers_csv(const PeerBenchmark& peers);
std::string peers_html(const Model& model, const PeerBenchmark& peers, const std::string& locale = "en");

}  // namespace ladder
