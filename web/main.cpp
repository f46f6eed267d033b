// Ladder in the browser: init, frame, effects. The page calls createLadder(); main() sets up
// WebGL2, ImGui and the app, and returns; from then on frames are drawn only when input or the
// app asks for them (platform::request_frames), so an idle page costs nothing.
//
// One frame: the ImGui backend's new frame, the theme (HiDPI, dark mode, text size), the
// screens draw from the app's state and return intents, the app applies them, the shell runs
// the effects, and the draw data goes to WebGL.
#include <GLES3/gl3.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <vector>

#include "app.h"
#include "browser.h"
#include "imgui.h"
#include "imgui_impl_html5.h"
#include "imgui_impl_webgl2.h"
#include "language.h"
#include "platform.h"
#include "screens.h"
#include "shell.h"
#include "theme.h"
#include "widgets.h"

namespace ladder::shell {
namespace {

app::State g_state;
ui::ScreenMemory g_memory;
bool g_ready_sent = false;
float g_layout_signature = 0;
std::string g_announced;  // the last toast said through the live region
std::string g_title;      // the document's title, written when it changes
std::string g_language;   // <html lang>, written when it changes
// The accessibility mirror is sent the registry only when its hash changes, so frames that
// change nothing a screen reader could know (hover, idle redraws) cost no DOM work, and no
// building of the text either.
std::uint64_t g_mirror_hash = 0;

void update_mirror() {
    if (!platform::mirror_enabled()) return;
    const float dpr = ui::theme().dpr;
    const std::uint64_t hash = ui::registry_hash(dpr);
    if (hash == g_mirror_hash) return;
    g_mirror_hash = hash;
    platform::update_mirror(ui::registry_serialise(dpr));
}

// What a sighted user sees appear at the edge of the screen is said to screen readers too,
// once: a toast through the page's live region (an error banner is an alert in the mirror,
// which speaks for itself). The title follows the screen.
void announce_changes() {
    const app::UiState& ui = g_state.ui;
    const std::string text = ui.toast ? ui.toast->text : "";
    if (text != g_announced) {
        g_announced = text;
        if (!text.empty()) platform::announce(text);
    }
    if (app::current_language(g_state) != g_language) {
        g_language = app::current_language(g_state);
        platform::set_document_language(g_language);
    }
    std::string title = ui::page_title(g_state);
    if (title != g_title) {
        g_title = std::move(title);
        platform::set_title(g_title);
    }
}

// Frame statistics for window.ladder.stats() and make bench: a ring of recent CPU times.
struct FrameStats {
    long long frames = 0;
    double recent_ms[120] = {};
} g_stats;

void note_frame(double cpu_ms) {
    g_stats.recent_ms[g_stats.frames % static_cast<long long>(std::size(g_stats.recent_ms))] = cpu_ms;
    ++g_stats.frames;
}

// The given fraction's quantile of the recent frames' CPU times (0.5: the median).
double frame_ms_quantile(double fraction) {
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(g_stats.frames), std::size(g_stats.recent_ms));
    if (n == 0) return 0;
    std::vector<double> times(g_stats.recent_ms, g_stats.recent_ms + n);
    const auto at = std::min(n - 1, static_cast<std::size_t>(fraction * static_cast<double>(n)));
    std::nth_element(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(at), times.end());
    return times[at];
}

// HiDPI, the user's theme and text size, and a finger for a pointer (larger targets) are
// applied in this one place, before the frame starts: a change of pixel size rebuilds the
// fonts and uploads the atlas again.
void apply_theme() {
    const app::State& s = g_state;
    const ui::Theme& current = ui::theme();
    const float dpr = ImGui_ImplHtml5_Scale();
    const ui::ThemeKind kind = s.settings.theme == app::ThemeKind::Dark       ? ui::ThemeKind::Dark
                               : s.settings.theme == app::ThemeKind::Contrast ? ui::ThemeKind::Contrast
                                                                              : ui::ThemeKind::Light;
    // The projector view is the same interface in large type (crisp: the fonts are rebuilt),
    // up to the largest text size Settings offers, so the font atlas stays a sensible size.
    float text_scale = static_cast<float>(s.settings.text_size) / 100.0f;
    if (s.ui.team.projector && s.ui.screen == app::Screen::Team) text_scale = std::max(text_scale, std::min(text_scale * 1.6f, 2.0f));
    const bool touch = platform::coarse_pointer();
    if (current.fonts.body && current.kind == kind && current.dpr == dpr && current.text_scale == text_scale &&
        current.touch == touch) {
        return;
    }
    const bool rebuilt = ui::theme_apply(kind, dpr, text_scale, touch);
    if (!g_ready_sent) platform::mark("atlas");
    if (rebuilt) renderer_upload_fonts();
    if (!g_ready_sent) platform::mark("fonts");
}

bool g_starting = false;  // the start-up's steps are under way (start_app): no frame before them

void draw_frame() {
    // Until the first language's texts are here (app::init) the page's loading message stays.
    if (!g_state.kept.started || g_starting) return;
    if (!g_ready_sent) platform::mark("frame");
    ImGui_ImplHtml5_NewFrame();
    app::tick(g_state, platform::now_seconds());
    apply_theme();
    const double start = platform::now_seconds();
    ImGui::NewFrame();
    float content_height = 0;
    const app::Intents intents = ui::draw_frame(g_state, g_memory, content_height);
    ImGui::Render();
    if (!g_ready_sent) platform::mark("screens");
    update_mirror();
    if (!g_ready_sent) platform::mark("ui");
    note_frame((platform::now_seconds() - start) * 1000.0);
    if (!intents.empty()) run(app::apply(g_state, intents));
    announce_changes();
    app::Effects resize = app::on_content_height(g_state, content_height);
    if (!resize.empty()) run(std::move(resize));
    app::Effects show = app::on_message_shown(g_state, g_memory.message, g_memory.message_top, g_memory.message_height);
    if (!show.empty()) run(std::move(show));
    // ImGui hands queued input to the app a little per frame (a key and its character, a
    // button press and its release): keep drawing until the queue is empty and the layout still.
    const float signature = ui::layout_signature();
    if (signature != g_layout_signature || ui::input_pending()) platform::request_frames(2);
    g_layout_signature = signature;
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x), static_cast<int>(io.DisplaySize.y));
    const ImVec4 background = ui::to_vec4(ui::theme().colors.background);
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    renderer_draw(ImGui::GetDrawData());
    if (!g_ready_sent) {
        platform::mark("drawn");
        g_ready_sent = true;
        platform::notify_ready();
    }
}

// The start-up after main(), each step a task of its own, so that the page answers in between
// (a browser counts a long task as time the page could not respond): the app (the default
// model, the stored state), then the font atlas, then the first frame. A page waiting for its
// language's texts draws its first frame when they arrive instead (app::on_language_fetched).
void start_frame() {
    g_starting = false;
    draw_frame();
    platform::request_frames();
}

void start_fonts() {
    ImGui_ImplHtml5_NewFrame();  // the canvas's size and pixel ratio, which the fonts are built for
    apply_theme();
    platform::after_yield(start_frame);
}

void start_app() {
    run(app::init(g_state, app::read_page_info(platform::page_info_json())));
    platform::mark("app");  // the default model read, the stored state restored (or the language asked for)
    if (g_state.kept.started) {
        g_starting = true;  // a frame asked for meanwhile waits for the steps
        platform::after_yield(start_fonts);
    }
}

void on_file(const std::string& name, const std::string& text, bool too_big) { run(app::on_file(g_state, name, text, too_big)); }

void on_drag(bool over) {
    app::on_drag(g_state, over);
    platform::request_frames();
}

void on_parent_message(const std::string& text) { run(app::on_parent_message(g_state, text)); }

void on_storage(const std::string& key) { run(app::on_storage_changed(g_state, key)); }

void on_files_left(int given, int read) { app::on_files_left(g_state, given, read); }

void on_model_fetched(bool ok, const std::string& text, const std::string& error) {
    run(app::on_model_fetched(g_state, ok, text, error));
}

// Each effect, done the browser's way.
struct Runner {
    void operator()(const app::effect::Download& e) const { platform::download(e.filename, e.mime, e.content); }
    void operator()(const app::effect::DownloadUrl& e) const { platform::download_url(e.url, e.filename); }
    void operator()(const app::effect::Print& e) const { platform::print_html(e.html); }
    void operator()(const app::effect::CopyText& e) const { platform::copy_to_clipboard(e.text); }
    void operator()(const app::effect::PickFiles& e) const { platform::pick_files(e.multiple); }
    void operator()(const app::effect::PostToParent& e) const { platform::post_to_parent(e.json); }
    void operator()(const app::effect::FetchModel& e) const { platform::fetch_same_origin(e.url, on_model_fetched); }
    void operator()(const app::effect::FetchLanguage& e) const {
        platform::fetch_same_origin(e.url, [lang = e.lang](bool ok, const std::string& text, const std::string& error) {
            run(app::on_language_fetched(g_state, lang, ok, text, error));
        });
    }
    void operator()(const app::effect::Focus& e) const { ui::focus_next_widget(e.widget); }
    void operator()(const app::effect::WakeAfter& e) const { platform::wake_after(e.seconds); }
    void operator()(const app::effect::WheelPassThrough& e) const { platform::set_wheel_pass_through(e.pass); }
    void operator()(const app::effect::MakeShareLink& e) const {
        platform::make_share_link(e.text, [](bool ok, const std::string& link, const std::string& error) {
            run(app::on_share_link(g_state, ok, link, error));
        });
    }
    void operator()(const app::effect::ReadShared& e) const {
        platform::read_shared(e.payload, [](bool ok, const std::string& text, const std::string& error) {
            run(app::on_shared_read(g_state, ok, text, error));
        });
    }
    void operator()(const app::effect::ClearShared&) const { platform::clear_shared(); }
};

}  // namespace

app::State& state() { return g_state; }

// Not inlined: every event handler calls it, and a copy of the effect visitor in each would
// cost the page kilobytes.
__attribute__((noinline)) void run(app::Effects effects) {
    for (const auto& effect : effects) std::visit(Runner{}, effect);
    platform::request_frames();
}

// The mean as well as the median: the browser's clock is coarse (tenths of a millisecond or
// worse), so short frames are better compared by their mean over many.
double mean_frame_ms() {
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(g_stats.frames), std::size(g_stats.recent_ms));
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += g_stats.recent_ms[i];
    return n == 0 ? 0 : sum / static_cast<double>(n);
}

Json stats() {
    return {{"frames", g_stats.frames},
            {"frame_ms_median", frame_ms_quantile(0.5)},
            {"frame_ms_p95", frame_ms_quantile(0.95)},
            {"frame_ms_mean", mean_frame_ms()},
            // The wasm memory reserved so far: it only grows, so this is the peak of the visit.
            {"memory_bytes", static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0},
            {"stray_window", ui::stray_window_shown()},
            // Blocks of the screen stood in for, out of view (ui::CachedBlock), last frame.
            {"blocks_stood_in", ui::cached_blocks_stood_in()}};
}

}  // namespace ladder::shell

// The stub the link puts in place of ImFontAtlas::AddFontDefault (web/CMakeLists.txt): ImGui
// calls it only for an atlas with no font, and the theme always adds its own before building.
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
    return nullptr;
}

int main() {
    using namespace ladder;
    platform::mark("main");
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own geometry
    attributes.depth = EM_FALSE;      // nor does it need a depth buffer
    // ImGui needs nothing beyond WebGL2 itself; turning on every extension the browser has
    // costs tens of milliseconds at start-up.
    attributes.enableExtensionsByDefault = EM_FALSE;
    // shell/index.html made this context already, with these attributes, while the program
    // downloaded: a canvas gives the context it has, so keep the two the same.
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#canvas", &attributes);
    if (context <= 0) return 1;  // the shell has already told the user WebGL2 is missing
    emscripten_webgl_make_context_current(context);
    platform::mark("webgl");

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini: layout is ours, state goes to localStorage
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle
    ImGui_ImplHtml5_Init();
    if (!shell::renderer_init()) return 1;
    platform::mark("imgui");

    platform::set_file_callback(shell::on_file);
    platform::set_drag_callback(shell::on_drag);
    platform::set_parent_message_callback(shell::on_parent_message);
    platform::set_storage_callback(shell::on_storage);
    platform::set_files_left_callback(shell::on_files_left);
    platform::set_frame_callback(shell::draw_frame);
    platform::after_yield(shell::start_app);
    return 0;
}
