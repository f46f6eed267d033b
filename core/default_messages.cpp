// The core's messages in Spanish, French and Estonian, compiled in from core/lang/ (see
// core/embed_json.cmake) for ladder-cli. Its own file, so that only a program that calls these
// links the texts: the web page loads the language it needs at run time instead.
#include "messages.h"

namespace ladder {

extern const char kMessagesEs[], kMessagesFr[], kMessagesEt[];
extern const std::size_t kMessagesEsSize, kMessagesFrSize, kMessagesEtSize;

std::string_view default_messages_json(const std::string& lang) {
    if (lang == "es") return {kMessagesEs, kMessagesEsSize};
    if (lang == "fr") return {kMessagesFr, kMessagesFrSize};
    if (lang == "et") return {kMessagesEt, kMessagesEtSize};
    return {};
}

bool install_default_messages(const std::string& lang) {
    const std::string_view text = default_messages_json(lang);
    if (text.empty()) return false;
    const auto json = parse_json(text);
    if (!json) return false;
    add_messages(lang, json.value());
    return true;
}

}  // namespace ladder
