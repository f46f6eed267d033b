// The core's own words for people: the reports' headings and sentences, the team's agreement
// sentence, and the problems the file checks find. Each message is listed once below with a
// stable id and its English; other languages are tables keyed by those ids
// (core/lang/messages.<lang>.json), installed at run time with add_messages. ladder-cli compiles
// them in (default_messages_json); the web page loads the one it needs from a file, so their
// text stays out of the wasm.
// Placeholders and plurals are written as in message_format.h. A message meant for one slot of
// another ("expected {expected}, found {found}") has one message per value of the slot
// (expected.*, found.*), so each language can write that value in the form its slot needs.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "json_input.h"
#include "message_format.h"

namespace ladder {

// X(enum name, stable id, English)
#define LADDER_CORE_MESSAGES(X)                                                                                         \
    /* Reports: one respondent (report.cpp) */                                                                          \
    X(ReportNotRated, "report.not_rated", "Not rated")                                                                  \
    X(ReportScoreNotRated, "report.score_not_rated", "not rated")                                                       \
    X(ReportStageProvisional, "report.stage_provisional", "{stage} (provisional)")                                      \
    X(ReportProvisionalMark, "report.provisional_mark", "(provisional)")                                                \
    X(ReportAnswersNeeded, "report.answers_needed",                                                                     \
      "{count, plural, one {This stage is provisional: answer # more question for a stage you can rely on.} "           \
      "other {This stage is provisional: answer # more questions for a stage you can rely on.}}")                       \
    X(ReportUnnamedTeam, "report.unnamed_team", "Unnamed team")                                                         \
    X(ReportLabel, "report.label", "{label}:")                                                                          \
    X(ReportOverallStage, "report.overall_stage", "Overall stage")                                                      \
    X(ReportAnswered, "report.answered", "Answered")                                                                    \
    X(ReportScoreOfParen, "report.score_of_paren", "(score {score} of 3)")                                              \
    X(ReportScoreAnswered, "report.score_answered", "Score {score} of 3; {percent} of questions answered.")             \
    X(ReportNoScoreAnswered, "report.no_score_answered", "Score not available; {percent} of questions answered.")      \
    X(ReportDimensions, "report.dimensions", "Dimensions")                                                              \
    X(ReportColDimension, "report.col_dimension", "Dimension")                                                          \
    X(ReportColScore, "report.col_score", "Score")                                                                      \
    X(ReportColStage, "report.col_stage", "Stage")                                                                      \
    X(ReportColTarget, "report.col_target", "Target")                                                                   \
    X(ReportColAnswered, "report.col_answered", "Answered")                                                             \
    X(ReportAnsweredOf, "report.answered_of", "{answered} of {total}")                                                  \
    X(ReportNextSteps, "report.next_steps", "Next steps")                                                               \
    X(ReportNoStepsYet, "report.no_steps_yet", "No next steps yet: answer some questions first.")                       \
    X(ReportFocus, "report.focus", "Focus")                                                                             \
    X(ReportStepFromTo, "report.step_from_to", "({from} to {to})")                                                      \
    X(ReportStepLevels, "report.step_levels", "(level {from} to {to})")                                                 \
    X(ReportPitfalls, "report.pitfalls", "Pitfalls to watch")                                                           \
    X(ReportAnswers, "report.answers", "Answers")                                                                       \
    X(ReportColCategory, "report.col_category", "Category")                                                             \
    X(ReportColLevel, "report.col_level", "Level")                                                                      \
    X(ReportColNote, "report.col_note", "Note")                                                                         \
    X(ReportDontKnow, "report.dont_know", "don't know")                                                                 \
    X(ReportTheoryOfChange, "report.theory_of_change", "Theory of change")                                              \
    /* Reports: a team (team_report.cpp, team.cpp) */                                                                   \
    X(TeamReportTeam, "team_report.team", "Team")                                                                       \
    X(TeamReportRespondents, "team_report.respondents",                                                                 \
      "{count, plural, one {# respondent} other {# respondents}}: {names}")                                             \
    X(TeamReportCountedOnce, "team_report.counted_once", "Counted once: {names} (the same respondent twice).")          \
    X(TeamReportReplaced, "team_report.replaced", "Older files left out: {names} (each one's newer file is counted).")  \
    X(TeamReportTeamStage, "team_report.team_stage", "Team stage: {stage}")                                             \
    X(TeamReportTalkFirst, "team_report.talk_first", "Talk about these first")                                          \
    X(TeamReportNoDisagreement, "team_report.no_disagreement", "No category has answers two or more levels apart.")     \
    X(TeamReportColMedian, "team_report.col_median", "Median")                                                          \
    X(TeamReportColRange, "team_report.col_range", "Range")                                                             \
    X(TeamReportNoted, "team_report.noted", "What members noted")                                                       \
    X(TeamReportNote, "team_report.note", "{name}: {note}")                                                             \
    X(TeamReportNoteLevel, "team_report.note_level", "{name} (level {level}): {note}")                                  \
    X(TeamReportNoNotes, "team_report.no_notes", "Nobody wrote a note.")                                                \
    X(TeamReportColTeamScore, "team_report.col_team_score", "Team score")                                               \
    X(TeamReportColLowHigh, "team_report.col_low_high", "Lowest-highest")                                               \
    X(TeamReportColAgreement, "team_report.col_agreement", "Agreement")                                                 \
    X(TeamReportSteps, "team_report.steps", "Next steps towards the agreed targets")                                    \
    X(TeamReportNoSteps, "team_report.no_steps", "No target is above the team's current level yet.")                    \
    X(TeamReportStep, "team_report.step", "{category} ({from} to {to}): {text}")                                        \
    X(TeamReportTheory, "team_report.theory", "Our theory of change")                                                   \
    X(TeamReportNotWritten, "team_report.not_written", "Not written yet.")                                              \
    X(TeamRespondentNumber, "team.respondent_number", "Respondent {number}")                                            \
    X(TeamSameName, "team.same_name", "{name} ({number})")                                                              \
    X(AgreementUnknown, "agreement.unknown", "Agreement cannot be measured yet: {reason}.")                             \
    X(AgreementTooFew, "agreement.too_few",                                                                             \
      "fewer than two answers can be compared (each category needs two people who answered it)")                        \
    X(AgreementNoVariation, "agreement.no_variation",                                                                   \
      "everyone gave the same answers, so there is no variation to measure agreement on")                               \
    X(AgreementClose, "agreement.close", "The team sees its situation much the same way.")                              \
    X(AgreementBroad, "agreement.broad", "The team broadly agrees, with a few differences worth a conversation.")       \
    X(AgreementMixed, "agreement.mixed", "The team sees several things differently: talk about the disagreements first.") \
    X(AgreementFar, "agreement.far",                                                                                    \
      "The team sees its situation very differently: agree on the facts before agreeing on targets.")                   \
    /* File checks: the sentence frames */                                                                              \
    X(ErrorExpectedFound, "error.expected_found", "expected {expected}, found {found}")                                 \
    X(ErrorExpected, "error.expected", "expected {expected}")                                                           \
    X(ErrorMissingMember, "error.missing_member", "missing \"{key}\"")                                                  \
    X(ErrorMissing, "error.missing", "missing")                                                                         \
    X(ErrorTooLarge, "error.too_large", "the file is {size} KB; files over 5 MB (5120 KB) are refused")                 \
    X(ErrorInputTooLarge, "error.input_too_large", "the input is over 5 MB (5120 KB) and is refused")                   \
    X(ErrorTooDeep, "error.too_deep", "the data is nested deeper than {levels} levels")                                 \
    X(ErrorTextTooLong, "error.text_too_long", "this text is longer than Ladder reads ({limit} KB at most)")             \
    X(ErrorTooManyCategories, "error.too_many_categories",                                                              \
      "the model has {count} categories; Ladder reads at most {limit}")                                                 \
    X(ErrorTooManyDimensions, "error.too_many_dimensions",                                                              \
      "the model has {count} dimensions; Ladder reads at most {limit}")                                                 \
    X(ErrorTooManyRespondents, "error.too_many_respondents",                                                            \
      "{count} files were given; Ladder merges at most {limit} at once")                                                \
    X(ErrorSyntax, "error.syntax", "JSON syntax error {detail}")                                                        \
    X(ErrorCannotOpen, "error.cannot_open", "cannot open the file")                                                     \
    X(ErrorCannotRead, "error.cannot_read", "cannot read the file")                                                     \
    X(ErrorNotText, "error.not_text", "this is not a text file (it holds binary data)")                                 \
    X(ErrorUtf16NoBom, "error.utf16_no_bom",                                                                            \
      "this file seems to be UTF-16 without a byte-order mark; save it as UTF-8")                                       \
    X(ErrorUtf16Invalid, "error.utf16_invalid", "this UTF-16 file is damaged at byte {byte}")                           \
    X(ErrorTruncated, "error.truncated",                                                                                \
      "the file ends partway through a character, so it was probably cut short (it ends with {excerpt})")               \
    X(NoticeWindows1252, "notice.windows_1252", "this file was not saved as UTF-8; it was read as Windows-1252")        \
    X(ErrorNotAssessment, "error.not_assessment", "missing \"format\": this is not a Ladder assessment file")           \
    X(ErrorModelNotAssessment, "error.model_not_assessment", "this is a model file, not an assessment")                 \
    X(ErrorNotTeamFile, "error.not_team_file", "expected \"ladder-team\": this is not a Ladder team exercise file")     \
    X(ErrorNewerFile, "error.newer_file",                                                                               \
      "this file was made by a newer Ladder (file version {version}, this Ladder reads up to {max})")                   \
    X(ErrorNewerModel, "error.newer_model",                                                                             \
      "this model was made by a newer Ladder (file version {version}, this Ladder reads up to {max})")                  \
    X(ErrorMissingModelId, "error.missing_model_id", "missing the model's id")                                          \
    X(ErrorOtherModel, "error.other_model",                                                                             \
      "this file is for the model \"{file_model}\", not for \"{model}\"; open it with that model")                      \
    X(ErrorOtherModelTeam, "error.other_model_team",                                                                    \
      "this team exercise is for the model \"{file_model}\", not for \"{model}\"; open it with that model")             \
    X(ErrorNoCategory, "error.no_category", "the model has no category \"{id}\"")                                       \
    X(ErrorTeamFileAlone, "error.team_file_alone", "a team exercise file goes alone, not with other files")            \
    X(ErrorModelNotObject, "error.model_not_object", "a model must be a JSON object, found {found}")                    \
    X(ErrorInvalidId, "error.invalid_id", "\"{id}\" is not a valid id (use lowercase letters, digits and single hyphens)") \
    X(ErrorEmptyText, "error.empty_text", "the text is empty")                                                          \
    X(ErrorNotLanguageCode, "error.not_language_code", "\"{code}\" is not a language code such as \"en\" or \"es\"")    \
    X(ErrorLevelCount, "error.level_count", "expected exactly 4 level descriptions (levels 0 to 3), found {count}")     \
    X(ErrorStepCount, "error.step_count",                                                                               \
      "expected exactly 3 next steps (from level 0 to 1, 1 to 2 and 2 to 3), found {count}")                            \
    X(ErrorStageCount, "error.stage_count", "expected exactly 4 stages (levels 0 to 3), found {count}")                 \
    X(ErrorLevelTwice, "error.level_twice", "level {level} is given to more than one stage")                            \
    X(ErrorStageOrder, "error.stage_order", "stages must be listed in order from level 0 to 3")                         \
    X(ErrorStageId, "error.stage_id", "the stage at level {level} must have the id \"{id}\"")                          \
    X(ErrorCategoryTwice, "error.category_twice", "the category id \"{id}\" is used more than once")                   \
    X(ErrorDimensionTwice, "error.dimension_twice", "the dimension id \"{id}\" is used more than once")                \
    X(ErrorPitfallTwice, "error.pitfall_twice", "the pitfall id \"{id}\" is used more than once")                      \
    X(ErrorNoDimensions, "error.no_dimensions", "a model needs at least one dimension")                                 \
    X(ErrorNoCategories, "error.no_categories", "a dimension needs at least one category")                              \
    X(ErrorNoSuchPitfall, "error.no_such_pitfall", "no pitfall with id \"{id}\" in this model")                         \
    X(ErrorNoSuchDimension, "error.no_such_dimension", "no dimension with id \"{id}\" in this model")                   \
    X(ErrorNoSuchCategory, "error.no_such_category", "no category with id \"{id}\" in this model")                      \
    X(ErrorConditionNotObject, "error.condition_not_object", "a condition must be an object, found {found}")            \
    X(ErrorCombinatorAlone, "error.combinator_alone",                                                                   \
      "\"all\", \"any\" and \"not\" must stand alone in their condition object")                                       \
    X(ErrorOverallTrue, "error.overall_true", "\"overall\" takes the value true")                                       \
    X(ErrorUnknownOperator, "error.unknown_operator",                                                                   \
      "unknown condition operator \"{operator}\" (known: all, any, not, dimension, category, overall, gte, lte, lt, gt)") \
    X(ErrorNoSubject, "error.no_subject", "a comparison needs one of \"dimension\", \"category\" or \"overall\"")        \
    X(ErrorTwoSubjects, "error.two_subjects",                                                                           \
      "a comparison names more than one of \"dimension\", \"category\" and \"overall\"")                               \
    X(ErrorNoComparison, "error.no_comparison", "a comparison needs at least one of \"gte\", \"lte\", \"lt\" or \"gt\"") \
    X(ErrorTextList, "error.text_list", "{count, plural, one {expected a list of # text} other {expected a list of # texts}}") \
    X(ErrorProblemsFound, "error.problems_found", "{count, plural, one {# problem found} other {# problems found}}")     \
    X(ErrorNoneMerged, "error.none_merged", "none of the files could be merged")                                        \
    X(ErrorSameRespondent, "error.same_respondent", "the same respondent as {file}; counted once")                      \
    X(ErrorOlderFile, "error.older_file", "an older file of the same respondent as {file}; the newer one is counted")   \
    /* Peer benchmark (peers.cpp) */                                                                                    \
    X(PeersTitle, "peers.title", "Peer benchmark")                                                                     \
    X(PeersCounted, "peers.counted", "{count, plural, one {# team counted.} other {# teams counted.}} A figure from fewer than {min} teams is not shown, so that no team can be picked out.") \
    X(PeersColTeams, "peers.col_teams", "Teams")                                                                       \
    X(PeersColMiddleHalf, "peers.col_middle_half", "Middle half")                                                      \
    X(PeersOverall, "peers.overall", "Overall")                                                                        \
    X(PeersSuppressed, "peers.suppressed", "Not shown: fewer than {min} teams")                                        \
    X(PeersDifferTitle, "peers.differ_title", "Where teams differ most")                                               \
    X(PeersDifferNone, "peers.differ_none", "The teams are at the same level everywhere, or too few answered to say.") \
    X(PeersDifferItem, "peers.differ_item", "{category}: the middle half of the teams is between {q1} and {q3}")       \
    X(PeersStuckTitle, "peers.stuck_title", "Where most teams are held")                                               \
    X(PeersStuckNone, "peers.stuck_none", "No category has most teams at one level below the top.")                    \
    X(PeersStuckItem, "peers.stuck_item", "{category}: {count} of {n} teams are at level {level}")                     \
    X(ErrorNotPeersFile, "error.not_peers_file", "expected \"ladder-peers\": this is not a Ladder peer benchmark file") \
    X(ErrorOtherModelPeers, "error.other_model_peers", "this peer benchmark is for the model \"{file_model}\", not for \"{model}\"") \
    X(ErrorPeersSuppressedValue, "error.peers_suppressed_value", "a suppressed figure must be null: only its number of teams is published") \
    X(ErrorPeersNotSuppressed, "error.peers_not_suppressed", "{count, plural, one {only # team answered here} other {only # teams answered here}}, fewer than {min}: the figure must be suppressed") \
    X(ErrorPeersCountSum, "error.peers_count_sum", "the teams per level add up to {sum}, not to n ({n})")              \
    X(ErrorPeersQuartileOrder, "error.peers_quartile_order", "the quartiles must be in order: q1, then the median, then q3") \
    X(ErrorPeersUnknownId, "error.peers_unknown_id", "the model has no category or dimension \"{id}\"")                \
    X(ErrorPeersIdTwice, "error.peers_id_twice", "\"{id}\" has figures more than once")                                \
    X(ErrorPeersMissingId, "error.peers_missing_id", "no figures for \"{id}\"")                                        \
    X(ErrorPeersMoreThanTeams, "error.peers_more_than_teams", "a figure from {n} teams, but the file counts only {teams}") \
    X(ErrorPeerTeamEmpty, "error.peer_team_empty", "this team exercise has no member's answers yet")                   \
    X(ErrorNoneCounted, "error.none_counted", "none of the files could be counted")                                    \
    X(ErrorSameTeam, "error.same_team", "the same team as {file}; counted once")                                       \
    X(ErrorOlderTeamFile, "error.older_team_file", "an older file of the same team as {file}; the newer one is counted") \
    X(ErrorTooManyTeams, "error.too_many_teams", "{count} files were given; a peer benchmark takes at most {limit}")   \
    /* File checks: what was expected (after "expected") */                                                            \
    X(ExpectedAssessment, "expected.assessment", "an assessment object")                                                \
    X(ExpectedTeamExercise, "expected.team_exercise", "a team exercise object")                                         \
    X(ExpectedAssessmentFormat, "expected.assessment_format", "\"ladder-assessment\"")                                  \
    X(ExpectedModelFormat, "expected.model_format", "\"ladder-model\"")                                                 \
    X(ExpectedWholeNumber1, "expected.whole_number_1", "the whole number 1")                                            \
    X(ExpectedModelRef, "expected.model_ref", "an object with the model's id")                                          \
    X(ExpectedText, "expected.text", "text")                                                                            \
    X(ExpectedNonEmptyText, "expected.non_empty_text", "non-empty text")                                                \
    X(ExpectedANonEmptyText, "expected.a_non_empty_text", "a non-empty text")                                           \
    X(ExpectedLocalizedText, "expected.localized_text", "text or an object of translations keyed by language")         \
    X(ExpectedAnswers, "expected.answers", "an object keyed by category id")                                            \
    X(ExpectedAnswer, "expected.answer", "an object with the answer")                                                   \
    X(ExpectedLevelOrNull, "expected.level_or_null", "a whole number from 0 to 3 or null")                              \
    X(ExpectedLevel, "expected.level", "a whole number from 0 to 3")                                                    \
    X(ExpectedLevelNumber, "expected.level_number", "a number from 0 to 3")                                             \
    X(ExpectedBoolean, "expected.boolean", "true or false")                                                             \
    X(ExpectedAssessmentList, "expected.assessment_list", "a list of assessments")                                      \
    X(ExpectedCategoryIds, "expected.category_ids", "a list of category ids")                                           \
    X(ExpectedCategoryId, "expected.category_id", "a category id")                                                      \
    X(ExpectedDimensionId, "expected.dimension_id", "a dimension id")                                                   \
    X(ExpectedPitfallId, "expected.pitfall_id", "a pitfall id")                                                         \
    X(ExpectedObject, "expected.object", "an object")                                                                   \
    X(ExpectedList, "expected.list", "a list")                                                                          \
    X(ExpectedLanguageCode, "expected.language_code", "a language code such as \"en\"")                                 \
    X(ExpectedWeight, "expected.weight", "a number above 0 and at most 100")                                            \
    X(ExpectedTeamCount, "expected.team_count", "a whole number of teams (0 or more)")                                 \
    X(ExpectedCounts, "expected.counts", "a list of 4 whole numbers (the teams at levels 0 to 3)")                     \
    X(ExpectedMinGroup, "expected.min_group", "a whole number of at least 5")                                          \
    X(ExpectedConditions, "expected.conditions", "a non-empty list of conditions")                                      \
    /* File checks: what was found instead (after "found"), describe_type */                                           \
    X(FoundNull, "found.null", "null")                                                                                  \
    X(FoundTrue, "found.true", "true")                                                                                  \
    X(FoundFalse, "found.false", "false")                                                                               \
    X(FoundNumber, "found.number", "the number {number}")                                                               \
    X(FoundText, "found.text", "the text {text}")                                                                       \
    X(FoundTextCut, "found.text_cut", "the text {text}...")                                                             \
    X(FoundList, "found.list", "a list")                                                                                \
    X(FoundObject, "found.object", "an object")                                                                         \
    X(FoundUnsupported, "found.unsupported", "an unsupported value")                                                    \
    /* ladder-cli (cli.cpp) */                                                                                          \
    X(CliNoCommand, "cli.no_command", "no command given")                                                               \
    X(CliNeedsValue, "cli.needs_value", "{option} needs a value")                                                       \
    X(CliUnknownOption, "cli.unknown_option", "unknown option {option}")                                                \
    X(CliUnknownCommand, "cli.unknown_command", "unknown command \"{command}\"")                                       \
    X(CliTemplateNoFile, "cli.template_no_file", "template takes no file")                                              \
    X(CliTeamWithReport, "cli.team_with_report", "--team goes with report")                                             \
    X(CliOneAssessment, "cli.one_assessment", "{command} takes exactly one assessment file")                            \
    X(CliTeamNeedsFiles, "cli.team_needs_files", "report --team needs the respondents' files")                          \
    X(CliMergeNeedsFiles, "cli.merge_needs_files", "merge needs at least one assessment file")                          \
    X(CliCompareTwo, "cli.compare_two", "compare takes two assessment files, older first")                              \
    X(CliReportNeedsFormat, "cli.report_needs_format", "report needs --format html, csv or md")                         \
    X(CliUnknownFormat, "cli.unknown_format", "unknown report format \"{format}\" (use html, csv or md)")               \
    X(CliFormatWithReport, "cli.format_with_report", "--format goes with report or peers")                                       \
    X(CliValidateOneFile, "cli.validate_one_file", "validate takes at most one model file")                             \
    X(CliValidateNoModel, "cli.validate_no_model", "validate takes the model as its file, not with --model")            \
    X(CliBuiltInModel, "cli.built_in_model", "the built-in model")                                                     \
    X(CliPeersNeedsFiles, "cli.peers_needs_files", "peers needs the teams' files (assessments or team exercises)")     \
    X(CliComparePeersTwo, "cli.compare_peers_two", "compare-peers takes a peer benchmark file, then one team's assessment or team exercise file") \
    X(CliMinGroup, "cli.min_group", "--min-group needs a whole number of at least {min}")                              \
    X(CliMinGroupWithPeers, "cli.min_group_with_peers", "--min-group goes with peers")                                 \
    X(CliUnknownPeersFormat, "cli.unknown_peers_format", "unknown peers format \"{format}\" (use json, csv or html)")

enum class M : int {
#define LADDER_CORE_MESSAGE_ENUM(name, id, en) name,
    LADDER_CORE_MESSAGES(LADDER_CORE_MESSAGE_ENUM)
#undef LADDER_CORE_MESSAGE_ENUM
        Count
};

// A message in a language, with its placeholders filled in. `lang_or_locale` is a language
// ("es") or a locale tag ("es-AR": its language is used); a language never installed, or a
// message it lacks, gives the English. Plurals follow the language's rule.
std::string message(M id, const std::string& lang_or_locale, std::initializer_list<Arg> args = {});
// The same in the message language (set_message_language): what the file checks write.
std::string message(M id, std::initializer_list<Arg> args = {});
// A message's text before its placeholders are filled, in that language (English fallback):
// for a report that escapes the text and the values separately.
const char* message_text(M id, const std::string& lang_or_locale);

const char* message_id(M id);       // "report.overall_stage"
const char* message_english(M id);  // the built-in English

// Installs a language's messages from a flat object {id: text} (core/lang/messages.<lang>.json),
// adding to any installed before. Returns the ids it refused: an unknown id, a value that is not
// text, or a text whose placeholders (or plural form) differ from the English; those stay
// English. "en" cannot be replaced.
std::vector<std::string> add_messages(const std::string& lang, const Json& object);

// The language of the file checks' messages, for the whole process: parse and validate
// functions have no language parameter. "en" until set; a tag is reduced to its language.
void set_message_language(const std::string& lang_or_locale);
const std::string& message_language();

// The translations compiled into ladder_core for ladder-cli (es, fr, et; empty for any other).
// Only what references this pulls them into a link: the web page does not.
std::string_view default_messages_json(const std::string& lang);
// Parses default_messages_json(lang) and adds it; false when there is none for `lang`.
bool install_default_messages(const std::string& lang);

}  // namespace ladder
