#include "report_checks.h"

#include <algorithm>
#include <cctype>

#include "text_decode.h"

namespace ladder::fuzz {
namespace {

// Every opening tag the single and team HTML reports write, attributes and all. A tag of this
// list smuggled in through a note would still have to close in the right place (the nesting
// check below), and the tainted pass puts a tag that is not on it into every field.
constexpr std::string_view kOpenTags[] = {
    "<!doctype html>",
    "<head>",
    "<meta charset=\"utf-8\">",
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
    "<title>",
    "<style>",
    "<body>",
    "<h1>",
    "<h2>",
    "<h3>",
    "<p>",
    "<p class=\"meta\">",
    "<p class=\"stage\">",
    "<p style=\"white-space:pre-wrap\">",
    "<span class=\"provisional\">",
    "<table>",
    "<tr>",
    "<tr class=\"talk\">",
    "<th>",
    "<th class=\"num\">",
    "<td>",
    "<td class=\"num\">",
    "<div class=\"bar\">",
    "<div class=\"focus\">",
    "<div class=\"step\">",
    "<div class=\"pitfall\">",
    "<div class=\"toc\">",
    "<strong>",
    "<br>",
    "<ul class=\"notes\">",
    "<ol>",
    "<li>",
};

constexpr std::string_view kEntities[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// Elements that have no closing tag.
bool is_void(std::string_view name) { return name == "!doctype" || name == "meta" || name == "br"; }

// "<p class=\"meta\">" -> "p".
std::string_view tag_name(std::string_view tag) {
    const std::size_t end = tag.find_first_of(" >", 1);
    return tag.substr(1, end - 1);
}

bool all_of(std::string_view text, bool (*allowed)(char)) {
    return !text.empty() && std::all_of(text.begin(), text.end(), allowed);
}

// The two tags whose attribute varies: the page's language (from the locale, a BCP-47 tag) and
// a score bar's width (a whole percentage). Returns the tag's length at the start of `rest`, or 0.
std::size_t variable_tag(std::string_view rest) {
    const auto match = [&rest](std::string_view head, bool (*allowed)(char), std::string_view tail) -> std::size_t {
        if (!starts_with(rest, head)) return 0;
        const std::size_t end = rest.find(tail, head.size());
        if (end == std::string_view::npos) return 0;
        if (!all_of(rest.substr(head.size(), end - head.size()), allowed)) return 0;
        return end + tail.size();
    };
    if (const std::size_t n = match("<html lang=\"", [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }, "\">")) {
        return n;
    }
    return match("<span style=\"width:", [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }, "%\">");
}

std::string at(std::size_t offset) { return " at byte " + std::to_string(offset); }

// A short piece of the output around a problem, with control bytes shown as \xNN.
std::string excerpt(std::string_view text, std::size_t offset) {
    return ": \"" + printable_excerpt(text.substr(offset), 40) + "\"";
}

}  // namespace

std::string html_problem(std::string_view html) {
    if (const std::size_t bad = find_invalid_utf8(html); bad != std::string_view::npos) return "invalid UTF-8" + at(bad);
    std::vector<std::string_view> open;  // element names, innermost last
    for (std::size_t i = 0; i < html.size(); ++i) {
        const std::string_view rest = html.substr(i);
        if (html[i] == '&') {
            const bool entity = std::any_of(std::begin(kEntities), std::end(kEntities),
                                            [&rest](std::string_view e) { return starts_with(rest, e); });
            if (!entity) return "a '&' that starts no entity the report writes" + at(i) + excerpt(html, i);
            continue;
        }
        if (html[i] != '<') continue;
        if (starts_with(rest, "</")) {
            const std::size_t end = rest.find('>');
            if (end == std::string_view::npos) return "an unfinished closing tag" + at(i) + excerpt(html, i);
            const std::string_view name = rest.substr(2, end - 2);
            if (open.empty() || open.back() != name) {
                return "a closing tag that does not close the innermost open element" + at(i) + excerpt(html, i);
            }
            open.pop_back();
            i += end;
            continue;
        }
        std::size_t length = variable_tag(rest);
        for (const std::string_view tag : kOpenTags) {
            if (length == 0 && starts_with(rest, tag)) length = tag.size();
        }
        if (length == 0) return "a '<' that starts no tag the report writes" + at(i) + excerpt(html, i);
        const std::string_view name = tag_name(rest.substr(0, length));
        if (!is_void(name)) open.push_back(name);
        i += length - 1;
    }
    if (!open.empty()) return "<" + std::string(open.back()) + "> is never closed";
    return "";
}

std::string markdown_problem(std::string_view markdown) {
    if (const std::size_t bad = find_invalid_utf8(markdown); bad != std::string_view::npos) return "invalid UTF-8" + at(bad);
    std::size_t line_start = 0, line_number = 1;
    long table_columns = -1;  // separators per line in the table being read, -1 outside a table
    while (line_start < markdown.size()) {
        std::size_t line_end = markdown.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = markdown.size();
        const std::string_view line = markdown.substr(line_start, line_end - line_start);
        long pipes = 0;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '\\') {
                ++i;  // a backslash escapes the next character, whatever it is
                continue;
            }
            if (line[i] == '|') ++pipes;
            if (line[i] == '<' && !starts_with(line.substr(i), "<br>")) {
                return "an unescaped '<' on line " + std::to_string(line_number) + excerpt(line, i);
            }
        }
        if (starts_with(line, "|")) {
            if (table_columns < 0) table_columns = pipes;
            else if (pipes != table_columns) {
                return "line " + std::to_string(line_number) + " has " + std::to_string(pipes) +
                       " column separators where its table has " + std::to_string(table_columns);
            }
        } else {
            table_columns = -1;
        }
        line_start = line_end + 1;
        ++line_number;
    }
    return "";
}

CsvTable parse_csv(std::string_view csv, std::string& problem) {
    CsvTable table;
    problem.clear();
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (!starts_with(csv, bom)) {
        problem = "no UTF-8 byte-order mark at the start";
        return table;
    }
    if (const std::size_t bad = find_invalid_utf8(csv); bad != std::string_view::npos) {
        problem = "invalid UTF-8" + at(bad);
        return table;
    }
    std::size_t i = bom.size();
    std::vector<std::string> record;
    while (i < csv.size()) {
        std::string cell;
        if (csv[i] == '"') {
            // A quoted field: anything up to a lone quote; "" stands for one quote.
            ++i;
            for (;;) {
                if (i >= csv.size()) {
                    problem = "a quoted field that never closes";
                    return table;
                }
                if (csv[i] == '"') {
                    if (i + 1 < csv.size() && csv[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += csv[i++];
            }
        } else {
            while (i < csv.size() && csv[i] != ',' && csv[i] != '\r' && csv[i] != '\n') {
                if (csv[i] == '"') {
                    problem = "a quote inside an unquoted field" + at(i) + excerpt(csv, i);
                    return table;
                }
                cell += csv[i++];
            }
        }
        record.push_back(std::move(cell));
        if (i >= csv.size()) {
            problem = "the last record does not end with CRLF";
            return table;
        }
        if (csv[i] == ',') {
            ++i;
            continue;
        }
        if (starts_with(csv.substr(i), "\r\n")) {
            table.records.push_back(std::move(record));
            record.clear();
            i += 2;
            continue;
        }
        problem = "a field followed by something other than a comma or CRLF" + at(i) + excerpt(csv, i);
        return table;
    }
    return table;
}

std::string csv_problem(std::string_view csv, bool team_trailer) {
    std::string problem;
    const CsvTable table = parse_csv(csv, problem);
    if (!problem.empty()) return problem;
    if (table.records.empty()) return "no header record";
    const std::size_t columns = table.records.front().size();
    // An empty line parses as one empty cell: it separates the team report's table and trailer.
    const auto is_blank = [](const std::vector<std::string>& r) { return r.size() == 1 && r.front().empty(); };
    std::size_t end_of_table = table.records.size();
    if (team_trailer) {
        const std::size_t n = table.records.size();
        if (n < 3 || !is_blank(table.records[n - 2]) || table.records[n - 1].size() != 2 ||
            table.records[n - 1][0] != "theory_of_change") {
            return "the team report does not end with a blank record and the theory of change";
        }
        end_of_table = n - 2;
    }
    for (std::size_t r = 0; r < table.records.size(); ++r) {
        const auto& record = table.records[r];
        if (r < end_of_table && record.size() != columns) {
            return "record " + std::to_string(r + 1) + " has " + std::to_string(record.size()) + " cells, the header " +
                   std::to_string(columns);
        }
        for (std::size_t c = 0; c < record.size(); ++c) {
            const std::string& cell = record[c];
            if (!cell.empty() && std::string_view("=+-@\t\r").find(cell[0]) != std::string_view::npos) {
                return "cell " + std::to_string(c + 1) + " of record " + std::to_string(r + 1) +
                       " starts with a character that makes a spreadsheet run it as a formula: \"" +
                       printable_excerpt(cell, 40) + "\"";
            }
        }
    }
    return "";
}

}  // namespace ladder::fuzz
