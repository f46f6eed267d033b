#include "text_table.h"

#include <string_view>

#include "locales.h"
#include "message_format.h"

namespace ladder {
namespace {

bool has_plural(std::string_view text) { return text.find(", plural,") != std::string_view::npos; }

}  // namespace

const std::vector<std::string>* TextTable::texts(const std::string& lang) const {
    // "es" and "es-AR" both name Spanish; no allocation, since this is on every frame's path.
    for (const auto& [code, texts] : languages_) {
        if (lang.compare(0, code.size(), code) == 0 &&
            (lang.size() == code.size() || lang[code.size()] == '-' || lang[code.size()] == '_')) {
            return &texts;
        }
    }
    return nullptr;
}

const char* TextTable::text(std::size_t i, const std::string& lang) const {
    const std::vector<std::string>* in = texts(lang);
    return in && !(*in)[i].empty() ? (*in)[i].c_str() : english_[i];
}

std::vector<std::string> TextTable::install(const std::string& lang, const std::vector<std::pair<std::string, std::string>>& texts) {
    std::vector<std::string> refused;
    const std::string language = language_of(lang);
    std::vector<std::string> table(count_);
    for (const auto& [id, text] : texts) {
        std::size_t i = 0;
        while (i < count_ && id != ids_[i]) ++i;
        if (language == "en" || i == count_ || text.empty() || !same_placeholders(english_[i], text) ||
            has_plural(english_[i]) != has_plural(text)) {
            refused.push_back(id);
            continue;
        }
        table[i] = text;
    }
    if (language == "en") return refused;
    for (auto& [code, existing] : languages_) {
        if (code == language) {
            existing = std::move(table);
            return refused;
        }
    }
    languages_.emplace_back(language, std::move(table));
    return refused;
}

}  // namespace ladder
