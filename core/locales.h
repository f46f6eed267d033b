// (Not "locale.h": core/ is on the include path, and that name would hide the C library's.)
// How numbers and dates are written for a reader, from a BCP-47 tag ("es-AR", "fr-CA", "et",
// "en-GB"). Only what Ladder's languages need, written out here rather than taken from the C
// library's locales (the web build has none, and iostreams' locale machinery is large).
//   en, en-*            1,234.5   40%     November 29, 2026 (en, en-US) / 29 November 2026
//   es-AR and the other comma-decimal Spanish regions (ES, CL, CO, UY, PY, EC, VE, BO, CR)
//                       1.234,5   40%     29 de noviembre de 2026
//   es, es-419, es-MX, es-PE and other Spanish regions
//                       1,234.5   40%     29 de noviembre de 2026
//   fr, fr-* (our French is Canadian)
//                       1 234,5   40 %    29 novembre 2026, 1er novembre 2026
//   et, et-*            1 234,5   40%     29. november 2026
// The spaces in French and Estonian are no-break spaces (U+00A0). Groups start at 4 digits.
// Any other language is written as English.
#pragma once

#include <optional>
#include <string>

namespace ladder {

struct Locale {
    std::string tag = "en";       // as given, or "en" when empty
    std::string language = "en";  // lowercase primary subtag: "es" for "es-AR"; "en" when unknown
    std::string region;           // uppercase region subtag ("AR", "419"), or empty
    std::string decimal = ".";
    std::string group = ",";
    std::string percent_space;    // between the number and "%": empty, or a no-break space
};

// A tag's locale. Separators may be '-' or '_' and case does not matter ("es_ar").
Locale locale_for(const std::string& tag);

// The language part of a tag: "es-AR" -> "es", "" -> "en". What model texts and messages are
// looked up by.
std::string language_of(const std::string& tag);

// A number for people: at most 2 decimals, no trailing zeros ("1,234.5", "1.234,5", "2");
// empty when there is none.
std::string format_number(const std::optional<double>& value, const Locale& locale);
std::string format_integer(long long value, const Locale& locale);
// A number with exactly `decimals` decimals, grouped as the locale writes it ("2,50", "1 234,5");
// `sign` writes + before a positive one (a change: "+0,25").
std::string format_fixed(double value, int decimals, const Locale& locale, bool sign = false);
// A percentage of 0..100, as format_number, with the sign as the locale writes it ("40 %").
std::string format_percent(double percent, const Locale& locale);
// A date for people from "2026-11-29" or a timestamp starting with it ("2026-11-29T10:00:00Z");
// anything else comes back unchanged.
std::string format_date(const std::string& iso, const Locale& locale);

}  // namespace ladder
