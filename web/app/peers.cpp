// Where a team stands among its peers, in the page. The organiser's side is the convening view:
// many teams' files (assessments, team exercises) gathered on the Peers screen, each team
// counted once, shown side by side, tagged into peer groups, and published as a peer benchmark
// that holds only totals (core/peers.h). A team's side: a benchmark file opened next to its own
// results, kept in this browser until the team stops comparing.
#include <algorithm>

#include "file_names.h"
#include "internal.h"
#include "stable_sort.h"
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

// The convening's order and choices, written whenever they change (the files are written on
// their own, once each, and again only when their group changes).
void save_index(State& state) {
    const ConveningView& v = state.ui.convening;
    // Ids whose entries could not be read stay listed, after the others: never dropped.
    std::vector<std::string> ids = v.ids;
    ids.insert(ids.end(), v.unread.begin(), v.unread.end());
    const Json index = {{"ids", ids}, {"names", v.names}, {"sort", v.sort}, {"min_group", v.min_group}, {"group", v.group}};
    storage_written(state, platform::storage_set(library::kConveningKey, dump_json(index)));
}

void save_file(State& state, std::size_t i) {
    const ConveningView& v = state.ui.convening;
    // A file that was not JSON is kept as the reason it was refused, not as its bytes (a
    // picture dropped by mistake would fill the storage).
    const Json entry = !v.inputs[i].team && v.texts[i].empty()
                           ? Json{{"file", v.inputs[i].file}, {"reason", v.inputs[i].team.error().to_string()}}
                           : Json{{"file", v.inputs[i].file}, {"group", v.groups[i]}, {"text", v.texts[i]}};
    storage_written(state, platform::storage_set(library::kConvenedPrefix + v.ids[i], dump_json(entry)));
}

void changed(State& state) {
    ++state.ui.convening.revision;
    refresh_convening(state);
    save_index(state);
}

// A file's text as one team: refused (with the reason) when it cannot be read, or is a model.
Result<PeerTeam> read_team(const State& state, const Result<Json>& json) {
    if (!json) return Result<PeerTeam>(json.errors());
    if (string_member(json.value(), "format") == "ladder-model") return Result<PeerTeam>(Error{"", tr(S::PeersWrongFile)});
    return read_peer_team(json.value(), *state.session.model, state.session.lang);
}

// Adds a file at the end of the view (not yet counted: refresh_convening does that).
void append(ConveningView& v, const std::string& name, Result<PeerTeam> team, std::string group, std::string id, std::string text) {
    v.inputs.push_back({name, std::move(team)});
    v.groups.push_back(std::move(group));
    v.ids.push_back(std::move(id));
    v.texts.push_back(std::move(text));
}

}  // namespace

std::string peer_label(const ConveningView& v, std::size_t i) {
    if (!v.names && v.letter[i] >= 0) return fmt(S::PeersTeamLetter, {{"letter", peer_letter(v.letter[i])}});
    const auto& team = v.inputs[i].team;
    return team && !team.value().name.empty() ? team.value().name : v.inputs[i].file;
}

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
    if (!v.group.empty()) suppress_against(v.benchmark, v.all);
    if (v.sort >= 0 && static_cast<std::size_t>(v.sort) < m.dimensions.size()) {
        const auto d = static_cast<std::size_t>(v.sort);
        // Highest score first; a team with no score in the dimension last; ties as added.
        stable_sort_list(v.rows, [&](std::size_t a, std::size_t b) {
            const auto score = [&](std::size_t i) {
                const auto& dims = v.inputs[i].team.value().score.dimensions;
                return d < dims.size() ? dims[d].score : std::nullopt;
            };
            const auto sa = score(a), sb = score(b);
            return sa && (!sb || *sa > *sb);
        });
    }
}

void convening_add(State& state, const std::string& name, const Result<Json>& json, Effects& effects) {
    ConveningView& v = state.ui.convening;
    // Kept as the JSON it was read as (UTF-8 whatever the file's encoding).
    append(v, name, read_team(state, json), "", library::new_id(), json ? dump_json(json.value()) : "");
    save_file(state, v.inputs.size() - 1);
    changed(state);
    toast(state, fmt(S::PeersCountedToast, {{"count", v.all.teams}}), effects);
}

void restore_convening(State& state) {
    ConveningView& v = state.ui.convening;
    v = ConveningView{};
    // Files removed under another model cannot come back under this one.
    if (state.ui.undo && std::holds_alternative<RemovedPeers>(*state.ui.undo)) drop_undo(state.ui);
    std::string text;
    if (!platform::storage_get(library::kConveningKey, text)) return;
    // Whatever cannot be read is left as it is: the view starts from what can. An index that
    // cannot be read is copied aside before a new one is ever written in its place.
    const auto index = parse_json(text);
    if (!index || !index.value().is_object()) {
        std::string kept;
        if (!platform::storage_get(library::kConveningDamagedKey, kept)) platform::storage_set(library::kConveningDamagedKey, text);
        return;
    }
    const Json& saved = index.value();
    if (const auto ids = saved.find("ids"); ids != saved.end() && ids->is_array()) {
        for (const Json& id : *ids) {
            if (!id.is_string()) continue;
            std::string entry_text;
            const auto entry = platform::storage_get(library::kConvenedPrefix + id.get<std::string>(), entry_text)
                                   ? parse_json(entry_text)
                                   : Result<Json>(Error{"", ""});
            if (!entry || !entry.value().is_object()) {
                v.unread.push_back(id.get<std::string>());
                continue;
            }
            const Json& e = entry.value();
            if (e.contains("reason")) {
                append(v, string_member(e, "file"), Result<PeerTeam>(Error{"", string_member(e, "reason")}), "", id.get<std::string>(), "");
                continue;
            }
            const std::string file_text = string_member(e, "text");
            append(v, string_member(e, "file"), read_team(state, parse_json_bytes(file_text)), string_member(e, "group"),
                   id.get<std::string>(), file_text);
        }
    }
    if (const auto names = saved.find("names"); names != saved.end() && names->is_boolean()) v.names = names->get<bool>();
    if (const auto sort = saved.find("sort"); sort != saved.end() && sort->is_number_integer()) v.sort = sort->get<int>();
    if (const auto min = saved.find("min_group"); min != saved.end() && min->is_number_integer()) {
        v.min_group = std::clamp(min->get<int>(), kMinGroup, kMaxMinGroup);
    }
    v.group = string_member(saved, "group");
    if (v.sort >= static_cast<int>(state.session.model->dimensions.size())) v.sort = -1;
    refresh_convening(state);
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
    // Where the comparison is shown: the team plan on the Team screen, else Results. On the
    // Peers screen (an organiser checking what they published) the view stays, so that the
    // other files of the same drop still join it.
    if (state.ui.screen == Screen::Team) state.ui.team.step = 2;
    else if (state.ui.screen != Screen::Peers) state.ui.screen = Screen::Results;
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
        const auto at = static_cast<std::ptrdiff_t>(std::min(removed.at[k], v.inputs.size()));
        v.inputs.insert(v.inputs.begin() + at, std::move(removed.inputs[k]));
        v.groups.insert(v.groups.begin() + at, std::move(removed.groups[k]));
        v.ids.insert(v.ids.begin() + at, std::move(removed.ids[k]));
        v.texts.insert(v.texts.begin() + at, std::move(removed.texts[k]));
        save_file(state, static_cast<std::size_t>(at));
    }
    changed(state);
}

namespace {

// Takes input i out of the view and out of storage, into `removed`.
void take(State& state, std::size_t i, RemovedPeers& removed, std::size_t at) {
    ConveningView& v = state.ui.convening;
    platform::storage_remove(library::kConvenedPrefix + v.ids[i]);
    removed.at.push_back(at);
    removed.inputs.push_back(std::move(v.inputs[i]));
    removed.groups.push_back(std::move(v.groups[i]));
    removed.ids.push_back(std::move(v.ids[i]));
    removed.texts.push_back(std::move(v.texts[i]));
    const auto it = static_cast<std::ptrdiff_t>(i);
    v.inputs.erase(v.inputs.begin() + it);
    v.groups.erase(v.groups.begin() + it);
    v.ids.erase(v.ids.begin() + it);
    v.texts.erase(v.texts.begin() + it);
}

}  // namespace

void handle(State&, const intent::PeersAddFiles&, Effects& effects) { effects.push_back(effect::PickFiles{true}); }

void handle(State& state, const intent::PeersRemove& remove, Effects&) {
    ConveningView& v = state.ui.convening;
    if (remove.index < 0 || static_cast<std::size_t>(remove.index) >= v.inputs.size()) return;
    const auto i = static_cast<std::size_t>(remove.index);
    const std::string name = peer_label(v, i);
    // A team goes with all its files: an older one left behind would be counted in its place.
    std::vector<std::size_t> files;
    for (std::size_t j = 0; j < v.inputs.size(); ++j) {
        const bool same = j == i || (v.inputs[i].team && v.inputs[j].team &&
                                     v.inputs[j].team.value().identity == v.inputs[i].team.value().identity);
        if (same) files.push_back(j);
    }
    RemovedPeers removed;
    for (auto j = files.rbegin(); j != files.rend(); ++j) take(state, *j, removed, *j);
    std::reverse(removed.at.begin(), removed.at.end());
    std::reverse(removed.inputs.begin(), removed.inputs.end());
    std::reverse(removed.groups.begin(), removed.groups.end());
    std::reverse(removed.ids.begin(), removed.ids.end());
    std::reverse(removed.texts.begin(), removed.texts.end());
    changed(state);
    toast_with_undo(state, fmt(S::PeersRemovedToast, {{"name", name}}), std::move(removed));
}

void handle(State& state, const intent::PeersClear&, Effects&) {
    ConveningView& v = state.ui.convening;
    if (v.inputs.empty()) return;
    RemovedPeers removed;
    for (std::size_t at = 0; !v.inputs.empty(); ++at) take(state, 0, removed, at);
    changed(state);
    std::string said = fmt(S::PeersClearedToast, {{"count", static_cast<int>(removed.at.size())}});
    toast_with_undo(state, std::move(said), std::move(removed));
}

void handle(State& state, const intent::PeersNames& names, Effects&) {
    state.ui.convening.names = names.on;
    ++state.ui.convening.revision;
    save_index(state);
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
    save_file(state, static_cast<std::size_t>(set.index));
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
    if (v.benchmark.teams < v.min_group) return;  // too few teams: nothing of theirs is published
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
    if (v.benchmark.teams < v.min_group) return;
    effects.push_back(effect::Print{peers_html(*state.session.model, v.benchmark, state.session.locale)});
}

void handle(State& state, const intent::ComparePeersOpen&, Effects& effects) {
    state.ui.picking_peers = true;  // the file picked is read as a peer benchmark, whatever it is
    effects.push_back(effect::PickFiles{false});
}

void handle(State& state, const intent::ComparePeersClose&, Effects& effects) {
    if (!state.ui.peers) return;
    state.ui.peers.reset();
    platform::storage_remove(library::kPeersKey);
    toast(state, tr(S::ComparePeersClosed), effects);
}

}  // namespace ladder::app
