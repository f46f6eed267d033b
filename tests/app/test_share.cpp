// Sharing an assessment as a link: the link is made from the open assessment's file and shown
// while the answers are still those; a link too long is not offered; answers that come in a link
// wait for the user's yes, then open exactly as an imported file; a damaged link changes nothing.
#include "harness.h"

namespace ladder::test {
using namespace app;

TEST_CASE("share link: made from the open assessment's file, shown until an answer changes") {
    App a;
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 2});
    a.apply(intent::MakeShareLink{});
    const auto made = a.all<effect::MakeShareLink>();
    REQUIRE(made.size() == 1);
    const auto sent = read_assessment(made[0].text, default_model());
    REQUIRE(sent);
    CHECK(sent.value().answers.at(category(0)).level == 2);
    CHECK(sent.value().id == a.assessment().id);

    a.keep(on_share_link(a.state, true, "https://tool.example/#share=abc", ""));
    CHECK(a.ui().share.link == "https://tool.example/#share=abc");
    a.apply(intent::CopyShareLink{});
    REQUIRE(a.all<effect::CopyText>().size() == 1);
    CHECK(a.all<effect::CopyText>()[0].text == "https://tool.example/#share=abc");
    CHECK(a.toast() == "Link copied to the clipboard");
    // Another answer: that link no longer carries these answers, so it is not copied any more.
    a.apply(intent::SetLevel{category(1), 1});
    a.apply(intent::CopyShareLink{});
    CHECK(a.all<effect::CopyText>().size() == 1);
}

TEST_CASE("share link: one over the limit is not offered, and a browser that cannot make one says so") {
    App a;
    a.apply(intent::StartNew{});
    a.keep(on_share_link(a.state, true, "https://tool.example/#share=" + std::string(kShareLinkMax, 'x'), ""));
    CHECK(a.ui().share.link.empty());
    CHECK(a.ui().share.too_long == kShareLinkMax + 28);
    a.keep(on_share_link(a.state, false, "", "this browser cannot compress a link"));
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "No link could be made");
    CHECK(a.ui().error->text == "this browser cannot compress a link");
}

TEST_CASE("share link: answers in a link are read, offered, and open like an imported file only on yes") {
    PageInfo page;
    page.share = "payload";
    App a(page);
    const auto read = a.all<effect::ReadShared>();
    REQUIRE(read.size() == 1);
    CHECK(read[0].payload == "payload");
    const std::size_t before = stored_assessments();
    a.keep(on_shared_read(a.state, true, assessment_file("Shared unit", "Bo", {3, 2, 1}), ""));
    CHECK(a.ui().share.offered);
    CHECK(stored_assessments() == before);  // nothing opened yet
    a.apply(intent::OpenShared{});
    CHECK_FALSE(a.ui().share.offered);
    CHECK(a.assessment().team == "Shared unit");
    CHECK(a.assessment().answers.at(category(0)).level == 3);
    CHECK(stored_assessments() == before + 1);
    CHECK(a.all<effect::ClearShared>().size() == 1);

    // On the Team screen the answers join the team exercise, as a file dropped there would.
    App team(page);
    team.apply(intent::Go{Screen::Team});
    team.keep(on_shared_read(team.state, true, assessment_file("Unit", "Member from a link", {2, 2}), ""));
    team.apply(intent::OpenShared{});
    REQUIRE(team.session().team.respondents.size() == 1);
    CHECK(team.session().team.respondents[0].respondent == "Member from a link");
    CHECK(team.assessment().respondent.empty());  // the open assessment is not replaced

    // Not now: nothing opens, and the link is taken out of the address.
    App b(page);
    b.keep(on_shared_read(b.state, true, assessment_file("Other", "Cy", {1}), ""));
    b.apply(intent::DismissShared{});
    CHECK_FALSE(b.ui().share.offered);
    CHECK(b.assessment().team.empty());
    CHECK(b.all<effect::ClearShared>().size() == 1);
}

TEST_CASE("share link: a damaged link or answers that fail the file checks change nothing and say why") {
    PageInfo page;
    page.share = "x";
    App a(page);
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 1});
    const std::string id = a.assessment().id;
    a.keep(on_shared_read(a.state, false, "", "it does not unpack: incorrect header check"));
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "This link could not be opened");
    CHECK(a.ui().error->text.find("(it does not unpack: incorrect header check)") != std::string::npos);
    CHECK_FALSE(a.ui().share.offered);
    CHECK(a.all<effect::ClearShared>().size() == 1);

    // Unpacked, but not an assessment Ladder accepts: the file import's own reason.
    Json bad = Json::parse(assessment_file("Bad", "Di", {2}));
    bad["answers"][category(0)]["level"] = 7;
    a.keep(on_shared_read(a.state, true, bad.dump(), ""));
    a.apply(intent::OpenShared{});
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->text.find("/answers/" + category(0) + "/level") != std::string::npos);
    CHECK(a.assessment().id == id);
    CHECK(a.assessment().answers.at(category(0)).level == 1);
}

}  // namespace ladder::test
