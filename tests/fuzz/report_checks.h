// Checks that a report is safe to open, whatever text people put in their files. The fuzz
// targets run them on every report they write; tests/fuzz/replay.cpp proves they catch what
// they are meant to catch. Each returns an empty string when the report passes, else a sentence
// saying what is wrong and where, so a failure reads on its own in a fuzzer's log.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ladder::fuzz {

// Appended to every user-controlled string before a report is written a second time (the
// "tainted" pass of the report targets). It holds each character the HTML and Markdown escapes
// must deal with, so its raw form must never reach the output and its escaped form must.
constexpr std::string_view kTaintMarker = "<ladder-taint&\"'>";

// HTML: valid UTF-8; every '<' opens or closes one of the tags the reports write (with the
// exact attributes they write) and the tags nest properly; every '&' starts one of the five
// entities html_escape writes. So text from a file can only appear escaped: a raw "<script>",
// an attribute of our own or a stray "&" fails.
std::string html_problem(std::string_view html);

// Markdown: valid UTF-8; with backslash escapes taken into account, every '<' left is the
// "<br>" markdown_escape writes for a line break; every line of a table has as many column
// separators as the table's first line. So a note cannot open raw HTML nor add table cells.
std::string markdown_problem(std::string_view markdown);

// One CSV file read as a spreadsheet would (RFC 4180: UTF-8 with a byte-order mark, CRLF
// between records, fields in double quotes with "" for a quote).
struct CsvTable {
    std::vector<std::vector<std::string>> records;
};
// Parses the CSV strictly: a quote inside an unquoted field, a character after a closing
// quote, a bare CR or LF or a missing byte-order mark is an error (returned in `problem`).
CsvTable parse_csv(std::string_view csv, std::string& problem);

// CSV: parses (above); every record of the table has as many cells as the header; and no cell
// starts with a character that makes a spreadsheet read it as a formula (= + - @, tab, carriage
// return: OWASP's list for CSV injection). `team_trailer`: the team report ends with a blank
// record and a two-cell "theory_of_change" record after its table.
std::string csv_problem(std::string_view csv, bool team_trailer);

}  // namespace ladder::fuzz
