#include "language.h"

#include <algorithm>

#include "internal.h"
#include "locales.h"
#include "messages.h"

namespace ladder::app {
namespace {

constexpr const char* kFileFormat = "ladder-language";

const Json* find_file(const State& state, const std::string& lang) {
    for (const auto& [code, json] : state.kept.language_files) {
        if (code == lang) return &json;
    }
    return nullptr;
}

bool speaks(const std::string& lang) {
    const auto& all = interface_languages();
    return std::any_of(all.begin(), all.end(), [&](const LanguageName& l) { return lang == l.code; });
}

// The strings of one part of a language file ("interface", "messages") as id-text pairs.
std::vector<std::pair<std::string, std::string>> strings_of(const Json& file, const char* part) {
    std::vector<std::pair<std::string, std::string>> out;
    const auto it = file.find(part);
    if (it == file.end() || !it->is_object()) return out;
    for (const auto& [id, text] : it->items()) {
        if (text.is_string()) out.emplace_back(id, text.get<std::string>());
    }
    return out;
}

// Puts the page in `lang`, whose file (if any) is here: the interface strings, the built-in
// model's texts, the locale of numbers and dates; then everything computed from texts again.
// Not inlined into its callers: it holds the whole of scoring and planning once.
__attribute__((noinline)) void install(State& state, const std::string& lang) {
    const Json* file = find_file(state, lang);
    ui::set_language(lang, file ? strings_of(*file, "interface") : std::vector<std::pair<std::string, std::string>>{});
    Model& builtin = *state.kept.default_model;
    if (file && std::find(builtin.languages.begin(), builtin.languages.end(), lang) == builtin.languages.end()) {
        const auto models = file->find("models");
        if (models != file->end() && models->is_object()) {
            const auto texts = models->find(builtin.id);
            // A file with a gap is refused whole by the core; the model then shows in English.
            if (texts != models->end()) (void)add_model_translation(builtin, lang, *texts);
        }
    }
    // The core's words: reports, the agreement sentence, what the file checks find.
    if (file) {
        const auto messages = file->find("messages");
        if (messages != file->end()) (void)add_messages(lang, *messages);
    }
    set_message_language(lang);
    Session& s = state.session;
    s.lang = lang;
    s.locale = choose_locale(lang, state.page.lang, state.page.browser_languages);
    ui::set_locale(locale_for(s.locale));
    // Scores and plans hold texts (next steps, pitfalls): computed again in the new language.
    // Nothing the user wrote changes, so nothing needs saving because of it.
    const bool saved = state.kept.saved_revision == s.revision;
    rescore(s);
    if (saved) state.kept.saved_revision = s.revision;
    s.team_plan = plan_team(*s.model, s.team, s.lang);
    refresh_saved(state);
}

}  // namespace

const std::vector<LanguageName>& interface_languages() {
    static const std::vector<LanguageName> all = {
        {"en", "English"}, {"es", "Espa\xC3\xB1ol"}, {"fr", "Fran\xC3\xA7" "ais"}, {"et", "Eesti"}};
    return all;
}

const char* language_name(const std::string& code) {
    for (const auto& l : interface_languages()) {
        if (code == l.code) return l.name;
    }
    return "English";
}

std::string primary_language(const std::string& tag) { return tag.empty() ? "" : language_of(tag); }

std::string choose_language(const std::string& asked, const std::string& picked, const std::vector<std::string>& browser) {
    if (speaks(primary_language(asked))) return primary_language(asked);
    if (speaks(picked)) return picked;
    for (const auto& tag : browser) {
        if (speaks(primary_language(tag))) return primary_language(tag);
    }
    return "en";
}

std::string choose_locale(const std::string& lang, const std::string& asked, const std::vector<std::string>& browser) {
    const auto regional = [&](const std::string& tag) { return primary_language(tag) == lang && tag.size() > lang.size(); };
    if (regional(asked)) return asked;
    for (const auto& tag : browser) {
        if (regional(tag)) return tag;
    }
    return lang;
}

const std::string& current_language(const State& state) { return state.session.lang; }

void switch_language(State& state, const std::string& lang, Effects& effects) {
    if (!speaks(lang)) return;
    state.kept.language_wanted = lang;
    if (lang == "en" || find_file(state, lang)) {
        install(state, lang);
        return;
    }
    effects.push_back(effect::FetchLanguage{lang, "lang/" + lang + ".json"});
}

Effects on_language_fetched(State& state, const std::string& lang, bool ok, const std::string& text, const std::string& error) {
    Effects effects;
    std::string problem = error;
    if (ok) {
        auto json = parse_json(text);
        if (!json) problem = json.error().to_string();
        else if (!json.value().is_object() || string_member(json.value(), "format") != kFileFormat ||
                 string_member(json.value(), "lang") != lang) {
            problem = "not a Ladder language file for \"" + lang + "\"";
        } else if (!find_file(state, lang)) {
            state.kept.language_files.emplace_back(lang, std::move(json).value());
        }
    }
    const bool arrived = find_file(state, lang) != nullptr;
    if (arrived && state.kept.language_wanted == lang) install(state, lang);
    if (!state.kept.started) start(state, effects);
    if (!arrived) {
        // In the language the page stays in, naming the one that failed in its own words.
        state.ui.error = Message{fmt(S::LanguageFailedTitle, {{"language", language_name(lang)}}),
                                 std::string(tr(S::LanguageFailedText)) + "\n" + problem};
    }
    return effects;
}

int untranslated_model_texts(const State& state) {
    const std::string& lang = state.session.lang;
    if (lang == "en") return 0;
    int missing = 0;
    const auto count = [&](const LocalizedText& text) {
        const auto& entries = text.entries();
        missing += std::none_of(entries.begin(), entries.end(), [&](const auto& e) { return e.first == lang; });
    };
    for_each_text(*state.session.model, count);
    return missing;
}

}  // namespace ladder::app
