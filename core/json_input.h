// Reading JSON text that comes from outside (files, the page, localStorage) safely:
// size and nesting limits are checked before the parser sees the text, syntax errors come
// back as "line:column" locations, and JSON pointers are built for content errors.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "result.h"

namespace ladder {

enum class M : int;  // a message of the core's catalogue (messages.h)

// Key order is kept so that a file we rewrite still reads like the file we were given.
using Json = nlohmann::ordered_json;

constexpr std::size_t kMaxInputBytes = 5 * 1024 * 1024;
constexpr int kMaxNesting = 64;

Result<Json> parse_json(std::string_view text);

// "/a/b" + "c~d" -> "/a/b/c~0d" (RFC 6901 escaping of one reference token).
std::string pointer_append(const std::string& pointer, std::string_view token);
std::string pointer_append(const std::string& pointer, std::size_t index);

// The text of object[key], or "" when the value is not an object, has no such key or the member
// is not text. (nlohmann's value(key, default) throws on a wrong type, and the web build, which
// has no exceptions, would abort: never use it on input.)
std::string string_member(const Json& object, const char* key);

// A short, human rendering of a JSON value for the "found {found}" slot of a message: "the
// number 5", "a list", ..., in the message language (messages.h).
std::string describe_type(const Json& value);

// "expected {expected}, found {found}", in the message language; `expected` is one of the
// expected.* messages.
std::string expected_found(M expected, const Json& found);

}  // namespace ladder
