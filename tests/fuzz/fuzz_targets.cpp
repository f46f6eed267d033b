#include "fuzz_targets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "assessment.h"
#include "condition.h"
#include "exercise.h"
#include "json_input.h"
#include "locales.h"
#include "messages.h"
#include "model.h"
#include "peers.h"
#include "report.h"
#include "report_checks.h"
#include "scoring.h"
#include "team.h"
#include "team_report.h"
#include "text_decode.h"

namespace ladder::fuzz {
namespace {

// At most this many files from one input: enough for duplicates and disagreement, few enough
// that one input stays fast.
constexpr std::size_t kMaxFiles = 8;

// The locales the report targets write in: each language the core speaks, and regions whose
// numbers and dates differ.
constexpr const char* kLocales[] = {"en", "en-GB", "es-AR", "es-MX", "fr-CA", "et-EE"};
// The characters OWASP lists as starting a spreadsheet formula; the tainted pass puts one of
// them in front of every user string.
constexpr std::string_view kFormulaStarts = "=+-@\t\r";

[[noreturn]] void fail(const char* target, const std::string& what) {
    std::fprintf(stderr, "\nladder fuzz target %s: %s\n", target, what.c_str());
    std::fflush(stderr);
    std::abort();
}

void require(bool holds, const char* target, const std::string& what) {
    if (!holds) fail(target, what);
}

std::string_view as_bytes(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A refusal must say why, in text the page and the CLI can show as it is.
void check_errors(const char* target, const Errors& errors) {
    require(!errors.empty(), target, "an input was refused without an error");
    for (const Error& e : errors) {
        require(!e.message.empty(), target, "an error without a message at \"" + printable_excerpt(e.location, 60) + "\"");
        require(is_valid_utf8(e.location) && is_valid_utf8(e.message), target,
                "an error that is not valid UTF-8: " + printable_excerpt(e.to_string(), 80));
    }
}

// Pieces of the input between separator bytes, at most kMaxFiles (the rest is ignored).
std::vector<std::string_view> split_files(std::string_view bytes) {
    std::vector<std::string_view> files;
    while (files.size() < kMaxFiles) {
        const std::size_t end = bytes.find(static_cast<char>(kFileSeparator));
        files.push_back(bytes.substr(0, end));
        if (end == std::string_view::npos) break;
        bytes.remove_prefix(end + 1);
    }
    return files;
}

// Reads one file's bytes as an assessment of `model`, as the page and the CLI do.
Result<Assessment> read_assessment_bytes(const char* target, std::string_view bytes, const Model& model) {
    auto json = parse_json_bytes(bytes);
    if (!json) {
        check_errors(target, json.errors());
        return json.errors();
    }
    auto read = read_assessment_json(json.value(), model);
    if (!read) check_errors(target, read.errors());
    return read;
}

// The core's messages in every language the reports can be asked for, installed once.
void install_languages() {
    static const bool installed = [] {
        for (const char* lang : {"es", "fr", "et"}) install_default_messages(lang);
        return true;
    }();
    (void)installed;
}

// The built-in model with its texts in `lang` too, as ladder-cli prepares it; made once per language.
const Model& built_in_model(const std::string& lang) {
    static std::map<std::string, Model> models;
    const auto found = models.find(lang);
    if (found != models.end()) return found->second;
    Model model = default_model();
    if (!default_model_translation_json(lang).empty()) {
        const auto json = parse_json(default_model_translation_json(lang));
        if (!json || !add_model_translation(model, lang, json.value())) fail("setup", "the built-in translation " + lang + " does not load");
    }
    return models.emplace(lang, std::move(model)).first->second;
}

// --- tainting: every string a person controls gets a formula start in front and the marker behind

void taint(std::string& text, char formula) { text = formula + text + std::string(kTaintMarker); }

void taint(LocalizedText& text, char formula) {
    const auto entries = text.entries();
    for (const auto& [lang, value] : entries) {
        std::string tainted = value;
        taint(tainted, formula);
        text.set(lang, std::move(tainted));
    }
}

void taint(Assessment& a, char formula) {
    for (std::string* text : {&a.team, &a.respondent, &a.created, &a.updated, &a.theory_of_change}) taint(*text, formula);
    for (auto& [id, answer] : a.answers) taint(answer.note, formula);
}

void taint(TeamExercise& e, char formula) {
    for (std::string* text : {&e.team, &e.created, &e.updated, &e.theory_of_change}) taint(*text, formula);
    for (Assessment& a : e.respondents) taint(a, formula);
}

// A model's texts are untrusted too: a custom model comes from a file (--model, the page).
// Ids stay as they are, since they key the model's indices.
void taint(Model& m, char formula) {
    taint(m.title, formula);
    taint(m.description, formula);
    for (Stage& s : m.stages) {
        taint(s.title, formula);
        taint(s.summary, formula);
    }
    for (Dimension& d : m.dimensions) {
        taint(d.title, formula);
        taint(d.description, formula);
    }
    for (Category& c : m.categories) {
        for (LocalizedText* text : {&c.title, &c.question}) taint(*text, formula);
        for (LocalizedText& text : c.levels) taint(text, formula);
        for (LocalizedText& text : c.next_steps) taint(text, formula);
        for (LocalizedText& text : c.evidence) taint(text, formula);
    }
    for (Pitfall& p : m.pitfalls) {
        taint(p.title, formula);
        taint(p.text, formula);
    }
}

// --- the reports

void check_html(const char* target, const char* which, const std::string& html, bool tainted) {
    const std::string problem = html_problem(html);
    require(problem.empty(), target, std::string(which) + ": " + problem);
    if (!tainted) return;
    require(html.find(kTaintMarker) == std::string::npos, target, std::string(which) + " holds user text unescaped");
    require(html.find(html_escape(std::string(kTaintMarker))) != std::string::npos, target,
            std::string(which) + " lost the tainted user text (it should appear escaped)");
}

void check_reports(const char* target, const Model& model, const Assessment& a, const std::string& locale, bool tainted) {
    check_html(target, "the HTML report", report_html(model, a, locale), tainted);

    const std::string markdown = report_markdown(model, a, locale);
    const std::string md_problem = markdown_problem(markdown);
    require(md_problem.empty(), target, "the Markdown report: " + md_problem);
    if (tainted) {
        require(markdown.find(kTaintMarker) == std::string::npos, target, "the Markdown report holds user text unescaped");
        require(markdown.find(markdown_escape(std::string(kTaintMarker))) != std::string::npos, target,
                "the Markdown report lost the tainted user text");
    }

    const std::string csv_problem_text = csv_problem(report_csv(model, a, locale), false);
    require(csv_problem_text.empty(), target, "the CSV report: " + csv_problem_text);
}

void check_team_reports(const char* target, const Model& model, const TeamExercise& e, const std::string& locale, bool tainted) {
    const TeamPlan plan = plan_team(model, e, language_of(locale));
    check_html(target, "the team HTML report", team_report_html(model, e, plan, locale), tainted);
    const std::string csv = team_report_csv(model, e, plan, locale);
    const std::string problem = csv_problem(csv, true);
    require(problem.empty(), target, "the team CSV report: " + problem);
    if (tainted) {
        // The theory of change is the last cell: with its formula start neutralised and the
        // marker intact after the CSV quoting.
        std::string ignored;
        const CsvTable table = parse_csv(csv, ignored);
        const std::string& cell = table.records.back().back();
        require(cell.size() > kTaintMarker.size() && cell[0] == '\'' &&
                    std::string_view(cell).substr(cell.size() - kTaintMarker.size()) == kTaintMarker,
                target, "the team CSV report's theory of change is not the tainted text, neutralised");
    }
}

// --- model

// A model that loads must hold together: the reports and the page index with these numbers.
void check_model_indices(const char* target, const Model& m) {
    for (std::size_t i = 0; i < m.stages.size(); ++i) require(m.stages[i].level == static_cast<int>(i), target, "stage out of order");
    for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
        require(m.dimension_index(m.dimensions[d].id) == static_cast<int>(d), target, "dimension index of " + m.dimensions[d].id);
        for (const std::size_t c : m.dimensions[d].categories) {
            require(c < m.categories.size() && m.categories[c].dimension == d, target, "dimension " + m.dimensions[d].id + " lists a category not its own");
        }
    }
    std::size_t listed = 0;
    for (const Dimension& d : m.dimensions) listed += d.categories.size();
    require(listed == m.categories.size(), target, "categories listed by dimensions differ from the categories");
    for (std::size_t c = 0; c < m.categories.size(); ++c) {
        require(m.category_index(m.categories[c].id) == static_cast<int>(c), target, "category index of " + m.categories[c].id);
        require(m.categories[c].dimension < m.dimensions.size(), target, "category " + m.categories[c].id + " has no dimension");
    }
}

// What is saved is read back as the same thing.
void check_round_trip(const char* target, const Model& m, const Assessment& a) {
    const std::string once = dump_json(assessment_to_json(a), 2);
    auto again = read_assessment(once, m);
    if (!again) fail(target, "an assessment written by the core is refused: " + again.error().to_string());
    require(dump_json(assessment_to_json(again.value()), 2) == once, target, "an assessment changes when read back");
}

void check_score(const char* target, const Model& m, const ScoreResult& s) {
    require(s.categories.size() == m.categories.size() && s.dimensions.size() == m.dimensions.size(), target,
            "a score with the wrong number of categories or dimensions");
    require(s.completeness >= 0 && s.completeness <= 1, target, "completeness outside 0..1");
    if (s.overall_score) require(*s.overall_score >= 0 && *s.overall_score <= 3, target, "overall score outside 0..3");
    if (s.overall_stage) require(*s.overall_stage >= 0 && *s.overall_stage < kLevels, target, "overall stage outside 0..3");
    for (const DimensionScore& d : s.dimensions) {
        if (d.score) require(*d.score >= 0 && *d.score <= 3, target, "dimension score outside 0..3");
        require(d.answered >= 0 && d.answered <= d.total, target, "a dimension with more answers than categories");
    }
}

}  // namespace

void fuzz_model(const std::uint8_t* data, std::size_t size) {
    constexpr const char* target = "model";
    install_languages();
    auto json = parse_json_bytes(as_bytes(data, size));
    if (!json) return check_errors(target, json.errors());
    auto loaded = load_model_json(json.value());
    if (!loaded) return check_errors(target, loaded.errors());
    const Model& m = loaded.value();
    check_model_indices(target, m);

    // A blank assessment, and one where every kind of answer occurs.
    const Assessment blank = blank_assessment(m);
    Assessment full = blank;
    full.team = "Team";
    full.respondent = "Ana";
    full.theory_of_change = "Because";
    for (std::size_t i = 0; i < m.categories.size(); ++i) {
        Answer& answer = full.answers[m.categories[i].id];
        answer.level = static_cast<int>(i % kLevels);
        answer.dont_know = i % 5 == 4;
        if (i % 3 == 0) answer.target = std::min(static_cast<int>(i % kLevels) + 1, kLevels - 1);
        answer.note = "note " + m.categories[i].id;
    }
    for (const Assessment* a : std::initializer_list<const Assessment*>{&blank, &full}) {
        check_round_trip(target, m, *a);
        check_score(target, m, score_assessment(m, *a));
    }

    const std::string locale = m.languages.empty() ? "en" : m.languages[size % m.languages.size()];
    TeamExercise team = blank_team_exercise(m);
    team.respondents = {full, blank};
    team.respondents[1].respondent = "Ben";
    team.theory_of_change = "We will";
    check_reports(target, m, full, locale, false);
    check_team_reports(target, m, team, locale, false);

    Model tainted = m;
    const char formula = kFormulaStarts[size % kFormulaStarts.size()];
    taint(tainted, formula);
    taint(full, formula);
    taint(team, formula);
    check_reports(target, tainted, full, locale, true);
    check_team_reports(target, tainted, team, locale, true);
}

void fuzz_assessment(const std::uint8_t* data, std::size_t size) {
    constexpr const char* target = "assessment";
    const Model& m = default_model();
    auto read = read_assessment_bytes(target, as_bytes(data, size), m);
    if (!read) return;
    const Assessment& a = read.value();
    check_round_trip(target, m, a);
    const ScoreResult s = score_assessment(m, a);
    check_score(target, m, s);
    require(is_valid_utf8(dump_json(score_to_json(m, s), 2)), target, "the score's JSON is not valid UTF-8");
    // Nothing changes between an assessment and itself.
    const History h = compare_assessments(m, a, a);
    for (const auto* deltas : {&h.dimensions, &h.categories}) {
        for (const Delta& d : *deltas) require(!d.change || *d.change == 0, target, "an assessment differs from itself at " + d.id);
    }
    require(!h.overall.change || *h.overall.change == 0, target, "an assessment's overall score differs from itself");
    require(is_valid_utf8(dump_json(history_to_json(h), 2)), target, "the comparison's JSON is not valid UTF-8");
}

void fuzz_team_file(const std::uint8_t* data, std::size_t size) {
    constexpr const char* target = "team_file";
    const Model& m = default_model();
    auto json = parse_json_bytes(as_bytes(data, size));
    if (!json) return check_errors(target, json.errors());
    auto read = read_team_exercise_json(json.value(), m);
    if (!read) return check_errors(target, read.errors());
    const TeamExercise& e = read.value();

    const std::string once = dump_json(team_exercise_to_json(e), 2);
    auto again = read_team_exercise(once, m);
    if (!again) fail(target, "a team exercise written by the core is refused: " + again.error().to_string());
    require(dump_json(team_exercise_to_json(again.value()), 2) == once, target, "a team exercise changes when read back");

    const TeamPlan plan = plan_team(m, e);
    require(plan.targets.size() == m.categories.size(), target, "a plan with the wrong number of targets");
    require(plan.band_min.size() == m.dimensions.size() && plan.band_max.size() == m.dimensions.size(), target,
            "a plan with the wrong number of bands");
    for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
        require(plan.band_min[d].has_value() == plan.band_max[d].has_value(), target, "a band with one end");
        if (plan.band_min[d]) require(*plan.band_min[d] <= *plan.band_max[d], target, "a band whose low end is above its high end");
    }
    for (const auto& t : plan.targets) {
        if (t) require(*t >= 0 && *t < kLevels, target, "a target outside 0..3");
    }
    for (const Category& c : m.categories) {
        require(category_notes(e, plan.merged, c.id).size() <= plan.merged.respondents.size(), target,
                "more notes on a category than members");
    }
}

void fuzz_merge(const std::uint8_t* data, std::size_t size) {
    constexpr const char* target = "merge";
    const Model& m = default_model();
    std::vector<Assessment> assessments;
    for (const std::string_view file : split_files(as_bytes(data, size))) {
        auto read = read_assessment_bytes(target, file, m);
        if (read) assessments.push_back(std::move(read).value());
    }
    if (assessments.empty()) return;
    const TeamResult team = merge_team(m, assessments);

    // Every file is counted once or named as a duplicate of one that was.
    require(team.respondents.size() == team.inputs.size(), target, "respondents and their inputs differ in number");
    require(team.respondents.size() + team.duplicates.size() == assessments.size(), target,
            "files neither merged nor listed as duplicates");
    for (std::size_t i = 0; i < team.inputs.size(); ++i) {
        require(team.inputs[i] < assessments.size() && (i == 0 || team.inputs[i - 1] < team.inputs[i]), target,
                "merged inputs out of order");
    }
    for (const Duplicate& d : team.duplicates) {
        require(d.index < assessments.size() && d.kept != d.index &&
                    std::find(team.inputs.begin(), team.inputs.end(), d.kept) != team.inputs.end(),
                target, "a duplicate of a file that was not merged");
        // The same person twice: one id, and the file kept is never the older one.
        const Assessment &left_out = assessments[d.index], &kept = assessments[d.kept];
        require(left_out.id == kept.id, target, "a duplicate with another respondent id");
        require(d.reason != DuplicateReason::Newer || kept.updated > left_out.updated, target, "an older file kept over a newer one");
        require(d.reason != DuplicateReason::Same || kept.updated >= left_out.updated || d.kept < d.index, target,
                "a file kept for being the same that is older and later in the input");
    }
    // Each category's statistics agree with one another.
    require(team.categories.size() == m.categories.size(), target, "statistics for the wrong number of categories");
    for (const CategoryStats& s : team.categories) {
        require(s.n >= 0 && static_cast<std::size_t>(s.n) <= team.respondents.size(), target, s.id + ": more answers than members");
        if (s.n == 0) {
            require(!s.median && !s.mean && !s.min && !s.max && !s.spread && !s.disagreement, target,
                    s.id + ": statistics without answers");
            continue;
        }
        require(s.median && s.mean && s.min && s.max && s.spread, target, s.id + ": answers without statistics");
        require(*s.min >= 0 && *s.max < kLevels && *s.min <= *s.median && *s.median <= *s.max && *s.min <= *s.mean &&
                    *s.mean <= *s.max,
                target, s.id + ": median or mean outside the range of the answers");
        require(*s.spread == *s.max - *s.min && s.disagreement == (*s.spread >= kDisagreementSpread), target,
                s.id + ": spread or disagreement does not match the range");
    }
    check_score(target, m, team.score);
    if (team.agreement.value) {
        require(std::isfinite(*team.agreement.value) && *team.agreement.value <= 1, target, "agreement alpha above 1 or not finite");
    }
    for (const Alpha& alpha : team.agreement_by_dimension) {
        if (alpha.value) require(std::isfinite(*alpha.value) && *alpha.value <= 1, target, "a dimension's alpha above 1 or not finite");
    }
    std::vector<std::size_t> order = discussion_order(team);
    std::sort(order.begin(), order.end());
    for (std::size_t k = 0; k < order.size(); ++k) require(order[k] == k, target, "the discussion order is not every category once");
    require(order.size() == m.categories.size(), target, "the discussion order is not every category once");
    require(is_valid_utf8(dump_json(team_to_json(m, team), 2)), target, "the team's JSON is not valid UTF-8");
    if (assessments.size() >= 2) {
        require(is_valid_utf8(dump_json(history_to_json(compare_assessments(m, assessments.front(), assessments.back())), 2)),
                target, "the comparison's JSON is not valid UTF-8");
    }
}

void fuzz_reports(const std::uint8_t* data, std::size_t size) {
    constexpr const char* target = "reports";
    install_languages();
    const std::string locale = kLocales[size % std::size(kLocales)];
    const Model& m = built_in_model(language_of(locale));
    const std::vector<std::string_view> files = split_files(as_bytes(data, size));

    // A team file given alone is read as one (as `ladder-cli report --team` does); otherwise
    // every file that reads as an assessment joins the team.
    TeamExercise team = blank_team_exercise(m);
    bool team_file = false;
    if (files.size() == 1) {
        auto json = parse_json_bytes(files.front());
        if (json && string_member(json.value(), "format") == "ladder-team") {
            auto read = read_team_exercise_json(json.value(), m);
            if (!read) return check_errors(target, read.errors());
            team = std::move(read).value();
            team_file = true;
        }
    }
    if (!team_file) {
        for (const std::string_view file : files) {
            auto read = read_assessment_bytes(target, file, m);
            if (read) team.respondents.push_back(std::move(read).value());
        }
        if (team.respondents.empty()) return;
    }

    for (const bool tainted : {false, true}) {
        if (tainted) taint(team, kFormulaStarts[size % kFormulaStarts.size()]);
        // Three members' own reports are enough to cover every path; the team report has them all.
        for (std::size_t i = 0; i < team.respondents.size() && i < 3; ++i) {
            check_reports(target, m, team.respondents[i], locale, tainted);
        }
        check_team_reports(target, m, team, locale, tainted);
    }
}

namespace {

Tristate negation(Tristate t) {
    return t == Tristate::Unknown ? t : t == Tristate::True ? Tristate::False : Tristate::True;
}

const char* name_of(Tristate t) { return t == Tristate::True ? "true" : t == Tristate::False ? "false" : "unknown"; }

// A number for an id that depends on the input, so different inputs see different scores:
// FNV-1a over the id, mixed with the input's seed.
std::uint64_t mix(const std::string& id, std::uint64_t seed) {
    std::uint64_t h = 1469598103934665603ull ^ seed;
    for (const char c : id) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

// Checks one parsed condition against Kleene's logic, with scores made up from `seed`:
//   - with every score known the answer is true or false, never unknown;
//   - with none known it is unknown (no condition holds on nothing);
//   - with some known, a definite answer stays the same once the rest become known;
//   - {"not": c} always gives the negation of c.
void check_evaluation(const char* target, const Condition& condition, std::uint64_t seed) {
    const auto dimension = [seed](const std::string& id) { return static_cast<double>(mix(id, seed) % 7) / 2.0; };  // 0, 0.5 .. 3
    const auto category = [seed](const std::string& id) { return static_cast<double>(mix(id, seed) % 4); };       // 0 .. 3
    const auto known_here = [seed](const std::string& id) { return (mix(id, seed ^ 0x9e3779b97f4a7c15ull) & 1) != 0; };
    const double overall = static_cast<double>(seed % 31) / 10.0;  // 0 .. 3

    ConditionInputs all;
    all.dimension_score = [&](const std::string& id) -> std::optional<double> { return dimension(id); };
    all.category_level = [&](const std::string& id) -> std::optional<double> { return category(id); };
    all.overall_score = overall;
    ConditionInputs none;
    none.dimension_score = [](const std::string&) -> std::optional<double> { return std::nullopt; };
    none.category_level = none.dimension_score;
    ConditionInputs some;
    some.dimension_score = [&](const std::string& id) -> std::optional<double> {
        return known_here(id) ? std::optional<double>(dimension(id)) : std::nullopt;
    };
    some.category_level = [&](const std::string& id) -> std::optional<double> {
        return known_here(id) ? std::optional<double>(category(id)) : std::nullopt;
    };
    if (seed & 2) some.overall_score = overall;

    Condition negated;
    negated.kind = Condition::Kind::Not;
    negated.children.push_back(condition);

    const Tristate with_all = evaluate(condition, all), with_none = evaluate(condition, none), with_some = evaluate(condition, some);
    require(with_all != Tristate::Unknown, target, "unknown although every score is known");
    require(with_none == Tristate::Unknown, target, std::string("answers ") + name_of(with_none) + " although nothing is known");
    require(with_some == Tristate::Unknown || with_some == with_all, target,
            std::string("answers ") + name_of(with_some) + " on some scores and " + name_of(with_all) + " once all are known");
    for (const ConditionInputs* inputs : {&all, &none, &some}) {
        require(evaluate(negated, *inputs) == negation(evaluate(condition, *inputs)), target, "\"not\" is not the negation");
    }
}

}  // namespace

void fuzz_condition(const std::uint8_t* data, std::size_t size) {
    constexpr const char* target = "condition";
    auto json = parse_json_bytes(as_bytes(data, size));
    if (!json) return check_errors(target, json.errors());
    const Json& document = json.value();

    // A model file gives its pitfalls' conditions (so the model fixtures seed this target);
    // anything else is one condition.
    std::vector<std::pair<const Json*, std::string>> conditions;
    const auto pitfalls = document.is_object() ? document.find("pitfalls") : document.end();
    if (document.is_object() && pitfalls != document.end() && pitfalls->is_array()) {
        for (std::size_t i = 0; i < pitfalls->size(); ++i) {
            const Json& pitfall = (*pitfalls)[i];
            if (!pitfall.is_object()) continue;
            const auto when = pitfall.find("when");
            if (when != pitfall.end()) conditions.emplace_back(&*when, "/pitfalls/" + std::to_string(i) + "/when");
        }
    } else {
        conditions.emplace_back(&document, "");
    }

    // Ids are checked against the built-in model's, which its own pitfalls name.
    const Model& m = default_model();
    const auto dimension_exists = [&m](const std::string& id) { return m.dimension_index(id) >= 0; };
    const auto category_exists = [&m](const std::string& id) { return m.category_index(id) >= 0; };
    std::uint64_t seed = size;
    for (std::size_t i = 0; i < size; ++i) seed = seed * 31 + data[i];
    for (const auto& [condition_json, pointer] : conditions) {
        Errors problems;
        const Condition condition = parse_condition(*condition_json, pointer, dimension_exists, category_exists, problems);
        if (!problems.empty()) {
            check_errors(target, problems);
            continue;
        }
        check_evaluation(target, condition, seed);
    }
}

namespace {

// A benchmark's figures agree with one another and with its group size. `made` is true for one
// peer_benchmark() made (suppressed exactly when too few), false for one read from a file
// (which may suppress more than it must).
void check_benchmark(const char* target, const PeerBenchmark& peers, bool made) {
    require(peers.min_group >= kMinGroup && peers.teams >= 0, target, "a benchmark with a group below 5 or fewer than no teams");
    const auto check = [&](const PeerCell& c) {
        const std::string what = c.id.empty() ? std::string("overall") : c.id;
        require(c.n >= 0 && c.n <= peers.teams, target, what + ": a figure from more teams than were counted");
        require(!made || c.suppressed == (c.n < peers.min_group), target, what + ": suppressed or not against the group size");
        if (c.suppressed) {
            require(!c.median && !c.q1 && !c.q3, target, what + ": a suppressed figure with quartiles");
            return;
        }
        require(c.n >= peers.min_group, target, what + ": a figure published from fewer teams than the group size");
        int sum = 0;
        for (const int count : c.counts) sum += count;
        require(sum == c.n, target, what + ": teams per level do not add up to n");
        require(c.q1 && c.median && c.q3 && *c.q1 >= 0 && *c.q1 <= *c.median && *c.median <= *c.q3 && *c.q3 <= 3, target,
                what + ": quartiles out of order or out of range");
    };
    for (const PeerCell& c : peers.categories) check(c);
    for (const PeerCell& d : peers.dimensions) check(d);
    check(peers.overall);
}

}  // namespace

void fuzz_peers(const std::uint8_t* data, std::size_t size) {
    constexpr const char* target = "peers";
    const Model& m = default_model();
    const std::vector<std::string_view> files = split_files(as_bytes(data, size));
    std::vector<PeerInput> inputs;
    for (std::size_t i = 0; i < files.size(); ++i) {
        auto json = parse_json_bytes(files[i]);
        auto team = json ? read_peer_team(json.value(), m) : Result<PeerTeam>(json.errors());
        if (!team) check_errors(target, team.errors());
        inputs.push_back({"file " + std::to_string(i), std::move(team)});
        if (!json) continue;
        const auto read = read_peers_json(json.value(), m);
        if (read) check_benchmark(target, read.value(), false);
        else check_errors(target, read.errors());
    }
    const PeerBenchmark peers = peer_benchmark(m, inputs, kMinGroup + static_cast<int>(size % 3));
    require(static_cast<std::size_t>(peers.teams) + peers.duplicates.size() + peers.refused.size() == inputs.size(), target,
            "files neither counted, nor duplicates, nor refused");
    check_benchmark(target, peers, true);
    const auto back = read_peers_json(peers_to_json(peers), m);
    require(back.ok(), target, "a benchmark that does not read back: " + (back ? std::string() : back.error().to_string()));
    require(dump_json(peers_to_json(back.value())) == dump_json(peers_to_json(peers)), target, "a benchmark that reads back changed");
}

const Target kTargets[7] = {
    {"model", fuzz_model},         {"assessment", fuzz_assessment}, {"team_file", fuzz_team_file},
    {"merge", fuzz_merge},         {"reports", fuzz_reports},       {"condition", fuzz_condition},
    {"peers", fuzz_peers},
};

}  // namespace ladder::fuzz
