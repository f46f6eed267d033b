// The assessment file a respondent saves (its format is in docs/FORMATS.md). Reading checks
// every known key's type and reports the JSON pointer of the first offending value; keys we do
// not know are kept and written back unchanged, so files from newer tools or partner
// extensions survive a round trip through this one.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "json_input.h"
#include "model.h"
#include "result.h"

namespace ladder {

struct Answer {
    std::optional<int> level;   // 0..3, or not answered
    bool dont_know = false;
    std::optional<int> target;  // 0..3: the level wanted in 12 months
    std::string note;
    Json extra = Json::object();  // unknown keys, kept for the round trip

    bool answered() const { return level.has_value() && !dont_know; }
};

// The newest file format version this Ladder writes and reads (a file's "version").
constexpr int kAssessmentFileVersion = 1;

struct Assessment {
    // This assessment's identity ("id" in the file): 32 lowercase hex digits (128 random bits)
    // made when it is created and kept through every save, so two files are the same
    // respondent only when their ids match, whatever their names. Empty for a file written
    // before ids existed (or by hand); the app gives such a file one when it opens it.
    std::string id;
    std::string model_id, model_version;
    std::string team, respondent, created, updated;
    std::map<std::string, Answer> answers;  // by category id
    std::string theory_of_change;
    Json extra = Json::object();        // unknown top-level keys
    Json model_extra = Json::object();  // unknown keys inside "model"
};

// A new assessment for the model: every category present with level null, and its own new id.
Assessment blank_assessment(const Model& model);

// A new assessment id: 128 bits from std::random_device (the operating system's generator
// natively, crypto.getRandomValues in the browser), as 32 lowercase hex digits.
std::string new_assessment_id();

// Reads and checks an assessment for `model`. A file for another model, or a newer format
// version, is refused with a message that says so.
Result<Assessment> read_assessment(std::string_view json_text, const Model& model);
Result<Assessment> read_assessment_json(const Json& json, const Model& model);

Json assessment_to_json(const Assessment& assessment);

}  // namespace ladder
