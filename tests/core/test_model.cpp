#include <doctest/doctest.h>

#include <string>

#include "fixtures.h"
#include "model.h"

using namespace ladder;
using ladder::test::mini_model_json;

namespace {

// Loads a modified mini model and returns its problems ("pointer: message" each).
std::vector<std::string> problems_of(const Json& json) {
    const auto r = load_model_json(json);
    std::vector<std::string> out;
    if (!r.ok()) {
        for (const auto& e : r.errors()) out.push_back(e.to_string());
    }
    return out;
}

}  // namespace

TEST_CASE("the mini model loads with its structure") {
    const auto r = load_model_json(mini_model_json());
    REQUIRE(r.ok());
    const Model& m = r.value();
    CHECK(m.id == "mini");
    CHECK(m.dimensions.size() == 2);
    CHECK(m.categories.size() == 5);
    CHECK(m.dimensions[1].weight == 2.0);
    CHECK(m.dimensions[1].categories == std::vector<std::size_t>{2, 3, 4});
    CHECK(m.categories[4].dimension == 1);
    CHECK(m.stages[2].id == "scaling");
    CHECK(m.categories[1].title.get("es") == "A dos");
    CHECK(m.category_index("b2") == 3);
    CHECK(m.dimension_index("gamma") == -1);
}

TEST_CASE("a duplicate category id is reported at the second use") {
    Json j = mini_model_json();
    j["dimensions"][1]["categories"][0]["id"] = "a1";
    const auto problems = problems_of(j);
    REQUIRE(problems.size() == 2);  // and the pitfall that names b1 no longer finds it
    CHECK(problems[0] == "/dimensions/1/categories/0/id: the category id \"a1\" is used more than once");
}

TEST_CASE("a duplicate dimension id is reported") {
    Json j = mini_model_json();
    j["dimensions"][1]["id"] = "alpha";
    const auto problems = problems_of(j);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems[0] == "/dimensions/1/id: the dimension id \"alpha\" is used more than once");
}

TEST_CASE("a category with three level descriptions is reported") {
    Json j = mini_model_json();
    j["dimensions"][0]["categories"][1]["levels"].erase(3);
    CHECK(problems_of(j) == std::vector<std::string>{"/dimensions/0/categories/1/levels: expected exactly 4 level "
                                                     "descriptions (levels 0 to 3), found 3"});
}

TEST_CASE("missing next steps are reported") {
    Json j = mini_model_json();
    j["dimensions"][0]["categories"][0].erase("next_steps");
    CHECK(problems_of(j) == std::vector<std::string>{"/dimensions/0/categories/0: missing \"next_steps\""});
}

TEST_CASE("a title of the wrong type is reported") {
    Json j = mini_model_json();
    j["dimensions"][0]["title"] = 42;
    CHECK(problems_of(j) == std::vector<std::string>{"/dimensions/0/title: expected text or an object of translations "
                                                     "keyed by language, found the number 42"});
}

TEST_CASE("a translation keyed by something that is not a language code is reported") {
    Json j = mini_model_json();
    j["title"]["English"] = "Mini";
    CHECK(problems_of(j) == std::vector<std::string>{
                                "/title/English: \"English\" is not a language code such as \"en\" or \"es\""});
}

TEST_CASE("an id that is not kebab-case is reported") {
    Json j = mini_model_json();
    j["pitfalls"][0]["id"] = "Lop Sided";
    auto problems = problems_of(j);
    REQUIRE(problems.size() == 2);  // the bad id, and the stage list that names the old id
    CHECK(problems[0] == "/pitfalls/0/id: \"Lop Sided\" is not a valid id (use lowercase letters, digits and single hyphens)");
    CHECK(problems[1] == "/stages/2/pitfalls/0: no pitfall with id \"lopsided\" in this model");
}

TEST_CASE("an unknown condition operator is reported") {
    Json j = mini_model_json();
    j["pitfalls"][2]["when"]["between"] = 1;
    auto problems = problems_of(j);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("/pitfalls/2/when/between: unknown condition operator \"between\"") == 0);
}

TEST_CASE("a condition naming an unknown dimension is reported") {
    Json j = mini_model_json();
    j["pitfalls"][0]["when"]["all"][1]["dimension"] = "gamma";
    CHECK(problems_of(j) ==
          std::vector<std::string>{"/pitfalls/0/when/all/1/dimension: no dimension with id \"gamma\" in this model"});
}

TEST_CASE("a condition naming an unknown category is reported") {
    Json j = mini_model_json();
    j["pitfalls"][3]["when"]["any"][0]["category"] = "zz";
    CHECK(problems_of(j) ==
          std::vector<std::string>{"/pitfalls/3/when/any/0/category: no category with id \"zz\" in this model"});
}

TEST_CASE("a comparison without an operator and an empty all are reported") {
    Json j = mini_model_json();
    j["pitfalls"][2]["when"] = {{"dimension", "beta"}};
    j["pitfalls"][0]["when"] = {{"all", Json::array()}};
    CHECK(problems_of(j) == std::vector<std::string>{
                                "/pitfalls/0/when/all: expected a non-empty list of conditions, found a list",
                                "/pitfalls/2/when: a comparison needs at least one of \"gte\", \"lte\", \"lt\" or \"gt\""});
}

TEST_CASE("a threshold outside 0 to 3 is reported") {
    Json j = mini_model_json();
    j["pitfalls"][2]["when"]["lt"] = 4;
    CHECK(problems_of(j) ==
          std::vector<std::string>{"/pitfalls/2/when/lt: expected a number from 0 to 3, found the number 4"});
}

TEST_CASE("stages must be four with distinct levels") {
    Json j = mini_model_json();
    j["stages"][3]["level"] = 2;
    CHECK(problems_of(j) == std::vector<std::string>{"/stages/3/level: level 2 is given to more than one stage"});
    j = mini_model_json();
    j["stages"][1]["id"] = "beginning";
    CHECK(problems_of(j) == std::vector<std::string>{"/stages/1/id: the stage at level 1 must have the id \"starting\""});
    j = mini_model_json();
    j["stages"].erase(3);
    CHECK(problems_of(j) == std::vector<std::string>{"/stages: expected exactly 4 stages (levels 0 to 3), found 3"});
}

TEST_CASE("a newer model format version is refused") {
    Json j = mini_model_json();
    j["version"] = 2;
    CHECK(problems_of(j) ==
          std::vector<std::string>{"/version: this model was made by a newer Ladder (file version 2, this Ladder reads up to 1)"});
}

TEST_CASE("every problem is reported at once") {
    Json j = mini_model_json();
    j.erase("title");
    j["dimensions"][0]["weight"] = -1;
    j["dimensions"][1]["categories"][2]["question"] = Json::array();
    j["pitfalls"][1]["when"]["not"] = "yes";
    CHECK(problems_of(j) == std::vector<std::string>{
                                "missing \"title\"",
                                "/dimensions/0/weight: expected a number above 0 and at most 100, found the number -1",
                                "/dimensions/1/categories/2/question: expected text or an object of translations keyed by "
                                "language, found a list",
                                "/pitfalls/1/when/not: a condition must be an object, found the text \"yes\""});
}

TEST_CASE("a model that is not an object is refused") {
    const auto r = load_model(std::string_view("[1, 2]"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "a model must be a JSON object, found a list");
}

TEST_CASE("a model with a JSON syntax error reports line and column") {
    const auto r = load_model(std::string_view("{\n\"format\": \"ladder-model\",,\n}"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().location == "2:26");
}

namespace {

// The mini model (5 categories) with copies of its first category added up to `total`.
Json mini_with_categories(std::size_t total) {
    Json j = mini_model_json();
    const Json category = j["dimensions"][0]["categories"][0];
    for (std::size_t i = 5; i < total; ++i) {
        Json copy = category;
        copy["id"] = "c" + std::to_string(i);
        j["dimensions"][0]["categories"].push_back(copy);
    }
    return j;
}

}  // namespace

TEST_CASE("a model bigger than Ladder reads is refused whole, with its size") {
    SUBCASE("dimensions") {
        Json j = mini_model_json();
        const Json first = j["dimensions"][0];
        for (std::size_t i = j["dimensions"].size(); i <= kMaxDimensions; ++i) {
            Json copy = first;
            copy["id"] = "d" + std::to_string(i);
            copy["categories"] = Json::array();
            j["dimensions"].push_back(copy);
        }
        const auto problems = problems_of(j);
        REQUIRE_FALSE(problems.empty());
        CHECK(problems[0] == "/dimensions: the model has 51 dimensions; Ladder reads at most 50");
    }
    SUBCASE("categories") {
        const auto problems = problems_of(mini_with_categories(kMaxCategories + 1));
        REQUIRE_FALSE(problems.empty());
        CHECK(problems[0] == "/dimensions: the model has 1001 categories; Ladder reads at most 1000");
    }
    SUBCASE("at the limit it loads") {
        const auto r = load_model_json(mini_with_categories(kMaxCategories));
        REQUIRE(r.ok());
        CHECK(r.value().categories.size() == kMaxCategories);
    }
}
