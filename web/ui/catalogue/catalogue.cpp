#include "catalogue.h"

#include <cctype>
#include <cstdio>
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

static_assert(sizeof kEnglish / sizeof kEnglish[0] == static_cast<std::size_t>(S::Count));

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The end of a well-formed placeholder starting at text[at] == '{', or npos.
std::size_t placeholder_end(const std::string& text, std::size_t at) {
    std::size_t i = at + 1;
    while (i < text.size() && name_char(text[i])) ++i;
    if (i == at + 1 || i >= text.size() || text[i] != '}') return std::string::npos;
    return i;
}

}  // namespace

const char* tr(S id) { return kEnglish[static_cast<int>(id)]; }
const char* string_id(S id) { return kIds[static_cast<int>(id)]; }

Arg::Arg(const char* n, double v) : name(n) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    value = buffer;
}

std::string fill_placeholders(const std::string& text, std::initializer_list<Arg> args) {
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t end = text[i] == '{' ? placeholder_end(text, i) : std::string::npos;
        if (end == std::string::npos) {
            out += text[i];
            continue;
        }
        const std::string_view name(text.data() + i + 1, end - i - 1);
        const Arg* found = nullptr;
        for (const Arg& arg : args) {
            if (name == arg.name) found = &arg;
        }
        out += found ? found->value : text.substr(i, end - i + 1);
        i = end;
    }
    return out;
}

std::string fmt(S id, std::initializer_list<Arg> args) { return fill_placeholders(tr(id), args); }

bool placeholder_names(const std::string& text, std::vector<std::string>& names) {
    names.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '}') return false;
        if (text[i] != '{') continue;
        const std::size_t end = placeholder_end(text, i);
        if (end == std::string::npos) return false;
        names.push_back(text.substr(i + 1, end - i - 1));
        i = end;
    }
    return true;
}

}  // namespace ladder::ui
