// Numbers, percentages and dates as each locale writes them (core/locales.h).
#include <doctest/doctest.h>

#include "locales.h"

namespace ladder::test {

namespace {
const std::string kNbsp = "\xC2\xA0";
}

TEST_CASE("a tag gives its language, region and separators, unknown languages read as English") {
    const Locale ar = locale_for("es-AR");
    CHECK(ar.language == "es");
    CHECK(ar.region == "AR");
    CHECK(locale_for("es_ar").region == "AR");
    CHECK(locale_for("ES-419").region == "419");
    CHECK(locale_for("sr-Latn-RS").region == "RS");
    CHECK(locale_for("").language == "en");
    CHECK(locale_for("").tag == "en");
    CHECK(locale_for("de-DE").language == "en");
    CHECK(language_of("fr-CA") == "fr");
    CHECK(language_of("") == "en");
}

TEST_CASE("numbers: comma-decimal Spanish regions, dot-decimal ones, French and Estonian with no-break spaces") {
    CHECK(format_number(1234.5, locale_for("en")) == "1,234.5");
    CHECK(format_number(1234.5, locale_for("en-GB")) == "1,234.5");
    for (const char* tag : {"es-AR", "es-ES", "es-CL", "es-CO", "es-UY", "es-PY", "es-EC", "es-VE", "es-BO", "es-CR"}) {
        INFO(tag);
        CHECK(format_number(1234.5, locale_for(tag)) == "1.234,5");
    }
    for (const char* tag : {"es", "es-MX", "es-PE", "es-419", "es-US", "es-GT"}) {
        INFO(tag);
        CHECK(format_number(1234.5, locale_for(tag)) == "1,234.5");
    }
    CHECK(format_number(1234.5, locale_for("fr-CA")) == "1" + kNbsp + "234,5");
    CHECK(format_number(1234.5, locale_for("fr")) == "1" + kNbsp + "234,5");
    CHECK(format_number(1234.5, locale_for("et")) == "1" + kNbsp + "234,5");
    CHECK(format_number(1234.5, locale_for("et-EE")) == "1" + kNbsp + "234,5");
}

TEST_CASE("numbers: at most two decimals, no trailing zeros, groups from four digits, none for nothing") {
    const Locale fr = locale_for("fr-CA");
    CHECK(format_number(2.5, fr) == "2,5");
    CHECK(format_number(2.0, fr) == "2");
    CHECK(format_number(1.0 / 3.0, fr) == "0,33");
    CHECK(format_number(999.0, fr) == "999");
    CHECK(format_number(1234567.891, locale_for("en")) == "1,234,567.89");
    CHECK(format_number(-1234.5, locale_for("es-AR")) == "-1.234,5");
    CHECK(format_number(-0.001, locale_for("en")) == "0");
    CHECK(format_number(std::nullopt, fr).empty());
    CHECK(format_integer(1234, locale_for("es-AR")) == "1.234");
    CHECK(format_integer(123, locale_for("es-AR")) == "123");
    CHECK(format_integer(-1234567, locale_for("en")) == "-1,234,567");
    CHECK(format_integer(12345, locale_for("et")) == "12" + kNbsp + "345");
}

TEST_CASE("percent: French puts a no-break space before the sign, the others none") {
    CHECK(format_percent(40, locale_for("en-US")) == "40%");
    CHECK(format_percent(40, locale_for("es-AR")) == "40%");
    CHECK(format_percent(62.5, locale_for("es-AR")) == "62,5%");
    CHECK(format_percent(40, locale_for("et")) == "40%");
    CHECK(format_percent(40, locale_for("fr-CA")) == "40" + kNbsp + "%");
}

TEST_CASE("dates: each language's long form, a date that is not one comes back as it was") {
    CHECK(format_date("2026-11-29", locale_for("en")) == "November 29, 2026");
    CHECK(format_date("2026-11-29T10:00:00Z", locale_for("en-US")) == "November 29, 2026");
    CHECK(format_date("2026-11-29", locale_for("en-GB")) == "29 November 2026");
    CHECK(format_date("2026-11-29", locale_for("es-AR")) == "29 de noviembre de 2026");
    CHECK(format_date("2026-11-29", locale_for("es")) == "29 de noviembre de 2026");
    CHECK(format_date("2026-11-29", locale_for("fr-CA")) == "29 novembre 2026");
    CHECK(format_date("2026-11-01", locale_for("fr-CA")) == "1er novembre 2026");
    CHECK(format_date("2026-02-03", locale_for("fr")) == "3 f\xC3\xA9vrier 2026");
    CHECK(format_date("2026-11-29", locale_for("et-EE")) == "29. november 2026");
    CHECK(format_date("2026-03-05", locale_for("et")) == "5. m\xC3\xA4rts 2026");
    for (const char* bad : {"", "yesterday", "2026-13-01", "2026-02-30", "2026-11-2", "2026/11/29", "2026-11-29x"}) {
        INFO(bad);
        CHECK(format_date(bad, locale_for("fr-CA")) == bad);
    }
    CHECK(format_date("2024-02-29", locale_for("en")) == "February 29, 2024");
    CHECK(format_date("2025-02-29", locale_for("en")) == "2025-02-29");
}

}  // namespace ladder::test
