#include "catalogue.h"

#include <string_view>

#include "text_table.h"

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

TextTable& table() {
    static TextTable strings(kIds, kEnglish, static_cast<std::size_t>(S::Count));
    return strings;
}

// The language in use and its strings (null: all English; an empty one is shown in English).
std::string g_language = "en";
const std::vector<std::string>* g_translated = nullptr;

static_assert(sizeof kEnglish / sizeof kEnglish[0] == static_cast<std::size_t>(S::Count));

}  // namespace

const char* tr(S id) {
    const auto i = static_cast<std::size_t>(id);
    return g_translated && !(*g_translated)[i].empty() ? (*g_translated)[i].c_str() : kEnglish[i];
}

const std::string& language() { return g_language; }

std::vector<std::string> set_language(const std::string& lang, const std::vector<std::pair<std::string, std::string>>& strings) {
    g_language = lang.empty() ? "en" : lang;
    std::vector<std::string> refused = table().install(g_language, strings);
    g_translated = table().texts(g_language);
    return refused;
}
const char* string_id(S id) { return kIds[static_cast<int>(id)]; }

Locale g_locale;

void set_locale(const Locale& locale) { g_locale = locale; }

std::string date(const std::string& iso) { return format_date(iso, g_locale); }

std::string number(double value, int decimals, bool sign) { return format_fixed(value, decimals, g_locale, sign); }

std::string fill_placeholders(std::string_view text, std::initializer_list<Arg> args) {
    return ladder::fill_placeholders(text, g_language, args);
}

std::string fmt(S id, std::initializer_list<Arg> args) { return fill_placeholders(tr(id), args); }

}  // namespace ladder::ui
