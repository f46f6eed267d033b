// The peer benchmark: teams counted once, figures from the teams' levels and scores, cells from
// too few teams suppressed, the file read back with every figure checked, and a team set
// against it. The mini model's five categories make every figure easy to work out by hand.
#include <doctest/doctest.h>

#include "exercise.h"
#include "fixtures.h"
#include "messages.h"
#include "peers.h"

using namespace ladder;
using ladder::test::mini_assessment;
using ladder::test::mini_model;

namespace {

// A team's assessment of the mini model, with an id of its own (so two teams never look like
// one), its levels for a1, a2, b1, b2, b3 (-1: unanswered).
Assessment team(int number, int a1, int a2, int b1, int b2, int b3) {
    Assessment a = mini_assessment(a1, a2, b1, b2, b3);
    a.id = std::string(31, '0') + static_cast<char>('a' + number);
    a.team = "Team " + std::to_string(number);
    a.updated = "2026-11-01T10:00:00Z";
    return a;
}

PeerInput input(const std::string& file, const Assessment& a) { return {file, read_peer_team(assessment_to_json(a), mini_model())}; }

// Teams whose a1 levels are 0, 1, 1, 2, 3 ... (the first `count` of them).
std::vector<PeerInput> teams(int count) {
    const int a1[] = {0, 1, 1, 2, 3, 3, 0, 2};
    std::vector<PeerInput> out;
    for (int i = 0; i < count; ++i) out.push_back(input("t" + std::to_string(i) + ".json", team(i, a1[i], 1, 2, -1, i % 4)));
    return out;
}

}  // namespace

TEST_CASE("peers: quartiles interpolate between the closest ranks") {
    CHECK_FALSE(quantile({}, 0.5));
    CHECK(*quantile({2}, 0.25) == 2);
    CHECK(*quantile({0, 1, 1, 2, 3}, 0.25) == 1);
    CHECK(*quantile({0, 1, 1, 2, 3}, 0.5) == 1);
    CHECK(*quantile({0, 1, 1, 2, 3}, 0.75) == 2);
    CHECK(*quantile({0, 3}, 0.25) == doctest::Approx(0.75));
    CHECK(*quantile({0, 3}, 0.5) == doctest::Approx(1.5));
    CHECK(*quantile({0, 3}, 0.75) == doctest::Approx(2.25));
    CHECK(*quantile({0, 1, 2, 3}, 0.75) == doctest::Approx(2.25));
}

TEST_CASE("peers: a cell from fewer teams than min_group is suppressed, from exactly min_group it is published") {
    const PeerBenchmark four = peer_benchmark(mini_model(), teams(4));
    CHECK(four.teams == 4);
    CHECK(four.categories[0].n == 4);
    CHECK(four.categories[0].suppressed);
    CHECK_FALSE(four.categories[0].median);
    CHECK(four.overall.suppressed);
    const Json j = peers_to_json(four);
    CHECK(j["categories"][0] == Json({{"id", "a1"}, {"n", 4}, {"counts", nullptr}, {"median", nullptr}, {"q1", nullptr},
                                       {"q3", nullptr}, {"suppressed", true}}));

    const PeerBenchmark five = peer_benchmark(mini_model(), teams(5));
    const PeerCell& a1 = five.categories[0];
    CHECK_FALSE(a1.suppressed);
    CHECK(a1.counts == std::array<int, 4>{1, 2, 1, 1});
    CHECK(*a1.q1 == 1);
    CHECK(*a1.median == 1);
    CHECK(*a1.q3 == 2);
    // b2 is answered by nobody: n 0, suppressed whatever the group size.
    CHECK(five.categories[3].n == 0);
    CHECK(five.categories[3].suppressed);
    // The organiser may ask for more teams per figure, never fewer.
    CHECK(peer_benchmark(mini_model(), teams(5), 6).categories[0].suppressed);
    CHECK(peer_benchmark(mini_model(), teams(5), 2).min_group == kMinGroup);
}

TEST_CASE("peers: dimension and overall figures come from each team's scores, by the scoring rules") {
    const PeerBenchmark peers = peer_benchmark(mini_model(), teams(5));
    // Alpha = mean(a1, 1): 0.5, 1, 1, 1.5, 2. Beta = mean(2, b3) with b3 = i % 4: 1, 1.5, 2, 2.5, 1.
    const PeerCell& alpha = peers.dimensions[0];
    CHECK(alpha.n == 5);
    CHECK(*alpha.median == 1);
    CHECK(alpha.counts == std::array<int, 4>{1, 3, 1, 0});
    const PeerCell& beta = peers.dimensions[1];
    CHECK(*beta.q1 == 1);
    CHECK(*beta.median == 1.5);
    CHECK(*beta.q3 == 2);
    // Overall: (alpha + 2 beta) / 3 per team: 0.83, 1.33, 1.67, 2.17, 1.33.
    CHECK(peers.overall.n == 5);
    CHECK(*peers.overall.median == doctest::Approx(1.33));
    CHECK(*peers.overall.q1 == doctest::Approx(1.33));
    CHECK(*peers.overall.q3 == doctest::Approx(1.67));
}

TEST_CASE("peers: the same team twice is counted once, and a team's newer file replaces its older one") {
    std::vector<PeerInput> inputs = teams(5);
    inputs.push_back(input("again.json", team(0, 0, 1, 2, -1, 0)));
    Assessment newer = team(1, 3, 3, 3, 3, 3);
    newer.updated = "2026-11-20T10:00:00Z";
    inputs.push_back(input("newer.json", newer));
    const PeerBenchmark peers = peer_benchmark(mini_model(), inputs);
    CHECK(peers.teams == 5);
    // Listed in input order: team 1's older file, then the second copy of team 0's.
    REQUIRE(peers.duplicates.size() == 2);
    CHECK(peers.duplicates[0].file == "t1.json");
    CHECK(peers.duplicates[0].kept == "newer.json");
    CHECK(peers.duplicates[0].newer);
    CHECK(peers.duplicates[1].file == "again.json");
    CHECK(peers.duplicates[1].kept == "t0.json");
    CHECK_FALSE(peers.duplicates[1].newer);
    // Team 1 now counts with a1 = 3: levels 0, 1, 2, 3, 3.
    CHECK(peers.categories[0].counts == std::array<int, 4>{1, 1, 1, 2});
    CHECK(counted_peer_inputs(inputs) == std::vector<std::size_t>{0, 2, 3, 4, 6});

    // Files without ids: the very same content is one team, different content two.
    Assessment plain = mini_assessment(1, 1, 1, 1, 1);
    Assessment other = mini_assessment(2, 1, 1, 1, 1);
    const auto three = peer_benchmark(mini_model(), {input("a", plain), input("b", plain), input("c", other)});
    CHECK(three.teams == 2);
}

TEST_CASE("peers: a team exercise file counts as one team at its median levels, a file that cannot count is listed") {
    TeamExercise exercise = blank_team_exercise(mini_model());
    exercise.team = "Digital unit";
    exercise.created = "2026-10-01T09:00:00Z";
    exercise.respondents = {team(10, 1, 0, 0, 0, 0), team(11, 2, 0, 0, 0, 0)};
    std::vector<PeerInput> inputs = teams(4);
    inputs.push_back({"unit.json", read_peer_team(team_exercise_to_json(exercise), mini_model())});
    REQUIRE(inputs.back().team);
    CHECK(inputs.back().team.value().team_file);
    CHECK(*inputs.back().team.value().levels[0] == 1.5);
    Json other_model = assessment_to_json(team(20, 1, 1, 1, 1, 1));
    other_model["model"]["id"] = "another";
    inputs.push_back({"other.json", read_peer_team(other_model, mini_model())});
    const PeerBenchmark peers = peer_benchmark(mini_model(), inputs);
    CHECK(peers.teams == 5);
    // a1: 0, 1, 1, 2 and the team's 1.5 (counted at level 1).
    CHECK(peers.categories[0].counts == std::array<int, 4>{1, 3, 1, 0});
    CHECK(*peers.categories[0].median == 1);
    CHECK(*peers.categories[0].q3 == 1.5);
    REQUIRE(peers.refused.size() == 1);
    CHECK(peers.refused[0].file == "other.json");
    CHECK(peers.refused[0].reason.find("/model/id") == 0);

    // Team files with neither name nor date: only the very same file is the same team.
    TeamExercise nameless = blank_team_exercise(mini_model());
    nameless.respondents = {team(30, 1, 1, 1, 1, 1)};
    TeamExercise other = nameless;
    other.respondents = {team(31, 2, 2, 2, 2, 2)};
    const auto nameless_team = [](const TeamExercise& e) { return read_peer_team(team_exercise_to_json(e), mini_model()); };
    CHECK(peer_benchmark(mini_model(), {{"x", nameless_team(nameless)}, {"y", nameless_team(nameless)}}).teams == 1);
    CHECK(peer_benchmark(mini_model(), {{"x", nameless_team(nameless)}, {"y", nameless_team(other)}}).teams == 2);

    // A team exercise with nobody in it has nothing to count.
    exercise.respondents.clear();
    const auto empty = read_peer_team(team_exercise_to_json(exercise), mini_model());
    REQUIRE_FALSE(empty);
    CHECK(empty.error().location == "/respondents");
}

TEST_CASE("peers: the file reads back as written") {
    const PeerBenchmark peers = peer_benchmark(mini_model(), teams(6));
    const auto back = read_peers_json(peers_to_json(peers), mini_model());
    REQUIRE(back);
    CHECK(peers_to_json(back.value()) == peers_to_json(peers));
}

TEST_CASE("peers: a tampered or foreign file is refused with a pointer to the figure") {
    const Json good = peers_to_json(peer_benchmark(mini_model(), teams(5)));
    const auto refused = [](Json j) {
        const auto r = read_peers_json(j, mini_model());
        return r ? std::string("accepted") : r.error().location + ": " + r.error().message;
    };
    Json j = good;
    j["format"] = "ladder-team";
    CHECK(refused(j).find("/format") == 0);
    j = good;
    j["version"] = 2;
    CHECK(refused(j).find("/version: this file was made by a newer Ladder") == 0);
    j = good;
    j["model"]["id"] = "digital-services";
    CHECK(refused(j).find("/model/id: this peer benchmark is for the model \"digital-services\"") == 0);
    j = good;
    j["min_group"] = 2;
    CHECK(refused(j).find("/min_group") == 0);
    // A suppressed figure that holds values would let a team be picked out.
    j = good;
    j["categories"][3]["counts"] = Json::array({0, 0, 0, 0});
    CHECK(refused(j).find("/categories/3/counts: a suppressed figure must be null") == 0);
    j = good;
    j["categories"][0]["n"] = 4;
    j["categories"][0]["counts"] = Json::array({1, 1, 1, 1});
    CHECK(refused(j).find("/categories/0/suppressed: only 4 teams answered here, fewer than 5") == 0);
    j = good;
    j["categories"][0]["counts"][0] = 3;
    CHECK(refused(j).find("/categories/0/counts: the teams per level add up to 7, not to n (5)") == 0);
    j = good;
    j["categories"][0]["q1"] = 2.5;
    CHECK(refused(j).find("/categories/0: the quartiles must be in order") == 0);
    j = good;
    j["dimensions"][0]["median"] = 4;
    CHECK(refused(j).find("/dimensions/0/median") == 0);
    j = good;
    j["categories"].erase(1);
    CHECK(refused(j).find("/categories: no figures for \"a2\"") == 0);
    j = good;
    j["categories"][1]["id"] = "a1";
    CHECK(refused(j).find("/categories/1/id: \"a1\" has figures more than once") == 0);
    j = good;
    j["teams"] = 3;
    CHECK(refused(j).find("/categories/0/n: a figure from 5 teams, but the file counts only 3") == 0);
    CHECK(refused(good) == "accepted");
}

TEST_CASE("peers: a team's position per dimension, and how many peers already stand where its next steps lead") {
    const PeerBenchmark peers = peer_benchmark(mini_model(), teams(5));
    // Alpha: peers q1 1, q3 1 (0.5, 1, 1, 1.5, 2 -> q1 1, median 1, q3 1.5). Beta: q1 1, q3 2.
    const ScoreResult low = score_assessment(mini_model(), mini_assessment(0, 0, 0, 0, 0));
    const PeerComparison c = compare_with_peers(mini_model(), peers, low);
    REQUIRE(c.dimensions.size() == 2);
    CHECK(c.dimensions[0].position == PeerPosition::Below);
    CHECK(*c.dimensions[0].at_or_below == 1);  // one peer at stage 0
    CHECK(c.dimensions[1].position == PeerPosition::Below);
    const ScoreResult mid = score_assessment(mini_model(), mini_assessment(1, 1, 2, 1, 2));
    CHECK(compare_with_peers(mini_model(), peers, mid).dimensions[0].position == PeerPosition::Like);
    CHECK(compare_with_peers(mini_model(), peers, mid).dimensions[1].position == PeerPosition::Like);
    const ScoreResult high = score_assessment(mini_model(), mini_assessment(3, 3, 3, 3, 3));
    const PeerComparison h = compare_with_peers(mini_model(), peers, high);
    CHECK(h.dimensions[0].position == PeerPosition::Ahead);
    CHECK(*h.overall.at_or_below == 5);
    // Next steps of the low team: a1 0 -> 1 (peers at 1 or more: 4 of 5); b2 is suppressed
    // (nobody answered it), so no count.
    bool saw_a1 = false, saw_b2 = false;
    for (const PeerStep& s : c.next_steps) {
        if (s.step.category == "a1") {
            saw_a1 = true;
            CHECK(*s.peers_there == 4);
            CHECK(s.n == 5);
        }
        if (s.step.category == "b2") {
            saw_b2 = true;
            CHECK_FALSE(s.peers_there);
        }
    }
    CHECK(saw_a1);
    CHECK(saw_b2);
    const Json j = peer_comparison_to_json(c);
    CHECK(j["dimensions"][0]["position"] == "below");
    // Against a benchmark from too few teams, nothing can be said.
    const PeerComparison unknown = compare_with_peers(mini_model(), peer_benchmark(mini_model(), teams(3)), mid);
    CHECK(unknown.dimensions[0].position == PeerPosition::Unknown);
    CHECK_FALSE(unknown.dimensions[0].at_or_below);
    CHECK(peer_comparison_to_json(unknown)["dimensions"][0]["position"].is_null());
}

TEST_CASE("peers: where teams differ most, and where most are held") {
    const PeerBenchmark peers = peer_benchmark(mini_model(), teams(8));
    // a1: 0,1,1,2,3,3,0,2 (IQR 0.75 to 2.25); b3: 0,1,2,3,0,1,2,3 (IQR 0.75 to 2.25, range 3);
    // a2 and b1 are all 1 and all 2: no difference.
    const auto differ = peer_differences(peers);
    REQUIRE(differ.size() == 2);
    CHECK(((differ[0] == 0 && differ[1] == 4) || (differ[0] == 4 && differ[1] == 0)));
    const auto stuck = peer_stuck(peers);
    // a2: every team at 1; b1: every team at 2 (the top is 3, so both count as held).
    REQUIRE(stuck.size() == 2);
    CHECK(stuck[0].category == 1);
    CHECK(stuck[0].level == 1);
    CHECK(stuck[0].teams == 8);
    CHECK(stuck[1].category == 2);
    CHECK(stuck[1].level == 2);
}

TEST_CASE("peers: CSV has a row per category, dimension and the overall score, HTML names suppressed cells") {
    const PeerBenchmark peers = peer_benchmark(mini_model(), teams(5));
    const std::string csv = peers_csv(peers);
    CHECK(csv.rfind("\xEF\xBB\xBFkind,id,n,suppressed,level_0,level_1,level_2,level_3,q1,median,q3\r\n", 0) == 0);
    CHECK(csv.find("category,a1,5,false,1,2,1,1,1,1,2\r\n") != std::string::npos);
    CHECK(csv.find("category,b2,0,true,,,,,,,\r\n") != std::string::npos);
    CHECK(csv.find("overall,,5,false,") != std::string::npos);
    const std::string html = peers_html(mini_model(), peers);
    CHECK(html.find("<h1>Peer benchmark</h1>") != std::string::npos);
    CHECK(html.find("5 teams counted.") != std::string::npos);
    CHECK(html.find("Not shown: fewer than 5 teams") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
}
