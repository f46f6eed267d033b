// Sharing an assessment as a link. The assessment file travels in the address's fragment
// ("#share=..."), which browsers never send to a server: the browser compresses it
// (CompressionStream) and the shell writes it in base64url. Opening such a link asks first,
// then reads the text exactly as a file dropped on the page at that moment (on_file: the same
// checks, the same errors; on the Team screen the answers join the team exercise). A link too
// long for chat tools and e-mail to keep whole is not offered; the file is.
#include "internal.h"

namespace ladder::app {

void handle(State& state, const intent::MakeShareLink&, Effects& effects) {
    effects.push_back(effect::MakeShareLink{dump_json(assessment_to_json(state.session.assessment))});
}

void handle(State& state, const intent::CopyShareLink&, Effects& effects) {
    const ShareView& share = state.ui.share;
    if (share.link.empty() || share.revision != state.session.revision) return;
    effects.push_back(effect::CopyText{share.link});
    toast(state, tr(S::ShareLinkCopied), effects);
}

void handle(State& state, const intent::OpenShared&, Effects& effects) {
    if (!state.ui.share.offered) return;
    const std::string text = std::move(*state.ui.share.offered);
    state.ui.share.offered.reset();
    effects.push_back(effect::ClearShared{});
    // Text that is not even JSON came out of a damaged link, and says so as such; JSON goes
    // where a file would.
    const auto json = parse_json_bytes(text);
    if (!json) {
        state.ui.error = Message{tr(S::ShareDamagedTitle), fmt(S::ShareDamagedText, {{"reason", problem_list(json.errors())}})};
        return;
    }
    for (auto& e : on_file(state, tr(S::ShareLinkName), text, false)) effects.push_back(std::move(e));
}

void handle(State& state, const intent::DismissShared&, Effects& effects) {
    if (!state.ui.share.offered) return;
    state.ui.share.offered.reset();
    effects.push_back(effect::ClearShared{});
}

Effects on_share_link(State& state, bool ok, const std::string& link, const std::string& error) {
    Effects effects;
    ShareView& share = state.ui.share;
    share.revision = state.session.revision;
    share.link.clear();
    share.too_long = 0;
    if (!ok) {
        state.ui.error = Message{tr(S::ShareFailedTitle), error};
        return effects;
    }
    if (link.size() > kShareLinkMax) share.too_long = link.size();
    else share.link = link;
    // Keyboard focus to what the user does next: copy the link, or download the file.
    effects.push_back(effect::Focus{share.link.empty() ? "share-download" : "share-copy"});
    return effects;
}

Effects on_shared_read(State& state, bool ok, const std::string& text, const std::string& error) {
    Effects effects;
    if (!ok) {
        state.ui.error = Message{tr(S::ShareDamagedTitle), fmt(S::ShareDamagedText, {{"reason", error}})};
        effects.push_back(effect::ClearShared{});
        return effects;
    }
    state.ui.share.offered = text;
    return effects;
}

}  // namespace ladder::app
