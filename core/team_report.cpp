#include "team_report.h"

#include <algorithm>
#include <cstdio>

#include "locales.h"
#include "messages.h"
#include "report.h"

namespace ladder {
namespace {

// The merged respondents' assessments, in the order of team.respondents.
std::vector<const Assessment*> merged(const std::vector<Assessment>& all, const TeamResult& team) {
    std::vector<const Assessment*> out;
    for (const std::size_t i : team.inputs) out.push_back(&all[i]);
    return out;
}

std::string level_of(const Assessment& a, const std::string& category) {
    const auto it = a.answers.find(category);
    if (it == a.answers.end()) return "";
    if (it->second.dont_know) return "?";
    return it->second.level ? std::to_string(*it->second.level) : "";
}

std::string whole(const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); }

// The team's name: the exercise's, else the first respondent's that has one.
std::string team_name(const TeamExercise& exercise) {
    if (!exercise.team.empty()) return exercise.team;
    for (const auto& a : exercise.respondents) {
        if (!a.team.empty()) return a.team;
    }
    return "";
}

const NextStep* step_for(const TeamPlan& plan, const std::string& category) {
    for (const auto& s : plan.planned.next_steps) {
        if (s.category == category) return &s;
    }
    return nullptr;
}

// The members' notes on a category in one cell: "Ana (2): ..." per line.
std::string notes_text(const TeamExercise& exercise, const TeamResult& team, const std::string& category) {
    std::string out;
    for (const MemberNote& note : category_notes(exercise, team, category)) {
        if (!out.empty()) out += "\n";
        out += note.name + (note.level ? " (" + std::to_string(*note.level) + ")" : "") + ": " + note.text;
    }
    return out;
}

}  // namespace

std::string team_report_csv(const Model& model, const TeamExercise& exercise, const TeamPlan& plan, const std::string& locale) {
    const std::string lang = language_of(locale);
    const TeamResult& team = plan.merged;
    const auto people = merged(exercise.respondents, team);
    std::string out = std::string(kUtf8Bom) +
        "dimension_id,dimension,category_id,category,n,median,mean,min,max,spread,disagreement,target,next_step,notes";
    for (const auto& name : team.respondents) out += "," + csv_field(name);
    out += "\r\n";
    for (std::size_t k = 0; k < model.categories.size(); ++k) {
        const Category& c = model.categories[k];
        const CategoryStats& s = team.categories[k];
        const NextStep* step = step_for(plan, c.id);
        out += csv_field(model.dimensions[c.dimension].id) + "," + csv_field(model.dimensions[c.dimension].title.get(lang)) +
               "," + csv_field(c.id) + "," + csv_field(c.title.get(lang)) + "," + std::to_string(s.n) + "," +
               format_number(s.median) + "," + format_number(s.mean) + "," + whole(s.min) + "," + whole(s.max) + "," +
               whole(s.spread) + "," + (s.disagreement ? "true" : "false") + "," + whole(plan.targets[k]) + "," +
               csv_field(step ? step->text : "") + "," + csv_field(notes_text(exercise, team, c.id));
        for (const Assessment* a : people) out += "," + level_of(*a, c.id);
        out += "\r\n";
    }
    // The theory of change after a blank line, so a spreadsheet shows it under the table.
    out += "\r\ntheory_of_change," + csv_field(exercise.theory_of_change) + "\r\n";
    return out;
}

std::string team_report_html(const Model& model, const TeamExercise& exercise, const TeamPlan& plan, const std::string& locale) {
    // Everything is escaped, the catalogue's words too: a language can be loaded from a file.
    const Locale loc = locale_for(locale);
    const std::string lang = language_of(locale);
    const auto say = [&lang](M id, std::initializer_list<Arg> args = {}) { return html_escape(message(id, lang, args)); };
    const auto number = [&loc](const std::optional<double>& v) { return html_escape(format_number(v, loc)); };
    const TeamResult& team = plan.merged;
    const auto people = merged(exercise.respondents, team);
    const ScoreResult& r = team.score;
    const std::string name = team_name(exercise);
    TextOut out;
    out << "<!doctype html>\n<html lang=\"" << html_escape(lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        << "<title>" << html_escape(model.title.get(lang) + " - " + (name.empty() ? message(M::TeamReportTeam, lang) : name)) << "</title>\n<style>\n"
        << "body{font:16px/1.5 system-ui,sans-serif;color:#1d2430;max-width:60rem;margin:2rem auto;padding:0 1.25rem}\n"
        << "h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #d5dae3}\n"
        << "h3{font-size:1rem;margin:1rem 0 .25rem}.notes{margin:0;padding-left:1.25rem;white-space:pre-wrap}\n"
        << ".meta{color:#566074}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;"
        << "border-bottom:1px solid #e4e8ef;vertical-align:top}.talk{background:#fbf1dc}.num{text-align:center}\n"
        << ".toc{white-space:pre-wrap;border-left:4px solid #2f5fd0;padding:.25rem 1rem;background:#f4f6fa}\n"
        << "@media print{body{margin:0;max-width:none}tr,li{break-inside:avoid}}\n</style>\n</head>\n<body>\n";
    out << "<h1>" << html_escape(name.empty() ? model.title.get(lang) : name) << "</h1>\n";
    std::string names;
    for (std::size_t i = 0; i < team.respondents.size(); ++i) names += (i ? ", " : "") + team.respondents[i];
    out << "<p class=\"meta\">" << say(M::TeamReportRespondents, {{"count", people.size()}, {"names", names}}) << "</p>\n";
    // The same file twice and a member's older file are different news: one line each.
    std::string twice, replaced;
    for (const auto& d : team.duplicates) {
        std::string& list = d.reason == DuplicateReason::Newer ? replaced : twice;
        list += (list.empty() ? "" : ", ") + d.name;
    }
    if (!twice.empty()) out << "<p class=\"meta\">" << say(M::TeamReportCountedOnce, {{"names", twice}}) << "</p>\n";
    if (!replaced.empty()) out << "<p class=\"meta\">" << say(M::TeamReportReplaced, {{"names", replaced}}) << "</p>\n";
    const std::string stage =
        r.overall_stage ? model.stages[*r.overall_stage].title.get(lang) : message(M::ReportScoreNotRated, lang);
    out << "<p><strong>" << say(M::TeamReportTeamStage, {{"stage", stage}}) << "</strong>"
        << (r.overall_score ? " " + say(M::ReportScoreOfParen, {{"score", format_number(r.overall_score, loc)}}) : "") << "</p>\n";
    out << "<p>" << html_escape(describe_agreement(team.agreement, locale)) << "</p>\n";

    out << "<h2>" << say(M::TeamReportTalkFirst) << "</h2>\n";
    const bool any = std::any_of(team.categories.begin(), team.categories.end(), [](const CategoryStats& s) { return s.disagreement; });
    if (!any) out << "<p>" << say(M::TeamReportNoDisagreement) << "</p>\n";
    out << "<table>\n<tr><th>" << say(M::ReportColCategory) << "</th><th>" << say(M::ReportColDimension)
        << "</th><th class=\"num\">" << say(M::TeamReportColMedian) << "</th><th class=\"num\">" << say(M::TeamReportColRange)
        << "</th><th class=\"num\">" << say(M::ReportColTarget) << "</th>";
    for (const auto& who : team.respondents) out << "<th class=\"num\">" << html_escape(who) << "</th>";
    out << "</tr>\n";
    for (const std::size_t k : discussion_order(team)) {
        const Category& c = model.categories[k];
        const CategoryStats& s = team.categories[k];
        out << "<tr" << (s.disagreement ? " class=\"talk\"" : "") << "><td>" << html_escape(c.title.get(lang)) << "</td><td>"
            << html_escape(model.dimensions[c.dimension].title.get(lang)) << "</td><td class=\"num\">" << number(s.median)
            << "</td><td class=\"num\">" << (s.min ? std::to_string(*s.min) + "-" + std::to_string(*s.max) : "")
            << "</td><td class=\"num\">" << whole(plan.targets[k]) << "</td>";
        for (const Assessment* a : people) out << "<td class=\"num\">" << level_of(*a, c.id) << "</td>";
        out << "</tr>\n";
    }
    out << "</table>\n<h2>" << say(M::TeamReportNoted) << "</h2>\n";
    bool noted = false;
    for (const std::size_t k : discussion_order(team)) {
        const auto notes = category_notes(exercise, team, model.categories[k].id);
        if (notes.empty()) continue;
        noted = true;
        out << "<h3>" << html_escape(model.categories[k].title.get(lang)) << "</h3>\n<ul class=\"notes\">\n";
        for (const MemberNote& note : notes) {
            // The template is escaped, then filled with values escaped on their own.
            const std::string who = "<strong>" + html_escape(note.name) + "</strong>";
            out << "<li>"
                << (note.level ? fill_placeholders(html_escape(message_text(M::TeamReportNoteLevel, lang)), lang,
                                                   {{"name", who}, {"level", *note.level}, {"note", html_escape(note.text)}})
                               : fill_placeholders(html_escape(message_text(M::TeamReportNote, lang)), lang,
                                                   {{"name", who}, {"note", html_escape(note.text)}}))
                << "</li>\n";
        }
        out << "</ul>\n";
    }
    if (!noted) out << "<p class=\"meta\">" << say(M::TeamReportNoNotes) << "</p>\n";
    out << "<h2>" << say(M::ReportDimensions) << "</h2>\n<table>\n<tr><th>" << say(M::ReportColDimension) << "</th><th class=\"num\">"
        << say(M::TeamReportColTeamScore) << "</th><th class=\"num\">" << say(M::TeamReportColLowHigh) << "</th><th class=\"num\">"
        << say(M::ReportColTarget) << "</th><th>" << say(M::ReportColStage) << "</th><th>" << say(M::TeamReportColAgreement)
        << "</th></tr>\n";
    for (std::size_t i = 0; i < model.dimensions.size(); ++i) {
        const DimensionScore& d = r.dimensions[i];
        out << "<tr><td>" << html_escape(model.dimensions[i].title.get(lang)) << "</td><td class=\"num\">" << number(d.score)
            << "</td><td class=\"num\">"
            << (plan.band_min[i] ? number(plan.band_min[i]) + "-" + number(plan.band_max[i]) : "")
            << "</td><td class=\"num\">" << number(plan.planned.dimensions[i].target_score) << "</td><td>"
            << html_escape(d.stage ? model.stages[*d.stage].title.get(lang) : "") << "</td><td>"
            << html_escape(i < team.agreement_by_dimension.size() ? describe_agreement(team.agreement_by_dimension[i], locale) : "")
            << "</td></tr>\n";
    }
    out << "</table>\n<h2>" << say(M::TeamReportSteps) << "</h2>\n";
    if (plan.planned.next_steps.empty()) out << "<p>" << say(M::TeamReportNoSteps) << "</p>\n";
    else out << "<ol>\n";
    for (const auto& s : plan.planned.next_steps) {
        const Category& c = model.categories[static_cast<std::size_t>(model.category_index(s.category))];
        out << "<li>"
            << fill_placeholders(html_escape(message_text(M::TeamReportStep, lang)), lang,
                                 {{"category", "<strong>" + html_escape(c.title.get(lang)) + "</strong>"},
                                  {"from", s.from},
                                  {"to", s.to},
                                  {"text", html_escape(s.text)}})
            << "</li>\n";
    }
    if (!plan.planned.next_steps.empty()) out << "</ol>\n";
    out << "<h2>" << say(M::TeamReportTheory) << "</h2>\n";
    if (exercise.theory_of_change.empty()) out << "<p class=\"meta\">" << say(M::TeamReportNotWritten) << "</p>\n";
    else out << "<div class=\"toc\">" << html_escape(exercise.theory_of_change) << "</div>\n";
    out << "</body>\n</html>\n";
    return out.str();
}

}  // namespace ladder
