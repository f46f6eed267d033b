// The interface language: which one a visit starts in, switching at any time, and fetching a
// language's texts when first needed. English is built in; every other language comes as one
// file, lang/<code>.json next to the page (inline in the offline single file), holding the
// interface strings, the core's messages and the built-in model's texts (docs/FORMATS.md).
#pragma once

#include <string>
#include <vector>

#include "effects.h"
#include "state.h"

namespace ladder::app {

// The languages the interface speaks, each named in itself (the same in every language, so
// these names are not in the string catalogue).
struct LanguageName {
    const char* code;  // "es"
    const char* name;  // "Español"
};
const std::vector<LanguageName>& interface_languages();
// A language's name in itself ("Español"); "English" for one the interface does not speak.
const char* language_name(const std::string& code);

// The primary language of a BCP 47 tag, lower case: "es-AR" -> "es", "FR_ca" -> "fr"; "" for "".
std::string primary_language(const std::string& tag);

// The language a visit starts in: the one asked for by the address (?lang=, an embed's
// data-lang) when the interface speaks it, else the one the user picked last time, else the
// first of the browser's languages the interface speaks (es-AR, es-MX, es-PE -> es; fr-CA ->
// fr; et-EE -> et), else English.
std::string choose_language(const std::string& asked, const std::string& picked, const std::vector<std::string>& browser);

// The locale for numbers and dates in `lang`: the address's tag or else the first browser tag
// of that language, when it names a region ("es-AR"); else the language itself.
std::string choose_locale(const std::string& lang, const std::string& asked, const std::vector<std::string>& browser);

// The page's language now: what the interface shows (the mirror's and <html lang>).
const std::string& current_language(const State& state);

// Switches the interface, the built-in model's texts and the reports to `lang`; fetches its
// file first when it is not here yet (the switch happens when it arrives). Answers, the open
// screen and everything stored are untouched.
void switch_language(State& state, const std::string& lang, Effects& effects);

// The answer to effect::FetchLanguage. A file that cannot be fetched or read leaves the page
// in the language it was in (English on first load), says so, and is asked for again on the
// next switch.
Effects on_language_fetched(State& state, const std::string& lang, bool ok, const std::string& text, const std::string& error);

// Texts of the model in use that have no version in the current language (they show in
// English); 0 for English and for a fully translated model.
int untranslated_model_texts(const State& state);

}  // namespace ladder::app
