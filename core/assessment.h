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

struct Assessment {
    std::string model_id, model_version;
    std::string team, respondent, created, updated;
    std::map<std::string, Answer> answers;  // by category id
    std::string theory_of_change;
    Json extra = Json::object();        // unknown top-level keys
    Json model_extra = Json::object();  // unknown keys inside "model"
};

// A blank assessment for the model: every category present with level null.
Assessment blank_assessment(const Model& model);

// Reads and checks an assessment for `model`. A file for another model, or a newer format
// version, is refused with a message that says so.
Result<Assessment> read_assessment(std::string_view json_text, const Model& model);
Result<Assessment> read_assessment_json(const Json& json, const Model& model);

Json assessment_to_json(const Assessment& assessment);

}  // namespace ladder
