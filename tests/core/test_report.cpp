#include <doctest/doctest.h>

#include <string>

#include "fixtures.h"
#include "report.h"

using namespace ladder;
using ladder::test::mini_assessment;
using ladder::test::mini_model;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("CSV fields are quoted only when they need it") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("ñandú õun") == "ñandú õun");
}

TEST_CASE("CSV fields that a spreadsheet would run as formulas are neutralised") {
    CHECK(csv_field("=SUM(A1:A9)") == "'=SUM(A1:A9)");
    CHECK(csv_field("+1") == "'+1");
    CHECK(csv_field("@cmd") == "'@cmd");
    CHECK(csv_field("-2+3") == "'-2+3");
    // OWASP lists tab and carriage return too: Excel skips them and runs the formula behind.
    CHECK(csv_field("\t=1+1") == "'\t=1+1");
    CHECK(csv_field("\r=1+1") == "\"'\r=1+1\"");
}

TEST_CASE("the CSV report has a header and one CRLF row per category") {
    Assessment a = mini_assessment(2, -1, 0, 1, -1);
    a.answers["b3"].dont_know = true;
    a.answers["a1"].note = "budget, \"approved\"";
    const std::string csv = report_csv(mini_model(), a);
    // After the byte-order mark (tested below), the header.
    CHECK(csv.find("dimension_id,dimension,category_id,category,level,dont_know,target,note\r\n") == kUtf8Bom.size());
    CHECK(contains(csv, "alpha,Alpha,a1,A one,2,false,3,\"budget, \"\"approved\"\"\"\r\n"));
    CHECK(contains(csv, "alpha,Alpha,a2,A two,,false,,\r\n"));
    CHECK(contains(csv, "beta,Beta,b3,B three,,true,,\r\n"));
    size_t rows = 0;
    for (size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++rows;
    CHECK(rows == 6);
}

TEST_CASE("the CSV report starts with the UTF-8 byte-order mark, so Excel reads its accents") {
    Assessment a = mini_assessment(2, -1, 0, 1, -1);
    a.answers["a1"].note = "Dirección: =presupuesto";
    const std::string csv = report_csv(mini_model(), a);
    REQUIRE(csv.size() > 3);
    CHECK(static_cast<unsigned char>(csv[0]) == 0xEF);
    CHECK(static_cast<unsigned char>(csv[1]) == 0xBB);
    CHECK(static_cast<unsigned char>(csv[2]) == 0xBF);
    CHECK(csv.find(kUtf8Bom, 1) == std::string::npos);  // once, at the start only
    CHECK(contains(csv, ",Dirección: =presupuesto\r\n"));  // the text itself stays UTF-8
    // Neutralising formulas is unchanged by the mark.
    a.answers["a1"].note = "=HYPERLINK(\"x\")";
    CHECK(contains(report_csv(mini_model(), a), ",\"'=HYPERLINK(\"\"x\"\")\"\r\n"));
    CHECK(report(ReportFormat::Csv, mini_model(), a).rfind(std::string(kUtf8Bom) + "dimension_id,", 0) == 0);
    // The other formats have no mark.
    CHECK(report_markdown(mini_model(), a).rfind("# ", 0) == 0);
    CHECK(report_html(mini_model(), a).rfind("<!doctype html>", 0) == 0);
}

TEST_CASE("HTML escaping covers the five special characters") {
    CHECK(html_escape("<a href=\"x\">Tom's & co</a>") == "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;");
}

TEST_CASE("the HTML report escapes all user text") {
    Assessment a = mini_assessment(2, 1, 0, 1, 1);
    a.team = "<script>alert(1)</script>";
    a.answers["a1"].note = "<img src=x onerror=alert(2)>";
    a.theory_of_change = "If \"we\" & <they>...";
    const std::string html = report_html(mini_model(), a);
    CHECK_FALSE(contains(html, "<script>"));
    CHECK_FALSE(contains(html, "<img"));
    CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(contains(html, "&lt;img src=x onerror=alert(2)&gt;"));
    CHECK(contains(html, "If &quot;we&quot; &amp; &lt;they&gt;..."));
}

TEST_CASE("the HTML report is self-contained") {
    const std::string html = report_html(mini_model(), mini_assessment(2, 2, 1, 1, 1));  // overall 4/3
    CHECK_FALSE(contains(html, "http:"));
    CHECK_FALSE(contains(html, "https:"));
    CHECK_FALSE(contains(html, "src="));
    CHECK_FALSE(contains(html, "<link"));
    CHECK(contains(html, "Content-Security-Policy"));
    CHECK(contains(html, "Overall stage: Getting started"));
    CHECK(contains(html, "@media print"));
}

TEST_CASE("the Markdown report escapes user text and lists focus steps") {
    Assessment a = mini_assessment(2, 1, 0, 1, 1);
    a.team = "Team *bold* | pipe";
    const std::string md = report_markdown(mini_model(), a);
    CHECK(contains(md, "Team \\*bold\\* \\| pipe"));
    CHECK(contains(md, "1. **Focus:** **B one** (0 to 1): b1 step 0 to 1"));
    CHECK(contains(md, "| Alpha | 1.5 | Getting started | 2.5 | 2 of 2 |"));
}

TEST_CASE("the report function dispatches on the format") {
    const Assessment a = mini_assessment(1, 1, 1, 1, 1);
    CHECK(report(ReportFormat::Csv, mini_model(), a) == report_csv(mini_model(), a));
    CHECK(report(ReportFormat::Markdown, mini_model(), a) == report_markdown(mini_model(), a));
    CHECK(report(ReportFormat::Html, mini_model(), a) == report_html(mini_model(), a));
}

TEST_CASE("numbers for people have at most two decimals and no trailing zeros") {
    CHECK(format_number(2.0) == "2");
    CHECK(format_number(1.5) == "1.5");
    CHECK(format_number(4.0 / 3.0) == "1.33");
    CHECK(format_number(std::nullopt).empty());
}

// Only b1 answered: 1 of 5, alpha not rated, beta on 1 of 3. Half of 5 is 3, so 2 more.
TEST_CASE("the Markdown report says not rated and provisional instead of showing 0") {
    const std::string md = report_markdown(mini_model(), mini_assessment(-1, -1, 0, -1, -1));
    CHECK(contains(md, "**Overall stage:** Not yet started (provisional) (score 0 of 3)"));
    CHECK(contains(md, "**Answered:** 20%  \nThis stage is provisional: answer 2 more questions for a stage you can rely on\\."));
    CHECK(contains(md, "| Alpha | not rated | Not rated |  | 0 of 2 |"));
    CHECK(contains(md, "| Beta | 0 | Not yet started \\(provisional\\) | 1 | 1 of 3 |"));
}

TEST_CASE("the HTML report says not rated and provisional, with no empty bar for an unrated dimension") {
    const std::string html = report_html(mini_model(), mini_assessment(-1, -1, 0, -1, -1));
    CHECK(contains(html, "Overall stage: Not yet started <span class=\"provisional\">(provisional)</span>"));
    CHECK(contains(html, "20% of questions answered. This stage is provisional: answer 2 more questions for a stage you can rely on."));
    CHECK(contains(html, "<tr><td>Alpha</td><td>not rated</td><td></td><td>Not rated</td>"));
    CHECK(contains(html, "<td>Not yet started (provisional)</td>"));
    // One bar: beta's (its score is 0, answered); alpha, not rated, has none.
    std::size_t bars = 0;
    for (std::size_t at = html.find("class=\"bar\""); at != std::string::npos; at = html.find("class=\"bar\"", at + 1)) ++bars;
    CHECK(bars == 1);
}

TEST_CASE("one answer needed reads in the singular") {
    const std::string md = report_markdown(mini_model(), mini_assessment(-1, -1, 2, 2, 1));  // alpha empty
    CHECK(contains(md, "answer 1 more question for a stage you can rely on"));
}

TEST_CASE("a complete report has no provisional marks") {
    const Assessment a = mini_assessment(2, 1, 0, 1, 1);
    CHECK_FALSE(contains(report_markdown(mini_model(), a), "provisional"));
    CHECK_FALSE(contains(report_html(mini_model(), a), "(provisional)"));
    CHECK_FALSE(contains(report_markdown(mini_model(), a), "not rated"));
}
