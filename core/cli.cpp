#include "cli.h"

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "assessment.h"
#include "model.h"
#include "report.h"
#include "scoring.h"
#include "exercise.h"
#include "locales.h"
#include "messages.h"
#include "peers.h"
#include "team.h"
#include "team_report.h"
#include "text_decode.h"

namespace ladder {
namespace {

constexpr const char* kUsage =
    "usage: ladder-cli <command> [options]\n"
    "\n"
    "commands:\n"
    "  template [--model FILE]                          print a blank assessment\n"
    "  score    [--model FILE] ASSESSMENT               print the result as JSON\n"
    "  merge    [--model FILE] FILE...                  merge several respondents into a team result\n"
    "  compare  [--model FILE] OLDER NEWER              how a team moved between two assessments\n"
    "  validate [MODEL]                                 check a model file: \"ok\" or its problems; with no\n"
    "                                                    file, the built-in model and its es, fr and et\n"
    "                                                    translations (any text missing, with its pointer)\n"
    "  report   [--model FILE] --format html|csv|md ASSESSMENT\n"
    "  report   [--model FILE] --team --format html|csv FILE...   a team report (respondents' files, or\n"
    "                                                    one team exercise saved from the page)\n"
    "  peers    [--model FILE] [--min-group N] [--format json|csv|html] FILE...\n"
    "                                                    a peer benchmark of many teams: aggregates only,\n"
    "                                                    a figure from fewer than N teams (at least 5,\n"
    "                                                    the default) suppressed; each FILE one team's\n"
    "                                                    assessment or team exercise\n"
    "  compare-peers [--model FILE] PEERS-FILE ASSESSMENT-OR-TEAM-FILE\n"
    "                                                    where one team stands against a peer benchmark\n"
    "\n"
    "options:\n"
    "  --model FILE   use this model instead of the built-in digital services model\n"
    "  --lang TAG     language and locale of the output and of the messages, as a BCP-47 tag:\n"
    "                 en (default), es, es-AR, es-MX, fr, fr-CA, et, en-GB...; the language is\n"
    "                 en, es, fr or et for the built-in model and the messages (a custom\n"
    "                 model: its own languages); the region sets how numbers and dates are\n"
    "                 written in reports (es-AR 1.234,5; es-MX 1,234.5)\n"
    "  a FILE of - reads standard input\n"
    "\n"
    "exit codes: 0 ok, 1 invalid input (stderr says which file and where), 2 usage error\n";

struct Options {
    std::string command;
    std::optional<std::string> model_file, format;
    std::string lang = "en";
    bool team = false;  // report --team: a team report from several files
    std::optional<std::string> min_group;  // peers --min-group
    std::vector<std::string> files;
};

struct UsageError {
    std::string message;
};

// Returns nullopt and fills `usage_error` when the arguments do not parse.
std::optional<Options> parse_args(const std::vector<std::string>& args, std::string& usage_error) {
    Options o;
    if (args.empty()) {
        usage_error = message(M::CliNoCommand);
        return std::nullopt;
    }
    o.command = args[0];
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::optional<std::string>& into) {
            if (i + 1 >= args.size()) {
                usage_error = message(M::CliNeedsValue, {{"option", a}});
                return false;
            }
            into = args[++i];
            return true;
        };
        if (a == "--model") {
            if (!value(o.model_file)) return std::nullopt;
        } else if (a == "--format") {
            if (!value(o.format)) return std::nullopt;
        } else if (a == "--min-group") {
            if (!value(o.min_group)) return std::nullopt;
        } else if (a == "--team") {
            o.team = true;
        } else if (a == "--lang") {
            std::optional<std::string> lang;
            if (!value(lang)) return std::nullopt;
            o.lang = *lang;
        } else if (a.size() > 1 && a[0] == '-') {  // "-" alone is standard input
            usage_error = message(M::CliUnknownOption, {{"option", a}});
            return std::nullopt;
        } else {
            o.files.push_back(a);
        }
    }
    return o;
}

// Reads a stream that cannot seek (standard input), stopping just past the size limit.
Result<std::string> read_stream(std::istream& in) {
    std::string text;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > kMaxInputBytes) return Error{"", message(M::ErrorInputTooLarge)};
    }
    return text;
}

Result<std::string> read_file(const std::string& path) {
    if (path == "-") return read_stream(std::cin);
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"", message(M::ErrorCannotOpen)};
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0) return Error{"", message(M::ErrorCannotRead)};
    if (static_cast<std::size_t>(size) > kMaxInputBytes) {
        return Error{"", message(M::ErrorTooLarge, {{"size", static_cast<long long>(size / 1024)}})};
    }
    in.seekg(0, std::ios::beg);
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (!in) return Error{"", message(M::ErrorCannotRead)};
    return text;
}

// A file's bytes decoded to UTF-8 (text_decode.h): Windows-1252 and UTF-16 are converted, with
// a notice for the former; binary and damaged files are refused with the reason.
Result<DecodedText> read_text_file(const std::string& path) {
    auto bytes = read_file(path);
    if (!bytes) return bytes.errors();
    return decode_text(bytes.value());
}

void print_errors(std::ostream& err, const std::string& file, const Errors& errors) {
    for (const auto& e : errors) err << file << ": " << e.to_string() << "\n";
}

class Cli {
public:
    Cli(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

    int run(const std::vector<std::string>& args) {
        if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
            out_ << kUsage;
            return kExitOk;
        }
        std::string usage_error;
        const auto options = parse_args(args, usage_error);
        if (!options) return usage(usage_error);
        const Options& o = *options;
        if (o.command == "validate") return validate(o);
        if (o.command != "template" && o.command != "score" && o.command != "merge" && o.command != "report" &&
            o.command != "compare" && o.command != "peers" && o.command != "compare-peers") {
            return usage(message(M::CliUnknownCommand, {{"command", o.command}}));
        }
        if (o.command == "template" && !o.files.empty()) return usage(message(M::CliTemplateNoFile));
        if (o.team && o.command != "report") return usage(message(M::CliTeamWithReport));
        if ((o.command == "score" || (o.command == "report" && !o.team)) && o.files.size() != 1) {
            return usage(message(M::CliOneAssessment, {{"command", o.command}}));
        }
        if (o.command == "report" && o.team && o.files.empty()) return usage(message(M::CliTeamNeedsFiles));
        if (o.command == "merge" && o.files.empty()) return usage(message(M::CliMergeNeedsFiles));
        if ((o.command == "merge" || o.team) && o.files.size() > kMaxRespondents) {
            return usage(message(M::ErrorTooManyRespondents, {{"count", o.files.size()}, {"limit", kMaxRespondents}}));
        }
        if (o.command == "compare" && o.files.size() != 2) return usage(message(M::CliCompareTwo));
        if (o.command == "compare-peers" && o.files.size() != 2) return usage(message(M::CliComparePeersTwo));
        if (o.command == "peers" && o.files.empty()) return usage(message(M::CliPeersNeedsFiles));
        if (o.command == "peers" && o.files.size() > kMaxPeerTeams) {
            return usage(message(M::ErrorTooManyTeams, {{"count", o.files.size()}, {"limit", kMaxPeerTeams}}));
        }
        if (o.min_group && o.command != "peers") return usage(message(M::CliMinGroupWithPeers));
        int min_group = kMinGroup;
        if (o.min_group) {
            const std::string& v = *o.min_group;
            const bool digits = !v.empty() && v.size() <= 5 && v.find_first_not_of("0123456789") == std::string::npos;
            min_group = digits ? std::stoi(v) : 0;
            if (min_group < kMinGroup) return usage(message(M::CliMinGroup, {{"min", kMinGroup}}));
        }
        std::string peers_format = "json";
        std::optional<ReportFormat> format;
        if (o.command == "peers") {
            if (o.format) peers_format = *o.format;
            if (peers_format != "json" && peers_format != "csv" && peers_format != "html") {
                return usage(message(M::CliUnknownPeersFormat, {{"format", peers_format}}));
            }
        } else if (o.command == "report") {
            if (!o.format) return usage(message(M::CliReportNeedsFormat));
            if (*o.format == "html") format = ReportFormat::Html;
            else if (*o.format == "csv") format = ReportFormat::Csv;
            else if (*o.format == "md" && !o.team) format = ReportFormat::Markdown;
            else return usage(message(M::CliUnknownFormat, {{"format", *o.format}}));
        } else if (o.format) {
            return usage(message(M::CliFormatWithReport));
        }

        std::optional<Model> custom;
        if (o.model_file) {
            auto loaded = load_model_file(*o.model_file);
            if (!loaded) return kExitInvalidInput;
            custom = std::move(*loaded);
        }
        // The default model speaks the languages it has translations for; the others (and a
        // custom model's missing ones) fall back to English, text by text.
        std::optional<Model> translated;
        const std::string lang = language_of(o.lang);
        if (!custom && !default_model_translation_json(lang).empty()) {
            translated = default_model();
            const auto json = parse_json(default_model_translation_json(lang));
            if (!json || !add_model_translation(*translated, lang, json.value())) translated.reset();
        }
        const Model& model = custom ? *custom : translated ? *translated : default_model();

        if (o.command == "template") {
            Assessment blank = blank_assessment(model);
            // A template is copied to everyone in a team: one id in it would make them all one
            // respondent. Filled in by hand, each copy is told apart by its content instead.
            blank.id.clear();
            out_ << dump_json(assessment_to_json(blank), 2) << "\n";
            return kExitOk;
        }
        if (o.command == "merge") return merge(model, o);
        if (o.command == "compare") return compare(model, o);
        if (o.command == "peers") return peers(model, o, min_group, peers_format);
        if (o.command == "compare-peers") return compare_peers(model, o);
        if (o.command == "report" && o.team) return team_report(model, o, *format);
        auto assessment = load_assessment_file(o.files[0], model);
        if (!assessment) return kExitInvalidInput;
        if (o.command == "score") {
            out_ << dump_json(score_to_json(model, score_assessment(model, *assessment, lang), lang), 2) << "\n";
        } else {
            out_ << report(*format, model, *assessment, o.lang);
        }
        return kExitOk;
    }

private:
    int usage(const std::string& message) {
        err_ << "ladder-cli: " << message << "\n\n" << kUsage;
        return kExitUsage;
    }

    // A file of a command that reads one file at a time, as UTF-8 text; its errors, or the
    // notice that it was converted, go to standard error (a notice leaves the exit code as it is).
    std::optional<std::string> read_input(const std::string& path) {
        auto text = read_text_file(path);
        if (!text) {
            print_errors(err_, path, text.errors());
            return std::nullopt;
        }
        if (text.value().notice) err_ << path << ": " << *text.value().notice << "\n";
        return std::move(text.value().text);
    }

    std::optional<Model> load_model_file(const std::string& path) {
        const auto text = read_input(path);
        if (!text) return std::nullopt;
        auto model = load_model(*text);
        if (!model) {
            print_errors(err_, path, model.errors());
            return std::nullopt;
        }
        return std::move(model).value();
    }

    std::optional<Assessment> load_assessment_file(const std::string& path, const Model& model) {
        const auto text = read_input(path);
        if (!text) return std::nullopt;
        auto assessment = read_assessment(*text, model);
        if (!assessment) {
            print_errors(err_, path, assessment.errors());
            return std::nullopt;
        }
        return std::move(assessment).value();
    }

    int validate(const Options& o) {
        if (o.files.size() > 1) return usage(message(M::CliValidateOneFile));
        if (o.model_file) return usage(message(M::CliValidateNoModel));
        if (o.files.empty()) return validate_built_in();
        const auto text = read_input(o.files[0]);
        if (!text) return kExitInvalidInput;
        auto model = load_model(*text);
        if (!model) {
            print_errors(out_, o.files[0], model.errors());
            err_ << o.files[0] << ": " << message(M::ErrorProblemsFound, {{"count", model.errors().size()}}) << "\n";
            return kExitInvalidInput;
        }
        out_ << "ok\n";
        return kExitOk;
    }

    // The built-in model with each of its translations: every text it lacks, with its pointer.
    int validate_built_in() {
        const std::string name = message(M::CliBuiltInModel);
        auto loaded = load_model(default_model_json());
        if (!loaded) {
            print_errors(out_, name, loaded.errors());
            return kExitInvalidInput;
        }
        Model model = std::move(loaded).value();
        std::size_t problems = 0;
        for (const char* lang : {"es", "fr", "et"}) {
            const std::string file = name + " (" + lang + ")";
            auto json = parse_json(default_model_translation_json(lang));
            Errors errors = json ? translation_gaps(model, json.value()) : json.errors();
            if (errors.empty()) {
                const auto added = add_model_translation(model, lang, json.value());
                if (!added) errors = added.errors();
            }
            print_errors(out_, file, errors);
            problems += errors.size();
        }
        if (problems > 0) {
            err_ << name << ": " << message(M::ErrorProblemsFound, {{"count", problems}}) << "\n";
            return kExitInvalidInput;
        }
        out_ << "ok\n";
        return kExitOk;
    }

    int merge(const Model& model, const Options& o) {
        // Files that cannot be merged (another model, malformed, not text) are listed with the
        // reason and the merge goes on with the rest; files read after a conversion are listed
        // with its notice.
        std::vector<Assessment> assessments;
        std::vector<std::string> merged_files;
        Json refused = Json::array(), notices = Json::array();
        for (const auto& file : o.files) {
            auto text = read_text_file(file);
            auto a = text ? read_assessment(text.value().text, model) : Result<Assessment>(text.errors());
            if (text && text.value().notice) {
                err_ << file << ": " << *text.value().notice << "\n";
                notices.push_back({{"file", file}, {"notice", *text.value().notice}});
            }
            if (a) {
                assessments.push_back(std::move(a).value());
                merged_files.push_back(file);
            } else {
                print_errors(err_, file, a.errors());
                refused.push_back({{"file", file}, {"reason", a.error().to_string()}});
            }
        }
        if (assessments.empty()) {
            err_ << "ladder-cli: " << message(M::ErrorNoneMerged) << "\n";
            return kExitInvalidInput;
        }
        const std::string lang = language_of(o.lang);
        const TeamResult team = merge_team(model, assessments, lang);
        for (const auto& d : team.duplicates) {
            const M why = d.reason == DuplicateReason::Newer ? M::ErrorOlderFile : M::ErrorSameRespondent;
            err_ << merged_files[d.index] << ": " << message(why, {{"file", merged_files[d.kept]}}) << "\n";
        }
        Json result = team_to_json(model, team, lang);
        result["files"] = merged_files;
        result["refused"] = std::move(refused);
        result["notices"] = std::move(notices);
        out_ << dump_json(result, 2) << "\n";
        return kExitOk;
    }

    int team_report(const Model& model, const Options& o, ReportFormat format) {
        // Either one team exercise saved from the page (with its targets and theory of
        // change), or the respondents' own files.
        TeamExercise exercise = blank_team_exercise(model);
        for (const auto& file : o.files) {
            auto text = read_text_file(file);
            if (text && text.value().notice) err_ << file << ": " << *text.value().notice << "\n";
            auto json = text ? parse_json(text.value().text) : Result<Json>(text.errors());
            const bool is_team = json && string_member(json.value(), "format") == "ladder-team";
            if (is_team && o.files.size() == 1) {
                auto read = read_team_exercise_json(json.value(), model);
                if (!read) {
                    print_errors(err_, file, read.errors());
                    return kExitInvalidInput;
                }
                exercise = std::move(read).value();
                break;
            }
            auto a = json ? read_assessment_json(json.value(), model) : Result<Assessment>(json.errors());
            if (is_team) a = Error{"/format", message(M::ErrorTeamFileAlone)};
            if (!a) {
                print_errors(err_, file, a.errors());
                return kExitInvalidInput;  // a report states who is in it: no silent gaps
            }
            exercise.respondents.push_back(std::move(a).value());
        }
        const TeamPlan plan = plan_team(model, exercise, language_of(o.lang));
        out_ << (format == ReportFormat::Csv ? team_report_csv(model, exercise, plan, o.lang)
                                             : team_report_html(model, exercise, plan, o.lang));
        return kExitOk;
    }

    // One team from a file of any kind a team brings (an assessment, a team exercise), or
    // its errors; a converted file's notice goes to standard error.
    Result<PeerTeam> read_team_file(const std::string& file, const Model& model, const std::string& lang = "en") {
        auto text = read_text_file(file);
        if (text && text.value().notice) err_ << file << ": " << *text.value().notice << "\n";
        auto json = text ? parse_json(text.value().text) : Result<Json>(text.errors());
        if (!json) return json.errors();
        return read_peer_team(json.value(), model, lang);
    }

    int peers(const Model& model, const Options& o, int min_group, const std::string& format) {
        // Files that cannot be counted are listed with the reason and the rest go on, as in merge.
        std::vector<PeerInput> inputs;
        for (const auto& file : o.files) {
            auto team = read_team_file(file, model);
            if (!team) print_errors(err_, file, team.errors());
            inputs.push_back({file, std::move(team)});
        }
        const PeerBenchmark peers = peer_benchmark(model, inputs, min_group);
        if (peers.teams == 0) {
            err_ << "ladder-cli: " << message(M::ErrorNoneCounted) << "\n";
            return kExitInvalidInput;
        }
        for (const PeerDuplicate& d : peers.duplicates) {
            err_ << d.file << ": " << message(d.newer ? M::ErrorOlderTeamFile : M::ErrorSameTeam, {{"file", d.kept}}) << "\n";
        }
        if (format == "csv") out_ << peers_csv(peers);
        else if (format == "html") out_ << peers_html(model, peers, o.lang);
        else out_ << dump_json(peers_to_json(peers), 2) << "\n";
        return kExitOk;
    }

    int compare_peers(const Model& model, const Options& o) {
        const auto text = read_input(o.files[0]);
        if (!text) return kExitInvalidInput;
        auto json = parse_json(*text);
        auto peers = json ? read_peers_json(json.value(), model) : Result<PeerBenchmark>(json.errors());
        if (!peers) {
            print_errors(err_, o.files[0], peers.errors());
            return kExitInvalidInput;
        }
        auto team = read_team_file(o.files[1], model, language_of(o.lang));
        if (!team) {
            print_errors(err_, o.files[1], team.errors());
            return kExitInvalidInput;
        }
        Json out = peer_comparison_to_json(compare_with_peers(model, peers.value(), team.value().score));
        out["team"] = team.value().name;
        out["peers"] = peers.value().teams;
        out["min_group"] = peers.value().min_group;
        out_ << dump_json(out, 2) << "\n";
        return kExitOk;
    }

    int compare(const Model& model, const Options& o) {
        auto older = load_assessment_file(o.files[0], model);
        auto newer = older ? load_assessment_file(o.files[1], model) : std::nullopt;
        if (!older || !newer) return kExitInvalidInput;
        out_ << dump_json(history_to_json(compare_assessments(model, *older, *newer)), 2) << "\n";
        return kExitOk;
    }

    std::ostream& out_;
    std::ostream& err_;
};

}  // namespace

namespace {

// --lang sets the messages' language for this run (installing its compiled-in translations)
// and puts back the one before when the run ends, so a test calling run_cli leaves no trace.
class MessageLanguageForRun {
public:
    explicit MessageLanguageForRun(const std::vector<std::string>& args) : before_(message_language()) {
        for (std::size_t i = 0; i + 1 < args.size(); ++i) {
            if (args[i] != "--lang") continue;
            const std::string lang = language_of(args[i + 1]);
            install_default_messages(lang);
            set_message_language(lang);
        }
    }
    ~MessageLanguageForRun() { set_message_language(before_); }
    MessageLanguageForRun(const MessageLanguageForRun&) = delete;
    MessageLanguageForRun& operator=(const MessageLanguageForRun&) = delete;

private:
    std::string before_;
};

}  // namespace

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const MessageLanguageForRun language(args);
#if defined(__cpp_exceptions)
    try {
        return Cli(out, err).run(args);
    } catch (const std::exception& e) {
        // The core reports errors as values; this is the last line of defence (e.g. out of memory).
        err << "ladder-cli: internal error: " << e.what() << "\n";
        return kExitInvalidInput;
    }
#else
    return Cli(out, err).run(args);
#endif
}

}  // namespace ladder
