// File versions and identity: the version-1 files kept in tests/data/v1 (never edited) keep
// loading, a newer version of each kind of file is refused with one sentence, and an
// assessment's id survives every round trip while an id-less file stays id-less.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "cli.h"
#include "exercise.h"
#include "fixtures.h"
#include "messages.h"
#include "model.h"
#include "team.h"

using namespace ladder;
using ladder::test::data_path;
using ladder::test::read_fixture;

namespace {

const Model& v1_model() {
    static const Model model = load_model(read_fixture("v1/model.json")).value();
    return model;
}

bool is_hex_id(const std::string& id) {
    if (id.size() != 32) return false;
    for (const char c : id) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("the version-1 model, assessment and team files still load") {
    const auto model = load_model(read_fixture("v1/model.json"));
    REQUIRE(model);
    CHECK(model.value().id == "digital-services");

    const auto a = read_assessment(read_fixture("v1/assessment.json"), default_model());
    REQUIRE(a);
    CHECK(a.value().respondent == "María José Núñez");
    CHECK(a.value().id.empty());  // written before ids: none invented on reading
    CHECK(a.value().answers.at("mandate").level == 2);
    CHECK(assessment_to_json(a.value()).count("id") == 0);  // and none written back

    const auto team = read_team_exercise(read_fixture("v1/team.json"), v1_model());
    REQUIRE(team);
    CHECK(team.value().respondents.size() == 3);
    CHECK(team.value().hide_ratings);
    // Two different old files both called Maria are two people, told apart.
    const TeamPlan plan = plan_team(v1_model(), team.value());
    CHECK(plan.merged.respondents == std::vector<std::string>{"Maria", "Maria (2)", "Tõnu Kask"});
    CHECK(plan.merged.duplicates.empty());
}

TEST_CASE("a newer version of any kind of file is refused, saying which versions this Ladder reads") {
    const std::string sentence = "this file was made by a newer Ladder (file version 2, this Ladder reads up to 1)";
    Json a = Json::parse(read_fixture("v1/assessment.json"));
    a["version"] = 2;
    const auto assessment = read_assessment_json(a, default_model());
    REQUIRE_FALSE(assessment);
    CHECK(assessment.error().location == "/version");
    CHECK(assessment.error().message == sentence);

    Json t = Json::parse(read_fixture("v1/team.json"));
    t["version"] = 2;
    const auto team = read_team_exercise_json(t, default_model());
    REQUIRE_FALSE(team);
    CHECK(team.error().location == "/version");
    CHECK(team.error().message == sentence);

    Json m = Json::parse(read_fixture("v1/model.json"));
    m["version"] = 7;
    const auto model = load_model_json(m);
    REQUIRE_FALSE(model);
    CHECK(model.error().location == "/version");
    CHECK(model.error().message == "this model was made by a newer Ladder (file version 7, this Ladder reads up to 1)");

    // In the other languages too, with both numbers in place.
    install_default_messages("es");
    CHECK(message(M::ErrorNewerFile, "es", {{"version", 2}, {"max", 1}}) ==
          "este archivo se creó con un Ladder más reciente (versión de archivo 2, este Ladder lee hasta la versión 1)");
}

TEST_CASE("a new assessment has its own 128-bit id, kept through a round trip") {
    std::set<std::string> ids;
    for (int i = 0; i < 50; ++i) {
        const std::string id = blank_assessment(default_model()).id;
        CHECK(is_hex_id(id));
        ids.insert(id);
    }
    CHECK(ids.size() == 50);

    Assessment a = blank_assessment(default_model());
    a.respondent = "Maria";
    const Json written = assessment_to_json(a);
    CHECK(written["id"] == a.id);
    const auto read = read_assessment_json(written, default_model());
    REQUIRE(read);
    CHECK(read.value().id == a.id);
    CHECK(read.value().extra.count("id") == 0);  // a known member, not an unknown one kept aside

    // Inside a team file, each member keeps theirs.
    TeamExercise e = blank_team_exercise(default_model());
    e.respondents = {a, blank_assessment(default_model())};
    const auto back = read_team_exercise_json(team_exercise_to_json(e), default_model());
    REQUIRE(back);
    CHECK(back.value().respondents[0].id == a.id);
    CHECK(back.value().respondents[1].id == e.respondents[1].id);
}

TEST_CASE("an id that is not text is refused with its pointer") {
    Json j = Json::parse(read_fixture("v1/assessment.json"));
    j["id"] = 12;
    const auto read = read_assessment_json(j, default_model());
    REQUIRE_FALSE(read);
    CHECK(read.error().location == "/id");
    CHECK(read.error().message == "expected text, found the number 12");
}

TEST_CASE("cli: template has no id, so copies handed to a team are not one person") {
    std::ostringstream out, err;
    REQUIRE(run_cli({"template"}, out, err) == kExitOk);
    CHECK(Json::parse(out.str()).count("id") == 0);
}

TEST_CASE("cli: merge says which file of a member it kept and why") {
    Assessment older = read_assessment(read_fixture("v1/assessment.json"), default_model()).value();
    older.id = new_assessment_id();
    Assessment newer = older;
    newer.updated = "2025-04-01T08:00:00.000Z";
    newer.answers["mandate"].level = 3;
    const std::string dir = std::filesystem::temp_directory_path().string();
    const auto write = [&](const std::string& name, const Assessment& a) {
        const std::string path = dir + "/" + name;
        std::ofstream(path, std::ios::binary) << dump_json(assessment_to_json(a), 2);
        return path;
    };
    const std::string new_path = write("versions-newer.json", newer), old_path = write("versions-older.json", older);
    std::ostringstream out, err;
    REQUIRE(run_cli({"merge", new_path, old_path, new_path}, out, err) == kExitOk);
    const Json j = Json::parse(out.str());
    CHECK(j["respondents"] == Json::array({"María José Núñez"}));
    REQUIRE(j["duplicates"].size() == 2);
    CHECK(j["duplicates"][0] == Json{{"index", 1}, {"respondent", "María José Núñez"}, {"same_as", 0}, {"reason", "newer"}});
    CHECK(j["duplicates"][1] == Json{{"index", 2}, {"respondent", "María José Núñez"}, {"same_as", 0}, {"reason", "same"}});
    CHECK(err.str().find(old_path + ": an older file of the same respondent as " + new_path + "; the newer one is counted") !=
          std::string::npos);
}
