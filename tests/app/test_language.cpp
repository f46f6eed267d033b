// Choosing the interface language: from the address, the user's last pick or the browser's
// languages; fetched when first needed; switched at any time without touching answers.
#include <fstream>
#include <sstream>

#include "catalogue.h"
#include "harness.h"
#include "language.h"

namespace ladder::test {
using namespace app;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    REQUIRE_MESSAGE(!text.str().empty(), path);
    return text.str();
}

// A language file as the site build makes it (shell/build-site.mjs), from the same sources.
std::string language_file(const std::string& lang) {
    Json file = {{"format", "ladder-language"}, {"version", 1}, {"lang", lang}};
    file["interface"] = Json::parse(read_file(std::string(LADDER_WEB_DIR) + "/ui/catalogue/lang/" + lang + ".json"));
    file["messages"] = Json::object();
    file["models"]["digital-services"] =
        Json::parse(read_file(std::string(LADDER_WEB_DIR) + "/../core/models/lang/digital-services." + lang + ".json"));
    return file.dump();
}

PageInfo browser(std::vector<std::string> languages, std::string asked = "") {
    PageInfo page;
    page.browser_languages = std::move(languages);
    page.lang = std::move(asked);
    return page;
}

// The app's answer to its language fetch, as the page gives it.
void deliver(App& a, const std::string& lang) { a.keep(on_language_fetched(a.state, lang, true, language_file(lang), "")); }

}  // namespace

TEST_CASE("the first visit speaks the first of the browser's languages the interface has") {
    CHECK(choose_language("", "", {"es-AR", "en-US"}) == "es");
    CHECK(choose_language("", "", {"es-MX"}) == "es");
    CHECK(choose_language("", "", {"es-PE"}) == "es");
    CHECK(choose_language("", "", {"fr-CA", "en-CA"}) == "fr");
    CHECK(choose_language("", "", {"et-EE"}) == "et");
    CHECK(choose_language("", "", {"de-DE", "fr-FR"}) == "fr");
    CHECK(choose_language("", "", {"de-DE", "pt-BR"}) == "en");
    CHECK(choose_language("", "", {}) == "en");
    // The user's pick beats the browser; the address beats both; an unknown one is ignored.
    CHECK(choose_language("", "et", {"es-AR"}) == "et");
    CHECK(choose_language("fr", "et", {"es-AR"}) == "fr");
    CHECK(choose_language("es-MX", "", {}) == "es");
    CHECK(choose_language("de", "", {"et-EE"}) == "et");
}

TEST_CASE("numbers and dates follow the browser's region for the language in use") {
    CHECK(choose_locale("es", "", {"es-AR", "en-US"}) == "es-AR");
    CHECK(choose_locale("es", "", {"en-US", "es-MX"}) == "es-MX");
    CHECK(choose_locale("es", "", {"en-US"}) == "es");
    CHECK(choose_locale("fr", "fr-CA", {"es-AR"}) == "fr-CA");
    CHECK(choose_locale("en", "", {"en-GB"}) == "en-GB");
}

TEST_CASE("a Spanish browser gets the page in Spanish once its language file arrives") {
    App a(browser({"es-AR", "en"}));
    const auto fetches = a.all<effect::FetchLanguage>();
    REQUIRE(fetches.size() == 1);
    CHECK(fetches[0].url == "lang/es.json");
    CHECK_FALSE(a.state.kept.started);  // nothing is drawn in English meanwhile
    deliver(a, "es");
    CHECK(a.state.kept.started);
    CHECK(current_language(a.state) == "es");
    CHECK(a.session().locale == "es-AR");
    CHECK(std::string(ui::tr(ui::S::NavResults)) == "Resultados");
    CHECK(a.session().model->title.get(a.session().lang) == "Madurez de los servicios digitales");
    CHECK_FALSE(a.ui().error);
}

TEST_CASE("an English browser starts at once, with nothing to fetch") {
    App a(browser({"en-GB", "de"}));
    CHECK(a.all<effect::FetchLanguage>().empty());
    CHECK(a.state.kept.started);
    CHECK(current_language(a.state) == "en");
    CHECK(std::string(ui::tr(ui::S::NavResults)) == "Results");
}

TEST_CASE("switching language mid-assessment keeps every answer, the screen and the question") {
    App a(browser({"en-US"}));
    a.apply(intent::StartNew{});
    a.apply(intent::SetLevel{category(0), 2});
    a.apply(intent::SetTarget{category(0), 3});
    a.apply(intent::EditNote{category(0), "Our notes stay as written"});
    a.apply(intent::SetLevel{category(4), 1});
    a.apply(intent::SelectCategory{4});
    const Assessment before = a.assessment();
    const std::string id = a.ui().current_id;
    const std::size_t stored = stored_assessments();

    a.apply(intent::SetLanguage{"fr"});
    REQUIRE(a.all<effect::FetchLanguage>().size() == 1);
    CHECK(current_language(a.state) == "en");  // until the file is here
    deliver(a, "fr");
    CHECK(current_language(a.state) == "fr");
    CHECK(assessment_to_json(a.assessment()) == assessment_to_json(before));
    CHECK(a.ui().screen == Screen::Assess);
    CHECK(a.ui().category == 4);
    CHECK(a.ui().current_id == id);
    CHECK(stored_assessments() == stored);
    // The texts computed from the model are in French now.
    REQUIRE_FALSE(a.session().result.next_steps.empty());
    const Category& c = a.session().model->categories[a.session().model->category_index(a.session().result.next_steps[0].category)];
    CHECK(a.session().result.next_steps[0].text == c.next_steps[a.session().result.next_steps[0].from].get("fr"));
    CHECK(a.session().result.next_steps[0].text != c.next_steps[a.session().result.next_steps[0].from].get("en"));

    // Back to English, and to French again without a second fetch.
    a.apply(intent::SetLanguage{"en"});
    CHECK(std::string(ui::tr(ui::S::NavResults)) == "Results");
    a.apply(intent::SetLanguage{"fr"});
    CHECK(a.all<effect::FetchLanguage>().size() == 1);
    CHECK(std::string(ui::tr(ui::S::NavResults)) == "R\xC3\xA9sultats");
    CHECK(assessment_to_json(a.assessment()) == assessment_to_json(before));
}

TEST_CASE("the language picked is remembered over the browser's, and the address beats it") {
    {
        App first(browser({"en-US"}));
        first.apply(intent::SetLanguage{"et"});
        deliver(first, "et");
    }
    App again(browser({"en-US"}), false);
    const auto fetches = again.all<effect::FetchLanguage>();
    REQUIRE(fetches.size() == 1);
    CHECK(fetches[0].lang == "et");
    deliver(again, "et");
    CHECK(current_language(again.state) == "et");

    App asked(browser({"en-US"}, "es"), false);
    REQUIRE(asked.all<effect::FetchLanguage>().size() == 1);
    CHECK(asked.all<effect::FetchLanguage>()[0].lang == "es");
}

TEST_CASE("a language file that cannot be fetched or read leaves the page in English, saying so") {
    App a(browser({"es-AR"}));
    a.keep(on_language_fetched(a.state, "es", false, "", "the server answered 404"));
    CHECK(a.state.kept.started);
    CHECK(current_language(a.state) == "en");
    REQUIRE(a.ui().error);
    CHECK(a.ui().error->title == "The texts in Espa\xC3\xB1ol could not be loaded");
    CHECK(a.ui().error->text.find("404") != std::string::npos);

    App b(browser({"fr-CA"}));
    b.keep(on_language_fetched(b.state, "fr", true, R"({"format":"ladder-language","lang":"es"})", ""));
    CHECK(current_language(b.state) == "en");
    REQUIRE(b.ui().error);
    CHECK(b.ui().error->text.find("not a Ladder language file") != std::string::npos);
    // Asking again fetches again.
    b.apply(intent::SetLanguage{"fr"});
    CHECK(b.all<effect::FetchLanguage>().size() == 2);
}

TEST_CASE("a custom model without the language in use shows English per text, and Settings counts them") {
    App a(browser({"en-US"}));
    CHECK(untranslated_model_texts(a.state) == 0);
    a.file("model.json", read_file(std::string(LADDER_TEST_DATA) + "/mini-model.json"));
    a.apply(intent::SetLanguage{"es"});
    deliver(a, "es");
    const Model& m = *a.session().model;
    CHECK(m.title.get(a.session().lang) == "Modelo mini");  // the model's own Spanish
    CHECK(m.description.get(a.session().lang) == m.description.get("en"));  // none: English
    CHECK(untranslated_model_texts(a.state) > 0);
    // The built-in model is fully translated.
    a.apply(intent::UseDefaultModel{});
    CHECK(untranslated_model_texts(a.state) == 0);
    a.apply(intent::SetLanguage{"en"});
}

}  // namespace ladder::test

namespace ladder::test {

TEST_CASE("numbers on screen are written in the locale's style") {
    ui::set_locale(locale_for("es-AR"));
    CHECK(ui::number(1234.5, 1) == "1.234,5");
    CHECK(ui::number(2.5, 2) == "2,50");
    CHECK(ui::number(-0.25, 2, true) == "-0,25");
    CHECK(ui::number(0.5, 2, true) == "+0,50");
    CHECK(ui::number(1234567, 0) == "1.234.567");
    ui::set_locale(locale_for("fr-CA"));  // a no-break space between thousands
    CHECK(ui::number(1234.5, 1) == "1\xC2\xA0" "234,5");
    ui::set_locale(locale_for("es-MX"));
    CHECK(ui::number(1234.5, 1) == "1,234.5");
    CHECK(ui::number(999, 0) == "999");
    CHECK(ui::date("2026-11-29T10:00:00Z") == "29 de noviembre de 2026");
    ui::set_locale(locale_for("en"));
}

}  // namespace ladder::test
