#include "assessment.h"

#include <cstdint>
#include <random>

#ifdef __EMSCRIPTEN__
#include <unistd.h>
#endif

#include "messages.h"

namespace ladder {
namespace {

const char* const kKnownAnswerKeys[] = {"level", "dont_know", "target", "note"};
const char* const kKnownTopKeys[] = {"format", "version", "id", "model", "team", "respondent", "created",
                                     "updated", "answers", "theory_of_change"};

template <std::size_t N>
bool is_one_of(const std::string& key, const char* const (&keys)[N]) {
    for (const char* k : keys) {
        if (key == k) return true;
    }
    return false;
}

// Reads a level-like value: null or a whole number 0..3 (1.5, "2", true and 7 are refused).
bool read_level(const Json& value, std::optional<int>& out) {
    if (value.is_null()) {
        out.reset();
        return true;
    }
    if (!value.is_number_integer() || value.get<long long>() < 0 || value.get<long long>() > 3) return false;
    out = value.get<int>();
    return true;
}

Error type_error(const std::string& pointer, M expected, const Json& found) { return {pointer, expected_found(expected, found)}; }

}  // namespace

std::string new_assessment_id() {
    // Two people starting at the same moment must not share an id: the system's generator,
    // never a seeded engine. In the browser std::random_device is getentropy() over
    // crypto.getRandomValues; calling that directly keeps libc++'s system_error messages (its
    // way to report a failure we cannot have there) out of the page's wasm.
    std::uint32_t words[4] = {0, 0, 0, 0};
#ifdef __EMSCRIPTEN__
    getentropy(words, sizeof words);
#else
    std::random_device device;
    for (auto& word : words) word = static_cast<std::uint32_t>(device());
#endif
    static const char digits[] = "0123456789abcdef";
    std::string id;
    for (std::uint32_t bits : words) {
        for (int i = 0; i < 8; ++i, bits >>= 4) id += digits[bits & 0xF];
    }
    return id;
}

Assessment blank_assessment(const Model& model) {
    Assessment a;
    a.id = new_assessment_id();
    a.model_id = model.id;
    a.model_version = model.model_version;
    for (const auto& category : model.categories) a.answers[category.id] = Answer{};
    return a;
}

Result<Assessment> read_assessment_json(const Json& json, const Model& model) {
    if (!json.is_object()) return type_error("", M::ExpectedAssessment, json);
    const auto format = json.find("format");
    if (format == json.end()) return Error{"/format", message(M::ErrorNotAssessment)};
    if (*format != "ladder-assessment") {
        if (*format == "ladder-model") return Error{"/format", message(M::ErrorModelNotAssessment)};
        return Error{"/format", expected_found(M::ExpectedAssessmentFormat, *format)};
    }
    const auto version = json.find("version");
    if (version == json.end()) return Error{"/version", message(M::ErrorMissingMember, {{"key", "version"}})};
    // 0 or -1 is no version of Ladder, newer or older: only a number above 1 is "newer".
    if (!version->is_number_integer() || *version < 1) return type_error("/version", M::ExpectedWholeNumber1, *version);
    if (*version > kAssessmentFileVersion) {
        return Error{"/version", message(M::ErrorNewerFile, {{"version", dump_json(*version)}, {"max", kAssessmentFileVersion}})};
    }

    Assessment a;
    const auto model_ref = json.find("model");
    if (model_ref == json.end()) return Error{"/model", message(M::ErrorMissingMember, {{"key", "model"}})};
    if (!model_ref->is_object()) return type_error("/model", M::ExpectedModelRef, *model_ref);
    for (const auto& [key, value] : model_ref->items()) {
        if (key == "id" || key == "model_version") {
            if (!value.is_string()) return type_error(pointer_append("/model", key), M::ExpectedText, value);
            (key == "id" ? a.model_id : a.model_version) = value.get<std::string>();
        } else {
            a.model_extra[key] = value;
        }
    }
    if (a.model_id.empty()) return Error{"/model/id", message(M::ErrorMissingModelId)};
    if (a.model_id != model.id) {
        return Error{"/model/id", message(M::ErrorOtherModel, {{"file_model", a.model_id}, {"model", model.id}})};
    }

    for (const auto& [key, value] : json.items()) {
        const std::string pointer = pointer_append("", key);
        if (key == "id") {
            // Any text is an id (another tool may write a UUID); it is only ever compared.
            if (!value.is_string()) return type_error(pointer, M::ExpectedText, value);
            a.id = value.get<std::string>();
        } else if (key == "team" || key == "respondent" || key == "created" || key == "updated" || key == "theory_of_change") {
            if (!value.is_string()) return type_error(pointer, M::ExpectedText, value);
            std::string& field = key == "team" ? a.team
                               : key == "respondent" ? a.respondent
                               : key == "created" ? a.created
                               : key == "updated" ? a.updated
                                                  : a.theory_of_change;
            field = value.get<std::string>();
        } else if (!is_one_of(key, kKnownTopKeys)) {
            a.extra[key] = value;
        }
    }

    const auto answers = json.find("answers");
    if (answers != json.end()) {
        if (!answers->is_object()) return type_error("/answers", M::ExpectedAnswers, *answers);
        for (const auto& [category_id, entry] : answers->items()) {
            const std::string pointer = pointer_append("/answers", category_id);
            if (model.category_index(category_id) < 0) {
                return Error{pointer, message(M::ErrorNoCategory, {{"id", category_id}})};
            }
            if (!entry.is_object()) return type_error(pointer, M::ExpectedAnswer, entry);
            Answer answer;
            for (const auto& [key, value] : entry.items()) {
                const std::string p = pointer_append(pointer, key);
                if (key == "level" || key == "target") {
                    if (!read_level(value, key == "level" ? answer.level : answer.target)) {
                        return type_error(p, M::ExpectedLevelOrNull, value);
                    }
                } else if (key == "dont_know") {
                    if (!value.is_boolean()) return type_error(p, M::ExpectedBoolean, value);
                    answer.dont_know = value.get<bool>();
                } else if (key == "note") {
                    if (!value.is_string()) return type_error(p, M::ExpectedText, value);
                    answer.note = value.get<std::string>();
                } else if (!is_one_of(key, kKnownAnswerKeys)) {
                    answer.extra[key] = value;
                }
            }
            a.answers[category_id] = std::move(answer);
        }
    }
    return a;
}

Result<Assessment> read_assessment(std::string_view json_text, const Model& model) {
    auto json = parse_json(json_text);
    if (!json) return json.errors();
    return read_assessment_json(json.value(), model);
}

Json assessment_to_json(const Assessment& a) {
    Json out = Json::object();
    out["format"] = "ladder-assessment";
    out["version"] = kAssessmentFileVersion;
    // An id-less file stays id-less: writing one here would give the same person a new
    // identity every time a file is merely read and written again.
    if (!a.id.empty()) out["id"] = a.id;
    Json model = Json::object();
    model["id"] = a.model_id;
    model["model_version"] = a.model_version;
    for (const auto& [key, value] : a.model_extra.items()) model[key] = value;
    out["model"] = std::move(model);
    out["team"] = a.team;
    out["respondent"] = a.respondent;
    out["created"] = a.created;
    out["updated"] = a.updated;
    Json answers = Json::object();
    for (const auto& [id, answer] : a.answers) {
        Json entry = Json::object();
        entry["level"] = answer.level ? Json(*answer.level) : Json(nullptr);
        entry["dont_know"] = answer.dont_know;
        entry["target"] = answer.target ? Json(*answer.target) : Json(nullptr);
        entry["note"] = answer.note;
        for (const auto& [key, value] : answer.extra.items()) entry[key] = value;
        answers[id] = std::move(entry);
    }
    out["answers"] = std::move(answers);
    out["theory_of_change"] = a.theory_of_change;
    for (const auto& [key, value] : a.extra.items()) out[key] = value;
    return out;
}

}  // namespace ladder
