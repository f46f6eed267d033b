// ladder-cli peers and compare-peers on files: assessments and team exercises mixed, the same
// team twice, suppression at the threshold, the three formats, and a team set against the file.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "cli_run.h"
#include "exercise.h"
#include "fixtures.h"
#include "peers.h"

using namespace ladder;
using ladder::test::cli;
using ladder::test::Run;

namespace {

// Files in a folder of their own, removed at the end of the test.
struct Folder {
    std::filesystem::path path;
    explicit Folder(const std::string& name) : path(std::filesystem::temp_directory_path() / ("ladder-peers-" + name)) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~Folder() { std::filesystem::remove_all(path); }
    std::string write(const std::string& name, const std::string& text) const {
        const std::string file = (path / name).string();
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }
};

// Team `number`'s assessment of the built-in model: every category at (number + k) % 4.
Assessment team_assessment(int number) {
    Assessment a = blank_assessment(default_model());
    a.id = std::string(30, '0') + (number < 10 ? "0" : "") + std::to_string(number);
    a.team = "Team " + std::to_string(number);
    a.updated = "2026-11-0" + std::to_string(1 + number % 9) + "T10:00:00Z";
    for (std::size_t k = 0; k < default_model().categories.size(); ++k) {
        a.answers[default_model().categories[k].id].level = static_cast<int>((static_cast<std::size_t>(number) + k) % 4);
    }
    return a;
}

// `count` teams' assessment files, the last of them a team exercise of two members.
std::vector<std::string> team_files(const Folder& folder, int count) {
    std::vector<std::string> files;
    for (int i = 0; i < count - 1; ++i) {
        files.push_back(folder.write("team" + std::to_string(i) + ".json", dump_json(assessment_to_json(team_assessment(i)))));
    }
    TeamExercise exercise = blank_team_exercise(default_model());
    exercise.team = "Regional unit";
    exercise.created = "2026-10-01T09:00:00Z";
    exercise.respondents = {team_assessment(40), team_assessment(41)};
    files.push_back(folder.write("regional-unit.json", dump_json(team_exercise_to_json(exercise))));
    return files;
}

std::vector<std::string> args(std::vector<std::string> head, const std::vector<std::string>& files) {
    head.insert(head.end(), files.begin(), files.end());
    return head;
}

}  // namespace

TEST_CASE("cli peers: assessment and team files mixed, the same team once, figures published from five teams") {
    const Folder folder("mixed");
    std::vector<std::string> files = team_files(folder, 5);
    files.push_back(files[0]);  // handed in twice
    files.push_back(folder.write("notes.txt", "not json"));
    const Run r = cli(args({"peers"}, files));
    REQUIRE(r.code == kExitOk);
    const Json j = Json::parse(r.out);
    CHECK(j["format"] == "ladder-peers");
    CHECK(j["version"] == 1);
    CHECK(j["model"] == Json({{"id", "digital-services"}, {"model_version", default_model().model_version}}));
    CHECK(j["teams"] == 5);
    CHECK(j["min_group"] == 5);
    REQUIRE(j["duplicates"].size() == 1);
    CHECK(j["duplicates"][0] == Json({{"file", files[0]}, {"kept", files[0]}, {"reason", "same"}}));
    REQUIRE(j["refused"].size() == 1);
    CHECK(j["refused"][0]["file"] == files.back());
    CHECK(r.err.find(files[0] + ": the same team as " + files[0] + "; counted once") != std::string::npos);
    // The first category: teams 0..3 at levels 0..3, the regional unit at the median of 0 and
    // 1 (members 40 and 41 at 40 % 4 = 0 and 41 % 4 = 1): 0.5, counted at level 0.
    const Json& first = j["categories"][0];
    CHECK(first["n"] == 5);
    CHECK(first["counts"] == Json::array({2, 1, 1, 1}));
    CHECK(first["q1"] == 0.5);
    CHECK(first["median"] == 1);
    CHECK(first["q3"] == 2);
    CHECK(first["suppressed"] == false);
    CHECK(j["dimensions"].size() == default_model().dimensions.size());
    CHECK(j["overall"]["n"] == 5);
    // Nothing in it names a team or holds a team's own levels.
    CHECK(r.out.find("Team 1") == std::string::npos);
    CHECK(r.out.find("Regional unit") == std::string::npos);
}

TEST_CASE("cli peers: a figure from fewer teams than --min-group is suppressed, the group is at least 5") {
    const Folder folder("threshold");
    const std::vector<std::string> four = team_files(folder, 4);
    const Json j = Json::parse(cli(args({"peers"}, four)).out);
    CHECK(j["teams"] == 4);
    for (const auto* list : {&j["categories"], &j["dimensions"]}) {
        for (const Json& cell : *list) {
            CHECK(cell["suppressed"] == true);
            CHECK(cell["n"] == 4);
            CHECK(cell["counts"].is_null());
            CHECK(cell["median"].is_null());
        }
    }
    CHECK(j["overall"]["q1"].is_null());
    const std::vector<std::string> six = team_files(folder, 6);
    CHECK(Json::parse(cli(args({"peers", "--min-group", "6"}, six)).out)["categories"][0]["suppressed"] == false);
    CHECK(Json::parse(cli(args({"peers", "--min-group", "7"}, six)).out)["categories"][0]["suppressed"] == true);
    const Run low = cli(args({"peers", "--min-group", "4"}, six));
    CHECK(low.code == kExitUsage);
    CHECK(low.err.find("--min-group needs a whole number of at least 5") != std::string::npos);
    CHECK(cli(args({"peers", "--min-group", "five"}, six)).code == kExitUsage);
    CHECK(cli(args({"merge", "--min-group", "6"}, six)).code == kExitUsage);
    CHECK(cli({"peers"}).code == kExitUsage);
    CHECK(cli(args({"peers", "--format", "md"}, six)).code == kExitUsage);
}

TEST_CASE("cli peers: none counted is an error, CSV and HTML carry the same figures") {
    const Folder folder("formats");
    const Run none = cli({"peers", folder.write("a.txt", "nope"), folder.write("b.json", "{}")});
    CHECK(none.code == kExitInvalidInput);
    CHECK(none.err.find("none of the files could be counted") != std::string::npos);
    const std::vector<std::string> files = team_files(folder, 5);
    const Run csv = cli(args({"peers", "--format", "csv"}, files));
    REQUIRE(csv.code == kExitOk);
    const std::string first = default_model().categories[0].id;
    CHECK(csv.out.find("category," + first + ",5,false,2,1,1,1,0.5,1,2\r\n") != std::string::npos);
    const Run html = cli(args({"peers", "--format", "html", "--lang", "es"}, files));
    REQUIRE(html.code == kExitOk);
    CHECK(html.out.find("<html lang=\"es\">") != std::string::npos);
    CHECK(html.out.find("Comparación entre pares") != std::string::npos);
    CHECK(html.out.find("Se contaron 5 equipos.") != std::string::npos);
}

TEST_CASE("cli compare-peers: a team's position per dimension and overall, a tampered file is refused") {
    const Folder folder("compare");
    const std::vector<std::string> files = team_files(folder, 6);
    const std::string peers = folder.write("peers.json", cli(args({"peers"}, files)).out);
    const Run r = cli({"compare-peers", peers, files[2]});
    REQUIRE(r.code == kExitOk);
    const Json j = Json::parse(r.out);
    CHECK(j["team"] == "Team 2");
    CHECK(j["peers"] == 6);
    REQUIRE(j["dimensions"].size() == default_model().dimensions.size());
    for (const Json& d : j["dimensions"]) {
        const std::string position = d["position"].get<std::string>();
        CHECK((position == "below" || position == "like" || position == "ahead"));
        CHECK(d["at_or_below"].get<int>() >= 0);
        CHECK(d["at_or_below"].get<int>() <= 6);
    }
    CHECK(j["overall"]["n"] == 6);
    CHECK(j["next_steps"].size() > 0);
    CHECK(j["next_steps"][0].contains("peers_there"));
    // A team exercise file compares too.
    CHECK(cli({"compare-peers", peers, files.back()}).code == kExitOk);

    Json tampered = Json::parse(test::read_text(peers));
    tampered["categories"][0]["counts"] = nullptr;
    const Run bad = cli({"compare-peers", folder.write("tampered.json", dump_json(tampered)), files[2]});
    CHECK(bad.code == kExitInvalidInput);
    CHECK(bad.err.find("/categories/0/counts") != std::string::npos);
    CHECK(cli({"compare-peers", peers}).code == kExitUsage);
    CHECK(cli({"compare-peers", files[2], files[3]}).code == kExitInvalidInput);
}
