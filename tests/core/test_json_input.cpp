#include <doctest/doctest.h>

#include <string>

#include "json_input.h"

using namespace ladder;

TEST_CASE("a syntax error is located by line and column") {
    const auto r = parse_json("{\n  \"a\": 1,\n  \"b\": tru\n}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().location == "3:8");  // the start of "tru"
    CHECK(r.error().message.find("JSON syntax error") == 0);
}

TEST_CASE("an unterminated document is located at its end") {
    const auto r = parse_json("[1, 2");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().location == "1:6");
}

TEST_CASE("nesting deeper than 64 levels is refused before parsing") {
    const std::string ok = std::string(64, '[') + std::string(64, ']');
    CHECK(parse_json(ok).ok());
    const std::string deep = std::string(65, '[') + std::string(65, ']');
    const auto r = parse_json(deep);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().location == "1:65");
    CHECK(r.error().message == "the data is nested deeper than 64 levels");
}

TEST_CASE("brackets inside strings do not count as nesting") {
    const std::string text = "{\"a\": \"" + std::string(100, '[') + "\\\"" + std::string(100, '{') + "\"}";
    CHECK(parse_json(text).ok());
}

TEST_CASE("input over 5 MB is refused without parsing") {
    const std::string big(kMaxInputBytes + 1, ' ');
    const auto r = parse_json(big);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("over 5 MB") != std::string::npos);
}

TEST_CASE("pointer tokens escape tilde and slash") {
    CHECK(pointer_append("/answers", "a/b~c") == "/answers/a~1b~0c");
    CHECK(pointer_append("/list", std::size_t{3}) == "/list/3");
}

TEST_CASE("values are described in plain words for messages") {
    CHECK(describe_type(Json(1.5)) == "the number 1.5");
    CHECK(describe_type(Json("2")) == "the text \"2\"");
    CHECK(describe_type(Json(true)) == "true");
    CHECK(describe_type(Json::array()) == "a list");
    CHECK(describe_type(Json(std::string(100, 'x'))).size() < 60);
}

TEST_CASE("a long text is shortened without splitting a character") {
    const std::string text = std::string(36, 'x') + "\xC3\xB1\xC3\xB1\xC3\xB1";  // 36 x then three ñ
    const std::string described = describe_type(Json(text));
    CHECK(described == "the text \"" + std::string(36, 'x') + "\"...");
}

TEST_CASE("string_member reads text members and nothing else, without throwing") {
    const Json j = Json::parse(R"({"format": "ladder-team", "version": 5, "list": ["x"]})");
    CHECK(string_member(j, "format") == "ladder-team");
    CHECK(string_member(j, "version").empty());  // a number, not text
    CHECK(string_member(j, "missing").empty());
    CHECK(string_member(Json::parse("[1, 2]"), "format").empty());  // not an object
    CHECK(string_member(Json::parse("\"text\""), "format").empty());
}
