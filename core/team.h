// Team merge (its rules are in docs/FORMATS.md): several respondents' assessments of the same
// model become per-category statistics, team levels (the median, possibly x.5) and team scores
// computed by the same scoring code as a single assessment.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "agreement.h"
#include "assessment.h"
#include "json_input.h"
#include "model.h"
#include "scoring.h"

namespace ladder {

struct CategoryStats {
    std::string id;
    int n = 0;  // respondents who answered
    std::optional<double> median, mean;
    std::optional<int> min, max, spread;
    bool disagreement = false;  // spread >= 2
    std::optional<int> target;  // the team's starting target (team_target); none if nobody answered
};

// Why a file was left out for another file of the same respondent.
enum class DuplicateReason {
    Same,   // the same file again (same id and `updated`, or an id-less file with the same content): the first is kept
    Newer,  // the kept file has the same id and a later `updated`: the member's corrected answers replace the old
};

// A file left out of the merge because its respondent was already counted.
struct Duplicate {
    std::size_t index;      // position in the input
    std::string name;       // the respondent as shown (the kept file's display name)
    std::size_t kept;       // the input position that was kept (before or after `index`)
    DuplicateReason reason = DuplicateReason::Same;
};

const char* duplicate_reason_id(DuplicateReason reason);  // "same", "newer": the merge JSON's words

struct TeamResult {
    // The ones merged, in input order, as every screen and report shows them: the name in the
    // file, "Respondent N" without one, and "Maria (2)" for a second person called Maria.
    std::vector<std::string> respondents;
    std::vector<std::size_t> inputs;        // the input position of each of them
    std::vector<Duplicate> duplicates;      // left out, not double-counted
    std::vector<CategoryStats> categories;  // model order
    ScoreResult score;                      // from the team levels
    Alpha agreement;                        // ordinal alpha, respondents x categories
    std::vector<Alpha> agreement_by_dimension;  // model order
};

constexpr int kDisagreementSpread = 2;
// The most respondents one merge takes (ladder-cli merge, report --team): a national network
// is a few thousand people; beyond this a mistake (a whole folder tree) is more likely.
constexpr std::size_t kMaxRespondents = 10000;

// The team's starting target for one category, the one rule behind `ladder-cli merge`, the
// team report, the page's plan and window.ladder.team(): the median of the members' own
// targets (each member's explicit target, else one level above their answer, at most 3),
// rounded half up, and never below the team's level rounded down. None without a team level.
std::optional<int> team_target(std::vector<int> member_targets, std::optional<double> team_level);

// Respondents are told apart by their files' ids, never by name: files with the same id are one
// respondent, whose newest file (by `updated`) is counted; id-less files (made before ids) are
// one respondent only when their content is identical. Each left-out file is reported in
// `duplicates`. Names only label: two people with the same name are both counted, the second
// shown as "Name (2)".
TeamResult merge_team(const Model& model, const std::vector<Assessment>& assessments, const std::string& lang = "en");

// `count` made-up respondents of `model`, the same on every run and machine (numbered ids and
// names, levels from a fixed pseudo-random sequence, about one answer in ten "don't know" and
// one in ten left empty): what make bench merges, natively and in the page.
std::vector<Assessment> sample_respondents(const Model& model, int count);

// Categories in the order to discuss them: disagreements first (widest spread first), then
// the rest in model order.
std::vector<std::size_t> discussion_order(const TeamResult& team);

Json team_to_json(const Model& model, const TeamResult& team, const std::string& lang = "en");

// How far a team agrees, in four bands of alpha (0.8 and 0.667 are Krippendorff's thresholds for
// reliable and tentative conclusions; below 0.4 a team sees things very differently), or
// Unknown when alpha cannot be measured.
enum class AgreementBand { Unknown, Close, Broad, Mixed, Far };
AgreementBand agreement_band(const Alpha& alpha);

// One plain sentence about agreement, never a bare number (for the reports and the JSON), in
// the language of `locale` (a tag such as "fr-CA"; core/messages.h).
std::string describe_agreement(const Alpha& alpha, const std::string& locale = "en");

// History: how a team moved between two assessments (older first).
struct Delta {
    std::string id;
    std::optional<double> before, after, change;  // change only when both exist
};
struct History {
    std::vector<Delta> dimensions, categories;
    Delta overall;
};
History compare_assessments(const Model& model, const Assessment& older, const Assessment& newer);
Json history_to_json(const History& history);

}  // namespace ladder
