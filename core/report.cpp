#include "report.h"

#include <cstdio>

namespace ladder {
namespace {

std::string stage_title(const Model& model, const std::optional<int>& stage, const std::string& lang) {
    return stage ? model.stages[*stage].title.get(lang) : "Not rated";
}

// A dimension's stage, marked when it rests on fewer than half of its categories.
std::string dimension_stage(const Model& model, const DimensionScore& d, const std::string& lang) {
    return stage_title(model, d.stage, lang) + (d.provisional ? " (provisional)" : "");
}

// A dimension's score, or "not rated": never a 0 that nobody answered.
std::string dimension_score(const DimensionScore& d) { return d.score ? format_number(d.score) : "not rated"; }

// While the overall stage is provisional, how many more answers make it reliable; else empty.
std::string answers_needed_sentence(const ScoreResult& r) {
    if (!r.provisional || !r.overall_stage) return "";
    return "This stage is provisional: answer " + std::to_string(r.answers_needed) + " more question" +
           (r.answers_needed == 1 ? "" : "s") + " for a stage you can rely on.";
}

const Answer* answer_for(const Assessment& a, const std::string& category_id) {
    const auto it = a.answers.find(category_id);
    return it == a.answers.end() ? nullptr : &it->second;
}

std::string who_and_when(const Assessment& a) {
    std::string out = a.team.empty() ? "Unnamed team" : a.team;
    if (!a.respondent.empty()) out += " - " + a.respondent;
    if (!a.updated.empty()) out += " - " + a.updated.substr(0, 10);
    return out;
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
    // A cell starting with = + - @ is run as a formula by spreadsheets: neutralise it.
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@')) {
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

std::string report_csv(const Model& model, const Assessment& a, const std::string& lang) {
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

std::string report_markdown(const Model& model, const Assessment& a, const std::string& lang) {
    const ScoreResult r = score_assessment(model, a, lang);
    TextOut out;
    out << "# " << markdown_escape(model.title.get(lang)) << "\n\n";
    out << markdown_escape(who_and_when(a)) << "\n\n";
    out << "**Overall stage:** " << markdown_escape(stage_title(model, r.overall_stage, lang));
    if (r.overall_stage && r.provisional) out << " (provisional)";
    if (r.overall_score) out << " (score " << format_number(r.overall_score) << " of 3)";
    out << "  \n**Answered:** " << format_number(r.completeness * 100) << "%";
    if (r.provisional && r.overall_stage) out << "  \n" << markdown_escape(answers_needed_sentence(r));
    out << "\n\n";
    out << "## Dimensions\n\n| Dimension | Score | Stage | Target | Answered |\n|---|---|---|---|---|\n";
    for (std::size_t i = 0; i < model.dimensions.size(); ++i) {
        const DimensionScore& d = r.dimensions[i];
        out << "| " << markdown_escape(model.dimensions[i].title.get(lang)) << " | " << dimension_score(d) << " | "
            << markdown_escape(dimension_stage(model, d, lang)) << " | " << format_number(d.target_score) << " | "
            << d.answered << " of " << d.total << " |\n";
    }
    out << "\n## Next steps\n\n";
    if (r.next_steps.empty()) out << "No next steps yet: answer some questions first.\n";
    for (std::size_t i = 0; i < r.next_steps.size(); ++i) {
        const NextStep& s = r.next_steps[i];
        const Category& c = model.categories[model.category_index(s.category)];
        out << i + 1 << ". " << (i < kFocusSteps ? "**Focus:** " : "") << "**" << markdown_escape(c.title.get(lang))
            << "** (" << s.from << " to " << s.to << "): " << markdown_escape(s.text) << "\n";
    }
    if (!r.pitfalls.empty()) {
        out << "\n## Pitfalls to watch\n\n";
        for (const auto& p : r.pitfalls) out << "- **" << markdown_escape(p.title) << "**: " << markdown_escape(p.text) << "\n";
    }
    out << "\n## Answers\n\n| Category | Level | Target | Note |\n|---|---|---|---|\n";
    for (std::size_t i = 0; i < model.categories.size(); ++i) {
        const Category& c = model.categories[i];
        const Answer* answer = answer_for(a, c.id);
        const std::string level = answer && answer->dont_know ? "don't know" : format_number(r.categories[i].level);
        out << "| " << markdown_escape(c.title.get(lang)) << " | " << level << " | " << format_number(r.categories[i].target)
            << " | " << markdown_escape(answer ? answer->note : "") << " |\n";
    }
    if (!a.theory_of_change.empty()) out << "\n## Theory of change\n\n" << markdown_escape(a.theory_of_change) << "\n";
    return out.str();
}

std::string report_html(const Model& model, const Assessment& a, const std::string& lang) {
    const ScoreResult r = score_assessment(model, a, lang);
    TextOut out;
    out << "<!doctype html>\n<html lang=\"" << html_escape(lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        << "<title>" << html_escape(model.title.get(lang) + " - " + who_and_when(a)) << "</title>\n<style>\n"
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
    out << "<h1>" << html_escape(model.title.get(lang)) << "</h1>\n<p class=\"meta\">" << html_escape(who_and_when(a)) << "</p>\n";
    out << "<p class=\"stage\">Overall stage: " << html_escape(stage_title(model, r.overall_stage, lang));
    if (r.overall_stage && r.provisional) out << " <span class=\"provisional\">(provisional)</span>";
    out << "</p>\n";
    if (r.overall_stage) out << "<p>" << html_escape(model.stages[*r.overall_stage].summary.get(lang)) << "</p>\n";
    out << "<p class=\"meta\">Score " << (r.overall_score ? format_number(r.overall_score) + " of 3" : std::string("not available"))
        << "; " << format_number(r.completeness * 100) << "% of questions answered.";
    if (r.provisional && r.overall_stage) out << " " << html_escape(answers_needed_sentence(r));
    out << "</p>\n";

    out << "<h2>Dimensions</h2>\n<table>\n<tr><th>Dimension</th><th>Score</th><th></th><th>Stage</th><th>Target</th><th>Answered</th></tr>\n";
    for (std::size_t i = 0; i < model.dimensions.size(); ++i) {
        const DimensionScore& d = r.dimensions[i];
        out << "<tr><td>" << html_escape(model.dimensions[i].title.get(lang)) << "</td><td>" << html_escape(dimension_score(d))
            << "</td><td>";
        // No bar for a dimension nobody rated: an empty bar would read as 0.
        if (d.score) {
            const int percent = static_cast<int>(*d.score / 3.0 * 100.0 + 0.5);
            out << "<div class=\"bar\"><span style=\"width:" << percent << "%\"></span></div>";
        }
        out << "</td><td>" << html_escape(dimension_stage(model, d, lang)) << "</td><td>" << format_number(d.target_score) << "</td><td>"
            << d.answered << " of " << d.total << "</td></tr>\n";
    }
    out << "</table>\n<h2>Next steps</h2>\n";
    if (r.next_steps.empty()) out << "<p>No next steps yet: answer some questions first.</p>\n";
    for (std::size_t i = 0; i < r.next_steps.size(); ++i) {
        const NextStep& s = r.next_steps[i];
        const Category& c = model.categories[model.category_index(s.category)];
        out << "<div class=\"" << (i < kFocusSteps ? "focus" : "step") << "\"><strong>" << html_escape(c.title.get(lang))
            << "</strong> (level " << s.from << " to " << s.to << ")<br>" << html_escape(s.text) << "</div>\n";
    }
    if (!r.pitfalls.empty()) {
        out << "<h2>Pitfalls to watch</h2>\n";
        for (const auto& p : r.pitfalls) {
            out << "<div class=\"pitfall\"><strong>" << html_escape(p.title) << "</strong><br>" << html_escape(p.text) << "</div>\n";
        }
    }
    out << "<h2>Answers</h2>\n<table>\n<tr><th>Category</th><th>Level</th><th>Target</th><th>Note</th></tr>\n";
    for (std::size_t i = 0; i < model.categories.size(); ++i) {
        const Category& c = model.categories[i];
        const Answer* answer = answer_for(a, c.id);
        const std::string level = answer && answer->dont_know ? "don't know" : format_number(r.categories[i].level);
        out << "<tr><td>" << html_escape(c.title.get(lang)) << "</td><td>" << level << "</td><td>"
            << format_number(r.categories[i].target) << "</td><td>" << html_escape(answer ? answer->note : "") << "</td></tr>\n";
    }
    out << "</table>\n";
    if (!a.theory_of_change.empty()) {
        out << "<h2>Theory of change</h2>\n<p style=\"white-space:pre-wrap\">" << html_escape(a.theory_of_change) << "</p>\n";
    }
    out << "</body>\n</html>\n";
    return out.str();
}

std::string report(ReportFormat format, const Model& model, const Assessment& a, const std::string& lang) {
    switch (format) {
        case ReportFormat::Csv: return report_csv(model, a, lang);
        case ReportFormat::Markdown: return report_markdown(model, a, lang);
        case ReportFormat::Html: return report_html(model, a, lang);
    }
    return {};
}

}  // namespace ladder
