// Native timings of the core, printed as JSON for tests/bench/run.mjs: merging 1,000
// respondents (bar: 20 ms, so adding files never stalls the team screen), scoring one
// assessment, loading the default model.
// Then how the core scales: merging 10 to 10,000 respondents (kMaxRespondents), with the heap a
// merge needs at its peak, so growth worse than linear shows before a big team meets it; and a
// synthetic model of 200 categories (the default has 24), loaded, scored and merged.
// Each figure is the median of repeated runs, so one noisy run does not decide it; the data is
// the same on every run and machine, and a volatile sink keeps the work from being optimised away.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <new>
#include <string>
#include <vector>

#include "json_input.h"
#include "model.h"
#include "scoring.h"
#include "team.h"

// --- Heap accounting -----------------------------------------------------------------------
// Every operator new of this program goes through allocate(), which keeps the live bytes and
// their peak. Each block carries its size and its offset from malloc's pointer just before it,
// so every delete (sized or not, aligned or not) gives back exactly what was counted.
namespace {

std::size_t live_bytes = 0;
std::size_t peak_bytes = 0;

constexpr std::size_t kHeader = alignof(std::max_align_t) < 2 * sizeof(std::size_t) ? 2 * sizeof(std::size_t)
                                                                                      : alignof(std::max_align_t);

void* allocate(std::size_t size, std::size_t align) noexcept {
    const std::size_t pad = std::max(align, kHeader);
    const std::size_t slack = align > alignof(std::max_align_t) ? align : 0;
    char* raw = static_cast<char*>(std::malloc(size + pad + slack));
    if (!raw) return nullptr;
    std::uintptr_t start = reinterpret_cast<std::uintptr_t>(raw) + pad;
    start = (start + align - 1) & ~static_cast<std::uintptr_t>(align - 1);
    char* user = reinterpret_cast<char*>(start);
    std::size_t* header = reinterpret_cast<std::size_t*>(user) - 2;
    header[0] = size;
    header[1] = static_cast<std::size_t>(user - raw);
    live_bytes += size;
    peak_bytes = std::max(peak_bytes, live_bytes);
    return user;
}

void release(void* pointer) noexcept {
    if (!pointer) return;
    const std::size_t* header = static_cast<std::size_t*>(pointer) - 2;
    live_bytes -= header[0];
    std::free(static_cast<char*>(pointer) - header[1]);
}

void* allocate_or_fail(std::size_t size, std::size_t align) {
    if (void* p = allocate(size, align)) return p;
    std::fputs("bench: out of memory\n", stderr);
    std::abort();
}

constexpr std::size_t kDefaultAlign = alignof(std::max_align_t);

}  // namespace

void* operator new(std::size_t size) { return allocate_or_fail(size, kDefaultAlign); }
void* operator new[](std::size_t size) { return allocate_or_fail(size, kDefaultAlign); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return allocate(size, kDefaultAlign); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return allocate(size, kDefaultAlign); }
void* operator new(std::size_t size, std::align_val_t align) { return allocate_or_fail(size, static_cast<std::size_t>(align)); }
void* operator new[](std::size_t size, std::align_val_t align) { return allocate_or_fail(size, static_cast<std::size_t>(align)); }
void* operator new(std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
    return allocate(size, static_cast<std::size_t>(align));
}
void* operator new[](std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
    return allocate(size, static_cast<std::size_t>(align));
}
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }

using namespace ladder;

namespace {

double median_ms(int runs, const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The most heap `work` holds at once above what was live before it: its peak, including what
// it returns (work keeps its result alive until it ends). Memory that existed before, such as
// the respondents' assessments, is not counted.
std::size_t peak_heap(const std::function<void()>& work) {
    const std::size_t before = live_bytes;
    peak_bytes = live_bytes;
    work();
    return peak_bytes - before;
}

// The default model grown to `count` categories: its own categories first (the pitfalls name
// some of them), then copies of them in turn, each in its original's dimension with the
// original's id and a number ("mandate-2"), so every dimension grows alike.
std::string synthetic_model_json(std::size_t count) {
    Json model = parse_json(default_model_json()).value();
    struct Original {
        std::size_t dimension;
        Json category;
    };
    std::vector<Original> originals;
    Json& dimensions = model["dimensions"];
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
        for (const Json& c : dimensions[d]["categories"]) originals.push_back({d, c});
    }
    for (std::size_t k = originals.size(); k < count; ++k) {
        const Original& original = originals[k % originals.size()];
        Json copy = original.category;
        copy["id"] = original.category["id"].get<std::string>() + "-" + std::to_string(k / originals.size() + 1);
        dimensions[original.dimension]["categories"].push_back(std::move(copy));
    }
    return dump_json(model, 2);
}

}  // namespace

int main() {
    const Model& model = default_model();
    const std::vector<Assessment> team = sample_respondents(model, 1000);
    volatile double sink = 0;
    const double merge = median_ms(21, [&] { sink = sink + static_cast<double>(merge_team(model, team).categories.size()); });
    const double score = median_ms(201, [&] { sink = sink + score_assessment(model, team[0]).completeness; });
    const double load = median_ms(21, [&] { sink = sink + static_cast<double>(load_model(default_model_json()).value().categories.size()); });

    // Merging 10 to 10,000 respondents: the time (median) and the heap at its peak.
    struct Scale {
        int respondents, runs;
        double ms = 0;
        std::size_t input = 0, peak = 0;  // the respondents' own heap, not part of peak
    };
    std::vector<Scale> scaling = {{10, 201}, {100, 101}, {1000, 21}, {10000, 5}};
    for (Scale& s : scaling) {
        const std::size_t before = live_bytes;
        const std::vector<Assessment> people = sample_respondents(model, s.respondents);
        s.input = live_bytes - before;
        s.ms = median_ms(s.runs, [&] { sink = sink + static_cast<double>(merge_team(model, people).respondents.size()); });
        s.peak = peak_heap([&] { sink = sink + static_cast<double>(merge_team(model, people).respondents.size()); });
    }

    // A model of 200 categories, built from the default one.
    const std::string big_json = synthetic_model_json(200);
    const auto big = load_model(big_json);
    if (!big.ok()) {
        std::fprintf(stderr, "bench: the synthetic 200-category model does not load:\n");
        for (const auto& e : big.errors()) std::fprintf(stderr, "  %s\n", e.to_string().c_str());
        return 1;
    }
    const Model& big_model = big.value();
    if (big_model.categories.size() != 200) {
        std::fprintf(stderr, "bench: the synthetic model has %zu categories, not 200\n", big_model.categories.size());
        return 1;
    }
    Assessment full = blank_assessment(big_model);
    int level = 0;
    for (auto& [key, answer] : full.answers) answer.level = level++ % kLevels;
    const std::vector<Assessment> big_team = sample_respondents(big_model, 100);
    const double big_parse = median_ms(21, [&] { sink = sink + static_cast<double>(load_model(big_json).value().categories.size()); });
    const double big_score = median_ms(201, [&] { sink = sink + score_assessment(big_model, full).completeness; });
    const double big_merge = median_ms(51, [&] { sink = sink + static_cast<double>(merge_team(big_model, big_team).categories.size()); });

    std::printf("{\"merge_1000_ms\": %.3f, \"score_one_ms\": %.4f, \"load_default_model_ms\": %.3f, \"categories\": %zu,\n",
                merge, score, load, model.categories.size());
    std::printf(" \"merge_scaling\": [");
    for (std::size_t i = 0; i < scaling.size(); ++i) {
        std::printf("%s{\"respondents\": %d, \"ms\": %.3f, \"peak_bytes\": %zu, \"input_bytes\": %zu}", i ? ", " : "",
                    scaling[i].respondents, scaling[i].ms, scaling[i].peak, scaling[i].input);
    }
    std::printf("],\n");
    std::printf(" \"model_200\": {\"categories\": %zu, \"bytes\": %zu, \"parse_validate_ms\": %.3f, \"score_ms\": %.4f, "
                "\"merge_100_ms\": %.3f}}\n",
                big_model.categories.size(), big_json.size(), big_parse, big_score, big_merge);
    return 0;
}
