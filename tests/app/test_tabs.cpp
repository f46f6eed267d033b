// Two tabs of one browser on the same storage, and storage that fails: full, off, or holding
// an entry that cannot be read. Two App objects share the native platform's one storage, as two
// tabs share localStorage; the browser's storage event is app::on_storage_changed.
#include "harness.h"

namespace ladder::test {
using namespace app;

namespace {

const std::string kAssessmentPrefix = "ladder.v1.assessment.";

// The other tab hears of a write, as the browser's storage event tells it.
void hear(App& tab, const std::string& key) { tab.keep(app::on_storage_changed(tab.state, key)); }

// The stored version of an assessment, read back.
Assessment stored(const std::string& id) {
    auto read = read_assessment(platform::native::storage().at(kAssessmentPrefix + id), default_model());
    REQUIRE(read);
    return read.value();
}

std::optional<int> level_of(const Assessment& a, std::size_t k) {
    const auto it = a.answers.find(category(k));
    return it == a.answers.end() ? std::nullopt : it->second.level;
}

// Tab a starts an assessment with one answer; tab b opens it (a second tab on the same page).
struct TwoTabs {
    App a;
    App b{{}, false};
    std::string id;
    TwoTabs() {
        a.apply(intent::EditStartDetails{"Unit", "Ana"});
        a.apply(intent::StartNew{});
        a.apply(intent::SetLevel{category(0), 1});
        id = a.ui().current_id;
        b.apply(intent::OpenSaved{id});
        hear(a, kAssessmentPrefix + id);  // b's opening write: the same work, so nothing to ask
        REQUIRE_FALSE(a.ui().conflict);
    }
};

// Both tabs change the first answer (a to 3, b to 2, b's write last) and a hears of it.
void both_change_first(TwoTabs& t) {
    t.a.apply(intent::SetLevel{category(0), 3});
    t.b.apply(intent::SetLevel{category(0), 2});
    hear(t.a, kAssessmentPrefix + t.id);
    REQUIRE(t.a.ui().conflict);
}

}  // namespace

TEST_CASE("another tab's change to the open assessment is shown, nothing is written until the user chooses") {
    TwoTabs t;
    t.a.apply(intent::SetLevel{category(1), 3});
    hear(t.b, kAssessmentPrefix + t.id);
    REQUIRE(t.b.ui().conflict);
    const TabConflict& c = *t.b.ui().conflict;
    CHECK_FALSE(c.team);
    REQUIRE(c.choices.size() == 1);
    CHECK(c.choices[0].category == category(1));
    CHECK(c.choices[0].theirs);  // this tab had not changed it: the other tab's answer is offered
    // Meanwhile this tab's edits stay here and storage keeps the other tab's version.
    t.b.apply(intent::SetLevel{category(2), 2});
    CHECK(level_of(stored(t.id), 1) == 3);
    CHECK_FALSE(level_of(stored(t.id), 2));
    t.b.apply(intent::ResolveConflict{intent::Keep::Chosen});
    CHECK_FALSE(t.b.ui().conflict);
    CHECK(t.b.toast() == "The answers chosen were saved");
    const Assessment merged = stored(t.id);
    CHECK(level_of(merged, 0) == 1);
    CHECK(level_of(merged, 1) == 3);  // from the other tab
    CHECK(level_of(merged, 2) == 2);  // from this one
    CHECK(level_of(t.b.assessment(), 1) == 3);
}

TEST_CASE("answers given in two tabs at once are both kept by default, whichever tab saved last") {
    TwoTabs t;
    // Each tab answers a different question before hearing of the other: b's write, built on
    // the older version, replaces a's in storage.
    t.a.apply(intent::SetLevel{category(1), 2});
    t.b.apply(intent::SetLevel{category(2), 3});
    hear(t.b, kAssessmentPrefix + t.id);  // storage holds b's own version: nothing to ask
    CHECK_FALSE(t.b.ui().conflict);
    hear(t.a, kAssessmentPrefix + t.id);
    REQUIRE(t.a.ui().conflict);
    const auto& choices = t.a.ui().conflict->choices;
    REQUIRE(choices.size() == 2);
    CHECK_FALSE(choices[0].theirs);  // a's answer to question 2; b's version has none
    CHECK(choices[1].theirs);        // b's answer to question 3
    t.a.apply(intent::ResolveConflict{intent::Keep::Chosen});
    const Assessment merged = stored(t.id);
    CHECK(level_of(merged, 1) == 2);
    CHECK(level_of(merged, 2) == 3);
    // b hears of the combined version; it only adds to what b has, and b has not changed since.
    hear(t.b, kAssessmentPrefix + t.id);
    REQUIRE(t.b.ui().conflict);
    t.b.apply(intent::ResolveConflict{intent::Keep::Chosen});
    CHECK(level_of(t.b.assessment(), 1) == 2);
    CHECK(level_of(t.b.assessment(), 2) == 3);
}

TEST_CASE("the user picks per question, or keeps either version whole") {
    SUBCASE("per question") {
        TwoTabs t;
        both_change_first(t);
        CHECK_FALSE(t.a.ui().conflict->choices.at(0).theirs);  // both changed it: this tab's first
        t.a.apply(intent::ConflictPick{category(0), true});
        CHECK(t.a.ui().conflict->choices.at(0).theirs);
        t.a.apply(intent::ResolveConflict{intent::Keep::Chosen});
        CHECK(level_of(stored(t.id), 0) == 2);
    }
    SUBCASE("this tab's version") {
        TwoTabs t;
        both_change_first(t);
        t.a.apply(intent::ResolveConflict{intent::Keep::Mine});
        CHECK(t.a.toast() == "This tab's version was saved");
        CHECK(level_of(stored(t.id), 0) == 3);
    }
    SUBCASE("the other tab's version") {
        TwoTabs t;
        t.a.apply(intent::SetLevel{category(0), 3});
        t.b.apply(intent::SetLevel{category(0), 2});
        t.b.apply(intent::SetLevel{category(4), 0});
        hear(t.a, kAssessmentPrefix + t.id);
        t.a.apply(intent::ResolveConflict{intent::Keep::Theirs});
        CHECK(level_of(t.a.assessment(), 0) == 2);
        CHECK(level_of(t.a.assessment(), 4) == 0);
        CHECK(t.a.session().result.categories[4].level == 0);  // rescored
        CHECK(level_of(stored(t.id), 0) == 2);
    }
}

TEST_CASE("a change to the names alone is a choice too") {
    TwoTabs t;
    t.a.apply(intent::EditStartDetails{"Renamed unit", std::nullopt});
    t.a.apply(intent::SetLevel{category(0), 1});  // the same answer: only the name differs
    hear(t.b, kAssessmentPrefix + t.id);
    // The start details are the next assessment's, not this one's: nothing differs yet.
    CHECK_FALSE(t.b.ui().conflict);
}

TEST_CASE("an assessment deleted in another tab can be kept here, or let go") {
    SUBCASE("kept") {
        TwoTabs t;
        t.a.apply(intent::Delete{t.id});
        hear(t.b, kAssessmentPrefix + t.id);
        REQUIRE(t.b.ui().conflict);
        CHECK_FALSE(t.b.ui().conflict->theirs);
        t.b.apply(intent::ResolveConflict{intent::Keep::Mine});
        CHECK(level_of(stored(t.id), 0) == 1);
    }
    SUBCASE("let go") {
        TwoTabs t;
        t.a.apply(intent::ClearAll{});
        hear(t.b, "");  // everything cleared
        REQUIRE(t.b.ui().conflict);
        t.b.apply(intent::ResolveConflict{intent::Keep::Theirs});
        CHECK(t.b.ui().current_id.empty());
        CHECK(stored_assessments() == 0);
    }
}

TEST_CASE("opening another assessment while a choice waits keeps this tab's version as a copy") {
    TwoTabs t;
    both_change_first(t);
    t.a.apply(intent::StartNew{});
    CHECK_FALSE(t.a.ui().conflict);
    CHECK(level_of(stored(t.id), 0) == 2);  // the other tab's, untouched
    bool copy = false;
    for (const auto& [key, text] : platform::native::storage()) {
        if (key.rfind(kAssessmentPrefix, 0) != 0) continue;
        auto read = read_assessment(text, default_model());
        copy = copy || (read && level_of(read.value(), 0) == 3);
    }
    CHECK(copy);
}

TEST_CASE("the team exercise changed in another tab: keep either version") {
    App a;
    a.file("ana.json", assessment_file("Unit", "Ana", {1, 2}));
    a.apply(intent::Go{Screen::Team});
    a.file("ana.json", assessment_file("Unit", "Ana", {1, 2}));
    REQUIRE_FALSE(a.ui().team.id.empty());
    const std::string key = "ladder.v1.team." + a.ui().team.id;
    App b({}, false);
    b.apply(intent::OpenTeam{a.ui().team.id});
    a.file("bo.json", assessment_file("Unit", "Bo", {3, 3}));
    hear(b, key);
    REQUIRE(b.ui().conflict);
    CHECK(b.ui().conflict->team);
    b.apply(intent::EditTheoryOfChange{"our theory"});
    CHECK(platform::native::storage().at(key).find("our theory") == std::string::npos);  // not written yet
    SUBCASE("theirs") {
        b.apply(intent::ResolveConflict{intent::Keep::Theirs});
        CHECK(b.session().team.respondents.size() == 2);
    }
    SUBCASE("mine") {
        b.apply(intent::ResolveConflict{intent::Keep::Mine});
        CHECK(b.session().team.respondents.size() == 1);
        CHECK(platform::native::storage().at(key).find("our theory") != std::string::npos);
    }
}

TEST_CASE("other tabs' new work shows up in My assessments") {
    App a;
    App b({}, false);
    b.apply(intent::Go{Screen::Saved});
    CHECK(b.ui().saved.empty());
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 2});
    hear(b, "ladder.v1.state");  // the other tab's screen and settings: nothing to read again
    CHECK(b.ui().saved.empty());
    hear(b, kAssessmentPrefix + a.ui().current_id);
    CHECK(b.ui().saved.size() == 1);
    CHECK_FALSE(b.ui().conflict);
}

// --- Storage that fails ------------------------------------------------------------------------

TEST_CASE("storage full: a warning with a download, the answers stay, and saving resumes when there is room") {
    App a;
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 2});
    std::size_t used = 0;
    for (const auto& [key, text] : platform::native::storage()) used += key.size() + text.size();
    platform::native::set_storage_quota(used + 200);  // room for a few more characters only
    a.apply(intent::SetLevel{category(1), 3});
    a.apply(intent::EditNote{category(1), std::string(4000, 'n')});
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "This browser's storage for Ladder is full");
    CHECK(a.ui().error->offer_download);
    CHECK_FALSE(a.ui().storage_ok);
    CHECK(a.ui().storage_full);
    CHECK(a.toast() == "Not saved: this browser's storage is full (see the message at the top)");
    // Nothing lost: everything is here, the download holds it, storage keeps the last version that fitted.
    CHECK(a.assessment().answers.at(category(1)).note.size() == 4000);
    a.apply(intent::DownloadWork{});
    const auto downloads = a.all<effect::Download>();
    REQUIRE_FALSE(downloads.empty());
    auto file = read_assessment(downloads.back().content, default_model());
    REQUIRE(file);
    CHECK(level_of(file.value(), 0) == 2);
    CHECK(level_of(file.value(), 1) == 3);
    CHECK(file.value().answers.at(category(1)).note.size() == 4000);
    CHECK(level_of(stored(a.ui().current_id), 0) == 2);
    // Room again: the next change is saved and the warning goes.
    platform::native::set_storage_quota(0);
    a.apply(intent::SetLevel{category(2), 1});
    CHECK(a.ui().storage_ok);
    CHECK_FALSE(a.ui().error);
    CHECK(stored(a.ui().current_id).answers.at(category(1)).note.size() == 4000);
}

TEST_CASE("on the Team screen the storage warning offers the team exercise") {
    App a;
    a.apply(intent::Go{Screen::Team});
    platform::native::set_writes_fail(true);
    a.file("ana.json", assessment_file("Unit", "Ana", {1, 2}));
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->offer_download);
    a.apply(intent::DownloadWork{});
    const auto downloads = a.all<effect::Download>();
    REQUIRE_FALSE(downloads.empty());
    CHECK(downloads.back().content.find("\"ladder-team\"") != std::string::npos);
    CHECK(downloads.back().content.find("Ana") != std::string::npos);
}

TEST_CASE("an open assessment that cannot be read is named, offered as its text, and never overwritten") {
    platform::native::reset();
    const std::string broken = R"({"format": "ladder-assessment", "version": 1, "model": {"id": "digital-services"},)"
                               R"( "team": "Digital Office", "answers": {"mandate": {"level": 7}}})";
    platform::native::storage()[kAssessmentPrefix + "old"] = broken;
    platform::native::storage()["ladder.v1.state"] = R"({"current": "old", "screen": "assess"})";
    App a({}, false);
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "A saved assessment could not be read");
    CHECK(a.ui().error->text.find("\u201cDigital Office\u201d") != std::string::npos);
    CHECK(a.ui().error->text.find("/answers/mandate/level") != std::string::npos);
    CHECK(a.ui().error->stored_id == "old");
    a.apply(intent::DownloadStored{"old"});
    const auto downloads = a.all<effect::Download>();
    REQUIRE(downloads.size() == 1);
    CHECK(downloads[0].content == broken);  // byte for byte
    CHECK(downloads[0].filename == "ladder-assessment-old-as-stored.json");
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 1});
    CHECK(platform::native::storage().at(kAssessmentPrefix + "old") == broken);
    a.apply(intent::Go{Screen::Saved});
    bool listed = false;
    for (const auto& s : a.ui().saved) {
        if (s.id != "old") continue;
        listed = true;
        CHECK_FALSE(s.readable);
        CHECK(s.team == "Digital Office");
        CHECK(s.problem.find("/answers/mandate/level") != std::string::npos);
    }
    CHECK(listed);
}

TEST_CASE("half-written entries (cut short, not JSON at all) are listed, not opened, and kept") {
    platform::native::reset();
    const std::string cut = R"({"format": "ladder-assessment", "version": 1, "model": {"id": "digi)";
    platform::native::storage()[kAssessmentPrefix + "cut"] = cut;
    platform::native::storage()["ladder.v1.team.t"] = "\x01garbage";
    platform::native::storage()["ladder.v1.state"] = "{\"current\": \"cut\", \"team\": \"t\"";  // cut too
    App a({}, false);
    a.apply(intent::Go{Screen::Saved});
    REQUIRE(a.ui().saved.size() == 1);
    CHECK_FALSE(a.ui().saved[0].readable);
    CHECK_FALSE(a.ui().saved[0].problem.empty());
    REQUIRE(a.ui().saved_teams.size() == 1);
    CHECK_FALSE(a.ui().saved_teams[0].readable);
    a.apply(intent::DownloadStored{"t", true});
    REQUIRE(a.all<effect::Download>().size() == 1);
    CHECK(a.all<effect::Download>()[0].content == "\x01garbage");
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 1});
    CHECK(platform::native::storage().at(kAssessmentPrefix + "cut") == cut);
    CHECK(platform::native::storage().at("ladder.v1.team.t") == "\x01garbage");
}

}  // namespace ladder::test
