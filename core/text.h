// User-visible strings in a model are either a plain string or an object keyed by language
// code ({"en": "...", "es": "..."}). Lookup falls back to English, then to the first language
// present, so a partly translated model still shows every string.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace ladder {

class LocalizedText {
public:
    LocalizedText() = default;
    explicit LocalizedText(std::string plain) { set("", std::move(plain)); }

    // lang "" means "the untagged plain string".
    void set(const std::string& lang, std::string text);
    const std::string& get(const std::string& lang) const;
    bool empty() const { return entries_.empty(); }
    const std::vector<std::pair<std::string, std::string>>& entries() const { return entries_; }

private:
    std::vector<std::pair<std::string, std::string>> entries_;  // few languages: a vector beats a map
};

}  // namespace ladder
