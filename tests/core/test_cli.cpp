#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli.h"
#include "cli_run.h"
#include "team.h"
#include "fixtures.h"
#include "scoring.h"
#include "text_decode.h"

using namespace ladder;
using ladder::test::cli;
using ladder::test::data_path;
using ladder::test::Run;

namespace {

const std::string kModel = std::string(LADDER_MODEL_DIR) + "/digital-services.json";

std::string example_path() { return std::string(LADDER_MODEL_DIR) + "/example-assessment.json"; }

}  // namespace

TEST_CASE("cli: no command or an unknown one is a usage error") {
    CHECK(cli({}).code == kExitUsage);
    const Run r = cli({"frobnicate"});
    CHECK(r.code == kExitUsage);
    CHECK(r.err.find("ladder-cli: unknown command \"frobnicate\"") == 0);
    CHECK(cli({"score"}).code == kExitUsage);
    CHECK(cli({"report", example_path()}).code == kExitUsage);
    CHECK(cli({"report", "--format", "pdf", example_path()}).code == kExitUsage);
    CHECK(cli({"score", "--bogus", "x"}).code == kExitUsage);
}

TEST_CASE("cli: help prints the usage and succeeds") {
    const Run r = cli({"--help"});
    CHECK(r.code == kExitOk);
    CHECK(r.out.find("usage: ladder-cli") == 0);
}

TEST_CASE("cli: validate says ok for the shipped model") {
    const Run r = cli({"validate", kModel});
    CHECK(r.code == kExitOk);
    CHECK(r.out == "ok\n");
}

TEST_CASE("cli: validate lists every problem of a broken model") {
    const Run r = cli({"validate", data_path("broken-model.json")});
    CHECK(r.code == kExitInvalidInput);
    CHECK(r.out.find("broken-model.json: /dimensions/0/categories/0/levels: expected exactly 4") != std::string::npos);
    CHECK(r.out.find("broken-model.json: /pitfalls/0/when/dimension: no dimension with id \"gamma\"") != std::string::npos);
    CHECK(r.err.find("2 problems found") != std::string::npos);
}

TEST_CASE("cli: a JSON syntax error exits 1 and names file line and column") {
    const Run r = cli({"score", data_path("syntax-error.json")});
    CHECK(r.code == kExitInvalidInput);
    CHECK(r.err.find("syntax-error.json: 4:15: JSON syntax error") != std::string::npos);
    CHECK(r.out.empty());
}

TEST_CASE("cli: a content error exits 1 and names file and pointer") {
    const Run r = cli({"score", data_path("bad-level.json")});
    CHECK(r.code == kExitInvalidInput);
    CHECK(r.err == data_path("bad-level.json") +
                       ": /answers/mandate/level: expected a whole number from 0 to 3 or null, found the number 1.5\n");
}

TEST_CASE("cli: a missing file exits 1") {
    const Run r = cli({"score", data_path("no-such-file.json")});
    CHECK(r.code == kExitInvalidInput);
    CHECK(r.err.find("cannot open the file") != std::string::npos);
}

TEST_CASE("cli: score prints the core's result JSON") {
    const Run r = cli({"score", example_path()});
    REQUIRE(r.code == kExitOk);
    const auto a = read_assessment(test::read_text(example_path()), default_model());
    REQUIRE(a.ok());
    CHECK(Json::parse(r.out) == score_to_json(default_model(), score_assessment(default_model(), a.value())));
}

TEST_CASE("cli: template prints a blank assessment that reads back") {
    const Run r = cli({"template"});
    REQUIRE(r.code == kExitOk);
    const auto a = read_assessment(r.out, default_model());
    REQUIRE(a.ok());
    CHECK(a.value().answers.size() == default_model().categories.size());
}

TEST_CASE("cli: a custom model is used for scoring") {
    const Run r = cli({"score", "--model", data_path("mini-model.json"), data_path("mini-assessment.json")});
    REQUIRE(r.code == kExitOk);
    const Json j = Json::parse(r.out);
    CHECK(j["model"]["id"] == "mini");
    CHECK(j["overall"]["score"] == 1.0);
}

TEST_CASE("cli: an assessment for another model is refused") {
    const Run r = cli({"score", data_path("mini-assessment.json")});
    CHECK(r.code == kExitInvalidInput);
    CHECK(r.err.find("/model/id: this file is for the model \"mini\"") != std::string::npos);
}

TEST_CASE("cli: report writes csv md and html") {
    const std::string file = example_path();
    // CSV on standard output starts with the UTF-8 byte-order mark too, as the page's downloads do.
    CHECK(cli({"report", "--format", "csv", file}).out.find("\xEF\xBB\xBF" "dimension_id,dimension,") == 0);
    CHECK(cli({"report", "--format", "md", file}).out.find("# ") == 0);
    CHECK(cli({"report", "--format", "html", file}).out.find("<!doctype html>") == 0);
}

TEST_CASE("cli: merge and report --team refuse more files than one merge takes, before reading any") {
    std::vector<std::string> args{"merge"};
    args.insert(args.end(), kMaxRespondents + 1, example_path());
    const Run r = cli(args);
    CHECK(r.code == kExitUsage);
    CHECK(r.out.empty());
    CHECK(r.err.find("10001 files were given; Ladder merges at most 10000 at once") != std::string::npos);
    args[0] = "report";
    args.insert(args.begin() + 1, {"--team", "--format", "csv"});
    CHECK(cli(args).code == kExitUsage);
}

TEST_CASE("cli: merge combines files and lists the ones it refused") {
    const Run r = cli({"merge", example_path(), data_path("mini-assessment.json"), example_path(),
                       data_path("bad-level.json")});
    REQUIRE(r.code == kExitOk);
    const Json j = Json::parse(r.out);
    CHECK(j["respondents"] == Json::array({"Example respondent"}));
    REQUIRE(j["refused"].size() == 2);
    CHECK(j["refused"][0]["file"] == data_path("mini-assessment.json"));
    CHECK(j["refused"][0]["reason"].get<std::string>().find("this file is for the model \"mini\"") != std::string::npos);
    CHECK(j["refused"][1]["reason"].get<std::string>().find("/answers/mandate/level") == 0);
    REQUIRE(j["duplicates"].size() == 1);
    CHECK(j["duplicates"][0]["same_as"] == 0);
    CHECK(j["agreement"]["alpha_ordinal"].is_null());
    CHECK(j["agreement"]["by_dimension"].size() == 6);
    CHECK(j["categories"].size() == default_model().categories.size());
    CHECK(r.err.find("bad-level.json") != std::string::npos);
}

TEST_CASE("cli: compare prints the change between two assessments") {
    const Run r = cli({"compare", "--model", data_path("mini-model.json"), data_path("mini-assessment.json"),
                       data_path("mini-assessment.json")});
    REQUIRE(r.code == kExitOk);
    const Json j = Json::parse(r.out);
    CHECK(j["dimensions"][0]["change"] == 0.0);
    CHECK(cli({"compare", example_path()}).code == kExitUsage);
}

TEST_CASE("cli: report --team writes a team report") {
    const Run html = cli({"report", "--team", "--format", "html", example_path(), example_path()});
    REQUIRE(html.code == kExitOk);
    CHECK(html.out.find("Talk about these first") != std::string::npos);
    CHECK(html.out.find("Counted once: Example respondent") != std::string::npos);
    const Run csv = cli({"report", "--team", "--format", "csv", example_path()});
    CHECK(csv.out.find("\xEF\xBB\xBF" "dimension_id,dimension,category_id,category,n,median") == 0);
    CHECK(cli({"report", "--team", "--format", "md", example_path()}).code == kExitUsage);
    CHECK(cli({"score", "--team", example_path()}).code == kExitUsage);
}

TEST_CASE("cli: report --team reads a team exercise saved from the page") {
    const Json example = Json::parse(test::read_text(example_path()));
    Json second = example;
    second["respondent"] = "Second member";
    const Json exercise = {{"format", "ladder-team"},
                           {"version", 1},
                           {"model", example["model"]},
                           {"team", "Cabinet digital unit"},
                           {"respondents", {example, second}},
                           {"theory_of_change", "Our goal is a single front door."}};
    const std::string path = (std::filesystem::temp_directory_path() / "ladder-cli-test-team.json").string();
    std::ofstream(path) << exercise.dump();
    const Run html = cli({"report", "--team", "--format", "html", path});
    REQUIRE(html.code == kExitOk);
    CHECK(html.out.find("<h1>Cabinet digital unit</h1>") != std::string::npos);
    CHECK(html.out.find("2 respondents: Example respondent, Second member") != std::string::npos);
    CHECK(html.out.find("Our goal is a single front door.") != std::string::npos);
    // A team file with other files is refused: the report would not say who is in it.
    const Run mixed = cli({"report", "--team", "--format", "csv", path, example_path()});
    CHECK(mixed.code == kExitInvalidInput);
    CHECK(mixed.err.find("a team exercise file goes alone") != std::string::npos);
    std::filesystem::remove(path);
}

TEST_CASE("cli: a file whose format is not text is an invalid input, not a crash") {
    const std::string path = (std::filesystem::temp_directory_path() / "ladder-cli-test-odd.json").string();
    std::ofstream(path) << R"({"format": 5, "version": 1})";
    const Run r = cli({"report", "--team", "--format", "csv", path});
    CHECK(r.code == kExitInvalidInput);
    CHECK(r.err.find("/format") != std::string::npos);
    std::filesystem::remove(path);
}

TEST_CASE("cli: --lang gives the default model's texts in that language") {
    const auto es = parse_json(default_model_translation_json("es"));
    REQUIRE(es.ok());
    const Run r = cli({"score", "--lang", "es", example_path()});
    REQUIRE(r.code == kExitOk);
    const Json result = Json::parse(r.out);
    REQUIRE_FALSE(result["next_steps"].empty());
    const Json& step = result["next_steps"][0];
    const Category& c = default_model().categories[static_cast<std::size_t>(default_model().category_index(step["category"]))];
    CHECK(step["text"] == es.value()["categories"][c.id]["next_steps"][step["from"].get<int>()]);
    CHECK(step["text"] != c.next_steps[static_cast<std::size_t>(step["from"].get<int>())].get("en"));
    // A report in French names the categories in French; a language with no translation is English.
    const Run fr = cli({"report", "--format", "md", "--lang", "fr", example_path()});
    REQUIRE(fr.code == kExitOk);
    const auto french = parse_json(default_model_translation_json("fr"));
    CHECK(fr.out.find(french.value()["categories"][c.id]["title"].get<std::string>()) != std::string::npos);
    const Run de = cli({"score", "--lang", "de", example_path()});
    CHECK(Json::parse(de.out)["next_steps"][0]["text"] == c.next_steps[static_cast<std::size_t>(step["from"].get<int>())].get("en"));
}

namespace {

std::string encoding_path(const std::string& name) { return data_path("encodings/" + name); }

// Every byte of the output a valid UTF-8 sequence (text_decode.h's check).
bool all_utf8(const Run& r) { return is_valid_utf8(r.out) && is_valid_utf8(r.err); }

const char* const kUtf8 = "Jos\xC3\xA9 Mu\xC3\xB1oz";
const char* const kDireccion = "Direcci\xC3\xB3n";

}  // namespace

TEST_CASE("cli: merge reads Windows-1252 and UTF-16 files, lists a binary one as refused and goes on") {
    const Run r = cli({"merge", example_path(), encoding_path("windows-1252.json"), encoding_path("utf16le-bom.json"),
                       encoding_path("binary.png")});
    REQUIRE(r.code == kExitOk);
    CHECK(all_utf8(r));
    const Json j = Json::parse(r.out);
    CHECK(j["files"] == Json::array({example_path(), encoding_path("windows-1252.json"), encoding_path("utf16le-bom.json")}));
    // The two conversions give the same respondent, byte for byte: counted once.
    CHECK(j["respondents"] == Json::array({"Example respondent", kUtf8}));
    REQUIRE(j["duplicates"].size() == 1);
    REQUIRE(j["refused"].size() == 1);
    CHECK(j["refused"][0]["file"] == encoding_path("binary.png"));
    CHECK(j["refused"][0]["reason"].get<std::string>().find("not a text file") != std::string::npos);
    REQUIRE(j["notices"].size() == 1);
    CHECK(j["notices"][0]["file"] == encoding_path("windows-1252.json"));
    CHECK(j["notices"][0]["notice"] == "this file was not saved as UTF-8; it was read as Windows-1252");
    CHECK(r.err.find("windows-1252.json: this file was not saved as UTF-8") != std::string::npos);
    CHECK(r.err.find("binary.png: this is not a text file") != std::string::npos);
    // Without a conversion there is nothing to say.
    const Run plain = cli({"merge", example_path()});
    CHECK(Json::parse(plain.out)["notices"] == Json::array());
}

TEST_CASE("cli: merge refuses a truncated file and UTF-16 without a mark, in valid UTF-8, and goes on") {
    const Run r = cli({"merge", encoding_path("truncated-utf8.json"), encoding_path("utf16be-bom.json"),
                       encoding_path("utf16le-no-bom.json"), encoding_path("utf16le-damaged.json")});
    REQUIRE(r.code == kExitOk);
    CHECK(all_utf8(r));
    const Json j = Json::parse(r.out);
    CHECK(j["respondents"] == Json::array({kUtf8}));
    REQUIRE(j["refused"].size() == 3);
    CHECK(j["refused"][0]["reason"].get<std::string>().find("probably cut short") != std::string::npos);
    CHECK(j["refused"][1]["reason"].get<std::string>().find("UTF-16 without a byte-order mark") != std::string::npos);
    CHECK(j["refused"][2]["reason"] == "this UTF-16 file is damaged at byte 22");
}

TEST_CASE("cli: score reads a Windows-1252 file, says so on stderr and keeps the exit code") {
    const Run r = cli({"score", encoding_path("windows-1252.json")});
    REQUIRE(r.code == kExitOk);
    CHECK(all_utf8(r));
    CHECK(r.err == encoding_path("windows-1252.json") + ": this file was not saved as UTF-8; it was read as Windows-1252\n");
    const Run utf8 = cli({"score", encoding_path("utf8.json")});
    REQUIRE(utf8.code == kExitOk);
    CHECK(utf8.err.empty());
    CHECK(Json::parse(r.out) == Json::parse(utf8.out));
    // The team's name comes through the conversion intact.
    const Run md = cli({"report", "--format", "md", encoding_path("windows-1252.json")});
    REQUIRE(md.code == kExitOk);
    CHECK(md.out.find(kDireccion) != std::string::npos);
    CHECK(md.out.find("\xE2\x80\x9Cnew\xE2\x80\x9D mandate \xE2\x80\x93 40 000 \xE2\x82\xAC") != std::string::npos);
    // In another language, the notice is translated.
    const Run es = cli({"score", "--lang", "es", encoding_path("windows-1252.json")});
    CHECK(es.err.find("se ley\xC3\xB3 como Windows-1252") != std::string::npos);
}

TEST_CASE("cli: score of a truncated file says so in valid UTF-8, with an escaped excerpt") {
    const Run r = cli({"score", encoding_path("truncated-utf8.json")});
    CHECK(r.code == kExitInvalidInput);
    CHECK(r.out.empty());
    CHECK(all_utf8(r));
    CHECK(r.err.find("truncated-utf8.json: 8:19: the file ends partway through a character") != std::string::npos);
    CHECK(r.err.find("\"team\": \"Direcci\\xC3)") != std::string::npos);
    const Run binary = cli({"score", encoding_path("binary.png")});
    CHECK(binary.code == kExitInvalidInput);
    CHECK(binary.err == encoding_path("binary.png") + ": this is not a text file (it holds binary data)\n");
}

TEST_CASE("cli: every command decodes its files: compare, report, report --team, validate, --model") {
    const Run compare = cli({"compare", encoding_path("utf16be-bom.json"), encoding_path("windows-1252.json")});
    REQUIRE(compare.code == kExitOk);
    CHECK(all_utf8(compare));
    const Run team = cli({"report", "--team", "--format", "html", encoding_path("windows-1252.json"),
                          encoding_path("utf16le-bom.json"), example_path()});
    REQUIRE(team.code == kExitOk);
    CHECK(all_utf8(team));
    CHECK(team.out.find(kUtf8) != std::string::npos);
    CHECK(team.err.find("windows-1252.json: this file was not saved as UTF-8") != std::string::npos);
    // A report names everyone in it: a file that cannot be read stops it, with the reason.
    const Run refused = cli({"report", "--team", "--format", "csv", example_path(), encoding_path("binary.png")});
    CHECK(refused.code == kExitInvalidInput);
    CHECK(refused.err.find("binary.png: this is not a text file") != std::string::npos);

    // A model saved as UTF-16: validate and --model read it.
    const std::string model = test::read_text(kModel);
    std::string utf16 = "\xFF\xFE";
    for (const char c : model) {
        REQUIRE(static_cast<unsigned char>(c) < 0x80);  // the shipped model is ASCII: one unit each
        utf16 += c;
        utf16 += '\0';
    }
    const std::string path = (std::filesystem::temp_directory_path() / "ladder-cli-test-utf16-model.json").string();
    std::ofstream(path, std::ios::binary) << utf16;
    CHECK(cli({"validate", path}).out == "ok\n");
    CHECK(cli({"score", "--model", path, encoding_path("utf8-bom.json")}).code == kExitOk);
    std::filesystem::remove(path);
}
