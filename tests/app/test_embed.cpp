// Embedded in a partner's page: the frame's height, the partner asking for it again, and the
// summary a user chooses to share (stages only, never notes).
#include "harness.h"

namespace ladder::test {
using namespace app;

namespace {

PageInfo embedded(bool verified = true) {
    PageInfo page;
    page.embedded = true;
    page.auto_height = true;
    page.parent_verified = verified;
    page.parent_origin = "https://partner.example";
    return page;
}

}  // namespace

TEST_CASE("a frame sized to its content reports its height when it changes, and again when asked") {
    App a(embedded());
    a.keep(on_content_height(a.state, 812.4f));
    a.keep(on_content_height(a.state, 812.9f));  // the same once rounded up
    auto posts = a.all<effect::PostToParent>();
    REQUIRE(posts.size() == 1);
    const Json message = parse_json(posts[0].json).value();
    CHECK(message["protocol"] == "ladder-embed");
    CHECK(message["type"] == "resize");
    CHECK(message["height"] == 813);
    REQUIRE(a.all<effect::WheelPassThrough>().size() == 1);
    CHECK(a.all<effect::WheelPassThrough>()[0].pass);
    a.keep(on_parent_message(a.state, R"({"protocol":"ladder-embed","version":1,"type":"request-resize"})"));
    a.keep(on_content_height(a.state, 812.9f));
    CHECK(a.all<effect::PostToParent>().size() == 2);
    a.keep(on_parent_message(a.state, "not json"));
    a.keep(on_parent_message(a.state, R"({"protocol":"other","type":"request-resize"})"));
    a.keep(on_content_height(a.state, 812.9f));
    CHECK(a.all<effect::PostToParent>().size() == 2);
}

TEST_CASE("a very tall page stops at 3000 px and scrolls inside the frame") {
    App a(embedded());
    a.keep(on_content_height(a.state, 5000));
    CHECK(parse_json(a.all<effect::PostToParent>().at(0).json).value()["height"] == 3000);
    CHECK_FALSE(a.all<effect::WheelPassThrough>().at(0).pass);
}

TEST_CASE("nothing goes to a partner that is not verified, or when not embedded") {
    App unverified(embedded(false));
    unverified.keep(on_content_height(unverified.state, 700));
    unverified.apply(intent::Share{});
    CHECK(unverified.all<effect::PostToParent>().empty());
    App hosted;
    hosted.keep(on_content_height(hosted.state, 700));
    hosted.apply(intent::Share{});
    CHECK(hosted.all<effect::PostToParent>().empty());
}

TEST_CASE("sharing sends the stages and completeness, never notes or answers") {
    App a(embedded());
    a.file("ana.json", assessment_file("Unit", "Ana", {2, 2, 1}, "a private note"));
    a.apply(intent::Share{});
    const auto posts = a.all<effect::PostToParent>();
    REQUIRE(posts.size() == 1);
    CHECK(posts[0].json.find("a private note") == std::string::npos);
    CHECK(posts[0].json.find("Ana") == std::string::npos);
    const Json message = parse_json(posts[0].json).value();
    CHECK(message["type"] == "summary");
    const Json& summary = message["summary"];
    CHECK(summary["completeness"] == doctest::Approx(0.13));
    // 3 of 24 answered, five dimensions not rated: max(12 - 3, 5) more answers needed.
    CHECK(summary["provisional"] == true);
    CHECK(summary["answers_needed"] == 9);
    CHECK(summary["dimensions"].size() == 6);
    CHECK(summary["overall"]["stage"].is_number_integer());
    CHECK(a.toast() == "Summary shared with https://partner.example");
}

TEST_CASE("a shared summary of a complete assessment is not provisional") {
    App a(embedded());
    a.file("ana.json", assessment_file("Unit", "Ana", std::vector<int>(24, 1)));
    a.apply(intent::Share{});
    const Json summary = parse_json(a.all<effect::PostToParent>().at(0).json).value()["summary"];
    CHECK(summary["completeness"] == 1.0);
    CHECK(summary["provisional"] == false);
    CHECK(summary["answers_needed"] == 0);
}

}  // namespace ladder::test

namespace ladder::test {

TEST_CASE("the page's description is read field by field, and anything odd leaves a hosted page") {
    const app::PageInfo page = app::read_page_info(
        R"({"embedded":true,"auto_height":true,"parent_verified":true,"parent_origin":"https://partner.example",)"
        R"("lang":"es","model_url":"models/partner.json","offline":false})");
    CHECK(page.embedded);
    CHECK(page.auto_height);
    CHECK(page.parent_verified);
    CHECK_FALSE(page.offline);
    CHECK(page.parent_origin == "https://partner.example");
    CHECK(page.lang == "es");
    CHECK(page.model_url == "models/partner.json");
    const app::PageInfo odd = app::read_page_info(R"({"embedded":"yes","lang":7,"offline":1})");
    CHECK_FALSE(odd.embedded);
    CHECK_FALSE(odd.offline);
    CHECK(odd.lang.empty());
    CHECK_FALSE(app::read_page_info("not json").embedded);
}

}  // namespace ladder::test
