#include "json_input.h"

#include <algorithm>

#include "messages.h"
#include "text_decode.h"

namespace ladder {
namespace {

struct LineColumn {
    std::size_t line = 1, column = 1;
};

LineColumn line_column_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    LineColumn lc;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++lc.line;
            lc.column = 1;
        } else {
            ++lc.column;
        }
    }
    return lc;
}

std::string format_location(std::string_view text, std::size_t offset) {
    const LineColumn lc = line_column_at(text, offset);
    return std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

// Finds the first bracket that opens nesting level kMaxNesting + 1, skipping strings.
// Runs before parsing so that hostile input cannot make the recursive parser go deep.
std::size_t find_too_deep(std::string_view text) {
    int depth = 0;
    bool in_string = false, escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::string_view::npos;
}

// nlohmann reports the position of the last character it read, which is the end of the
// offending token; people look for its start. Walk back over trailing white space and then
// over the token (a whole string literal, or a run of literal characters).
std::size_t token_start(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) return text.size();  // unexpected end of input
    std::size_t i = offset;
    while (i > 0 && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t')) --i;
    if (text[i] == '"' && i > 0) {
        std::size_t j = i - 1;
        while (j > 0 && !(text[j] == '"' && text[j - 1] != '\\')) --j;
        return j;
    }
    const auto literal = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
    };
    while (i > 0 && literal(text[i]) && literal(text[i - 1])) --i;
    return i;
}

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 2, column 5:
// syntax error while parsing value - invalid literal; last read: 'tru'". We keep the part
// after the position, which says what went wrong in plain enough words.
// `text` and `offset` (the last byte the parser read) complete a character the parser stopped in
// the middle of: it reads bytes, and "ÿ" would otherwise be quoted as its first byte, \xC3.
std::string syntax_detail(const std::string& what, std::string_view text, std::size_t offset) {
    const auto colon = what.find(": ", what.find("column"));
    std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
    const auto prefix = detail.find("syntax error while parsing ");
    if (prefix == 0) detail = "while reading " + detail.substr(27);
    // A number too large for a double (1e400) comes as "[json.exception.out_of_range.406]
    // number overflow parsing '1e400'", with no position words and the whole literal quoted:
    // drop the exception's id and keep the literal's end, as for "last read" below.
    if (detail.rfind("[json.exception.", 0) == 0) {
        const auto id_end = detail.find("] ");
        if (id_end != std::string::npos) detail = "while reading a number - " + detail.substr(id_end + 2);
        const std::string parsing = "parsing '";
        const auto from = detail.find(parsing);
        if (from != std::string::npos && detail.size() > from + parsing.size() && detail.back() == '\'') {
            const std::size_t start = from + parsing.size();
            detail = detail.substr(0, start) + printable_tail(detail.substr(start, detail.size() - 1 - start), 20) + "'";
        }
    }
    // "last read: '<token>'" quotes the input: it may be long, or not valid UTF-8, or hold
    // control characters. Keep its end, where the parser stopped, with those bytes escaped.
    const std::string quote = "last read: '";
    const auto start = detail.find(quote);
    if (start != std::string::npos) {
        const std::size_t from = start + quote.size();
        std::size_t to = detail.rfind("'; expected ");
        if (to == std::string::npos || to < from) to = detail.size() > from && detail.back() == '\'' ? detail.size() - 1 : detail.size();
        std::string token = detail.substr(from, to - from);
        if (!token.empty() && (static_cast<unsigned char>(token.back()) & 0x80) != 0) {
            for (std::size_t i = offset + 1; i < text.size() && i <= offset + 3; ++i) {
                if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) break;
                token += text[i];
            }
        }
        detail = detail.substr(0, from) + printable_tail(token, 20) + detail.substr(to);
    }
    if (!is_valid_utf8(detail)) detail = printable_excerpt(detail, 200);
    // The detail is nlohmann's own English; the sentence around it is ours.
    return message(M::ErrorSyntax, {{"detail", detail}});
}

struct SyntaxError {
    bool failed = false;
    std::size_t byte = 0;
    std::string what;
};

// nlohmann's own DOM builder, with the first parse error recorded rather than thrown.
class ErrorRecordingDomParser : public nlohmann::detail::json_sax_dom_parser<Json> {
public:
    ErrorRecordingDomParser(Json& result, SyntaxError& error)
        : nlohmann::detail::json_sax_dom_parser<Json>(result, false), error_(error) {}

    template <class Exception>
    bool parse_error(std::size_t position, const std::string&, const Exception& ex) {
        if (!error_.failed) error_ = SyntaxError{true, position, ex.what()};
        return false;
    }

private:
    SyntaxError& error_;
};

// The JSON pointer of the first text (a value or a key) longer than kMaxTextBytes, if any.
// Nesting is at most kMaxNesting deep here, so the recursion is bounded.
std::optional<std::string> find_long_text(const Json& value, const std::string& pointer) {
    if (value.is_string()) {
        if (value.get_ref<const std::string&>().size() > kMaxTextBytes) return pointer;
    } else if (value.is_object()) {
        for (const auto& [key, member] : value.items()) {
            const std::string at = pointer_append(pointer, key);
            if (key.size() > kMaxTextBytes) return at;
            if (auto found = find_long_text(member, at)) return found;
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (auto found = find_long_text(value[i], pointer_append(pointer, i))) return found;
        }
    }
    return std::nullopt;
}

}  // namespace

Result<Json> parse_json(std::string_view text) {
    if (text.size() > kMaxInputBytes) {
        return Error{"", message(M::ErrorTooLarge, {{"size", text.size() / 1024}})};
    }
    const std::size_t deep = find_too_deep(text);
    if (deep != std::string_view::npos) {
        return Error{format_location(text, deep),
                     message(M::ErrorTooDeep, {{"levels", kMaxNesting}})};
    }
    // nlohmann's SAX interface reports a syntax error as a call with its position instead of
    // an exception, so this works the same with exceptions compiled out (the web build).
    Json result;
    SyntaxError error;
    ErrorRecordingDomParser sax(result, error);
    Json::sax_parse(text.begin(), text.end(), &sax);
    if (error.failed) {
        // error.byte is 1-based: the position of the last character read.
        const std::size_t offset = error.byte == 0 ? 0 : error.byte - 1;
        return Error{format_location(text, token_start(text, offset)), syntax_detail(error.what, text, offset)};
    }
    if (auto at = find_long_text(result, "")) {
        return Error{*at, message(M::ErrorTextTooLong, {{"limit", kMaxTextBytes / 1024}})};
    }
    return result;
}

Result<Json> parse_json_bytes(std::string_view bytes, std::optional<std::string>* notice) {
    if (notice) notice->reset();
    if (bytes.size() > kMaxInputBytes) {
        return Error{"", message(M::ErrorTooLarge, {{"size", bytes.size() / 1024}})};
    }
    auto decoded = decode_text(bytes);
    if (!decoded) return decoded.errors();
    if (notice) *notice = decoded.value().notice;
    return parse_json(decoded.value().text);
}

std::string dump_json(const Json& value, int indent) {
    return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string pointer_append(const std::string& pointer, std::string_view token) {
    std::string out = pointer;
    out += '/';
    for (const char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string pointer_append(const std::string& pointer, std::size_t index) {
    return pointer + "/" + std::to_string(index);
}

std::string string_member(const Json& object, const char* key) {
    if (!object.is_object()) return "";
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

std::string describe_type(const Json& value) {
    switch (value.type()) {
        case Json::value_t::null: return message(M::FoundNull);
        case Json::value_t::boolean: return message(value.get<bool>() ? M::FoundTrue : M::FoundFalse);
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return message(M::FoundNumber, {{"number", dump_json(value)}});
        case Json::value_t::string: {
            const auto& text = value.get_ref<const std::string&>();
            if (text.size() <= 40) return message(M::FoundText, {{"text", dump_json(value)}});
            std::size_t cut = 37;  // do not split a UTF-8 sequence
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
            return message(M::FoundTextCut, {{"text", dump_json(Json(text.substr(0, cut)))}});
        }
        case Json::value_t::array: return message(M::FoundList);
        case Json::value_t::object: return message(M::FoundObject);
        default: return message(M::FoundUnsupported);
    }
}

std::string expected_found(M expected, const Json& found) {
    return message(M::ErrorExpectedFound, {{"expected", message(expected)}, {"found", describe_type(found)}});
}

}  // namespace ladder
