#include "text.h"

namespace ladder {

void LocalizedText::set(const std::string& lang, std::string text) {
    for (auto& entry : entries_) {
        if (entry.first == lang) {
            entry.second = std::move(text);
            return;
        }
    }
    entries_.emplace_back(lang, std::move(text));
}

const std::string& LocalizedText::get(const std::string& lang) const {
    static const std::string none;
    if (entries_.empty()) return none;
    const std::string* english = nullptr;
    for (const auto& entry : entries_) {
        if (entry.first == lang) return entry.second;
        if (entry.first == "en" || entry.first.empty()) english = english ? english : &entry.second;
    }
    return english ? *english : entries_.front().second;
}

}  // namespace ladder
