#include "message_format.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "stable_sort.h"

namespace ladder {
namespace {

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
                               std::string_view lang, const std::string& value) {
    char* end = nullptr;
    const double n = std::strtod(value.c_str(), &end);
    const bool number = end != value.c_str();
    // An exact "=N" branch wins over the language's category, which wins over "other".
    for (const auto& [selector, text] : branches) {
        if (number && selector.size() > 1 && selector[0] == '=' && std::strtod(std::string(selector.substr(1)).c_str(), nullptr) == n)
            return text;
    }
    const std::string_view category = number && plural_category(lang, n) == PluralCategory::One ? "one" : "other";
    for (const auto& [selector, text] : branches) {
        if (selector == category) return text;
    }
    for (const auto& [selector, text] : branches) {
        if (selector == "other") return text;
    }
    return {};
}

std::string fill(std::string_view text, std::string_view lang, std::initializer_list<Arg> args, const char* hash) {
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
            out += fill(plural_branch(p.branches, lang, arg->value), lang, args, arg->value.c_str());
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

Arg::Arg(const char* n, double v) : name(n) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    value = buffer;
}

PluralCategory plural_category(std::string_view lang, double n) {
    // The languages Ladder is written for need two forms. French counts 0 and 1 (and anything
    // below 2) as singular; English, Spanish and Estonian only exactly 1.
    if (lang.substr(0, 2) == "fr" && (lang.size() == 2 || lang[2] == '-' || lang[2] == '_'))
        return n >= 0 && n < 2 ? PluralCategory::One : PluralCategory::Other;
    return n == 1 ? PluralCategory::One : PluralCategory::Other;
}

std::string fill_placeholders(std::string_view text, std::string_view lang, std::initializer_list<Arg> args) {
    return fill(text, lang, args, nullptr);
}

bool placeholder_names(std::string_view text, std::vector<std::string>& names) {
    names.clear();
    return collect_names(text, names);
}

bool same_placeholders(std::string_view english, std::string_view translation) {
    std::vector<std::string> wanted, given;
    if (!placeholder_names(english, wanted) || !placeholder_names(translation, given)) return false;
    const auto less = [](const std::string& a, const std::string& b) { return a < b; };
    stable_sort_list(wanted, less);
    stable_sort_list(given, less);
    return wanted == given;
}

}  // namespace ladder
