// A model's texts in one more language, from a file keyed by the model's own ids
// (core/models/lang/digital-services.<lang>.json; the layout is in docs/FORMATS.md). Every text
// the model has must be there: a translation with a gap is refused as a whole, with the JSON
// pointer of the first gap, and the model stays as it was.
#include "model.h"

#include <algorithm>

#include "messages.h"

namespace ladder {
namespace {

// Reads the text at `key` of `object` (a non-empty string) into `out`; false with an error if not.
bool text_at(const Json& object, const std::string& key, const std::string& where, std::string& out, Errors& errors) {
    const auto it = object.find(key);
    if (it == object.end()) {
        errors.push_back({where + "/" + key, message(M::ErrorMissing)});
        return false;
    }
    if (!it->is_string() || it->get<std::string>().empty()) {
        errors.push_back({where + "/" + key, expected_found(M::ExpectedANonEmptyText, *it)});
        return false;
    }
    out = it->get<std::string>();
    return true;
}

const Json* object_at(const Json& parent, const std::string& key, const std::string& where, Errors& errors) {
    const auto it = parent.find(key);
    if (it == parent.end() || !it->is_object()) {
        errors.push_back({where + "/" + key, it == parent.end() ? message(M::ErrorMissing) : expected_found(M::ExpectedObject, *it)});
        return nullptr;
    }
    return &*it;
}

struct Translator {
    const std::string& lang;
    Errors errors;

    bool text(const Json& object, const char* key, const std::string& where, LocalizedText& into) {
        std::string value;
        if (!text_at(object, key, where, value, errors)) return false;
        into.set(lang, std::move(value));
        return true;
    }

    template <class Texts>
    bool list(const Json& object, const char* key, const std::string& where, Texts& into) {
        const auto it = object.find(key);
        if (it == object.end() || !it->is_array() || it->size() != into.size()) {
            errors.push_back({where + "/" + key, message(M::ErrorTextList, {{"count", into.size()}})});
            return false;
        }
        for (std::size_t i = 0; i < into.size(); ++i) {
            const Json& item = (*it)[i];
            if (!item.is_string() || item.get<std::string>().empty()) {
                errors.push_back({where + "/" + key + "/" + std::to_string(i), message(M::ErrorExpected, {{"expected", message(M::ExpectedANonEmptyText)}})});
                return false;
            }
            into[i].set(lang, item.get<std::string>());
        }
        return true;
    }
};

}  // namespace

Result<bool> add_model_translation(Model& model, const std::string& lang, const Json& json) {
    if (!json.is_object()) return Error{"", expected_found(M::ExpectedObject, json)};
    Model copy = model;
    Translator t{lang, {}};
    const bool top = t.text(json, "title", "", copy.title) && t.text(json, "description", "", copy.description);
    const Json* stages = top ? object_at(json, "stages", "", t.errors) : nullptr;
    for (std::size_t i = 0; stages && i < copy.stages.size() && t.errors.empty(); ++i) {
        Stage& s = copy.stages[i];
        const std::string where = "/stages/" + s.id;
        if (const Json* o = object_at(*stages, s.id, "/stages", t.errors)) t.text(*o, "title", where, s.title) && t.text(*o, "summary", where, s.summary);
    }
    const Json* dimensions = t.errors.empty() ? object_at(json, "dimensions", "", t.errors) : nullptr;
    for (std::size_t i = 0; dimensions && i < copy.dimensions.size() && t.errors.empty(); ++i) {
        Dimension& d = copy.dimensions[i];
        const std::string where = "/dimensions/" + d.id;
        if (const Json* o = object_at(*dimensions, d.id, "/dimensions", t.errors)) {
            t.text(*o, "title", where, d.title) && t.text(*o, "description", where, d.description);
        }
    }
    const Json* categories = t.errors.empty() ? object_at(json, "categories", "", t.errors) : nullptr;
    for (std::size_t i = 0; categories && i < copy.categories.size() && t.errors.empty(); ++i) {
        Category& c = copy.categories[i];
        const std::string where = "/categories/" + c.id;
        if (const Json* o = object_at(*categories, c.id, "/categories", t.errors)) {
            t.text(*o, "title", where, c.title) && t.text(*o, "question", where, c.question) &&
                t.list(*o, "levels", where, c.levels) && t.list(*o, "next_steps", where, c.next_steps) &&
                t.list(*o, "evidence", where, c.evidence);
        }
    }
    const Json* pitfalls = t.errors.empty() ? object_at(json, "pitfalls", "", t.errors) : nullptr;
    for (std::size_t i = 0; pitfalls && i < copy.pitfalls.size() && t.errors.empty(); ++i) {
        Pitfall& p = copy.pitfalls[i];
        const std::string where = "/pitfalls/" + p.id;
        if (const Json* o = object_at(*pitfalls, p.id, "/pitfalls", t.errors)) t.text(*o, "title", where, p.title) && t.text(*o, "text", where, p.text);
    }
    if (!t.errors.empty()) return Errors{t.errors.front()};
    if (std::find(copy.languages.begin(), copy.languages.end(), lang) == copy.languages.end()) copy.languages.push_back(lang);
    model = std::move(copy);
    return true;
}

namespace {

// Walks a translation beside the model, noting every text it lacks (not only the first).
struct GapFinder {
    Errors gaps;

    const Json* object(const Json* parent, const std::string& key, const std::string& where) {
        if (!parent) return nullptr;
        const auto it = parent->find(key);
        if (it == parent->end()) {
            gaps.push_back({where + "/" + key, message(M::ErrorMissing)});
            return nullptr;
        }
        if (!it->is_object()) {
            gaps.push_back({where + "/" + key, expected_found(M::ExpectedObject, *it)});
            return nullptr;
        }
        return &*it;
    }

    void text(const Json* parent, const std::string& key, const std::string& where) {
        if (!parent) return;
        const auto it = parent->find(key);
        if (it == parent->end()) gaps.push_back({where + "/" + key, message(M::ErrorMissing)});
        else if (!it->is_string() || it->get_ref<const std::string&>().empty())
            gaps.push_back({where + "/" + key, expected_found(M::ExpectedANonEmptyText, *it)});
    }

    void list(const Json* parent, const std::string& key, const std::string& where, std::size_t size) {
        if (!parent) return;
        const auto it = parent->find(key);
        if (it == parent->end()) {
            gaps.push_back({where + "/" + key, message(M::ErrorMissing)});
            return;
        }
        if (!it->is_array()) {
            gaps.push_back({where + "/" + key, message(M::ErrorTextList, {{"count", size}})});
            return;
        }
        for (std::size_t i = 0; i < size; ++i) {
            const std::string p = where + "/" + key + "/" + std::to_string(i);
            if (i >= it->size()) gaps.push_back({p, message(M::ErrorMissing)});
            else if (!(*it)[i].is_string() || (*it)[i].get_ref<const std::string&>().empty())
                gaps.push_back({p, expected_found(M::ExpectedANonEmptyText, (*it)[i])});
        }
        if (it->size() > size) gaps.push_back({where + "/" + key, message(M::ErrorTextList, {{"count", size}})});
    }
};

}  // namespace

Errors translation_gaps(const Model& model, const Json& json) {
    if (!json.is_object()) return {Error{"", expected_found(M::ExpectedObject, json)}};
    GapFinder g;
    g.text(&json, "title", "");
    g.text(&json, "description", "");
    const Json* stages = g.object(&json, "stages", "");
    for (const Stage& s : model.stages) {
        const Json* o = g.object(stages, s.id, "/stages");
        g.text(o, "title", "/stages/" + s.id);
        g.text(o, "summary", "/stages/" + s.id);
    }
    const Json* dimensions = g.object(&json, "dimensions", "");
    for (const Dimension& d : model.dimensions) {
        const Json* o = g.object(dimensions, d.id, "/dimensions");
        g.text(o, "title", "/dimensions/" + d.id);
        g.text(o, "description", "/dimensions/" + d.id);
    }
    const Json* categories = g.object(&json, "categories", "");
    for (const Category& c : model.categories) {
        const std::string where = "/categories/" + c.id;
        const Json* o = g.object(categories, c.id, "/categories");
        g.text(o, "title", where);
        g.text(o, "question", where);
        g.list(o, "levels", where, c.levels.size());
        g.list(o, "next_steps", where, c.next_steps.size());
        g.list(o, "evidence", where, c.evidence.size());
    }
    const Json* pitfalls = g.object(&json, "pitfalls", "");
    for (const Pitfall& p : model.pitfalls) {
        const Json* o = g.object(pitfalls, p.id, "/pitfalls");
        g.text(o, "title", "/pitfalls/" + p.id);
        g.text(o, "text", "/pitfalls/" + p.id);
    }
    return g.gaps;
}

}  // namespace ladder
