// The string catalogue: every placeholder is well formed, fmt() fills them by name, and every
// call of fmt() in the web app passes exactly the names its catalogue string has.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "catalogue.h"

namespace ladder::test {
using ui::S;

namespace {

std::vector<std::string> names_in(S id) {
    std::vector<std::string> names;
    REQUIRE_MESSAGE(ui::placeholder_names(ui::tr(id), names), ui::string_id(id));
    return names;
}

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("every catalogue string has a unique id and well-formed placeholders") {
    std::set<std::string> ids;
    for (int i = 0; i < static_cast<int>(S::Count); ++i) {
        const S id = static_cast<S>(i);
        CHECK_MESSAGE(ids.insert(ui::string_id(id)).second, ui::string_id(id));
        std::vector<std::string> names;
        CHECK_MESSAGE(ui::placeholder_names(ui::tr(id), names), ui::string_id(id));
    }
}

TEST_CASE("fmt fills placeholders by name, in any order, and shows a missing one as it is") {
    CHECK(ui::fmt(S::ContinueSaved, {{"percent", 40}, {"team", "Unit"}}) == "Continue: Unit (40% answered)");
    CHECK(ui::fmt(S::ScoreOf3, {{"score", 1.5}}) == "Score 1.50 of 3");
    CHECK(ui::fill_placeholders("{a} and {b}", {{"a", "x"}}) == "x and {b}");
    CHECK(ui::fill_placeholders("{ not a name }", {}) == "{ not a name }");
    std::vector<std::string> names;
    CHECK_FALSE(ui::placeholder_names("broken {", names));
    CHECK_FALSE(ui::placeholder_names("stray }", names));
    CHECK(ui::placeholder_names("{a} {b_2}", names));
    CHECK(names == std::vector<std::string>{"a", "b_2"});
}

TEST_CASE("a plural placeholder picks the form for the count, and the language decides what counts as one") {
    const std::string apart = "{count, plural, =0 {the same level} one {# level apart} other {# levels apart}}";
    CHECK(ui::fill_placeholders(apart, {{"count", 0}}) == "the same level");
    CHECK(ui::fill_placeholders(apart, {{"count", 1}}) == "1 level apart");
    CHECK(ui::fill_placeholders(apart, {{"count", 3}}) == "3 levels apart");
    // Branches hold placeholders of their own; "#" outside a plural is just a character.
    CHECK(ui::fill_placeholders("#{n, plural, one {# answer from {who}} other {# answers from {who}}}",
                                {{"n", 2}, {"who", "Ana"}}) == "#2 answers from Ana");
    std::vector<std::string> names;
    CHECK(ui::placeholder_names("{n, plural, one {# from {who}} other {# from {who}}} {who}", names));
    CHECK(names == std::vector<std::string>{"n", "who"});
    // Without an "other" form, or with a broken branch, the text is not well formed.
    CHECK_FALSE(ui::placeholder_names("{n, plural, one {# level}}", names));
    CHECK_FALSE(ui::placeholder_names("{n, plural, one {# level} other {# levels}", names));
    CHECK(ui::fill_placeholders("{n, plural, one {# level}}", {{"n", 1}}) == "{n, plural, one {# level}}");
    // English, Spanish and Estonian: one is exactly 1; French: 0 and 1.
    for (const char* lang : {"en", "es", "et"}) {
        CHECK(ui::plural_category(lang, 1) == ui::PluralCategory::One);
        CHECK(ui::plural_category(lang, 0) == ui::PluralCategory::Other);
        CHECK(ui::plural_category(lang, 2) == ui::PluralCategory::Other);
    }
    CHECK(ui::plural_category("fr", 0) == ui::PluralCategory::One);
    CHECK(ui::plural_category("fr", 1) == ui::PluralCategory::One);
    CHECK(ui::plural_category("fr", 2) == ui::PluralCategory::Other);
}

// Reads the web app's sources and checks each fmt(S::Name, {{"a", ...}, {"b", ...}}) call
// against the catalogue, so a renamed or forgotten placeholder fails here rather than on screen.
TEST_CASE("every fmt() call in the web app passes exactly the placeholders of its string") {
    std::map<std::string, S> by_name;
#define LADDER_TEST_NAME(name, id, en) by_name[#name] = S::name;
    LADDER_UI_STRINGS(LADDER_TEST_NAME)
#undef LADDER_TEST_NAME
    const std::regex call(R"(fmt\(\s*S::(\w+)\s*,\s*\{((?:[^{}]|\{[^{}]*\})*)\}\s*\))");
    const std::regex arg(R"(\{\s*\"(\w+)\"\s*,)");
    int calls = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(LADDER_WEB_DIR)) {
        if (entry.path().extension() != ".cpp") continue;
        const std::string text = read(entry.path());
        for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) {
            ++calls;
            const std::string name = (*it)[1];
            INFO(entry.path().filename().string() << ": fmt(S::" << name << ", ...)");
            REQUIRE(by_name.count(name) == 1);
            std::multiset<std::string> passed;
            const std::string args = (*it)[2];
            for (std::sregex_iterator a(args.begin(), args.end(), arg), none; a != none; ++a) passed.insert((*a)[1]);
            const auto wanted = names_in(by_name[name]);
            CHECK(passed == std::multiset<std::string>(wanted.begin(), wanted.end()));
        }
    }
    CHECK(calls > 30);  // the scan found the calls (a changed call style would find none)
}

}  // namespace ladder::test
