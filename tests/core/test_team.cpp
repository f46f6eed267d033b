#include <doctest/doctest.h>

#include "exercise.h"
#include "fixtures.h"
#include "report.h"
#include "team.h"
#include "team_report.h"

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

TEST_CASE("the team's starting target is the median of the members' own targets, rounded half up") {
    CHECK(team_target({1, 3, 3}, 2.0) == 3);
    CHECK(team_target({2, 3}, 1.5) == 3);       // median 2.5 rounds up
    CHECK(team_target({1, 2}, 0.5) == 2);       // 1.5 rounds up
    CHECK(team_target({2, 2, 3, 3}, 2.0) == 3);  // 2.5 rounds up
    CHECK(team_target({1, 1, 3}, 1.0) == 1);
    // Never below the team's level rounded down: members who want less than they have.
    CHECK(team_target({0, 1}, 2.5) == 2);
    CHECK(team_target({0}, 3.0) == 3);
    // No team level, no target, whatever was wished.
    CHECK_FALSE(team_target({3}, std::nullopt).has_value());
    CHECK_FALSE(team_target({}, 1.0).has_value());
}

TEST_CASE("members' own targets: explicit where set, else one level above the answer") {
    // a1: Ana answers 1 and wants 3; Bo answers 1 (so 2); Cy answers 3 (so at most 3).
    std::vector<Assessment> files = {mini_assessment(1, 2, -1, 2, -1), mini_assessment(1, 2, -1, 2, -1),
                                     mini_assessment(3, 2, -1, 2, 0)};
    files[0].answers["a1"].target = 3;
    // b2: everyone agrees on 2 and nobody set a target: the team still aims one level higher.
    // b3: a target without an answer counts, but only where somebody answered.
    files[1].answers["b3"].target = 3;
    // b1: nobody answered, a target set anyway.
    files[2].answers["b1"].target = 2;
    const TeamResult t = merge_team(mini_model(), files);
    CHECK(t.categories[0].target == 3);  // 3, 2, 3
    CHECK(t.categories[1].target == 3);  // all 2 -> 3, 3, 3
    CHECK_FALSE(t.categories[2].target.has_value());
    CHECK(t.categories[3].target == 3);
    CHECK(t.categories[4].target == 2);  // level 0: own targets 1 (Cy) and 3 (Bo) -> 2
    // The merge's next steps go from the team level rounded down to that target.
    REQUIRE_FALSE(t.score.next_steps.empty());
    for (const NextStep& step : t.score.next_steps) {
        const int k = mini_model().category_index(step.category);
        CHECK(step.from == static_cast<int>(*t.categories[k].median));
        CHECK(step.to == *t.categories[k].target);
    }
    const Json j = team_to_json(mini_model(), t);
    CHECK(j["categories"][0]["target"] == 3);
    CHECK(j["categories"][2]["target"].is_null());
    CHECK(j["team_categories"][4]["target"] == 2.0);
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

TEST_CASE("two people with the same name are both counted and told apart") {
    std::vector<Assessment> files = {mini_assessment(0, 0, 0, 0, 0), mini_assessment(3, 3, 3, 3, 3),
                                     mini_assessment(3, 3, 3, 3, 3), mini_assessment(1, 1, 1, 1, 1)};
    files[0].respondent = "Maria";
    files[1].respondent = "MARIA ";  // case and spacing do not make another name
    files[2].respondent = "Bo";
    files[3].respondent = "Maria";
    const TeamResult t = merge_team(mini_model(), files);
    CHECK(t.respondents == std::vector<std::string>{"Maria", "MARIA  (2)", "Bo", "Maria (3)"});
    CHECK(t.duplicates.empty());
    CHECK(t.categories[0].n == 4);  // nobody's answers dropped
}

TEST_CASE("a file really named like a numbered one does not take another's label") {
    std::vector<Assessment> files = {mini_assessment(0, 0, 0, 0, 0), mini_assessment(1, 1, 1, 1, 1),
                                     mini_assessment(2, 2, 2, 2, 2)};
    files[0].respondent = "Maria";
    files[1].respondent = "Maria (2)";
    files[2].respondent = "Maria";
    const TeamResult t = merge_team(mini_model(), files);
    CHECK(t.respondents == std::vector<std::string>{"Maria", "Maria (2)", "Maria (3)"});
}

TEST_CASE("the same id twice keeps the newer file, wherever it comes, and says why") {
    std::vector<Assessment> files = {mini_assessment(3, 3, 3, 3, 3), mini_assessment(0, 0, 0, 0, 0),
                                     mini_assessment(1, 1, 1, 1, 1)};
    files[0].respondent = "Maria";
    files[0].updated = "2026-05-02T09:00:00Z";
    files[1].respondent = "Maria Pérez";  // renamed since: the id says who it is
    files[1].id = files[0].id;
    files[1].updated = "2026-05-02T10:00:00.000Z";  // an hour later
    files[2].respondent = "Bo";
    const TeamResult t = merge_team(mini_model(), files);
    CHECK(t.respondents == std::vector<std::string>{"Maria Pérez", "Bo"});
    CHECK(t.inputs == std::vector<std::size_t>{1, 2});
    REQUIRE(t.duplicates.size() == 1);
    CHECK(t.duplicates[0].index == 0);
    CHECK(t.duplicates[0].kept == 1);
    CHECK(t.duplicates[0].reason == DuplicateReason::Newer);
    CHECK(t.duplicates[0].name == "Maria Pérez");
    CHECK(*t.categories[0].median == doctest::Approx(0.5));  // 0 and 1: the old 3 is gone

    const Json j = team_to_json(mini_model(), t);
    CHECK(j["duplicates"][0] == Json{{"index", 0}, {"respondent", "Maria Pérez"}, {"same_as", 1}, {"reason", "newer"}});

    // Given the other way round, the newer file is still the one counted.
    std::swap(files[0], files[1]);
    const TeamResult back = merge_team(mini_model(), files);
    CHECK(back.inputs == std::vector<std::size_t>{0, 2});
    CHECK(back.duplicates[0].index == 1);
    CHECK(back.duplicates[0].reason == DuplicateReason::Newer);
}

TEST_CASE("the same file twice is counted once, the first kept") {
    std::vector<Assessment> files = {mini_assessment(2, 2, 2, 2, 2), mini_assessment(1, 1, 1, 1, 1)};
    files[0].respondent = "Ana";
    files[0].updated = "2026-05-02T09:00:00Z";
    files.push_back(files[0]);
    const TeamResult t = merge_team(mini_model(), files);
    CHECK(t.respondents == std::vector<std::string>{"Ana", "Respondent 2"});
    REQUIRE(t.duplicates.size() == 1);
    CHECK(t.duplicates[0].index == 2);
    CHECK(t.duplicates[0].kept == 0);
    CHECK(t.duplicates[0].reason == DuplicateReason::Same);
    CHECK(team_to_json(mini_model(), t)["duplicates"][0]["reason"] == "same");
}

TEST_CASE("id-less files are the same respondent only when identical") {
    std::vector<Assessment> files = {mini_assessment(1, 1, 1, 1, 1), mini_assessment(1, 1, 1, 1, 1),
                                     mini_assessment(2, 1, 1, 1, 1), mini_assessment(3, 3, 3, 3, 3)};
    for (auto& f : files) f.id.clear();  // files from before ids
    files[2].respondent = files[3].respondent = "Maria";  // a corrected old file is a second Maria
    const TeamResult t = merge_team(mini_model(), files);
    CHECK(t.respondents == std::vector<std::string>{"Respondent 1", "Maria", "Maria (2)"});
    REQUIRE(t.duplicates.size() == 1);
    CHECK(t.duplicates[0].index == 1);
    CHECK(t.duplicates[0].name == "Respondent 1");
    CHECK(t.duplicates[0].reason == DuplicateReason::Same);

    // An id-less file is never the same respondent as one with an id, even with equal content.
    std::vector<Assessment> mixed = {mini_assessment(1, 1, 1, 1, 1), mini_assessment(1, 1, 1, 1, 1)};
    mixed[1].id.clear();
    CHECK(merge_team(mini_model(), mixed).respondents.size() == 2);
}

TEST_CASE("any update time is newer than none, equal times keep the first") {
    std::vector<Assessment> files = {mini_assessment(1, 1, 1, 1, 1), mini_assessment(2, 2, 2, 2, 2)};
    files[1].id = files[0].id;
    files[1].updated = "2026-01-01";
    CHECK(merge_team(mini_model(), files).inputs == std::vector<std::size_t>{1});
    files[0].updated = files[1].updated = "2026-01-01T00:00:00.000Z";
    const TeamResult t = merge_team(mini_model(), files);
    CHECK(t.inputs == std::vector<std::size_t>{0});
    CHECK(t.duplicates[0].reason == DuplicateReason::Same);

    // Fractions of a second count, as the page writes them (toISOString).
    files[0].updated = "2026-05-02T09:00:00.250Z";
    files[1].updated = "2026-05-02T09:00:00.500Z";
    CHECK(merge_team(mini_model(), files).inputs == std::vector<std::size_t>{1});
}

TEST_CASE("team agreement is ordinal alpha over respondents and categories") {
    // Two respondents who agree on every category: alpha 1 overall and for both dimensions.
    const std::vector<Assessment> same = {mini_assessment(0, 1, 2, 3, 1), mini_assessment(0, 1, 2, 3, 1)};
    std::vector<Assessment> named = same;
    named[0].respondent = "A";
    named[1].respondent = "B";
    const TeamResult t = merge_team(mini_model(), named);
    CHECK(*t.agreement.value == doctest::Approx(1.0));
    REQUIRE(t.agreement_by_dimension.size() == 2);
    CHECK(*t.agreement_by_dimension[1].value == doctest::Approx(1.0));
    // One respondent alone: nothing to compare.
    const TeamResult alone = merge_team(mini_model(), {mini_assessment(0, 1, 2, 3, 1)});
    CHECK_FALSE(alone.agreement.value);
    CHECK(describe_agreement(alone.agreement).find("Agreement cannot be measured yet") == 0);
}

TEST_CASE("agreement is described in words") {
    CHECK(describe_agreement(Alpha{0.9, "", 10}) == "The team sees its situation much the same way.");
    CHECK(describe_agreement(Alpha{0.7, "", 10}).find("broadly agrees") != std::string::npos);
    CHECK(describe_agreement(Alpha{0.1, "", 10}).find("very differently") != std::string::npos);
}

TEST_CASE("history gives the change per dimension and per category") {
    const Assessment before = mini_assessment(1, 1, 0, 0, -1);
    const Assessment after = mini_assessment(2, 3, 0, 1, 2);
    const History h = compare_assessments(mini_model(), before, after);
    CHECK(*h.dimensions[0].change == doctest::Approx(1.5));  // alpha 1.0 -> 2.5
    CHECK(*h.dimensions[1].change == doctest::Approx(1.0));  // beta 0 -> 1.0
    CHECK(*h.categories[1].change == doctest::Approx(2.0));  // a2 1 -> 3
    CHECK_FALSE(h.categories[4].change.has_value());         // b3 unanswered before
    CHECK(*h.categories[4].after == 2.0);
    const Json j = history_to_json(h);
    CHECK(j["dimensions"][0]["change"] == 1.5);
    CHECK(j["overall"]["change"].is_number());
}

TEST_CASE("the team report lists disagreements first, every respondent's level and their notes") {
    TeamExercise e = blank_team_exercise(mini_model());
    e.respondents = {mini_assessment(0, 1, 1, 1, 1), mini_assessment(3, 1, 2, 1, 1)};
    e.respondents[0].respondent = "Ana <admin>";
    e.respondents[1].respondent = "Bo";
    e.respondents[0].answers["a1"].note = "No, \"never\" in writing";
    e.respondents[1].answers["a1"].note = "We ship weekly";
    e.respondents[1].answers["b2"].dont_know = true;
    e.respondents[1].answers["b2"].note = "Ask finance";
    e.targets["a2"] = 3;
    e.theory_of_change = "Our goal is <one> front door.\nWe believe that if we share, then we grow.";
    const TeamPlan plan = plan_team(mini_model(), e);
    const std::string html = team_report_html(mini_model(), e, plan);
    const std::size_t talk = html.find("Talk about these first");
    const std::size_t a1 = html.find("<td>A one</td>"), a2 = html.find("<td>A two</td>");
    REQUIRE(talk != std::string::npos);
    CHECK(a1 < a2);  // a1 (0 vs 3) is the disagreement and comes first
    CHECK(html.find("<tr class=\"talk\"><td>A one</td>") != std::string::npos);
    CHECK(html.find("Ana &lt;admin&gt;") != std::string::npos);
    CHECK(html.find("<admin>") == std::string::npos);
    // The theory of change, escaped, and the next step the agreed target leads to.
    CHECK(html.find("Our goal is &lt;one&gt; front door.\nWe believe") != std::string::npos);
    CHECK(html.find("<strong>A two</strong> (1 to 3): a2 step 1 to 2") != std::string::npos);
    // The notes, per category in discussion order, with who wrote them and the level they chose.
    const std::size_t noted = html.find("<h2>What members noted</h2>");
    REQUIRE(noted != std::string::npos);
    CHECK(html.find("<li><strong>Ana &lt;admin&gt;</strong> (level 0): No, &quot;never&quot; in writing</li>", noted) !=
          std::string::npos);
    CHECK(html.find("<li><strong>Bo</strong> (level 3): We ship weekly</li>", noted) != std::string::npos);
    CHECK(html.find("<li><strong>Bo</strong>: Ask finance</li>", noted) != std::string::npos);  // don't know: no level
    const std::string csv = team_report_csv(mini_model(), e, plan);
    // The UTF-8 byte-order mark first (for Excel), then the header.
    CHECK(csv.find(std::string(kUtf8Bom) +
                   "dimension_id,dimension,category_id,category,n,median,mean,min,max,spread,disagreement,target,next_step,"
                   "notes,Ana <admin>,Bo\r\n") == 0);
    CHECK(csv.find(kUtf8Bom, 1) == std::string::npos);
    // a1: median 1.5 starts at target 2, so its 1->2 step is listed.
    CHECK(csv.find("alpha,Alpha,a1,A one,2,1.5,1.5,0,3,3,true,2,a1 step 1 to 2,"
                   "\"Ana <admin> (0): No, \"\"never\"\" in writing\nBo (3): We ship weekly\",0,3\r\n") != std::string::npos);
    CHECK(csv.find("alpha,Alpha,a2,A two,2,1,1,1,1,0,false,3,a2 step 1 to 2,,1,1\r\n") != std::string::npos);
    CHECK(csv.find(",Bo: Ask finance,1,?\r\n") != std::string::npos);
    CHECK(csv.find("\r\ntheory_of_change,\"Our goal is <one> front door.\nWe believe that if we share, then we grow.\"\r\n") !=
          std::string::npos);
}

TEST_CASE("the merge says where each respondent counted came from") {
    std::vector<Assessment> files = {mini_assessment(1, 1, 1, 1, 1), mini_assessment(2, 2, 2, 2, 2), mini_assessment(3, 3, 3, 3, 3)};
    files[0].respondent = "Ana";
    files[1].respondent = "Ana";
    files[1].id = files[0].id;  // the same person, saved again later
    files[1].updated = "2026-05-02T10:00:00Z";
    files[2].respondent = "Bo";
    const TeamResult t = merge_team(mini_model(), files);
    CHECK(t.inputs == std::vector<std::size_t>{1, 2});
    CHECK(t.respondents == std::vector<std::string>{"Ana", "Bo"});
}

TEST_CASE("a member whose newer file comes later keeps their label") {
    std::vector<Assessment> files = {mini_assessment(0, 0, 0, 0, 0), mini_assessment(2, 2, 2, 2, 2),
                                     mini_assessment(3, 3, 3, 3, 3)};
    for (auto& f : files) f.respondent = "Maria";
    files[0].updated = "2026-05-01T09:00:00Z";
    files[2].id = files[0].id;  // the first Maria, corrected
    files[2].updated = "2026-05-03T09:00:00Z";
    const TeamResult t = merge_team(mini_model(), files);
    CHECK(t.inputs == std::vector<std::size_t>{1, 2});
    CHECK(t.respondents == std::vector<std::string>{"Maria (2)", "Maria"});  // the second Maria stays "(2)"
    REQUIRE(t.duplicates.size() == 1);
    CHECK(t.duplicates[0].name == "Maria");
}
