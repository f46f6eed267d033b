// The fuzz targets: plain functions over one input's bytes, so the same code runs under
// libFuzzer (tests/fuzz/libfuzzer_main.cpp, `make fuzz`) and as an ordinary test over the
// committed findings and fixtures (tests/fuzz/replay.cpp, every `make test-*`). A target returns
// normally when the core behaved; when it did not (a property below broke) it prints what broke
// and aborts, which libFuzzer records as a crash and CTest as a failed test. A crash of the core
// itself (a sanitizer report, an exception, an abort where the web build would have thrown) ends
// the run the same way.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ladder::fuzz {

// The byte that splits one input into several files for the targets that take more than one
// (merge, reports). ASCII's record separator: no JSON text holds it outside a string, so a
// single fixture stays one file.
constexpr std::uint8_t kFileSeparator = 0x1E;

// A model file: decoded, parsed and validated; a model that loads keeps its internal indices
// consistent, and a blank and a fully answered assessment of it score, round-trip and give
// reports that pass the report checks (its texts are the untrusted text there).
void fuzz_model(const std::uint8_t* data, std::size_t size);
// An assessment of the built-in model: read and checked; one that is accepted is written back,
// read again to the same JSON, scored and compared with itself (no change anywhere).
void fuzz_assessment(const std::uint8_t* data, std::size_t size);
// A team exercise file: read and checked; one that is accepted is planned and round-trips.
void fuzz_team_file(const std::uint8_t* data, std::size_t size);
// Several assessments split at kFileSeparator, merged with merge_team: every file is counted
// once or listed as a duplicate, and each category's statistics are consistent.
void fuzz_merge(const std::uint8_t* data, std::size_t size);
// Every report: HTML, Markdown and CSV of each assessment, and the team's HTML and CSV (of the
// assessments, or of a team file given alone), in a locale picked by the input's size; each
// passes report_checks.h, first as read and then with every user string tainted.
void fuzz_reports(const std::uint8_t* data, std::size_t size);
// The condition language: the input is one condition, or a model file whose pitfalls' `when`
// conditions are taken; one that parses evaluates in Kleene's logic (see fuzz_targets.cpp).
void fuzz_condition(const std::uint8_t* data, std::size_t size);

// Several teams' files split at kFileSeparator (assessments and team files), made into a peer
// benchmark: every file is counted, a duplicate or refused; no published figure comes from
// fewer than min_group teams or contradicts itself; the benchmark reads back as written. Each
// piece is also read as a peer benchmark file: refused with a reason, or consistent.
void fuzz_peers(const std::uint8_t* data, std::size_t size);

struct Target {
    const char* name;  // as in the binaries' names (fuzz_model) and the findings' file names (model-...)
    void (*run)(const std::uint8_t* data, std::size_t size);
};
// All targets, in the order `make fuzz` runs them.
extern const Target kTargets[7];

}  // namespace ladder::fuzz
