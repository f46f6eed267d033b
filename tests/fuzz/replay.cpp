// The fuzz targets as an ordinary test (CTest, "fuzz: ..."), in every native build: each file
// in tests/data/fuzz-findings/ goes through the target its name starts with, so a crash libFuzzer
// once found stays fixed; every fixture goes through every target, so the targets' own checks
// hold on the inputs the seed corpus starts from; and the report checks are shown to catch what
// they exist to catch. A target that finds a problem aborts, which fails the test.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "assessment.h"
#include "fuzz_targets.h"
#include "model.h"
#include "report.h"
#include "report_checks.h"

namespace fs = std::filesystem;
using namespace ladder;
using namespace ladder::fuzz;

namespace {

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot open " << path.string());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The regular files of a folder, sorted so that a failure names the same file every run.
std::vector<fs::path> files_in(const fs::path& folder) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

void run(const Target& target, const std::string& bytes) {
    target.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

const Target* target_named(const std::string& name) {
    for (const Target& t : kTargets) {
        if (name == t.name) return &t;
    }
    return nullptr;
}

// The fixtures the seed corpus is made of (tests/fuzz/run.sh builds the same list).
std::vector<fs::path> seed_fixtures() {
    std::vector<fs::path> all;
    const fs::path data = LADDER_TEST_DATA, models = LADDER_MODEL_DIR;
    for (const fs::path& folder : {data, data / "malformed", data / "encodings", models, models / "lang"}) {
        for (const fs::path& file : files_in(folder)) all.push_back(file);
    }
    return all;
}

}  // namespace

TEST_CASE("every committed finding still passes the target it was found by") {
    std::size_t findings = 0;
    for (const fs::path& file : files_in(LADDER_FUZZ_FINDINGS)) {
        const std::string name = file.filename().string();
        if (name == "README.md") continue;
        // <target>-<what it was>, e.g. reports-csv-tab-formula
        const Target* target = target_named(name.substr(0, name.find('-')));
        INFO(name);
        REQUIRE_MESSAGE(target != nullptr, "a finding's name must start with its target's name and a hyphen");
        run(*target, read_bytes(file));
        ++findings;
    }
    MESSAGE(findings << " findings replayed");
}

TEST_CASE("every fixture of the seed corpus passes every target") {
    const auto fixtures = seed_fixtures();
    CHECK(fixtures.size() > 100);
    for (const fs::path& file : fixtures) {
        INFO(file.string());
        const std::string bytes = read_bytes(file);
        for (const Target& target : kTargets) run(target, bytes);
    }
}

TEST_CASE("several assessments in one input, as the merge and report targets split them") {
    const std::string example(example_assessment_json());
    const std::string separator(1, static_cast<char>(kFileSeparator));
    // Two files and an exact copy of the first (a duplicate); then a broken file among them.
    for (const std::string& input : {example + separator + read_bytes(fs::path(LADDER_TEST_DATA) / "bad-level.json") + separator + example,
                                     example + separator + "{" + separator + example}) {
        run(*target_named("merge"), input);
        run(*target_named("reports"), input);
    }
}

TEST_CASE("the HTML check accepts the reports and refuses text that escaped the escaping") {
    const auto assessment = read_assessment(example_assessment_json(), default_model());
    REQUIRE(assessment);
    const std::string html = report_html(default_model(), assessment.value());
    CHECK(html_problem(html) == "");

    const auto with = [&html](const std::string& inserted) {
        std::string changed = html;
        changed.insert(changed.find("</body>"), inserted);
        return html_problem(changed);
    };
    CHECK(with("<script>alert(1)</script>").find("starts no tag") != std::string::npos);
    CHECK(with("Tom & Jerry").find("'&'") != std::string::npos);
    CHECK(with("&amp;&lt;&gt;&quot;&#39;") == "");
    CHECK(with("<p class=\"x\">").find("starts no tag") != std::string::npos);  // our tag, not our attribute
    CHECK(with("<strong>").find("does not close") != std::string::npos);  // </body> comes while <strong> is open
    CHECK(html_problem(html + "<strong>").find("never closed") != std::string::npos);
    CHECK(with("</div>").find("does not close") != std::string::npos);
    CHECK(with("<span style=\"width:50%\"></span>") == "");
    CHECK(with("<span style=\"width:x\"></span>").find("starts no tag") != std::string::npos);
    CHECK(with("\xC3").find("UTF-8") != std::string::npos);
}

TEST_CASE("the Markdown check refuses raw HTML and cells added to a table") {
    const auto assessment = read_assessment(example_assessment_json(), default_model());
    REQUIRE(assessment);
    const std::string markdown = report_markdown(default_model(), assessment.value());
    CHECK(markdown_problem(markdown) == "");
    CHECK(markdown_problem("a\\<b<br>c\n") == "");
    CHECK(markdown_problem("a<img src=x>\n").find("unescaped '<'") != std::string::npos);
    CHECK(markdown_problem("a\\\\<b\n").find("unescaped '<'") != std::string::npos);  // the backslash is escaped, not the '<'
    CHECK(markdown_problem("| a | b |\n|---|---|\n| 1 \\| 2 | 3 |\n") == "");
    CHECK(markdown_problem("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n").find("column separators") != std::string::npos);
}

TEST_CASE("the CSV check parses as a spreadsheet does and refuses formulas") {
    const auto assessment = read_assessment(example_assessment_json(), default_model());
    REQUIRE(assessment);
    CHECK(csv_problem(report_csv(default_model(), assessment.value()), false) == "");

    const std::string bom = "\xEF\xBB\xBF";
    std::string problem;
    const CsvTable table = parse_csv(bom + "a,\"b,\"\"c\"\"\r\nd\",\r\n", problem);
    CHECK(problem == "");
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0] == std::vector<std::string>{"a", "b,\"c\"\r\nd", ""});

    CHECK(csv_problem("a,b\r\n", false).find("byte-order mark") != std::string::npos);
    CHECK(csv_problem(bom + "a,b\r\n1,2", false).find("CRLF") != std::string::npos);
    CHECK(csv_problem(bom + "a,b\r\n1,2\n", false).find("comma or CRLF") != std::string::npos);
    CHECK(csv_problem(bom + "a,b\r\n1,x\"y\r\n", false).find("quote inside") != std::string::npos);
    CHECK(csv_problem(bom + "a,b\r\n1,\"2\r\n", false).find("never closes") != std::string::npos);
    CHECK(csv_problem(bom + "a,b\r\n1\r\n", false).find("cells") != std::string::npos);
    for (const char* cell : {"=1+1", "+1", "-1", "@SUM(A1)", "\"\tx\"", "\"\rx\""}) {
        INFO(cell);
        CHECK(csv_problem(bom + "a,b\r\n1," + cell + "\r\n", false).find("formula") != std::string::npos);
    }
    CHECK(csv_problem(bom + "a,b\r\n1,'=1+1\r\n", false) == "");
    CHECK(csv_problem(bom + "a,b\r\n1,2\r\n\r\ntheory_of_change,x\r\n", true) == "");
    CHECK(csv_problem(bom + "a,b\r\n1,2\r\n", true).find("theory of change") != std::string::npos);
}
