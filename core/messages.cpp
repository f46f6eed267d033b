#include "messages.h"

#include "locales.h"
#include "text_table.h"

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

TextTable& table() {
    static TextTable messages(kIds, kEnglish, kCount);
    return messages;
}

std::string& current_language() {
    static std::string lang = "en";
    return lang;
}

}  // namespace

const char* message_id(M id) { return kIds[static_cast<std::size_t>(id)]; }
const char* message_english(M id) { return kEnglish[static_cast<std::size_t>(id)]; }

const char* message_text(M id, const std::string& lang_or_locale) {
    return table().text(static_cast<std::size_t>(id), lang_or_locale);
}

std::string message(M id, const std::string& lang_or_locale, std::initializer_list<Arg> args) {
    return fill_placeholders(message_text(id, lang_or_locale), language_of(lang_or_locale), args);
}

std::string message(M id, std::initializer_list<Arg> args) { return message(id, current_language(), args); }

std::vector<std::string> add_messages(const std::string& lang_or_locale, const Json& object) {
    std::vector<std::string> refused;
    if (!object.is_object()) return refused;
    std::vector<std::pair<std::string, std::string>> texts;
    for (const auto& [id, value] : object.items()) {
        if (value.is_string()) texts.emplace_back(id, value.get<std::string>());
        else refused.push_back(id);
    }
    for (auto& id : table().install(lang_or_locale, texts)) refused.push_back(std::move(id));
    return refused;
}

void set_message_language(const std::string& lang_or_locale) { current_language() = language_of(lang_or_locale); }

const std::string& message_language() { return current_language(); }

}  // namespace ladder
