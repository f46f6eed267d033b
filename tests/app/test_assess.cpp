// Answering: the intents of the Assess screen, autosave and restore across a reload, and the
// regression of a screen that changed the document by drawing it.
#include "harness.h"

namespace ladder::test {
using namespace app;

TEST_CASE("the two start fields edited in one frame both keep their text") {
    // The welcome screen sends one intent per changed field; a script filling both fields
    // before a frame changes both in that frame.
    App a;
    a.apply(intent::EditStartDetails{"Dirección Digital", std::nullopt});
    a.apply(intent::EditStartDetails{std::nullopt, "Tõnis"});
    CHECK(a.ui().draft_team == "Dirección Digital");
    CHECK(a.ui().draft_respondent == "Tõnis");
}

TEST_CASE("starting a new assessment takes the welcome screen's details and opens the questions") {
    App a;
    a.apply(intent::EditStartDetails{"Digital Unit", "Ana"});
    a.apply(intent::StartNew{});
    CHECK(a.ui().screen == Screen::Assess);
    CHECK(a.assessment().team == "Digital Unit");
    CHECK(a.assessment().respondent == "Ana");
    CHECK(a.assessment().created == "2026-11-29T10:00:00Z");
    CHECK(stored_assessments() == 1);  // saved at once, under its own id
}

TEST_CASE("setting a level, don't know, a target and a note changes the named category and dates it") {
    App a;
    a.apply(intent::StartNew{});
    platform::native::set_now(2000, "2026-11-30T08:00:00Z");
    a.apply(intent::SetLevel{category(2), 2});
    CHECK(a.assessment().answers.at(category(2)).level == 2);
    CHECK(a.session().result.categories[2].level == 2);
    CHECK(a.assessment().updated == "2026-11-30T08:00:00Z");
    a.apply(intent::SetTarget{category(2), 3});
    CHECK(a.assessment().answers.at(category(2)).target == 3);
    a.apply(intent::SetDontKnow{category(2), true});
    CHECK(a.assessment().answers.at(category(2)).dont_know);
    CHECK_FALSE(a.session().result.categories[2].level.has_value());  // not counted
    a.apply(intent::EditNote{category(2), "We ship weekly"});
    CHECK(a.assessment().answers.at(category(2)).note == "We ship weekly");
    a.apply(intent::SetLevel{category(2), std::nullopt});
    CHECK_FALSE(a.assessment().answers.at(category(2)).level.has_value());
}

TEST_CASE("answers to unknown categories or out of range are refused and change nothing") {
    App a;
    a.apply(intent::StartNew{});
    const int revision = a.session().revision;
    a.apply(intent::SetLevel{"no-such-category", 1});
    a.apply(intent::SetLevel{category(0), 4});
    a.apply(intent::SetTarget{category(0), -2});
    a.apply(intent::SetDontKnow{"no-such-category", true});
    a.apply(intent::EditNote{"no-such-category", "x"});
    CHECK(a.assessment().answers.count("no-such-category") == 0);
    CHECK_FALSE(a.assessment().answers.at(category(0)).level.has_value());
    CHECK_FALSE(a.assessment().answers.at(category(0)).target.has_value());
    CHECK(a.session().revision == revision);
}

TEST_CASE("issue: looking at questions added empty answers to the document (drawn-document bug)") {
    App a;
    a.file("one.json", assessment_file("Unit", "Ana", {2}));
    REQUIRE(a.assessment().answers.size() == 1);
    a.apply(intent::Go{Screen::Assess});
    a.apply(intent::SelectCategory{1});
    a.apply(intent::SelectCategory{2});
    CHECK(a.assessment().answers.size() == 1);
    CHECK(assessment_to_json(a.assessment())["answers"].size() == 1);
}

TEST_CASE("moving between questions stays within the model") {
    App a;
    a.apply(intent::SelectCategory{5});
    CHECK(a.ui().category == 5);
    a.apply(intent::SelectCategory{-3});
    CHECK(a.ui().category == 0);
    a.apply(intent::SelectCategory{10000});
    CHECK(a.ui().category == default_model().categories.size() - 1);
}

TEST_CASE("a reload reopens the assessment, the screen, the question and the settings") {
    App first;
    first.apply(intent::StartNew{});
    first.apply(intent::SetLevel{category(3), 1});
    first.apply(intent::SelectCategory{3});
    first.apply(intent::SetTheme{ThemeKind::Dark});
    first.apply(intent::SetTextSize{150});
    const std::string id = first.ui().current_id;

    App reloaded({}, false);  // same storage
    CHECK(reloaded.ui().current_id == id);
    CHECK(reloaded.ui().screen == Screen::Assess);
    CHECK(reloaded.ui().category == 3);
    CHECK(reloaded.assessment().answers.at(category(3)).level == 1);
    CHECK(reloaded.state.settings.theme == ThemeKind::Dark);
    CHECK(reloaded.state.settings.text_size == 150);
}

TEST_CASE("a damaged saved state or open assessment is reported, never overwritten") {
    platform::native::reset();
    platform::native::storage()["ladder.v1.state"] = R"({"current":"abc","screen":"results","text_size":"big"})";
    platform::native::storage()["ladder.v1.assessment.abc"] = "{not json";
    App a({}, false);
    CHECK(a.ui().screen == Screen::Welcome);
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "A saved assessment could not be read");
    CHECK(a.state.settings.text_size == 100);
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 1});
    CHECK(platform::native::storage().at("ladder.v1.assessment.abc") == "{not json");
    CHECK(a.ui().current_id != "abc");
}

TEST_CASE("download names say whose answers they are, and the CSV opens in Excel with its accents") {
    App a;
    a.apply(intent::EditStartDetails{"Dirección Digital", "Tõnis"});
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 1});
    a.apply(intent::Download{FileKind::Csv});
    REQUIRE(a.all<effect::Download>().size() == 1);
    const effect::Download csv = a.all<effect::Download>()[0];
    CHECK(csv.filename == "ladder-direccion-digital-tonis-2026-11-29.csv");
    CHECK(csv.content.rfind("\xEF\xBB\xBF" "dimension_id,", 0) == 0);  // the UTF-8 byte-order mark
    CHECK(a.toast() == "Saved ladder-direccion-digital-tonis-2026-11-29.csv to your downloads");
    // Another member of the same team, opened from their file: its own name, and its own date.
    a.file("ben.json", assessment_file("Dirección Digital", "Ben", {2}));
    a.apply(intent::Download{FileKind::Json});
    REQUIRE(a.all<effect::Download>().size() == 2);
    CHECK(a.all<effect::Download>()[1].filename == "ladder-direccion-digital-ben-2026-11-01.json");
}

TEST_CASE("downloads, print and the copied summary are effects with the assessment's content") {
    App a;
    a.apply(intent::EditStartDetails{"Cabinet Office Digital", ""});
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 1});
    a.apply(intent::Download{FileKind::Json});
    a.apply(intent::Download{FileKind::Csv});
    a.apply(intent::Download{FileKind::Html});
    const auto downloads = a.all<effect::Download>();
    REQUIRE(downloads.size() == 3);
    CHECK(downloads[0].filename == "ladder-cabinet-office-digital-2026-11-29.json");
    CHECK(parse_json(downloads[0].content).value()["answers"][category(0)]["level"] == 1);
    CHECK(downloads[1].mime == "text/csv;charset=utf-8");
    CHECK(downloads[2].content.find("<html") != std::string::npos);
    CHECK(a.toast() == "Saved ladder-cabinet-office-digital-2026-11-29.html to your downloads");
    a.apply(intent::Print{});
    REQUIRE(a.all<effect::Print>().size() == 1);
    CHECK(a.all<effect::Print>()[0].html == downloads[2].content);
    a.apply(intent::CopySummary{});
    REQUIRE(a.all<effect::CopyText>().size() == 1);
    CHECK(a.all<effect::CopyText>()[0].text.rfind("Cabinet Office Digital\nOverall stage: ", 0) == 0);
    CHECK(a.toast() == "Summary copied to the clipboard");
}

TEST_CASE("the copied summary says how much was answered and that a partial stage is provisional") {
    App a;
    a.file("ana.json", assessment_file("Unit", "Ana", {2, 2, 1}));  // 3 of 24, one dimension
    a.apply(intent::CopySummary{});
    const std::string partial = a.all<effect::CopyText>().at(0).text;
    CHECK(partial.find("Overall stage: Getting started (provisional) (Score 1.67 of 3)\n") != std::string::npos);
    CHECK(partial.find("\n13% of questions answered. The stage is provisional: answer 9 more questions for a stage "
                       "you can rely on.\n") != std::string::npos);
    CHECK(partial.find("- Political environment: Getting started\n") != std::string::npos);
    CHECK(partial.find("- Institutional capacity: Not rated\n") != std::string::npos);

    a.file("ben.json", assessment_file("Unit", "Ben", std::vector<int>(24, 2)));
    a.apply(intent::CopySummary{});
    const std::string full = a.all<effect::CopyText>().at(1).text;
    CHECK(full.find("Overall stage: Scaling through partnerships (Score 2.00 of 3)\n100% of questions answered.\n") !=
          std::string::npos);
    CHECK(full.find("provisional") == std::string::npos);
}

TEST_CASE("a plain toast goes by itself, the frame it needs is asked for") {
    App a;
    a.apply(intent::CopySummary{});
    REQUIRE(a.all<effect::WakeAfter>().size() == 1);
    app::tick(a.state, 1003.9);
    CHECK_FALSE(a.toast().empty());
    app::tick(a.state, 1004.0);
    CHECK(a.toast().empty());
}

TEST_CASE("all next steps, errors and moving between screens") {
    App a;
    a.apply(intent::ToggleAllSteps{});
    CHECK(a.ui().all_steps_open);
    a.state.ui.error = Message{"t", "x"};
    a.apply(intent::DismissError{});
    CHECK_FALSE(a.ui().error);
    a.apply(intent::Go{Screen::Results});
    CHECK(a.ui().screen == Screen::Results);
}

}  // namespace ladder::test
