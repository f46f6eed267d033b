// Filling a message's placeholders, shared by the core's messages (messages.h) and the web
// page's interface strings (web/ui/catalogue). A message holds named placeholders, {name}, and
// counts that change the words are written the way translators know from ICU:
// "{count, plural, one {# level apart} other {# levels apart}}": "#" is the number, "=0 {...}"
// picks an exact value, and each language has its own rule for "one" (plural_category).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ladder {

// One value for a named placeholder: {{"team", name}, {"percent", 40}}.
struct Arg {
    const char* name;
    std::string value;
    Arg(const char* n, std::string v) : name(n), value(std::move(v)) {}
    Arg(const char* n, const char* v) : name(n), value(v) {}
    Arg(const char* n, int v) : name(n), value(std::to_string(v)) {}
    Arg(const char* n, long v) : name(n), value(std::to_string(v)) {}
    Arg(const char* n, long long v) : name(n), value(std::to_string(v)) {}
    Arg(const char* n, unsigned long v) : name(n), value(std::to_string(v)) {}
    Arg(const char* n, unsigned long long v) : name(n), value(std::to_string(v)) {}
    Arg(const char* n, double v);  // two decimals: 2.50
};

// Which form a count takes in a language (a bare code, "fr"; a tag such as "fr-CA" works too):
// English, Spanish and Estonian use "one" for exactly 1, French for 0 and 1 (anything below 2);
// every other count is "other".
enum class PluralCategory { One, Other };
PluralCategory plural_category(std::string_view lang, double n);

// A text with its placeholders filled in; plurals follow `lang`'s rule. A placeholder without a
// value stays as it is, visibly, rather than reading memory that is not there. A plural's
// value is read as a number for choosing the branch and written as given for "#".
std::string fill_placeholders(std::string_view text, std::string_view lang, std::initializer_list<Arg> args);

// The placeholder names in a text, each once, in order of first use ("Continue: {team}
// ({percent}%)" -> team, percent; a plural's branches add theirs); false when a brace does not
// open a well-formed placeholder.
bool placeholder_names(std::string_view text, std::vector<std::string>& names);

// Whether two texts have the same placeholders (in any order) and are both well formed: what a
// translation must keep of its English.
bool same_placeholders(std::string_view english, std::string_view translation);

}  // namespace ladder
