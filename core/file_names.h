// Names for the files Ladder offers to save: "ladder-<team>-<respondent>-<date>.<ext>" for one
// respondent's answers and reports, "ladder-team-<team>-<date>.<ext>" for the team exercise and
// its reports. The same function names the page's downloads wherever they are made, so two
// members of one team get different names and a name says whose file it is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "assessment.h"
#include "exercise.h"

namespace ladder {

// The longest part a slug keeps, and the hard limit for a first word longer than that.
constexpr std::size_t kSlugLength = 40;
constexpr std::size_t kSlugWordLength = 64;

// Text as a file-name part: UTF-8 decoded, Latin letters with accents and the like written in
// plain ASCII (Dirección -> direccion, Ø -> o, æ -> ae, ß -> ss), lower case; anything else
// (spaces, punctuation, other scripts, broken UTF-8) is a separator, and separators become one
// '-', never at either end. Longer than `max_length`: cut at the last '-' that keeps it within
// the limit, so no word is cut; a first word longer than the limit is kept whole up to
// kSlugWordLength characters. Empty when nothing is left.
std::string slug(std::string_view text, std::size_t max_length = kSlugLength);

// "YYYY-MM-DD" from the start of `updated` if it has one there, else from `today`; empty if
// neither does. Both are normally ISO 8601 times ("2026-11-29T10:00:00Z").
std::string file_date(std::string_view updated, std::string_view today);

// "ladder-<team>-<respondent>-<date>.<extension>"; a part whose slug is empty is left out
// (an assessment with neither names nor date is "ladder.json"). `today` is used when the
// assessment has no date of its own.
std::string assessment_file_name(const Assessment& assessment, std::string_view today, std::string_view extension);

// "ladder-team-<team>-<date>.<extension>", with the same rules.
std::string team_file_name(const TeamExercise& exercise, std::string_view today, std::string_view extension);

// "ladder-peers-<group>-<date>.<extension>": a peer benchmark of a peer group ("" all teams).
std::string peers_file_name(std::string_view group, std::string_view today, std::string_view extension);

}  // namespace ladder
