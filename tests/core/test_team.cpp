#include <doctest/doctest.h>

#include "fixtures.h"
#include "team.h"

using namespace ladder;
using ladder::test::mini_assessment;
using ladder::test::mini_model;

TEST_CASE("team statistics per category follow the answers") {
    // a1 answered 0, 1, 3 -> median 1, mean 4/3, spread 3 (disagreement)
    const std::vector<Assessment> files = {mini_assessment(0, 2, -1, 1, 1), mini_assessment(1, 2, -1, 1, 2),
                                           mini_assessment(3, 2, -1, 2, 2)};
    const TeamResult t = merge_team(mini_model(), files);
    const CategoryStats& a1 = t.categories[0];
    CHECK(a1.n == 3);
    CHECK(*a1.median == 1.0);
    CHECK(*a1.mean == doctest::Approx(4.0 / 3.0));
    CHECK(*a1.min == 0);
    CHECK(*a1.max == 3);
    CHECK(*a1.spread == 3);
    CHECK(a1.disagreement);
    CHECK_FALSE(t.categories[1].disagreement);  // a2: all 2
    CHECK(t.categories[2].n == 0);              // b1: nobody answered
    CHECK_FALSE(t.categories[2].median.has_value());
}

TEST_CASE("the median of an even number of answers may be a half level") {
    const std::vector<Assessment> files = {mini_assessment(1, -1, -1, -1, -1), mini_assessment(2, -1, -1, -1, -1)};
    const TeamResult t = merge_team(mini_model(), files);
    CHECK(*t.categories[0].median == 1.5);
    CHECK(*t.score.dimensions[0].score == 1.5);  // team levels feed the same scoring
    CHECK_FALSE(t.categories[0].disagreement);  // spread 1
}

TEST_CASE("don't-know answers are not counted in team statistics") {
    std::vector<Assessment> files = {mini_assessment(3, -1, -1, -1, -1), mini_assessment(0, -1, -1, -1, -1)};
    files[1].answers["a1"].dont_know = true;
    const TeamResult t = merge_team(mini_model(), files);
    CHECK(t.categories[0].n == 1);
    CHECK(*t.categories[0].median == 3.0);
}

TEST_CASE("respondents without a name are numbered") {
    std::vector<Assessment> files = {mini_assessment(1, 1, 1, 1, 1), mini_assessment(1, 1, 1, 1, 1)};
    files[0].respondent = "Ana";
    const TeamResult t = merge_team(mini_model(), files);
    CHECK(t.respondents == std::vector<std::string>{"Ana", "Respondent 2"});
}

TEST_CASE("the team JSON has per-category statistics and the team scores") {
    const std::vector<Assessment> files = {mini_assessment(1, 1, 1, 1, 1), mini_assessment(3, 1, 1, 1, 1)};
    const Json j = team_to_json(mini_model(), merge_team(mini_model(), files));
    CHECK(j["respondents"].size() == 2);
    CHECK(j["categories"][0]["median"] == 2.0);
    CHECK(j["categories"][0]["spread"] == 2);
    CHECK(j["categories"][0]["disagreement"] == true);
    CHECK(j["overall"]["score"].is_number());
    CHECK(j["dimensions"].size() == 2);
}
