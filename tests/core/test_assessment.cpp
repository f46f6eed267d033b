#include <doctest/doctest.h>

#include <string>

#include "assessment.h"
#include "fixtures.h"

using namespace ladder;
using ladder::test::mini_model;

namespace {

Json minimal() {
    return Json::parse(R"({"format": "ladder-assessment", "version": 1,
                           "model": {"id": "mini", "model_version": "1.0"},
                           "answers": {"a1": {"level": 2, "dont_know": false, "target": null, "note": ""}}})");
}

Error refusal(const Json& json) {
    const auto r = read_assessment_json(json, mini_model());
    REQUIRE_FALSE(r.ok());
    return r.error();
}

}  // namespace

TEST_CASE("a blank assessment lists every category unanswered") {
    const Assessment a = blank_assessment(mini_model());
    CHECK(a.model_id == "mini");
    CHECK(a.answers.size() == 5);
    CHECK_FALSE(a.answers.at("b2").level.has_value());
}

TEST_CASE("an assessment is read with its answers") {
    const auto r = read_assessment_json(minimal(), mini_model());
    REQUIRE(r.ok());
    CHECK(*r.value().answers.at("a1").level == 2);
    CHECK(r.value().answers.at("a1").answered());
}

TEST_CASE("a written assessment reads back identically") {
    Assessment a = blank_assessment(mini_model());
    a.team = "Équipe numérique";
    a.respondent = "Kärt";
    a.created = "2026-11-01T10:00:00Z";
    a.answers["a2"].level = 1;
    a.answers["a2"].target = 3;
    a.answers["b1"].dont_know = true;
    a.answers["b3"].note = "Line one\nline \"two\"";
    a.theory_of_change = "If we..., then...";
    const Json first = assessment_to_json(a);
    const auto back = read_assessment(first.dump(), mini_model());
    REQUIRE(back.ok());
    CHECK(assessment_to_json(back.value()) == first);
    CHECK(assessment_to_json(back.value()).dump() == first.dump());
}

TEST_CASE("unknown keys survive a round trip at every level") {
    Json j = minimal();
    j["x-partner"] = {{"cohort", 7}};
    j["model"]["x-source"] = "custom";
    j["answers"]["a1"]["x-evidence"] = Json::array({"budget line"});
    const auto r = read_assessment_json(j, mini_model());
    REQUIRE(r.ok());
    const Json out = assessment_to_json(r.value());
    CHECK(out["x-partner"] == j["x-partner"]);
    CHECK(out["model"]["x-source"] == "custom");
    CHECK(out["answers"]["a1"]["x-evidence"] == j["answers"]["a1"]["x-evidence"]);
}

TEST_CASE("a file for another model is refused with a clear message") {
    Json j = minimal();
    j["model"]["id"] = "cloud-maturity";
    const Error e = refusal(j);
    CHECK(e.location == "/model/id");
    CHECK(e.message == "this file is for the model \"cloud-maturity\", not for \"mini\"; open it with that model");
}

TEST_CASE("a newer format version is refused with a clear message") {
    Json j = minimal();
    j["version"] = 2;
    const Error e = refusal(j);
    CHECK(e.location == "/version");
    CHECK(e.message == "this file was made by a newer Ladder (file version 2, this Ladder reads up to 1)");
}

TEST_CASE("a model file given as an assessment is refused") {
    CHECK(refusal(Json::parse(R"({"format": "ladder-model"})")).message == "this is a model file, not an assessment");
}

TEST_CASE("levels that are not whole numbers from 0 to 3 are refused with their pointer") {
    for (const char* bad : {"1.5", "\"2\"", "true", "7", "-1", "[]"}) {
        CAPTURE(bad);
        Json j = minimal();
        j["answers"]["a1"]["level"] = Json::parse(bad);
        const Error e = refusal(j);
        CHECK(e.location == "/answers/a1/level");
        CHECK(e.message.find("expected a whole number from 0 to 3 or null, found") == 0);
    }
}

TEST_CASE("a target that is not a level is refused with its pointer") {
    Json j = minimal();
    j["answers"]["a1"]["target"] = 2.5;
    CHECK(refusal(j).location == "/answers/a1/target");
}

TEST_CASE("a team that is a number is refused with its pointer") {
    Json j = minimal();
    j["team"] = 12;
    const Error e = refusal(j);
    CHECK(e.location == "/team");
    CHECK(e.message == "expected text, found the number 12");
}

TEST_CASE("dont_know and note must have their types") {
    Json j = minimal();
    j["answers"]["a1"]["dont_know"] = "no";
    CHECK(refusal(j).location == "/answers/a1/dont_know");
    j = minimal();
    j["answers"]["a1"]["note"] = Json::object();
    CHECK(refusal(j).location == "/answers/a1/note");
}

TEST_CASE("an answer for a category the model lacks is refused") {
    Json j = minimal();
    j["answers"]["zz"] = {{"level", 1}};
    const Error e = refusal(j);
    CHECK(e.location == "/answers/zz");
    CHECK(e.message == "the model has no category \"zz\"");
}

TEST_CASE("a missing format or model is refused") {
    Json j = minimal();
    j.erase("format");
    CHECK(refusal(j).location == "/format");
    j = minimal();
    j.erase("model");
    CHECK(refusal(j).location == "/model");
}

TEST_CASE("a syntax error in an assessment is reported by line and column") {
    const auto r = read_assessment(std::string_view("{\"format\": \"ladder-assessment\" \"version\": 1}"), mini_model());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().location == "1:32");
}
