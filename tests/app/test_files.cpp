// Files and models: what a dropped or picked file does depending on its format and the screen,
// loadAssessment, the example, custom models from a file, storage or an embed's URL.
#include "harness.h"

namespace ladder::test {
using namespace app;

namespace {

// The default model under another id and title, as a partner's adapted model would be.
std::string custom_model_text(const std::string& title = "Partner model") {
    Json model = parse_json(default_model_json()).value();
    model["id"] = "partner-model";
    model["title"] = title;
    return model.dump();
}

}  // namespace

TEST_CASE("an assessment file opens on Results under a new id") {
    App a;
    a.file("ana.json", assessment_file("Unit", "Ana", {2, 1}));
    CHECK(a.ui().screen == Screen::Results);
    CHECK(a.assessment().respondent == "Ana");
    CHECK(a.toast() == "Opened ana.json");
    CHECK(stored_assessments() == 1);
    CHECK(a.assessment().updated == "2026-11-01T09:00:00Z");  // an import keeps its dates
}

TEST_CASE("a broken file is refused with where it broke, and the open work is untouched") {
    App a;
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 3});
    const std::string id = a.ui().current_id;
    a.file("broken.json", "{\"format\": \"ladder-assessment\",");
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "That file could not be opened");
    CHECK(a.ui().error->text.rfind("broken.json: 1:", 0) == 0);
    CHECK(a.ui().current_id == id);
    CHECK(a.assessment().answers.at(category(0)).level == 3);
    a.file("level.json", R"({"format":"ladder-assessment","version":1,"model":{"id":"digital-services"},"answers":{")" +
                             category(0) + R"(":{"level":"2"}}})");
    CHECK(a.ui().error->text.find("/answers/" + category(0) + "/level") != std::string::npos);
    CHECK(a.ui().current_id == id);
}

TEST_CASE("a file over the size limit is refused by name") {
    App a;
    a.file("huge.json", "", true);
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->text.rfind("huge.json: the file is over 5 MB", 0) == 0);
    a.apply(intent::Go{Screen::Team});
    a.file("huge.json", "", true);
    REQUIRE(a.ui().team.problems.size() == 1);
}

TEST_CASE("two imports with no frame between them both stay saved") {
    App a;
    Effects effects;
    CHECK(import_text(a.state, "one", assessment_file("One", "", {1}), effects));
    a.apply(intent::SetLevel{category(5), 2});  // a change to the first, not yet written by a frame
    CHECK(import_text(a.state, "two", assessment_file("Two", "", {2}), effects));
    CHECK(stored_assessments() == 2);
    a.apply(intent::Go{Screen::Saved});
    bool found_change = false;
    for (const auto& s : a.ui().saved) found_change |= s.team == "One" && s.percent_answered > 4;
    CHECK(found_change);
}

TEST_CASE("loadAssessment refuses what a file import refuses, with the same message") {
    App a;
    Effects effects;
    const auto result = import_text(a.state, "loadAssessment", "[]", effects);
    REQUIRE_FALSE(result);
    CHECK(result.error().to_string() == "expected an assessment object, found a list");
}

TEST_CASE("the example opens as a copy, and the picker is an effect") {
    App a;
    a.apply(intent::OpenExample{});
    CHECK(a.ui().screen == Screen::Results);
    CHECK(a.toast() == "Example opened. It is a separate copy: start a new assessment for your own.");
    a.apply(intent::Import{});
    REQUIRE(a.all<effect::PickFiles>().size() == 1);
    CHECK_FALSE(a.all<effect::PickFiles>()[0].multiple);
    a.apply(intent::UseOffline{});
    REQUIRE(a.all<effect::DownloadUrl>().size() == 1);
    CHECK(a.all<effect::DownloadUrl>()[0].filename == "ladder-offline.html");
}

TEST_CASE("a model file switches the model, is remembered, and the default model comes back") {
    App a;
    a.file("partner.json", custom_model_text());
    CHECK(a.session().model->id == "partner-model");
    CHECK(a.toast() == "Now using the model \"Partner model\"");
    CHECK(platform::native::storage().count("ladder.v1.model") == 1);
    App reloaded({}, false);
    CHECK(reloaded.session().model->id == "partner-model");
    reloaded.apply(intent::UseDefaultModel{});
    CHECK(reloaded.session().model == &*reloaded.state.kept.default_model);
    CHECK(platform::native::storage().count("ladder.v1.model") == 0);
}

TEST_CASE("an invalid model lists its problems and the model in use stays") {
    App a;
    Json model = parse_json(default_model_json()).value();
    model["stages"] = Json::array();
    a.file("bad-model.json", model.dump());
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "That model has problems and was not loaded");
    CHECK(a.ui().error->text.find("/stages") != std::string::npos);
    CHECK(a.session().model == &*a.state.kept.default_model);
}

TEST_CASE("a stored model that no longer reads is reported and the default model is used") {
    platform::native::reset();
    platform::native::storage()["ladder.v1.model"] = R"({"format":"ladder-model"})";
    App a({}, false);
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "That model has problems and was not loaded");
    CHECK(a.session().model == &*a.state.kept.default_model);
}

TEST_CASE("an embed's data-model is fetched, what comes back is used, or its failure shown") {
    PageInfo page;
    page.model_url = "models/partner.json";
    App a(page);
    REQUIRE(a.all<effect::FetchModel>().size() == 1);
    CHECK(a.all<effect::FetchModel>()[0].url == "models/partner.json");
    a.keep(on_model_fetched(a.state, false, "", "404 Not Found"));
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->text == "models/partner.json: 404 Not Found. The model in use has not changed.");
    a.keep(on_model_fetched(a.state, true, "{", ""));
    CHECK(a.ui().error->title == "That model has problems and was not loaded");
    a.keep(on_model_fetched(a.state, true, custom_model_text("From the page"), ""));
    CHECK(a.session().model->id == "partner-model");
    CHECK_FALSE(a.ui().error);
    CHECK(platform::native::storage().count("ladder.v1.model") == 0);  // not remembered: the page asks each time
}

TEST_CASE("an embed's language is used when the model has it") {
    PageInfo page;
    page.lang = "xx";
    App a(page);
    CHECK(a.session().lang == "en");
}

TEST_CASE("dragging files over the page shows the drop overlay") {
    App a;
    on_drag(a.state, true);
    CHECK(a.ui().dragging_files);
    on_drag(a.state, false);
    CHECK_FALSE(a.ui().dragging_files);
}

TEST_CASE("more files at once than are read: said after the others, where their results are said") {
    App a;
    app::on_files_left(a.state, 620, 500);
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->text == "620 files came at once; Ladder reads at most 500 at a time. The first 500 were read: add the others in another go.");
    a.apply(intent::DismissError{});
    a.apply(intent::Go{Screen::Team});
    app::on_files_left(a.state, 501, 500);
    CHECK_FALSE(a.ui().error);
    REQUIRE(a.ui().team.problems.size() == 1);
    CHECK(a.ui().team.problems[0].rfind("501 files came at once", 0) == 0);
}

}  // namespace ladder::test
