#include "app.h"

#include "imgui.h"
#include "platform.h"

namespace ladder {
namespace {

Session g_session;
struct Stats {
    long long frames = 0;
    double last_frame_ms = 0;
} g_stats;

}  // namespace

Session& app_session() { return g_session; }

Json app_stats() { return {{"frames", g_stats.frames}, {"last_frame_ms", g_stats.last_frame_ms}}; }

void app_init() {
    // Until the full journey exists, the page opens on the example assessment.
    load_assessment_text(g_session, example_assessment_json());
}

void app_frame() {
    const double start = platform::now_seconds();
    const Model& model = *g_session.model;
    const std::string& lang = g_session.lang;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("##main", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(model.title.get(lang).c_str());
    ImGui::TextUnformatted(g_session.assessment.team.c_str());
    const ScoreResult& r = g_session.result;
    if (r.overall_stage) {
        ImGui::Text("%s: %.2f", model.stages[*r.overall_stage].title.get(lang).c_str(), *r.overall_score);
    }
    if (ImGui::BeginTable("dimensions", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        for (std::size_t i = 0; i < model.dimensions.size(); ++i) {
            const DimensionScore& d = r.dimensions[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(model.dimensions[i].title.get(lang).c_str());
            ImGui::TableNextColumn();
            if (d.score) ImGui::Text("%.2f", *d.score);
            ImGui::TableNextColumn();
            if (d.stage) ImGui::TextUnformatted(model.stages[*d.stage].title.get(lang).c_str());
        }
        ImGui::EndTable();
    }
    ImGui::End();
    ++g_stats.frames;
    g_stats.last_frame_ms = (platform::now_seconds() - start) * 1000.0;
}

}  // namespace ladder
