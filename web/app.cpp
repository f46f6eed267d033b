#include "app.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include "imgui.h"
#include "platform.h"

namespace ladder {
namespace {

Session g_session;
// Frame statistics for window.ladder.stats() and make bench: a ring of recent CPU times.
struct Stats {
    long long frames = 0;
    double recent_ms[120] = {};
} g_stats;

double median_frame_ms() {
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(g_stats.frames), std::size(g_stats.recent_ms));
    if (n == 0) return 0;
    std::vector<double> times(g_stats.recent_ms, g_stats.recent_ms + n);
    std::nth_element(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(n / 2), times.end());
    return times[n / 2];
}

}  // namespace

Session& app_session() { return g_session; }

Json app_stats() { return {{"frames", g_stats.frames}, {"frame_ms_median", median_frame_ms()}}; }

void app_init() {
    // Until the full journey exists, the page opens on the example assessment.
    load_assessment_text(g_session, example_assessment_json());
}

void app_note_frame(double cpu_ms) {
    g_stats.recent_ms[g_stats.frames % static_cast<long long>(std::size(g_stats.recent_ms))] = cpu_ms;
    ++g_stats.frames;
}

void app_frame() {
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
}

}  // namespace ladder
