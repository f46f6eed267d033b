// What the web shell needs from the browser besides storage and the clock (platform.h):
// input events, frame scheduling, the canvas, files, clipboard, printing and the partner page
// around an embed. Implemented by platform_web.cpp only; the app layer never includes it.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace ladder::platform {

// Input arrives from the page as these events; the ImGui backend (imgui_impl_html5.cpp)
// implements them.
struct InputSink {
    virtual ~InputSink() = default;
    virtual void pointer_move(float x, float y, bool touch) = 0;  // device pixels, canvas-relative
    virtual void pointer_button(int button, bool down) = 0;
    virtual void pointer_leave() = 0;
    virtual void wheel(float dx, float dy) = 0;                   // in lines, positive = up/left
    virtual void key(int key_code, bool down, int modifiers) = 0;  // see kKey* in imgui_impl_html5.h
    virtual void text(const char* utf8) = 0;
    virtual void focus(bool focused) = 0;
};

// Installs the page's event listeners; events go to `sink` and wake the frame loop.
// key_names: the KeyboardEvent.key names the input backend understands (see imgui_impl_html5.h).
void init(InputSink* sink, const char* key_names);

// Frame scheduling: nothing is drawn unless something asks. Every input event asks for a few
// frames (ImGui needs one or two to settle hover and focus); so can the app. When no frame is
// pending the page draws nothing at all.
void set_frame_callback(void (*draw)());
void request_frames(int count = 3);
// Asks for frames after a delay (a message that disappears by itself), without drawing
// anything in between.
void wake_after(double seconds);

// The canvas: its CSS size and the device pixel ratio; set_canvas_size sets the backing store
// in device pixels (HiDPI: CSS size x ratio, so text stays crisp).
void canvas_css_size(double& width, double& height);
double device_pixel_ratio();
void set_canvas_size(int width, int height);
void canvas_size(int& width, int& height);  // the backing store's size now

void set_cursor(const char* css_cursor);
// True while the primary pointer is coarse (a finger: matchMedia("(pointer: coarse)")).
bool coarse_pointer();
// False when the page was opened with ?nomirror: make bench times frames without the
// accessibility mirror to measure what it costs. Nobody else turns it off.
bool mirror_enabled();
// The document's title (what a browser tab and a screen reader say the page is).
void set_title(const std::string& title);
// <html lang>: what the page's text is written in, for screen readers' voices and hyphenation.
void set_document_language(const std::string& lang);

// Clipboard: writes use navigator.clipboard; reads come as text() events from paste.
void copy_to_clipboard(const std::string& text);


// Files. download() saves text through a Blob link. pick_files() opens the browser's file
// picker; picked files and files dropped on the page arrive through the file callback, one
// call per file (a file over the size limit arrives with an empty text and too_big = true).
void download(const std::string& filename, const std::string& mime, const std::string& content);
void pick_files(bool multiple);
// `bytes` are the file as it is on disk, in whatever encoding it was saved.
using FileCallback = void (*)(const std::string& name, const std::string& bytes, bool too_big);
void set_file_callback(FileCallback callback);
// At most this many files of one drop or pick are read (a whole folder dropped by mistake would
// otherwise read for minutes); the callback hears how many came and how many were read, after
// the files that are.
constexpr int kMaxFilesPerDrop = 500;
void set_files_left_callback(void (*callback)(int given, int read));
// Called with true while files are dragged over the page, false when they leave or drop.
void set_drag_callback(void (*callback)(bool over));
// Another tab or window of this site wrote, removed or cleared one of Ladder's stored entries
// (the browser's storage event, which never fires in the tab that wrote). `key` is empty when
// the other tab cleared everything.
void set_storage_callback(void (*callback)(const std::string& key));

// Prints an HTML document (the report) through a hidden frame, so the canvas is not printed.
void print_html(const std::string& html);


// How the page was opened: hosted, offline (the single file), or embedded in a partner site
// (index.html?embed=1&parent=<origin>&lang=..&model=..&height=auto, set by embed.js).
// As JSON text: {offline, embedded, auto_height, parent_origin, parent_verified, lang,
// model_url, prefers_dark, prefers_more_contrast, prefers_reduced_motion (the browser's media
// preferences)}; the app reads it (app::read_page_info), so the fields are defined in one place.
std::string page_info_json();

// Embedded only: posts a message (JSON text) to the partner page, at its origin and no other.
void post_to_parent(const std::string& json);
// Messages from the partner page (origin-checked) arrive here as JSON text.
void set_parent_message_callback(void (*callback)(const std::string& json));
// When true, wheel events and swipes are left to the page around us (an embed sized to its
// content has nothing to scroll inside).
void set_wheel_pass_through(bool pass);

// Fetches a file from the page's own origin (a custom model, a language); anything else is
// refused. The offline single file carries its files inline and answers from those. Several
// fetches may be in flight; each callback is called once.
using FetchCallback = std::function<void(bool ok, const std::string& text, const std::string& error)>;
void fetch_same_origin(const std::string& url, FetchCallback callback);
// Sharing as a link, with the browser's own compression (CompressionStream, deflate-raw) and
// base64url: `text` packed into a link to this page ("...#share=<payload>"), and a payload
// unpacked back to its text. Both answer through the callback, like a fetch; a browser without
// compression streams, or a damaged payload, answers with the reason. clear_shared() takes the
// payload out of the address (a reload does not ask again).
void make_share_link(const std::string& text, FetchCallback callback);
void read_shared(const std::string& payload, FetchCallback callback);
void clear_shared();
// Saves a file that the site itself serves (the offline copy) via a download link.
void download_url(const std::string& url, const std::string& filename);

// Tells the page the app has drawn its first frame and window.ladder may resolve.
void notify_ready();
// A named moment of the start-up on the page's performance timeline ("ladder:<stage>"), for
// make bench's breakdown of where the time to the first frame goes.
void mark(const char* stage);
// Runs `step` in a task of its own, once the browser has had its turn (a timeout of 0): for
// start-up work split into steps. One step waits at a time.
void after_yield(void (*step)());

// The accessibility mirror: real, invisible DOM elements after the canvas, one per widget of
// the registry, at the widget's place, in reading order. `payload` is ui::registry_serialise();
// call only when it changed. The mirror changes only what differs from the last payload. A
// click on a mirror element calls ladder_activate(id) (api.cpp).
void update_mirror(const std::string& payload);
// Says `text` through the page's live region (role=status), for screen readers: confirmations
// and errors that a sighted user sees in the toast or the banner.
void announce(const std::string& text);


}  // namespace ladder::platform
