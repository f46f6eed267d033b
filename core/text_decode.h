// Turning the bytes of a file from someone else's machine into UTF-8 text before anything
// parses it. Windows editors save Windows-1252, some tools UTF-16, downloads get cut short: the
// core reads what it can, says what it converted, and refuses the rest with a plain reason
// instead of passing invalid bytes on (they would end up in messages and JSON output, where
// nlohmann throws on them, and the web build, which has no exceptions, would abort).
//
// The rules, in order (docs/FORMATS.md, "Text encodings"):
//   1. UTF-16 with a byte-order mark (FF FE little-endian, FE FF big-endian) is converted to
//      UTF-8; an odd number of bytes or a surrogate without its pair is refused
//      (error.utf16_invalid, naming the byte), and so is a decoded U+0000 (error.not_text).
//   2. A UTF-8 byte-order mark (EF BB BF) is dropped; the rest follows the rules below.
//   3. A NUL byte anywhere is refused: error.utf16_no_bom when the bytes look like UTF-16
//      without a mark (every other byte zero), error.not_text otherwise.
//   4. Valid UTF-8 is taken as it is. Valid means no overlong form, no surrogate (ED A0..BF),
//      nothing above U+10FFFF and no truncated sequence.
//   5. Bytes that are valid UTF-8 except for an incomplete sequence at the very end are a UTF-8
//      file cut short: refused (error.truncated) with a "line:column" location and an escaped
//      excerpt of its last bytes. (So Windows-1252 text ending in, say, "é" (E9) with no line end
//      after it counts as cut short too: JSON never ends that way, it is broken either way.)
//   6. Anything else that is valid Windows-1252 (none of the bytes 81, 8D, 8F, 90, 9D, and no
//      control character but tab, line feed and carriage return) is converted from
//      Windows-1252, with notice.windows_1252 in DecodedText::notice.
//   7. The rest is refused: error.not_text.
// Messages come from the core's catalogue (messages.h), in the message language.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "result.h"

namespace ladder {

enum class Encoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Windows1252 };

struct DecodedText {
    std::string text;                   // UTF-8, without a byte-order mark
    Encoding encoding = Encoding::Utf8;  // what the bytes were read as
    std::optional<std::string> notice;   // set when the text was converted in a way people should know
};

Result<DecodedText> decode_text(std::string_view bytes);

// "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE", "Windows-1252".
const char* encoding_name(Encoding encoding);

// The offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
// surrogates, code points above U+10FFFF and truncated sequences are invalid), or npos.
std::size_t find_invalid_utf8(std::string_view text);
inline bool is_valid_utf8(std::string_view text) { return find_invalid_utf8(text) == std::string_view::npos; }

// A short excerpt of text that may hold anything, safe to put in a message: valid, printable
// UTF-8 characters are kept; any other byte (invalid UTF-8, control characters) is written as
// \xNN. At most `max_chars` characters (an escape counts as one), then "…".
std::string printable_excerpt(std::string_view text, std::size_t max_chars = 20);
// The same for the end of the text: "…" and its last characters (the place a parser stopped).
std::string printable_tail(std::string_view text, std::size_t max_chars = 20);

}  // namespace ladder
