// What the app asks the world to do after a change: things outside its own state that a thin
// shell carries out (web/main.cpp in the browser; the native tests just look at them). Storage
// is not among them: the app reads and writes it directly through the platform interface,
// because it must know at once whether a write failed.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace ladder::app {

namespace effect {

struct Download { std::string filename, mime, content; };
struct DownloadUrl { std::string url, filename; };  // a file the site itself serves
struct Print { std::string html; };
struct CopyText { std::string text; };
struct PickFiles { bool multiple; };
struct PostToParent { std::string json; };         // embedded: to the partner page, at its origin only
struct FetchModel { std::string url; };            // same origin only; answers with on_model_fetched()
struct FetchLanguage { std::string lang, url; };  // same origin (or inline in the offline file); answers with on_language_fetched()
struct Focus { std::string widget; };              // keyboard focus to this widget (empty: the first drawn)
struct WakeAfter { double seconds; };              // draw a frame then (a toast goes away)
struct WheelPassThrough { bool pass; };            // embedded: let the partner page scroll
// Sharing as a link (share.cpp): the text compressed into a link to this page (answers with
// on_share_link); a link's payload decompressed (answers with on_shared_read); and the
// payload taken out of the address once dealt with.
struct MakeShareLink { std::string text; };
struct ReadShared { std::string payload; };
struct ClearShared {};

}  // namespace effect

using Effect = std::variant<effect::Download, effect::DownloadUrl, effect::Print, effect::CopyText, effect::PickFiles,
                            effect::PostToParent, effect::FetchModel, effect::FetchLanguage, effect::Focus, effect::WakeAfter,
                            effect::WheelPassThrough, effect::MakeShareLink, effect::ReadShared, effect::ClearShared>;
using Effects = std::vector<Effect>;

}  // namespace ladder::app
