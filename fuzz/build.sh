#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Builds every libFuzzer target of fuzz/ into OUT_DIR (default: build-fuzz), with ASan and UBSan.
# Boost.JSON is compiled in (boost_json_src.cpp), not linked, so its parser is instrumented.
# Usage: fuzz/build.sh [OUT_DIR]     Environment: CXX (default clang++), JOBS (default nproc),
#                                   TARGETS (default: every target, e.g. "array_decoder link")
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$(mkdir -p "${1:-build-fuzz}" && cd "${1:-build-fuzz}" && pwd)
cxx=${CXX:-clang++}
jobs=${JOBS:-$(nproc)}
read -r -a targets <<<"${TARGETS:-decode_page decode_event validate link cursor roundtrip json_text array_decoder}"

flags=(-std=c++17 -O1 -g -fno-omit-frame-pointer -fno-sanitize-recover=all -I"$here/../include")
sanitize=address,undefined

# One object file per source, at most $jobs compilers at a time; then link each target.
compile() { # SOURCE OBJECT FUZZER-FLAG
  "$cxx" "${flags[@]}" -fsanitize="$3,$sanitize" -c "$here/$1" -o "$2"
}
pids=()
compile boost_json_src.cpp "$out/boost_json_src.o" fuzzer-no-link & pids+=($!)
for t in "${targets[@]}"; do
  while (( $(jobs -rp | wc -l) >= jobs )); do wait -n; done
  compile "$t.cpp" "$out/$t.o" fuzzer-no-link & pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
(( status == 0 )) || { echo "fuzz/build.sh: a compile failed" >&2; exit 1; }

for t in "${targets[@]}"; do
  "$cxx" -fsanitize="fuzzer,$sanitize" "$out/$t.o" "$out/boost_json_src.o" -o "$out/$t"
  echo "built $out/$t"
done
