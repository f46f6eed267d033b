// The UI string catalogue: every user-visible string of the interface is
// listed here once, with a stable id and its English text; screens refer to them by enum and
// contain no literal user-facing text. Other languages add tables keyed by the same ids.
// Strings may hold named placeholders, {name}, filled in by fmt(); a translation keeps the same
// names in whatever order its grammar needs (tests/app/test_strings.cpp checks every call).
// A count that changes the words is a plural placeholder, the form translators know from ICU:
// "{count, plural, one {# level apart} other {# levels apart}}"; "#" is the number, "=0 {...}"
// picks an exact value, and each language has its own rule for "one" (plural_category). The
// machinery is shared with the core's messages: core/message_format.h.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "locales.h"

#include "message_format.h"

namespace ladder::ui {

// X(enum name, stable id, English)
#define LADDER_UI_STRINGS(X)                                                                                          \
    X(AppName, "app.name", "Ladder")                                                                                  \
    X(AppTagline, "app.tagline", "Digital service maturity self-assessment")                                         \
    X(PrivacyBadge, "app.privacy_badge", "Stays in this browser")                                                     \
    X(NavWelcome, "nav.welcome", "Start")                                                                             \
    X(NavAssess, "nav.assess", "Assess")                                                                              \
    X(NavResults, "nav.results", "Results")                                                                           \
    X(NavSaved, "nav.saved", "My assessments")                                                                        \
    X(NavSettings, "nav.settings", "Settings")                                                                        \
    X(NavMenu, "nav.menu", "Menu")                                                                                    \
    X(WelcomeTitle, "welcome.title", "Where does your digital service team stand?")                                  \
    X(WelcomeIntro1, "welcome.intro1",                                                                                \
      "Ladder helps a government digital service team see where it stands on six dimensions, from "                  \
      "political support to shared platforms.")                                                                       \
    X(WelcomeIntro2, "welcome.intro2",                                                                                \
      "For each dimension you get your stage, the concrete next steps that move you up, and the pitfalls "           \
      "teams at your stage often meet.")                                                                              \
    X(WelcomeIntro3, "welcome.intro3",                                                                                \
      "It takes about 15 minutes. Every team starts somewhere: the first rung is a starting point, not a failure.")  \
    X(PrivacyTitle, "welcome.privacy_title", "Your answers never leave this browser")                                \
    X(PrivacyText, "welcome.privacy_text",                                                                            \
      "Nothing is sent to a server. Answers are saved in this browser only, and leave it only when you download "    \
      "or share a file yourself.")                                                                                    \
    X(TeamName, "welcome.team", "Team or unit name (optional)")                                                      \
    X(RespondentName, "welcome.respondent", "Your name (optional)")                                                  \
    X(StartNew, "welcome.start_new", "Start a new assessment")                                                       \
    X(ContinueSaved, "welcome.continue", "Continue: {team} ({percent}% answered)")                                             \
    X(ImportFile, "welcome.import", "Import a file")                                                                  \
    X(SeeExample, "welcome.example", "See an example")                                                               \
    X(DropHint, "welcome.drop_hint", "You can also drop an assessment or a model file anywhere on this page.")      \
    X(UseOffline, "welcome.use_offline", "Use offline (one file)")                                                   \
    X(UseOfflineHelp, "welcome.use_offline_help",                                                                     \
      "Saves Ladder as a single file you can open from disk, with no network, for example on a closed network.")    \
    X(ModelInUse, "welcome.model_in_use", "Using the model \"{model}\"")                                                 \
    X(UseCustomModel, "welcome.custom_model", "Use a custom model")                                                   \
    X(UseDefaultModel, "welcome.default_model", "Use the default model")                                             \
    X(ModelLoaded, "toast.model_loaded", "Now using the model \"{model}\"")                                              \
    X(ModelInvalid, "error.model_invalid", "That model has problems and was not loaded")                              \
    X(ModelKept, "error.model_kept", "The model in use has not changed.")                                             \
    X(ModelUnreachable, "error.model_unreachable", "The model for this page could not be loaded")                    \
    X(OtherModel, "saved.other_model", "Made with another model ({model})")                                               \
    X(ShareWith, "results.share_with", "Share summary with {origin}")                                                      \
    X(ShareHelp, "results.share_help",                                                                                \
      "Sends your stage on each dimension, your overall stage and how much you answered to the site around this "   \
      "tool. Never your notes or individual answers.")                                                                \
    X(Shared, "toast.shared", "Summary shared with {origin}")                                                              \
    X(UnnamedTeam, "common.unnamed_team", "Unnamed team")                                                            \
    X(ExampleLoaded, "toast.example_loaded", "Example opened. It is a separate copy: start a new assessment for your own.") \
    X(AssessProgress, "assess.progress", "{answered} of {total} answered")                                                        \
    X(QuestionOf, "assess.question_of", "Question {number} of {total}")                                                         \
    X(LevelLabel, "assess.level", "Level {level}")                                                                         \
    X(DontKnow, "assess.dont_know", "Don't know")                                                                     \
    X(DontKnowHelp, "assess.dont_know_help", "Not counted in your scores. You can come back to it later.")           \
    X(ClearAnswer, "assess.clear", "Clear answer")                                                                    \
    X(TargetTitle, "assess.target", "Where do you want to be in 12 months?")                                         \
    X(TargetDefault, "assess.target_default", "One level up")                                                         \
    X(TargetDefaultHelp, "assess.target_default_help", "Unless you choose, the target is one level above your answer.") \
    X(NotesTitle, "assess.notes", "Notes and evidence (optional)")                                                   \
    X(EvidenceHint, "assess.evidence", "Evidence you could point to: {examples}")                                            \
    X(Previous, "assess.previous", "Previous")                                                                        \
    X(Next, "assess.next", "Next")                                                                                    \
    X(SeeResults, "assess.see_results", "See results")                                                               \
    X(StartingPointNote, "assess.starting_point",                                                                     \
      "Level 0 is where many strong teams began. Choose the card that describes your team today "                    \
      "(or press 0 to 3).")                                                                                           \
    X(ResultsTitle, "results.title", "Your results")                                                                 \
    X(OverallStage, "results.overall_stage", "Overall stage")                                                        \
    X(ScoreOf3, "results.score_of", "Score {score} of 3")                                                               \
    X(AnsweredPercent, "results.answered", "{percent}% of questions answered")                                             \
    X(NoAnswersYet, "results.no_answers", "No answers yet. Answer a few questions to see your stage.")              \
    X(RadarTitle, "results.radar", "Current and target, by dimension")                                               \
    X(LegendCurrent, "results.legend_current", "Current")                                                            \
    X(LegendTarget, "results.legend_target", "Target in 12 months")                                                  \
    X(DimensionsTitle, "results.dimensions", "Dimensions")                                                           \
    X(ColDimension, "results.col_dimension", "Dimension")                                                            \
    X(ColScore, "results.col_score", "Score")                                                                         \
    X(ColStage, "results.col_stage", "Stage")                                                                         \
    X(ColAnswered, "results.col_answered", "Answered")                                                               \
    X(ColTarget, "results.col_target", "Target")                                                                      \
    X(AnsweredOf, "results.answered_of", "{answered} of {total}")                                                                 \
    X(NotRated, "results.not_rated", "Not rated")                                                                     \
    /* Partial results: a stage that rests on too few answers says so. */                                           \
    X(Provisional, "results.provisional", "Provisional")                                                              \
    X(AnswersNeeded, "results.answers_needed",                                                                        \
      "{count, plural, one {Answer # more question for a stage you can rely on} "                                    \
      "other {Answer # more questions for a stage you can rely on}}")                                                \
    X(EveryDimensionNeedsOne, "results.every_dimension", "Each dimension needs at least one answer.")                \
    X(GoUnanswered, "results.go_unanswered", "Go to the first unanswered question")                                  \
    X(StageProvisional, "results.stage_provisional", "{stage} (provisional)")                                        \
    X(RadarAxisNotRated, "results.radar_not_rated", "not rated")                                                     \
    X(SummaryAnswered, "results.summary_answered", "{percent}% of questions answered.")                              \
    X(SummaryProvisional, "results.summary_provisional",                                                              \
      "{count, plural, one {The stage is provisional: answer # more question for a stage you can rely on.} "         \
      "other {The stage is provisional: answer # more questions for a stage you can rely on.}}")                     \
    X(FocusTitle, "results.focus", "Focus on these three next")                                                      \
    X(AllStepsTitle, "results.all_steps", "All next steps ({count})")                                                     \
    X(StepFromTo, "results.step_from_to", "Level {from} to {to}")                                                          \
    X(NoSteps, "results.no_steps", "No next steps: every answered category is at its target.")                       \
    X(PitfallsTitle, "results.pitfalls", "Pitfalls to watch")                                                        \
    X(NoPitfalls, "results.no_pitfalls", "None of the known pitfalls matches your answers so far.")                  \
    X(TakeAway, "results.take_away", "Take it with you")                                                             \
    X(DownloadJson, "results.download_json", "Download answers (JSON)")                                              \
    X(DownloadCsv, "results.download_csv", "Download table (CSV)")                                                   \
    X(DownloadHtml, "results.download_html", "Download report (HTML)")                                              \
    X(Print, "results.print", "Print report")                                                                         \
    X(CopySummary, "results.copy", "Copy summary")                                                                    \
    X(Copied, "toast.copied", "Summary copied to the clipboard")                                                     \
    X(ShareLink, "results.share_link", "Share as a link")                                                             \
    X(ShareLinkTitle, "share.link_title", "A link to these answers")                                                  \
    X(ShareLinkLength, "share.link_length", "{length} characters")                                                    \
    X(ShareLinkHelp, "share.link_help", "Anyone with this link can open a copy of these answers. They travel inside the link itself, after the #, a part of an address that browsers never send to any server.") \
    X(ShareCopyLink, "share.copy_link", "Copy link")                                                                  \
    X(ShareLinkCopied, "toast.link_copied", "Link copied to the clipboard")                                           \
    X(ShareTooLong, "share.too_long", "These answers would make a link of {length} characters, longer than chat tools and e-mail reliably keep whole ({limit} at most). Download the file and send it instead.") \
    X(ShareOfferTitle, "share.offer_title", "Open the answers in this link?")                                         \
    X(ShareOfferText, "share.offer_text", "Someone shared an assessment with you. It opens as a new assessment in this browser; nothing you already have changes.") \
    X(ShareOfferTextTeam, "share.offer_text_team", "Someone shared their answers with you. They join this team exercise as a member's answers; nothing else changes.") \
    X(ShareOfferOpen, "share.offer_open", "Open them")                                                                \
    X(ShareOfferNotNow, "share.offer_not_now", "Not now")                                                             \
    X(ShareDamagedTitle, "share.damaged_title", "This link could not be opened")                                      \
    X(ShareDamagedText, "share.damaged_text", "The answers in it are damaged or cut short ({reason}). Nothing was changed. Ask for the link again, or for the file.") \
    X(ShareFailedTitle, "share.failed_title", "No link could be made")                                                \
    X(ShareLinkName, "share.link_name", "the shared link")                                                            \
    X(PeersTooBig, "peers.too_big", "the file is over 5 MB, the most Ladder opens")                                    \
    X(PeersTooFew, "peers.too_few_to_publish", "Too few teams to publish: a benchmark needs at least {min}, so that no team can be picked out.") \
    X(PeersFileNumber, "peers.file_number", "File {number}")                                                           \
    X(WelcomePeersTitle, "welcome.peers_title", "Bringing several teams together?")                                    \
    X(WelcomePeersText, "welcome.peers_text", "Each team hands you its file. See the teams side by side, then publish a peer benchmark that holds only totals, for every team to set its results against.") \
    X(WelcomePeersButton, "welcome.peers_button", "Compare teams")                                                     \
    X(NavPeers, "nav.peers", "Peers")                                                                                  \
    X(PeersTitle, "peers.title", "Where teams stand among their peers")                                                \
    X(PeersIntro, "peers.intro", "For an organiser who brings several teams together. Add each team's file, an assessment or a team exercise, and see the teams side by side. The files are read in this browser and go nowhere; what you can publish holds only totals, never one team's levels.") \
    X(PeersAddFiles, "peers.add_files", "Add teams' files")                                                            \
    X(PeersDropHint, "peers.drop_hint", "You can also drop many files at once anywhere on this page. Each team counts once, with its newest file.") \
    X(PeersNotCounted, "peers.not_counted", "Some files were not counted")                                             \
    X(PeersNone, "peers.none", "No team yet. Add the files the teams gave you.")                                       \
    X(PeersShowNames, "peers.show_names", "Show team names")                                                           \
    X(PeersNamesHelp, "peers.names_help", "Off, the teams are Team A, Team B and so on, for a room or a projector. The letters follow the order the files were added.") \
    X(PeersTeamLetter, "peers.team_letter", "Team {letter}")                                                           \
    X(PeersGroupShown, "peers.group_shown", "Peer group")                                                              \
    X(PeersAllTeams, "peers.all_teams", "All teams ({count})")                                                         \
    X(PeersAllTeamsShort, "peers.all_teams_short", "All teams")                                                        \
    X(PeersGroupCount, "peers.group_count", "{group} ({count})")                                                       \
    X(PeersSortLabel, "peers.sort_label", "Order of the teams")                                                        \
    X(PeersSortAdded, "peers.sort_added", "As added")                                                                  \
    X(PeersHeatmapTitle, "peers.heatmap_title", "Each team's level, category by category")                             \
    X(PeersHeatmapHelp, "peers.heatmap_help", "One row per team and one column per category, grouped by dimension and coloured by stage. A team exercise shows its median; an empty square was not answered. Sorting by a dimension puts the highest score in it first.") \
    X(PeersColTeam, "peers.col_team", "Team")                                                                          \
    X(PeersNoLevel, "peers.no_level", "not answered")                                                                  \
    X(PeersLevelsTitle, "peers.levels_title", "How many teams are at each level")                                      \
    X(PeersColCategory, "peers.col_category", "Category")                                                              \
    X(PeersColLevel, "peers.col_level", "Level {level}")                                                               \
    X(PeersColMedian, "peers.col_median", "Median")                                                                    \
    X(PeersScoresTitle, "peers.scores_title", "Scores by dimension")                                                   \
    X(PeersColQ1, "peers.col_q1", "Lower quartile")                                                                    \
    X(PeersColQ3, "peers.col_q3", "Upper quartile")                                                                    \
    X(PeersGroupsTitle, "peers.groups_title", "Peer groups side by side")                                              \
    X(PeersGroupsHelp, "peers.groups_help", "The median score in each dimension, per group. A group of fewer than {min} teams shows no figures.") \
    X(PeersColGroup, "peers.col_group", "Group")                                                                       \
    X(PeersTeamsTitle, "peers.teams_title", "{count, plural, one {The team counted} other {The # teams counted}}")     \
    X(PeersGroupHelp, "peers.group_help", "Give teams a peer group (national, regional, city\xE2\x80\xA6) to compare the groups. Groups stay on this page; they are never published with the teams.") \
    X(PeersGroupField, "peers.group_field", "Peer group")                                                              \
    X(PeersKindTeam, "peers.kind_team", "Team exercise (its medians)")                                                 \
    X(PeersKindAssessment, "peers.kind_assessment", "Assessment")                                                      \
    X(PeersPublishTitle, "peers.publish_title", "Publish a peer benchmark")                                            \
    X(PeersPublishHelp, "peers.publish_help", "The file holds only totals: how many teams are at each level, and the quartiles. A figure from fewer teams than the smallest group below is left out, so no team can be picked out. Each team can open the file next to its own results.") \
    X(PeersPublishGroup, "peers.publish_group", "Only the group shown is published: {group}, {count, plural, one {# team} other {# teams}}.") \
    X(PeersMinGroupLabel, "peers.min_group_label", "Smallest group a figure may come from")                            \
    X(PeersMinGroupChoice, "peers.min_group_choice", "{count} teams")                                                  \
    X(PeersDownloadJson, "peers.download_json", "Download the benchmark (JSON)")                                       \
    X(PeersDownloadCsv, "peers.download_csv", "Download the table (CSV)")                                              \
    X(PeersDownloadHtml, "peers.download_html", "Download the report (HTML)")                                          \
    X(PeersKept, "peers.kept", "The teams' files are kept in this browser until you remove them here. Nothing is sent anywhere.") \
    X(PeersClear, "peers.clear", "Remove all teams")                                                                   \
    X(PeersWrongFile, "peers.wrong_file", "this is a model file, not a team's answers")                                \
    X(PeersCountedToast, "peers.counted_toast", "{count, plural, one {# team counted} other {# teams counted}}")       \
    X(PeersRemovedToast, "peers.removed_toast", "Removed {name}")                                                      \
    X(PeersClearedToast, "peers.cleared_toast", "{count, plural, one {Removed # file} other {Removed # files}}")       \
    X(PeersOpenFailed, "peers.open_failed", "The peer benchmark could not be opened")                                  \
    X(PeersOpenedToast, "peers.opened_toast", "Comparing with {count} peers from {file}")                              \
    X(ComparePeersClosed, "peers.compare_closed", "No longer comparing with peers")                                    \
    X(LegendPeers, "peers.legend_band", "Peers' middle half")                                                          \
    X(PeersThere, "peers.there", "{count} of {n} peers are already at level {level} here")                             \
    X(ComparePeersTitle, "peers.compare_title", "Compared with peers")                                                 \
    X(ComparePeersHelp, "peers.compare_help", "An organiser who brought several teams together can give you a peer benchmark file (ladder-peers). Open it to see where you stand among them. It holds only totals, and nothing of your answers goes into it or leaves this browser.") \
    X(ComparePeersOpen, "peers.compare_open", "Open a peer benchmark")                                                 \
    X(ComparePeersFrom, "peers.compare_from", "{file}: {count} teams. A figure from fewer than {min} teams is not shown.") \
    X(ComparePeersColBand, "peers.compare_col_band", "Peers' middle half")                                             \
    X(ComparePeersColWhere, "peers.compare_col_where", "Where you stand")                                              \
    X(ComparePeersClose, "peers.compare_close", "Stop comparing")                                                      \
    X(PeerBelow, "peers.below", "Below most peers")                                                                    \
    X(PeerLike, "peers.like", "Like most peers")                                                                       \
    X(PeerAhead, "peers.ahead", "Ahead of most peers")                                                                 \
    X(PeerAtOrBelow, "peers.at_or_below", "{count} of {n} peers at your stage or below")                               \
    X(PeerTooFew, "peers.too_few", "Too few peers answered here to say")                                               \
    X(PeerNoScore, "peers.no_score", "No score of yours yet")                                                          \
    X(ShareOfferTextPeers, "share.offer_text_peers", "Someone shared an assessment with you. It joins the teams compared here as one more team; nothing else changes.") \
    X(Downloaded, "toast.downloaded", "Saved {file} to your downloads")                                                  \
    X(EditAnswers, "results.edit", "Change answers")                                                                  \
    X(SavedTitle, "saved.title", "My assessments")                                                                   \
    X(SavedIntro, "saved.intro", "Assessments saved in this browser. Nothing here has left this device.")            \
    X(SavedEmpty, "saved.empty", "No saved assessments yet.")                                                        \
    X(ColTeam, "saved.col_team", "Team")                                                                              \
    X(ColUpdated, "saved.col_updated", "Last changed")                                                               \
    X(ColComplete, "saved.col_complete", "Answered")                                                                  \
    X(ColOverall, "saved.col_overall", "Overall stage")                                                              \
    X(Open, "saved.open", "Open")                                                                                     \
    X(Duplicate, "saved.duplicate", "Duplicate")                                                                      \
    X(Delete, "saved.delete", "Delete")                                                                               \
    X(Compare, "saved.compare", "Compare")                                                                            \
    X(CurrentMarker, "saved.current", "open now")                                                                     \
    X(Deleted, "toast.deleted", "Deleted \"{name}\"")                                                                     \
    X(Undo, "toast.undo", "Undo")                                                                                     \
    X(CompareTitle, "saved.compare_title", "Compare two assessments")                                                \
    X(CompareHelp, "saved.compare_help", "Tick two assessments to see how each dimension changed.")                  \
    X(ColChange, "saved.col_change", "Change")                                                                        \
    X(CopyOf, "saved.copy_of", "{name} (copy)")                                                                           \
    X(SettingsTitle, "settings.title", "Settings")                                                                   \
    X(ThemeTitle, "settings.theme", "Appearance")                                                                    \
    X(ThemeLight, "settings.theme_light", "Light")                                                                   \
    X(ThemeDark, "settings.theme_dark", "Dark")                                                                      \
    X(ThemeContrast, "settings.theme_contrast", "High contrast")                                                     \
    X(ThemeHelp, "settings.theme_help",                                                                               \
      "Ladder starts with your device's setting for dark mode or more contrast; a theme you choose here is "          \
      "remembered in this browser.")                                                                                  \
    X(TextSize, "settings.text_size", "Text size")                                                                   \
    X(TextSizeValue, "settings.text_size_value", "{percent}%")                                                             \
    X(DataTitle, "settings.data", "Data in this browser")                                                            \
    X(DataHelp, "settings.data_help",                                                                                 \
      "Everything you enter is kept in this browser's storage for this page. Clearing it cannot be undone: "         \
      "download anything you want to keep first.")                                                                    \
    X(ClearAll, "settings.clear_all", "Clear all stored data")                                                       \
    X(ClearConfirm, "settings.clear_confirm", "Delete every saved assessment and setting in this browser?")          \
    X(ClearYes, "settings.clear_yes", "Yes, delete everything")                                                      \
    X(Cancel, "common.cancel", "Cancel")                                                                              \
    X(Cleared, "toast.cleared", "All stored data was deleted")                                                       \
    X(AboutTitle, "settings.about", "About")                                                                          \
    X(AboutText, "settings.about_text",                                                                               \
      "Ladder's model grows from a 2018 convening of government digital service teams, written up as a ladder of "   \
      "stages. Text is set in Inter (SIL Open Font License 1.1).")                                                    \
    X(ImportFailed, "error.import_failed", "That file could not be opened")                                          \
    X(FileTooBig, "error.file_too_big", "{file}: the file is over 5 MB, the most Ladder opens.")                        \
    X(ImportFailedKept, "error.import_kept", "Your current assessment has not been changed.")                        \
    X(Imported, "toast.imported", "Opened {file}")                                                                        \
    X(StorageOffTitle, "error.storage_off_title", "This browser is not saving your answers")                        \
    X(StorageReadTitle, "error.storage_read_title", "A saved assessment could not be read")                          \
    X(StorageUnreadable, "error.storage_unreadable",                                                                  \
      "A saved assessment in this browser could not be read and was left as it is. Your other work is safe.")        \
    X(StorageUnavailable, "error.storage_unavailable",                                                                \
      "This browser is not keeping data for this page, so answers will be lost when you close it. "                  \
      "Download your answers to keep them.")                                                                          \
    X(Dismiss, "common.dismiss", "Dismiss")                                                                           \
    X(NavTeam, "nav.team", "Team")                                                                                    \
    X(LegendTeam, "team.legend_team", "Team (median)")                                                                \
    X(LegendBand, "team.legend_band", "Lowest to highest")                                                            \
    X(WelcomeTeamTitle, "welcome.team_title", "Rating as a team?")                                                   \
    X(WelcomeTeamText, "welcome.team_text",                                                                           \
      "Each member rates alone and downloads their answers; then one person brings the files together "             \
      "to see where the team agrees, talk about where it does not, and agree targets and a plan.")                  \
    X(WelcomeTeamButton, "welcome.team_button", "Open the team exercise")                                            \
    X(TeamTitle, "team.title", "Team exercise")                                                                       \
    X(TeamIntro, "team.intro", "Each member rates on their own; bring their files together here to see where you agree, talk about where you do not, and agree a plan for the next 12 months. Everything stays in this browser.") \
    X(TeamStepCollect, "team.step_collect", "{number}  Collect answers")                                                    \
    X(TeamStepDiscuss, "team.step_discuss", "{number}  Discuss")                                                            \
    X(TeamStepPlan, "team.step_plan", "{number}  Agree the plan")                                                           \
    X(TeamStepCollectShort, "team.step_collect_short", "{number}  Answers")                                             \
    X(TeamStepPlanShort, "team.step_plan_short", "{number}  Plan")                                                       \
    X(TeamNameLabel, "team.name", "Team or unit name")                                                                \
    X(TeamRespondentsTitle, "team.respondents", "People in this exercise ({count})")                                       \
    X(TeamNoRespondents, "team.no_respondents", "No answers yet. Ask each member to rate on their own, download their answers from the Results screen and send you the file.") \
    X(TeamCountedOnce, "team.counted_once", "The same file as one added earlier: counted once.")                       \
    X(TeamReplacedNote, "team.replaced_note", "An earlier file from this person: their newer file is counted instead.") \
    X(TeamRemove, "team.remove", "Remove")                                                                            \
    X(TeamNotAdded, "team.not_added", "Some files were not added")                                                    \
    X(TeamAddFiles, "team.add_files", "Add answer files")                                                             \
    X(TeamAddSaved, "team.add_saved", "Add from this browser")                                                        \
    X(TeamHideSaved, "team.hide_saved", "Hide this browser's assessments")                                            \
    X(TeamDropHint, "team.drop_hint", "You can also drop several files at once anywhere on this page.")               \
    X(TeamAdd, "team.add", "Add")                                                                                     \
    X(TeamAdded, "team.added", "Added")                                                                               \
    X(TeamNoSaved, "team.no_saved", "No assessments are saved in this browser yet.")                                  \
    X(TeamAgreementTitle, "team.agreement_title", "How much you agree")                                               \
    X(TeamNextDiscuss, "team.next_discuss", "Next: discuss")                                                          \
    X(TeamNothingYet, "team.nothing_yet", "Add the members' answers first.")                                          \
    X(TeamGoCollect, "team.go_collect", "Collect answers")                                                            \
    X(TeamHideRatings, "team.hide_ratings", "Hide individual ratings until revealed")                                 \
    X(TeamHideRatingsHelp, "team.hide_ratings_help", "For a facilitator: the room talks about each category before seeing how everyone rated it.") \
    X(TeamProjector, "team.projector", "Projector view")                                                              \
    X(TeamAlphaSentence, "team.alpha_sentence", "Agreement {alpha} (Krippendorff's alpha): {meaning}")              \
    X(TeamAlphaHelp, "team.alpha_help", "1 means everyone chose the same levels; 0 means no more agreement than chance. From 0.8 up, a team sees things much the same way.") \
    X(TeamAgreeClose, "team.agree_close", "the team sees its situation much the same way.")                        \
    X(TeamAgreeBroad, "team.agree_broad", "the team broadly agrees, with a few differences worth a conversation.") \
    X(TeamAgreeMixed, "team.agree_mixed", "the team sees several things differently: talk about the disagreements first.") \
    X(TeamAgreeFar, "team.agree_far", "the team sees its situation very differently: agree on the facts before agreeing on targets.") \
    X(TeamAgreeUnknown, "team.agree_unknown", "Agreement cannot be measured yet: {reason}.")                        \
    X(TeamAgreeTable, "team.agree_table", "Agreement per dimension")                                               \
    X(TeamColAlpha, "team.col_alpha", "Alpha")                                                                      \
    X(TeamColInShort, "team.col_in_short", "In short")                                                              \
    X(TeamShortClose, "team.short_close", "Much the same")                                                          \
    X(TeamShortBroad, "team.short_broad", "Broadly agree")                                                          \
    X(TeamShortMixed, "team.short_mixed", "Several differences")                                                    \
    X(TeamShortFar, "team.short_far", "Far apart")                                                                  \
    X(TeamShortUnknown, "team.short_unknown", "Not measurable yet")                                                 \
    X(TeamNotesCount, "team.notes_count", "{count, plural, one {# note} other {# notes}}")                          \
    X(TeamNoteNamed, "team.note_named", "{name}, level {level}: {note}")                                            \
    X(TeamNoteNamedNoLevel, "team.note_named_no_level", "{name}: {note}")                                           \
    X(TeamNoteAnonymous, "team.note_anonymous", "A member: {note}")                                                 \
    X(TeamAtLevel, "team.at_level", "{count, plural, one {# person at {level}} other {# people at {level}}}")      \
    X(TeamProjectorNames, "team.projector_names", "Show names in the projector view after a reveal")               \
    X(TeamProjectorNamesHelp, "team.projector_names_help", "Names on the dots and the notes help the room ask the people at each end. Untick to keep the projected view anonymous.") \
    X(TeamRevealAll, "team.reveal_all", "Reveal all")                                                                 \
    X(TeamReveal, "team.reveal", "Reveal")                                                                            \
    X(TeamRatingsHidden, "team.ratings_hidden", "{count, plural, one {# rating hidden} other {# ratings hidden}}")                                                 \
    X(TeamRatingHidden, "team.rating_hidden", "1 rating hidden")                                                     \
    X(TeamNobodyAnswered, "team.nobody_answered", "Nobody answered this one")                                        \
    X(TeamFewTitle, "team.few_title", "Too few answers to compare")                                                   \
    X(TeamFewHelp, "team.few_help", "Fewer than two people answered these. Ask whether the question was unclear, or whether nobody knows.")                                                  \
    X(TeamTalkTitle, "team.talk_title", "Talk about these first ({count})")                                                \
    X(TeamTalkHelp, "team.talk_help", "Answers two or more levels apart: ask the people at each end what they see. The dashed line marks the median; each target starts where the members themselves aimed.") \
    X(TeamTalkNone, "team.talk_none", "No category has answers two or more levels apart.")                            \
    X(TeamTalkThis, "team.talk_this", "Talk about this one")                                                          \
    X(TeamAgreeTitle, "team.agree_title", "Where you broadly agree")                                                  \
    X(TeamAgreeHelp, "team.agree_help", "Answers at most one level apart.")            \
    X(TeamAnsweredBy, "team.answered_by", "{count} answered")                                                              \
    X(TeamSpread, "team.spread", "{spread, plural, =0 {All on one level} one {# level apart} other {# levels apart}}")                                                                   \
    X(TeamMedianIs, "team.median_is", "median {median}")                                                                    \
    X(TeamMedianHeading, "team.median_heading", "Median {median}")                                                       \
    X(TeamNotAnswered, "team.not_answered", "{count} did not answer")                                                      \
    X(TeamTargetLabel, "team.target_label", "Target")                                                                 \
    X(TeamTargetName, "team.target_name", "Target for {category}: {level}, {status}")                                                    \
    X(TeamTargetAgreed, "team.target_agreed", "agreed")                                                               \
    X(TeamTargetFromMedian, "team.target_from_median", "where the members aimed")                                      \
    X(TeamTargetReset, "team.target_reset", "Back to where the members aimed")                                                     \
    X(TeamNextPlan, "team.next_plan", "Next: agree the plan")                                                         \
    X(TeamRadarTitle, "team.radar_title", "The team now and the targets it agreed")                                   \
    X(TeamStage, "team.stage", "Team stage")                                                                          \
    X(TeamColTeam, "team.col_team", "Team")                                                                           \
    X(TeamColRange, "team.col_range", "Range")                                                            \
    X(TeamTocTitle, "team.toc_title", "Your theory of change")                                                        \
    X(TeamTocHelp, "team.toc_help", "In a few sentences, say why the steps you chose will take you to your targets. These prompts help:") \
    X(TeamPromptGoal, "team.prompt_goal", "Our goal is\xE2\x80\xA6")                                                           \
    X(TeamPromptBelieve, "team.prompt_believe", "We believe that if we\xE2\x80\xA6, then\xE2\x80\xA6")                                  \
    X(TeamPromptCapabilities, "team.prompt_capabilities", "The capabilities this needs are\xE2\x80\xA6")                       \
    X(TeamTocStart, "team.toc_start", "Start from the prompts")                                                       \
    X(TeamTocTemplate, "team.toc_template", "Our goal is \n\nWe believe that if we , then \n\nThe capabilities this needs are ") \
    X(TeamTocLabel, "team.toc_label", "Theory of change")                                                             \
    X(TeamStepsTitle, "team.steps_title", "Next steps towards your targets")                                          \
    X(TeamNoSteps, "team.no_steps", "No target is above the team's level yet. Raise a target on the Discuss step to see the steps it takes.") \
    X(TeamTakeAway, "team.take_away", "Take it away")                                                                 \
    X(TeamTakeAwayHelp, "team.take_away_help", "The report has the disagreements, everyone's ratings, the targets, the next steps and your theory of change. The team file opens again in Ladder on another computer.") \
    X(TeamReportHtml, "team.report_html", "Team report (HTML)")                                                       \
    X(TeamReportCsv, "team.report_csv", "Team report (CSV)")                                                          \
    X(TeamSaveFile, "team.save_file", "Save the team file")                                                           \
    X(TeamNew, "team.new", "Start a new team exercise")                                                               \
    X(TeamProjectorOf, "team.projector_of", "Category {number} of {total}")                                                      \
    X(TeamProjectorClose, "team.projector_close", "Leave projector view")                                             \
    X(TeamProjectorPrev, "team.projector_prev", "Previous")                                                           \
    X(TeamProjectorNext, "team.projector_next", "Next")                                                               \
    X(TeamAddedToast, "team.added_toast", "Added {name}")                                                                 \
    X(TeamReplacedToast, "team.replaced_toast", "{name}: this newer file replaces the one added before")                  \
    X(TeamOlderToast, "team.older_toast", "{name}: this file is older than the one already added, so it is not counted") \
    X(TeamSameToast, "team.same_toast", "{name} is already in the exercise: counted once")                               \
    X(TeamRemovedToast, "team.removed_toast", "Removed {name}")                                                           \
    X(TeamOpened, "team.opened", "Opened the team exercise {file}")                                                       \
    X(TeamNewToast, "team.new_toast", "A new team exercise. The previous one is kept under My assessments.")          \
    X(TeamDeleted, "team.deleted", "Deleted the team exercise {name}")                                                    \
    X(TeamReadTitle, "team.read_title", "A saved team exercise could not be read")                                    \
    X(TeamReadText, "team.read_text", "It was left as it is in this browser; a new team exercise was started. Your other work is safe.") \
    X(TeamsSavedTitle, "saved.teams_title", "Team exercises")                                                         \
    X(TeamsSavedEntry, "saved.teams_entry", "{count, plural, one {# person} other {# people}}")                                                              \
    X(UnnamedExercise, "team.unnamed", "Unnamed team exercise")                                                       \
    X(RespondentN, "team.respondent_n", "Respondent {number}")                                                            \
    X(TeamWrongFile, "team.wrong_file", "this is a model file, not a member's answers")                               \
    X(Close, "common.close", "Close")                                                                                 \
    X(NavLabel, "a11y.nav", "Sections")                                                                               \
    X(QuestionsNav, "a11y.questions", "Questions")                                                                    \
    X(LevelsGroup, "a11y.levels", "Level chosen for this question")                                                  \
    X(SideAnswered, "a11y.side_answered", "Answered: level {level}")                                                 \
    X(SideDontKnow, "a11y.side_dont_know", "Answered: don't know")                                                   \
    X(SideUnanswered, "a11y.side_unanswered", "Not answered yet")                                                    \
    X(RungsAlt, "a11y.rungs", "Stage {number} of {total} on the ladder: {stage}")                                    \
    X(RadarAlt, "a11y.radar", "Radar chart of the score on each dimension, 0 to 3. {values}")                      \
    X(RadarValue, "a11y.radar_value", "{dimension}: {score}, target {target}")                                       \
    X(RadarNoScore, "a11y.radar_no_score", "{dimension}: not rated")                                              \
    X(Notification, "a11y.notification", "Notification")                                                             \
    X(TitleSuffix, "a11y.title", "{screen} - Ladder")                                                                \
    X(KeysTitle, "settings.keys", "Keyboard")                                                                         \
    X(KeysColKey, "settings.keys_key", "Keys")                                                                        \
    X(KeysColWhat, "settings.keys_what", "What they do")                                                              \
    X(KeysTab, "settings.keys_tab", "Tab, Shift+Tab")                                                                 \
    X(KeysTabWhat, "settings.keys_tab_what", "Move to the next or the previous control, in reading order")           \
    X(KeysEnter, "settings.keys_enter", "Enter, Space")                                                               \
    X(KeysEnterWhat, "settings.keys_enter_what", "Press the focused button, or tick the focused box")                \
    X(KeysArrows, "settings.keys_arrows", "Arrow keys")                                                               \
    X(KeysArrowsWhat, "settings.keys_arrows_what", "Choose among the levels or targets of a question; elsewhere, move to the nearest control in that direction") \
    X(KeysDigits, "settings.keys_digits", "0, 1, 2, 3")                                                               \
    X(KeysDigitsWhat, "settings.keys_digits_what", "On a question, choose that level")                               \
    X(KeysEscape, "settings.keys_escape", "Escape")                                                                   \
    X(KeysEscapeWhat, "settings.keys_escape_what", "Close the menu or leave the projector view")                   \
    X(KeysClicker, "settings.keys_clicker", "Page Down, Page Up, R")                                                  \
    X(KeysClickerWhat, "settings.keys_clicker_what", "In the projector view: the next or the previous category, and reveal the ratings (a presentation clicker sends the first two)") \
    /* Languages: each is named in itself (web/app/language.cpp), so only these are here. */                       \
    X(FileReadAs, "files.read_as", "{file}: {notice}.")                                                              \
    X(LanguageLabel, "language.label", "Language")                                                                  \
    X(LanguageFailedTitle, "language.failed_title", "The texts in {language} could not be loaded")                  \
    X(LanguageFailedText, "language.failed_text", "The page stays in the language it was in; nothing else changed. Try again from the language menu.") \
    X(ModelPartlyTranslated, "settings.model_partly_translated",                                                    \
      "{count, plural, one {# text of the model in use has no version in this language; it is shown in English.} " \
      "other {# texts of the model in use have no version in this language; they are shown in English.}}") \
    X(StorageFullTitle, "error.storage_full_title", "This browser's storage for Ladder is full") \
    X(StorageFull, "error.storage_full", "Your latest changes are kept only while this page stays open. Download your answers to keep them, or delete work you no longer need in My assessments to make room.") \
    X(DownloadWork, "storage.download_work", "Download my answers") \
    X(DownloadTeamWork, "storage.download_team", "Download the team exercise") \
    X(DownloadStoredText, "storage.download_stored", "Download its text") \
    X(StorageUnreadableNamed, "error.storage_unreadable_named", "The saved assessment “{name}” could not be read ({problem}). It was left as it is in this browser: download its text to keep it or to mend it, then open the file.") \
    X(ConflictTitle, "conflict.title", "Changed in another tab") \
    X(ConflictText, "conflict.text", "{count, plural, one {# answer here differs from the version another tab of this browser has just saved.} other {# answers here differ from the version another tab of this browser has just saved.}} Nothing is lost: this tab saves nothing until you choose, for each one, which to keep.") \
    X(ConflictDetailsText, "conflict.details_text", "The team name, your name or the theory of change differ from the version another tab of this browser has just saved. Nothing is lost: this tab saves nothing until you choose.") \
    X(ConflictDeleted, "conflict.deleted", "Another tab of this browser deleted this assessment, or all stored data. This tab still has it: keep it, or let it go as well.") \
    X(ConflictTeamText, "conflict.team_text", "Another tab of this browser has just saved a different version of this team exercise, or deleted it. Nothing is lost: this tab saves nothing until you choose which version to keep.") \
    X(ConflictThisTab, "conflict.this_tab", "This tab: {answer}") \
    X(ConflictOtherTab, "conflict.other_tab", "Other tab: {answer}") \
    X(ConflictDetails, "conflict.details", "Names and theory of change") \
    X(ConflictDiffers, "conflict.differs", "differs") \
    X(ConflictKeepChosen, "conflict.keep_chosen", "Keep the answers chosen") \
    X(ConflictKeepMine, "conflict.keep_mine", "Keep this tab's version") \
    X(ConflictKeepTheirs, "conflict.keep_theirs", "Use the other tab's version") \
    X(ConflictLetGo, "conflict.let_go", "Let it go here too") \
    X(ConflictTookTheirs, "conflict.took_theirs", "This tab now has the other tab's version") \
    X(ConflictKeptMine, "conflict.kept_mine", "This tab's version was saved") \
    X(ConflictCombined, "conflict.combined", "The answers chosen were saved") \
    X(NotSavedFull, "toast.not_saved_full", "Not saved: this browser's storage is full (see the message at the top)") \
    X(NotSavedOff, "toast.not_saved_off", "Not saved: this browser is not keeping data for this page (see the message at the top)") \
    X(TooManyFiles, "files.too_many", "{count} files came at once; Ladder reads at most {limit} at a time. The first {limit} were read: add the others in another go.") \
    /* The page's own HTML (shell/index.html), read before the program runs or when it cannot: */ \
    /* shell/build-site.mjs writes these into the page; the program never draws them. */          \
    X(PageLoading, "page.loading", "Loading Ladder…")                                                                \
    X(PageNeedsScript, "page.needs_script", "Ladder needs JavaScript to run. Nothing you enter is sent anywhere: it all stays in this browser.") \
    X(PageNoWasm, "page.no_wasm", "This browser cannot run WebAssembly, which Ladder needs. Please use a current version of Firefox, Chrome, Edge or Safari.") \
    X(PageNoWebgl, "page.no_webgl", "This browser has WebGL 2 turned off or does not support it, and Ladder needs it to draw. Please use a current browser, or turn on hardware acceleration.") \
    X(PageNoProgram, "page.no_program", "Ladder could not load its program. Check the connection, then reload the page.") \
    X(PageCouldNotStart, "page.could_not_start", "Ladder could not start. Reload the page to try again.")            \
    X(PageStopped, "page.stopped", "Ladder stopped unexpectedly. Your answers saved in this browser are untouched: download them, then reload the page.") \
    X(PageDownloadSaved, "page.download_saved", "{count, plural, one {Download my answers (# file)} other {Download my answers (# files)}}") \
    X(PageReload, "page.reload", "Reload Ladder")

enum class S : int {
#define LADDER_UI_STRING_ENUM(name, id, en) name,
    LADDER_UI_STRINGS(LADDER_UI_STRING_ENUM)
#undef LADDER_UI_STRING_ENUM
        Count
};

// The text of a string in the current UI language; English where that language lacks it.
const char* tr(S id);

// The current UI language ("en" until set_language) and switching it: `strings` are the
// language's texts by stable id (from web/ui/catalogue/lang/<lang>.json). A text whose
// placeholders differ from the English, or an unknown id, is left out (English is shown) and
// its id returned. "en" goes back to the built-in English. Plural forms follow the language.
const std::string& language();
std::vector<std::string> set_language(const std::string& lang, const std::vector<std::pair<std::string, std::string>>& strings);
// Numbers and dates on screen are written for the locale in use (es-AR "2,5", es-MX "2.5";
// "29 de noviembre de 2026"), set with the language (web/app/language.cpp).
void set_locale(const Locale& locale);
// `value` with exactly `decimals` decimals; `sign` writes + before a positive one.
std::string number(double value, int decimals, bool sign = false);
// A date from "2026-11-29" or a timestamp starting with it; anything else as it is.
std::string date(const std::string& iso);
// The stable id ("welcome.title"), for translators and tests.
const char* string_id(S id);

// The placeholder machinery is the core's (core/message_format.h); these are its names here, so
// screens write ui::Arg and tests ui::plural_category as before.
using ladder::Arg;
using ladder::placeholder_names;
using ladder::plural_category;
using ladder::PluralCategory;

// A catalogue string with its {name} placeholders filled in, plurals by the UI's language. A
// placeholder without a value stays as it is, visibly, rather than reading memory that is not
// there.
std::string fmt(S id, std::initializer_list<Arg> args);
// Any text filled the same way, plurals by the UI's language.
std::string fill_placeholders(std::string_view text, std::initializer_list<Arg> args);

}  // namespace ladder::ui
