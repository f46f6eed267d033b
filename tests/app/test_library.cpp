// My assessments and Settings: duplicate, delete with Undo, compare, clear everything, and what
// happens when browser storage fails or is missing.
#include "harness.h"

namespace ladder::test {
using namespace app;

namespace {

// Two saved assessments, an older and a newer, and their ids (older first).
std::pair<std::string, std::string> two_saved(App& a) {
    platform::native::set_now(1000, "2026-10-01T09:00:00Z");
    a.apply(intent::EditStartDetails{"Unit", "Ana"});
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 1});
    const std::string older = a.ui().current_id;
    platform::native::set_now(1001, "2026-11-01T09:00:00Z");
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 3});
    return {older, a.ui().current_id};
}

}  // namespace

TEST_CASE("deleting an assessment offers Undo until the next action, and Undo puts it back") {
    App a;
    const auto [older, newer] = two_saved(a);
    a.apply(intent::Go{Screen::Saved});
    REQUIRE(a.ui().saved.size() == 2);
    a.apply(intent::Delete{older});
    CHECK(stored_assessments() == 1);
    CHECK(undo_offered(a.ui()));
    CHECK(a.toast() == "Deleted \"Unit\"");
    REQUIRE(a.ui().toast);
    CHECK_FALSE(a.ui().toast->expires.has_value());  // no timer: it waits for the user
    app::tick(a.state, 1e9);
    CHECK(undo_offered(a.ui()));
    a.apply(intent::Go{Screen::Welcome});  // looking around keeps it
    a.apply(intent::Go{Screen::Saved});
    CHECK(undo_offered(a.ui()));
    a.apply(intent::Undo{});
    CHECK(stored_assessments() == 2);
    CHECK_FALSE(undo_offered(a.ui()));
    CHECK(a.toast().empty());
    CHECK(a.ui().saved.size() == 2);
}

TEST_CASE("the next action ends an Undo on offer, and its toast with it") {
    App a;
    const auto ids = two_saved(a);
    a.apply(intent::Delete{ids.first});
    a.apply(intent::SetLevel{category(1), 2});
    CHECK_FALSE(undo_offered(a.ui()));
    CHECK(a.toast().empty());
    a.apply(intent::Undo{});
    CHECK(stored_assessments() == 1);
}

TEST_CASE("deleting the open assessment leaves a blank, and Undo reopens it") {
    App a;
    const auto ids = two_saved(a);
    a.apply(intent::Delete{ids.second});
    CHECK(a.ui().current_id.empty());
    CHECK_FALSE(a.assessment().answers.at(category(0)).level.has_value());
    a.apply(intent::Undo{});
    CHECK(a.ui().current_id == ids.second);
    CHECK(a.assessment().answers.at(category(0)).level == 3);
}

TEST_CASE("duplicating a saved assessment stores a copy named as one") {
    App a;
    const auto ids = two_saved(a);
    a.apply(intent::Duplicate{ids.first});
    CHECK(stored_assessments() == 3);
    a.apply(intent::Go{Screen::Saved});
    const auto copy = std::find_if(a.ui().saved.begin(), a.ui().saved.end(),
                                   [](const SavedAssessment& s) { return s.team == "Unit (copy)"; });
    CHECK(copy != a.ui().saved.end());
}

TEST_CASE("opening a saved assessment shows its results, an unreadable one is reported") {
    App a;
    const auto ids = two_saved(a);
    a.apply(intent::OpenSaved{ids.first});
    CHECK(a.ui().current_id == ids.first);
    CHECK(a.ui().screen == Screen::Results);
    CHECK(a.assessment().answers.at(category(0)).level == 1);
    platform::native::storage()["ladder.v1.assessment.broken"] = "[1,";
    a.apply(intent::OpenSaved{"broken"});
    REQUIRE(a.ui().error);
    CHECK(a.ui().current_id == ids.first);
    CHECK(platform::native::storage().at("ladder.v1.assessment.broken") == "[1,");
}

TEST_CASE("ticking two assessments compares them with the core, older first, whatever the order ticked") {
    App a;
    const auto [older, newer] = two_saved(a);
    a.apply(intent::ToggleCompare{newer});
    CHECK_FALSE(a.ui().comparison);
    a.apply(intent::ToggleCompare{older});
    REQUIRE(a.ui().comparison);
    const Compared& c = *a.ui().comparison;
    CHECK(c.older == "Unit (October 1, 2026)");
    CHECK(c.newer == "Unit (November 1, 2026)");
    const Delta& first = c.history.dimensions.at(0);
    CHECK(first.before == doctest::Approx(1.0));
    CHECK(first.after == doctest::Approx(3.0));
    CHECK(first.change == doctest::Approx(2.0));
    a.apply(intent::ToggleCompare{older});  // untick
    CHECK_FALSE(a.ui().comparison);
}

TEST_CASE("clearing everything asks first and then removes every entry") {
    App a;
    two_saved(a);
    a.apply(intent::AskClearAll{});
    CHECK(a.ui().confirm_clear);
    a.apply(intent::CancelClearAll{});
    CHECK_FALSE(a.ui().confirm_clear);
    CHECK(stored_assessments() == 2);
    a.apply(intent::SetTheme{ThemeKind::Dark});
    a.apply(intent::ClearAll{});
    CHECK(stored_assessments() == 0);
    CHECK(a.ui().screen == Screen::Settings);
    CHECK(a.state.settings.theme == ThemeKind::Light);
    CHECK(a.toast() == "All stored data was deleted");
}

TEST_CASE("settings: the text size stays between 100 and 200 percent") {
    App a;
    a.apply(intent::SetTextSize{250});
    CHECK(a.state.settings.text_size == 200);
    a.apply(intent::SetTextSize{50});
    CHECK(a.state.settings.text_size == 100);
}

TEST_CASE("a storage write that fails is told once, and the work stays open") {
    App a;
    a.apply(intent::StartNew{});
    platform::native::set_writes_fail(true);
    a.apply(intent::SetLevel{category(0), 2});
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "This browser's storage for Ladder is full");
    CHECK(a.ui().error->offer_download);
    CHECK_FALSE(a.ui().storage_ok);
    a.apply(intent::DismissError{});
    a.apply(intent::SetLevel{category(1), 2});
    CHECK_FALSE(a.ui().error);  // once
    CHECK(a.assessment().answers.at(category(1)).level == 2);
}

TEST_CASE("without storage the app says so at start and still works") {
    platform::native::reset();
    platform::native::set_storage_available(false);
    App a({}, false);
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "This browser is not saving your answers");
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 1});
    CHECK(a.session().result.categories[0].level == 1);
}

}  // namespace ladder::test
