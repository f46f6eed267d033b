// The team exercise file and the plan drawn from it: agreed targets, next steps, the radar band.
#include <doctest/doctest.h>

#include "exercise.h"
#include "fixtures.h"

using namespace ladder;
using ladder::test::mini_assessment;
using ladder::test::mini_model;

namespace {

TeamExercise sample() {
    TeamExercise e = blank_team_exercise(mini_model());
    e.team = "Digital Unit";
    e.respondents = {mini_assessment(0, 1, 2, -1, 1), mini_assessment(3, 1, 2, 2, -1), mini_assessment(1, 2, -1, 2, 1)};
    e.respondents[0].respondent = "Ana";
    e.respondents[1].respondent = "Bo";
    e.respondents[1].answers["a1"].note = "we ship weekly";
    e.targets = {{"a2", 3}, {"b1", 2}};
    e.theory_of_change = "Our goal is one front door.";
    e.hide_ratings = true;
    e.revealed = {"a1"};
    return e;
}

}  // namespace

TEST_CASE("a team exercise survives a round trip through its file") {
    const TeamExercise e = sample();
    const Json json = team_exercise_to_json(e);
    CHECK(json["format"] == "ladder-team");
    auto back = read_team_exercise(json.dump(), mini_model());
    REQUIRE(back.ok());
    const TeamExercise& r = back.value();
    CHECK(r.team == "Digital Unit");
    REQUIRE(r.respondents.size() == 3);
    CHECK(r.respondents[1].respondent == "Bo");
    CHECK(r.respondents[1].answers.at("a1").note == "we ship weekly");
    CHECK(*r.respondents[2].answers.at("a2").level == 2);
    CHECK(r.targets == e.targets);
    CHECK(r.theory_of_change == e.theory_of_change);
    CHECK(r.hide_ratings);
    CHECK(r.revealed == std::set<std::string>{"a1"});
    CHECK(team_exercise_to_json(r) == json);
}

TEST_CASE("a bad team exercise file is refused with the place of the problem") {
    Json json = team_exercise_to_json(sample());
    SUBCASE("a bad level inside a respondent's answers") {
        json["respondents"][1]["answers"]["a1"]["level"] = 7;
        auto r = read_team_exercise_json(json, mini_model());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().location == "/respondents/1/answers/a1/level");
    }
    SUBCASE("a target for a category the model does not have") {
        json["targets"]["zz"] = 1;
        auto r = read_team_exercise_json(json, mini_model());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().location == "/targets/zz");
    }
    SUBCASE("a target that is not a whole level") {
        json["targets"]["a1"] = 1.5;
        CHECK(read_team_exercise_json(json, mini_model()).error().location == "/targets/a1");
    }
    SUBCASE("another model") {
        json["model"]["id"] = "other";
        auto r = read_team_exercise_json(json, mini_model());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("\"other\"") != std::string::npos);
    }
    SUBCASE("an assessment is not a team exercise") {
        json = assessment_to_json(mini_assessment(1, 1, 1, 1, 1));
        CHECK(read_team_exercise_json(json, mini_model()).error().location == "/format");
    }
    SUBCASE("hide_ratings must be true or false") {
        json["hide_ratings"] = "yes";
        CHECK(read_team_exercise_json(json, mini_model()).error().location == "/hide_ratings");
    }
}

TEST_CASE("targets start from the members' own targets, and agreed ones replace them") {
    const TeamPlan plan = plan_team(mini_model(), sample());
    // a1: answers 0, 3, 1 -> own targets 1, 3, 2 -> 2
    CHECK(*plan.targets[0] == 2);
    // a2: 1, 1, 2 -> would start at 2, agreed 3
    CHECK(*plan.targets[1] == 3);
    // b1: 2, 2 -> would start at 3, agreed 2 (the team's level: no step)
    CHECK(*plan.targets[2] == 2);
    // b2: 2, 2 -> 3;  b3: 1, 1 -> 2
    CHECK(*plan.targets[3] == 3);
    CHECK(*plan.targets[4] == 2);
    // Steps: the widest gap first (a2, 1 -> 3), then the lower level (a1 and b3 from 1, in
    // model order), then b2 from 2.
    REQUIRE(plan.planned.next_steps.size() == 4);
    CHECK(plan.planned.next_steps[0].category == "a2");
    CHECK(plan.planned.next_steps[0].from == 1);
    CHECK(plan.planned.next_steps[0].to == 3);
    CHECK(plan.planned.next_steps[0].text == "a2 step 1 to 2");
    CHECK(plan.planned.next_steps[1].category == "a1");
    CHECK(plan.planned.next_steps[2].category == "b3");
    CHECK(plan.planned.next_steps[3].category == "b2");
    // Dimension target score: the mean of the category targets.
    CHECK(*plan.planned.dimensions[0].target_score == doctest::Approx(2.5));
    CHECK(*plan.planned.dimensions[1].target_score == doctest::Approx(7.0 / 3.0));
}

TEST_CASE("without agreed targets the plan is the merge: same targets, same steps") {
    TeamExercise e = sample();
    e.targets.clear();
    const TeamPlan plan = plan_team(mini_model(), e);
    const TeamResult merged = merge_team(mini_model(), e.respondents);
    for (std::size_t k = 0; k < merged.categories.size(); ++k) CHECK(plan.targets[k] == merged.categories[k].target);
    REQUIRE(plan.planned.next_steps.size() == merged.score.next_steps.size());
    for (std::size_t i = 0; i < merged.score.next_steps.size(); ++i) {
        CHECK(plan.planned.next_steps[i].category == merged.score.next_steps[i].category);
        CHECK(plan.planned.next_steps[i].from == merged.score.next_steps[i].from);
        CHECK(plan.planned.next_steps[i].to == merged.score.next_steps[i].to);
    }
}

TEST_CASE("the radar band spans the respondents' own dimension scores") {
    const TeamPlan plan = plan_team(mini_model(), sample());
    REQUIRE(plan.individual.size() == 3);
    // alpha: Ana (0+1)/2 = 0.5, Bo (3+1)/2 = 2, third (1+2)/2 = 1.5
    CHECK(*plan.band_min[0] == doctest::Approx(0.5));
    CHECK(*plan.band_max[0] == doctest::Approx(2.0));
    // beta: Ana (2+1)/2 = 1.5, Bo (2+2)/2 = 2, third (2+1)/2 = 1.5
    CHECK(*plan.band_min[1] == doctest::Approx(1.5));
    CHECK(*plan.band_max[1] == doctest::Approx(2.0));
}

TEST_CASE("a duplicate respondent is left out of the band as from the merge") {
    TeamExercise e = sample();
    e.respondents.push_back(e.respondents[0]);  // Ana again
    e.respondents.back().answers["a1"].level = 3;
    const TeamPlan plan = plan_team(mini_model(), e);
    CHECK(plan.merged.duplicates.size() == 1);
    CHECK(plan.individual.size() == 3);
    CHECK(*plan.band_min[0] == doctest::Approx(0.5));  // Ana's first file, not the second
}

TEST_CASE("a target agreed for a category nobody answered is kept but left out of the plan") {
    TeamExercise e = sample();
    for (auto& a : e.respondents) a.answers["b2"].level.reset();
    e.targets["b2"] = 3;
    const TeamPlan plan = plan_team(mini_model(), e);
    CHECK_FALSE(plan.targets[3].has_value());
    // beta's target is the mean of b1 (agreed 2) and b3 (2) only.
    CHECK(*plan.planned.dimensions[1].target_score == doctest::Approx(2.0));
    CHECK(team_exercise_to_json(e)["targets"]["b2"] == 3);
}
