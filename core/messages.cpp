#include "messages.h"

#include "locales.h"

namespace ladder {
namespace {

constexpr const char* kEnglish[] = {
#define LADDER_CORE_MESSAGE_EN(name, id, en) en,
    LADDER_CORE_MESSAGES(LADDER_CORE_MESSAGE_EN)
#undef LADDER_CORE_MESSAGE_EN
};

constexpr const char* kIds[] = {
#define LADDER_CORE_MESSAGE_ID(name, id, en) id,
    LADDER_CORE_MESSAGES(LADDER_CORE_MESSAGE_ID)
#undef LADDER_CORE_MESSAGE_ID
};

constexpr std::size_t kCount = static_cast<std::size_t>(M::Count);
static_assert(sizeof kEnglish / sizeof kEnglish[0] == kCount);

// The installed languages, each a table by message (empty: that message is English). Few
// languages: a vector beats a map.
struct Language {
    std::string code;
    std::vector<std::string> texts;
};

std::vector<Language>& languages() {
    static std::vector<Language> installed;
    return installed;
}

std::string& current_language() {
    static std::string lang = "en";
    return lang;
}

const std::string& english(M id) {
    static const std::vector<std::string> texts(std::begin(kEnglish), std::end(kEnglish));
    return texts[static_cast<std::size_t>(id)];
}

bool has_plural(std::string_view text) { return text.find(", plural,") != std::string_view::npos; }

}  // namespace

const char* message_id(M id) { return kIds[static_cast<std::size_t>(id)]; }
const char* message_english(M id) { return kEnglish[static_cast<std::size_t>(id)]; }

const std::string& message_text(M id, const std::string& lang_or_locale) {
    const std::string lang = language_of(lang_or_locale);
    for (const Language& l : languages()) {
        if (l.code != lang) continue;
        const std::string& text = l.texts[static_cast<std::size_t>(id)];
        if (!text.empty()) return text;
    }
    return english(id);
}

std::string message(M id, const std::string& lang_or_locale, std::initializer_list<Arg> args) {
    return fill_placeholders(message_text(id, lang_or_locale), language_of(lang_or_locale), args);
}

std::string message(M id, std::initializer_list<Arg> args) { return message(id, current_language(), args); }

std::vector<std::string> add_messages(const std::string& lang_or_locale, const Json& object) {
    std::vector<std::string> refused;
    const std::string lang = language_of(lang_or_locale);
    if (!object.is_object()) return refused;
    Language* target = nullptr;
    for (Language& l : languages()) {
        if (l.code == lang) target = &l;
    }
    if (!target && lang != "en") {
        languages().push_back({lang, std::vector<std::string>(kCount)});
        target = &languages().back();
    }
    for (const auto& [id, value] : object.items()) {
        std::size_t i = 0;
        while (i < kCount && id != kIds[i]) ++i;
        // A text whose placeholders differ from the English would leave a {name} unfilled or
        // drop a value: it stays English, and its id is reported.
        if (!target || i == kCount || !value.is_string() || value.get_ref<const std::string&>().empty() ||
            !same_placeholders(kEnglish[i], value.get_ref<const std::string&>()) ||
            has_plural(kEnglish[i]) != has_plural(value.get_ref<const std::string&>())) {
            refused.push_back(id);
            continue;
        }
        target->texts[i] = value.get<std::string>();
    }
    return refused;
}

void set_message_language(const std::string& lang_or_locale) { current_language() = language_of(lang_or_locale); }

const std::string& message_language() { return current_language(); }

}  // namespace ladder
