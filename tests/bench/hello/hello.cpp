// The yardstick for "first interactive frame" in make bench: a bare Dear ImGui hello-world
// page, built with the same compiler flags as Ladder and timed in the same run.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <GLES3/gl3.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"

EM_JS(void, hello_first_frame, (), { if (Module['onFirstFrame']) Module['onFirstFrame'](); });

static bool g_first = true;

static EM_BOOL frame(double, void*) {
    ImGuiIO& io = ImGui::GetIO();
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    emscripten_set_canvas_element_size("#canvas", static_cast<int>(w), static_cast<int>(h));
    io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    io.DeltaTime = 1.0f / 60.0f;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Hello");
    ImGui::TextUnformatted("Hello, world!");
    ImGui::Button("Button");
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, static_cast<int>(w), static_cast<int>(h));
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (g_first) {
        g_first = false;
        hello_first_frame();
    }
    return EM_TRUE;
}

int main() {
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    emscripten_webgl_make_context_current(emscripten_webgl_create_context("#canvas", &attributes));
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_request_animation_frame_loop(frame, nullptr);
    return 0;
}
