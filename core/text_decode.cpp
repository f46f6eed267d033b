#include "text_decode.h"

#include <algorithm>
#include <vector>

#include "messages.h"

namespace ladder {
namespace {

unsigned char byte_at(std::string_view text, std::size_t i) { return static_cast<unsigned char>(text[i]); }

// The length of the valid UTF-8 sequence starting at text[i], or 0 when there is none there.
// `incomplete` is set when the sequence is well formed as far as the text goes but the text
// ends before it does.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i, bool* incomplete = nullptr) {
    const unsigned char c = byte_at(text, i);
    if (c < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) length = 2;                 // (C0, C1: overlong)
    else if (c == 0xE0) length = 3, low = 0xA0;             // not overlong
    else if (c >= 0xE1 && c <= 0xEC) length = 3;
    else if (c == 0xED) length = 3, high = 0x9F;            // not a surrogate
    else if (c == 0xEE || c == 0xEF) length = 3;
    else if (c == 0xF0) length = 4, low = 0x90;             // not overlong
    else if (c >= 0xF1 && c <= 0xF3) length = 4;
    else if (c == 0xF4) length = 4, high = 0x8F;            // not above U+10FFFF
    else return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if (i + k >= text.size()) {
            if (incomplete) *incomplete = true;
            return 0;
        }
        const unsigned char b = byte_at(text, i + k);
        if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF)) return 0;
    }
    return length;
}

unsigned utf8_code_point(std::string_view text, std::size_t i, std::size_t length) {
    unsigned cp = length == 1 ? byte_at(text, i) : byte_at(text, i) & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte_at(text, i + k) & 0x3Fu);
    return cp;
}

void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Windows-1252's 0x80..0x9F; 0 where the code page has no character (81, 8D, 8F, 90, 9D).
// The bytes A0..FF are Latin-1, the same code points.
constexpr unsigned kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The code point of a Windows-1252 byte, or 0 for a byte a text file in it does not hold: the
// five undefined ones and control characters other than tab, line feed and carriage return.
unsigned windows_1252_code_point(unsigned char b) {
    if (b >= 0x80 && b < 0xA0) return kWindows1252High[b - 0x80];
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') return 0;
    return b;
}

bool printable(unsigned cp) { return cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0); }

// The characters of an excerpt, one string each: a printable character or a \xNN escape.
std::vector<std::string> excerpt_units(std::string_view text) {
    std::vector<std::string> units;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length > 0 && printable(utf8_code_point(text, i, length))) {
            units.emplace_back(text.substr(i, length));
            i += length;
        } else {
            static const char kHex[] = "0123456789ABCDEF";
            const unsigned char b = byte_at(text, i);
            units.push_back(std::string("\\x") + kHex[b >> 4] + kHex[b & 0xF]);
            ++i;
        }
    }
    return units;
}

const char* const kEllipsis = "\xE2\x80\xA6";  // …

std::string line_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') ++line, column = 1;
        else ++column;
    }
    return std::to_string(line) + ":" + std::to_string(column);
}

Result<DecodedText> decode_utf16(std::string_view bytes, bool little_endian) {
    DecodedText out;
    out.encoding = little_endian ? Encoding::Utf16Le : Encoding::Utf16Be;
    out.text.reserve(bytes.size());
    const auto unit_at = [&](std::size_t i) {
        const unsigned a = byte_at(bytes, i), b = byte_at(bytes, i + 1);
        return little_endian ? (b << 8) | a : (a << 8) | b;
    };
    const auto damaged = [](std::size_t offset) {
        return Error{"", message(M::ErrorUtf16Invalid, {{"byte", static_cast<unsigned long long>(offset)}})};
    };
    for (std::size_t i = 2; i < bytes.size(); i += 2) {
        if (i + 1 >= bytes.size()) return damaged(i);  // an odd number of bytes
        unsigned cp = unit_at(i);
        if (cp >= 0xDC00 && cp <= 0xDFFF) return damaged(i);  // a second half without a first
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 3 >= bytes.size()) return damaged(i);
            const unsigned low = unit_at(i + 2);
            if (low < 0xDC00 || low > 0xDFFF) return damaged(i);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        }
        if (cp == 0) return Error{"", message(M::ErrorNotText)};
        append_utf8(out.text, cp);
    }
    return out;
}

// Bytes with a NUL: UTF-16 without a byte-order mark when most pairs hold one zero byte, always
// on the same side (text that is mostly Latin letters); otherwise not text at all.
bool looks_like_utf16_without_bom(std::string_view bytes) {
    if (bytes.size() < 2 || bytes.size() % 2 != 0) return false;
    const std::size_t pairs = std::min<std::size_t>(bytes.size() / 2, 512);
    std::size_t high_zero = 0, low_zero = 0;
    for (std::size_t p = 0; p < pairs; ++p) {
        const bool first = bytes[2 * p] == 0, second = bytes[2 * p + 1] == 0;
        if (first && second) return false;
        if (second) ++high_zero;  // little-endian: "A" is 41 00
        if (first) ++low_zero;    // big-endian: 00 41
    }
    const std::size_t most = std::max(high_zero, low_zero), least = std::min(high_zero, low_zero);
    return least == 0 && most * 4 >= pairs * 3;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::string_view::npos;
}

const char* encoding_name(Encoding encoding) {
    switch (encoding) {
        case Encoding::Utf8: return "UTF-8";
        case Encoding::Utf8Bom: return "UTF-8 with BOM";
        case Encoding::Utf16Le: return "UTF-16 LE";
        case Encoding::Utf16Be: return "UTF-16 BE";
        case Encoding::Windows1252: return "Windows-1252";
    }
    return "";
}

std::string printable_excerpt(std::string_view text, std::size_t max_chars) {
    // A character is at most 4 bytes: no need to look further than that.
    const bool longer = text.size() > 4 * max_chars;
    const auto units = excerpt_units(longer ? text.substr(0, 4 * max_chars) : text);
    std::string out;
    for (std::size_t i = 0; i < units.size() && i < max_chars; ++i) out += units[i];
    if (longer || units.size() > max_chars) out += kEllipsis;
    return out;
}

std::string printable_tail(std::string_view text, std::size_t max_chars) {
    std::size_t start = text.size() > 4 * max_chars + 4 ? text.size() - (4 * max_chars + 4) : 0;
    // Do not start inside a character (its continuation bytes would come out as escapes).
    for (int k = 0; k < 3 && start > 0 && start < text.size() && (byte_at(text, start) & 0xC0) == 0x80; ++k) ++start;
    const auto units = excerpt_units(text.substr(start));
    const std::size_t first = units.size() > max_chars ? units.size() - max_chars : 0;
    std::string out = start > 0 || first > 0 ? kEllipsis : "";
    for (std::size_t i = first; i < units.size(); ++i) out += units[i];
    return out;
}

Result<DecodedText> decode_text(std::string_view bytes) {
    if (bytes.size() >= 2 && byte_at(bytes, 0) == 0xFF && byte_at(bytes, 1) == 0xFE) return decode_utf16(bytes, true);
    if (bytes.size() >= 2 && byte_at(bytes, 0) == 0xFE && byte_at(bytes, 1) == 0xFF) return decode_utf16(bytes, false);

    DecodedText out;
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bytes.remove_prefix(3);
        out.encoding = Encoding::Utf8Bom;
    }
    if (bytes.find('\0') != std::string_view::npos) {
        return Error{"", message(looks_like_utf16_without_bom(bytes) ? M::ErrorUtf16NoBom : M::ErrorNotText)};
    }
    const std::size_t invalid = find_invalid_utf8(bytes);
    if (invalid == std::string_view::npos) {
        out.text.assign(bytes.data(), bytes.size());
        return out;
    }
    bool incomplete = false;
    utf8_sequence_length(bytes, invalid, &incomplete);
    if (incomplete) {
        return Error{line_column(bytes, invalid), message(M::ErrorTruncated, {{"excerpt", printable_tail(bytes, 20)}})};
    }
    out.encoding = Encoding::Windows1252;
    out.text.reserve(bytes.size() + bytes.size() / 4);
    for (const char c : bytes) {
        const unsigned cp = windows_1252_code_point(static_cast<unsigned char>(c));
        if (cp == 0) return Error{"", message(M::ErrorNotText)};
        append_utf8(out.text, cp);
    }
    out.notice = message(M::NoticeWindows1252);
    return out;
}

}  // namespace ladder
