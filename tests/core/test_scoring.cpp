// Every scoring rule (docs/FORMATS.md) on the mini model (tests/data/mini-model.json), with
// the expected numbers worked out by hand in the comments.
#include <doctest/doctest.h>

#include "fixtures.h"
#include "scoring.h"

using namespace ladder;
using ladder::test::mini_assessment;
using ladder::test::mini_model;

namespace {

// a1=3 a2=1 | b1=0 b2=1 b3=2 but "don't know"; a2 has an explicit target of 3.
Assessment worked_example() {
    Assessment a = mini_assessment(3, 1, 0, 1, 2);
    a.answers["b3"].dont_know = true;
    a.answers["a2"].target = 3;
    return a;
}

}  // namespace

TEST_CASE("a dimension score is the mean of its answered levels") {
    const ScoreResult r = score_assessment(mini_model(), worked_example());
    REQUIRE(r.dimensions.size() == 2);
    CHECK(*r.dimensions[0].score == doctest::Approx(2.0));  // (3 + 1) / 2
    CHECK(*r.dimensions[1].score == doctest::Approx(0.5));  // (0 + 1) / 2, b3 is "don't know"
    CHECK(r.dimensions[0].answered == 2);
    CHECK(r.dimensions[1].answered == 2);
    CHECK(r.dimensions[1].total == 3);
}

TEST_CASE("a don't-know answer does not count even with a level") {
    Assessment a = mini_assessment(-1, -1, 3, -1, -1);
    a.answers["b1"].dont_know = true;
    const ScoreResult r = score_assessment(mini_model(), a);
    CHECK_FALSE(r.dimensions[1].score.has_value());
    CHECK(r.completeness == 0.0);
}

TEST_CASE("the dimension stage is the floor of its score") {
    const ScoreResult r = score_assessment(mini_model(), mini_assessment(3, 2, 2, 1, 1));
    CHECK(*r.dimensions[0].score == doctest::Approx(2.5));
    CHECK(*r.dimensions[0].stage == 2);
    CHECK(*r.dimensions[1].score == doctest::Approx(4.0 / 3.0));
    CHECK(*r.dimensions[1].stage == 1);
}

TEST_CASE("a stage is not lowered by floating point error") {
    CHECK(stage_of(2.0 - 1e-12) == 2);
    CHECK(stage_of(1.99) == 1);
    CHECK(stage_of(0.0) == 0);
    CHECK(stage_of(3.0) == 3);
}

TEST_CASE("the overall score is the mean of dimension scores weighted by dimension weight") {
    const ScoreResult r = score_assessment(mini_model(), worked_example());
    // alpha 2.0 (weight 1), beta 0.5 (weight 2): (2 + 1) / 3 = 1.0; unweighted it would be 1.25.
    CHECK(*r.overall_score == doctest::Approx(1.0));
    CHECK(*r.overall_stage == 1);
}

TEST_CASE("a dimension without answers is left out of the overall score") {
    const ScoreResult r = score_assessment(mini_model(), mini_assessment(3, 2, -1, -1, -1));
    CHECK_FALSE(r.dimensions[1].score.has_value());
    CHECK_FALSE(r.dimensions[1].stage.has_value());
    CHECK(*r.overall_score == doctest::Approx(2.5));
}

TEST_CASE("nothing answered gives null scores and no pitfalls") {
    const ScoreResult r = score_assessment(mini_model(), mini_assessment(-1, -1, -1, -1, -1));
    CHECK_FALSE(r.overall_score.has_value());
    CHECK_FALSE(r.overall_stage.has_value());
    CHECK(r.completeness == 0.0);
    CHECK(r.next_steps.empty());
    CHECK(r.pitfalls.empty());  // "not overall > 1" is unknown, not true
}

TEST_CASE("completeness is answered categories over all categories") {
    CHECK(score_assessment(mini_model(), worked_example()).completeness == doctest::Approx(0.8));  // 4 of 5
}

TEST_CASE("the target is the explicit one or one level up capped at 3") {
    const ScoreResult r = score_assessment(mini_model(), worked_example());
    CHECK(*r.categories[0].target == 3.0);  // a1 = 3: capped
    CHECK(*r.categories[1].target == 3.0);  // a2: explicit 3
    CHECK(*r.categories[2].target == 1.0);  // b1 = 0: one up
    CHECK(*r.categories[3].target == 2.0);  // b2 = 1: one up
    CHECK_FALSE(r.categories[4].target.has_value());  // b3: don't know, no explicit target
}

TEST_CASE("a dimension target score is the mean of its category targets") {
    const ScoreResult r = score_assessment(mini_model(), worked_example());
    CHECK(*r.dimensions[0].target_score == doctest::Approx(3.0));  // (3 + 3) / 2
    CHECK(*r.dimensions[1].target_score == doctest::Approx(1.5));  // (1 + 2) / 2
}

TEST_CASE("an explicit target counts for an unanswered category") {
    Assessment a = mini_assessment(-1, -1, -1, -1, -1);
    a.answers["b3"].target = 2;
    const ScoreResult r = score_assessment(mini_model(), a);
    CHECK(*r.dimensions[1].target_score == doctest::Approx(2.0));
    CHECK(r.next_steps.empty());  // no level, so no step
}

TEST_CASE("next steps are ordered by gap then lower level then model order") {
    const ScoreResult r = score_assessment(mini_model(), worked_example());
    REQUIRE(r.next_steps.size() == 3);  // a1 is at its target already
    CHECK(r.next_steps[0].category == "a2");  // gap 2
    CHECK(r.next_steps[0].from == 1);
    CHECK(r.next_steps[0].to == 3);
    CHECK(r.next_steps[0].text == "a2 step 1 to 2");
    CHECK(r.next_steps[1].category == "b1");  // gap 1, level 0
    CHECK(r.next_steps[1].text == "b1 step 0 to 1");
    CHECK(r.next_steps[2].category == "b2");  // gap 1, level 1
}

TEST_CASE("next steps with equal gap and level keep model order") {
    const ScoreResult r = score_assessment(mini_model(), mini_assessment(1, 1, 1, 1, 1));
    REQUIRE(r.next_steps.size() == 5);
    const char* expected[] = {"a1", "a2", "b1", "b2", "b3"};
    for (int i = 0; i < 5; ++i) CHECK(r.next_steps[i].category == expected[i]);
}

TEST_CASE("a target at or below the level gives no next step") {
    Assessment a = mini_assessment(2, -1, -1, -1, -1);
    a.answers["a1"].target = 1;
    CHECK(score_assessment(mini_model(), a).next_steps.empty());
}

TEST_CASE("next step texts follow the requested language") {
    const ScoreResult r = score_assessment(mini_model(), mini_assessment(-1, 0, -1, -1, -1), "es");
    REQUIRE(r.next_steps.size() == 1);
    CHECK(r.next_steps[0].text == "a2 paso 0 a 1");
}

TEST_CASE("pitfalls are those whose condition holds, in model order") {
    const ScoreResult r = score_assessment(mini_model(), worked_example());
    // lopsided: alpha 2 >= 2 and beta 0.5 < 1; both-low: not (overall 1.0 > 1);
    // middle-beta: beta 0.5 is not in [1, 2); extreme-category: a1 = 3.
    REQUIRE(r.pitfalls.size() == 3);
    CHECK(r.pitfalls[0].id == "lopsided");
    CHECK(r.pitfalls[1].id == "both-low");
    CHECK(r.pitfalls[2].id == "extreme-category");
    CHECK(r.pitfalls[0].text == "Alpha is ahead of beta.");
}

TEST_CASE("a range condition holds only inside its range") {
    const ScoreResult r = score_assessment(mini_model(), mini_assessment(2, 2, 1, 2, 1));
    // alpha 2, beta 4/3: middle-beta holds; overall (2 + 8/3) / 3 = 1.56 > 1 so both-low does not.
    REQUIRE(r.pitfalls.size() == 1);
    CHECK(r.pitfalls[0].id == "middle-beta");
}

TEST_CASE("the result JSON has the documented shape with numbers rounded to 2 decimals") {
    const Json j = score_to_json(mini_model(), score_assessment(mini_model(), mini_assessment(3, 2, 2, 1, 1)));
    CHECK(j["overall"]["score"] == 1.72);  // (2.5 + 2 * 4/3) / 3 = 1.7222
    CHECK(j["overall"]["stage"] == 1);
    CHECK(j["overall"]["stage_id"] == "starting");
    CHECK(j["completeness"] == 1.0);
    CHECK(j["dimensions"][1]["score"] == 1.33);
    CHECK(j["dimensions"][1]["target_score"] == 2.33);
    CHECK(j["dimensions"][1]["answered"] == 3);
    CHECK(j["categories"][0] == Json{{"id", "a1"}, {"level", 3.0}, {"target", 3.0}});
    CHECK(j["next_steps"][0]["focus"] == true);
    CHECK(j["next_steps"][3]["focus"] == false);
    CHECK(j["pitfalls"].is_array());
}

// --- Provisional stages -------------------------------------------------------------------
// The mini model has 5 categories (alpha 2, beta 3), so half rounded up is 3.

TEST_CASE("nothing answered: the stage is provisional and needs half the questions") {
    const ScoreResult r = score_assessment(mini_model(), mini_assessment(-1, -1, -1, -1, -1));
    CHECK(r.provisional);
    CHECK(r.answers_needed == 3);  // max(3 - 0, 2 dimensions not rated)
    // Not rated is not provisional: there is no stage to doubt.
    CHECK_FALSE(r.dimensions[0].provisional);
    CHECK_FALSE(r.dimensions[1].provisional);
}

TEST_CASE("one answer short of half keeps the overall stage provisional") {
    const ScoreResult r = score_assessment(mini_model(), mini_assessment(2, -1, 1, -1, -1));  // 2 of 5
    REQUIRE(r.overall_stage.has_value());
    CHECK(r.provisional);
    CHECK(r.answers_needed == 1);
    CHECK_FALSE(r.dimensions[0].provisional);  // 1 of 2: exactly half is enough
    CHECK(r.dimensions[1].provisional);        // 1 of 3: fewer than half
}

TEST_CASE("exactly half answered (rounded up) with every dimension rated is reliable") {
    const ScoreResult r = score_assessment(mini_model(), mini_assessment(2, -1, 1, 0, -1));  // 3 of 5
    CHECK_FALSE(r.provisional);
    CHECK(r.answers_needed == 0);
    CHECK_FALSE(r.dimensions[0].provisional);  // 1 of 2
    CHECK_FALSE(r.dimensions[1].provisional);  // 2 of 3
}

TEST_CASE("a dimension with no answer keeps the overall stage provisional even past half") {
    const ScoreResult r = score_assessment(mini_model(), mini_assessment(-1, -1, 2, 2, 1));  // 3 of 5, alpha empty
    REQUIRE(r.overall_stage.has_value());
    CHECK_FALSE(r.dimensions[0].stage.has_value());
    CHECK(r.provisional);
    CHECK(r.answers_needed == 1);  // max(3 - 3, 1 dimension not rated)
    CHECK_FALSE(r.dimensions[1].provisional);
}

TEST_CASE("don't-know answers do not count towards a reliable stage") {
    Assessment a = mini_assessment(2, -1, 1, 0, -1);
    a.answers["b2"].dont_know = true;  // 2 of 5 answered now
    const ScoreResult r = score_assessment(mini_model(), a);
    CHECK(r.provisional);
    CHECK(r.answers_needed == 1);
    CHECK(r.dimensions[1].provisional);
}

TEST_CASE("every question answered: nothing is provisional") {
    const ScoreResult r = score_assessment(mini_model(), mini_assessment(0, 1, 2, 3, 0));
    CHECK_FALSE(r.provisional);
    CHECK(r.answers_needed == 0);
    for (const auto& d : r.dimensions) CHECK_FALSE(d.provisional);
}

TEST_CASE("answers needed is the larger of the missing half and the dimensions not rated") {
    const Model& m = default_model();  // 24 categories in 6 dimensions of 4
    REQUIRE(m.categories.size() == 24);
    std::vector<LevelInput> inputs(m.categories.size());
    // The first three dimensions in full: 12 of 24 is half, but three dimensions are not rated.
    for (std::size_t d = 0; d < 3; ++d) {
        for (const std::size_t k : m.dimensions[d].categories) inputs[k].level = 1;
    }
    ScoreResult r = score_levels(m, inputs);
    CHECK(r.provisional);
    CHECK(r.answers_needed == 3);
    // One answer in each dimension: 6 answered, every dimension rated, 6 more needed for half.
    inputs.assign(m.categories.size(), LevelInput{});
    for (const auto& dimension : m.dimensions) inputs[dimension.categories.front()].level = 2;
    r = score_levels(m, inputs);
    CHECK(r.provisional);
    CHECK(r.answers_needed == 6);
    for (const auto& d : r.dimensions) CHECK(d.provisional);  // 1 of 4 each
}

TEST_CASE("a team's median levels follow the same rule") {
    std::vector<LevelInput> inputs(5);
    inputs[0].level = 1.5;
    inputs[2].level = 0.5;
    inputs[3].level = 2.5;
    const ScoreResult r = score_levels(mini_model(), inputs);
    CHECK_FALSE(r.provisional);
    CHECK(r.answers_needed == 0);
}

TEST_CASE("the result JSON says how provisional the stages are") {
    const Json partial = score_to_json(mini_model(), score_assessment(mini_model(), mini_assessment(-1, -1, 1, -1, -1)));
    CHECK(partial["provisional"] == true);
    CHECK(partial["answers_needed"] == 2);  // max(3 - 1, 1 dimension not rated)
    CHECK(partial["dimensions"][0]["stage"].is_null());
    CHECK(partial["dimensions"][0]["provisional"] == false);
    CHECK(partial["dimensions"][1]["provisional"] == true);
    const Json full = score_to_json(mini_model(), score_assessment(mini_model(), mini_assessment(3, 2, 2, 1, 1)));
    CHECK(full["provisional"] == false);
    CHECK(full["answers_needed"] == 0);
    CHECK(full["dimensions"][1]["provisional"] == false);
}
