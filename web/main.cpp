// Ladder in the browser: init, frame, shutdown. The page calls createLadder(); main() sets up
// WebGL2 and ImGui and returns; from then on frames are drawn only when input or the app asks
// for them (platform::request_frames), so an idle page costs nothing.
#include <emscripten/html5.h>

#include <GLES3/gl3.h>

#include "app.h"
#include "imgui.h"
#include "imgui_impl_html5.h"
#include "imgui_impl_opengl3.h"
#include "platform.h"

namespace {

bool g_ready_sent = false;

void rebuild_fonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    io.Fonts->AddFontDefault(&config);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void draw_frame() {
    if (ImGui_ImplHtml5_NewFrame()) rebuild_fonts(ImGui_ImplHtml5_Scale());
    ImGui_ImplOpenGL3_NewFrame();
    const double start = ladder::platform::now_seconds();
    ImGui::NewFrame();
    ladder::app_frame();
    ImGui::Render();
    ladder::app_note_frame((ladder::platform::now_seconds() - start) * 1000.0);
    ImGui_ImplHtml5_EndFrame();
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x), static_cast<int>(io.DisplaySize.y));
    glClearColor(0.97f, 0.97f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!g_ready_sent) {
        g_ready_sent = true;
        ladder::platform::notify_ready();
    }
}

}  // namespace

int main() {
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own geometry
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#canvas", &attributes);
    if (context <= 0) return 1;  // the shell has already told the user WebGL2 is missing
    emscripten_webgl_make_context_current(context);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini: layout is ours, state goes to localStorage
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle
    ImGui_ImplHtml5_Init();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    ladder::app_init();

    ladder::platform::set_frame_callback(draw_frame);
    ladder::platform::request_frames();
    return 0;
}
