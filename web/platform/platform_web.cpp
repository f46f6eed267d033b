// The one file that talks to the browser: platform.h and browser.h for the web build. Event
// listeners are plain DOM listeners installed from EM_JS, not Emscripten's GLFW: GLFW listens
// on window in the capture phase and swallows Tab and Backspace for the whole page, and has no
// IME, no paste and no phone keyboard. Here the pointer goes to the canvas and the keyboard to
// the accessibility mirror's elements (mirror.js), where the DOM focus is, so the rest of the
// page, or a partner page around an embed, keeps working. The native build uses
// platform_native.cpp instead.
#include "browser.h"
#include "platform.h"

#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdlib>
#include <map>

#include "json_input.h"

namespace ladder::platform {
namespace {

InputSink* g_sink = nullptr;
void (*g_draw)() = nullptr;
int g_frames_pending = 0;
bool g_frame_scheduled = false;
FileCallback g_file_callback = nullptr;
std::map<int, FetchCallback> g_fetches;  // by request number
int g_next_fetch = 1;
void (*g_parent_callback)(const std::string&) = nullptr;
void (*g_drag_callback)(bool) = nullptr;
void (*g_storage_callback)(const std::string&) = nullptr;
void (*g_files_left_callback)(int, int) = nullptr;

}  // namespace
}  // namespace ladder::platform

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
EMSCRIPTEN_KEEPALIVE void ladder_on_file(const char* name, const char* bytes, int length, int too_big) {
    // The bytes as they are on disk: the core decides how they are encoded (json_input.h).
    if (ladder::platform::g_file_callback) ladder::platform::g_file_callback(name, std::string(bytes, static_cast<std::size_t>(length)), too_big != 0);
    ladder::platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void ladder_on_fetched(int request, int ok, const char* text, const char* error) {
    auto& fetches = ladder::platform::g_fetches;
    const auto it = fetches.find(request);
    if (it != fetches.end()) {
        const ladder::platform::FetchCallback callback = std::move(it->second);
        fetches.erase(it);
        callback(ok != 0, text, error);
    }
    ladder::platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void ladder_on_parent_message(const char* json) {
    if (ladder::platform::g_parent_callback) ladder::platform::g_parent_callback(json);
    ladder::platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void ladder_on_files_left(int given, int read) {
    if (ladder::platform::g_files_left_callback) ladder::platform::g_files_left_callback(given, read);
    ladder::platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void ladder_on_storage(const char* key) {
    if (ladder::platform::g_storage_callback) ladder::platform::g_storage_callback(key);
    ladder::platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void ladder_on_drag(int over) {
    if (ladder::platform::g_drag_callback) ladder::platform::g_drag_callback(over != 0);
    ladder::platform::request_frames();
}
// For window.ladder.idle(): 1 while an animation frame is queued (one always is while frames
// are pending: see on_animation_frame).
EMSCRIPTEN_KEEPALIVE int ladder_frame_pending() { return ladder::platform::g_frame_scheduled ? 1 : 0; }
}

// clang-format off
// window.ladder.idle() resolves once the app has finished reacting: no animation frame queued
// and no work in flight whose end will ask for frames (a file being read, a same-origin fetch,
// a clipboard write, a focus change deferred to the next task). Tests wait on it instead of
// sleeping. A wake_after() timer is deliberately not work: it only takes a message down later,
// and a page showing a message is idle. ladderTrack(promise) counts a promise as work until it
// settles; frames report their end through ladderCheckIdle (from on_animation_frame).
EM_JS(void, js_install_idle, (), {
  let work = 0;
  let waiters = [];
  const check = () => {
    if (work > 0 || _ladder_frame_pending() || waiters.length === 0) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };
  Module["ladderCheckIdle"] = check;
  Module["ladderTrack"] = (promise) => {
    ++work;
    const end = () => { --work; check(); };
    promise.then(end, end);
  };
  Module["ladderIdle"] = () => new Promise((resolve) => { waiters.push(resolve); check(); });
});

EM_JS(void, js_check_idle, (), { Module["ladderCheckIdle"](); });

EM_JS(void, js_install_listeners, (const char* key_names_csv), {
  const canvas = Module["canvas"];
  const keyNames = UTF8ToString(key_names_csv).split(",");
  const keyIndex = new Map(keyNames.map((name, i) => [name, i + 1]));
  const ratio = () => window.devicePixelRatio || 1;

  const position = (e) => {
    const r = canvas.getBoundingClientRect();
    return [(e.clientX - r.left) * ratio(), (e.clientY - r.top) * ratio()];
  };
  // Mouse and pen: straight to ImGui, as they come.
  canvas.addEventListener("pointermove", (e) => {
    if (e.pointerType === "touch") return;
    const [x, y] = position(e);
    _ladder_on_pointer_move(x, y, 0);
  });
  canvas.addEventListener("pointerdown", (e) => {
    if (e.pointerType === "touch") return;
    const [x, y] = position(e);
    _ladder_on_pointer_move(x, y, 0);
    canvas.setPointerCapture(e.pointerId);
    _ladder_on_pointer_button(e.button, 1);
    e.preventDefault();
  });
  canvas.addEventListener("pointerup", (e) => {
    if (e.pointerType === "touch") return;
    const [x, y] = position(e);
    _ladder_on_pointer_move(x, y, 0);
    _ladder_on_pointer_button(e.button, 0);
  });
  canvas.addEventListener("pointercancel", (e) => { if (e.pointerType !== "touch") _ladder_on_pointer_leave(); });
  canvas.addEventListener("pointerleave", (e) => { if (e.pointerType !== "touch" && e.buttons === 0) _ladder_on_pointer_leave(); });

  // A finger is not a mouse. ImGui hears nothing while a finger is down until the gesture is
  // known: moved more than TAP_SLOP, it is a swipe, which scrolls what is under it (ImGui
  // never sees a press, so nothing is clicked); lifted where it went down, it is a tap, a press
  // and a release there; held still for HOLD_MS, it is a press that follows the finger (a
  // slider's grab). A swipe that ends moving glides on (momentum), slowing down, until it
  // stops, reaches the end of the content, or another finger touches the screen.
  const TAP_SLOP = 8;          // CSS px
  const HOLD_MS = 400;
  const VELOCITY_WINDOW = 100; // ms of the last moves that give the speed at release
  const MAX_SPEED = 6;         // CSS px per ms
  const MIN_SPEED = 0.05;      // below this a release or a glide is a stop
  const GLIDE_TAU = 325;       // ms for the glide's speed to fall to 37 %
  let finger = null;
  let glide = null;
  // Scrolls by dy CSS px what was under the finger's first point (`start`: the gesture's first
  // move); false when nothing could move.
  const scrollBy = (at, dy, start) => Math.abs(_ladder_scroll_at(at[0], at[1], dy * ratio(), start ? 1 : 0)) > 0.01;
  const stopGlide = () => {
    if (!glide) return;
    cancelAnimationFrame(glide.frame);
    glide.done();
    glide = null;
  };
  const startGlide = (at, speed) => {
    let done;
    // A glide is work in flight for window.ladder.idle(): the page is idle when it has stopped.
    Module["ladderTrack"](new Promise((resolve) => { done = resolve; }));
    glide = {done: done, frame: 0, last: performance.now()};
    const step = (now) => {
      // A frame's time can be earlier than the lift that started the glide: no time has passed
      // then, and nothing to move yet (not the end of the content).
      const dt = now - glide.last;
      if (dt <= 0) { glide.frame = requestAnimationFrame(step); return; }
      glide.last = now;
      const moved = scrollBy(at, speed * dt, false);
      speed *= Math.exp(-dt / GLIDE_TAU);
      if (!moved || Math.abs(speed) < MIN_SPEED) { stopGlide(); return; }
      glide.frame = requestAnimationFrame(step);
    };
    glide.frame = requestAnimationFrame(step);
  };
  const press = (x, y) => {
    if (Module["ladderMirrorPress"]) Module["ladderMirrorPress"](x, y, false);
    const at = position({clientX: x, clientY: y});
    _ladder_on_pointer_move(at[0], at[1], 1);
    _ladder_on_pointer_button(0, 1);
  };
  canvas.addEventListener("pointerdown", (e) => {
    if (e.pointerType !== "touch" || !e.isPrimary) return;
    stopGlide();
    canvas.setPointerCapture(e.pointerId);
    e.preventDefault();
    finger = {id: e.pointerId, mode: "wait", startX: e.clientX, startY: e.clientY, y: e.clientY,
              at: position(e), moves: [{t: e.timeStamp, y: e.clientY}], timer: 0};
    const f = finger;
    f.timer = setTimeout(() => {
      if (finger !== f || f.mode !== "wait") return;
      f.mode = "press";
      press(f.startX, f.startY);
    }, HOLD_MS);
  });
  canvas.addEventListener("pointermove", (e) => {
    const f = finger;
    if (!f || e.pointerId !== f.id) return;
    if (f.mode === "press") {
      const [x, y] = position(e);
      _ladder_on_pointer_move(x, y, 1);
      return;
    }
    if (f.mode === "wait" && Math.hypot(e.clientX - f.startX, e.clientY - f.startY) > TAP_SLOP) {
      clearTimeout(f.timer);
      f.mode = "swipe";
      f.y = f.startY;  // the first few pixels count too: the content follows the finger exactly
      f.start = true;
    }
    if (f.mode !== "swipe") return;
    scrollBy(f.at, f.y - e.clientY, f.start);
    f.start = false;
    f.y = e.clientY;
    f.moves.push({t: e.timeStamp, y: e.clientY});
    while (f.moves.length > 2 && e.timeStamp - f.moves[0].t > VELOCITY_WINDOW) f.moves.shift();
  });
  const lift = (e, cancelled) => {
    const f = finger;
    if (!f || e.pointerId !== f.id) return;
    finger = null;
    clearTimeout(f.timer);
    if (f.mode === "wait" && !cancelled) {
      // A tap. The phone's keyboard opens only for a focus() made inside the user's gesture,
      // which is now: a tap on a text field focuses its mirror element before ImGui hears it.
      if (Module["ladderMirrorPress"]) Module["ladderMirrorPress"](f.startX, f.startY, true);
      const at = position({clientX: f.startX, clientY: f.startY});
      _ladder_on_pointer_move(at[0], at[1], 1);
      _ladder_on_pointer_button(0, 1);
      _ladder_on_pointer_button(0, 0);
    } else if (f.mode === "press") {
      const [x, y] = position(e);
      _ladder_on_pointer_move(x, y, 1);
      _ladder_on_pointer_button(0, 0);
    } else if (f.mode === "swipe" && !cancelled) {
      scrollBy(f.at, f.y - e.clientY, false);
      const first = f.moves.find((m) => e.timeStamp - m.t <= VELOCITY_WINDOW);
      const span = first ? e.timeStamp - first.t : 0;
      let speed = first && span > 0 ? (first.y - e.clientY) / span : 0;
      speed = Math.max(-MAX_SPEED, Math.min(MAX_SPEED, speed));
      if (Math.abs(speed) >= MIN_SPEED * 4) startGlide(f.at, speed);
    }
    // Touch has no hover: nothing stays highlighted under a lifted finger.
    _ladder_on_pointer_leave();
  };
  canvas.addEventListener("pointerup", (e) => lift(e, false));
  canvas.addEventListener("pointercancel", (e) => lift(e, true));
  canvas.addEventListener("contextmenu", (e) => e.preventDefault());
  canvas.addEventListener("wheel", (e) => {
    if (Module["ladderWheelPassThrough"]) return;  // the page around an embed scrolls instead
    // deltaMode 0 is pixels, 1 lines, 2 pages; ImGui wants lines.
    const scale = e.deltaMode === 1 ? 1 : e.deltaMode === 2 ? 10 : 1 / 40;
    _ladder_on_wheel(-e.deltaX * scale, -e.deltaY * scale);
    e.preventDefault();
  }, {passive: false});

  // Keys reach the app through the accessibility mirror, where the DOM focus is (mirror.js):
  // these two turn a keyboard event into what ImGui's backend expects.
  Module["ladderModifiers"] = (e) => (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
  Module["ladderKeyCode"] = (key) => {
    if (keyIndex.has(key)) return keyIndex.get(key);
    if (key.length === 1) {
      const c = key.toUpperCase().charCodeAt(0);
      if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1000 + c;
    }
    return 0;
  };

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

  // A coarse primary pointer (a finger) makes every target at least 44 CSS px (theme.cpp); a
  // change (a tablet's keyboard detached, devtools' emulation) redraws at the new sizes.
  const coarse = window.matchMedia ? window.matchMedia("(pointer: coarse)") : null;
  Module["ladderCoarsePointer"] = !!(coarse && coarse.matches);
  if (coarse) {
    coarse.addEventListener("change", () => {
      Module["ladderCoarsePointer"] = coarse.matches;
      _ladder_on_resize();
    });
  }
});

EM_JS(int, js_coarse_pointer, (), { return Module["ladderCoarsePointer"] ? 1 : 0; });

EM_JS(void, js_set_cursor, (const char* css), { Module["canvas"].style.cursor = UTF8ToString(css); });

EM_JS(int, js_mirror_enabled, (), { return new URLSearchParams(window.location.search).has("nomirror") ? 0 : 1; });

EM_JS(void, js_set_title, (const char* title), { document.title = UTF8ToString(title); });
EM_JS(void, js_set_document_language, (const char* lang), { document.documentElement.lang = UTF8ToString(lang); });

EM_JS(void, js_copy_to_clipboard, (const char* text), {
  const value = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) Module["ladderTrack"](navigator.clipboard.writeText(value).catch(() => {}));
});

EM_JS(void, js_mark, (const char* stage), {
  if (performance.mark) performance.mark("ladder:" + UTF8ToString(stage));
});

EM_JS(void, js_notify_ready, (), {
  if (Module["onLadderReady"]) Module["onLadderReady"](Module["ladderApi"]);
});

// A string made in JavaScript for C++: malloc'd here, freed by take_js_string().
EM_JS(char*, js_storage_get, (const char* key), {
  try {
    const value = window.localStorage.getItem(UTF8ToString(key));
    if (value === null) return 0;
    const size = lengthBytesUTF8(value) + 1;
    const ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
  } catch (e) {
    return 0;
  }
});

// 1 written, 2 refused for lack of room (the quota), 0 storage off (file://, private mode, a
// sandboxed frame). Browsers name the quota error differently (Firefox's is
// NS_ERROR_DOM_QUOTA_REACHED, older Safari only gives code 22).
EM_JS(int, js_storage_set, (const char* key, const char* value), {
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
    return 1;
  } catch (e) {
    const full = e && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22);
    return full ? 2 : 0;
  }
});

EM_JS(void, js_storage_remove, (const char* key), {
  try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

EM_JS(int, js_storage_available, (), {
  try {
    const probe = "ladder.probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return 1;
  } catch (e) {
    return 0;
  }
});

// Keys with the prefix, one per line (our keys never contain a line break).
EM_JS(char*, js_storage_keys, (const char* prefix), {
  let keys = [];
  try {
    const p = UTF8ToString(prefix);
    for (let i = 0; i < window.localStorage.length; ++i) {
      const k = window.localStorage.key(i);
      if (k !== null && k.startsWith(p)) keys.push(k);
    }
  } catch (e) {}
  const text = keys.join("\n");
  const size = lengthBytesUTF8(text) + 1;
  const ptr = _malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
});

// Only Ladder's own entries, and only from another tab (the browser never tells the writer).
EM_JS(void, js_install_storage_listener, (), {
  window.addEventListener("storage", (e) => {
    if (e.storageArea !== window.localStorage) return;
    if (e.key !== null && !e.key.startsWith("ladder.")) return;
    const key = e.key === null ? "" : e.key;
    const size = lengthBytesUTF8(key) + 1;
    const ptr = _malloc(size);
    stringToUTF8(key, ptr, size);
    _ladder_on_storage(ptr);
    _free(ptr);
  });
});

// The content goes into the file byte for byte: decoding it to a JavaScript string first would
// drop a leading UTF-8 byte-order mark (TextDecoder removes it), which the CSV files need.
EM_JS(void, js_download, (const char* filename, const char* mime, const char* content, int size), {
  const blob = new Blob([HEAPU8.slice(content, content + size)], {type: UTF8ToString(mime)});
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = UTF8ToString(filename);
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});

EM_JS(void, js_install_file_listeners, (int max_bytes, int max_files), {
  const deliver = (file) => {
    // The file's bytes, undecoded: a browser would read Windows-1252 or UTF-16 as broken UTF-8.
    const send = (bytes, tooBig) => {
      const name = file.name || "file";
      const n = lengthBytesUTF8(name) + 1;
      const np = _malloc(n), bp = _malloc(bytes.length + 1);
      stringToUTF8(name, np, n);
      HEAPU8.set(bytes, bp);
      _ladder_on_file(np, bp, bytes.length, tooBig ? 1 : 0);
      _free(np);
      _free(bp);
    };
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > max_bytes) { send(new Uint8Array(0), true); return Promise.resolve(); }
    const read = file.arrayBuffer().then((buffer) => send(new Uint8Array(buffer), false), () => send(new Uint8Array(0), false));
    Module["ladderTrack"](read);
    return read;
  };
  // Files past the limit are not read; that is said once the others are in, so it is the last
  // word rather than lost under theirs.
  Module["ladderDeliverFiles"] = (files) => {
    const all = Array.from(files);
    const reads = all.slice(0, max_files).map(deliver);
    if (all.length > max_files) {
      Module["ladderTrack"](Promise.all(reads).then(() => _ladder_on_files_left(all.length, max_files)));
    }
  };
  let depth = 0;
  const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes("Files");
  document.addEventListener("dragenter", (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (depth++ === 0) _ladder_on_drag(1);
  });
  document.addEventListener("dragover", (e) => { if (hasFiles(e)) { e.preventDefault(); e.dataTransfer.dropEffect = "copy"; } });
  document.addEventListener("dragleave", (e) => {
    if (!hasFiles(e)) return;
    if (--depth <= 0) { depth = 0; _ladder_on_drag(0); }
  });
  document.addEventListener("drop", (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    _ladder_on_drag(0);
    Module["ladderDeliverFiles"](e.dataTransfer.files);
  });
});

EM_JS(void, js_pick_files, (int multiple), {
  const input = document.createElement("input");
  input.type = "file";
  input.accept = ".json,application/json";
  input.multiple = !!multiple;
  input.style.display = "none";
  input.addEventListener("change", () => {
    Module["ladderDeliverFiles"](input.files);
    input.remove();
  });
  document.body.appendChild(input);
  input.click();
});

EM_JS(void, js_print_html, (const char* html), {
  const frame = document.createElement("iframe");
  frame.setAttribute("aria-hidden", "true");
  frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0";
  frame.srcdoc = UTF8ToString(html);
  frame.onload = () => {
    frame.contentWindow.focus();
    frame.contentWindow.print();
    setTimeout(() => frame.remove(), 1000);
  };
  document.body.appendChild(frame);
});

EM_JS(char*, js_now_iso8601, (), {
  const text = new Date().toISOString().slice(0, 19) + "Z";
  const size = lengthBytesUTF8(text) + 1;
  const ptr = _malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
});

EM_JS(double, js_random, (), {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0];
});

// The page's situation as JSON: offline file, or embedded (with the partner's origin checked
// against what the browser says embeds us).
EM_JS(char*, js_page_info, (), {
  const params = new URLSearchParams(window.location.search);
  const media = (query) => !!(window.matchMedia && window.matchMedia(query).matches);
  const info = {offline: !!Module["ladderOffline"], embedded: false, auto_height: false, parent_origin: "",
                parent_verified: false, lang: params.get("lang") || "", model_url: "",
                browser_languages: Array.from(navigator.languages || [navigator.language || ""]),
                prefers_dark: media("(prefers-color-scheme: dark)"), prefers_more_contrast: media("(prefers-contrast: more)"),
                prefers_reduced_motion: media("(prefers-reduced-motion: reduce)"),
                share: window.location.hash.indexOf("#share=") === 0 ? window.location.hash.slice(7) : ""};
  if (params.get("embed") === "1" && window.parent !== window) {
    info.embedded = true;
    info.auto_height = (params.get("height") || "auto") === "auto";
    let claimed = "";
    try { claimed = new URL(params.get("parent") || "").origin; } catch (e) {}
    let actual = "";
    if (window.location.ancestorOrigins && window.location.ancestorOrigins.length) actual = window.location.ancestorOrigins[0];
    else if (document.referrer) { try { actual = new URL(document.referrer).origin; } catch (e) {} }
    info.parent_origin = claimed;
    info.parent_verified = claimed !== "" && claimed !== "null" && claimed === actual;
    const model = params.get("model");
    if (model) {
      try {
        const url = new URL(model, window.location.href);
        if (url.origin === window.location.origin) info.model_url = url.href;
      } catch (e) {}
    }
    if (info.parent_verified) {
      Module["ladderParentOrigin"] = claimed;
      window.addEventListener("message", (event) => {
        if (event.origin !== claimed || event.source !== window.parent) return;
        const text = JSON.stringify(event.data);
        const size = lengthBytesUTF8(text) + 1;
        const ptr = _malloc(size);
        stringToUTF8(text, ptr, size);
        _ladder_on_parent_message(ptr);
        _free(ptr);
      });
    }
  }
  const text = JSON.stringify(info);
  const size = lengthBytesUTF8(text) + 1;
  const ptr = _malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
});

EM_JS(void, js_post_to_parent, (const char* json), {
  const origin = Module["ladderParentOrigin"];
  if (!origin) return;
  window.parent.postMessage(JSON.parse(UTF8ToString(json)), origin);
});

// Passing through, a swipe is the browser's too (it scrolls the page around the frame).
EM_JS(void, js_set_wheel_pass_through, (int pass), {
  Module["ladderWheelPassThrough"] = !!pass;
  Module["canvas"].style.touchAction = pass ? "pan-x pan-y" : "";
});

// Answers a request (fetch_same_origin, make_share_link, read_shared) through ladder_on_fetched.
EM_JS(void, js_install_deliver, (), {
  Module["ladderDeliver"] = (request, ok, text, error) => {
    const t = lengthBytesUTF8(text) + 1, e = lengthBytesUTF8(error) + 1;
    const tp = _malloc(t), ep = _malloc(e);
    stringToUTF8(text, tp, t);
    stringToUTF8(error, ep, e);
    _ladder_on_fetched(request, ok ? 1 : 0, tp, ep);
    _free(tp);
    _free(ep);
  };
});

EM_JS(void, js_fetch_same_origin, (const char* url_ptr, int request), {
  const deliver = (ok, text, error) => Module["ladderDeliver"](request, ok, text, error);
  // The offline file's own copies (build-site.mjs): gzipped, in base64, in a script element
  // named by the file's path.
  const path = UTF8ToString(url_ptr);
  const inline = Array.from(document.querySelectorAll("script[data-ladder-file]")).find((s) => s.dataset.ladderFile === path);
  if (inline) {
    const raw = atob(inline.textContent.trim()), bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; ++i) bytes[i] = raw.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    Module["ladderTrack"](new Response(stream).text().then((text) => deliver(true, text, ""), (e) => deliver(false, "", String(e.message || e))));
    return;
  }
  // A file the page asked for before the program ran (shell/index.html: the language's texts).
  const early = Module["ladderEarly"] && Module["ladderEarly"][path];
  if (early) delete Module["ladderEarly"][path];
  let url;
  try { url = new URL(path, window.location.href); } catch (e) { deliver(false, "", "not a valid address"); return; }
  if (url.origin !== window.location.origin) { deliver(false, "", "only files from this site can be loaded"); return; }
  Module["ladderTrack"]((early || fetch(url.href, {credentials: "omit", cache: "no-cache"}))
    .then((response) => response.ok ? response.text() : Promise.reject(new Error("the server answered " + response.status)))
    .then((text) => deliver(true, text, ""), (e) => deliver(false, "", String(e.message || e))));
});

// Sharing as a link (browser.h). The link is to this page without its query (an embed's or a
// language's parameters are not the shared answers') and works from the offline file too.
EM_JS(void, js_make_share_link, (const char* text_ptr, int request), {
  const deliver = Module["ladderDeliver"];
  if (!window.CompressionStream) { deliver(request, false, "", "this browser cannot compress a link"); return; }
  const text = UTF8ToString(text_ptr);
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  Module["ladderTrack"](new Response(stream).arrayBuffer().then((buffer) => {
    const bytes = new Uint8Array(buffer);
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    let payload = btoa(binary).replace(/[+]/g, "-").replace(/[/]/g, "_");
    while (payload.endsWith("=")) payload = payload.slice(0, -1);
    const base = window.location.href.split("#")[0].split("?")[0];
    deliver(request, true, base + "#share=" + payload, "");
  }, (e) => deliver(request, false, "", String(e.message || e))));
});

EM_JS(void, js_read_shared, (const char* payload_ptr, int request), {
  const deliver = Module["ladderDeliver"];
  if (!window.DecompressionStream) { deliver(request, false, "", "this browser cannot read such links"); return; }
  let bytes;
  try {
    const binary = atob(UTF8ToString(payload_ptr).replace(/-/g, "+").replace(/_/g, "/"));
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
  } catch (e) {
    deliver(request, false, "", "not base64url");
    return;
  }
  // At most the size of a file Ladder reads: a link cannot unpack into more.
  const limit = 5 * 1024 * 1024;
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const parts = [];
  let size = 0;
  const pump = () => reader.read().then(({done, value}) => {
    if (done) return new Blob(parts).text();
    size += value.length;
    if (size > limit) { reader.cancel(); throw new Error("it unpacks to more than 5 MB"); }
    parts.push(value);
    return pump();
  });
  Module["ladderTrack"](pump().then((text) => deliver(request, true, text, ""),
                                    (e) => deliver(request, false, "", "it does not unpack: " + String(e.message || e))));
});

EM_JS(void, js_clear_shared, (), {
  if (window.location.hash.indexOf("#share=") !== 0) return;
  try { history.replaceState(history.state, "", window.location.href.split("#")[0]); } catch (e) {}
});

// The live region lives in the page's HTML from the start (a region created later is not
// always announced); a page without it (an old copy of the shell) simply stays silent.
EM_JS(void, js_announce, (const char* text), {
  var live = document.getElementById("ladder-live");
  if (live) live.textContent = UTF8ToString(text);
});

// The accessibility mirror (browser.h, update_mirror): mirror.js, included with --pre-js.
EM_JS(void, js_update_mirror, (const char* payload, int length), {
  Module["ladderMirrorUpdate"](UTF8ToString(payload, length));
});

EM_JS(void, js_download_url, (const char* url, const char* filename), {
  const link = document.createElement("a");
  link.href = UTF8ToString(url);
  link.download = UTF8ToString(filename);
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
});
// clang-format on

namespace ladder::platform {
namespace {

// One animation frame at a time: the frame itself may ask for more frames (request_frames),
// so the pending count is decremented before drawing and only one callback is ever queued.
EM_BOOL on_animation_frame(double, void*) {
    g_frame_scheduled = false;
    if (g_frames_pending > 0) --g_frames_pending;
    if (g_draw) g_draw();
    if (g_frames_pending > 0 && !g_frame_scheduled) {
        g_frame_scheduled = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
    if (!g_frame_scheduled) js_check_idle();
    return EM_FALSE;
}

}  // namespace

std::string take_js_string(char* ptr) {
    if (!ptr) return {};
    std::string out(ptr);
    std::free(ptr);
    return out;
}

void init(InputSink* sink, const char* key_names) {
    g_sink = sink;
    js_install_idle();
    js_install_deliver();
    js_install_listeners(key_names);
    js_install_file_listeners(static_cast<int>(kMaxInputBytes), kMaxFilesPerDrop);
}

bool storage_available() { return js_storage_available() != 0; }

std::string page_info_json() { return take_js_string(js_page_info()); }
void post_to_parent(const std::string& json) { js_post_to_parent(json.c_str()); }
void set_parent_message_callback(void (*callback)(const std::string&)) { g_parent_callback = callback; }
void set_wheel_pass_through(bool pass) { js_set_wheel_pass_through(pass ? 1 : 0); }
namespace {
int new_request(FetchCallback callback) {
    const int request = g_next_fetch++;
    g_fetches[request] = std::move(callback);
    return request;
}
}  // namespace
void fetch_same_origin(const std::string& url, FetchCallback callback) { js_fetch_same_origin(url.c_str(), new_request(std::move(callback))); }
void make_share_link(const std::string& text, FetchCallback callback) { js_make_share_link(text.c_str(), new_request(std::move(callback))); }
void read_shared(const std::string& payload, FetchCallback callback) { js_read_shared(payload.c_str(), new_request(std::move(callback))); }
void clear_shared() { js_clear_shared(); }
void download_url(const std::string& url, const std::string& filename) { js_download_url(url.c_str(), filename.c_str()); }

bool storage_get(const std::string& key, std::string& value) {
    char* ptr = js_storage_get(key.c_str());
    if (!ptr) return false;
    value = take_js_string(ptr);
    return true;
}

namespace {
bool g_storage_full = false;
}
bool storage_set(const std::string& key, const std::string& value) {
    const int written = js_storage_set(key.c_str(), value.c_str());
    if (written != 1) g_storage_full = written == 2;
    return written == 1;
}
bool storage_full() { return g_storage_full; }
void storage_remove(const std::string& key) { js_storage_remove(key.c_str()); }

std::vector<std::string> storage_keys(const std::string& prefix) {
    const std::string joined = take_js_string(js_storage_keys(prefix.c_str()));
    std::vector<std::string> keys;
    std::size_t start = 0;
    while (start < joined.size()) {
        const std::size_t end = std::min(joined.find('\n', start), joined.size());
        keys.push_back(joined.substr(start, end - start));
        start = end + 1;
    }
    return keys;
}

void download(const std::string& filename, const std::string& mime, const std::string& content) {
    js_download(filename.c_str(), mime.c_str(), content.data(), static_cast<int>(content.size()));
}
void pick_files(bool multiple) { js_pick_files(multiple ? 1 : 0); }
void set_file_callback(FileCallback callback) { g_file_callback = callback; }
void set_drag_callback(void (*callback)(bool)) { g_drag_callback = callback; }
void set_files_left_callback(void (*callback)(int, int)) { g_files_left_callback = callback; }
void set_storage_callback(void (*callback)(const std::string&)) {
    g_storage_callback = callback;
    js_install_storage_listener();
}
void print_html(const std::string& html) { js_print_html(html.c_str()); }
std::string now_iso8601() { return take_js_string(js_now_iso8601()); }

std::string random_id() {
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string id;
    for (int part = 0; part < 2; ++part) {
        auto n = static_cast<unsigned long long>(js_random());
        for (int i = 0; i < 5; ++i, n /= 36) id += digits[n % 36];
    }
    return id;
}

void set_frame_callback(void (*draw)()) { g_draw = draw; }

void wake_after(double seconds) {
    emscripten_set_timeout([](void*) { request_frames(); }, seconds * 1000.0, nullptr);
}

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
void canvas_size(int& width, int& height) { emscripten_get_canvas_element_size("#canvas", &width, &height); }
void set_cursor(const char* css_cursor) { js_set_cursor(css_cursor); }
bool coarse_pointer() { return js_coarse_pointer() != 0; }
void set_title(const std::string& title) { js_set_title(title.c_str()); }
void set_document_language(const std::string& lang) { js_set_document_language(lang.c_str()); }
bool mirror_enabled() {
    static const bool enabled = js_mirror_enabled() != 0;
    return enabled;
}
void copy_to_clipboard(const std::string& text) { js_copy_to_clipboard(text.c_str()); }
void notify_ready() { js_notify_ready(); }
void mark(const char* stage) { js_mark(stage); }

namespace {
void (*g_next_step)() = nullptr;
}
void after_yield(void (*step)()) {
    g_next_step = step;
    emscripten_set_timeout([](void*) {
        void (*next)() = g_next_step;
        g_next_step = nullptr;
        if (next) next();
    }, 0, nullptr);
}
void update_mirror(const std::string& payload) { js_update_mirror(payload.c_str(), static_cast<int>(payload.size())); }
double now_seconds() { return emscripten_get_now() / 1000.0; }

void announce(const std::string& text) { js_announce(text.c_str()); }

}  // namespace ladder::platform
