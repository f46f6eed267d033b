// The core's message catalogue (core/messages.h) and its translations (core/lang/messages.<lang>.json):
// every message in every language, with the English text's placeholders and plural form, in
// characters the page's font has, none left in English unless it is the same on purpose; and
// what the file checks, the reports and ladder-cli say in each language.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "assessment.h"
#include "cli.h"
#include "fixtures.h"
#include "messages.h"
#include "report.h"
#include "team.h"
#include "translation_checks.h"

using namespace ladder;

namespace {

Json translation(const std::string& lang) {
    const auto json = parse_json(default_messages_json(lang));
    REQUIRE_MESSAGE(json.ok(), lang << ": " << (json.ok() ? "" : json.error().to_string()));
    REQUIRE(json.value().is_object());
    return json.value();
}

// Messages that are the same as English on purpose: punctuation around a value, JSON
// literals, and words the language shares with English.
const std::map<std::string, std::set<std::string>> kSameAsEnglish = {
    {"es", {"report.label", "team_report.note", "team.same_name", "found.null", "found.true", "found.false"}},
    {"fr",
     {"report.dimensions", "report.col_dimension", "report.col_score", "report.col_note", "found.null", "found.true",
      "found.false", "team.same_name"}},
    {"et", {"report.label", "team_report.note", "team.same_name"}},
};

// Puts the file checks' language back to English when a test ends.
struct BackToEnglish {
    ~BackToEnglish() { set_message_language("en"); }
};

}  // namespace

TEST_CASE("messages: every message is translated into Spanish, French and Estonian, placeholders intact") {
    std::vector<std::string> ids, english;
    for (int i = 0; i < static_cast<int>(M::Count); ++i) {
        ids.push_back(message_id(static_cast<M>(i)));
        english.push_back(message_english(static_cast<M>(i)));
    }
    for (const char* lang : {"es", "fr", "et"}) {
        const Json table = translation(lang);
        test::check_translation(lang, table, ids, english, kSameAsEnglish.at(lang));
        CHECK(add_messages(lang, table).empty());  // installing the file refuses nothing
    }
}

TEST_CASE("messages: a text with other placeholders, another plural form or an unknown id is refused, English stands in") {
    const Json table = {{"report.answered_of", "{respondidas} de {total}"},
                        {"error.problems_found", "# problemas"},
                        {"report.next_steps", "Siguientes"},
                        {"report.col_note", 3},
                        {"no.such.message", "nada"}};
    const auto refused = add_messages("zz", table);
    // A value that is not text is refused as it is read, the others once checked, in file order.
    CHECK(refused == std::vector<std::string>{"report.col_note", "report.answered_of", "error.problems_found", "no.such.message"});
    CHECK(message(M::ReportNextSteps, "zz") == "Siguientes");
    CHECK(message(M::ReportNextSteps, "zz-AR") == "Siguientes");
    CHECK(message(M::ReportAnsweredOf, "zz", {{"answered", 2}, {"total", 3}}) == "2 of 3");
    CHECK(message(M::ReportColNote, "zz") == "Note");
    CHECK(message(M::ReportNextSteps, "yy") == "Next steps");  // never installed
    CHECK(message(M::ReportNextSteps, "") == "Next steps");
}

TEST_CASE("messages: counts take the language's plural rule") {
    install_default_messages("fr");
    install_default_messages("es");
    CHECK(message(M::ErrorProblemsFound, "en", {{"count", 0}}) == "0 problems found");
    CHECK(message(M::ErrorProblemsFound, "en", {{"count", 1}}) == "1 problem found");
    CHECK(message(M::ErrorProblemsFound, "fr-CA", {{"count", 0}}) == "0 probl\xC3\xA8me trouv\xC3\xA9");
    CHECK(message(M::ErrorProblemsFound, "fr-CA", {{"count", 2}}) == "2 probl\xC3\xA8mes trouv\xC3\xA9s");
    CHECK(message(M::ErrorProblemsFound, "es", {{"count", 0}}) == "se encontraron 0 problemas");
}

TEST_CASE("messages: the file checks speak the message language, the JSON pointer stays as it is") {
    const BackToEnglish restore;
    install_default_messages("et");
    Json broken = Json::parse(ladder::test::read_fixture("mini-assessment.json"));
    broken["answers"]["a1"]["level"] = 1.5;
    const auto english = read_assessment_json(broken, ladder::test::mini_model());
    REQUIRE_FALSE(english.ok());
    CHECK(english.error().to_string() ==
          "/answers/a1/level: expected a whole number from 0 to 3 or null, found the number 1.5");
    set_message_language("et-EE");
    CHECK(message_language() == "et");
    const auto estonian = read_assessment_json(broken, ladder::test::mini_model());
    REQUIRE_FALSE(estonian.ok());
    CHECK(estonian.error().location == "/answers/a1/level");
    CHECK(estonian.error().message == "oodati t\xC3\xA4isarvu 0 kuni 3 v\xC3\xB5i v\xC3\xA4\xC3\xA4rtust null, kuid leiti arv 1.5");
    broken["answers"]["a1"]["level"] = Json::array();
    CHECK(read_assessment_json(broken, ladder::test::mini_model()).error().message.find("leiti loend") != std::string::npos);
    const auto syntax = parse_json("{\"a\": tru}");
    REQUIRE_FALSE(syntax.ok());
    set_message_language("en");
    CHECK(syntax.error().location == parse_json("{\"a\": tru}").error().location);
    CHECK(parse_json("{\"a\": tru}").error().message.find("JSON syntax error") == 0);
    CHECK(syntax.error().message.find("JSON-i s\xC3\xBCntaksiviga") == 0);
    set_message_language("en");
    CHECK(read_assessment_json(broken, ladder::test::mini_model()).error().message.find("found a list") != std::string::npos);
}

TEST_CASE("messages: the agreement sentence follows its locale") {
    install_default_messages("es");
    install_default_messages("fr");
    CHECK(describe_agreement(Alpha{0.9, "", 10}) == "The team sees its situation much the same way.");
    CHECK(describe_agreement(Alpha{0.9, "", 10}, "es-AR") == "El equipo ve su situaci\xC3\xB3n de manera muy parecida.");
    CHECK(describe_agreement(Alpha{std::nullopt, "x", 0}, "fr-CA").find("L'accord ne peut pas encore") == 0);
    CHECK(describe_agreement(Alpha{std::nullopt, "x", 0}).find("fewer than two answers") != std::string::npos);
    CHECK(describe_agreement(Alpha{std::nullopt, "x", 8}).find("everyone gave the same answers") != std::string::npos);
}

TEST_CASE("reports: the French HTML report is French, with French numbers, and says so in <html lang>") {
    install_default_messages("fr");
    const Assessment a = ladder::test::mini_assessment(2, 3, 1, 2, -1);
    const std::string html = report_html(ladder::test::mini_model(), a, "fr-CA");
    CHECK(html.find("<html lang=\"fr\">") != std::string::npos);
    CHECK(html.find("<h2>Prochaines \xC3\xA9tapes</h2>") != std::string::npos);
    CHECK(html.find("<th>Cat\xC3\xA9gorie</th><th>Niveau</th><th>Cible</th>") != std::string::npos);
    CHECK(html.find("Stade global\xC2\xA0:") != std::string::npos);
    CHECK(html.find("<td>2,5</td>") != std::string::npos);  // dimension Alpha: (2 + 3) / 2
    CHECK(html.find("\xC2\xA0%") != std::string::npos);
    CHECK(html.find("Overall stage") == std::string::npos);
    CHECK(html.find("Next steps") == std::string::npos);
    // The English report is as before.
    const std::string english = report_html(ladder::test::mini_model(), a);
    CHECK(english.find("<html lang=\"en\">") != std::string::npos);
    CHECK(english.find("<td>2.5</td>") != std::string::npos);
}

TEST_CASE("reports: the Spanish Markdown report has Spanish headings, and its region's numbers and dates") {
    install_default_messages("es");
    Assessment a = ladder::test::mini_assessment(2, 3, 1, 2, -1);
    a.updated = "2026-11-29T10:00:00Z";
    const std::string md = report_markdown(ladder::test::mini_model(), a, "es-AR");
    for (const char* heading : {"## Dimensiones", "## Pr\xC3\xB3ximos pasos", "## Respuestas", "**Etapa general:**"}) {
        CHECK_MESSAGE(md.find(heading) != std::string::npos, heading);
    }
    CHECK(md.find("29 de noviembre de 2026") != std::string::npos);
    CHECK(md.find("| 2,5 |") != std::string::npos);
    CHECK(report_markdown(ladder::test::mini_model(), a, "es-MX").find("| 2.5 |") != std::string::npos);
    CHECK(md.find("## Next steps") == std::string::npos);
    // The CSV stays data: its column names and numbers do not change with the locale.
    const std::string csv = report_csv(ladder::test::mini_model(), a, "es-AR");
    CHECK(csv.find("dimension_id,dimension,category_id,category,level,dont_know,target,note\r\n") == kUtf8Bom.size());
}

TEST_CASE("cli: --lang with a locale tag gives that language's messages and leaves the process in English") {
    std::ostringstream out, err;
    const int code = run_cli({"score", "--lang", "et-EE", ladder::test::data_path("bad-level.json")}, out, err);
    CHECK(code == kExitInvalidInput);
    CHECK(err.str().find(": /answers/mandate/level: oodati t\xC3\xA4isarvu") != std::string::npos);
    CHECK(message_language() == "en");
    std::ostringstream out2, err2;
    CHECK(run_cli({"frobnicate", "--lang", "fr-CA"}, out2, err2) == kExitUsage);
    CHECK(err2.str().find("commande inconnue\xC2\xA0: \xC2\xAB\xC2\xA0" "frobnicate\xC2\xA0\xC2\xBB") != std::string::npos);
}
