// What a user (or the JavaScript API) can ask the app to do. Screens return these; apply()
// in app.h carries them out. Each intent is a small struct, so the compiler checks both the
// fields a screen fills in and that apply() handles every kind.
//
// The rules that differ per intent are stated here, next to each intent, and nowhere else:
//   kEditsAssessment  the open assessment changes: it is dated now and saved
//   kKeepsUndo        an Undo on offer stays offered (looking around is not a new action)
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "state.h"

namespace ladder::app {

enum Rules : unsigned { kNoRules = 0, kEditsAssessment = 1u << 0, kKeepsUndo = 1u << 1 };

enum class FileKind { Json, Csv, Html };
const char* extension(FileKind kind);  // "json", "csv", "html"

namespace intent {

// Moving around.
struct Go { static constexpr unsigned rules = kKeepsUndo; Screen screen; };
struct SelectCategory { static constexpr unsigned rules = kNoRules; int index; };
struct DismissError { static constexpr unsigned rules = kKeepsUndo; };
struct ToggleAllSteps { static constexpr unsigned rules = kKeepsUndo; };

// Opening and starting assessments.
// A field left empty (nullopt) keeps its text: two fields edited in one frame are two intents.
struct EditStartDetails { static constexpr unsigned rules = kKeepsUndo; std::optional<std::string> team, respondent; };
struct StartNew { static constexpr unsigned rules = kNoRules; };  // from the start details
struct OpenSaved { static constexpr unsigned rules = kNoRules; std::string id; };
struct OpenExample { static constexpr unsigned rules = kNoRules; };
struct Import { static constexpr unsigned rules = kNoRules; };  // the file picker; a model file is imported too
struct UseDefaultModel { static constexpr unsigned rules = kNoRules; };
struct UseOffline { static constexpr unsigned rules = kKeepsUndo; };

// Answering.
struct SetLevel { static constexpr unsigned rules = kEditsAssessment; std::string category; std::optional<int> level; };
struct SetDontKnow { static constexpr unsigned rules = kEditsAssessment; std::string category; bool dont_know; };
struct SetTarget { static constexpr unsigned rules = kEditsAssessment; std::string category; std::optional<int> level; };
struct EditNote { static constexpr unsigned rules = kEditsAssessment; std::string category, text; };

// Results.
struct Download { static constexpr unsigned rules = kKeepsUndo; FileKind kind; };
struct Print { static constexpr unsigned rules = kKeepsUndo; };
struct CopySummary { static constexpr unsigned rules = kKeepsUndo; };
struct Share { static constexpr unsigned rules = kKeepsUndo; };  // embedded: the summary to the partner page
// Sharing as a link (share.cpp): make one for the open assessment, copy it; open or set aside
// an assessment that came in a link.
struct MakeShareLink { static constexpr unsigned rules = kKeepsUndo; };
struct CopyShareLink { static constexpr unsigned rules = kKeepsUndo; };
struct OpenShared { static constexpr unsigned rules = kNoRules; };
struct DismissShared { static constexpr unsigned rules = kKeepsUndo; };

// My assessments.
struct Duplicate { static constexpr unsigned rules = kNoRules; std::string id; };
struct Delete { static constexpr unsigned rules = kKeepsUndo; std::string id; };
struct DeleteTeam { static constexpr unsigned rules = kKeepsUndo; std::string id; };
struct Undo { static constexpr unsigned rules = kKeepsUndo; };
struct ToggleCompare { static constexpr unsigned rules = kKeepsUndo; std::string id; };
// A stored entry that could not be read, as the text it holds (nothing is changed).
struct DownloadStored { static constexpr unsigned rules = kKeepsUndo; std::string id; bool team = false; };
// After a storage failure: the open assessment (and the team exercise, if one is open) as files.
struct DownloadWork { static constexpr unsigned rules = kKeepsUndo; };

// Another tab wrote what this one has open (TabConflict).
enum class Keep { Mine, Theirs, Chosen };
struct ConflictPick { static constexpr unsigned rules = kKeepsUndo; std::string category; bool theirs; };  // "" = the details
struct ResolveConflict { static constexpr unsigned rules = kNoRules; Keep keep; };

// Settings.
struct SetTheme { static constexpr unsigned rules = kKeepsUndo; ThemeKind theme; };
struct SetLanguage { static constexpr unsigned rules = kKeepsUndo; std::string lang; };  // "en", "es", "fr", "et"
struct SetTextSize { static constexpr unsigned rules = kKeepsUndo; int percent; };
struct AskClearAll { static constexpr unsigned rules = kKeepsUndo; };
struct CancelClearAll { static constexpr unsigned rules = kKeepsUndo; };
struct ClearAll { static constexpr unsigned rules = kNoRules; };

// The team exercise.
struct TeamStep { static constexpr unsigned rules = kKeepsUndo; int step; };  // 0..2
struct TeamAddFiles { static constexpr unsigned rules = kNoRules; };        // the file picker, several files
struct TeamToggleSaved { static constexpr unsigned rules = kKeepsUndo; };   // this browser's assessments
struct TeamAddSaved { static constexpr unsigned rules = kNoRules; std::string id; };
struct TeamRemove { static constexpr unsigned rules = kKeepsUndo; int index; };  // offers its own Undo
struct TeamSetTarget { static constexpr unsigned rules = kNoRules; std::string category; std::optional<int> level; };
struct EditTeamName { static constexpr unsigned rules = kNoRules; std::string text; };
struct EditTheoryOfChange { static constexpr unsigned rules = kNoRules; std::string text; };
struct StartFromPrompts { static constexpr unsigned rules = kNoRules; };  // the prompts into an empty theory of change
struct TeamHideRatings { static constexpr unsigned rules = kNoRules; bool hide; };
struct TeamReveal { static constexpr unsigned rules = kNoRules; std::string category; };  // empty: all
struct TeamProjector { static constexpr unsigned rules = kKeepsUndo; bool on; };
struct TeamProjectorGo { static constexpr unsigned rules = kKeepsUndo; int position; };  // in the discussion order
struct TeamProjectorNames { static constexpr unsigned rules = kKeepsUndo; bool on; };
struct TeamDownload { static constexpr unsigned rules = kKeepsUndo; FileKind kind; };
struct TeamPrint { static constexpr unsigned rules = kKeepsUndo; };
struct TeamNew { static constexpr unsigned rules = kNoRules; };
struct OpenTeam { static constexpr unsigned rules = kNoRules; std::string id; };
struct DismissTeamProblems { static constexpr unsigned rules = kKeepsUndo; };

// The convening view (peers.cpp).
struct PeersAddFiles { static constexpr unsigned rules = kNoRules; };           // the file picker, several files
struct PeersRemove { static constexpr unsigned rules = kKeepsUndo; int index; };  // an input; offers its own Undo
struct PeersClear { static constexpr unsigned rules = kKeepsUndo; };             // every team; offers its own Undo
struct PeersNames { static constexpr unsigned rules = kKeepsUndo; bool on; };
struct PeersSort { static constexpr unsigned rules = kKeepsUndo; int dimension; };  // -1: as added
struct PeersSetGroup { static constexpr unsigned rules = kNoRules; int index; std::string group; };
struct PeersShowGroup { static constexpr unsigned rules = kKeepsUndo; std::string group; };  // "": all teams
struct PeersMinGroup { static constexpr unsigned rules = kKeepsUndo; int min_group; };
struct PeersDownload { static constexpr unsigned rules = kKeepsUndo; FileKind kind; };
struct PeersPrint { static constexpr unsigned rules = kKeepsUndo; };
// A team's side: open a peer benchmark file to compare with (the file picker), or stop.
struct ComparePeersOpen { static constexpr unsigned rules = kKeepsUndo; };
struct ComparePeersClose { static constexpr unsigned rules = kKeepsUndo; };

}  // namespace intent

using Intent = std::variant<
    intent::Go, intent::SelectCategory, intent::DismissError, intent::ToggleAllSteps, intent::EditStartDetails,
    intent::StartNew, intent::OpenSaved, intent::OpenExample, intent::Import, intent::UseDefaultModel, intent::UseOffline,
    intent::SetLevel, intent::SetDontKnow, intent::SetTarget, intent::EditNote, intent::Download, intent::Print,
    intent::CopySummary, intent::Share, intent::Duplicate, intent::Delete, intent::DeleteTeam, intent::Undo,
    intent::ToggleCompare, intent::DownloadStored, intent::DownloadWork, intent::ConflictPick, intent::ResolveConflict,
    intent::SetTheme, intent::SetLanguage, intent::SetTextSize, intent::AskClearAll, intent::CancelClearAll,
    intent::ClearAll, intent::TeamStep, intent::TeamAddFiles, intent::TeamToggleSaved, intent::TeamAddSaved,
    intent::TeamRemove, intent::TeamSetTarget, intent::EditTeamName, intent::EditTheoryOfChange,
    intent::StartFromPrompts, intent::TeamHideRatings, intent::TeamReveal, intent::TeamProjector,
    intent::TeamProjectorGo, intent::TeamProjectorNames, intent::TeamDownload, intent::TeamPrint, intent::TeamNew, intent::OpenTeam,
    intent::DismissTeamProblems, intent::MakeShareLink, intent::CopyShareLink, intent::OpenShared, intent::DismissShared,
    intent::PeersAddFiles, intent::PeersRemove, intent::PeersClear, intent::PeersNames, intent::PeersSort,
    intent::PeersSetGroup, intent::PeersShowGroup, intent::PeersMinGroup, intent::PeersDownload, intent::PeersPrint,
    intent::ComparePeersOpen, intent::ComparePeersClose>;

using Intents = std::vector<Intent>;

// The rules of an intent, whatever its kind.
unsigned rules_of(const Intent& intent);

}  // namespace ladder::app
