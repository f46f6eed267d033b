// Where a team stands among its peers, in the page. The organiser's side is the convening view:
// many teams' files (assessments, team exercises) gathered on the Peers screen, each team
// counted once, shown side by side, tagged into peer groups, and published as a peer benchmark
// that holds only totals (core/peers.h). A team's side: a benchmark file opened next to its own
// results, kept in this browser until the team stops comparing.
#include <algorithm>

#include "file_names.h"
#include "internal.h"
#include "messages.h"

namespace ladder::app {
namespace {

// The inputs counted and in `group` ("" all), as copies the core can count again.
std::vector<PeerInput> inputs_in(const ConveningView& v, const std::vector<std::size_t>& counted, const std::string& group) {
    std::vector<PeerInput> out;
    for (const std::size_t i : counted) {
        if (group.empty() || peer_group(v, i) == group) out.push_back(v.inputs[i]);
    }
    return out;
}

void changed(State& state) {
    ++state.ui.convening.revision;
    refresh_convening(state);
}

std::string team_name(const ConveningView& v, std::size_t i) {
    const auto& team = v.inputs[i].team;
    return team && !team.value().name.empty() ? team.value().name : v.inputs[i].file;
}

}  // namespace

void refresh_convening(State& state) {
    ConveningView& v = state.ui.convening;
    const Model& m = *state.session.model;
    v.groups.resize(v.inputs.size());
    v.all = peer_benchmark(m, v.inputs, v.min_group);
    const std::vector<std::size_t> counted = counted_peer_inputs(v.inputs);
    v.letter.assign(v.inputs.size(), -1);
    for (std::size_t k = 0; k < counted.size(); ++k) v.letter[counted[k]] = static_cast<int>(k);

    // The peer groups named on counted teams; a group that no longer has one is not shown.
    std::vector<std::string> names;
    for (const std::size_t i : counted) {
        const std::string group = peer_group(v, i);
        if (!group.empty() && std::find(names.begin(), names.end(), group) == names.end()) names.push_back(group);
    }
    std::sort(names.begin(), names.end());
    if (!v.group.empty() && std::find(names.begin(), names.end(), v.group) == names.end()) v.group.clear();
    v.by_group.clear();
    for (const auto& name : names) v.by_group.push_back({name, peer_benchmark(m, inputs_in(v, counted, name), v.min_group)});

    v.rows.clear();
    for (const std::size_t i : counted) {
        if (v.group.empty() || peer_group(v, i) == v.group) v.rows.push_back(i);
    }
    v.benchmark = v.group.empty() ? v.all : peer_benchmark(m, inputs_in(v, counted, v.group), v.min_group);
    // What is published names no file: a file's name can name its team.
    v.benchmark.refused.clear();
    v.benchmark.duplicates.clear();
    if (v.sort >= 0 && static_cast<std::size_t>(v.sort) < m.dimensions.size()) {
        const auto d = static_cast<std::size_t>(v.sort);
        // Highest score first; a team with no score in the dimension last; ties as added.
        std::stable_sort(v.rows.begin(), v.rows.end(), [&](std::size_t a, std::size_t b) {
            const auto& sa = v.inputs[a].team.value().score.dimensions[d].score;
            const auto& sb = v.inputs[b].team.value().score.dimensions[d].score;
            return sa && (!sb || *sa > *sb);
        });
    }
}

void convening_add(State& state, const std::string& name, const Result<Json>& json, Effects& effects) {
    ConveningView& v = state.ui.convening;
    const std::string format = json ? string_member(json.value(), "format") : "";
    if (!json) {
        v.inputs.push_back({name, Result<PeerTeam>(json.errors())});
    } else if (format == "ladder-model") {
        v.inputs.push_back({name, Result<PeerTeam>(Error{"", tr(S::PeersWrongFile)})});
    } else {
        v.inputs.push_back({name, read_peer_team(json.value(), *state.session.model, state.session.lang)});
    }
    v.groups.emplace_back();
    changed(state);
    toast(state, fmt(S::PeersCountedToast, {{"count", v.all.teams}}), effects);
}

void open_peers(State& state, const std::string& name, const Json& json, Effects& effects) {
    auto peers = read_peers_json(json, *state.session.model);
    if (!peers) {
        state.ui.error = Message{tr(S::PeersOpenFailed), name + ": " + peers.error().to_string() + ". " + tr(S::ImportFailedKept)};
        return;
    }
    state.ui.peers = PeerCompare{name, std::move(peers).value()};
    Json kept = peers_to_json(state.ui.peers->peers);
    kept["file"] = name;  // said beside the comparison after a reload
    storage_written(state, platform::storage_set(library::kPeersKey, dump_json(kept)));
    // Where the comparison is shown: the team plan on the Team screen, else Results.
    if (state.ui.screen == Screen::Team) state.ui.team.step = 2;
    else state.ui.screen = Screen::Results;
    state.ui.error.reset();
    toast(state, fmt(S::PeersOpenedToast, {{"file", name}, {"count", state.ui.peers->peers.teams}}), effects);
}

void restore_peers(State& state) {
    state.ui.peers.reset();
    std::string text;
    if (!platform::storage_get(library::kPeersKey, text)) return;
    // One for another model, or damaged, is left where it is and not shown: the file it came
    // from can be opened again.
    const auto json = parse_json(text);
    if (!json) return;
    auto peers = read_peers_json(json.value(), *state.session.model);
    if (peers) state.ui.peers = PeerCompare{string_member(json.value(), "file"), std::move(peers).value()};
}

void undo_peers(State& state, RemovedPeers removed) {
    ConveningView& v = state.ui.convening;
    for (std::size_t k = 0; k < removed.at.size(); ++k) {
        const std::size_t at = std::min(removed.at[k], v.inputs.size());
        v.inputs.insert(v.inputs.begin() + static_cast<std::ptrdiff_t>(at), std::move(removed.inputs[k]));
        v.groups.insert(v.groups.begin() + static_cast<std::ptrdiff_t>(at), std::move(removed.groups[k]));
    }
    changed(state);
}

void handle(State&, const intent::PeersAddFiles&, Effects& effects) { effects.push_back(effect::PickFiles{true}); }

void handle(State& state, const intent::PeersRemove& remove, Effects&) {
    ConveningView& v = state.ui.convening;
    if (remove.index < 0 || static_cast<std::size_t>(remove.index) >= v.inputs.size()) return;
    const auto i = static_cast<std::size_t>(remove.index);
    const std::string name = v.names || v.letter[i] < 0 ? team_name(v, i) : fmt(S::PeersTeamLetter, {{"letter", peer_letter(v.letter[i])}});
    RemovedPeers removed{{i}, {std::move(v.inputs[i])}, {std::move(v.groups[i])}};
    v.inputs.erase(v.inputs.begin() + remove.index);
    v.groups.erase(v.groups.begin() + remove.index);
    changed(state);
    toast_with_undo(state, fmt(S::PeersRemovedToast, {{"name", name}}), std::move(removed));
}

void handle(State& state, const intent::PeersClear&, Effects&) {
    ConveningView& v = state.ui.convening;
    if (v.inputs.empty()) return;
    RemovedPeers removed;
    for (std::size_t i = 0; i < v.inputs.size(); ++i) removed.at.push_back(i);
    removed.inputs = std::move(v.inputs);
    removed.groups = std::move(v.groups);
    v.inputs.clear();
    v.groups.clear();
    changed(state);
    std::string said = fmt(S::PeersClearedToast, {{"count", static_cast<int>(removed.at.size())}});
    toast_with_undo(state, std::move(said), std::move(removed));
}

void handle(State& state, const intent::PeersNames& names, Effects&) {
    state.ui.convening.names = names.on;
    ++state.ui.convening.revision;
}

void handle(State& state, const intent::PeersSort& sort, Effects&) {
    const int dimensions = static_cast<int>(state.session.model->dimensions.size());
    state.ui.convening.sort = sort.dimension >= 0 && sort.dimension < dimensions ? sort.dimension : -1;
    changed(state);
}

void handle(State& state, const intent::PeersSetGroup& set, Effects&) {
    ConveningView& v = state.ui.convening;
    if (set.index < 0 || static_cast<std::size_t>(set.index) >= v.inputs.size()) return;
    v.groups[static_cast<std::size_t>(set.index)] = set.group;  // as typed; grouped by trimmed words
    changed(state);
}

void handle(State& state, const intent::PeersShowGroup& show, Effects&) {
    state.ui.convening.group = show.group;
    changed(state);
}

void handle(State& state, const intent::PeersMinGroup& set, Effects&) {
    state.ui.convening.min_group = std::clamp(set.min_group, kMinGroup, kMaxMinGroup);
    changed(state);
}

void handle(State& state, const intent::PeersDownload& download, Effects& effects) {
    const ConveningView& v = state.ui.convening;
    if (v.benchmark.teams == 0) return;
    const std::string name = peers_file_name(v.group, platform::now_iso8601(), extension(download.kind));
    switch (download.kind) {
        case FileKind::Json: effects.push_back(effect::Download{name, "application/json", dump_json(peers_to_json(v.benchmark), 2) + "\n"}); break;
        case FileKind::Csv: effects.push_back(effect::Download{name, "text/csv;charset=utf-8", peers_csv(v.benchmark)}); break;
        case FileKind::Html:
            effects.push_back(effect::Download{name, "text/html;charset=utf-8", peers_html(*state.session.model, v.benchmark, state.session.locale)});
            break;
    }
    toast(state, fmt(S::Downloaded, {{"file", name}}), effects);
}

void handle(State& state, const intent::PeersPrint&, Effects& effects) {
    const ConveningView& v = state.ui.convening;
    if (v.benchmark.teams == 0) return;
    effects.push_back(effect::Print{peers_html(*state.session.model, v.benchmark, state.session.locale)});
}

void handle(State&, const intent::ComparePeersOpen&, Effects& effects) { effects.push_back(effect::PickFiles{false}); }

void handle(State& state, const intent::ComparePeersClose&, Effects& effects) {
    if (!state.ui.peers) return;
    state.ui.peers.reset();
    platform::storage_remove(library::kPeersKey);
    toast(state, tr(S::ComparePeersClosed), effects);
}

}  // namespace ladder::app
