#include "peers.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "exercise.h"
#include "locales.h"
#include "messages.h"
#include "report.h"
#include "stable_sort.h"
#include "team.h"

namespace ladder {
namespace {

Error type_error(const std::string& pointer, M expected, const Json& found) { return {pointer, expected_found(expected, found)}; }

int level_bin(double value) { return std::clamp(stage_of(value), 0, kLevels - 1); }

// A cell's figures from the values of the teams that have one.
PeerCell make_cell(std::string id, std::vector<double> values, int min_group) {
    PeerCell cell;
    cell.id = std::move(id);
    cell.n = static_cast<int>(values.size());
    cell.suppressed = cell.n < min_group;
    if (cell.suppressed) return cell;
    std::sort(values.begin(), values.end());
    for (const double v : values) ++cell.counts[static_cast<std::size_t>(level_bin(v))];
    const auto at = [&values](double p) { return round2(*quantile(values, p)); };
    cell.q1 = at(0.25);
    cell.median = at(0.5);
    cell.q3 = at(0.75);
    return cell;
}

Json cell_to_json(const PeerCell& cell, bool with_id) {
    Json out = Json::object();
    if (with_id) out["id"] = cell.id;
    out["n"] = cell.n;
    if (cell.suppressed) {
        out["counts"] = nullptr;
        out["median"] = nullptr;
        out["q1"] = nullptr;
        out["q3"] = nullptr;
    } else {
        out["counts"] = Json::array({cell.counts[0], cell.counts[1], cell.counts[2], cell.counts[3]});
        out["median"] = *cell.median;
        out["q1"] = *cell.q1;
        out["q3"] = *cell.q3;
    }
    out["suppressed"] = cell.suppressed;
    return out;
}

// A figure between 0 and 3 (a level, a score), or the error for `pointer`.
std::optional<Error> read_figure(const Json& cell, const char* key, const std::string& pointer, std::optional<double>& into) {
    const auto it = cell.find(key);
    const std::string p = pointer_append(pointer, key);
    if (it == cell.end() || !it->is_number() || it->get<double>() < 0 || it->get<double>() > 3) {
        return type_error(p, M::ExpectedLevelNumber, it == cell.end() ? Json() : *it);
    }
    into = it->get<double>();
    return std::nullopt;
}

Result<PeerCell> read_cell(const Json& json, const std::string& pointer, int min_group) {
    if (!json.is_object()) return type_error(pointer, M::ExpectedObject, json);
    PeerCell cell;
    const auto n = json.find("n");
    if (n == json.end() || !n->is_number_integer() || n->get<long long>() < 0 || n->get<long long>() > static_cast<long long>(kMaxPeerTeams)) {
        return type_error(pointer_append(pointer, "n"), M::ExpectedTeamCount, n == json.end() ? Json() : *n);
    }
    cell.n = n->get<int>();
    const auto suppressed = json.find("suppressed");
    if (suppressed == json.end() || !suppressed->is_boolean()) {
        return type_error(pointer_append(pointer, "suppressed"), M::ExpectedBoolean, suppressed == json.end() ? Json() : *suppressed);
    }
    cell.suppressed = suppressed->get<bool>();
    if (cell.suppressed) {
        // Nothing but the count may be published about a suppressed cell.
        for (const char* key : {"counts", "median", "q1", "q3"}) {
            const auto it = json.find(key);
            if (it != json.end() && !it->is_null()) return Error{pointer_append(pointer, key), message(M::ErrorPeersSuppressedValue)};
        }
        return cell;
    }
    if (cell.n < min_group) {
        return Error{pointer_append(pointer, "suppressed"), message(M::ErrorPeersNotSuppressed, {{"count", cell.n}, {"min", min_group}})};
    }
    const auto counts = json.find("counts");
    const std::string counts_at = pointer_append(pointer, "counts");
    if (counts == json.end() || !counts->is_array() || counts->size() != kLevels) {
        return type_error(counts_at, M::ExpectedCounts, counts == json.end() ? Json() : *counts);
    }
    int sum = 0;
    for (std::size_t i = 0; i < kLevels; ++i) {
        const Json& c = (*counts)[i];
        if (!c.is_number_integer() || c.get<long long>() < 0 || c.get<long long>() > cell.n) {
            return type_error(pointer_append(counts_at, i), M::ExpectedTeamCount, c);
        }
        cell.counts[i] = c.get<int>();
        sum += cell.counts[i];
    }
    if (sum != cell.n) return Error{counts_at, message(M::ErrorPeersCountSum, {{"sum", sum}, {"n", cell.n}})};
    for (const auto& [key, into] : {std::pair<const char*, std::optional<double>*>{"q1", &cell.q1}, {"median", &cell.median}, {"q3", &cell.q3}}) {
        if (auto error = read_figure(json, key, pointer, *into)) return *error;
    }
    if (*cell.q1 > *cell.median || *cell.median > *cell.q3) return Error{pointer, message(M::ErrorPeersQuartileOrder)};
    return cell;
}

// A list of cells, one per id of `ids` in that order (a category's or dimension's figures).
Result<std::vector<PeerCell>> read_cells(const Json& json, const char* key, const std::vector<std::string>& ids, int min_group) {
    const std::string pointer = pointer_append("", key);
    const auto list = json.find(key);
    if (list == json.end() || !list->is_array()) return type_error(pointer, M::ExpectedList, list == json.end() ? Json() : *list);
    std::map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < ids.size(); ++i) at.emplace(ids[i], i);
    std::vector<PeerCell> cells(ids.size());
    std::vector<bool> seen(ids.size(), false);
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string p = pointer_append(pointer, i);
        const Json& entry = (*list)[i];
        const std::string id = string_member(entry, "id");
        const auto found = at.find(id);
        if (found == at.end()) return Error{pointer_append(p, "id"), message(M::ErrorPeersUnknownId, {{"id", id}})};
        if (seen[found->second]) return Error{pointer_append(p, "id"), message(M::ErrorPeersIdTwice, {{"id", id}})};
        auto cell = read_cell(entry, p, min_group);
        if (!cell) return cell.errors();
        cells[found->second] = std::move(cell).value();
        cells[found->second].id = id;
        seen[found->second] = true;
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (!seen[i]) return Error{pointer, message(M::ErrorPeersMissingId, {{"id", ids[i]}})};
    }
    return cells;
}

PeerStanding stand(const PeerCell& cell, std::optional<double> score) {
    PeerStanding s;
    s.id = cell.id;
    s.score = score;
    s.n = cell.n;
    s.suppressed = cell.suppressed;
    s.q1 = cell.q1;
    s.median = cell.median;
    s.q3 = cell.q3;
    if (cell.suppressed || !score) return s;
    const double v = round2(*score);
    s.position = v < *cell.q1 ? PeerPosition::Below : v > *cell.q3 ? PeerPosition::Ahead : PeerPosition::Like;
    int below = 0;
    for (int level = 0; level <= level_bin(*score); ++level) below += cell.counts[static_cast<std::size_t>(level)];
    s.at_or_below = below;
    return s;
}

Json standing_to_json(const PeerStanding& s, bool with_id) {
    Json out = Json::object();
    if (with_id) out["id"] = s.id;
    out["score"] = number_or_null(s.score);
    out["position"] = s.position == PeerPosition::Unknown ? Json(nullptr) : Json(peer_position_id(s.position));
    out["n"] = s.n;
    out["suppressed"] = s.suppressed;
    out["q1"] = number_or_null(s.q1);
    out["median"] = number_or_null(s.median);
    out["q3"] = number_or_null(s.q3);
    out["at_or_below"] = s.at_or_below ? Json(*s.at_or_below) : Json(nullptr);
    return out;
}

}  // namespace

std::optional<double> quantile(const std::vector<double>& sorted, double p) {
    if (sorted.empty()) return std::nullopt;
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const auto low = static_cast<std::size_t>(std::floor(h));
    if (low + 1 >= sorted.size()) return sorted.back();
    return sorted[low] + (h - static_cast<double>(low)) * (sorted[low + 1] - sorted[low]);
}

Result<PeerTeam> read_peer_team(const Json& json, const Model& model, const std::string& lang) {
    PeerTeam team;
    if (string_member(json, "format") == "ladder-team") {
        auto exercise = read_team_exercise_json(json, model);
        if (!exercise) return exercise.errors();
        const TeamExercise& e = exercise.value();
        if (e.respondents.empty()) return Error{"/respondents", message(M::ErrorPeerTeamEmpty)};
        TeamPlan plan = plan_team(model, e, lang);
        team.name = e.team;
        team.updated = e.updated;
        team.team_file = true;
        // A team file with neither name nor date says nothing of whose it is: only the very
        // same file again is the same team.
        team.identity = e.team.empty() && e.created.empty() ? "team-content:" + dump_json(json) : "team:" + e.team + "\x1f" + e.created;
        for (const CategoryStats& s : plan.merged.categories) team.levels.push_back(s.median);
        team.score = std::move(plan.planned);
        return team;
    }
    auto assessment = read_assessment_json(json, model);
    if (!assessment) return assessment.errors();
    const Assessment& a = assessment.value();
    team.name = a.team;
    team.updated = a.updated;
    team.identity = a.id.empty() ? "content:" + dump_json(assessment_to_json(a)) : "id:" + a.id;
    for (const LevelInput& input : level_inputs(model, a)) team.levels.push_back(input.level);
    team.score = score_assessment(model, a, lang);
    return team;
}

void suppress_against(PeerBenchmark& part, const PeerBenchmark& whole) {
    const auto against = [&](PeerCell& cell, const PeerCell& all) {
        const int rest = all.n - cell.n;
        if (cell.suppressed || rest <= 0 || rest >= part.min_group) return;
        cell.suppressed = true;
        cell.counts = {};
        cell.median = cell.q1 = cell.q3 = std::nullopt;
    };
    for (std::size_t k = 0; k < part.categories.size() && k < whole.categories.size(); ++k) against(part.categories[k], whole.categories[k]);
    for (std::size_t d = 0; d < part.dimensions.size() && d < whole.dimensions.size(); ++d) against(part.dimensions[d], whole.dimensions[d]);
    against(part.overall, whole.overall);
}

std::vector<std::size_t> counted_peer_inputs(const std::vector<PeerInput>& inputs) {
    // The first input of each team, and the input counted for it (its newest file).
    std::map<std::string, std::size_t> counted;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (!inputs[i].team) continue;
        const PeerTeam& t = inputs[i].team.value();
        const auto [it, added] = counted.emplace(t.identity, i);
        if (!added && t.updated > inputs[it->second].team.value().updated) it->second = i;
    }
    std::vector<std::size_t> out;
    for (const auto& entry : counted) out.push_back(entry.second);
    std::sort(out.begin(), out.end());
    return out;
}

PeerBenchmark peer_benchmark(const Model& model, const std::vector<PeerInput>& inputs, int min_group) {
    PeerBenchmark peers;
    peers.model_id = model.id;
    peers.model_version = model.model_version;
    peers.min_group = std::max(min_group, kMinGroup);
    const std::vector<std::size_t> counted = counted_peer_inputs(inputs);
    std::map<std::string, std::size_t> kept;  // identity -> counted input
    for (const std::size_t i : counted) kept.emplace(inputs[i].team.value().identity, i);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (!inputs[i].team) {
            peers.refused.push_back({inputs[i].file, inputs[i].team.error().to_string()});
            continue;
        }
        const auto found = kept.find(inputs[i].team.value().identity);
        const std::size_t k = found == kept.end() ? i : found->second;  // every team counted has an entry
        if (k != i) {
            peers.duplicates.push_back({inputs[i].file, inputs[k].file, inputs[k].team.value().updated > inputs[i].team.value().updated});
        }
    }
    peers.teams = static_cast<int>(counted.size());

    std::vector<std::vector<double>> by_category(model.categories.size()), by_dimension(model.dimensions.size());
    std::vector<double> overall;
    for (const std::size_t i : counted) {
        const PeerTeam& t = inputs[i].team.value();
        for (std::size_t k = 0; k < model.categories.size() && k < t.levels.size(); ++k) {
            if (t.levels[k]) by_category[k].push_back(*t.levels[k]);
        }
        for (std::size_t d = 0; d < model.dimensions.size() && d < t.score.dimensions.size(); ++d) {
            if (t.score.dimensions[d].score) by_dimension[d].push_back(*t.score.dimensions[d].score);
        }
        if (t.score.overall_score) overall.push_back(*t.score.overall_score);
    }
    for (std::size_t k = 0; k < model.categories.size(); ++k) {
        peers.categories.push_back(make_cell(model.categories[k].id, std::move(by_category[k]), peers.min_group));
    }
    for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
        peers.dimensions.push_back(make_cell(model.dimensions[d].id, std::move(by_dimension[d]), peers.min_group));
    }
    peers.overall = make_cell("", std::move(overall), peers.min_group);
    return peers;
}

Json peers_to_json(const PeerBenchmark& peers) {
    Json out = Json::object();
    out["format"] = "ladder-peers";
    out["version"] = kPeersFileVersion;
    out["model"] = {{"id", peers.model_id}, {"model_version", peers.model_version}};
    out["teams"] = peers.teams;
    out["min_group"] = peers.min_group;
    Json refused = Json::array(), duplicates = Json::array();
    for (const PeerRefusal& r : peers.refused) refused.push_back({{"file", r.file}, {"reason", r.reason}});
    for (const PeerDuplicate& d : peers.duplicates) {
        duplicates.push_back({{"file", d.file}, {"kept", d.kept}, {"reason", d.newer ? "newer" : "same"}});
    }
    out["refused"] = std::move(refused);
    out["duplicates"] = std::move(duplicates);
    Json categories = Json::array(), dimensions = Json::array();
    for (const PeerCell& c : peers.categories) categories.push_back(cell_to_json(c, true));
    for (const PeerCell& d : peers.dimensions) dimensions.push_back(cell_to_json(d, true));
    out["categories"] = std::move(categories);
    out["dimensions"] = std::move(dimensions);
    out["overall"] = cell_to_json(peers.overall, false);
    return out;
}

Result<PeerBenchmark> read_peers_json(const Json& json, const Model& model) {
    if (!json.is_object()) return type_error("", M::ExpectedObject, json);
    if (string_member(json, "format") != "ladder-peers") return Error{"/format", message(M::ErrorNotPeersFile)};
    const auto version = json.find("version");
    if (version == json.end() || !version->is_number_integer() || *version < 1) {
        return type_error("/version", M::ExpectedWholeNumber1, version == json.end() ? Json() : *version);
    }
    if (*version > kPeersFileVersion) {
        return Error{"/version", message(M::ErrorNewerFile, {{"version", dump_json(*version)}, {"max", kPeersFileVersion}})};
    }
    const auto model_ref = json.find("model");
    if (model_ref == json.end() || !model_ref->is_object() || !model_ref->contains("id") || !(*model_ref)["id"].is_string()) {
        return Error{"/model/id", message(M::ErrorMissingModelId)};
    }
    const std::string model_id = (*model_ref)["id"].get<std::string>();
    if (model_id != model.id) return Error{"/model/id", message(M::ErrorOtherModelPeers, {{"file_model", model_id}, {"model", model.id}})};
    PeerBenchmark peers;
    peers.model_id = model_id;
    peers.model_version = string_member(*model_ref, "model_version");
    const auto min_group = json.find("min_group");
    if (min_group == json.end() || !min_group->is_number_integer() || min_group->get<long long>() < kMinGroup ||
        min_group->get<long long>() > static_cast<long long>(kMaxPeerTeams)) {
        return type_error("/min_group", M::ExpectedMinGroup, min_group == json.end() ? Json() : *min_group);
    }
    peers.min_group = min_group->get<int>();
    const auto teams = json.find("teams");
    if (teams == json.end() || !teams->is_number_integer() || teams->get<long long>() < 0 ||
        teams->get<long long>() > static_cast<long long>(kMaxPeerTeams)) {
        return type_error("/teams", M::ExpectedTeamCount, teams == json.end() ? Json() : *teams);
    }
    peers.teams = teams->get<int>();
    std::vector<std::string> category_ids, dimension_ids;
    for (const Category& c : model.categories) category_ids.push_back(c.id);
    for (const Dimension& d : model.dimensions) dimension_ids.push_back(d.id);
    auto categories = read_cells(json, "categories", category_ids, peers.min_group);
    if (!categories) return categories.errors();
    auto dimensions = read_cells(json, "dimensions", dimension_ids, peers.min_group);
    if (!dimensions) return dimensions.errors();
    const auto overall = json.find("overall");
    if (overall == json.end()) return type_error("/overall", M::ExpectedObject, Json());
    auto overall_cell = read_cell(*overall, "/overall", peers.min_group);
    if (!overall_cell) return overall_cell.errors();
    peers.categories = std::move(categories).value();
    peers.dimensions = std::move(dimensions).value();
    peers.overall = std::move(overall_cell).value();
    // No figure can come from more teams than were counted.
    for (const auto* list : {&peers.categories, &peers.dimensions}) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            if ((*list)[i].n > peers.teams) {
                const char* key = list == &peers.categories ? "categories" : "dimensions";
                return Error{pointer_append(pointer_append(pointer_append("", key), i), "n"),
                             message(M::ErrorPeersMoreThanTeams, {{"n", (*list)[i].n}, {"teams", peers.teams}})};
            }
        }
    }
    if (peers.overall.n > peers.teams) {
        return Error{"/overall/n", message(M::ErrorPeersMoreThanTeams, {{"n", peers.overall.n}, {"teams", peers.teams}})};
    }
    // What the organiser saw go in and out (names of files): kept as read, not checked further.
    for (const char* key : {"refused", "duplicates"}) {
        const auto list = json.find(key);
        if (list != json.end() && !list->is_array()) return type_error(pointer_append("", key), M::ExpectedList, *list);
    }
    if (const auto refused = json.find("refused"); refused != json.end()) {
        for (const Json& r : *refused) peers.refused.push_back({string_member(r, "file"), string_member(r, "reason")});
    }
    if (const auto duplicates = json.find("duplicates"); duplicates != json.end()) {
        for (const Json& d : *duplicates) {
            peers.duplicates.push_back({string_member(d, "file"), string_member(d, "kept"), string_member(d, "reason") == "newer"});
        }
    }
    return peers;
}

std::vector<std::size_t> peer_differences(const PeerBenchmark& peers) {
    std::vector<std::size_t> out;
    const auto range = [](const PeerCell& c) {
        int low = kLevels, high = -1;
        for (int level = 0; level < kLevels; ++level) {
            if (c.counts[static_cast<std::size_t>(level)] == 0) continue;
            low = std::min(low, level);
            high = std::max(high, level);
        }
        return high - low;
    };
    for (std::size_t k = 0; k < peers.categories.size(); ++k) {
        const PeerCell& c = peers.categories[k];
        if (!c.suppressed && range(c) > 0) out.push_back(k);
    }
    stable_sort_list(out, [&](std::size_t a, std::size_t b) {
        const PeerCell& x = peers.categories[a];
        const PeerCell& y = peers.categories[b];
        const double iqr_x = *x.q3 - *x.q1, iqr_y = *y.q3 - *y.q1;
        if (iqr_x != iqr_y) return iqr_x > iqr_y;
        return range(x) > range(y);
    });
    return out;
}

std::vector<PeerStuck> peer_stuck(const PeerBenchmark& peers) {
    std::vector<PeerStuck> out;
    for (std::size_t k = 0; k < peers.categories.size(); ++k) {
        const PeerCell& c = peers.categories[k];
        if (c.suppressed) continue;
        for (int level = 0; level < kLevels - 1; ++level) {
            const int teams = c.counts[static_cast<std::size_t>(level)];
            if (2 * teams > c.n) out.push_back({k, level, teams});
        }
    }
    // Lowest level first, then the largest share.
    stable_sort_list(out, [&](const PeerStuck& a, const PeerStuck& b) {
        if (a.level != b.level) return a.level < b.level;
        return a.teams * peers.categories[b.category].n > b.teams * peers.categories[a.category].n;
    });
    return out;
}

const char* peer_position_id(PeerPosition position) {
    switch (position) {
        case PeerPosition::Below: return "below";
        case PeerPosition::Like: return "like";
        case PeerPosition::Ahead: return "ahead";
        case PeerPosition::Unknown: break;
    }
    return "unknown";
}

PeerComparison compare_with_peers(const Model& model, const PeerBenchmark& peers, const ScoreResult& team) {
    PeerComparison out;
    for (std::size_t d = 0; d < model.dimensions.size() && d < peers.dimensions.size(); ++d) {
        out.dimensions.push_back(stand(peers.dimensions[d], d < team.dimensions.size() ? team.dimensions[d].score : std::nullopt));
    }
    out.overall = stand(peers.overall, team.overall_score);
    for (const NextStep& step : team.next_steps) {
        PeerStep s;
        s.step = step;
        const int k = model.category_index(step.category);
        if (k >= 0 && static_cast<std::size_t>(k) < peers.categories.size()) {
            const PeerCell& cell = peers.categories[static_cast<std::size_t>(k)];
            s.n = cell.n;
            if (!cell.suppressed) {
                int there = 0;
                for (int level = std::clamp(step.to, 0, kLevels - 1); level < kLevels; ++level) there += cell.counts[static_cast<std::size_t>(level)];
                s.peers_there = there;
            }
        }
        out.next_steps.push_back(std::move(s));
    }
    return out;
}

Json peer_comparison_to_json(const PeerComparison& comparison) {
    Json out = Json::object();
    Json dimensions = Json::array();
    for (const PeerStanding& s : comparison.dimensions) dimensions.push_back(standing_to_json(s, true));
    out["dimensions"] = std::move(dimensions);
    out["overall"] = standing_to_json(comparison.overall, false);
    Json steps = Json::array();
    for (const PeerStep& s : comparison.next_steps) {
        steps.push_back({{"category", s.step.category},
                         {"from", s.step.from},
                         {"to", s.step.to},
                         {"text", s.step.text},
                         {"peers_there", s.peers_there ? Json(*s.peers_there) : Json(nullptr)},
                         {"n", s.n}});
    }
    out["next_steps"] = std::move(steps);
    return out;
}

std::string peers_csv(const PeerBenchmark& peers) {
    TextOut out;
    out << kUtf8Bom << "kind,id,n,suppressed,level_0,level_1,level_2,level_3,q1,median,q3\r\n";
    const auto row = [&out](const char* kind, const PeerCell& c) {
        out << kind << ',' << csv_field(c.id) << ',' << c.n << ',' << (c.suppressed ? "true" : "false");
        for (const int count : c.counts) out << ',' << (c.suppressed ? std::string() : std::to_string(count));
        out << ',' << format_number(c.q1) << ',' << format_number(c.median) << ',' << format_number(c.q3) << "\r\n";
    };
    for (const PeerCell& c : peers.categories) row("category", c);
    for (const PeerCell& d : peers.dimensions) row("dimension", d);
    row("overall", peers.overall);
    return out.str();
}

std::string peers_html(const Model& model, const PeerBenchmark& peers, const std::string& locale) {
    const Locale loc = locale_for(locale);
    const std::string lang = language_of(locale);
    const auto say = [&lang](M id, std::initializer_list<Arg> args = {}) { return html_escape(message(id, lang, args)); };
    const auto number = [&loc](const std::optional<double>& v) { return html_escape(format_number(v, loc)); };
    TextOut out;
    out << "<!doctype html>\n<html lang=\"" << html_escape(lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        << "<title>" << html_escape(message(M::PeersTitle, lang) + " - " + model.title.get(lang)) << "</title>\n<style>\n"
        << "body{font:16px/1.5 system-ui,sans-serif;color:#1d2430;max-width:60rem;margin:2rem auto;padding:0 1.25rem}\n"
        << "h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #d5dae3}\n"
        << ".meta{color:#566074}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;"
        << "border-bottom:1px solid #e4e8ef;vertical-align:top}.num{text-align:center}.hidden{color:#566074;font-style:italic}\n"
        << "@media print{body{margin:0;max-width:none}tr,li{break-inside:avoid}}\n</style>\n</head>\n<body>\n";
    out << "<h1>" << say(M::PeersTitle) << "</h1>\n<p class=\"meta\">" << html_escape(model.title.get(lang)) << "</p>\n";
    out << "<p>" << say(M::PeersCounted, {{"count", peers.teams}, {"min", peers.min_group}}) << "</p>\n";
    // A row of figures: teams, then per level (or stage) the number of teams, then the middle half.
    const auto figures = [&](const PeerCell& c) {
        out << "<td class=\"num\">" << c.n << "</td>";
        if (c.suppressed) {
            out << "<td class=\"hidden\" colspan=\"" << (kLevels + 2) << "\">" << say(M::PeersSuppressed, {{"min", peers.min_group}}) << "</td>";
            return;
        }
        for (const int count : c.counts) out << "<td class=\"num\">" << count << "</td>";
        out << "<td class=\"num\">" << number(c.median) << "</td><td class=\"num\">" << number(c.q1) << " - " << number(c.q3) << "</td>";
    };
    const auto header = [&](M first) {
        out << "<table>\n<tr><th>" << say(first) << "</th><th class=\"num\">" << say(M::PeersColTeams) << "</th>";
        for (int level = 0; level < kLevels; ++level) out << "<th class=\"num\">" << html_escape(std::to_string(level) + " " + model.stages[static_cast<std::size_t>(level)].title.get(lang)) << "</th>";
        out << "<th class=\"num\">" << say(M::TeamReportColMedian) << "</th><th class=\"num\">" << say(M::PeersColMiddleHalf) << "</th></tr>\n";
    };
    out << "<h2>" << say(M::ReportDimensions) << "</h2>\n";
    header(M::ReportColDimension);
    for (std::size_t d = 0; d < model.dimensions.size() && d < peers.dimensions.size(); ++d) {
        out << "<tr><td>" << html_escape(model.dimensions[d].title.get(lang)) << "</td>";
        figures(peers.dimensions[d]);
        out << "</tr>\n";
    }
    out << "<tr><td><strong>" << say(M::PeersOverall) << "</strong></td>";
    figures(peers.overall);
    out << "</tr>\n</table>\n";
    for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
        out << "<h2>" << html_escape(model.dimensions[d].title.get(lang)) << "</h2>\n";
        header(M::ReportColCategory);
        for (std::size_t k = 0; k < model.categories.size() && k < peers.categories.size(); ++k) {
            if (model.categories[k].dimension != d) continue;
            out << "<tr><td>" << html_escape(model.categories[k].title.get(lang)) << "</td>";
            figures(peers.categories[k]);
            out << "</tr>\n";
        }
        out << "</table>\n";
    }
    out << "<h2>" << say(M::PeersDifferTitle) << "</h2>\n";
    const auto differ = peer_differences(peers);
    if (differ.empty()) out << "<p class=\"meta\">" << say(M::PeersDifferNone) << "</p>\n";
    else out << "<ul>\n";
    for (std::size_t i = 0; i < differ.size() && i < 5; ++i) {
        const PeerCell& c = peers.categories[differ[i]];
        out << "<li>" << say(M::PeersDifferItem, {{"category", model.categories[differ[i]].title.get(lang)},
                                                  {"q1", format_number(c.q1, loc)}, {"q3", format_number(c.q3, loc)}})
            << "</li>\n";
    }
    if (!differ.empty()) out << "</ul>\n";
    out << "<h2>" << say(M::PeersStuckTitle) << "</h2>\n";
    const auto stuck = peer_stuck(peers);
    if (stuck.empty()) out << "<p class=\"meta\">" << say(M::PeersStuckNone) << "</p>\n";
    else out << "<ul>\n";
    for (const PeerStuck& s : stuck) {
        out << "<li>" << say(M::PeersStuckItem, {{"category", model.categories[s.category].title.get(lang)},
                                                 {"count", s.teams}, {"n", peers.categories[s.category].n}, {"level", s.level}})
            << "</li>\n";
    }
    if (!stuck.empty()) out << "</ul>\n";
    out << "</body>\n</html>\n";
    return out.str();
}

}  // namespace ladder
