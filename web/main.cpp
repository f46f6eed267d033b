// Ladder in the browser: init, frame, shutdown. The page calls createLadder(); main() sets up
// WebGL2 and ImGui and returns; from then on frames are drawn only when input or the app asks
// for them (platform::request_frames), so an idle page costs nothing.
#include <algorithm>
#include <emscripten/html5.h>

#include <GLES3/gl3.h>

#include "app.h"
#include "imgui.h"
#include "imgui_internal.h"  // window sizes, to know when the layout has settled
#include "imgui_impl_html5.h"
#include "imgui_impl_opengl3.h"
#include "platform.h"
#include "theme.h"

namespace {

bool g_ready_sent = false;
float g_layout_signature = 0;

// ImGui lays out auto-sized windows over a few frames (a new child is measured first, then
// placed). Frames are drawn only on demand, so after each frame we check whether any window
// moved or changed size; if so, one more frame is drawn, until the layout is still.
float layout_signature() {
    float sum = 0;
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        if (!w->WasActive) continue;
        sum += w->Pos.x * 3 + w->Pos.y * 5 + w->Size.x * 7 + w->Size.y * 11 + w->ContentSize.x * 13 +
               w->ContentSize.y * 17 + w->Scroll.y * 19 + static_cast<float>(w->HiddenFramesCannotSkipItems) * 23 +
               static_cast<float>(w->HiddenFramesCanSkipItems) * 29;
    }
    return sum;
}

// HiDPI and the user's theme and text size are applied in this one place, before the frame
// starts: a change rebuilds the fonts at the new pixel size and uploads the atlas again.
void apply_theme() {
    const ladder::ui::UiState& ui = ladder::app_ui();
    const ladder::ui::Theme& current = ladder::ui::theme();
    const float dpr = ImGui_ImplHtml5_Scale();
    // The projector view is the same interface in large type (crisp: the fonts are rebuilt),
    // up to the largest text size Settings offers, so the font atlas stays a sensible size.
    float text_scale = static_cast<float>(ui.text_size) / 100.0f;
    if (ui.projector && ui.screen == ladder::ui::Screen::Team) text_scale = std::max(text_scale, std::min(text_scale * 1.6f, 2.0f));
    if (current.fonts.body && current.kind == ui.theme && current.dpr == dpr && current.text_scale == text_scale) return;
    if (ladder::ui::theme_apply(ui.theme, dpr, text_scale)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
}

void draw_frame() {
    ImGui_ImplHtml5_NewFrame();
    apply_theme();
    ImGui_ImplOpenGL3_NewFrame();
    const double start = ladder::platform::now_seconds();
    ImGui::NewFrame();
    ladder::app_frame();
    ImGui::Render();
    ladder::app_note_frame((ladder::platform::now_seconds() - start) * 1000.0);
    // ImGui hands queued input to the app a little per frame (a key and its character, a
    // button press and its release): keep drawing until the queue is empty.
    const float signature = layout_signature();
    if (signature != g_layout_signature || !ImGui::GetCurrentContext()->InputEventsQueue.empty()) {
        ladder::platform::request_frames(2);
    }
    g_layout_signature = signature;
    ImGui_ImplHtml5_EndFrame();
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x), static_cast<int>(io.DisplaySize.y));
    const ImVec4 background = ladder::ui::to_vec4(ladder::ui::theme().colors.background);
    glClearColor(background.x, background.y, background.z, 1.0f);
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
    draw_frame();  // the first frame now, not one animation frame later
    ladder::platform::request_frames();
    return 0;
}
