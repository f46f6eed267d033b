// The default model is compiled in from core/models/digital-services.json (see
// core/embed_json.cmake), so the CLI, the tests and the page all carry the same bytes.
// The example assessment (core/models/example-assessment.json) lets a visitor see a
// filled-in result before answering anything.
#include <cstdio>
#include <cstdlib>

#include "model.h"

namespace ladder {

extern const char kDefaultModelJson[];
extern const std::size_t kDefaultModelJsonSize;
extern const char kExampleAssessmentJson[];
extern const std::size_t kExampleAssessmentJsonSize;
extern const char kDefaultModelEs[], kDefaultModelFr[], kDefaultModelEt[];
extern const std::size_t kDefaultModelEsSize, kDefaultModelFrSize, kDefaultModelEtSize;

std::string_view example_assessment_json() { return {kExampleAssessmentJson, kExampleAssessmentJsonSize}; }

std::string_view default_model_json() { return {kDefaultModelJson, kDefaultModelJsonSize}; }

std::string_view default_model_translation_json(const std::string& lang) {
    if (lang == "es") return {kDefaultModelEs, kDefaultModelEsSize};
    if (lang == "fr") return {kDefaultModelFr, kDefaultModelFrSize};
    if (lang == "et") return {kDefaultModelEt, kDefaultModelEtSize};
    return {};
}

const Model& default_model() {
    static const Model model = [] {
        auto loaded = load_model(default_model_json());
        if (!loaded) {
            // Only a broken build gets here; the test suite validates the shipped model.
            for (const auto& e : loaded.errors()) std::fprintf(stderr, "default model: %s\n", e.to_string().c_str());
            std::abort();
        }
        return std::move(loaded).value();
    }();
    return model;
}

}  // namespace ladder
