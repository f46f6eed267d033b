#include "catalogue.h"

#include <string_view>

namespace ladder::ui {
namespace {

constexpr const char* kEnglish[] = {
#define LADDER_UI_STRING_EN(name, id, en) en,
    LADDER_UI_STRINGS(LADDER_UI_STRING_EN)
#undef LADDER_UI_STRING_EN
};

constexpr const char* kIds[] = {
#define LADDER_UI_STRING_ID(name, id, en) id,
    LADDER_UI_STRINGS(LADDER_UI_STRING_ID)
#undef LADDER_UI_STRING_ID
};

// The language in use and its strings (empty: that string is shown in English).
std::string g_language = "en";
std::vector<std::string> g_translated;

static_assert(sizeof kEnglish / sizeof kEnglish[0] == static_cast<std::size_t>(S::Count));

}  // namespace

const char* tr(S id) {
    const auto i = static_cast<std::size_t>(id);
    return i < g_translated.size() && !g_translated[i].empty() ? g_translated[i].c_str() : kEnglish[i];
}

const std::string& language() { return g_language; }

std::vector<std::string> set_language(const std::string& lang, const std::vector<std::pair<std::string, std::string>>& strings) {
    std::vector<std::string> refused;
    std::vector<std::string> table(static_cast<std::size_t>(S::Count));
    for (const auto& [id, text] : strings) {
        std::size_t i = 0;
        while (i < table.size() && id != kIds[i]) ++i;
        // A string whose placeholders differ from the English would show a {name} unfilled or
        // lose a value: it stays English, and its id is reported.
        if (i == table.size() || !same_placeholders(kEnglish[i], text)) {
            refused.push_back(id);
            continue;
        }
        table[i] = text;
    }
    g_language = lang.empty() ? "en" : lang;
    g_translated = lang == "en" ? std::vector<std::string>{} : std::move(table);
    return refused;
}
const char* string_id(S id) { return kIds[static_cast<int>(id)]; }

Locale g_locale;

void set_locale(const Locale& locale) { g_locale = locale; }

std::string date(const std::string& iso) { return format_date(iso, g_locale); }

std::string number(double value, int decimals, bool sign) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, sign ? "%+.*f" : "%.*f", decimals, value);
    const std::string plain = buffer;
    const std::size_t digits_from = plain[0] == '-' || plain[0] == '+' ? 1 : 0;
    const std::size_t point = std::min(plain.find('.'), plain.size());
    std::string out = plain.substr(0, digits_from);
    // Thousands grouped from four digits on: 1,234 and 1 234.
    for (std::size_t i = digits_from; i < point; ++i) {
        if (i > digits_from && (point - i) % 3 == 0) out += g_locale.group;
        out += plain[i];
    }
    if (point < plain.size()) out += g_locale.decimal + plain.substr(point + 1);
    return out;
}

std::string fill_placeholders(std::string_view text, std::initializer_list<Arg> args) {
    return ladder::fill_placeholders(text, g_language, args);
}

std::string fmt(S id, std::initializer_list<Arg> args) { return fill_placeholders(tr(id), args); }

}  // namespace ladder::ui
