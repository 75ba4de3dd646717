#!/usr/bin/env bash
# Compile time of a file using sentry-api on group_hashes (compile_ours.cpp) against one that
# only parses and serializes with Boost.JSON (compile_boost.cpp): g++ -std=c++17 -O0 -c, best
# of 3 each, as CPU time (user + sys, steadier than wall time on a busy machine) and wall time.
# DESIGN.md's target: ratio <= 3. Usage: bench/compile_time.sh (CXX overrides g++).
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
include_dir=$(dirname "$bench_dir")/include
cxx=${CXX:-g++}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Prints "<best cpu seconds> <best wall seconds>" of three compilations of $1.
best_of_3() {
    local TIMEFORMAT='%U %S %R'
    for _ in 1 2 3; do
        { time "$cxx" -std=c++17 -O0 -I"$include_dir" -c "$1" -o "$out/probe.o" 2>"$out/errors" \
            || { cat "$out/errors" >&2; exit 1; }; } 2>>"$out/times"
    done
    awk '{ cpu = $1 + $2; if (NR == 1 || cpu < c) c = cpu; if (NR == 1 || $3 < w) w = $3 }
         END { print c, w }' "$out/times"
    rm "$out/times"
}

ours=$(best_of_3 "$bench_dir/compile_ours.cpp")
boost=$(best_of_3 "$bench_dir/compile_boost.cpp")
read -r ours_cpu ours_wall <<<"$ours"
read -r boost_cpu boost_wall <<<"$boost"
"$cxx" --version | head -n 1
printf '%-72s %8s %8s\n' "best of 3, g++ -std=c++17 -O0 -c" "cpu s" "wall s"
printf '%-72s %8.2f %8.2f\n' "compile_ours.cpp (decode, encode, validate, json_schema of group_hashes)" \
    "$ours_cpu" "$ours_wall"
printf '%-72s %8.2f %8.2f\n' "compile_boost.cpp (boost::json::parse and serialize only)" "$boost_cpu" "$boost_wall"
awk -v oc="$ours_cpu" -v bc="$boost_cpu" -v ow="$ours_wall" -v bw="$boost_wall" \
    'BEGIN { printf "ratio: %.2fx cpu, %.2fx wall (target <= 3x)\n", oc / bc, ow / bw }'
