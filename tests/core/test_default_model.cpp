// Checks of the shipped content itself, beyond what load_model validates: the six dimensions and
// four stages the app is designed around, enough categories, pitfalls and words to be useful, and
// an example assessment that still matches it. A model edit that breaks these should be deliberate.
#include <doctest/doctest.h>

#include <set>
#include <sstream>

#include "assessment.h"
#include "model.h"

using namespace ladder;

TEST_CASE("the default model loads from the compiled-in JSON") {
    const auto r = load_model(default_model_json());
    REQUIRE(r.ok());
    CHECK(r.value().id == "digital-services");
}

TEST_CASE("the default model has the six fixed dimensions in order") {
    const Model& m = default_model();
    const std::vector<std::string> expected = {"political-environment", "institutional-capacity", "delivery-capability",
                                               "skills-and-hiring",     "user-centred-design",    "cross-government-platforms"};
    REQUIRE(m.dimensions.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) CHECK(m.dimensions[i].id == expected[i]);
}

TEST_CASE("the default model has the four fixed stages") {
    const Model& m = default_model();
    CHECK(m.stages[0].id == "not-started");
    CHECK(m.stages[1].id == "starting");
    CHECK(m.stages[2].id == "scaling");
    CHECK(m.stages[3].id == "platform");
    CHECK(m.stages[2].title.get("en") == "Scaling through partnerships");
}

TEST_CASE("each dimension has three or four categories and 20 to 24 in all") {
    const Model& m = default_model();
    for (const auto& d : m.dimensions) {
        CAPTURE(d.id);
        CHECK(d.categories.size() >= 3);
        CHECK(d.categories.size() <= 4);
    }
    CHECK(m.categories.size() >= 20);
    CHECK(m.categories.size() <= 24);
}

TEST_CASE("the default model has at least eight pitfalls each listed under a stage") {
    const Model& m = default_model();
    CHECK(m.pitfalls.size() >= 8);
    std::set<std::string> listed;
    for (const auto& s : m.stages) listed.insert(s.pitfalls.begin(), s.pitfalls.end());
    for (const auto& p : m.pitfalls) {
        CAPTURE(p.id);
        CHECK(listed.count(p.id) == 1);
    }
}

TEST_CASE("the default model has between 5000 and 8000 words of English") {
    const Model& m = default_model();
    std::size_t words = 0;
    const auto count = [&](const LocalizedText& t) {
        std::istringstream in(t.get("en"));
        std::string w;
        while (in >> w) ++words;
    };
    for_each_text(m, count);
    CAPTURE(words);
    CHECK(words >= 5000);
    CHECK(words <= 8000);
}

TEST_CASE("the compiled-in example assessment reads against the default model") {
    const auto r = read_assessment(example_assessment_json(), default_model());
    REQUIRE(r.ok());
    CHECK(r.value().team == "Example digital service unit");
}
