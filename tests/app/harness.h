// A fresh app on a fresh native platform for each test: empty in-memory storage, a clock and
// ids that move only when told. `App` drives it the way the page does (intents, files, the
// partner page) and keeps every effect the app asked for.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app.h"
#include "platform_native.h"

namespace ladder::test {

struct App {
    app::State state;
    app::Effects effects;  // everything asked for since the app started

    explicit App(const app::PageInfo& page = {}, bool reset_platform = true) {
        if (reset_platform) platform::native::reset();
        keep(app::init(state, page));
    }

    void apply(const app::Intent& intent) { keep(app::apply(state, intent)); }
    void file(const std::string& name, const std::string& text, bool too_big = false) {
        keep(app::on_file(state, name, text, too_big));
    }

    // The effects of one kind, in order.
    template <class E>
    std::vector<E> all() const {
        std::vector<E> out;
        for (const auto& e : effects) {
            if (const E* x = std::get_if<E>(&e)) out.push_back(*x);
        }
        return out;
    }

    const Session& session() const { return state.session; }
    const app::UiState& ui() const { return state.ui; }
    const Assessment& assessment() const { return state.session.assessment; }
    std::string toast() const { return state.ui.toast ? state.ui.toast->text : ""; }

    void keep(app::Effects more) {
        for (auto& e : more) effects.push_back(std::move(e));
    }
};

// The default model's category ids, in model order.
inline std::string category(std::size_t index) { return default_model().categories.at(index).id; }

// An assessment file of the default model: the given levels for the first categories.
inline std::string assessment_file(const std::string& team, const std::string& respondent, std::vector<int> levels,
                                   const std::string& note = "") {
    Assessment a = blank_assessment(default_model());
    a.team = team;
    a.respondent = respondent;
    a.created = a.updated = "2026-11-01T09:00:00Z";
    a.answers.clear();  // only the answers given, as a file from another tool may hold
    for (std::size_t i = 0; i < levels.size(); ++i) {
        Answer& answer = a.answers[category(i)];
        answer.level = levels[i];
        if (i == 0) answer.note = note;
    }
    return assessment_to_json(a).dump();
}

// The entries in storage whose keys start with `prefix`.
inline std::size_t stored_with_prefix(const std::string& prefix) {
    std::size_t n = 0;
    for (const auto& entry : platform::native::storage()) n += entry.first.rfind(prefix, 0) == 0;
    return n;
}

// The assessment entries in storage.
inline std::size_t stored_assessments() { return stored_with_prefix("ladder.v1.assessment."); }

}  // namespace ladder::test
