// Decoding a file's bytes before parsing (core/text_decode.h): UTF-8 with or without a BOM,
// UTF-16 with a BOM, Windows-1252 with a notice, and the refusals, on rules and on the
// fixtures in tests/data/encodings (written by make.py there).
#include <doctest/doctest.h>

#include "assessment.h"
#include "fixtures.h"
#include "json_input.h"
#include "model.h"
#include "text_decode.h"

using namespace ladder;

namespace {

std::string encoding_fixture(const std::string& name) { return test::read_fixture("encodings/" + name); }

DecodedText decoded(std::string_view bytes) {
    auto r = decode_text(bytes);
    REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().to_string()));
    return std::move(r).value();
}

std::string refusal(std::string_view bytes) {
    const auto r = decode_text(bytes);
    REQUIRE_FALSE(r.ok());
    CHECK(is_valid_utf8(r.error().to_string()));
    return r.error().to_string();
}

const char* const kNotText = "this is not a text file (it holds binary data)";
const char* const kNotice = "this file was not saved as UTF-8; it was read as Windows-1252";

}  // namespace

TEST_CASE("text decode: UTF-8 validation refuses overlongs, surrogates, code points above U+10FFFF, cut sequences") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("plain ASCII"));
    CHECK(is_valid_utf8("Direcci\xC3\xB3n \xE2\x82\xAC \xF0\x9F\x98\x80"));  // ó € 😀
    CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));                                // U+10FFFF
    CHECK(is_valid_utf8("\xED\x9F\xBF"));                                    // U+D7FF, just below the surrogates
    CHECK(find_invalid_utf8("ab\xC0\xAF") == 2);                             // overlong "/"
    CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0);                           // overlong, three bytes
    CHECK(find_invalid_utf8("\xF0\x80\x80\xAF") == 0);                       // overlong, four bytes
    CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);                          // U+D800
    CHECK(find_invalid_utf8("\xED\xBF\xBF") == 0);                           // U+DFFF
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);                       // U+110000
    CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0);
    CHECK(find_invalid_utf8("abc\xE2\x82") == 3);                            // cut short
    CHECK(find_invalid_utf8("\x80") == 0);                                   // a lone continuation byte
    CHECK(find_invalid_utf8("\xFF") == 0);
}

TEST_CASE("text decode: UTF-8 is read as it is, a byte-order mark dropped") {
    const DecodedText plain = decoded("{\"team\": \"Direcci\xC3\xB3n\"}");
    CHECK(plain.text == "{\"team\": \"Direcci\xC3\xB3n\"}");
    CHECK(plain.encoding == Encoding::Utf8);
    CHECK_FALSE(plain.notice);
    const DecodedText bom = decoded("\xEF\xBB\xBF{}");
    CHECK(bom.text == "{}");
    CHECK(bom.encoding == Encoding::Utf8Bom);
    CHECK_FALSE(bom.notice);
    CHECK(decoded("").text.empty());
    CHECK(decoded("\xEF\xBB\xBF").text.empty());
}

TEST_CASE("text decode: UTF-16 with a byte-order mark is converted, surrogate pairs included") {
    // "é€😀" little-endian: E9 00, AC 20, 3D D8 00 DE
    const DecodedText le = decoded(std::string("\xFF\xFE\xE9\x00\xAC\x20\x3D\xD8\x00\xDE", 10));
    CHECK(le.text == "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    CHECK(le.encoding == Encoding::Utf16Le);
    CHECK_FALSE(le.notice);
    const DecodedText be = decoded(std::string("\xFE\xFF\x00\xE9\x20\xAC\xD8\x3D\xDE\x00", 10));
    CHECK(be.text == le.text);
    CHECK(be.encoding == Encoding::Utf16Be);
    CHECK(decoded("\xFF\xFE").text.empty());
}

TEST_CASE("text decode: damaged UTF-16 is refused naming UTF-16 and the byte") {
    CHECK(refusal(std::string("\xFF\xFE{\x00}", 5)) == "this UTF-16 file is damaged at byte 4");         // odd length
    CHECK(refusal(std::string("\xFF\xFE\x3D\xD8" "A\x00", 6)) == "this UTF-16 file is damaged at byte 2");  // high alone
    CHECK(refusal(std::string("\xFF\xFE\x3D\xD8", 4)) == "this UTF-16 file is damaged at byte 2");        // at the end
    CHECK(refusal(std::string("\xFE\xFF\xDC\x00", 4)) == "this UTF-16 file is damaged at byte 2");        // low alone
    CHECK(refusal(std::string("\xFF\xFE" "A\x00\x00\x00", 6)) == kNotText);                               // U+0000
}

TEST_CASE("text decode: bytes that are not UTF-8 but are Windows-1252 are converted, with a notice") {
    const DecodedText d = decoded("Direcci\xF3n \x93quoted\x94 \x80 \x85");
    CHECK(d.text == "Direcci\xC3\xB3n \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC \xE2\x80\xA6");
    CHECK(d.encoding == Encoding::Windows1252);
    REQUIRE(d.notice);
    CHECK(*d.notice == kNotice);
    // The whole 0x80..0x9F table, less the five bytes the code page leaves out.
    const DecodedText table = decoded(
        "\x80\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8E\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9E\x9F");
    CHECK(table.text ==
          "\xE2\x82\xAC\xE2\x80\x9A\xC6\x92\xE2\x80\x9E\xE2\x80\xA6\xE2\x80\xA0\xE2\x80\xA1\xCB\x86\xE2\x80\xB0\xC5\xA0"
          "\xE2\x80\xB9\xC5\x92\xC5\xBD\xE2\x80\x98\xE2\x80\x99\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\xA2\xE2\x80\x93\xE2\x80\x94"
          "\xCB\x9C\xE2\x84\xA2\xC5\xA1\xE2\x80\xBA\xC5\x93\xC5\xBE\xC5\xB8");
    CHECK(decoded("\xA0\xFF").text == "\xC2\xA0\xC3\xBF");
    // A UTF-8 byte-order mark in front of Windows-1252 bytes: the mark goes, the rest converts.
    CHECK(decoded("\xEF\xBB\xBF" "caf\xE9!").text == "caf\xC3\xA9!");
    // Ending in what starts a UTF-8 sequence reads as UTF-8 cut short, not as Windows-1252 (a
    // JSON text never ends with such a byte: it is broken either way, and this says how).
    CHECK(refusal("caf\xE9").find("probably cut short") != std::string::npos);
}

TEST_CASE("text decode: what neither UTF-8 nor Windows-1252 can be is not a text file") {
    for (const char* undefined : {"\x81", "\x8D", "\x8F", "\x90", "\x9D"}) {
        CHECK(refusal(std::string("caf\xE9 ") + undefined) == kNotText);
    }
    CHECK(refusal(std::string("{\"a\": 1}\x00", 9)) == kNotText);
    CHECK(refusal("caf\xE9\x01") == kNotText);  // a control character
}

TEST_CASE("text decode: an overlong, a surrogate or a code point above U+10FFFF is not UTF-8, then Windows-1252 or refused") {
    // C0 AF is no UTF-8, but both bytes are Windows-1252: "À¯".
    const DecodedText overlong = decoded("a\xC0\xAF");
    CHECK(overlong.encoding == Encoding::Windows1252);
    CHECK(overlong.text == "a\xC3\x80\xC2\xAF");
    // ED A0 80 (U+D800 encoded): "í", no-break space, "€".
    const DecodedText surrogate = decoded("\xED\xA0\x80!");
    CHECK(surrogate.encoding == Encoding::Windows1252);
    CHECK(surrogate.text == "\xC3\xAD\xC2\xA0\xE2\x82\xAC!");
    // F4 90 80 80 (U+110000): 90 has no character in Windows-1252.
    CHECK(refusal("\xF4\x90\x80\x80!") == kNotText);
}

TEST_CASE("text decode: UTF-8 cut short at the end is refused with where and an escaped excerpt") {
    const auto r = decode_text("{\n  \"team\": \"Direcci\xC3");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().location == "2:19");
    CHECK(r.error().message ==
          "the file ends partway through a character, so it was probably cut short (it ends with "
          "\xE2\x80\xA6\\x0A  \"team\": \"Direcci\\xC3)");
    CHECK(is_valid_utf8(r.error().to_string()));
}

TEST_CASE("text decode: NUL bytes that look like UTF-16 without a byte-order mark say so") {
    CHECK(refusal(std::string("{\x00}\x00", 4)) ==
          "this file seems to be UTF-16 without a byte-order mark; save it as UTF-8");
    CHECK(refusal(std::string("\x00{\x00}", 4)) ==
          "this file seems to be UTF-16 without a byte-order mark; save it as UTF-8");
    CHECK(refusal(std::string("\x00\x00\x00\x01", 4)) == kNotText);
}

TEST_CASE("text decode: printable excerpts escape what is not printable and stop at the limit") {
    CHECK(printable_excerpt("short") == "short");
    CHECK(printable_excerpt("a\xFF" "b\n\x01\xC3\xA9") == "a\\xFFb\\x0A\\x01\xC3\xA9");
    CHECK(printable_excerpt("abcdefghijklmnopqrstuvwxyz", 20) == "abcdefghijklmnopqrst\xE2\x80\xA6");
    CHECK(printable_excerpt(std::string(500, 'x'), 3) == "xxx\xE2\x80\xA6");
    CHECK(printable_excerpt("\xC2\x85", 5) == "\\xC2\\x85");  // a C1 control, though valid UTF-8
    CHECK(printable_tail("abcdefghijklmnopqrstuvwxyz", 20) == "\xE2\x80\xA6" "ghijklmnopqrstuvwxyz");
    CHECK(printable_tail("[\xFF", 20) == "[\\xFF");
    // The tail of a long text starts on a character, not inside one.
    const std::string accents = std::string(300, 'a') + "\xC3\xA9\xC3\xA9\xC3\xA9";
    CHECK(printable_tail(accents, 4) == "\xE2\x80\xA6" "a\xC3\xA9\xC3\xA9\xC3\xA9");
    for (int n = 0; n < 8; ++n) CHECK(is_valid_utf8(printable_tail(accents.substr(0, accents.size() - n), 5)));
}

TEST_CASE("text decode: the fixtures in tests/data/encodings") {
    const DecodedText utf8 = decoded(encoding_fixture("utf8.json"));
    CHECK(utf8.encoding == Encoding::Utf8);
    CHECK(utf8.text.find("\"team\": \"Direcci\xC3\xB3n\"") != std::string::npos);
    // Windows editors also write CRLF: compare with the line ends made the same.
    const auto unix_lines = [](std::string text) {
        std::string out;
        for (const char c : text) {
            if (c != '\r') out += c;
        }
        return out;
    };
    const DecodedText bom = decoded(encoding_fixture("utf8-bom.json"));
    CHECK(bom.encoding == Encoding::Utf8Bom);
    CHECK(bom.text == utf8.text);
    const DecodedText cp1252 = decoded(encoding_fixture("windows-1252.json"));
    CHECK(cp1252.encoding == Encoding::Windows1252);
    CHECK(unix_lines(cp1252.text) == utf8.text);
    REQUIRE(cp1252.notice);
    CHECK(*cp1252.notice == kNotice);
    const DecodedText le = decoded(encoding_fixture("utf16le-bom.json"));
    CHECK(le.encoding == Encoding::Utf16Le);
    CHECK(unix_lines(le.text) == utf8.text);
    CHECK_FALSE(le.notice);
    const DecodedText be = decoded(encoding_fixture("utf16be-bom.json"));
    CHECK(be.encoding == Encoding::Utf16Be);
    CHECK(unix_lines(be.text) == utf8.text);

    CHECK(refusal(encoding_fixture("utf16le-no-bom.json")) ==
          "this file seems to be UTF-16 without a byte-order mark; save it as UTF-8");
    CHECK(refusal(encoding_fixture("utf16le-damaged.json")) == "this UTF-16 file is damaged at byte 22");
    CHECK(refusal(encoding_fixture("binary.png")) == kNotText);
    const std::string truncated = refusal(encoding_fixture("truncated-utf8.json"));
    CHECK(truncated.find("probably cut short") != std::string::npos);
    CHECK(truncated.find("Direcci\\xC3)") != std::string::npos);
}

TEST_CASE("json input: parse_json_bytes decodes, parses and hands back the notice") {
    std::optional<std::string> notice = std::string("left over");
    const auto json = parse_json_bytes(encoding_fixture("windows-1252.json"), &notice);
    REQUIRE(json.ok());
    CHECK(json.value()["team"] == "Direcci\xC3\xB3n");
    CHECK(json.value()["answers"]["mandate"]["note"] ==
          "The \xE2\x80\x9Cnew\xE2\x80\x9D mandate \xE2\x80\x93 40 000 \xE2\x82\xAC a year, signed\xE2\x80\xA6");
    REQUIRE(notice);
    CHECK(*notice == kNotice);

    const auto le = parse_json_bytes(encoding_fixture("utf16le-bom.json"), &notice);
    REQUIRE(le.ok());
    CHECK(le.value() == json.value());
    CHECK_FALSE(notice);  // reset: nothing to say about UTF-16
    CHECK(parse_json_bytes(encoding_fixture("utf8-bom.json")).value() == json.value());

    const auto binary = parse_json_bytes(encoding_fixture("binary.png"), &notice);
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error().message == kNotText);
    CHECK(parse_json_bytes(std::string(kMaxInputBytes + 1, ' ')).error().message.find("5 MB") != std::string::npos);

    // The converted text reads as an assessment of the default model.
    const auto assessment = read_assessment_json(le.value(), default_model());
    REQUIRE(assessment.ok());
    CHECK(assessment.value().team == "Direcci\xC3\xB3n");
    CHECK(assessment.value().respondent == "Jos\xC3\xA9 Mu\xC3\xB1oz");
}

TEST_CASE("json input: a syntax error quotes what was read as a short, escaped, valid UTF-8 excerpt") {
    const auto bad = parse_json("[\xFF]");
    REQUIRE_FALSE(bad.ok());
    const std::string message = bad.error().message;
    CHECK(is_valid_utf8(message));
    CHECK(message.find("\\xFF") != std::string::npos);
    const auto long_string = parse_json("{\"a\": \"" + std::string(200, 'x') + "\xFF\"}");
    REQUIRE_FALSE(long_string.ok());
    CHECK(is_valid_utf8(long_string.error().message));
    CHECK(long_string.error().message.find("last read: '\xE2\x80\xA6xxxxxxxxxxxxxxxxxxx\\xFF'") != std::string::npos);
    CHECK(long_string.error().message.size() < 200);
    // The parser reads bytes; the excerpt ends on a whole character all the same.
    const auto accent = parse_json("[\xC3\xBF]");
    REQUIRE_FALSE(accent.ok());
    CHECK(accent.error().message.find("\xC3\xBF'") != std::string::npos);
    CHECK(accent.error().message.find("\\x") == std::string::npos);
}

TEST_CASE("json input: dump_json writes an invalid byte as U+FFFD instead of throwing") {
    const Json value = {{"team", std::string("Direcci\xF3n")}};
    CHECK(dump_json(value) == "{\"team\":\"Direcci\xEF\xBF\xBDn\"}");
    CHECK(dump_json(Json::array({1}), 2) == "[\n  1\n]");
}
