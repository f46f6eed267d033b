// The default model's translations (core/models/lang/digital-services.<language>.json): the
// same stages, dimensions, categories and pitfalls as the model, by id, each with every text
// the model has (titles, questions, the four level descriptions, the three next steps, every
// piece of evidence, summaries), none empty and none left in English.
#include <doctest/doctest.h>

#include <algorithm>

#include <sstream>

#include "cli.h"
#include "fixtures.h"
#include "model.h"

using namespace ladder;

namespace {

void check_text(const Json& object, const char* key, const LocalizedText& english, const std::string& where) {
    INFO(where << "/" << key);
    REQUIRE(object.contains(key));
    REQUIRE(object[key].is_string());
    const std::string text = object[key].get<std::string>();
    CHECK_FALSE(text.empty());
    CHECK(text != english.get("en"));
}

void check_list(const Json& object, const char* key, const LocalizedText* english, std::size_t n, const std::string& where) {
    INFO(where << "/" << key);
    REQUIRE(object.contains(key));
    REQUIRE(object[key].is_array());
    REQUIRE(object[key].size() == n);
    for (std::size_t i = 0; i < n; ++i) {
        REQUIRE(object[key][i].is_string());
        CHECK_FALSE(object[key][i].get<std::string>().empty());
        CHECK(object[key][i].get<std::string>() != english[i].get("en"));
    }
}

}  // namespace

TEST_CASE("the default model is translated into Spanish, French and Estonian, every text of it") {
    const Model& m = default_model();
    for (const char* lang : {"es", "fr", "et"}) {
        INFO("language: " << lang);
        const auto parsed = parse_json(test::read_text(std::string(LADDER_MODEL_DIR) + "/lang/digital-services." + lang + ".json"));
        REQUIRE(parsed.ok());
        const Json& t = parsed.value();
        check_text(t, "title", m.title, "");
        check_text(t, "description", m.description, "");
        REQUIRE(t["stages"].size() == m.stages.size());
        for (const Stage& s : m.stages) {
            REQUIRE(t["stages"].contains(s.id));
            check_text(t["stages"][s.id], "title", s.title, "stages/" + s.id);
            check_text(t["stages"][s.id], "summary", s.summary, "stages/" + s.id);
        }
        REQUIRE(t["dimensions"].size() == m.dimensions.size());
        for (const Dimension& d : m.dimensions) {
            REQUIRE(t["dimensions"].contains(d.id));
            check_text(t["dimensions"][d.id], "title", d.title, "dimensions/" + d.id);
            check_text(t["dimensions"][d.id], "description", d.description, "dimensions/" + d.id);
        }
        REQUIRE(t["categories"].size() == m.categories.size());
        for (const Category& c : m.categories) {
            const std::string where = "categories/" + c.id;
            REQUIRE_MESSAGE(t["categories"].contains(c.id), where);
            const Json& tc = t["categories"][c.id];
            check_text(tc, "title", c.title, where);
            check_text(tc, "question", c.question, where);
            check_list(tc, "levels", c.levels.data(), c.levels.size(), where);
            check_list(tc, "next_steps", c.next_steps.data(), c.next_steps.size(), where);
            check_list(tc, "evidence", c.evidence.data(), c.evidence.size(), where);
        }
        REQUIRE(t["pitfalls"].size() == m.pitfalls.size());
        for (const Pitfall& p : m.pitfalls) {
            REQUIRE(t["pitfalls"].contains(p.id));
            check_text(t["pitfalls"][p.id], "title", p.title, "pitfalls/" + p.id);
            check_text(t["pitfalls"][p.id], "text", p.text, "pitfalls/" + p.id);
        }
    }
}

TEST_CASE("a translation file adds its language to the model's texts, and English stays") {
    Model m = default_model();
    const auto parsed = parse_json(test::read_text(std::string(LADDER_MODEL_DIR) + "/lang/digital-services.es.json"));
    REQUIRE(parsed.ok());
    const Json& es = parsed.value();
    const auto added = add_model_translation(m, "es", es);
    REQUIRE(added.ok());
    CHECK(std::find(m.languages.begin(), m.languages.end(), "es") != m.languages.end());
    const Category& c = m.categories.front();
    CHECK(c.title.get("es") == es["categories"][c.id]["title"].get<std::string>());
    CHECK(c.levels[3].get("es") == es["categories"][c.id]["levels"][3].get<std::string>());
    CHECK(c.evidence.back().get("es") == es["categories"][c.id]["evidence"].back().get<std::string>());
    CHECK(m.stages[2].title.get("es") == es["stages"][m.stages[2].id]["title"].get<std::string>());
    CHECK(m.pitfalls.front().text.get("es") == es["pitfalls"][m.pitfalls.front().id]["text"].get<std::string>());
    CHECK(c.title.get("en") == default_model().categories.front().title.get("en"));
    CHECK(m.title.get("fr") == m.title.get("en"));  // a language not added falls back to English
}

TEST_CASE("a translation with a gap is refused with the place of the gap, and the model is unchanged") {
    const auto parsed = parse_json(test::read_text(std::string(LADDER_MODEL_DIR) + "/lang/digital-services.fr.json"));
    REQUIRE(parsed.ok());
    const Model& original = default_model();
    const std::string id = original.categories[3].id;
    SUBCASE("a level description missing") {
        Json fr = parsed.value();
        fr["categories"][id]["levels"].erase(1);
        Model m = original;
        const auto added = add_model_translation(m, "fr", fr);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().location == "/categories/" + id + "/levels");
        CHECK(m.categories[0].title.get("fr") == original.categories[0].title.get("en"));
        CHECK(m.languages == original.languages);
    }
    SUBCASE("a category missing") {
        Json fr = parsed.value();
        fr["categories"].erase(id);
        Model m = original;
        CHECK(add_model_translation(m, "fr", fr).error().location == "/categories/" + id);
    }
    SUBCASE("an empty pitfall text") {
        Json fr = parsed.value();
        fr["pitfalls"][original.pitfalls[1].id]["text"] = "";
        Model m = original;
        CHECK(add_model_translation(m, "fr", fr).error().location == "/pitfalls/" + original.pitfalls[1].id + "/text");
    }
}

TEST_CASE("a translation with one text removed is reported with that text's pointer, and a complete one with none") {
    const Model& model = default_model();
    for (const char* lang : {"es", "fr", "et"}) {
        INFO(lang);
        const auto json = parse_json(default_model_translation_json(lang));
        REQUIRE(json.ok());
        CHECK(translation_gaps(model, json.value()).empty());
        Json broken = json.value();
        const Category& c = model.categories[3];
        broken["categories"][c.id].erase("question");
        broken["categories"][c.id]["levels"][2] = "";
        broken["pitfalls"].erase(model.pitfalls[0].id);
        const Errors gaps = translation_gaps(model, broken);
        REQUIRE(gaps.size() == 3);
        CHECK(gaps[0].location == "/categories/" + c.id + "/question");
        CHECK(gaps[0].message == "missing");
        CHECK(gaps[1].location == "/categories/" + c.id + "/levels/2");
        CHECK(gaps[2].location == "/pitfalls/" + model.pitfalls[0].id);
    }
}

TEST_CASE("cli: validate with no file checks the built-in model and its three translations") {
    std::ostringstream out, err;
    CHECK(run_cli({"validate"}, out, err) == kExitOk);
    CHECK(out.str() == "ok\n");
    CHECK(err.str().empty());
}
