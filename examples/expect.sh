# SPDX-License-Identifier: BSL-1.0
# The command-line tests' one check, sourced by cli_test.sh and diff_test.sh: they set `tmp` (a
# scratch folder), `passed` and `failed`, and end with `[ "$failed" -eq 0 ]`.

# expect NAME EXIT_CODE EXPECTED_STDOUT_FILE_OR_- STDERR_PATTERN_OR_- -- COMMAND...
expect() {
    name=$1 code=$2 out=$3 err=$4
    shift 5
    "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    got=$?
    ok=1
    [ "$got" -eq "$code" ] || { echo "FAIL $name: exit $got, expected $code"; ok=0; }
    if [ "$out" != - ] && ! cmp -s "$out" "$tmp/out"; then echo "FAIL $name: stdout differs:"; cat "$tmp/out"; ok=0; fi
    if [ "$err" != - ] && ! grep -q -- "$err" "$tmp/err"; then
        echo "FAIL $name: stderr lacks '$err': $(cat "$tmp/err")"
        ok=0
    fi
    if [ $ok -eq 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}
