// The team exercise through the app: members' files, Undo of a removal, targets, reveal mode,
// the projector, the theory of change, downloads, and keeping exercises in storage.
#include "harness.h"

namespace ladder::test {
using namespace app;

namespace {

std::size_t stored_teams() {
    std::size_t n = 0;
    for (const auto& entry : platform::native::storage()) n += entry.first.rfind("ladder.v1.team.", 0) == 0;
    return n;
}

// A team screen with three members' files dropped: 0, 2 and 3 on the first category.
void three_members(App& a) {
    a.apply(intent::Go{Screen::Team});
    a.file("ana.json", assessment_file("Unit", "Ana", {0, 1}));
    a.file("ben.json", assessment_file("Unit", "Ben", {2, 1}));
    a.file("cy.json", assessment_file("Unit", "Cy", {3, 1}));
}

}  // namespace

TEST_CASE("files dropped on the Team screen join the exercise, which is saved and named after the team") {
    App a;
    three_members(a);
    CHECK(a.session().team.respondents.size() == 3);
    CHECK(a.session().team.team == "Unit");
    CHECK(a.toast() == "Added Cy");
    CHECK(a.session().team_plan.merged.categories[0].disagreement);
    CHECK(stored_teams() == 1);
    CHECK(a.session().team_completeness.size() == 3);
    CHECK(a.session().team_completeness[0] == doctest::Approx(2.0 / 24.0));
    App reloaded({}, false);
    CHECK(reloaded.ui().screen == Screen::Team);
    CHECK(reloaded.session().team.respondents.size() == 3);
}

TEST_CASE("files that cannot join are listed with the reason while the others join") {
    App a;
    a.apply(intent::Go{Screen::Team});
    a.file("model.json", parse_json(default_model_json()).value().dump());
    a.file("broken.json", "{");
    a.file("ana.json", assessment_file("Unit", "Ana", {1}));
    REQUIRE(a.ui().team.problems.size() == 2);
    CHECK(a.ui().team.problems[0] == "model.json: this is a model file, not a member's answers");
    CHECK(a.ui().team.problems[1].rfind("broken.json: 1:", 0) == 0);
    CHECK(a.session().team.respondents.size() == 1);
    a.apply(intent::DismissTeamProblems{});
    CHECK(a.ui().team.problems.empty());
}

TEST_CASE("removing a member offers Undo, which puts them back in their place") {
    App a;
    three_members(a);
    a.apply(intent::TeamRemove{1});
    CHECK(a.session().team.respondents.size() == 2);
    CHECK(a.toast() == "Removed Ben");
    CHECK(undo_offered(a.ui()));
    a.apply(intent::TeamStep{1});  // looking at another step keeps it
    a.apply(intent::Undo{});
    REQUIRE(a.session().team.respondents.size() == 3);
    CHECK(a.session().team.respondents[1].respondent == "Ben");
    CHECK(a.session().team_plan.merged.respondents.size() == 3);
    a.apply(intent::TeamRemove{7});  // out of range: nothing
    CHECK(a.session().team.respondents.size() == 3);
}

TEST_CASE("a new file arriving ends the Undo of a removal") {
    App a;
    three_members(a);
    a.apply(intent::TeamRemove{0});
    a.file("dee.json", assessment_file("Unit", "Dee", {1}));
    CHECK_FALSE(undo_offered(a.ui()));
}

TEST_CASE("members from this browser's saved assessments join once") {
    App a;
    a.apply(intent::EditStartDetails{"Unit", "Ana"});
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 2});
    const std::string id = a.ui().current_id;
    a.apply(intent::Go{Screen::Team});
    a.apply(intent::TeamToggleSaved{});
    CHECK(a.ui().team.add_from_saved);
    a.apply(intent::TeamAddSaved{id});
    CHECK(a.session().team.respondents.size() == 1);
    CHECK(a.session().team.respondents[0].respondent == "Ana");
    a.apply(intent::TeamAddSaved{"no-such-id"});
    CHECK(a.session().team.respondents.size() == 1);
    a.apply(intent::TeamAddFiles{});
    REQUIRE(a.all<effect::PickFiles>().size() == 1);
    CHECK(a.all<effect::PickFiles>()[0].multiple);
}

TEST_CASE("a target agreed for a category replaces the starting target and goes back to it") {
    App a;
    three_members(a);
    const std::string first = category(0);
    // Answers 0, 2, 3: the members' own targets are 1, 3, 3, so the team starts at 3.
    REQUIRE(a.session().team_plan.targets[0] == 3);
    a.apply(intent::TeamSetTarget{first, 2});
    CHECK(a.session().team.targets.at(first) == 2);
    CHECK(a.session().team_plan.targets[0] == 2);
    a.apply(intent::TeamSetTarget{first, std::nullopt});
    CHECK(a.session().team.targets.count(first) == 0);
    CHECK(a.session().team_plan.targets[0] == 3);
    a.apply(intent::TeamSetTarget{"no-such-category", 1});
    CHECK(a.session().team.targets.empty());
}

TEST_CASE("hidden ratings are revealed one category at a time or all at once") {
    App a;
    three_members(a);
    a.apply(intent::TeamHideRatings{true});
    CHECK(a.session().team.hide_ratings);
    a.apply(intent::TeamReveal{category(0)});
    CHECK(a.session().team.revealed == std::set<std::string>{category(0)});
    a.apply(intent::TeamReveal{});
    CHECK(a.session().team.revealed.size() == default_model().categories.size());
    a.apply(intent::TeamHideRatings{false});
    CHECK(a.session().team.revealed.empty());
}

TEST_CASE("the projector view needs members, and moves within the discussion order") {
    App a;
    a.apply(intent::Go{Screen::Team});
    a.apply(intent::TeamProjector{true});
    CHECK_FALSE(a.ui().team.projector);
    three_members(a);
    a.apply(intent::TeamProjector{true});
    CHECK(a.ui().team.projector);
    a.apply(intent::TeamProjectorGo{3});
    CHECK(a.ui().team.projector_index == 3);
    a.apply(intent::TeamProjectorGo{999});
    CHECK(a.ui().team.projector_index == default_model().categories.size() - 1);
    a.apply(intent::Go{Screen::Results});
    CHECK_FALSE(a.ui().team.projector);
}

TEST_CASE("the team name and theory of change are edited, and the prompts go into an empty one") {
    App a;
    three_members(a);
    a.apply(intent::EditTeamName{"Digital Unit"});
    CHECK(a.session().team.team == "Digital Unit");
    a.apply(intent::StartFromPrompts{});
    CHECK(a.session().team.theory_of_change.rfind("Our goal is", 0) == 0);
    REQUIRE(a.all<effect::Focus>().size() == 1);
    CHECK(a.all<effect::Focus>()[0].widget == "theory-of-change");
    a.apply(intent::EditTheoryOfChange{"We believe that if we share, then we grow."});
    a.apply(intent::StartFromPrompts{});  // not over what was written
    CHECK(a.session().team.theory_of_change == "We believe that if we share, then we grow.");
    App reloaded({}, false);
    CHECK(reloaded.session().team.theory_of_change == "We believe that if we share, then we grow.");
}

TEST_CASE("team reports and the team file are downloads, print is the HTML report") {
    App a;
    three_members(a);
    a.apply(intent::TeamDownload{FileKind::Html});
    a.apply(intent::TeamDownload{FileKind::Csv});
    a.apply(intent::TeamDownload{FileKind::Json});
    const auto downloads = a.all<effect::Download>();
    REQUIRE(downloads.size() == 3);
    CHECK(downloads[0].filename == "ladder-team-unit-2026-11-29.html");
    CHECK(downloads[1].filename == "ladder-team-unit-2026-11-29.csv");
    CHECK(downloads[1].content.rfind("\xEF\xBB\xBF" "dimension_id,", 0) == 0);  // the UTF-8 byte-order mark
    CHECK(downloads[1].content.find("Ana") != std::string::npos);
    CHECK(parse_json(downloads[2].content).value()["format"] == "ladder-team");
    a.apply(intent::TeamPrint{});
    REQUIRE(a.all<effect::Print>().size() == 1);
    CHECK(a.all<effect::Print>()[0].html == downloads[0].content);
}

TEST_CASE("a team file opens as the exercise, anywhere, and the one before stays saved") {
    App a;
    three_members(a);
    const std::string before = a.ui().team.id;
    const std::string file = team_exercise_to_json(a.session().team).dump();
    a.apply(intent::TeamNew{});
    CHECK(a.session().team.respondents.empty());
    CHECK(a.ui().team.step == 0);
    a.apply(intent::Go{Screen::Results});
    a.file("broken.json", "{not json");
    REQUIRE(a.ui().error);
    a.file("team.json", file);
    CHECK_FALSE(a.ui().error);  // the banner was about the file before
    CHECK(a.ui().screen == Screen::Team);
    CHECK(a.session().team.respondents.size() == 3);
    CHECK(a.ui().team.id != before);
    CHECK(stored_teams() == 2);
    a.apply(intent::OpenTeam{before});
    CHECK(a.ui().team.id == before);
}

TEST_CASE("deleting the open team exercise offers Undo, which reopens it") {
    App a;
    three_members(a);
    const std::string id = a.ui().team.id;
    a.apply(intent::Go{Screen::Saved});
    a.apply(intent::DeleteTeam{id});
    CHECK(stored_teams() == 0);
    CHECK(a.session().team.respondents.empty());
    CHECK(a.toast() == "Deleted the team exercise Unit");
    a.apply(intent::Undo{});
    CHECK(stored_teams() == 1);
    CHECK(a.ui().team.id == id);
    CHECK(a.session().team.respondents.size() == 3);
}

TEST_CASE("a damaged stored team exercise is reported, kept, and never overwritten") {
    platform::native::reset();
    platform::native::storage()["ladder.v1.state"] = R"({"screen":"team","team":"old","team_step":1})";
    platform::native::storage()["ladder.v1.team.old"] = "{\"format\":\"ladder-team\"";
    App a({}, false);
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "A saved team exercise could not be read");
    a.file("ana.json", assessment_file("Unit", "Ana", {1}));
    CHECK(platform::native::storage().at("ladder.v1.team.old") == "{\"format\":\"ladder-team\"");
    CHECK(a.ui().team.id != "old");
    a.apply(intent::OpenTeam{"old"});
    CHECK(a.ui().error->title == "A saved team exercise could not be read");
}

TEST_CASE("the projector names people after a reveal unless the facilitator keeps it anonymous") {
    App a;
    three_members(a);
    CHECK(a.ui().team.projector_names);  // names help the room ask the people at each end
    a.apply(intent::TeamProjectorNames{false});
    CHECK_FALSE(a.ui().team.projector_names);
    a.apply(intent::TeamProjectorNames{true});
    CHECK(a.ui().team.projector_names);
}

}  // namespace ladder::test

namespace ladder::test {
using namespace app;

namespace {

// A member's file with an id and a save time, as the page writes them.
std::string member_file(const std::string& respondent, const std::string& id, const std::string& updated, int level) {
    Assessment a = read_assessment(assessment_file("Unit", respondent, {level, 1}), default_model()).value();
    a.id = id;
    a.updated = updated;
    return assessment_to_json(a).dump();
}

}  // namespace

TEST_CASE("two members with the same name are both counted and told apart on the Team screen") {
    App a;
    a.apply(intent::Go{Screen::Team});
    a.file("maria.json", assessment_file("Unit", "Maria", {0, 1}));
    a.file("maria-2.json", assessment_file("Unit", "Maria", {3, 1}));
    CHECK(a.toast() == "Added Maria (2)");
    const TeamResult& merged = a.session().team_plan.merged;
    CHECK(merged.respondents == std::vector<std::string>{"Maria", "Maria (2)"});
    CHECK(merged.duplicates.empty());
    CHECK(merged.categories[0].n == 2);
}

TEST_CASE("a member's newer file replaces the older one, and the toast says so either way round") {
    const std::string id = "0123456789abcdef0123456789abcdef";
    App a;
    a.apply(intent::Go{Screen::Team});
    a.file("maria.json", member_file("Maria", id, "2026-11-01T09:00:00Z", 0));
    a.file("bo.json", member_file("Bo", new_assessment_id(), "2026-11-01T09:00:00Z", 2));
    a.file("maria-fixed.json", member_file("Maria", id, "2026-11-02T09:00:00Z", 3));
    CHECK(a.toast() == "Maria: this newer file replaces the one added before");
    const TeamResult& merged = a.session().team_plan.merged;
    CHECK(merged.respondents == std::vector<std::string>{"Bo", "Maria"});
    CHECK(merged.inputs == std::vector<std::size_t>{1, 2});
    REQUIRE(merged.duplicates.size() == 1);
    CHECK(merged.duplicates[0].reason == DuplicateReason::Newer);
    CHECK(*merged.categories[0].median == doctest::Approx(2.5));  // 2 and 3: the old 0 is gone

    a.file("maria-old.json", member_file("Maria", id, "2026-10-30T09:00:00Z", 1));
    CHECK(a.toast() == "Maria: this file is older than the one already added, so it is not counted");
    a.file("maria-fixed.json", member_file("Maria", id, "2026-11-02T09:00:00Z", 3));
    CHECK(a.toast() == "Maria is already in the exercise: counted once");
    CHECK(a.session().team_plan.merged.respondents.size() == 2);

    // The team file keeps every member's id, so the next session counts the same people.
    App reloaded({}, false);
    CHECK(reloaded.session().team.respondents[0].id == id);
    CHECK(reloaded.session().team_plan.merged.respondents == std::vector<std::string>{"Bo", "Maria"});
}

TEST_CASE("an assessment without an id gets one when opened for editing, saved at once, a copy gets its own") {
    App a;
    Json old = parse_json(assessment_file("Unit", "Ana", {2})).value();
    old.erase("id");
    a.file("old.json", old.dump());
    const std::string id = a.assessment().id;
    CHECK(id.size() == 32);
    const std::string key = "ladder.v1.assessment." + a.ui().current_id;
    const Json stored = parse_json(platform::native::storage().at(key)).value();
    CHECK(stored["id"] == id);  // the next export and the next opening carry the same id

    a.apply(intent::Duplicate{a.ui().current_id});
    bool copy_found = false;
    for (const auto& [k, text] : platform::native::storage()) {
        if (k.rfind("ladder.v1.assessment.", 0) != 0 || k == key) continue;
        const Json copy = parse_json(text).value();
        CHECK(copy["id"].get<std::string>() != id);
        CHECK(copy["id"].get<std::string>().size() == 32);
        copy_found = true;
    }
    CHECK(copy_found);
}

TEST_CASE("a file added to a team exercise keeps no id it did not have") {
    App a;
    a.apply(intent::Go{Screen::Team});
    Json old = parse_json(assessment_file("Unit", "Ana", {2})).value();
    old.erase("id");
    a.file("old.json", old.dump());
    CHECK(a.session().team.respondents[0].id.empty());
}

}  // namespace ladder::test
