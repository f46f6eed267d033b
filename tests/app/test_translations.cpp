// The interface's translations (web/ui/catalogue/lang/<language>.json, keyed by the catalogue's
// stable ids): every string of the catalogue is there in every language, nothing else is, each
// keeps the English text's placeholders (and plural form) and is well formed, and none is
// left in English unless it is the same word on purpose (listed below).
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "catalogue.h"
#include "json_input.h"
#include "translation_checks.h"

namespace ladder::test {
using ui::S;

namespace {

Json read_language(const std::string& lang) {
    std::ifstream in(std::string(LADDER_WEB_DIR) + "/ui/catalogue/lang/" + lang + ".json");
    std::ostringstream text;
    text << in.rdbuf();
    auto json = parse_json(text.str());
    REQUIRE_MESSAGE(json.ok(), lang << ": " << (json.ok() ? "" : json.error().to_string()));
    REQUIRE(json.value().is_object());
    return json.value();
}

// Strings that are the same as English on purpose: the product's name, placeholders alone,
// digits, key names, and words the language shares with English.
const std::map<std::string, std::set<std::string>> kSameAsEnglish = {
    {"es", {"app.name", "team.step_plan_short", "team.note_named_no_level", "a11y.title", "settings.keys_digits", "files.read_as", "peers.group_count"}},
    {"fr",
     {"app.name", "nav.menu", "results.dimensions", "results.col_dimension", "results.col_score", "team.step_plan_short",
      "team.col_alpha", "team.notes_count", "a11y.nav", "a11y.questions", "a11y.notification", "peers.group_count"}},
    {"et",
     {"app.name", "settings.text_size_value", "team.note_named_no_level", "a11y.title", "settings.keys_tab", "files.read_as",
      "settings.keys_digits", "settings.keys_clicker", "peers.group_count"}},
};

}  // namespace

TEST_CASE("every interface string is translated into Spanish, French and Estonian, placeholders intact") {
    std::vector<std::string> ids, english;
    for (int i = 0; i < static_cast<int>(S::Count); ++i) {
        ids.push_back(ui::string_id(static_cast<S>(i)));
        english.push_back(ui::tr(static_cast<S>(i)));
    }
    for (const char* lang : {"es", "fr", "et"}) check_translation(lang, read_language(lang), ids, english, kSameAsEnglish.at(lang));
}

namespace {

std::vector<std::pair<std::string, std::string>> strings_of(const Json& table) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [key, value] : table.items()) out.emplace_back(key, value.get<std::string>());
    return out;
}

// Puts the interface back in English when a test ends, whatever it switched to.
struct BackToEnglish {
    ~BackToEnglish() { ui::set_language("en", {}); }
};

}  // namespace

TEST_CASE("the interface switches language, counts take that language's plural rule, and back") {
    const BackToEnglish restore;
    const Json french = read_language("fr");
    CHECK(ui::set_language("fr", strings_of(french)).empty());
    CHECK(ui::language() == "fr");
    CHECK(std::string(ui::tr(S::StartNew)) == french["welcome.start_new"].get<std::string>());
    // French counts 0 as singular; English does not.
    const std::string zero_fr = ui::fmt(S::TeamNotesCount, {{"count", 0}});
    CHECK(zero_fr == ui::fill_placeholders(french["team.notes_count"].get<std::string>(), {{"count", 0}}));
    CHECK(zero_fr.find("0 note") == 0);
    CHECK(zero_fr.find("notes") == std::string::npos);
    ui::set_language("en", {});
    CHECK(ui::language() == "en");
    CHECK(std::string(ui::tr(S::StartNew)) == "Start a new assessment");
    CHECK(ui::fmt(S::TeamNotesCount, {{"count", 0}}) == "0 notes");
}

TEST_CASE("a translated string with other placeholders, or an unknown id, is refused and English shown") {
    const BackToEnglish restore;
    const auto refused = ui::set_language("es", {{"welcome.continue", "Continuar: {equipo} ({percent} %)"},
                                                 {"welcome.start_new", "Comenzar"},
                                                 {"no.such.string", "nada"}});
    CHECK(refused == std::vector<std::string>{"welcome.continue", "no.such.string"});
    CHECK(std::string(ui::tr(S::StartNew)) == "Comenzar");
    CHECK(ui::fmt(S::ContinueSaved, {{"team", "Unidad"}, {"percent", 40}}) == "Continue: Unidad (40% answered)");
    CHECK(std::string(ui::tr(S::ImportFile)) == "Import a file");  // not given: English
}

}  // namespace ladder::test
