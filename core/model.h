// The maturity model is data (its format is in docs/FORMATS.md): stages, dimensions with their
// categories, and pitfalls with conditions. load_model() checks a model document completely and reports every
// problem it finds, each with a JSON pointer, so an author can fix them all in one pass.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <map>
#include <vector>

#include "condition.h"
#include "json_input.h"
#include "result.h"
#include "text.h"

namespace ladder {

constexpr int kLevels = 4;  // levels 0..3, the same as the stages
// The biggest model Ladder reads: far above any real one (the default has 6 dimensions and 24
// categories), low enough that every screen and report of it stays quick.
constexpr std::size_t kMaxDimensions = 50;
constexpr std::size_t kMaxCategories = 1000;

struct Stage {
    std::string id;
    int level = 0;
    LocalizedText title, summary;
    std::vector<std::string> pitfalls;  // ids of pitfalls typical at this stage
};

struct Category {
    std::string id;
    LocalizedText title, question;
    std::array<LocalizedText, kLevels> levels;         // what each level 0..3 looks like
    std::array<LocalizedText, kLevels - 1> next_steps;  // moves from level i to i + 1
    std::vector<LocalizedText> evidence;
    std::size_t dimension = 0;  // index into Model::dimensions
};

struct Dimension {
    std::string id;
    LocalizedText title, description;
    double weight = 1.0;
    std::vector<std::size_t> categories;  // indices into Model::categories, in model order
};

struct Pitfall {
    std::string id;
    LocalizedText title, text;
    Condition when;
};

// The newest model file format version this Ladder reads (a model file's "version").
constexpr int kModelFileVersion = 1;

struct Model {
    std::string id, model_version;
    LocalizedText title, description;
    std::vector<std::string> languages;
    std::array<Stage, kLevels> stages;
    std::vector<Dimension> dimensions;
    std::vector<Category> categories;  // all categories, flattened in model order
    std::vector<Pitfall> pitfalls;

    // Index lookups; -1 when the id is unknown.
    int dimension_index(const std::string& id) const;
    int category_index(const std::string& id) const;

    std::map<std::string, std::size_t> dimension_ids, category_ids;
};

// Calls visit(const LocalizedText&) with every text of the model a person reads, in model order:
// its title and description, each stage's, dimension's, category's (title, question, levels,
// next steps, evidence) and pitfall's.
template <class Visit>
void for_each_text(const Model& model, Visit&& visit) {
    visit(model.title);
    visit(model.description);
    for (const auto& s : model.stages) {
        visit(s.title);
        visit(s.summary);
    }
    for (const auto& d : model.dimensions) {
        visit(d.title);
        visit(d.description);
    }
    for (const auto& c : model.categories) {
        visit(c.title);
        visit(c.question);
        for (const auto& text : c.levels) visit(text);
        for (const auto& text : c.next_steps) visit(text);
        for (const auto& text : c.evidence) visit(text);
    }
    for (const auto& p : model.pitfalls) {
        visit(p.title);
        visit(p.text);
    }
}

Result<Model> load_model(std::string_view json_text);
Result<Model> load_model_json(const Json& json);

// Adds `lang` to the model's texts from a translation keyed by the model's ids (the layout of
// core/models/lang/*.json, docs/FORMATS.md). Every text must be there; otherwise the first gap
// is returned as an error (with its JSON pointer) and the model is left as it was.
Result<bool> add_model_translation(Model& model, const std::string& lang, const Json& translation);
// Every text of the model that a translation lacks (or has empty, or of the wrong type), each
// with its JSON pointer in the translation's layout; empty when it is complete. What
// `ladder-cli validate` reports for the built-in model's translations.
Errors translation_gaps(const Model& model, const Json& translation);

// The default model (core/models/digital-services.json), compiled into every binary.
std::string_view default_model_json();
const Model& default_model();
// The default model's texts in `lang` (core/models/lang/), or empty for a language it has none in.
std::string_view default_model_translation_json(const std::string& lang);

// An example assessment of the default model, for "see an example" and for the tests.
std::string_view example_assessment_json();

}  // namespace ladder
