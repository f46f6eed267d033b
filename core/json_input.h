// Reading JSON text that comes from outside (files, the page, localStorage) safely:
// size and nesting limits are checked before the parser sees the text, syntax errors come
// back as "line:column" locations, and JSON pointers are built for content errors.
// Every message is valid UTF-8: what the parser last read is shown as a short excerpt with
// any invalid or unprintable byte written as \xNN (text_decode.h).
#pragma once

#include <cstddef>
#include <optional>
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
// The longest text (a note, a name, a theory of change) a file may hold: far more than anyone
// types, and small enough that a page showing it stays quick and browser storage keeps it.
constexpr std::size_t kMaxTextBytes = 1024 * 1024;

// Parses JSON text that is already UTF-8 (a file's bytes go through parse_json_bytes). Text
// over kMaxTextBytes anywhere in it is refused, with its JSON pointer.
Result<Json> parse_json(std::string_view text);

// The entry for a file's raw bytes, as read from disk or from the browser's File API: refuses
// more than kMaxInputBytes, decodes the bytes (decode_text, text_decode.h: UTF-8 with or
// without a byte-order mark, UTF-16 with one, Windows-1252; binary and damaged files are
// refused with a plain reason) and parses the text. When `notice` is given it is set to what
// people should be told about a file that was read anyway ("this file was not saved as UTF-8;
// it was read as Windows-1252"), or reset when there is nothing to say. Errors' "line:column"
// locations count in the decoded text.
//     std::optional<std::string> notice;
//     auto json = parse_json_bytes(bytes, &notice);
//     if (!json) show(json.errors());
//     else if (notice) show(*notice);  // and use json.value()
Result<Json> parse_json_bytes(std::string_view bytes, std::optional<std::string>* notice = nullptr);

// value.dump(indent) that never throws (nor aborts the web build, which has no exceptions):
// an invalid UTF-8 byte in a string is written as U+FFFD. Use it for every dump of JSON that
// may hold text from a file.
std::string dump_json(const Json& value, int indent = -1);

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
