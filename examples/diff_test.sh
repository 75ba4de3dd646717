#!/bin/sh
# SPDX-License-Identifier: BSL-1.0
# Usage: diff_test.sh SENTRY_API TEST_DATA_DIR PYTHON [CORPUS_DIR]
# Checks `sentry-api diff`: its lines, exit codes and error lines, on cases built by hand; and
# every payload of TEST_DATA_DIR (and of CORPUS_DIR, when there is one) against itself as
# Python's json.dumps re-writes it in every style: no difference.
set -u
cli=$1
data=$2
python=$3
corpus=${4:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

. "$(dirname "$0")/expect.sh"

# Writes its arguments, one a line, to $tmp/expected.
lines() { printf '%s\n' "$@" >"$tmp/expected"; }
tab=$(printf '\t')

# Two events that differ in each way: an unknown key changed, a member added, one removed, a
# value null against a string, an array item more, held JSON (contexts) deep inside, keys in
# another order, and layout and number spellings that are no difference.
cat >"$tmp/a.json" <<'EOF'
{"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "title": "caf\u00e9", "dist": null,
 "tags": [{"key": "a", "value": "1"}], "contexts": {"os": {"name": "Linux", "n": 1.50}},
 "custom": {"x": 1e2}, "platform": "python"}
EOF
cat >"$tmp/b.json" <<'EOF'
{
    "eventID": "02b454c50b654edbba8b3b9a98ba1058",
    "id": "1",
    "title": "café",
    "dist": "7",
    "tags": [{"key": "a", "value": "1"}, {"key": "b", "value": "2"}],
    "contexts": {"os": {"name": "Darwin", "n": 1.5}},
    "custom": {"x": 100.0, "y": true},
    "message": "m"
}
EOF
lines "/${tab}order${tab}[\"id\",\"eventID\",\"title\",\"dist\",\"tags\",\"contexts\",\"custom\",\"platform\"] -> [\"eventID\",\"id\",\"title\",\"dist\",\"tags\",\"contexts\",\"custom\",\"message\"]" \
    "/dist${tab}changed${tab}null -> \"7\"" \
    "/tags/1${tab}added${tab}{\"key\":\"b\",\"value\":\"2\"}" \
    "/contexts/os/name${tab}changed${tab}\"Linux\" -> \"Darwin\"" \
    "/custom/y${tab}added${tab}true" \
    "/platform${tab}removed${tab}\"python\"" \
    "/message${tab}added${tab}\"m\""
expect "every kind, in document order" 1 "$tmp/expected" - -- "$cli" diff "$tmp/a.json" "$tmp/b.json"
sed 1d "$tmp/expected" >"$tmp/expected_no_order"
expect "--ignore-order" 1 "$tmp/expected_no_order" - -- "$cli" diff --ignore-order "$tmp/a.json" "$tmp/b.json"
expect "A from standard input" 1 "$tmp/expected" - -- sh -c "'$cli' diff - '$tmp/b.json' < '$tmp/a.json'"
expect "B from standard input" 1 "$tmp/expected_no_order" - -- sh -c "'$cli' diff --ignore-order --type event '$tmp/a.json' - < '$tmp/b.json'"
: >"$tmp/empty"
expect "a file with itself" 0 "$tmp/empty" - -- "$cli" diff "$tmp/a.json" "$tmp/a.json"
expect "the documented page and its compact form" 0 "$tmp/empty" - -- "$cli" diff "$data/issue-hashes-response.json" "$data/issue-hashes-response.compact.json"

# Pages: items at their index; an empty page is of any type; a value of the wrong kind is kept
# and compared as it came.
printf '[{"id": "c4a4d06bc314205bb3b6bdb612dde7f1", "latestEvent": null}, {"id": "0d4d7f93bb2b0a7b1e3e5a4bd0cc4c3a"}]' >"$tmp/p1.json"
printf '[{"id": "c4a4d06bc314205bb3b6bdb612dde7f1", "latestEvent": null, "state": "locked"}]' >"$tmp/p2.json"
lines "/0/state${tab}added${tab}\"locked\"" "/1${tab}removed${tab}{\"id\":\"0d4d7f93bb2b0a7b1e3e5a4bd0cc4c3a\"}"
expect "page items at their index" 1 "$tmp/expected" - -- "$cli" diff "$tmp/p1.json" "$tmp/p2.json"
printf '[]' >"$tmp/none.json"
printf '[{"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058"}]' >"$tmp/events.json"
lines "/0${tab}added${tab}{\"id\":\"1\",\"eventID\":\"02b454c50b654edbba8b3b9a98ba1058\"}"
expect "an empty page against a list of events" 1 "$tmp/expected" - -- "$cli" diff "$tmp/none.json" "$tmp/events.json"
printf '[{"id": 5}]' >"$tmp/id_number.json"
printf '[{"id": "5"}]' >"$tmp/id_string.json"
lines "/0/id${tab}changed${tab}5 -> \"5\""
expect "a value of the wrong kind, kept" 1 "$tmp/expected" - -- "$cli" diff "$tmp/id_number.json" "$tmp/id_string.json"
printf '[{"id": "1", "latestEvent": null, "n": 1}]' >"$tmp/int.json"
printf '[{"id": "1", "latestEvent": null, "n": 1.0}]' >"$tmp/float.json"
lines "/0/n${tab}changed${tab}1 -> 1.0"
expect "an integer is not a float" 1 "$tmp/expected" - -- "$cli" diff "$tmp/int.json" "$tmp/float.json"

# What cannot be compared: exit 2, the file and the place named.
printf '[{"id": "1",' >"$tmp/cut.json"
printf '[{"id": "1", "id": "2"}]' >"$tmp/dup.json"
expect "a file that cannot be read" 2 "$tmp/empty" "^error: $tmp/missing.json: cannot open the file$" -- "$cli" diff "$tmp/p1.json" "$tmp/missing.json"
expect "not JSON" 2 "$tmp/empty" "^error: $tmp/cut.json: 1:13: " -- "$cli" diff "$tmp/cut.json" "$tmp/p1.json"
expect "not JSON from standard input" 2 "$tmp/empty" "^error: -: 1:13: " -- sh -c "'$cli' diff '$tmp/p1.json' - < '$tmp/cut.json'"
expect "a duplicate key" 2 "$tmp/empty" "^error: $tmp/dup.json: /0/id: " -- "$cli" diff "$tmp/p1.json" "$tmp/dup.json"
expect "the wrong payload type" 2 "$tmp/empty" "^error: $tmp/p2.json: /: expected object, got array$" -- "$cli" diff --type event "$tmp/a.json" "$tmp/p2.json"
expect "two payload types" 2 "$tmp/empty" "^error: $tmp/p1.json: /: is a page of hashes, and $tmp/a.json an event" -- "$cli" diff "$tmp/a.json" "$tmp/p1.json"
expect "one file" 2 "$tmp/empty" "^error: arguments: diff takes two files, A and B, got 1$" -- "$cli" diff "$tmp/a.json"
expect "both from standard input" 2 "$tmp/empty" "^error: arguments: only one of A and B may be standard input" -- "$cli" diff - -
expect "a bad --type" 2 "$tmp/empty" "^error: arguments: --type must be" -- "$cli" diff --type page "$tmp/a.json" "$tmp/a.json"

# Every payload against itself re-written by Python in each style: no difference.
cat >"$tmp/rewrite.py" <<'EOF'
import json, sys
value = json.load(open(sys.argv[1], encoding="utf-8"))
styles = {"compact": dict(separators=(",", ":"), ensure_ascii=False), "python": dict(ensure_ascii=False),
          "indent2": dict(indent=2, ensure_ascii=False), "indent4": dict(indent=4, ensure_ascii=False),
          "ascii": dict(indent=2)}
for name, kw in styles.items():
    with open(sys.argv[2] + "." + name, "w", encoding="utf-8") as f:
        f.write(json.dumps(value, **kw) + ("\n" if name != "compact" else ""))
EOF
count=0
for f in $(find "$data" -name '*.json' ! -name validation_cases.json | sort) $( [ -n "$corpus" ] && [ -d "$corpus" ] && find "$corpus" -name '*.json' | sort); do
    "$python" "$tmp/rewrite.py" "$f" "$tmp/rewritten" || { echo "FAIL cannot re-write $f"; failed=$((failed + 1)); continue; }
    for style in compact python indent2 indent4 ascii; do
        expect "$(basename "$f") against its $style form" 0 "$tmp/empty" - -- "$cli" diff "$f" "$tmp/rewritten.$style"
    done
    count=$((count + 1))
done
[ "$count" -ge 11 ] || { echo "FAIL only $count payloads compared"; failed=$((failed + 1)); }

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
