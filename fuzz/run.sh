#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Runs every fuzz target for SECONDS each, from seeds, and fails if any target crashes.
# Usage: fuzz/run.sh SECONDS [BUILD_DIR]   (BUILD_DIR as given to fuzz/build.sh; default build-fuzz)
# Environment: TARGETS (default: every target, e.g. "array_decoder")
# Each target's corpus grows in BUILD_DIR/corpus/<target> and is kept for the next run;
# a crashing input is written to BUILD_DIR/crashes/<target>-crash-<sha1> with the log beside it.
set -euo pipefail

seconds=${1:?usage: fuzz/run.sh SECONDS [BUILD_DIR]}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${2:-build-fuzz}" && pwd)
real_corpus=$here/../../shared/corpus/real

# The seeds of a target, as files or directories.
seeds_of() {
  case $1 in
    link | cursor) echo "$here/seeds/$1" ;;
    *)
      echo "$here/seeds/json"
      ls "$here"/../tests/data/*.json "$here"/../tests/data/pages/*.json 2>/dev/null || true
      if [[ -d $real_corpus ]]; then ls "$real_corpus"/*.json; fi
      ;;
  esac
}

failed=()
printf '%-13s %12s %8s %8s  %s\n' target executions coverage features result
for t in ${TARGETS:-decode_page decode_event validate link cursor roundtrip json_text array_decoder}; do
  corpus=$build/corpus/$t
  mkdir -p "$corpus" "$build/crashes" "$build/logs"
  for s in $(seeds_of "$t"); do cp -r "$s"/. "$corpus"/ 2>/dev/null || cp "$s" "$corpus"/; done
  options=(-max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1
           -artifact_prefix="$build/crashes/$t-")
  case $t in
    link | cursor) options+=(-max_len=4096) ;;
    *) options+=(-max_len=65536 -dict="$here/json.dict") ;;
  esac
  log=$build/logs/$t.log
  result=ok
  "$build/$t" "${options[@]}" "$corpus" >"$log" 2>&1 || { result="FAILED (see $log)"; failed+=("$t"); }
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  printf '%-13s %12s %8s %8s  %s\n' "$t" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$result"
done

if (( ${#failed[@]} )); then
  echo "fuzzing found a problem in: ${failed[*]}" >&2
  exit 1
fi
