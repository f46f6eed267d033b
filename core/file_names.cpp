#include "file_names.h"

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace ladder {
namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;

// The code point starting at text[at], and how many bytes it takes. Broken or overlong
// sequences, surrogates and values past U+10FFFF come back as kInvalid, one byte long.
char32_t decode_utf8(std::string_view text, std::size_t at, std::size_t& length) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    length = 1;
    if (lead < 0x80) return lead;
    std::size_t more = 0;
    char32_t cp = 0, least = 0;
    if (lead >= 0xC2 && lead <= 0xDF) more = 1, cp = lead & 0x1F, least = 0x80;
    else if (lead >= 0xE0 && lead <= 0xEF) more = 2, cp = lead & 0x0F, least = 0x800;
    else if (lead >= 0xF0 && lead <= 0xF4) more = 3, cp = lead & 0x07, least = 0x10000;
    else return kInvalid;
    if (at + more >= text.size()) return kInvalid;
    for (std::size_t i = 1; i <= more; ++i) {
        const unsigned char next = byte(at + i);
        if ((next & 0xC0) != 0x80) return kInvalid;
        cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < least || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalid;
    length = more + 1;
    return cp;
}

struct Latin {
    char32_t first, last;
    const char* ascii;
};

// Latin-1 Supplement, Latin Extended-A and a few letters beyond, as plain ASCII. Upper and
// lower case share a row where the block interleaves them.
constexpr Latin kLatin[] = {
    {0x00C0, 0x00C5, "a"}, {0x00C6, 0x00C6, "ae"}, {0x00C7, 0x00C7, "c"}, {0x00C8, 0x00CB, "e"},
    {0x00CC, 0x00CF, "i"}, {0x00D0, 0x00D0, "d"},  {0x00D1, 0x00D1, "n"}, {0x00D2, 0x00D6, "o"},
    {0x00D8, 0x00D8, "o"}, {0x00D9, 0x00DC, "u"},  {0x00DD, 0x00DD, "y"}, {0x00DE, 0x00DE, "th"},
    {0x00DF, 0x00DF, "ss"},
    {0x00E0, 0x00E5, "a"}, {0x00E6, 0x00E6, "ae"}, {0x00E7, 0x00E7, "c"}, {0x00E8, 0x00EB, "e"},
    {0x00EC, 0x00EF, "i"}, {0x00F0, 0x00F0, "d"},  {0x00F1, 0x00F1, "n"}, {0x00F2, 0x00F6, "o"},
    {0x00F8, 0x00F8, "o"}, {0x00F9, 0x00FC, "u"},  {0x00FD, 0x00FD, "y"}, {0x00FE, 0x00FE, "th"},
    {0x00FF, 0x00FF, "y"},
    {0x0100, 0x0105, "a"}, {0x0106, 0x010D, "c"},  {0x010E, 0x0111, "d"}, {0x0112, 0x011B, "e"},
    {0x011C, 0x0123, "g"}, {0x0124, 0x0127, "h"},  {0x0128, 0x0131, "i"}, {0x0132, 0x0133, "ij"},
    {0x0134, 0x0135, "j"}, {0x0136, 0x0138, "k"},  {0x0139, 0x0142, "l"}, {0x0143, 0x014B, "n"},
    {0x014C, 0x0151, "o"}, {0x0152, 0x0153, "oe"}, {0x0154, 0x0159, "r"}, {0x015A, 0x0161, "s"},
    {0x0162, 0x0167, "t"}, {0x0168, 0x0173, "u"},  {0x0174, 0x0175, "w"}, {0x0176, 0x0178, "y"},
    {0x0179, 0x017E, "z"}, {0x017F, 0x017F, "s"},
    {0x01A0, 0x01A1, "o"}, {0x01AF, 0x01B0, "u"},  {0x0218, 0x0219, "s"}, {0x021A, 0x021B, "t"},
    {0x1E9E, 0x1E9E, "ss"},
};

// What a code point adds to a slug: letters and digits as lower-case ASCII, nothing for a
// combining accent (text typed as "e" + U+0301 is "e"), nullopt for a separator.
std::optional<std::string_view> ascii_for(char32_t cp) {
    static constexpr std::string_view kAscii = "abcdefghijklmnopqrstuvwxyz0123456789";
    if (cp >= 'a' && cp <= 'z') return kAscii.substr(cp - 'a', 1);
    if (cp >= 'A' && cp <= 'Z') return kAscii.substr(cp - 'A', 1);
    if (cp >= '0' && cp <= '9') return kAscii.substr(26 + (cp - '0'), 1);
    if (cp >= 0x0300 && cp <= 0x036F) return std::string_view();
    for (const Latin& row : kLatin) {
        if (cp >= row.first && cp <= row.last) return std::string_view(row.ascii);
    }
    return std::nullopt;
}

std::string join_name(std::initializer_list<std::string> parts, std::string_view extension) {
    std::string out;
    for (const std::string& part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) out += '-';
        out += part;
    }
    return out + "." + std::string(extension);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "YYYY-MM-DD" at the start of the text, or empty.
std::string leading_date(std::string_view text) {
    if (text.size() < 10) return "";
    for (std::size_t i = 0; i < 10; ++i) {
        if ((i == 4 || i == 7) ? text[i] != '-' : !is_digit(text[i])) return "";
    }
    return std::string(text.substr(0, 10));
}

}  // namespace

std::string slug(std::string_view text, std::size_t max_length) {
    const std::size_t word_limit = std::max(max_length, kSlugWordLength);
    std::string out;
    bool separator = false;  // one is pending: written only before the next letter
    // Reading stops once there is enough to cut: a 5 MB name costs no more than a short one.
    for (std::size_t at = 0, length = 0; at < text.size() && out.size() <= word_limit; at += length) {
        const auto ascii = ascii_for(decode_utf8(text, at, length));
        if (!ascii) {
            separator = true;
        } else if (!ascii->empty()) {
            if (separator && !out.empty()) out += '-';
            separator = false;
            out += *ascii;
        }
    }
    if (out.size() <= max_length) return out;
    if (out[max_length] == '-') return out.substr(0, max_length);  // a word ends right at the limit
    const std::size_t boundary = out.rfind('-', max_length);
    if (boundary != std::string::npos) return out.substr(0, boundary);
    // One word longer than the limit: kept whole if it can be, it is the only name there is.
    return out.substr(0, std::min(out.find('-'), word_limit));
}

std::string file_date(std::string_view updated, std::string_view today) {
    const std::string date = leading_date(updated);
    return date.empty() ? leading_date(today) : date;
}

std::string assessment_file_name(const Assessment& a, std::string_view today, std::string_view extension) {
    return join_name({"ladder", slug(a.team), slug(a.respondent), file_date(a.updated, today)}, extension);
}

std::string team_file_name(const TeamExercise& e, std::string_view today, std::string_view extension) {
    return join_name({"ladder-team", slug(e.team), file_date(e.updated, today)}, extension);
}

std::string peers_file_name(std::string_view group, std::string_view today, std::string_view extension) {
    return join_name({"ladder-peers", slug(group), file_date("", today)}, extension);
}

}  // namespace ladder
