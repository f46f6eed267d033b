#!/usr/bin/env bash
# Runs every libFuzzer target of each given build folder for SECONDS seconds (make fuzz):
#
#   tests/fuzz/run.sh SECONDS BUILD_DIR...
#
# The seed corpus is made here, from the committed fixtures, into BUILD_DIR/seeds/<target>; what
# libFuzzer learns goes to BUILD_DIR/corpus/<target> and is kept between runs; a finding is
# written to BUILD_DIR/findings/<target>-... Prints one row per build and target with libFuzzer's
# executions (stat::number_of_executed_units) and the total, and exits with 1 if any target
# found something or did not run.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 2 ] || { echo "usage: $0 SECONDS BUILD_DIR..." >&2; exit 2; }
seconds=$1
shift
targets=(model assessment team_file merge reports condition peers)
sep=$'\x1e'   # kFileSeparator in fuzz_targets.h

# Every fixture is a seed for every target: a model file seeds the condition target (its
# pitfalls' conditions), a broken assessment seeds the model target's error paths, and so on.
fixtures=(tests/data/*.json tests/data/malformed/* tests/data/encodings/* core/models/*.json core/models/lang/*.json)

make_seeds() {
  local dir=$1/seeds
  rm -rf "$dir"
  local t
  for t in "${targets[@]}"; do
    mkdir -p "$dir/$t"
    # Named after their paths: two folders can hold files of the same name.
    local f
    for f in "${fixtures[@]}"; do cp "$f" "$dir/$t/$(echo "$f" | tr / _)"; done
  done
  # Several files in one input for merge and reports: the example with itself (a duplicate),
  # with the respondents' fixtures, and with a broken file between them.
  local example=core/models/example-assessment.json
  for t in merge reports; do
    { cat "$example"; printf '%s' "$sep"; cat tests/data/bad-level.json; printf '%s' "$sep"; cat "$example"; } > "$dir/$t/team-of-three"
    { cat "$example"; printf '%s' "$sep"; cat tests/data/malformed/level-four.json; printf '%s' "$sep"; sed 's/"respondent": *"[^"]*"/"respondent": "=B"/' "$example"; } > "$dir/$t/team-with-broken-file"
  done
  # A team exercise with members, targets and a theory of change (the tests build theirs in code).
  local team
  team=$(printf '{"format": "ladder-team", "version": 1, "model": {"id": "digital-services"}, "team": "Ops", "hide_ratings": true, "revealed": [], "theory_of_change": "If we ship, then we learn", "targets": {}, "respondents": [%s, %s]}' \
         "$(cat "$example")" "$(sed 's/"respondent": *"[^"]*"/"respondent": "Ben"/' "$example")")
  for t in team_file reports; do printf '%s\n' "$team" > "$dir/$t/team-exercise.json"; done
}

status=0
rows=()
total=0
for build in "$@"; do
  make_seeds "$build"
  mkdir -p "$build/findings" "$build/logs"
  for t in "${targets[@]}"; do
    mkdir -p "$build/corpus/$t"
    log=$build/logs/$t.log
    # -timeout: an input that takes 20 s would hang the page, so it is a finding too.
    # -rss_limit_mb: well under the machine's memory, as a browser tab's limit is.
    if "$build/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 -timeout=20 -rss_limit_mb=2048 \
         -dict=tests/fuzz/ladder.dict -artifact_prefix="$build/findings/$t-" \
         "$build/corpus/$t" "$build/seeds/$t" > "$log" 2>&1; then
      result=ok
    else
      result="FAILED (see $log)"
      status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    [ -n "$runs" ] || { runs=0; result="FAILED, no statistics (see $log)"; status=1; }
    total=$((total + runs))
    rows+=("$(printf '%-22s %-11s %12s  %s' "$(basename "$build")" "$t" "$runs" "$result")")
  done
done

printf '\n%-22s %-11s %12s  %s\n' build target executions result
printf '%s\n' "${rows[@]}"
printf '%-22s %-11s %12s\n' total "" "$total"
if [ $status -ne 0 ]; then
  echo
  echo "A finding is an input in the build folder's findings/. Reproduce it with the binary"
  echo "(e.g. build/fuzz/fuzz_reports FILE), copy it to tests/data/fuzz-findings/<target>-<what-it-is>,"
  echo "fix the core and check that make test-native passes (docs/TESTING.md, \"Fuzzing\")."
fi
exit $status
