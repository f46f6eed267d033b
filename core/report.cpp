#include "report.h"

#include <cstdio>

#include "locales.h"
#include "messages.h"

namespace ladder {
namespace {

// What a report needs to know about its reader: the locale for numbers and dates, and the
// language for the model's texts and the report's own words.
struct Reader {
    Locale locale;
    std::string lang;
    explicit Reader(const std::string& tag) : locale(locale_for(tag)), lang(language_of(tag)) {}

    std::string say(M id, std::initializer_list<Arg> args = {}) const { return message(id, lang, args); }
    std::string number(const std::optional<double>& value) const { return format_number(value, locale); }
    // "Overall stage:", with the language's spacing before the colon.
    std::string label(M id) const { return say(M::ReportLabel, {{"label", say(id)}}); }
};

std::string stage_title(const Model& model, const std::optional<int>& stage, const Reader& r) {
    return stage ? model.stages[*stage].title.get(r.lang) : r.say(M::ReportNotRated);
}

// A dimension's stage, marked when it rests on fewer than half of its categories.
std::string dimension_stage(const Model& model, const DimensionScore& d, const Reader& r) {
    const std::string stage = stage_title(model, d.stage, r);
    return d.provisional ? r.say(M::ReportStageProvisional, {{"stage", stage}}) : stage;
}

// A dimension's score, or "not rated": never a 0 that nobody answered.
std::string dimension_score(const DimensionScore& d, const Reader& r) {
    return d.score ? r.number(d.score) : r.say(M::ReportScoreNotRated);
}

// While the overall stage is provisional, how many more answers make it reliable; else empty.
std::string answers_needed_sentence(const ScoreResult& s, const Reader& r) {
    if (!s.provisional || !s.overall_stage) return "";
    return r.say(M::ReportAnswersNeeded, {{"count", s.answers_needed}});
}

const Answer* answer_for(const Assessment& a, const std::string& category_id) {
    const auto it = a.answers.find(category_id);
    return it == a.answers.end() ? nullptr : &it->second;
}

std::string who_and_when(const Assessment& a, const Reader& r) {
    std::string out = a.team.empty() ? r.say(M::ReportUnnamedTeam) : a.team;
    if (!a.respondent.empty()) out += " - " + a.respondent;
    if (!a.updated.empty()) out += " - " + format_date(a.updated, r.locale);
    return out;
}

// A level or target for the answers table: "don't know", the level, or nothing.
std::string answer_level(const Answer* answer, const CategoryScore& c, const Reader& r) {
    return answer && answer->dont_know ? r.say(M::ReportDontKnow) : r.number(c.level);
}

}  // namespace

std::string format_number(const std::optional<double>& value) {
    if (!value) return "";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", round2(*value));
    std::string text = buffer;
    while (text.back() == '0') text.pop_back();  // 2.00 -> 2, 1.50 -> 1.5
    if (text.back() == '.') text.pop_back();
    return text;
}

std::string csv_field(const std::string& text) {
    std::string value = text;
    // A cell starting with = + - @ is run as a formula by spreadsheets: neutralise it. So is one
    // starting with a tab or a carriage return (OWASP's list): Excel drops them and reads the
    // "=..." behind them as a formula.
    if (!value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos) {
        value.insert(value.begin(), '\'');
    }
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string html_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string markdown_escape(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (std::string_view("\\`*_{}[]()#+-.!|<>~").find(c) != std::string_view::npos) out += '\\';
        if (c == '\n') {
            out += "<br>";
            continue;
        }
        if (c != '\r') out += c;
    }
    return out;
}

std::string report_csv(const Model& model, const Assessment& a, const std::string& locale) {
    // The columns are data for spreadsheets: their names are fixed, and levels and targets are
    // plain numbers ("1.5") whatever the locale; only the model's texts are in its language.
    const std::string lang = language_of(locale);
    const ScoreResult result = score_assessment(model, a, lang);
    std::string out = std::string(kUtf8Bom) + "dimension_id,dimension,category_id,category,level,dont_know,target,note\r\n";
    for (std::size_t i = 0; i < model.categories.size(); ++i) {
        const Category& c = model.categories[i];
        const Dimension& d = model.dimensions[c.dimension];
        const Answer* answer = answer_for(a, c.id);
        const std::string level = answer && answer->level ? std::to_string(*answer->level) : "";
        out += csv_field(d.id) + "," + csv_field(d.title.get(lang)) + "," + csv_field(c.id) + "," +
               csv_field(c.title.get(lang)) + "," + level + "," + (answer && answer->dont_know ? "true" : "false") +
               "," + format_number(result.categories[i].target) + "," + csv_field(answer ? answer->note : "") + "\r\n";
    }
    return out;
}

std::string report_markdown(const Model& model, const Assessment& a, const std::string& locale) {
    // The catalogue's words are written as they are (they are ours, and read well as Markdown);
    // what comes from the model or the respondent is escaped.
    const Reader rd(locale);
    const std::string& lang = rd.lang;
    const ScoreResult r = score_assessment(model, a, lang);
    TextOut out;
    out << "# " << markdown_escape(model.title.get(lang)) << "\n\n";
    out << markdown_escape(who_and_when(a, rd)) << "\n\n";
    out << "**" << rd.label(M::ReportOverallStage) << "** " << markdown_escape(stage_title(model, r.overall_stage, rd));
    if (r.overall_stage && r.provisional) out << " " << rd.say(M::ReportProvisionalMark);
    if (r.overall_score) out << " " << rd.say(M::ReportScoreOfParen, {{"score", rd.number(r.overall_score)}});
    out << "  \n**" << rd.label(M::ReportAnswered) << "** " << format_percent(r.completeness * 100, rd.locale);
    if (r.provisional && r.overall_stage) out << "  \n" << markdown_escape(answers_needed_sentence(r, rd));
    out << "\n\n";
    out << "## " << rd.say(M::ReportDimensions) << "\n\n| " << rd.say(M::ReportColDimension) << " | " << rd.say(M::ReportColScore)
        << " | " << rd.say(M::ReportColStage) << " | " << rd.say(M::ReportColTarget) << " | " << rd.say(M::ReportColAnswered)
        << " |\n|---|---|---|---|---|\n";
    for (std::size_t i = 0; i < model.dimensions.size(); ++i) {
        const DimensionScore& d = r.dimensions[i];
        out << "| " << markdown_escape(model.dimensions[i].title.get(lang)) << " | " << dimension_score(d, rd) << " | "
            << markdown_escape(dimension_stage(model, d, rd)) << " | "
            << rd.number(d.target_score) << " | "
            << rd.say(M::ReportAnsweredOf, {{"answered", format_integer(d.answered, rd.locale)},
                                            {"total", format_integer(d.total, rd.locale)}})
            << " |\n";
    }
    out << "\n## " << rd.say(M::ReportNextSteps) << "\n\n";
    if (r.next_steps.empty()) out << rd.say(M::ReportNoStepsYet) << "\n";
    for (std::size_t i = 0; i < r.next_steps.size(); ++i) {
        const NextStep& s = r.next_steps[i];
        const Category& c = model.categories[model.category_index(s.category)];
        out << i + 1 << ". ";
        if (i < kFocusSteps) out << "**" << rd.label(M::ReportFocus) << "** ";
        out << "**" << markdown_escape(c.title.get(lang)) << "** "
            << rd.say(M::ReportLabel, {{"label", rd.say(M::ReportStepFromTo, {{"from", s.from}, {"to", s.to}})}}) << " "
            << markdown_escape(s.text) << "\n";
    }
    if (!r.pitfalls.empty()) {
        out << "\n## " << rd.say(M::ReportPitfalls) << "\n\n";
        for (const auto& p : r.pitfalls) {
            out << "- " << rd.say(M::ReportLabel, {{"label", "**" + markdown_escape(p.title) + "**"}}) << " "
                << markdown_escape(p.text) << "\n";
        }
    }
    out << "\n## " << rd.say(M::ReportAnswers) << "\n\n| " << rd.say(M::ReportColCategory) << " | " << rd.say(M::ReportColLevel)
        << " | " << rd.say(M::ReportColTarget) << " | " << rd.say(M::ReportColNote) << " |\n|---|---|---|---|\n";
    for (std::size_t i = 0; i < model.categories.size(); ++i) {
        const Category& c = model.categories[i];
        const Answer* answer = answer_for(a, c.id);
        out << "| " << markdown_escape(c.title.get(lang)) << " | " << answer_level(answer, r.categories[i], rd) << " | "
            << rd.number(r.categories[i].target) << " | " << markdown_escape(answer ? answer->note : "") << " |\n";
    }
    if (!a.theory_of_change.empty()) {
        out << "\n## " << rd.say(M::ReportTheoryOfChange) << "\n\n" << markdown_escape(a.theory_of_change) << "\n";
    }
    return out.str();
}

std::string report_html(const Model& model, const Assessment& a, const std::string& locale) {
    // Everything is escaped, the catalogue's words too: a language can be loaded from a file.
    const Reader rd(locale);
    const std::string& lang = rd.lang;
    const auto say = [&rd](M id, std::initializer_list<Arg> args = {}) { return html_escape(rd.say(id, args)); };
    const ScoreResult r = score_assessment(model, a, lang);
    TextOut out;
    out << "<!doctype html>\n<html lang=\"" << html_escape(lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        << "<title>" << html_escape(model.title.get(lang) + " - " + who_and_when(a, rd)) << "</title>\n<style>\n"
        << "body{font:16px/1.5 system-ui,sans-serif;color:#1d2430;max-width:52rem;margin:2rem auto;padding:0 1.25rem}\n"
        << "h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #d5dae3}\n"
        << ".meta{color:#566074}.stage{font-size:1.3rem;font-weight:600;margin:1.25rem 0 .25rem}\n"
        << ".provisional{font-size:1rem;font-weight:400;color:#566074}\n"
        << "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #e4e8ef;vertical-align:top}\n"
        << ".bar{background:#e4e8ef;height:.5rem;border-radius:.25rem;min-width:6rem}.bar span{display:block;height:100%;background:#2f6fbd;border-radius:.25rem}\n"
        << ".focus{background:#f1f6fc;border-left:4px solid #2f6fbd;padding:.5rem .75rem;margin:.5rem 0}\n"
        << ".pitfall{border-left:4px solid #b7791f;padding:.25rem .75rem;margin:.5rem 0}\n"
        << "@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,.focus,.pitfall{break-inside:avoid}}\n"
        << "</style>\n</head>\n<body>\n";
    out << "<h1>" << html_escape(model.title.get(lang)) << "</h1>\n<p class=\"meta\">" << html_escape(who_and_when(a, rd)) << "</p>\n";
    out << "<p class=\"stage\">" << html_escape(rd.label(M::ReportOverallStage)) << " "
        << html_escape(stage_title(model, r.overall_stage, rd));
    if (r.overall_stage && r.provisional) out << " <span class=\"provisional\">" << say(M::ReportProvisionalMark) << "</span>";
    out << "</p>\n";
    if (r.overall_stage) out << "<p>" << html_escape(model.stages[*r.overall_stage].summary.get(lang)) << "</p>\n";
    const std::string percent = format_percent(r.completeness * 100, rd.locale);
    out << "<p class=\"meta\">"
        << (r.overall_score ? say(M::ReportScoreAnswered, {{"score", rd.number(r.overall_score)}, {"percent", percent}})
                            : say(M::ReportNoScoreAnswered, {{"percent", percent}}));
    if (r.provisional && r.overall_stage) out << " " << html_escape(answers_needed_sentence(r, rd));
    out << "</p>\n";

    out << "<h2>" << say(M::ReportDimensions) << "</h2>\n<table>\n<tr><th>" << say(M::ReportColDimension) << "</th><th>"
        << say(M::ReportColScore) << "</th><th></th><th>" << say(M::ReportColStage) << "</th><th>" << say(M::ReportColTarget)
        << "</th><th>" << say(M::ReportColAnswered) << "</th></tr>\n";
    for (std::size_t i = 0; i < model.dimensions.size(); ++i) {
        const DimensionScore& d = r.dimensions[i];
        out << "<tr><td>" << html_escape(model.dimensions[i].title.get(lang)) << "</td><td>" << html_escape(dimension_score(d, rd))
            << "</td><td>";
        // No bar for a dimension nobody rated: an empty bar would read as 0.
        if (d.score) {
            const int width = static_cast<int>(*d.score / 3.0 * 100.0 + 0.5);
            out << "<div class=\"bar\"><span style=\"width:" << width << "%\"></span></div>";
        }
        out << "</td><td>" << html_escape(dimension_stage(model, d, rd)) << "</td><td>" << html_escape(rd.number(d.target_score))
            << "</td><td>"
            << say(M::ReportAnsweredOf, {{"answered", format_integer(d.answered, rd.locale)}, {"total", format_integer(d.total, rd.locale)}})
            << "</td></tr>\n";
    }
    out << "</table>\n<h2>" << say(M::ReportNextSteps) << "</h2>\n";
    if (r.next_steps.empty()) out << "<p>" << say(M::ReportNoStepsYet) << "</p>\n";
    for (std::size_t i = 0; i < r.next_steps.size(); ++i) {
        const NextStep& s = r.next_steps[i];
        const Category& c = model.categories[model.category_index(s.category)];
        out << "<div class=\"" << (i < kFocusSteps ? "focus" : "step") << "\"><strong>" << html_escape(c.title.get(lang))
            << "</strong> " << say(M::ReportStepLevels, {{"from", s.from}, {"to", s.to}}) << "<br>" << html_escape(s.text) << "</div>\n";
    }
    if (!r.pitfalls.empty()) {
        out << "<h2>" << say(M::ReportPitfalls) << "</h2>\n";
        for (const auto& p : r.pitfalls) {
            out << "<div class=\"pitfall\"><strong>" << html_escape(p.title) << "</strong><br>" << html_escape(p.text) << "</div>\n";
        }
    }
    out << "<h2>" << say(M::ReportAnswers) << "</h2>\n<table>\n<tr><th>" << say(M::ReportColCategory) << "</th><th>"
        << say(M::ReportColLevel) << "</th><th>" << say(M::ReportColTarget) << "</th><th>" << say(M::ReportColNote) << "</th></tr>\n";
    for (std::size_t i = 0; i < model.categories.size(); ++i) {
        const Category& c = model.categories[i];
        const Answer* answer = answer_for(a, c.id);
        out << "<tr><td>" << html_escape(c.title.get(lang)) << "</td><td>" << html_escape(answer_level(answer, r.categories[i], rd))
            << "</td><td>" << html_escape(rd.number(r.categories[i].target)) << "</td><td>" << html_escape(answer ? answer->note : "") << "</td></tr>\n";
    }
    out << "</table>\n";
    if (!a.theory_of_change.empty()) {
        out << "<h2>" << say(M::ReportTheoryOfChange) << "</h2>\n<p style=\"white-space:pre-wrap\">" << html_escape(a.theory_of_change) << "</p>\n";
    }
    out << "</body>\n</html>\n";
    return out.str();
}

std::string report(ReportFormat format, const Model& model, const Assessment& a, const std::string& locale) {
    switch (format) {
        case ReportFormat::Csv: return report_csv(model, a, locale);
        case ReportFormat::Markdown: return report_markdown(model, a, locale);
        case ReportFormat::Html: return report_html(model, a, locale);
    }
    return {};
}

}  // namespace ladder
