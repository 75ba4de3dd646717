#!/bin/sh
# SPDX-License-Identifier: BSL-1.0
# Usage: cli_test.sh SENTRY_API TEST_DATA_DIR
# Checks the command-line contract of DESIGN.md: outputs, exit codes and error lines.
set -u
cli=$1
data=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

. "$(dirname "$0")/expect.sh"

doc=$data/issue-hashes-response.json
expect "roundtrip pretty" 0 "$doc" - -- "$cli" roundtrip --style pretty "$doc"
expect "roundtrip python" 0 "$data/issue-hashes-response.python.json" - -- "$cli" roundtrip --style python "$doc"
expect "roundtrip compact" 0 "$data/issue-hashes-response.compact.json" - -- "$cli" roundtrip --style compact --type hashes "$doc"
expect "roundtrip ascii" 0 "$doc" - -- "$cli" roundtrip --ascii "$doc"
fid=$data/fidelity
expect "roundtrip auto indent 4, ascii, newline" 0 "$fid/event-integer-ids.json" - -- "$cli" roundtrip --style auto "$fid/event-integer-ids.json"
expect "roundtrip auto compact" 0 "$fid/hashes-newer.json" - -- "$cli" roundtrip --style auto "$fid/hashes-newer.json"
expect "roundtrip auto python, raw UTF-8" 0 "$fid/events-mixed-ids.json" - -- "$cli" roundtrip --style auto "$fid/events-mixed-ids.json"
expect "roundtrip auto indent 0" 0 "$fid/event-indent-zero.json" - -- "$cli" roundtrip --style auto --type event "$fid/event-indent-zero.json"
expect "roundtrip auto, hashes with id alone" 0 "$fid/hashes-id-only-2016.json" - -- "$cli" roundtrip --style auto "$fid/hashes-id-only-2016.json"
expect "roundtrip indent 2 of an indent-0 file" 0 "$doc" - -- sh -c "'$cli' roundtrip --indent 0 '$doc' | '$cli' roundtrip --indent 2 -"
expect "roundtrip auto from stdin" 0 "$doc" - -- sh -c "'$cli' roundtrip --style auto - < '$doc'"
printf '[{"id": "0d4d7f93bb2b0a7b1e3e5a4bd0cc4c3a"}]' >"$tmp/id_only.json"
expect "type auto: id alone is a page of hashes" 0 "$tmp/id_only.json" - -- "$cli" roundtrip --style python "$tmp/id_only.json"
# --style auto says ahead, on stderr, when the bytes will differ; the output and exit code are as before.
printf '[\n  {\n    "id": "0d4d7f93bb2b0a7b1e3e5a4bd0cc4c3a"\n  },\n  { "id": "c4a4d06bc314205bb3b6bdb612dde7f1" }\n]\n' >"$tmp/one_line_inside.json"
printf '[\n  {\n    "id": "0d4d7f93bb2b0a7b1e3e5a4bd0cc4c3a"\n  },\n  {\n    "id": "c4a4d06bc314205bb3b6bdb612dde7f1"\n  }\n]\n' >"$tmp/reindented.json"
expect "roundtrip auto, a one-line object inside: re-indented" 0 "$tmp/reindented.json" "^note: the input's layout is not one Python's json.dumps writes, so the output's bytes will differ from it$" -- "$cli" roundtrip --style auto "$tmp/one_line_inside.json"
"$cli" roundtrip --style auto "$doc" >/dev/null 2>"$tmp/err_auto"
expect "roundtrip auto of Python's own layout says nothing" 0 - - -- test ! -s "$tmp/err_auto"
"$cli" roundtrip --style pretty "$tmp/one_line_inside.json" >/dev/null 2>"$tmp/err_pretty"
expect "roundtrip pretty asks for new bytes: no note" 0 - - -- test ! -s "$tmp/err_pretty"
printf '{"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "extra": 1E3}' >"$tmp/exponent.json"
printf '{"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "extra": 1000.0}' >"$tmp/exponent.out"
expect "roundtrip auto of 1E3 says so" 0 "$tmp/exponent.out" "^note: the input's layout" -- "$cli" roundtrip --style auto "$tmp/exponent.json"
printf '{"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "title": "a\\/b"}' >"$tmp/solidus.json"
printf '{"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "title": "a/b"}' >"$tmp/solidus.out"
expect "roundtrip auto of an escaped solidus says so" 0 "$tmp/solidus.out" "^note: the input's layout" -- "$cli" roundtrip --style auto "$tmp/solidus.json"
printf '{"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "size": "big"}' >"$tmp/kept_wrong_kind.json"
"$cli" roundtrip --style auto "$tmp/kept_wrong_kind.json" >"$tmp/kept.out" 2>"$tmp/kept.err"
expect "roundtrip auto of a value kept leniently: the same bytes, and no note" 0 "$tmp/kept_wrong_kind.json" - -- cat "$tmp/kept.out"
expect "roundtrip auto of a value kept leniently: stderr empty" 0 - - -- test ! -s "$tmp/kept.err"
expect "bad indent" 2 - "error: arguments: --indent must be a whole number from 0 to 64, not 'wide'" -- "$cli" roundtrip --indent wide "$doc"
expect "indent too wide" 2 - "error: arguments: --indent must be" -- "$cli" roundtrip --indent 65 "$doc"
expect "roundtrip stdin" 0 "$data/issue-hashes-response.compact.json" - -- sh -c "'$cli' roundtrip --style compact - < '$doc'"

printf 'valid\n' >"$tmp/valid"
expect "validate valid" 0 "$tmp/valid" - -- "$cli" validate "$doc"
expect "validate --report-unknown: the documented body has nothing unknown" 0 "$tmp/valid" - -- "$cli" validate --report-unknown "$doc"
# Numbers the JSON grammar allows beyond a 64-bit integer or a double: held as they came.
printf '[{"id": "c4a4d06bc314205bb3b6bdb612dde7f1", "latestEvent": {"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "entries": [{"type": "stacktrace", "data": {"frames": [{"vars": {"big": 1267650600228229401496703205376, "neg": -98765432109876543210}}]}}], "contexts": {"x": {"huge": 1E400, "tiny": 123.456e-789}}, "serverTotal": 123456789012345678901234567890}}]' >"$tmp/big.json"
"$cli" roundtrip --style auto "$tmp/big.json" >"$tmp/big.out" 2>"$tmp/big.err"
expect "roundtrip auto of numbers beyond 64 bits and a double: the same bytes" 0 "$tmp/big.json" - -- cat "$tmp/big.out"
printf 'note: a float no double holds (such as 1E400) is written as it came; Python'"'"'s json.dumps would write Infinity or 0.0 for it\n' >"$tmp/big.note"
expect "roundtrip auto of a float no double holds: a note that Python would write it otherwise" 0 "$tmp/big.note" - -- cat "$tmp/big.err"
expect "roundtrip compact of numbers beyond 64 bits: kept" 0 - - -- sh -c "'$cli' roundtrip --style compact '$tmp/big.json' 2>/dev/null | grep -q '\"big\":1267650600228229401496703205376,\"neg\":-98765432109876543210}.*\"huge\":1E400,\"tiny\":123.456e-789'"
expect "validate numbers beyond 64 bits: valid" 0 "$tmp/valid" - -- "$cli" validate "$tmp/big.json"
printf '{"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "size": 123456789012345678901234567890}' >"$tmp/big_size.json"
expect "roundtrip --strict of a typed integer beyond 64 bits: a range error" 2 - "^error: /size: expected integer between -9223372036854775808 and 9223372036854775807, got 123456789012345678901234567890$" -- "$cli" roundtrip --strict "$tmp/big_size.json"
expect "roundtrip of a typed integer beyond 64 bits: kept" 0 "$tmp/big_size.json" - -- "$cli" roundtrip --style python "$tmp/big_size.json"
printf '/size\trange\texpected integer between -9223372036854775808 and 9223372036854775807, got 123456789012345678901234567890\n' >"$tmp/big_size.violations"
expect "validate a typed integer beyond 64 bits: one range violation" 1 "$tmp/big_size.violations" - -- "$cli" validate "$tmp/big_size.json"
# Bad items of an array: kept at their place, the others typed, each named once.
printf '[{"id": "c4a4d06bc314205bb3b6bdb612dde7f1", "latestEvent": {"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "entries": [{"type": "stacktrace", "data": {"frames": [{"function": "a"}, "frame?", {"function": "b"}]}}, 7], "tags": [{"key": "k", "value": "v"}, 5]}}, null, "x"]' >"$tmp/bad_items.json"
expect "roundtrip auto of a page with bad items: the same bytes" 0 "$tmp/bad_items.json" - -- "$cli" roundtrip --style auto "$tmp/bad_items.json"
printf '/0/latestEvent/entries/0/data/frames/1\ttype\texpected object, got string
/0/latestEvent/entries/1\ttype\texpected one of "message", "stacktrace", "exception", "template", "request", "breadcrumbs", "threads", got integer
/0/latestEvent/tags/1\ttype\texpected object, got integer
/1\ttype\texpected object, got null
/2\ttype\texpected object, got string
' >"$tmp/bad_items.violations"
expect "validate a page with bad items: each one at its pointer" 1 "$tmp/bad_items.violations" - -- "$cli" validate "$tmp/bad_items.json"
expect "roundtrip --strict of a page with bad items: the first" 2 - "^error: /0/latestEvent/entries/0/data/frames/1: expected object, got string$" -- "$cli" roundtrip --strict "$tmp/bad_items.json"
printf '{"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "entries": [{"type": "stack_trace", "data": {"frames": []}}, {"type": "message", "data": {"formatted": "m", "extra": 1}}], "size": "big", "contexts": {"any": {"key": 1}}, "serverX": 1}' >"$tmp/unknowns.json"
printf '/entries/0/type	unknown	"stack_trace" is none of message, stacktrace, exception, template, request, breadcrumbs, threads
/entries/1/data/extra	unknown	a key the type does not describe
/size	type	expected integer, got string
/serverX	unknown	a key the type does not describe
' >"$tmp/unknowns.violations"
expect "validate --report-unknown: unknown entry types and keys, in document order" 1 "$tmp/unknowns.violations" - -- "$cli" validate --report-unknown "$tmp/unknowns.json"
printf '/size\ttype\texpected integer, got string\n' >"$tmp/unknowns.default"
expect "validate without --report-unknown: only the contract" 1 "$tmp/unknowns.default" - -- "$cli" validate "$tmp/unknowns.json"
printf '{"id": "", "eventID": "x", "size": -1}' >"$tmp/bad_event.json"
printf '/id\tformat\texpected a non-empty string, got ""\n/eventID\tformat\texpected 32 lowercase hex digits, got "x"\n/size\trange\texpected integer >= 0, got -1\n' >"$tmp/violations"
expect "validate violations" 1 "$tmp/violations" - -- "$cli" validate "$tmp/bad_event.json"
printf '/id\tformat\texpected a non-empty string, got ""\n/eventID\tformat\texpected 32 lowercase hex digits, got "x"\n' >"$tmp/two_violations"
expect "validate max violations" 1 "$tmp/two_violations" "note: stopped after 2 violations" -- "$cli" validate --max-violations 2 "$tmp/bad_event.json"
expect "validate no limit" 1 "$tmp/violations" - -- "$cli" validate --max-violations 0 "$tmp/bad_event.json"
"$cli" validate --max-violations 3 "$tmp/bad_event.json" >/dev/null 2>"$tmp/err3"
expect "validate limit not reached says nothing" 0 - - -- test ! -s "$tmp/err3"
printf '[null, null, null, null, null]' >"$tmp/nulls.json"
"$cli" validate --max-violations 3 "$tmp/nulls.json" >"$tmp/nulls.out" 2>"$tmp/nulls.err"
expect "validate stops at the limit" 0 - - -- test "$(wc -l <"$tmp/nulls.out")" -eq 3
expect "validate bad limit" 2 - "error: arguments: .*--max-violations" -- "$cli" validate --max-violations many "$doc"
printf '[1,' >"$tmp/truncated.json"
expect "validate not json" 2 - "error: 1:4: " -- "$cli" validate "$tmp/truncated.json"
printf '{"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "size": "big"}' >"$tmp/wrong.json"
expect "roundtrip --strict: a wrong type fails" 2 - "error: /size: expected integer, got string" -- "$cli" roundtrip --strict "$tmp/wrong.json"
# By default a value of the wrong kind is kept as it came: the same bytes back, one violation.
expect "roundtrip wrong type: kept" 0 "$tmp/wrong.json" - -- "$cli" roundtrip --style auto "$tmp/wrong.json"
printf '/size\ttype\texpected integer, got string\n' >"$tmp/wrong.violations"
expect "validate wrong type: one violation" 1 "$tmp/wrong.violations" - -- "$cli" validate "$tmp/wrong.json"
sed 's/"key": "browser"/"key": 5/' "$doc" >"$tmp/bad_tag.json"
expect "a page with one bad tag: the same bytes back" 0 "$tmp/bad_tag.json" - -- "$cli" roundtrip --style auto "$tmp/bad_tag.json"
printf '/0/latestEvent/tags/0/key\ttype\texpected string, got integer\n' >"$tmp/bad_tag.violations"
expect "a page with one bad tag: one violation" 1 "$tmp/bad_tag.violations" - -- "$cli" validate "$tmp/bad_tag.json"
printf '"text"' >"$tmp/scalar.json"
expect "roundtrip scalar" 2 - "error: /: expected an array" -- "$cli" roundtrip "$tmp/scalar.json"
# --type auto is the library's detect_payload: an array whose first item has eventID and no
# latestEvent is a list of events (an id "1" is valid for an event, not for a hash).
printf '[{"eventID": "02b454c50b654edbba8b3b9a98ba1058", "id": "1"}]' >"$tmp/events_auto.json"
expect "type auto: a list of events" 0 "$tmp/valid" - -- "$cli" validate "$tmp/events_auto.json"
printf '/0/id\tformat\texpected 32 lowercase hex digits, got "1"\n' >"$tmp/hash_id_violation"
expect "type auto: the same list read as hashes" 1 "$tmp/hash_id_violation" - -- "$cli" validate --type hashes "$tmp/events_auto.json"
printf '[{"eventID": "02b454c50b654edbba8b3b9a98ba1058", "id": "1", "latestEvent": null}]' >"$tmp/hashes_auto.json"
expect "type auto: latestEvent makes it hashes" 1 "$tmp/hash_id_violation" - -- "$cli" validate "$tmp/hashes_auto.json"
printf '[{"a": {"eventID": "x"}, "id": "1"}]' >"$tmp/nested_auto.json"
expect "type auto: a nested eventID is not the item's" 1 "$tmp/hash_id_violation" - -- "$cli" validate "$tmp/nested_auto.json"
: >"$tmp/empty.json"
expect "type auto: empty input" 2 - "^error: 1:1: " -- "$cli" validate "$tmp/empty.json"
printf 'null' >"$tmp/null.json"
expect "type auto: null" 2 - "^error: /: expected an array (hashes, events) or an object (event), got null$" -- "$cli" roundtrip "$tmp/null.json"
printf '{}' >"$tmp/object.json"
expect "roundtrip an object as hashes: / for the root" 2 - "^error: /: expected array, got object$" -- "$cli" roundtrip --type hashes "$tmp/object.json"
expect "fetch without an issue" 2 - "^error: arguments: fetch takes one ISSUE_ID (after BASE_URL, the older form of --url), got only a URL: 'http://127.0.0.1:1'$" -- "$cli" fetch http://127.0.0.1:1
expect "fetch with two issues" 2 - "^error: arguments: fetch takes one ISSUE_ID (after BASE_URL, the older form of --url), got 3 arguments: 'http://127.0.0.1:1' '41' '42'$" -- "$cli" fetch http://127.0.0.1:1 41 42
expect "fetch with two issues: the usage line" 2 - "^usage: sentry-api fetch \[OPTIONS\] \[BASE_URL\] ISSUE_ID (sentry-api fetch --help for the options)$" -- "$cli" fetch http://127.0.0.1:1 41 42
expect "fetch with two issues and no URL" 2 - "^error: arguments: fetch takes one ISSUE_ID (after BASE_URL, the older form of --url), got 2 arguments: '41' '42'$" -- "$cli" fetch 41 42
expect "unmerge without a hash" 2 - "^error: arguments: unmerge takes ISSUE_ID and at least one HASH (after BASE_URL, the older form of --url)$" -- "$cli" unmerge http://127.0.0.1:1 42
expect "unmerge without a hash: the usage line" 2 - "^usage: sentry-api unmerge \[OPTIONS\] \[BASE_URL\] ISSUE_ID HASH" -- "$cli" unmerge http://127.0.0.1:1 42
expect "unmerge of a bad hash, before any request" 2 - "^error: c4a4: not a hash id: expected 32 lowercase hex digits$" -- "$cli" unmerge http://127.0.0.1:1 42 c4a4
expect "unmerge of a bad hash, --url" 2 - "^error: c4a4: not a hash id: expected 32 lowercase hex digits$" -- "$cli" unmerge --url http://127.0.0.1:1 42 c4a4
expect "fetch with nothing" 2 - "^error: arguments: fetch takes one ISSUE_ID (after BASE_URL, the older form of --url), got none$" -- "$cli" fetch
expect "roundtrip missing file" 2 - "error: $tmp/none.json: cannot open" -- "$cli" roundtrip "$tmp/none.json"
expect "unknown option" 2 - "error: arguments: unknown option '--fast'" -- "$cli" roundtrip --fast "$doc"
expect "bad style" 2 - "error: arguments: --style must be" -- "$cli" roundtrip --style fancy "$doc"
expect "unknown command" 2 - "error: arguments: unknown command 'frobnicate'" -- "$cli" frobnicate

"$cli" schema --type event >"$tmp/schema.json"
expect "schema" 0 - - -- grep -q '"$schema": "https://json-schema.org/draft/2020-12/schema"' "$tmp/schema.json"

printf '[{"url": "https://x/?c=1", "rel": "next", "results": true, "cursor": "0:100:0", "params": {"title": "a, b"}}]\n' >"$tmp/link"
expect "link" 0 "$tmp/link" - -- "$cli" link '<https://x/?c=1>; rel="next"; results="true"; cursor="0:100:0"; title="a, b"'
expect "link malformed" 2 - "error: 1:5: expected ';'" -- "$cli" link '<a> rel=next'
printf '{"value": "a:b", "offset": 100, "is_prev": true}\n' >"$tmp/cursor"
expect "cursor" 0 "$tmp/cursor" - -- "$cli" cursor 'a:b:100:1'
expect "cursor malformed" 2 - "error: 1:5: is_prev must be 0 or 1" -- "$cli" cursor '1:0:2'

for command in roundtrip validate schema link cursor fetch unmerge; do
    expect "$command --help" 0 - - -- sh -c "'$cli' $command --help | grep -q 'Usage: sentry-api $command'"
done
expect "--help" 0 - - -- sh -c "'$cli' --help | grep -q 'fetch'"
# --version: the version of include/sentry_api/version.hpp, beside the test data.
version=$(sed -n 's/^#define SENTRY_API_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\)$/\2/p' "$data/../../include/sentry_api/version.hpp" | paste -sd.)
printf 'sentry-api %s\n' "$version" >"$tmp/version"
expect "--version" 0 "$tmp/version" - -- "$cli" --version
expect "--version is x.y.z" 0 - - -- sh -c "grep -qx 'sentry-api [0-9]*\.[0-9]*\.[0-9]*' '$tmp/version'"
printf '{"value": -1, "offset": 0, "is_prev": false}\n' >"$tmp/negative"
expect "cursor after --" 0 "$tmp/negative" - -- "$cli" cursor -- '-1:0:0'
expect "fetch bad --full" 2 - "error: arguments: --full must be true or false, not 'yes'" -- "$cli" fetch --full yes http://127.0.0.1:1 42
expect "fetch bad --timeout" 2 - "error: arguments: --timeout must be a number of seconds > 0" -- "$cli" fetch --timeout 0 http://127.0.0.1:1 42
expect "fetch bad --endpoint" 2 - "error: arguments: --endpoint must be hashes, events or event, not 'issue'" -- "$cli" fetch --endpoint issue http://127.0.0.1:1 42
expect "fetch --event-id without event" 2 - "error: arguments: --event-id is for --endpoint event" -- "$cli" fetch --event-id latest http://127.0.0.1:1 42
expect "fetch --full with event" 2 - "error: arguments: --full is for --endpoint hashes or events" -- "$cli" fetch --endpoint event --full true http://127.0.0.1:1 42
expect "fetch unknown option" 2 - "error: arguments: unknown option '--token'" -- "$cli" fetch --token x http://127.0.0.1:1 42

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
