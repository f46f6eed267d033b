#include <doctest/doctest.h>

#include <map>

#include "condition.h"

using namespace ladder;

namespace {

struct Scores {
    std::map<std::string, double> dimensions, categories;
    std::optional<double> overall;
};

Tristate eval(const char* json_text, const Scores& s) {
    Errors problems;
    const auto yes = [](const std::string&) { return true; };
    const Condition c = parse_condition(Json::parse(json_text), "/when", yes, yes, problems);
    REQUIRE(problems.empty());
    ConditionInputs in;
    in.dimension_score = [&](const std::string& id) -> std::optional<double> {
        const auto it = s.dimensions.find(id);
        return it == s.dimensions.end() ? std::nullopt : std::optional<double>(it->second);
    };
    in.category_level = [&](const std::string& id) -> std::optional<double> {
        const auto it = s.categories.find(id);
        return it == s.categories.end() ? std::nullopt : std::optional<double>(it->second);
    };
    in.overall_score = s.overall;
    return evaluate(c, in);
}

const Tristate T = Tristate::True, F = Tristate::False, U = Tristate::Unknown;

}  // namespace

TEST_CASE("gte lte lt and gt compare a dimension score") {
    const Scores s{{{"d", 2.0}}, {}, {}};
    CHECK(eval(R"({"dimension": "d", "gte": 2})", s) == T);
    CHECK(eval(R"({"dimension": "d", "gt": 2})", s) == F);
    CHECK(eval(R"({"dimension": "d", "lte": 2})", s) == T);
    CHECK(eval(R"({"dimension": "d", "lt": 2})", s) == F);
    CHECK(eval(R"({"dimension": "d", "lt": 2.5})", s) == T);
}

TEST_CASE("a mean that is 2 up to rounding compares as 2") {
    const Scores s{{{"d", (0.1 + 0.2) * 20.0 / 3.0}}, {}, {}};  // 2.0000000000000004
    CHECK(eval(R"({"dimension": "d", "lte": 2})", s) == T);
    CHECK(eval(R"({"dimension": "d", "gt": 2})", s) == F);
}

TEST_CASE("several operators in one comparison must all hold") {
    CHECK(eval(R"({"dimension": "d", "gte": 1, "lt": 2})", Scores{{{"d", 1.5}}, {}, {}}) == T);
    CHECK(eval(R"({"dimension": "d", "gte": 1, "lt": 2})", Scores{{{"d", 2.0}}, {}, {}}) == F);
}

TEST_CASE("category and overall comparisons read their own numbers") {
    const Scores s{{}, {{"c", 3.0}}, 1.25};
    CHECK(eval(R"({"category": "c", "gte": 3})", s) == T);
    CHECK(eval(R"({"overall": true, "gt": 1})", s) == T);
    CHECK(eval(R"({"overall": true, "gt": 1.5})", s) == F);
}

TEST_CASE("an unanswered subject makes a comparison unknown") {
    CHECK(eval(R"({"dimension": "d", "gte": 0})", Scores{}) == U);
    CHECK(eval(R"({"overall": true, "gte": 0})", Scores{}) == U);
}

TEST_CASE("all is false if any child is false and unknown if any is unknown") {
    const Scores s{{{"a", 2.0}}, {}, {}};
    CHECK(eval(R"({"all": [{"dimension": "a", "gte": 2}, {"dimension": "a", "lt": 3}]})", s) == T);
    CHECK(eval(R"({"all": [{"dimension": "a", "gte": 3}, {"dimension": "b", "lt": 3}]})", s) == F);
    CHECK(eval(R"({"all": [{"dimension": "a", "gte": 2}, {"dimension": "b", "lt": 3}]})", s) == U);
}

TEST_CASE("any is true if any child is true and unknown if none is true but one is unknown") {
    const Scores s{{{"a", 2.0}}, {}, {}};
    CHECK(eval(R"({"any": [{"dimension": "a", "gte": 3}, {"dimension": "b", "lt": 3}]})", s) == U);
    CHECK(eval(R"({"any": [{"dimension": "a", "gte": 2}, {"dimension": "b", "lt": 3}]})", s) == T);
    CHECK(eval(R"({"any": [{"dimension": "a", "gte": 3}, {"dimension": "a", "lt": 1}]})", s) == F);
}

TEST_CASE("not negates true and false and keeps unknown") {
    const Scores s{{{"a", 2.0}}, {}, {}};
    CHECK(eval(R"({"not": {"dimension": "a", "gte": 2}})", s) == F);
    CHECK(eval(R"({"not": {"dimension": "a", "gte": 3}})", s) == T);
    CHECK(eval(R"({"not": {"dimension": "b", "gte": 3}})", s) == U);
}

TEST_CASE("all any and not must stand alone in their object") {
    Errors problems;
    const auto yes = [](const std::string&) { return true; };
    parse_condition(Json::parse(R"({"not": {"overall": true, "gt": 1}, "gte": 2})"), "/when", yes, yes, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].location == "/when");
}

TEST_CASE("a comparison may not name two subjects") {
    Errors problems;
    const auto yes = [](const std::string&) { return true; };
    parse_condition(Json::parse(R"({"dimension": "a", "category": "b", "gt": 1})"), "/when", yes, yes, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message == "a comparison names more than one of \"dimension\", \"category\" and \"overall\"");
}
