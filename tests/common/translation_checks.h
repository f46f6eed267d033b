// What every translation file must be, checked the same way for the interface's strings
// (tests/app/test_translations.cpp) and the core's messages (tests/core/test_messages.cpp):
// every id there and no other, the English text's placeholders and plural form, characters the
// page's font has, Canadian French spacing, and none left in English unless listed.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "json_input.h"
#include "message_format.h"

namespace ladder::test {

inline std::vector<std::string> placeholders_of(const std::string& text) {
    std::vector<std::string> names;
    CHECK_MESSAGE(placeholder_names(text, names), text);
    std::sort(names.begin(), names.end());
    return names;
}

// Decodes UTF-8; false on a malformed sequence.
inline bool code_points(const std::string& text, std::vector<unsigned>& out) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const int length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (length == 0 || i + length > text.size()) return false;
        unsigned cp = length == 1 ? c : c & (0x7F >> length);
        for (int k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        out.push_back(cp);
        i += length;
    }
    return true;
}

// The page's font subset (font_unicodes in web/CMakeLists.txt; the site build checks the font
// file itself, this catches it without a web build).
inline bool in_font(unsigned cp) {
    const unsigned ranges[][2] = {{0x20, 0x7E},     {0xA0, 0xA1},     {0xA3, 0xA3},     {0xA7, 0xA7},     {0xA9, 0xAB},
                                  {0xAD, 0xAE},     {0xB0, 0xB0},     {0xB7, 0xB7},     {0xBA, 0xBB},     {0xBF, 0xFF},
                                  {0x152, 0x153},   {0x160, 0x161},   {0x178, 0x178},   {0x17D, 0x17E},   {0x2013, 0x2014},
                                  {0x2018, 0x201E}, {0x2026, 0x2026}, {0x20AC, 0x20AC}};
    for (const auto& r : ranges) {
        if (cp >= r[0] && cp <= r[1]) return true;
    }
    return cp == '\n';
}

// `file` is `lang`'s {id: text}; `ids` and `english` the table's, in order; `same_as_english`
// the ids whose text is the English on purpose (a name, a cognate, a value alone).
inline void check_translation(const std::string& lang, const Json& file, const std::vector<std::string>& ids,
                              const std::vector<std::string>& english, const std::set<std::string>& same_as_english) {
    INFO("language: " << lang);
    REQUIRE(file.is_object());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        INFO("id: " << ids[i]);
        const auto it = file.find(ids[i]);
        REQUIRE_MESSAGE(it != file.end(), "missing");
        REQUIRE(it->is_string());
        const std::string text = it->get<std::string>();
        CHECK_FALSE(text.empty());
        CHECK(placeholders_of(text) == placeholders_of(english[i]));
        CHECK((text.find(", plural,") != std::string::npos) == (english[i].find(", plural,") != std::string::npos));
        const bool allowed = same_as_english.count(ids[i]) > 0;
        if (text == english[i]) CHECK_MESSAGE(allowed, "the same as English: " << text);
        else CHECK_MESSAGE(!allowed, "listed as the same as English, but translated");
        std::vector<unsigned> cps;
        REQUIRE_MESSAGE(code_points(text, cps), "not UTF-8");
        for (const unsigned cp : cps) CHECK_MESSAGE(in_font(cp), "U+" << std::hex << cp << " is not in the page's font");
        // Canadian French: a no-break space before a colon and inside « », never a plain one.
        if (lang == "fr") {
            CHECK(text.find(" :") == std::string::npos);
            CHECK(text.find("\xC2\xAB ") == std::string::npos);
            CHECK(text.find(" \xC2\xBB") == std::string::npos);
        }
    }
    const std::set<std::string> known(ids.begin(), ids.end());
    for (auto it = file.begin(); it != file.end(); ++it) {
        const std::string key = it.key();  // not a structured binding: clang cannot capture one in CHECK
        CHECK_MESSAGE(known.count(key) == 1, lang << ": unknown id " << key);
    }
}

}  // namespace ladder::test
