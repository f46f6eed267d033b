// The page's side of the peer benchmark: teams' files dropped on the Peers screen are counted
// once each, refused ones say why, peer groups and the order of the teams, what is published
// (only totals, suppressed below the group chosen), removing with Undo; and a team's side: a
// ladder-peers file opened anywhere, kept across visits, compared, and closed.
#include "harness.h"
#include "peers.h"

namespace ladder::test {
using namespace app;

namespace {

// The levels of team `t` of a made-up convening: category k at t (k + 1) mod 4, so teams differ,
// and differ in each dimension's score.
std::vector<int> team_levels(int t) {
    std::vector<int> levels;
    for (std::size_t k = 0; k < default_model().categories.size(); ++k) levels.push_back(t * (static_cast<int>(k) + 1) % 4);
    return levels;
}

std::string team_file(int t) { return assessment_file("Unit " + std::to_string(t), "Lead", team_levels(t)); }

void add_teams(App& a, int from, int to) {
    for (int t = from; t < to; ++t) a.file("unit-" + std::to_string(t) + ".json", team_file(t));
}

// The JSON of the last download.
Json last_download(const App& a) {
    const auto downloads = a.all<effect::Download>();
    REQUIRE_FALSE(downloads.empty());
    return Json::parse(downloads.back().content);
}

}  // namespace

TEST_CASE("peers: files dropped on the Peers screen are counted once each, and refused ones say why") {
    App a;
    a.apply(intent::Go{Screen::Peers});
    const std::string first = team_file(0);
    a.file("unit-0.json", first);
    add_teams(a, 1, 6);
    a.file("unit-0-again.json", first);  // the same file again
    a.file("broken.json", "{\"format\": \"ladder-assessment\"");
    a.file("model.json", "{\"format\": \"ladder-model\"}");
    const ConveningView& v = a.ui().convening;
    CHECK(a.ui().screen == Screen::Peers);
    CHECK(v.inputs.size() == 9);
    CHECK(v.all.teams == 6);
    CHECK(v.rows.size() == 6);
    REQUIRE(v.all.duplicates.size() == 1);
    CHECK(v.all.duplicates[0].file == "unit-0-again.json");
    REQUIRE(v.all.refused.size() == 2);
    CHECK(v.all.refused[0].file == "broken.json");
    CHECK(v.all.refused[1].file == "model.json");
    CHECK(v.all.refused[1].reason == "this is a model file, not a team's answers");
    CHECK(a.toast() == "6 teams counted");
    // Nothing of this is an assessment or a team exercise of this browser's.
    CHECK(stored_assessments() == 0);
    CHECK(a.session().team.respondents.empty());
    // Letters in the order added: the duplicate and the refused files have none.
    CHECK(v.letter[0] == 0);
    CHECK(v.letter[5] == 5);
    CHECK(v.letter[6] == -1);
    CHECK(peer_letter(0) == "A");
    CHECK(peer_letter(25) == "Z");
    CHECK(peer_letter(26) == "AA");
    CHECK(peer_letter(27) == "AB");
}

TEST_CASE("peers: the published benchmark holds only totals, the same as the core's, suppressed below the group chosen") {
    App a;
    a.apply(intent::Go{Screen::Peers});
    add_teams(a, 0, 7);
    a.apply(intent::PeersDownload{FileKind::Json});
    const Json published = last_download(a);
    CHECK(a.all<effect::Download>().back().filename.rfind("ladder-peers-", 0) == 0);
    // Exactly what the core makes of the same files.
    std::vector<PeerInput> inputs;
    for (int t = 0; t < 7; ++t) {
        inputs.push_back({"unit-" + std::to_string(t) + ".json", read_peer_team(Json::parse(team_file(t)), default_model())});
    }
    CHECK(published == peers_to_json(peer_benchmark(default_model(), inputs)));
    // No team's name, nor its file's, is in it.
    const std::string text = a.all<effect::Download>().back().content;
    CHECK(text.find("Unit ") == std::string::npos);
    CHECK(text.find("unit-") == std::string::npos);
    CHECK(published["teams"] == 7);
    CHECK(published["categories"][0]["suppressed"] == false);

    // Raised above the teams there are: nothing is published at all.
    const std::size_t downloads = a.all<effect::Download>().size();
    a.apply(intent::PeersMinGroup{10});
    a.apply(intent::PeersDownload{FileKind::Json});
    a.apply(intent::PeersPrint{});
    CHECK(a.all<effect::Download>().size() == downloads);
    CHECK(a.all<effect::Print>().empty());
    // Raised to exactly the teams there are: a category one team left unanswered is suppressed.
    a.file("partial.json", assessment_file("Partial", "Lead", {1, 2}));
    a.apply(intent::PeersMinGroup{8});
    a.apply(intent::PeersDownload{FileKind::Json});
    const Json raised = last_download(a);
    CHECK(raised["min_group"] == 8);
    CHECK(raised["teams"] == 8);
    CHECK(raised["categories"][0]["suppressed"] == false);
    CHECK(raised["categories"][0]["n"] == 8);
    CHECK(raised["categories"][5]["suppressed"] == true);
    CHECK(raised["categories"][5]["n"] == 7);
    CHECK(raised["categories"][5]["counts"].is_null());
    // Never below the floor.
    a.apply(intent::PeersMinGroup{2});
    CHECK(a.ui().convening.min_group == kMinGroup);

    a.apply(intent::PeersDownload{FileKind::Csv});
    CHECK(a.all<effect::Download>().back().mime.rfind("text/csv", 0) == 0);
    a.apply(intent::PeersDownload{FileKind::Html});
    CHECK(a.all<effect::Download>().back().content.find("<html") != std::string::npos);
}

TEST_CASE("peers: peer groups are compared and one can be shown and published alone, and teams sort by a dimension") {
    App a;
    a.apply(intent::Go{Screen::Peers});
    add_teams(a, 0, 10);
    for (int i = 0; i < 10; ++i) a.apply(intent::PeersSetGroup{i, i < 5 ? "national" : " city "});
    const ConveningView& v = a.ui().convening;
    REQUIRE(v.by_group.size() == 2);
    CHECK(v.by_group[0].name == "city");  // spaces around a group's name do not make another group
    CHECK(v.by_group[0].benchmark.teams == 5);
    CHECK(v.by_group[1].name == "national");
    CHECK(v.by_group[1].benchmark.teams == 5);

    a.apply(intent::PeersShowGroup{"national"});
    CHECK(v.rows == std::vector<std::size_t>{0, 1, 2, 3, 4});
    CHECK(v.benchmark.teams == 5);
    a.apply(intent::PeersDownload{FileKind::Json});
    const Json national = last_download(a);
    CHECK(national["teams"] == 5);
    CHECK(a.all<effect::Download>().back().filename.rfind("ladder-peers-national-", 0) == 0);
    // Ten teams, five in the group: taken from all ten, the group's figures would leave five,
    // enough; so the group's figures are published.
    CHECK(national["overall"]["suppressed"] == false);

    // A group that loses its last team is no longer shown; all teams are, instead.
    for (int i = 0; i < 5; ++i) a.apply(intent::PeersSetGroup{i, ""});
    CHECK(v.by_group.size() == 1);
    CHECK(v.group.empty());
    CHECK(v.rows.size() == 10);

    // Sorted by the first dimension: highest score first, ties as added.
    a.apply(intent::PeersSort{0});
    const auto score = [&](std::size_t i) { return *v.inputs[i].team.value().score.dimensions[0].score; };
    for (std::size_t r = 1; r < v.rows.size(); ++r) {
        CHECK(score(v.rows[r - 1]) >= score(v.rows[r]));
        if (score(v.rows[r - 1]) == score(v.rows[r])) CHECK(v.rows[r - 1] < v.rows[r]);
    }
    CHECK(v.rows != std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    a.apply(intent::PeersSort{-1});
    CHECK(v.rows == std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
}

TEST_CASE("peers: a team removed, or all of them, comes back with Undo, group and all") {
    App a;
    a.apply(intent::Go{Screen::Peers});
    add_teams(a, 0, 6);
    a.apply(intent::PeersSetGroup{2, "regional"});
    a.apply(intent::PeersRemove{2});
    CHECK(a.ui().convening.all.teams == 5);
    CHECK(a.toast() == "Removed Team C");  // named as the screen names it: anonymous by default
    a.apply(intent::Undo{});
    CHECK(a.ui().convening.all.teams == 6);
    CHECK(a.ui().convening.groups[2] == "regional");
    CHECK(a.ui().convening.inputs[2].file == "unit-2.json");

    a.apply(intent::PeersNames{true});
    a.apply(intent::PeersClear{});
    CHECK(a.ui().convening.inputs.empty());
    CHECK(a.toast() == "Removed 6 files");
    a.apply(intent::Undo{});
    CHECK(a.ui().convening.all.teams == 6);
    CHECK(a.ui().convening.by_group.size() == 1);
}

TEST_CASE("peers: a benchmark file opens for comparing on any screen, is kept across visits, and can be closed") {
    App a;
    a.apply(intent::Go{Screen::Peers});
    add_teams(a, 0, 8);
    a.apply(intent::PeersDownload{FileKind::Json});
    const std::string benchmark = a.all<effect::Download>().back().content;

    a.apply(intent::Go{Screen::Welcome});
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 2});
    a.file("ladder-peers.json", benchmark);
    REQUIRE(a.ui().peers);
    CHECK(a.ui().screen == Screen::Results);
    CHECK(a.ui().peers->peers.teams == 8);
    CHECK(a.toast() == "Comparing with 8 peers from ladder-peers.json");
    CHECK(a.assessment().answers.at(category(0)).level == 2);  // the answers are not touched
    CHECK(a.ui().convening.all.teams == 8);                    // nor the convening

    // On the Team screen it opens at the plan.
    a.apply(intent::Go{Screen::Team});
    a.file("ladder-peers.json", benchmark);
    CHECK(a.ui().screen == Screen::Team);
    CHECK(a.ui().team.step == 2);
    CHECK(a.session().team.respondents.empty());

    // The next visit compares with it still.
    App next(PageInfo{}, false);
    REQUIRE(next.ui().peers);
    CHECK(next.ui().peers->file == "ladder-peers.json");
    CHECK(next.ui().peers->peers.teams == 8);
    next.apply(intent::ComparePeersClose{});
    CHECK_FALSE(next.ui().peers);
    App after(PageInfo{}, false);
    CHECK_FALSE(after.ui().peers);

    // "Open a peer benchmark" asks for one file.
    next.apply(intent::ComparePeersOpen{});
    REQUIRE_FALSE(next.all<effect::PickFiles>().empty());
    CHECK_FALSE(next.all<effect::PickFiles>().back().multiple);
}

TEST_CASE("peers: a damaged benchmark file changes nothing and says where it is wrong") {
    App a;
    a.apply(intent::Go{Screen::Peers});
    add_teams(a, 0, 5);
    a.apply(intent::PeersDownload{FileKind::Json});
    Json tampered = last_download(a);
    tampered["categories"][0]["counts"][0] = 99;
    a.apply(intent::Go{Screen::Results});
    a.file("tampered.json", tampered.dump());
    CHECK_FALSE(a.ui().peers);
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "The peer benchmark could not be opened");
    CHECK(a.ui().error->text.find("tampered.json: /categories/0") != std::string::npos);
    CHECK(platform::native::storage().count("ladder.v1.peers") == 0);
}


TEST_CASE("peers: the convening view is kept across visits, files, groups and choices, and removing takes it from storage") {
    App a;
    a.apply(intent::Go{Screen::Peers});
    for (int t = 0; t < 6; ++t) {
        a.file("unit-" + std::to_string(t) + ".json", assessment_file("Unit " + std::to_string(t), "Lead", {t % 4, (t + 1) % 4}));
    }
    // A file saved in Windows-1252 is kept as the text it was read as.
    a.file("latin1.json", "{\"format\": \"ladder-assessment\", \"version\": 1, \"model\": {\"id\": \"digital-services\", "
                          "\"model_version\": \"1.0.0\"}, \"team\": \"Direcci\xF3n\", \"answers\": {}}");
    a.file("broken.json", "{");
    a.apply(intent::PeersSetGroup{1, "city"});
    a.apply(intent::PeersNames{true});
    a.apply(intent::PeersSort{2});
    a.apply(intent::PeersMinGroup{7});
    const ConveningView& before = a.ui().convening;

    App next(PageInfo{}, false);
    const ConveningView& v = next.ui().convening;
    REQUIRE(v.inputs.size() == before.inputs.size());
    for (std::size_t i = 0; i < v.inputs.size(); ++i) CHECK(v.inputs[i].file == before.inputs[i].file);
    CHECK(v.all.teams == before.all.teams);
    CHECK(v.all.refused.size() == 1);  // the broken file, listed again with its reason
    CHECK(v.groups[1] == "city");
    CHECK(v.names);
    CHECK(v.sort == 2);
    CHECK(v.min_group == 7);
    CHECK(v.rows == before.rows);
    CHECK(v.inputs[6].team.value().name == "Direcci\xC3\xB3n");

    // Removing all of them leaves nothing behind in storage; Undo puts every entry back.
    next.apply(intent::PeersClear{});
    CHECK(stored_with_prefix("ladder.v1.convened.") == 0);
    next.apply(intent::Undo{});
    App third(PageInfo{}, false);
    CHECK(third.ui().convening.inputs.size() == before.inputs.size());
    CHECK(third.ui().convening.groups[1] == "city");
}

TEST_CASE("peers: a damaged stored convening is read as far as it can be and never overwritten") {
    platform::native::reset();
    auto& storage = platform::native::storage();
    storage["ladder.v1.convening"] = "{\"ids\": [\"a\", \"gone\", 7, \"b\"], \"min_group\": 3, \"sort\": 99}";
    storage["ladder.v1.convened.a"] = dump_json(Json{{"file", "a.json"}, {"group", "x"}, {"text", assessment_file("A", "", {1})}});
    storage["ladder.v1.convened.b"] = "not json";
    App a(PageInfo{}, false);
    const ConveningView& v = a.ui().convening;
    REQUIRE(v.inputs.size() == 1);
    CHECK(v.inputs[0].file == "a.json");
    CHECK(v.groups[0] == "x");
    CHECK(v.min_group == kMinGroup);
    CHECK(v.sort == -1);
    CHECK(storage.at("ladder.v1.convened.b") == "not json");
    // The next change keeps listing what could not be read.
    a.apply(intent::Go{Screen::Peers});
    a.file("c.json", assessment_file("C", "", {2}));
    const Json index = Json::parse(platform::native::storage().at("ladder.v1.convening"));
    CHECK(index["ids"].size() == 4);
    CHECK(index["ids"][1] == v.ids[1]);
    CHECK(index["ids"][2] == "gone");
    CHECK(index["ids"][3] == "b");
    CHECK(platform::native::storage().at("ladder.v1.convened.b") == "not json");

    platform::native::reset();
    platform::native::storage()["ladder.v1.convening"] = "[";
    App b(PageInfo{}, false);
    CHECK(b.ui().convening.inputs.empty());
    // Before a new index is written in its place, the damaged one is copied aside.
    b.apply(intent::Go{Screen::Peers});
    b.file("d.json", assessment_file("D", "", {2}));
    CHECK(platform::native::storage().at("ladder.v1.convening.damaged") == "[");
}


TEST_CASE("peers: a group's figure is suppressed when all teams' figure would give away the rest, and a group too small is not published") {
    App a;
    a.apply(intent::Go{Screen::Peers});
    for (int t = 0; t < 8; ++t) a.file("u" + std::to_string(t) + ".json", assessment_file("U" + std::to_string(t), "", {t % 4, 1, 2}));
    for (int i = 0; i < 8; ++i) a.apply(intent::PeersSetGroup{i, i < 6 ? "big" : "small"});
    a.apply(intent::PeersShowGroup{"big"});
    const ConveningView& v = a.ui().convening;
    REQUIRE(v.benchmark.teams == 6);
    // All eight minus these six are the two of "small": every figure of "big" is held back.
    CHECK(v.benchmark.categories[0].n == 6);
    CHECK(v.benchmark.categories[0].suppressed);
    CHECK(v.benchmark.overall.suppressed);
    CHECK_FALSE(v.all.categories[0].suppressed);
    // A category only "big" answered differs from all teams by nobody: published.
    a.apply(intent::PeersShowGroup{"small"});
    CHECK(v.benchmark.teams == 2);
    const std::size_t downloads = a.all<effect::Download>().size();
    a.apply(intent::PeersDownload{FileKind::Json});
    CHECK(a.all<effect::Download>().size() == downloads);
}

TEST_CASE("peers: a team goes with all its files, and Undo brings them back in place") {
    App a;
    a.apply(intent::Go{Screen::Peers});
    Assessment older = read_assessment_json(Json::parse(assessment_file("Unit", "Lead", {1, 1})), default_model()).value();
    Assessment newer = older;
    newer.updated = "2026-11-20T09:00:00Z";
    newer.answers[category(0)].level = 3;
    a.file("other.json", assessment_file("Other", "Lead", {2}));
    a.file("unit-old.json", assessment_to_json(older).dump());
    a.file("unit-new.json", assessment_to_json(newer).dump());
    const ConveningView& v = a.ui().convening;
    REQUIRE(v.all.teams == 2);
    REQUIRE(v.letter[2] == 1);  // the newer file counts
    a.apply(intent::PeersRemove{2});
    CHECK(v.inputs.size() == 1);
    CHECK(v.all.teams == 1);  // the older file did not take its place
    a.apply(intent::Undo{});
    REQUIRE(v.inputs.size() == 3);
    CHECK(v.inputs[1].file == "unit-old.json");
    CHECK(v.inputs[2].file == "unit-new.json");
    CHECK(v.all.teams == 2);
}

TEST_CASE("peers: a benchmark dropped on the Peers screen with teams' files opens for comparing and the others still join") {
    App a;
    a.apply(intent::Go{Screen::Peers});
    for (int t = 0; t < 5; ++t) a.file("u" + std::to_string(t) + ".json", assessment_file("U" + std::to_string(t), "", {t % 4}));
    a.apply(intent::PeersDownload{FileKind::Json});
    const std::string benchmark = a.all<effect::Download>().back().content;
    a.file("benchmark.json", benchmark);
    a.file("u5.json", assessment_file("U5", "", {3}));
    CHECK(a.ui().screen == Screen::Peers);
    REQUIRE(a.ui().peers);
    CHECK(a.ui().convening.all.teams == 6);
    CHECK(stored_assessments() == 0);
}

TEST_CASE("peers: a file picked with Open a peer benchmark is read as one, and nothing else is opened in its place") {
    App a;
    a.apply(intent::Go{Screen::Results});
    a.apply(intent::ComparePeersOpen{});
    a.file("answers.json", assessment_file("Mine", "Me", {2}));
    CHECK_FALSE(a.ui().peers);
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "The peer benchmark could not be opened");
    CHECK(a.ui().error->text.find("answers.json: expected \"ladder-peers\"") == 0);
    CHECK(stored_assessments() == 0);
    // The picker closed without a file, then something else was asked: a drop is a drop again.
    a.apply(intent::ComparePeersOpen{});
    a.apply(intent::DismissError{});
    a.file("answers.json", assessment_file("Mine", "Me", {2}));
    CHECK(a.assessment().team == "Mine");
}

TEST_CASE("peers: a file that is not JSON is kept as its reason, not its bytes, and all files can be removed") {
    App a;
    a.apply(intent::Go{Screen::Peers});
    a.file("picture.png", std::string(100000, '\x89'));
    a.file("huge.json", "", true);
    const ConveningView& v = a.ui().convening;
    REQUIRE(v.inputs.size() == 2);
    CHECK(v.all.teams == 0);
    std::size_t stored_bytes = 0;
    for (const auto& entry : platform::native::storage()) {
        if (entry.first.rfind("ladder.v1.convened.", 0) == 0) stored_bytes += entry.second.size();
    }
    CHECK(stored_bytes < 2000);
    App next(PageInfo{}, false);
    REQUIRE(next.ui().convening.inputs.size() == 2);
    CHECK(next.ui().convening.inputs[1].team.error().to_string() == v.inputs[1].team.error().to_string());
    CHECK(v.inputs[1].team.error().to_string() == "the file is over 5 MB, the most Ladder opens");
    next.apply(intent::PeersClear{});
    CHECK(next.ui().convening.inputs.empty());
    CHECK(stored_with_prefix("ladder.v1.convened.") == 0);
}

}  // namespace ladder::test
