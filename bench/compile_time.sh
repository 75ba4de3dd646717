#!/bin/sh
# Compile time of a file using sentry-api on group_hashes (compile_ours.cpp) against one that
# only parses and serializes with Boost.JSON (compile_boost.cpp): g++ -std=c++17 -O0 -c, best
# of 3 each. DESIGN.md's target: ratio <= 3. Usage: bench/compile_time.sh (CXX overrides g++).
set -eu

bench_dir=$(cd "$(dirname "$0")" && pwd)
include_dir=$(dirname "$bench_dir")/include
cxx=${CXX:-g++}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Prints the best wall-clock seconds of three compilations of $1.
best_of_3() {
    best=
    for _ in 1 2 3; do
        start=$(date +%s.%N)
        "$cxx" -std=c++17 -O0 -I"$include_dir" -c "$1" -o "$out/probe.o"
        end=$(date +%s.%N)
        best=$(awk -v s="$start" -v e="$end" -v b="$best" 'BEGIN { t = e - s; print (b == "" || t < b) ? t : b }')
    done
    echo "$best"
}

ours=$(best_of_3 "$bench_dir/compile_ours.cpp")
boost=$(best_of_3 "$bench_dir/compile_boost.cpp")
"$cxx" --version | head -n 1
awk -v o="$ours" -v b="$boost" 'BEGIN {
    printf "compile_ours.cpp  (decode, encode, validate, json_schema of group_hashes): %6.2f s\n", o
    printf "compile_boost.cpp (boost::json::parse and serialize only):                %6.2f s\n", b
    printf "ratio: %.2fx (target <= 3x)\n", o / b
}'
