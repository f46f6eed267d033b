#include "locales.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace ladder {
namespace {

constexpr const char* kNoBreakSpace = "\xC2\xA0";  // U+00A0

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string upper(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

// The Spanish-speaking regions that write 1.234,5; the others (Mexico, Peru, Central America
// but Costa Rica, the Caribbean, the United States, "419") write 1,234.5.
bool spanish_comma_decimal(const std::string& region) {
    for (const char* r : {"ES", "AR", "CL", "CO", "UY", "PY", "EC", "VE", "BO", "CR"}) {
        if (region == r) return true;
    }
    return false;
}

// "1234567" -> "1,234,567" with the given group separator, from 4 digits on.
std::string grouped(const std::string& digits, const std::string& group) {
    if (digits.size() < 4) return digits;
    std::string out;
    const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out += digits.substr(0, first);
    for (std::size_t i = first; i < digits.size(); i += 3) out += group + digits.substr(i, 3);
    return out;
}

bool digits_at(const std::string& text, std::size_t at, std::size_t count) {
    if (text.size() < at + count) return false;
    for (std::size_t i = at; i < at + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
}

int number_at(const std::string& text, std::size_t at, std::size_t count) {
    int n = 0;
    for (std::size_t i = at; i < at + count; ++i) n = n * 10 + (text[i] - '0');
    return n;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

constexpr const char* kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kMonthsEs[] = {"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
                                     "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
constexpr const char* kMonthsFr[] = {"janvier", "f\xC3\xA9vrier", "mars",      "avril",   "mai",      "juin",
                                     "juillet", "ao\xC3\xBBt",    "septembre", "octobre", "novembre", "d\xC3\xA9" "cembre"};
constexpr const char* kMonthsEt[] = {"jaanuar", "veebruar", "m\xC3\xA4rts", "aprill",   "mai",      "juuni",
                                     "juuli",   "august",   "september",    "oktoober", "november", "detsember"};

}  // namespace

std::string language_of(const std::string& tag) {
    std::string language = lower(tag.substr(0, tag.find_first_of("-_")));
    return language.empty() ? "en" : language;
}

Locale locale_for(const std::string& tag) {
    Locale locale;
    locale.tag = tag.empty() ? "en" : tag;
    locale.language = language_of(tag);
    const std::size_t dash = tag.find_first_of("-_");
    if (dash != std::string::npos) {
        const std::size_t end = tag.find_first_of("-_", dash + 1);
        const std::string second = tag.substr(dash + 1, end == std::string::npos ? std::string::npos : end - dash - 1);
        // A script subtag ("Latn") has four letters; the region is 2 letters or 3 digits after it.
        if (second.size() == 4 && end != std::string::npos) {
            const std::size_t next = tag.find_first_of("-_", end + 1);
            locale.region = upper(tag.substr(end + 1, next == std::string::npos ? std::string::npos : next - end - 1));
        } else if (second.size() == 2 || second.size() == 3) {
            locale.region = upper(second);
        }
    }
    if (locale.language == "es") {
        if (spanish_comma_decimal(locale.region)) {
            locale.decimal = ",";
            locale.group = ".";
        }
    } else if (locale.language == "fr") {
        locale.decimal = ",";
        locale.group = kNoBreakSpace;
        locale.percent_space = kNoBreakSpace;
    } else if (locale.language == "et") {
        locale.decimal = ",";
        locale.group = kNoBreakSpace;
    } else if (locale.language != "en") {
        // A language Ladder is not written in: numbers and dates as in English.
        locale.language = "en";
    }
    return locale;
}

std::string format_fixed(double value, int decimals, const Locale& locale, bool sign) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, sign ? "%+.*f" : "%.*f", decimals, value);
    const std::string plain = buffer;
    const std::size_t digits_from = plain[0] == '-' || plain[0] == '+' ? 1 : 0;
    const std::size_t point = std::min(plain.find('.'), plain.size());
    std::string out = plain.substr(0, digits_from) + grouped(plain.substr(digits_from, point - digits_from), locale.group);
    if (point < plain.size()) out += locale.decimal + plain.substr(point + 1);
    return out;
}

std::string format_number(const std::optional<double>& value, const Locale& locale) {
    if (!value || !std::isfinite(*value)) return "";
    const double rounded = std::round(*value * 100.0) / 100.0;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.2f", std::fabs(rounded));
    std::string text = buffer;
    const std::size_t point = text.find('.');
    std::string whole = text.substr(0, point), fraction = text.substr(point + 1);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();  // 1.50 -> 1.5, 2.00 -> 2
    std::string out = rounded < 0 && (whole != "0" || !fraction.empty()) ? "-" : "";
    out += grouped(whole, locale.group);
    if (!fraction.empty()) out += locale.decimal + fraction;
    return out;
}

std::string format_integer(long long value, const Locale& locale) {
    const auto magnitude = static_cast<unsigned long long>(value);
    const std::string digits = std::to_string(value < 0 ? 0ULL - magnitude : magnitude);
    return (value < 0 ? "-" : "") + grouped(digits, locale.group);
}

std::string format_percent(double percent, const Locale& locale) {
    return format_number(percent, locale) + locale.percent_space + "%";
}

std::string format_date(const std::string& iso, const Locale& locale) {
    // YYYY-MM-DD, alone or followed by a time ("T...").
    if (!digits_at(iso, 0, 4) || iso.size() < 10 || iso[4] != '-' || !digits_at(iso, 5, 2) || iso[7] != '-' ||
        !digits_at(iso, 8, 2) || (iso.size() > 10 && iso[10] != 'T' && iso[10] != 't' && iso[10] != ' ')) {
        return iso;
    }
    const int year = number_at(iso, 0, 4), month = number_at(iso, 5, 2), day = number_at(iso, 8, 2);
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] + (month == 2 && leap(year) ? 1 : 0)) return iso;
    const std::string y = iso.substr(0, 4), d = std::to_string(day);
    const int m = month - 1;
    if (locale.language == "es") return d + " de " + kMonthsEs[m] + " de " + y;
    if (locale.language == "fr") return (day == 1 ? std::string("1er") : d) + " " + kMonthsFr[m] + " " + y;
    if (locale.language == "et") return d + ". " + kMonthsEt[m] + " " + y;
    // English: the United States (and a bare "en") put the month first; elsewhere the day.
    if (locale.region.empty() || locale.region == "US") return std::string(kMonthsEn[m]) + " " + d + ", " + y;
    return d + " " + kMonthsEn[m] + " " + y;
}

}  // namespace ladder
