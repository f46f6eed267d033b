// A table of texts by stable id: the English compiled in, and other languages installed at run
// time from files keyed by the same ids. The interface's catalogue (web/ui/catalogue) and the
// core's messages (messages.h) are each one of these.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace ladder {

class TextTable {
public:
    // `ids` and `english` are parallel arrays of `count` entries that outlive the table.
    TextTable(const char* const* ids, const char* const* english, std::size_t count)
        : ids_(ids), english_(english), count_(count) {}

    std::size_t size() const { return count_; }
    const char* id(std::size_t i) const { return ids_[i]; }
    const char* english(std::size_t i) const { return english_[i]; }

    // Text i in `lang` (a language or a tag: "es", "es-AR"); English where that language has
    // none.
    const char* text(std::size_t i, const std::string& lang) const;
    // All of a language's texts by index (empty where it has none), or null when it has none
    // installed: for a caller that looks up many texts in one language, as every frame does.
    // Valid until the next install().
    const std::vector<std::string>* texts(const std::string& lang) const;

    // Puts `texts` (id, text) in place of what `lang` had. A text is refused, and its id
    // returned, when the id is unknown, the text is empty, or its placeholders or plural form
    // differ from the English (it would leave a {name} unfilled or drop a value): English is
    // shown for it. English itself is the compiled-in text and cannot be replaced.
    std::vector<std::string> install(const std::string& lang, const std::vector<std::pair<std::string, std::string>>& texts);

private:
    const char* const* ids_;
    const char* const* english_;
    std::size_t count_;
    std::vector<std::pair<std::string, std::vector<std::string>>> languages_;  // few: a vector beats a map
};

}  // namespace ladder
