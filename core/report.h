// Reports a respondent can take away: CSV for spreadsheets (RFC 4180, UTF-8 with a byte-order
// mark), Markdown for wikis and e-mail, and a self-contained printable HTML page (no external
// resources at all).
// Every piece of user text is escaped for the format it lands in.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "assessment.h"
#include "model.h"
#include "scoring.h"

namespace ladder {

enum class ReportFormat { Csv, Markdown, Html };

// Every CSV Ladder writes starts with the UTF-8 byte-order mark: without it Excel reads the file
// in the machine's legacy code page and "Dirección" comes out as "DirecciÃ³n".
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// `locale` is a BCP-47 tag ("es-AR", "fr-CA", "en"): the report's words (core/messages.h) and
// the model's texts are in its language, numbers, percentages and dates as it writes them
// (core/locales.h). The CSV's column names and its level and target columns stay the same in
// every language: they are data for spreadsheets.
std::string report(ReportFormat format, const Model& model, const Assessment& assessment, const std::string& locale = "en");

std::string report_csv(const Model& model, const Assessment& assessment, const std::string& locale = "en");
std::string report_markdown(const Model& model, const Assessment& assessment, const std::string& locale = "en");
std::string report_html(const Model& model, const Assessment& assessment, const std::string& locale = "en");

// A score or level as data, for JSON and CSV columns: at most 2 decimals, no trailing zeros
// ("2", "1.5", "1.33"), always with a dot; empty when there is none. For people, use the
// locale's format_number (locales.h).
std::string format_number(const std::optional<double>& value);

// A string builder with << for text and whole numbers, for the reports. Not std::ostringstream:
// iostreams bring the whole locale machinery into the wasm (about 30 KB compressed).
class TextOut {
public:
    TextOut& operator<<(std::string_view text) {
        text_ += text;
        return *this;
    }
    TextOut& operator<<(char c) {
        text_ += c;
        return *this;
    }
    template <class Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, char> && !std::is_same_v<Int, bool>, int> = 0>
    TextOut& operator<<(Int number) {
        text_ += std::to_string(number);
        return *this;
    }
    const std::string& str() const { return text_; }

private:
    std::string text_;
};

// Escaping, exposed for the tests and for other reports.
std::string csv_field(const std::string& text);       // quotes when needed, doubles inner quotes
std::string html_escape(const std::string& text);     // & < > " '
std::string markdown_escape(const std::string& text);  // backslash-escapes Markdown punctuation

}  // namespace ladder
