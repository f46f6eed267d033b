// The one file that talks to the browser (STYLE.md point 3). Event listeners are plain DOM
// listeners installed from EM_JS, not Emscripten's GLFW: GLFW listens on window in the capture
// phase and swallows Tab and Backspace for the whole page, has no IME, no paste and no phone
// keyboard (TOOLCHAIN.md item 11). Here the canvas and a hidden textarea (the "text agent")
// are the only targets, so the rest of the page, or a partner page around an embed, keeps
// working. Every function has a native fallback at the bottom so the app logic links natively.
#include "platform.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#endif

#include <chrono>

#include "imgui_impl_html5.h"

namespace ladder::platform {
namespace {

InputSink* g_sink = nullptr;
void (*g_draw)() = nullptr;
int g_frames_pending = 0;
bool g_frame_scheduled = false;

}  // namespace
}  // namespace ladder::platform

#ifdef __EMSCRIPTEN__

using ladder::platform::g_sink;

// --- Events from JavaScript ------------------------------------------------------------
extern "C" {
EMSCRIPTEN_KEEPALIVE void ladder_on_pointer_move(float x, float y, int touch) {
    if (g_sink) g_sink->pointer_move(x, y, touch != 0);
    ladder::platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void ladder_on_pointer_button(int button, int down) {
    if (g_sink) g_sink->pointer_button(button, down != 0);
    ladder::platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void ladder_on_pointer_leave() {
    if (g_sink) g_sink->pointer_leave();
    ladder::platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void ladder_on_wheel(float dx, float dy) {
    if (g_sink) g_sink->wheel(dx, dy);
    ladder::platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void ladder_on_key(int key, int down, int modifiers) {
    if (g_sink) g_sink->key(key, down != 0, modifiers);
    ladder::platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void ladder_on_text(const char* utf8) {
    if (g_sink) g_sink->text(utf8);
    ladder::platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void ladder_on_focus(int focused) {
    if (g_sink) g_sink->focus(focused != 0);
    ladder::platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void ladder_on_resize() { ladder::platform::request_frames(); }
}

// clang-format off
EM_JS(void, js_install_listeners, (const char* key_names_csv), {
  const canvas = Module["canvas"];
  const keyNames = UTF8ToString(key_names_csv).split(",");
  const keyIndex = new Map(keyNames.map((name, i) => [name, i + 1]));
  const ratio = () => window.devicePixelRatio || 1;

  // Text agent: a textarea kept off-screen (not display:none, which could not take focus).
  let agent = document.getElementById("ladder-text-agent");
  if (!agent) {
    agent = document.createElement("textarea");
    agent.id = "ladder-text-agent";
    agent.setAttribute("aria-hidden", "true");
    agent.setAttribute("autocomplete", "off");
    agent.setAttribute("autocapitalize", "off");
    agent.setAttribute("spellcheck", "false");
    agent.tabIndex = -1;
    agent.style.cssText = "position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;border:0;padding:0;" +
                          "resize:none;overflow:hidden;pointer-events:none;font-size:16px";
    document.body.appendChild(agent);
  }
  Module["ladderTextAgent"] = agent;

  const sendText = (text) => {
    if (!text) return;
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    _ladder_on_text(ptr);
    _free(ptr);
  };

  const position = (e) => {
    const r = canvas.getBoundingClientRect();
    return [(e.clientX - r.left) * ratio(), (e.clientY - r.top) * ratio()];
  };
  canvas.addEventListener("pointermove", (e) => {
    const [x, y] = position(e);
    _ladder_on_pointer_move(x, y, e.pointerType === "touch" ? 1 : 0);
  });
  canvas.addEventListener("pointerdown", (e) => {
    const [x, y] = position(e);
    _ladder_on_pointer_move(x, y, e.pointerType === "touch" ? 1 : 0);
    if (document.activeElement !== agent) canvas.focus({preventScroll: true});
    canvas.setPointerCapture(e.pointerId);
    _ladder_on_pointer_button(e.button, 1);
    e.preventDefault();
  });
  canvas.addEventListener("pointerup", (e) => {
    const [x, y] = position(e);
    _ladder_on_pointer_move(x, y, e.pointerType === "touch" ? 1 : 0);
    _ladder_on_pointer_button(e.button, 0);
    // Touch has no hover: leave so that nothing stays highlighted under a lifted finger.
    if (e.pointerType === "touch") _ladder_on_pointer_leave();
  });
  canvas.addEventListener("pointercancel", () => _ladder_on_pointer_leave());
  canvas.addEventListener("pointerleave", (e) => { if (e.buttons === 0) _ladder_on_pointer_leave(); });
  canvas.addEventListener("contextmenu", (e) => e.preventDefault());
  canvas.addEventListener("wheel", (e) => {
    // deltaMode 0 is pixels, 1 lines, 2 pages; ImGui wants lines.
    const scale = e.deltaMode === 1 ? 1 : e.deltaMode === 2 ? 10 : 1 / 40;
    _ladder_on_wheel(-e.deltaX * scale, -e.deltaY * scale);
    e.preventDefault();
  }, {passive: false});

  const modifiers = (e) => (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
  const keyCode = (e) => {
    if (keyIndex.has(e.key)) return keyIndex.get(e.key);
    if (e.key.length === 1) {
      const c = e.key.toUpperCase().charCodeAt(0);
      if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1000 + c;
    }
    return 0;
  };
  // Keys the browser must not act on while we have focus: they would scroll the page, move
  // focus out, or edit the text agent behind ImGui's back.
  const ownKeys = new Set(["Tab", "Enter", "Backspace", "Delete", "ArrowLeft", "ArrowRight", "ArrowUp",
                           "ArrowDown", "Home", "End", "PageUp", "PageDown", "Escape", " "]);
  const onKey = (down) => (e) => {
    if (e.isComposing) return;
    const code = keyCode(e);
    if (code) _ladder_on_key(code, down ? 1 : 0, modifiers(e));
    const shortcut = (e.ctrlKey || e.metaKey) && ["a", "z", "y"].includes(e.key.toLowerCase());
    const typing = document.activeElement === agent && e.key === " ";
    if ((ownKeys.has(e.key) && !typing) || shortcut) e.preventDefault();
  };
  for (const target of [canvas, agent]) {
    target.addEventListener("keydown", onKey(true));
    target.addEventListener("keyup", onKey(false));
  }
  agent.addEventListener("input", (e) => {
    if (e.isComposing) return;
    sendText(agent.value);
    agent.value = "";
  });
  agent.addEventListener("compositionend", (e) => {
    sendText(e.data || agent.value);
    agent.value = "";
  });
  agent.addEventListener("paste", (e) => {
    sendText(e.clipboardData ? e.clipboardData.getData("text/plain") : "");
    agent.value = "";
    e.preventDefault();
  });
  canvas.addEventListener("paste", (e) => {
    sendText(e.clipboardData ? e.clipboardData.getData("text/plain") : "");
    e.preventDefault();
  });
  const focusChanged = () => {
    const inside = document.activeElement === canvas || document.activeElement === agent;
    _ladder_on_focus(inside ? 1 : 0);
  };
  for (const target of [canvas, agent]) {
    target.addEventListener("focus", focusChanged);
    target.addEventListener("blur", () => setTimeout(focusChanged, 0));
  }

  // Size changes (window, embed iframe, zoom) and device pixel ratio changes (moving the
  // window to another screen) both need a redraw with a new backing store.
  new ResizeObserver(() => _ladder_on_resize()).observe(canvas);
  const watchRatio = () => {
    matchMedia("(resolution: " + ratio() + "dppx)").addEventListener("change", () => {
      _ladder_on_resize();
      watchRatio();
    }, {once: true});
  };
  watchRatio();
});

EM_JS(void, js_set_text_input, (int active, float x, float y), {
  const agent = Module["ladderTextAgent"];
  const canvas = Module["canvas"];
  if (!agent) return;
  if (active) {
    const r = canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    agent.style.left = (r.left + x / ratio) + "px";
    agent.style.top = (r.top + y / ratio) + "px";
    if (document.activeElement !== agent) agent.focus({preventScroll: true});
  } else if (document.activeElement === agent) {
    canvas.focus({preventScroll: true});
  }
});

EM_JS(void, js_set_cursor, (const char* css), { Module["canvas"].style.cursor = UTF8ToString(css); });

EM_JS(void, js_copy_to_clipboard, (const char* text), {
  const value = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(() => {});
});

EM_JS(void, js_notify_ready, (), {
  if (Module["onLadderReady"]) Module["onLadderReady"](Module["ladderApi"]);
});
// clang-format on

namespace ladder::platform {
namespace {

EM_BOOL on_animation_frame(double, void*) {
    g_frame_scheduled = false;
    if (g_draw) g_draw();
    if (--g_frames_pending > 0) {
        g_frame_scheduled = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
    return EM_FALSE;
}

}  // namespace

void init(InputSink* sink) {
    g_sink = sink;
    js_install_listeners(imgui_html5_key_names());
}

void set_frame_callback(void (*draw)()) { g_draw = draw; }

void request_frames(int count) {
    if (count > g_frames_pending) g_frames_pending = count;
    if (!g_frame_scheduled) {
        g_frame_scheduled = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
}

void canvas_css_size(double& width, double& height) { emscripten_get_element_css_size("#canvas", &width, &height); }
double device_pixel_ratio() { return emscripten_get_device_pixel_ratio(); }
void set_canvas_size(int width, int height) { emscripten_set_canvas_element_size("#canvas", width, height); }
void set_text_input(bool active, float x, float y) { js_set_text_input(active ? 1 : 0, x, y); }
void set_cursor(const char* css_cursor) { js_set_cursor(css_cursor); }
void copy_to_clipboard(const std::string& text) { js_copy_to_clipboard(text.c_str()); }
void notify_ready() { js_notify_ready(); }
double now_seconds() { return emscripten_get_now() / 1000.0; }

}  // namespace ladder::platform

#else  // Native fallbacks: a headless host (tests, tools) draws when asked and has no page.

namespace ladder::platform {

void init(InputSink* sink) { g_sink = sink; }
void set_frame_callback(void (*draw)()) { g_draw = draw; }
void request_frames(int count) {
    if (count > g_frames_pending) g_frames_pending = count;
}
void canvas_css_size(double& width, double& height) {
    width = 1280;
    height = 800;
}
double device_pixel_ratio() { return 1.0; }
void set_canvas_size(int, int) {}
void set_text_input(bool, float, float) {}
void set_cursor(const char*) {}
void copy_to_clipboard(const std::string&) {}
void notify_ready() {}
double now_seconds() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace ladder::platform

#endif
