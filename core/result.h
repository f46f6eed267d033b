// Errors are values: every core call that can fail returns a Result<T> holding either the
// value or one or more Errors. Each Error carries a plain-words message and where it happened:
// a JSON pointer for content ("/answers/team-size/level") or "line:column" for JSON syntax.
// Nothing throws out of the core API; the CLI prints errors and the UI shows them.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ladder {

struct Error {
    std::string location;  // JSON pointer, "line:column", or empty when it concerns the whole input
    std::string message;   // a sentence for people, no trailing full stop needed

    std::string to_string() const { return location.empty() ? message : location + ": " + message; }
};

using Errors = std::vector<Error>;

template <class T>
class Result {
public:
    Result(T value) : data_(std::move(value)) {}
    Result(Error error) : data_(Errors{std::move(error)}) {}
    Result(Errors errors) : data_(std::move(errors)) {}

    bool ok() const { return std::holds_alternative<T>(data_); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(data_); }
    T& value() & { return std::get<T>(data_); }
    T&& value() && { return std::get<T>(std::move(data_)); }

    const Errors& errors() const { return std::get<Errors>(data_); }
    const Error& error() const { return errors().front(); }

private:
    std::variant<T, Errors> data_;
};

}  // namespace ladder
