#include "catalogue.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <set>
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

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

void skip_spaces(std::string_view text, std::size_t& i) {
    while (i < text.size() && text[i] == ' ') ++i;
}

// One placeholder as written: "{name}", or "{name, plural, one {...} other {...}}" whose
// branches are texts with placeholders of their own and "#" for the number.
struct Placeholder {
    std::string_view name;
    std::vector<std::pair<std::string_view, std::string_view>> branches;  // selector, text
    std::size_t end = 0;                                                  // index of the closing brace
};

// Parses the placeholder starting at text[at] == '{'; false when it is not well formed
// (then it is shown as it is). A plural needs an "other" branch, the one every language has.
bool parse_placeholder(std::string_view text, std::size_t at, Placeholder& out) {
    std::size_t i = at + 1;
    while (i < text.size() && name_char(text[i])) ++i;
    if (i == at + 1 || i >= text.size()) return false;
    out.name = text.substr(at + 1, i - at - 1);
    out.branches.clear();
    if (text[i] == '}') {
        out.end = i;
        return true;
    }
    if (text[i] != ',') return false;
    ++i;
    skip_spaces(text, i);
    constexpr std::string_view kPlural = "plural";
    if (text.substr(i, kPlural.size()) != kPlural) return false;
    i += kPlural.size();
    skip_spaces(text, i);
    if (i >= text.size() || text[i] != ',') return false;
    ++i;
    bool other = false;
    for (;;) {
        skip_spaces(text, i);
        if (i >= text.size()) return false;
        if (text[i] == '}') break;
        const std::size_t key = i;
        while (i < text.size() && (name_char(text[i]) || text[i] == '=')) ++i;
        if (i == key) return false;
        const std::string_view selector = text.substr(key, i - key);
        skip_spaces(text, i);
        if (i >= text.size() || text[i] != '{') return false;
        int depth = 0;
        const std::size_t open = i;
        for (; i < text.size(); ++i) {
            if (text[i] == '{') ++depth;
            if (text[i] == '}' && --depth == 0) break;
        }
        if (i >= text.size()) return false;
        out.branches.emplace_back(selector, text.substr(open + 1, i - open - 1));
        other = other || selector == "other";
        ++i;
    }
    out.end = i;
    return other;
}

const Arg* find_arg(std::string_view name, std::initializer_list<Arg> args) {
    const Arg* found = nullptr;
    for (const Arg& arg : args) {
        if (name == arg.name) found = &arg;
    }
    return found;
}

std::string_view plural_branch(const std::vector<std::pair<std::string_view, std::string_view>>& branches,
                               const std::string& value) {
    char* end = nullptr;
    const double n = std::strtod(value.c_str(), &end);
    const bool number = end != value.c_str();
    // An exact "=N" branch wins over the language's category, which wins over "other".
    for (const auto& [selector, text] : branches) {
        if (number && selector.size() > 1 && selector[0] == '=' && std::strtod(std::string(selector.substr(1)).c_str(), nullptr) == n)
            return text;
    }
    const std::string_view category = number && plural_category(g_language, n) == PluralCategory::One ? "one" : "other";
    for (const auto& [selector, text] : branches) {
        if (selector == category) return text;
    }
    for (const auto& [selector, text] : branches) {
        if (selector == "other") return text;
    }
    return {};
}

std::string fill(std::string_view text, std::initializer_list<Arg> args, const char* hash) {
    std::string out;
    out.reserve(text.size() + 16);
    Placeholder p;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '#' && hash) {
            out += hash;
            continue;
        }
        if (text[i] != '{' || !parse_placeholder(text, i, p)) {
            out += text[i];
            continue;
        }
        const Arg* arg = find_arg(p.name, args);
        if (!arg) {
            out += text.substr(i, p.end - i + 1);
        } else if (p.branches.empty()) {
            out += arg->value;
        } else {
            out += fill(plural_branch(p.branches, arg->value), args, arg->value.c_str());
        }
        i = p.end;
    }
    return out;
}

bool collect_names(std::string_view text, std::vector<std::string>& names) {
    Placeholder p;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '}') return false;
        if (text[i] != '{') continue;
        if (!parse_placeholder(text, i, p)) return false;
        const std::string name(p.name);
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        for (const auto& [selector, branch] : p.branches) {
            if (!collect_names(branch, names)) return false;
        }
        i = p.end;
    }
    return true;
}

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
        std::vector<std::string> wanted, given;
        // A string whose placeholders differ from the English would show a {name} unfilled or
        // lose a value: it stays English, and its id is reported.
        if (i == table.size() || !placeholder_names(kEnglish[i], wanted) || !placeholder_names(text, given) ||
            std::set<std::string>(wanted.begin(), wanted.end()) != std::set<std::string>(given.begin(), given.end())) {
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

std::string g_decimal = ".", g_group = ",";

void set_number_style(std::string decimal, std::string group) {
    g_decimal = std::move(decimal);
    g_group = std::move(group);
}

std::string number(double value, int decimals, bool sign) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, sign ? "%+.*f" : "%.*f", decimals, value);
    const std::string plain = buffer;
    const std::size_t digits_from = plain[0] == '-' || plain[0] == '+' ? 1 : 0;
    const std::size_t point = std::min(plain.find('.'), plain.size());
    std::string out = plain.substr(0, digits_from);
    // Thousands grouped from four digits on: 1,234 and 1 234.
    for (std::size_t i = digits_from; i < point; ++i) {
        if (i > digits_from && (point - i) % 3 == 0) out += g_group;
        out += plain[i];
    }
    if (point < plain.size()) out += g_decimal + plain.substr(point + 1);
    return out;
}

Arg::Arg(const char* n, double v) : name(n), value(number(v, 2)) {}

PluralCategory plural_category(std::string_view lang, double n) {
    // The languages Ladder is written for need two forms. French counts 0 and 1 (and anything
    // below 2) as singular; English, Spanish and Estonian only exactly 1.
    if (lang == "fr") return n >= 0 && n < 2 ? PluralCategory::One : PluralCategory::Other;
    return n == 1 ? PluralCategory::One : PluralCategory::Other;
}

std::string fill_placeholders(const std::string& text, std::initializer_list<Arg> args) { return fill(text, args, nullptr); }

std::string fmt(S id, std::initializer_list<Arg> args) { return fill_placeholders(tr(id), args); }

bool placeholder_names(const std::string& text, std::vector<std::string>& names) {
    names.clear();
    return collect_names(text, names);
}

}  // namespace ladder::ui
