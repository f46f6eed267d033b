#include "team.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "messages.h"
#include "stable_sort.h"

namespace ladder {

namespace {

std::string normalised(const std::string& name) {
    std::string out;
    for (const char c : name) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// Whether `a` was saved after `b`. The page writes `updated` as an ISO 8601 UTC time
// ("2026-05-02T09:00:00.250Z"), and such times order as text; any time is newer than none.
// (Reading time zones too cost 700 bytes of the page's wasm, for files Ladder never writes.)
bool is_newer(const std::string& a, const std::string& b) { return a > b; }

// Why alpha is undefined, in a language: krippendorff_alpha has two reasons, too few values to
// pair or no variation among them (its own `reason` is the English).
std::string agreement_reason(const Alpha& a, const std::string& lang) {
    return message(a.pairable_values < 2 ? M::AgreementTooFew : M::AgreementNoVariation, lang);
}

Json alpha_to_json(const Alpha& a, const std::string& lang) {
    Json out = Json::object();
    out["value"] = a.value ? Json(std::round(*a.value * 1000.0) / 1000.0) : Json(nullptr);
    out["reason"] = a.value ? Json(nullptr) : Json(agreement_reason(a, lang));
    out["pairable_values"] = a.pairable_values;
    out["summary"] = describe_agreement(a, lang);
    return out;
}

}  // namespace

AgreementBand agreement_band(const Alpha& a) {
    if (!a.value) return AgreementBand::Unknown;
    if (*a.value >= 0.8) return AgreementBand::Close;
    if (*a.value >= 0.667) return AgreementBand::Broad;
    if (*a.value >= 0.4) return AgreementBand::Mixed;
    return AgreementBand::Far;
}

std::string describe_agreement(const Alpha& a, const std::string& locale) {
    switch (agreement_band(a)) {
        case AgreementBand::Unknown: return message(M::AgreementUnknown, locale, {{"reason", agreement_reason(a, locale)}});
        case AgreementBand::Close: return message(M::AgreementClose, locale);
        case AgreementBand::Broad: return message(M::AgreementBroad, locale);
        case AgreementBand::Mixed: return message(M::AgreementMixed, locale);
        case AgreementBand::Far: break;
    }
    return message(M::AgreementFar, locale);
}

std::optional<int> team_target(std::vector<int> member_targets, std::optional<double> team_level) {
    if (!team_level || member_targets.empty()) return std::nullopt;
    // Targets are levels (0..3): counted, not sorted, so a team of thousands costs no more
    // than a pass over them.
    int counts[kLevels] = {0, 0, 0, 0};
    for (const int target : member_targets) ++counts[std::clamp(target, 0, kLevels - 1)];
    const auto nth = [&](std::size_t index) {  // the index-th smallest target, 0-based
        for (int level = 0; level < kLevels; ++level) {
            if (index < static_cast<std::size_t>(counts[level])) return level;
            index -= static_cast<std::size_t>(counts[level]);
        }
        return kLevels - 1;
    };
    const std::size_t n = member_targets.size();
    const double median = (nth((n - 1) / 2) + nth(n / 2)) / 2.0;
    const int rounded = static_cast<int>(std::floor(median + 0.5));  // half up: 1.5 -> 2
    const int floor_level = static_cast<int>(std::floor(*team_level + 1e-9));
    return std::clamp(std::max(rounded, floor_level), 0, kLevels - 1);
}

std::vector<std::size_t> discussion_order(const TeamResult& team) {
    std::vector<std::size_t> order(team.categories.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    stable_sort_list(order, [&](std::size_t a, std::size_t b) {
        const CategoryStats &x = team.categories[a], &y = team.categories[b];
        if (x.disagreement != y.disagreement) return x.disagreement;
        return x.disagreement && x.spread.value_or(0) > y.spread.value_or(0);
    });
    return order;
}

const char* duplicate_reason_id(DuplicateReason reason) { return reason == DuplicateReason::Newer ? "newer" : "same"; }

TeamResult merge_team(const Model& model, const std::vector<Assessment>& all, const std::string& lang) {
    TeamResult team;
    // Who each file is: its id, or for an id-less file its whole content (so only the very
    // same file again is the same respondent; two old files named "Maria" are two people).
    // first[i]: the input where i's respondent first appears; counted[first]: their file counted.
    std::vector<std::size_t> first(all.size()), counted(all.size());
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::size_t f = seen.emplace(all[i].id.empty() ? "#" + dump_json(assessment_to_json(all[i])) : "id:" + all[i].id, i).first->second;
        first[i] = f;
        if (f == i || is_newer(all[i].updated, all[counted[f]].updated)) counted[f] = i;
    }
    // Labels go to respondents in the order they first appear, from their counted file's name,
    // so a member whose newer file comes later keeps the label they had. A second Maria is
    // "Maria (2)"; a number already taken (a file really named "Maria (2)") moves on, so no two
    // counted people ever look the same. (A map like `seen`, whose code the page's wasm has
    // already; a list searched for each respondent made big merges quadratic.)
    std::map<std::string, std::size_t> taken;  // normalised label -> next "(N)" to try
    std::vector<std::string> shown(all.size());           // each counted input's label
    const auto find = [&](const std::string& name) { return taken.find(normalised(name)); };
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (first[i] != i) continue;
        const std::size_t k = counted[i];
        const std::string base = all[k].respondent.empty() ? message(M::TeamRespondentNumber, lang, {{"number", i + 1}}) : all[k].respondent;
        std::string name = base;
        auto same = find(base);
        if (same != taken.end()) {
            std::size_t n = std::max<std::size_t>(same->second, 2);
            do {
                name = message(M::TeamSameName, lang, {{"name", base}, {"number", n++}});
            } while (find(name) != taken.end());
            same->second = n;
        }
        taken.emplace(normalised(name), 0);
        shown[k] = name;
    }
    std::vector<const Assessment*> kept;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::size_t k = counted[first[i]];
        if (k == i) {
            kept.push_back(&all[i]);
            team.respondents.push_back(shown[i]);
            team.inputs.push_back(i);
        } else {
            const bool newer = !all[i].id.empty() && is_newer(all[k].updated, all[i].updated);
            team.duplicates.push_back({i, shown[k], k, newer ? DuplicateReason::Newer : DuplicateReason::Same});
        }
    }
    const auto& assessments = kept;

    // Each counted respondent's answers, read once into a table (respondent by category: the
    // level, or -1; the member's own target, explicit or one above the answer, or -1), so the
    // statistics below read small contiguous numbers rather than every respondent's map once
    // per category: a merge then grows with its size, not faster, when the answers no longer
    // fit in the processor's caches.
    const std::size_t K = model.categories.size();
    std::vector<signed char> levels(assessments.size() * K, -1), targets(assessments.size() * K, -1);
    for (std::size_t r = 0; r < assessments.size(); ++r) {
        const auto& answers = assessments[r]->answers;
        for (std::size_t k = 0; k < K; ++k) {
            const auto it = answers.find(model.categories[k].id);
            if (it == answers.end()) continue;
            const Answer& answer = it->second;
            if (answer.answered()) levels[r * K + k] = static_cast<signed char>(*answer.level);
            if (answer.target) targets[r * K + k] = static_cast<signed char>(*answer.target);
            else if (answer.answered()) targets[r * K + k] = static_cast<signed char>(target_above(*answer.level));
        }
    }

    // Levels are 0..3, so a count per level gives the median and extremes without sorting.
    std::vector<LevelInput> inputs(K);
    for (std::size_t k = 0; k < K; ++k) {
        CategoryStats stats;
        stats.id = model.categories[k].id;
        int counts[kLevels] = {0, 0, 0, 0};
        int sum = 0;
        std::vector<int> own_targets;  // each member's own target: explicit, else one above the answer
        for (std::size_t r = 0; r < assessments.size(); ++r) {
            if (targets[r * K + k] >= 0) own_targets.push_back(targets[r * K + k]);
            const int level = levels[r * K + k];
            if (level < 0) continue;
            ++counts[level];
            sum += level;
            ++stats.n;
        }
        if (stats.n > 0) {
            stats.mean = double(sum) / stats.n;
            auto nth = [&](int index) {  // the index-th smallest answer, 0-based
                for (int level = 0; level < kLevels; ++level) {
                    if (index < counts[level]) return level;
                    index -= counts[level];
                }
                return kLevels - 1;
            };
            stats.min = nth(0);
            stats.max = nth(stats.n - 1);
            stats.median = (nth((stats.n - 1) / 2) + nth(stats.n / 2)) / 2.0;
            stats.spread = *stats.max - *stats.min;
            stats.disagreement = *stats.spread >= kDisagreementSpread;
            inputs[k].level = stats.median;
        }
        stats.target = team_target(std::move(own_targets), stats.median);
        if (stats.target) inputs[k].target = *stats.target;
        team.categories.push_back(std::move(stats));
    }
    team.score = score_levels(model, inputs, lang);

    // Agreement: respondents are the observers, categories the units.
    const auto reliability = [&](const std::vector<std::size_t>& categories) {
        ReliabilityData data(assessments.size());
        for (std::size_t r = 0; r < assessments.size(); ++r) {
            data[r].reserve(categories.size());
            for (const std::size_t k : categories) {
                const int level = k < K ? levels[r * K + k] : -1;
                data[r].push_back(level >= 0 ? std::optional<double>(level) : std::nullopt);
            }
        }
        return krippendorff_alpha(data, AlphaMetric::Ordinal);
    };
    std::vector<std::size_t> every(model.categories.size());
    for (std::size_t k = 0; k < every.size(); ++k) every[k] = k;
    team.agreement = reliability(every);
    for (const auto& d : model.dimensions) team.agreement_by_dimension.push_back(reliability(d.categories));
    return team;
}

std::vector<Assessment> sample_respondents(const Model& model, int count) {
    unsigned state = 12345;
    const auto next = [&] { return (state = state * 1103515245u + 12345u) >> 16; };
    std::vector<Assessment> out;
    for (int r = 0; r < count; ++r) {
        Assessment a = blank_assessment(model);
        const std::string number = std::to_string(r + 1);
        a.id = std::string(32 - number.size(), '0') + number;
        a.respondent = "Respondent " + number;
        for (auto& [key, answer] : a.answers) {
            const unsigned roll = next() % 10;
            if (roll == 0) answer.dont_know = true;
            if (roll != 1) answer.level = static_cast<int>(next() % 4);
        }
        out.push_back(std::move(a));
    }
    return out;
}

History compare_assessments(const Model& model, const Assessment& older, const Assessment& newer) {
    const ScoreResult a = score_assessment(model, older), b = score_assessment(model, newer);
    const auto delta = [](const std::string& id, const std::optional<double>& x, const std::optional<double>& y) {
        Delta d{id, x, y, std::nullopt};
        if (x && y) d.change = *y - *x;
        return d;
    };
    History h;
    for (std::size_t i = 0; i < a.dimensions.size(); ++i) {
        h.dimensions.push_back(delta(a.dimensions[i].id, a.dimensions[i].score, b.dimensions[i].score));
    }
    for (std::size_t i = 0; i < a.categories.size(); ++i) {
        h.categories.push_back(delta(a.categories[i].id, a.categories[i].level, b.categories[i].level));
    }
    h.overall = delta("overall", a.overall_score, b.overall_score);
    return h;
}

Json history_to_json(const History& h) {
    const auto opt = [](const std::optional<double>& v) { return v ? Json(round2(*v)) : Json(nullptr); };
    const auto one = [&](const Delta& d) {
        return Json{{"id", d.id}, {"before", opt(d.before)}, {"after", opt(d.after)}, {"change", opt(d.change)}};
    };
    Json out = Json::object();
    out["overall"] = one(h.overall);
    Json dimensions = Json::array(), categories = Json::array();
    for (const auto& d : h.dimensions) dimensions.push_back(one(d));
    for (const auto& d : h.categories) categories.push_back(one(d));
    out["dimensions"] = std::move(dimensions);
    out["categories"] = std::move(categories);
    return out;
}

Json team_to_json(const Model& model, const TeamResult& team, const std::string& lang) {
    Json out = score_to_json(model, team.score, lang);
    Json result = Json::object();
    result["respondents"] = team.respondents;
    Json categories = Json::array();
    for (const auto& s : team.categories) {
        const auto opt = [](const auto& v) { return v ? Json(round2(*v)) : Json(nullptr); };
        Json entry = Json::object();
        entry["id"] = s.id;
        entry["n"] = s.n;
        entry["median"] = opt(s.median);
        entry["mean"] = opt(s.mean);
        entry["min"] = s.min ? Json(*s.min) : Json(nullptr);
        entry["max"] = s.max ? Json(*s.max) : Json(nullptr);
        entry["spread"] = s.spread ? Json(*s.spread) : Json(nullptr);
        entry["disagreement"] = s.disagreement;
        entry["target"] = s.target ? Json(*s.target) : Json(nullptr);
        categories.push_back(std::move(entry));
    }
    result["categories"] = std::move(categories);
    for (auto& [key, value] : out.items()) {
        if (key != "categories") result[key] = value;
    }
    result["team_categories"] = out["categories"];
    Json duplicates = Json::array();
    for (const auto& d : team.duplicates) {
        duplicates.push_back({{"index", d.index}, {"respondent", d.name}, {"same_as", d.kept}, {"reason", duplicate_reason_id(d.reason)}});
    }
    result["duplicates"] = std::move(duplicates);
    Json by_dimension = Json::object();
    for (std::size_t i = 0; i < model.dimensions.size() && i < team.agreement_by_dimension.size(); ++i) {
        by_dimension[model.dimensions[i].id] = alpha_to_json(team.agreement_by_dimension[i], lang);
    }
    Json agreement = alpha_to_json(team.agreement, lang);
    result["agreement"] = {{"alpha_ordinal", agreement["value"]},
                           {"reason", agreement["reason"]},
                           {"summary", agreement["summary"]},
                           {"pairable_values", agreement["pairable_values"]},
                           {"by_dimension", by_dimension}};
    return result;
}

}  // namespace ladder
