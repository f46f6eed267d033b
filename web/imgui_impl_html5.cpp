#include "imgui_impl_html5.h"

#include <cmath>
#include <string>

#include "imgui.h"
#include "browser.h"
#include "platform.h"

namespace {

struct KeyName {
    const char* name;
    ImGuiKey key;
};

// The order here is the numbering shared with the JavaScript side (1-based).
constexpr KeyName kKeys[] = {
    {"Tab", ImGuiKey_Tab},           {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow},   {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home},           {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert},     {"Delete", ImGuiKey_Delete},       {"Backspace", ImGuiKey_Backspace},
    {" ", ImGuiKey_Space},           {"Enter", ImGuiKey_Enter},         {"Escape", ImGuiKey_Escape},
    {"Control", ImGuiKey_LeftCtrl},  {"Shift", ImGuiKey_LeftShift},     {"Alt", ImGuiKey_LeftAlt},
    {"Meta", ImGuiKey_LeftSuper},
};
constexpr int kLetterBase = 1000;

ImGuiKey to_imgui_key(int code) {
    if (code >= 1 && code <= static_cast<int>(IM_ARRAYSIZE(kKeys))) return kKeys[code - 1].key;
    const int c = code - kLetterBase;
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
    return ImGuiKey_None;
}

class Html5Input final : public ladder::platform::InputSink {
public:
    void pointer_move(float x, float y, bool touch) override {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMouseSourceEvent(touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
        io.AddMousePosEvent(x, y);
    }
    void pointer_button(int button, bool down) override {
        // DOM buttons: 0 left, 1 middle, 2 right; ImGui: 0 left, 1 right, 2 middle.
        const int imgui_button = button == 1 ? 2 : button == 2 ? 1 : button;
        if (imgui_button >= 0 && imgui_button < ImGuiMouseButton_COUNT) {
            ImGui::GetIO().AddMouseButtonEvent(imgui_button, down);
        }
    }
    void pointer_leave() override { ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX); }
    void wheel(float dx, float dy) override { ImGui::GetIO().AddMouseWheelEvent(dx, dy); }
    void key(int key_code, bool down, int modifiers) override {
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Ctrl, (modifiers & 1) != 0);
        io.AddKeyEvent(ImGuiMod_Shift, (modifiers & 2) != 0);
        io.AddKeyEvent(ImGuiMod_Alt, (modifiers & 4) != 0);
        io.AddKeyEvent(ImGuiMod_Super, (modifiers & 8) != 0);
        const ImGuiKey key = to_imgui_key(key_code);
        if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    }
    void text(const char* utf8) override { ImGui::GetIO().AddInputCharactersUTF8(utf8); }
    void focus(bool focused) override { ImGui::GetIO().AddFocusEvent(focused); }
};

Html5Input g_input;
double g_last_time = 0;
float g_scale = 0;
ImGuiMouseCursor g_last_cursor = ImGuiMouseCursor_COUNT;

const char* css_cursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
        case ImGuiMouseCursor_TextInput: return "text";
        case ImGuiMouseCursor_Hand: return "pointer";
        case ImGuiMouseCursor_ResizeAll: return "move";
        case ImGuiMouseCursor_ResizeNS: return "ns-resize";
        case ImGuiMouseCursor_ResizeEW: return "ew-resize";
        case ImGuiMouseCursor_NotAllowed: return "not-allowed";
        case ImGuiMouseCursor_None: return "none";
        default: return "default";
    }
}

void set_clipboard_text(void*, const char* text) { ladder::platform::copy_to_clipboard(text); }
// Paste arrives as text events from the browser's paste event, so ImGui's own Ctrl+V must
// find nothing here, or the text would be inserted twice.
const char* get_clipboard_text(void*) { return ""; }

}  // namespace

const char* imgui_html5_key_names() {
    static const std::string names = [] {
        std::string out;
        for (const auto& k : kKeys) {
            if (!out.empty()) out += ',';
            out += k.name;
        }
        return out;
    }();
    return names.c_str();
}

bool ImGui_ImplHtml5_Init() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "imgui_impl_html5";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.SetClipboardTextFn = set_clipboard_text;
    io.GetClipboardTextFn = get_clipboard_text;
    ladder::platform::init(&g_input, imgui_html5_key_names());
    g_last_time = ladder::platform::now_seconds();
    return true;
}

void ImGui_ImplHtml5_Shutdown() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = nullptr;
}

float ImGui_ImplHtml5_Scale() { return g_scale; }

bool ImGui_ImplHtml5_NewFrame() {
    ImGuiIO& io = ImGui::GetIO();
    double css_w = 0, css_h = 0;
    ladder::platform::canvas_css_size(css_w, css_h);
    const float ratio = static_cast<float>(ladder::platform::device_pixel_ratio());
    const int w = static_cast<int>(std::lround(css_w * ratio));
    const int h = static_cast<int>(std::lround(css_h * ratio));
    // Resizing the canvas reallocates its drawing buffer: only when the size really changed
    // (the page sizes the canvas before it makes the context, so not at start-up either).
    if (w != static_cast<int>(io.DisplaySize.x) || h != static_cast<int>(io.DisplaySize.y)) {
        int now_w = 0, now_h = 0;
        ladder::platform::canvas_size(now_w, now_h);
        if (now_w != w || now_h != h) ladder::platform::set_canvas_size(w, h);
    }
    io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    io.DisplayFramebufferScale = ImVec2(1, 1);

    const double now = ladder::platform::now_seconds();
    // Frames are drawn on demand, so the gap since the last one can be long; ImGui only needs
    // a positive, modest step.
    io.DeltaTime = static_cast<float>(now - g_last_time);
    if (io.DeltaTime <= 0 || io.DeltaTime > 0.1f) io.DeltaTime = 1.0f / 60.0f;
    g_last_time = now;

    const ImGuiMouseCursor cursor = io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
    if (cursor != g_last_cursor) {
        ladder::platform::set_cursor(css_cursor(cursor));
        g_last_cursor = cursor;
    }

    const bool scale_changed = ratio != g_scale;
    g_scale = ratio;
    return scale_changed;
}
