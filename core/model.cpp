#include "model.h"

#include <set>

#include "messages.h"

namespace ladder {
namespace {

bool is_valid_id(const std::string& id) {
    // lowercase kebab-case: ^[a-z0-9]+(-[a-z0-9]+)*$
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    char previous = 0;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
        if (!ok) return false;
        previous = c;
    }
    return true;
}

bool is_language_code(const std::string& code) {
    // "en", "es", "pt-BR": two or three lowercase letters, optionally a region or script.
    std::size_t letters = 0;
    while (letters < code.size() && code[letters] >= 'a' && code[letters] <= 'z') ++letters;
    if (letters < 2 || letters > 3) return false;
    if (letters == code.size()) return true;
    if (code[letters] != '-' || letters + 1 == code.size()) return false;
    for (std::size_t i = letters + 1; i < code.size(); ++i) {
        const char c = code[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    }
    return true;
}

// Reads one model document, collecting problems instead of stopping at the first.
class ModelReader {
public:
    Errors problems;

    void problem(const std::string& pointer, std::string message) { problems.push_back({pointer, std::move(message)}); }

    // Returns the member if present; records a problem if it is missing and required.
    const Json* member(const Json& object, const char* key, const std::string& pointer, bool required = true) {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required) problem(pointer, message(M::ErrorMissingMember, {{"key", key}}));
            return nullptr;
        }
        return &*it;
    }

    const Json* object_member(const Json& object, const char* key, const std::string& pointer, bool required = true) {
        const Json* value = member(object, key, pointer, required);
        if (value && !value->is_object()) {
            problem(pointer_append(pointer, key), expected_found(M::ExpectedObject, *value));
            return nullptr;
        }
        return value;
    }

    const Json* array_member(const Json& object, const char* key, const std::string& pointer, bool required = true) {
        const Json* value = member(object, key, pointer, required);
        if (value && !value->is_array()) {
            problem(pointer_append(pointer, key), expected_found(M::ExpectedList, *value));
            return nullptr;
        }
        return value;
    }

    std::string string_member(const Json& object, const char* key, const std::string& pointer) {
        const Json* value = member(object, key, pointer);
        if (!value) return {};
        if (!value->is_string() || value->get_ref<const std::string&>().empty()) {
            problem(pointer_append(pointer, key), expected_found(M::ExpectedNonEmptyText, *value));
            return {};
        }
        return value->get<std::string>();
    }

    std::string id_member(const Json& object, const std::string& pointer) {
        std::string id = string_member(object, "id", pointer);
        if (!id.empty() && !is_valid_id(id)) {
            problem(pointer_append(pointer, "id"), message(M::ErrorInvalidId, {{"id", id}}));
        }
        return id;
    }

    LocalizedText text(const Json& value, const std::string& pointer) {
        LocalizedText out;
        if (value.is_string()) {
            if (value.get_ref<const std::string&>().empty()) problem(pointer, message(M::ErrorEmptyText));
            out.set("", value.get<std::string>());
        } else if (value.is_object() && !value.empty()) {
            for (const auto& [lang, translation] : value.items()) {
                const std::string p = pointer_append(pointer, lang);
                if (!is_language_code(lang)) problem(p, message(M::ErrorNotLanguageCode, {{"code", lang}}));
                if (!translation.is_string() || translation.get_ref<const std::string&>().empty()) {
                    problem(p, expected_found(M::ExpectedNonEmptyText, translation));
                    continue;
                }
                out.set(lang, translation.get<std::string>());
            }
        } else {
            problem(pointer, expected_found(M::ExpectedLocalizedText, value));
        }
        return out;
    }

    LocalizedText text_member(const Json& object, const char* key, const std::string& pointer, bool required = true) {
        const Json* value = member(object, key, pointer, required);
        return value ? text(*value, pointer_append(pointer, key)) : LocalizedText{};
    }

    template <std::size_t N>
    void text_array(const Json& object, const char* key, const std::string& pointer, std::array<LocalizedText, N>& out,
                    M count_problem) {
        const Json* list = array_member(object, key, pointer);
        if (!list) return;
        const std::string p = pointer_append(pointer, key);
        if (list->size() != N) {
            problem(p, message(count_problem, {{"count", list->size()}}));
        }
        for (std::size_t i = 0; i < list->size() && i < N; ++i) out[i] = text((*list)[i], pointer_append(p, i));
    }
};

void read_header(ModelReader& r, const Json& json, Model& model) {
    if (const Json* format = r.member(json, "format", "")) {
        if (*format != "ladder-model") r.problem("/format", expected_found(M::ExpectedModelFormat, *format));
    }
    if (const Json* version = r.member(json, "version", "")) {
        if (!version->is_number_integer()) {
            r.problem("/version", expected_found(M::ExpectedWholeNumber1, *version));
        } else if (*version > kModelFileVersion) {
            r.problem("/version", message(M::ErrorNewerModel, {{"version", dump_json(*version)}, {"max", kModelFileVersion}}));
        } else if (*version < 1) {
            // 0 or -1 is no version of Ladder, newer or older (as for assessment files).
            r.problem("/version", expected_found(M::ExpectedWholeNumber1, *version));
        }
    }
    model.id = r.id_member(json, "");
    model.model_version = r.string_member(json, "model_version", "");
    model.title = r.text_member(json, "title", "");
    model.description = r.text_member(json, "description", "");
    if (const Json* languages = r.array_member(json, "languages", "")) {
        for (std::size_t i = 0; i < languages->size(); ++i) {
            const Json& lang = (*languages)[i];
            if (!lang.is_string() || !is_language_code(lang.get<std::string>())) {
                r.problem(pointer_append("/languages", i), expected_found(M::ExpectedLanguageCode, lang));
            } else {
                model.languages.push_back(lang.get<std::string>());
            }
        }
    }
    if (model.languages.empty()) model.languages.push_back("en");
}

// The ladder's rungs are fixed so that results from different models stay comparable.
constexpr const char* kStageIds[kLevels] = {"not-started", "starting", "scaling", "platform"};

void read_stages(ModelReader& r, const Json& json, Model& model) {
    const Json* stages = r.array_member(json, "stages", "");
    if (!stages) return;
    if (stages->size() != kLevels) {
        r.problem("/stages", message(M::ErrorStageCount, {{"count", stages->size()}}));
    }
    std::array<bool, kLevels> seen{};
    for (std::size_t i = 0; i < stages->size(); ++i) {
        const Json& s = (*stages)[i];
        const std::string p = pointer_append("/stages", i);
        if (!s.is_object()) {
            r.problem(p, expected_found(M::ExpectedObject, s));
            continue;
        }
        Stage stage;
        stage.id = r.id_member(s, p);
        stage.title = r.text_member(s, "title", p);
        stage.summary = r.text_member(s, "summary", p);
        if (const Json* pitfalls = r.array_member(s, "pitfalls", p)) {
            for (std::size_t k = 0; k < pitfalls->size(); ++k) {
                const Json& id = (*pitfalls)[k];
                if (id.is_string()) stage.pitfalls.push_back(id.get<std::string>());
                else r.problem(pointer_append(pointer_append(p, "pitfalls"), k), expected_found(M::ExpectedPitfallId, id));
            }
        }
        const Json* level = r.member(s, "level", p);
        if (!level) continue;
        if (!level->is_number_integer() || *level < 0 || *level >= kLevels) {
            r.problem(pointer_append(p, "level"), expected_found(M::ExpectedLevel, *level));
            continue;
        }
        const int l = level->get<int>();
        if (seen[l]) {
            r.problem(pointer_append(p, "level"), message(M::ErrorLevelTwice, {{"level", l}}));
            continue;
        }
        if (static_cast<std::size_t>(l) != i) {
            r.problem(pointer_append(p, "level"), message(M::ErrorStageOrder));
        } else if (!stage.id.empty() && stage.id != kStageIds[l]) {
            r.problem(pointer_append(p, "id"), message(M::ErrorStageId, {{"level", l}, {"id", kStageIds[l]}}));
        }
        seen[l] = true;
        stage.level = l;
        model.stages[l] = std::move(stage);
    }
}

void read_category(ModelReader& r, const Json& c, const std::string& p, Model& model, std::size_t dimension_index) {
    Category category;
    category.id = r.id_member(c, p);
    category.title = r.text_member(c, "title", p);
    category.question = r.text_member(c, "question", p);
    r.text_array(c, "levels", p, category.levels, M::ErrorLevelCount);
    r.text_array(c, "next_steps", p, category.next_steps, M::ErrorStepCount);
    if (const Json* evidence = r.array_member(c, "evidence", p, false)) {
        for (std::size_t i = 0; i < evidence->size(); ++i) {
            category.evidence.push_back(r.text((*evidence)[i], pointer_append(pointer_append(p, "evidence"), i)));
        }
    }
    category.dimension = dimension_index;
    if (!category.id.empty()) {
        if (!model.category_ids.emplace(category.id, model.categories.size()).second) {
            r.problem(pointer_append(p, "id"), message(M::ErrorCategoryTwice, {{"id", category.id}}));
        }
    }
    model.dimensions[dimension_index].categories.push_back(model.categories.size());
    model.categories.push_back(std::move(category));
}

void read_dimensions(ModelReader& r, const Json& json, Model& model) {
    const Json* dimensions = r.array_member(json, "dimensions", "");
    if (!dimensions) return;
    if (dimensions->empty()) r.problem("/dimensions", message(M::ErrorNoDimensions));
    // Counted before anything is read: a model far bigger than any real one is refused whole,
    // with its size, instead of being read, checked and drawn slowly.
    std::size_t category_count = 0;
    for (const Json& d : *dimensions) {
        const auto categories = d.is_object() ? d.find("categories") : d.end();
        if (d.is_object() && categories != d.end() && categories->is_array()) category_count += categories->size();
    }
    if (dimensions->size() > kMaxDimensions) {
        r.problem("/dimensions", message(M::ErrorTooManyDimensions, {{"count", dimensions->size()}, {"limit", kMaxDimensions}}));
        return;
    }
    if (category_count > kMaxCategories) {
        r.problem("/dimensions", message(M::ErrorTooManyCategories, {{"count", category_count}, {"limit", kMaxCategories}}));
        return;
    }
    for (std::size_t i = 0; i < dimensions->size(); ++i) {
        const Json& d = (*dimensions)[i];
        const std::string p = pointer_append("/dimensions", i);
        if (!d.is_object()) {
            r.problem(p, expected_found(M::ExpectedObject, d));
            continue;
        }
        Dimension dimension;
        dimension.id = r.id_member(d, p);
        dimension.title = r.text_member(d, "title", p);
        dimension.description = r.text_member(d, "description", p);
        if (const Json* weight = r.member(d, "weight", p, false)) {
            if (!weight->is_number() || weight->get<double>() <= 0 || weight->get<double>() > 100) {
                r.problem(pointer_append(p, "weight"), expected_found(M::ExpectedWeight, *weight));
            } else {
                dimension.weight = weight->get<double>();
            }
        }
        if (!dimension.id.empty() && !model.dimension_ids.emplace(dimension.id, model.dimensions.size()).second) {
            r.problem(pointer_append(p, "id"), message(M::ErrorDimensionTwice, {{"id", dimension.id}}));
        }
        const std::size_t index = model.dimensions.size();
        model.dimensions.push_back(std::move(dimension));
        const Json* categories = r.array_member(d, "categories", p);
        if (!categories) continue;
        const std::string cp = pointer_append(p, "categories");
        if (categories->empty()) r.problem(cp, message(M::ErrorNoCategories));
        for (std::size_t k = 0; k < categories->size(); ++k) {
            const Json& c = (*categories)[k];
            if (!c.is_object()) {
                r.problem(pointer_append(cp, k), expected_found(M::ExpectedObject, c));
                continue;
            }
            read_category(r, c, pointer_append(cp, k), model, index);
        }
    }
}

void read_pitfalls(ModelReader& r, const Json& json, Model& model) {
    const Json* pitfalls = r.array_member(json, "pitfalls", "");
    std::set<std::string> ids;
    const auto dimension_exists = [&](const std::string& id) { return model.dimension_ids.count(id) > 0; };
    const auto category_exists = [&](const std::string& id) { return model.category_ids.count(id) > 0; };
    for (std::size_t i = 0; pitfalls && i < pitfalls->size(); ++i) {
        const Json& f = (*pitfalls)[i];
        const std::string p = pointer_append("/pitfalls", i);
        if (!f.is_object()) {
            r.problem(p, expected_found(M::ExpectedObject, f));
            continue;
        }
        Pitfall pitfall;
        pitfall.id = r.id_member(f, p);
        pitfall.title = r.text_member(f, "title", p);
        pitfall.text = r.text_member(f, "text", p);
        if (const Json* when = r.member(f, "when", p)) {
            pitfall.when = parse_condition(*when, pointer_append(p, "when"), dimension_exists, category_exists, r.problems);
        }
        if (!pitfall.id.empty() && !ids.insert(pitfall.id).second) {
            r.problem(pointer_append(p, "id"), message(M::ErrorPitfallTwice, {{"id", pitfall.id}}));
        }
        model.pitfalls.push_back(std::move(pitfall));
    }
    for (std::size_t s = 0; s < model.stages.size(); ++s) {
        for (std::size_t k = 0; k < model.stages[s].pitfalls.size(); ++k) {
            const std::string& id = model.stages[s].pitfalls[k];
            if (!ids.count(id)) {
                r.problem("/stages/" + std::to_string(s) + "/pitfalls/" + std::to_string(k),
                          message(M::ErrorNoSuchPitfall, {{"id", id}}));
            }
        }
    }
}

}  // namespace

int Model::dimension_index(const std::string& key) const {
    const auto it = dimension_ids.find(key);
    return it == dimension_ids.end() ? -1 : static_cast<int>(it->second);
}

int Model::category_index(const std::string& key) const {
    const auto it = category_ids.find(key);
    return it == category_ids.end() ? -1 : static_cast<int>(it->second);
}

Result<Model> load_model_json(const Json& json) {
    if (!json.is_object()) return Error{"", message(M::ErrorModelNotObject, {{"found", describe_type(json)}})};
    ModelReader r;
    Model model;
    read_header(r, json, model);
    read_stages(r, json, model);
    read_dimensions(r, json, model);
    read_pitfalls(r, json, model);
    if (!r.problems.empty()) return r.problems;
    return model;
}

Result<Model> load_model(std::string_view json_text) {
    auto json = parse_json(json_text);
    if (!json) return json.errors();
    return load_model_json(json.value());
}

}  // namespace ladder
