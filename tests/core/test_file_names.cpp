// The names of the files Ladder offers to save (core/file_names.*): slugs in plain ASCII, cut
// between words, and a name that tells whose file it is.
#include <doctest/doctest.h>

#include "file_names.h"

namespace ladder {
namespace {

Assessment named(const std::string& team, const std::string& respondent, const std::string& updated) {
    Assessment a;
    a.team = team;
    a.respondent = respondent;
    a.updated = updated;
    return a;
}

constexpr const char* kToday = "2026-11-29T10:00:00Z";

}  // namespace

TEST_CASE("a slug is lower-case ASCII with accented Latin letters written plainly") {
    CHECK(slug("Dirección") == "direccion");
    CHECK(slug("Tõnis") == "tonis");
    CHECK(slug("Ñandú") == "nandu");
    CHECK(slug("Cœur") == "coeur");
    CHECK(slug("Straße") == "strasse");
    CHECK(slug("Šiška Žužek") == "siska-zuzek");
    CHECK(slug("Øresund") == "oresund");
    CHECK(slug("Ærø") == "aero");
    CHECK(slug("Łódź") == "lodz");
    CHECK(slug("Ștefan Țurcanu") == "stefan-turcanu");
    CHECK(slug("ÀÉÎÕÜ àéîõü") == "aeiou-aeiou");
    // Accents typed as a letter followed by a combining mark stay with their letter.
    CHECK(slug("Direccio\xCC\x81n") == "direccion");
}

TEST_CASE("a slug turns everything else into single separators, never at the ends") {
    CHECK(slug("  Cabinet   Office -- Digital!  ") == "cabinet-office-digital");
    CHECK(slug("Unit 42 / R&D") == "unit-42-r-d");
    CHECK(slug("Team 東京 office") == "team-office");
    CHECK(slug("Отдел") == "");
    CHECK(slug("") == "");
    CHECK(slug("--- ... ---") == "");
}

TEST_CASE("broken UTF-8 is a separator, not a letter and not a crash") {
    CHECK(slug("ab\xFF" "cd") == "ab-cd");
    CHECK(slug("ab\xC3") == "ab");                 // a sequence cut short at the end
    CHECK(slug("ab\xC3(cd") == "ab-cd");           // a lead byte without its continuation
    CHECK(slug("a\xC0\xAF" "b") == "a-b");         // an overlong '/'
    CHECK(slug("a\xED\xA0\x80" "b") == "a-b");     // a surrogate
    CHECK(slug("a\xF4\x90\x80\x80" "b") == "a-b"); // past U+10FFFF
    CHECK(slug("\x80\x80 ok") == "ok");
}

TEST_CASE("a long slug is cut at a word boundary, never inside a word") {
    const std::string team = "Ministry of Digital Transformation and Public Administration Reform";
    const std::string cut = slug(team);
    CHECK(cut == "ministry-of-digital-transformation-and");
    CHECK(cut.size() <= kSlugLength);
    // A word that ends exactly at the limit is kept.
    CHECK(slug(std::string(35, 'a') + " bcde fgh") == std::string(35, 'a') + "-bcde");
    // Letters written as two (æ -> ae) count as two.
    CHECK(slug(std::string(38, 'a') + " æx") == std::string(38, 'a'));
    // A first word longer than the limit is the only name there is: kept whole, up to a hard limit.
    const std::string compound = "Bundesministeriumfuerdigitalesundstaatsmodernisierung";  // 53 letters
    CHECK(slug(compound + " Berlin") == "bundesministeriumfuerdigitalesundstaatsmodernisierung");
    CHECK(slug(std::string(100, 'x')) == std::string(kSlugWordLength, 'x'));
    // Very long text costs no more than a short one and gives the same cut.
    CHECK(slug(team + std::string(1000000, ' ') + "tail") == cut);
    CHECK(slug("one two three", 7) == "one-two");
}

TEST_CASE("the file date is the assessment's own date, else today's") {
    CHECK(file_date("2026-11-01T09:30:00Z", kToday) == "2026-11-01");
    CHECK(file_date("2026-11-01", kToday) == "2026-11-01");
    CHECK(file_date("", kToday) == "2026-11-29");
    CHECK(file_date("last Tuesday", kToday) == "2026-11-29");  // dates in files are not checked
    CHECK(file_date("", "") == "");
}

TEST_CASE("an assessment's file is named after its team, respondent and date") {
    CHECK(assessment_file_name(named("Dirección Digital", "Tõnis Ñandú", "2026-11-01T09:30:00Z"), kToday, "json") ==
          "ladder-direccion-digital-tonis-nandu-2026-11-01.json");
    CHECK(assessment_file_name(named("Cabinet Office", "", ""), kToday, "csv") == "ladder-cabinet-office-2026-11-29.csv");
    CHECK(assessment_file_name(named("", "Ana", ""), kToday, "html") == "ladder-ana-2026-11-29.html");
    CHECK(assessment_file_name(named("", "", ""), kToday, "json") == "ladder-2026-11-29.json");
    CHECK(assessment_file_name(named("???", "東京", ""), "", "json") == "ladder.json");
}

TEST_CASE("two members of one team get different file names") {
    const Assessment ana = named("Digital Unit", "Ana", "2026-11-01T09:00:00Z");
    const Assessment ben = named("Digital Unit", "Ben", "2026-11-01T09:00:00Z");
    CHECK(assessment_file_name(ana, kToday, "json") == "ladder-digital-unit-ana-2026-11-01.json");
    CHECK(assessment_file_name(ben, kToday, "json") == "ladder-digital-unit-ben-2026-11-01.json");
}

TEST_CASE("each part of a name is cut on its own") {
    const Assessment a = named("Ministry of Digital Transformation and Public Administration Reform",
                               "María José de los Ángeles Fernández-Castañeda", "2026-11-01");
    CHECK(assessment_file_name(a, kToday, "csv") ==
          "ladder-ministry-of-digital-transformation-and-maria-jose-de-los-angeles-fernandez-2026-11-01.csv");
}

TEST_CASE("a team exercise's file is ladder-team-<team>-<date>") {
    TeamExercise e;
    e.team = "Équipe Numérique";
    e.updated = "2026-11-02T10:00:00Z";
    CHECK(team_file_name(e, kToday, "json") == "ladder-team-equipe-numerique-2026-11-02.json");
    e.team.clear();
    e.updated.clear();
    CHECK(team_file_name(e, kToday, "html") == "ladder-team-2026-11-29.html");
}

}  // namespace ladder
