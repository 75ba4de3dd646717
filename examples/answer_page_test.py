#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Checks examples/answer_page.cpp: its response is what Sentry would send.

Usage: answer_page_test.py EXAMPLE SENTRY_API DOCUMENTED_BODY

- the head: status, Content-Type, a Content-Length that is the body's, the Link header byte for
  byte (cursor replaced in the request's URL, other parameters kept);
- the body: written as Python's json.dumps(v) writes it, valid (`sentry-api validate`);
- every object of the body has every key the documented body has at the same place (array
  items taken together, entries by their type; objects held as open JSON, such as a frame's
  vars, are not compared), so a client written against Sentry finds each key it reads.
"""
import json
import subprocess
import sys

OPEN = ("/vars", "/context", "/contexts", "/env", "/packages", "/_meta", "/entries/request/data/data",
        "/geo", "/mechanism", "/occurrence", "/upstream")


def key_sets(value, path="", out=None):
    """{normalized path: [set of keys of each object there]}."""
    if out is None:
        out = {}
    if isinstance(value, dict):
        if path.endswith(OPEN):
            return out
        out.setdefault(path, []).append(set(value))
        for k, v in value.items():
            key_sets(v, path + "/" + k, out)
    elif isinstance(value, list):
        for item in value:
            tag = "*"
            if path.endswith("/entries") and isinstance(item, dict) and isinstance(item.get("type"), str):
                tag = item["type"]
            key_sets(item, path + "/" + tag, out)
    return out


def lacking(body, reference):
    """What `body` lacks of `reference`'s keys: a list of messages, empty when nothing."""
    ours, theirs = key_sets(body), key_sets(reference)
    problems = []
    for path, objects in sorted(theirs.items()):
        wanted = set().union(*objects)
        if path not in ours:
            problems.append(f"{path or '/'}: no object there")
            continue
        for i, keys in enumerate(ours[path]):
            if wanted - keys:
                problems.append(f"{path or '/'} (#{i}): lacks {sorted(wanted - keys)}")
    return problems


def run(example, url=None):
    args = [example] + ([url] if url else [])
    r = subprocess.run(args, capture_output=True, check=False)
    if r.returncode != 0:
        sys.exit(f"FAIL: {args} exited {r.returncode}: {r.stderr.decode()}")
    head, _, body = r.stdout.partition(b"\n\n")
    lines = head.decode().split("\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return lines[0], headers, body.rstrip(b"\n")


def main():
    example, cli, documented = sys.argv[1:4]
    failures = []

    def check(ok, what):
        if not ok:
            failures.append(what)

    status, headers, body = run(example)
    check(status == "HTTP/1.1 200 OK", f"status line: {status!r}")
    check(headers.get("Content-Type") == "application/json", f"Content-Type: {headers.get('Content-Type')!r}")
    check(headers.get("Content-Length") == str(len(body)), f"Content-Length {headers.get('Content-Length')} for {len(body)} bytes")
    base = "https://sentry.example/api/0/issues/7/hashes/"
    want_link = (f'<{base}?cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", '
                 f'<{base}?cursor=0:2:0>; rel="next"; results="true"; cursor="0:2:0"')
    check(headers.get("Link") == want_link, f"Link: {headers.get('Link')!r}")
    _, headers2, _ = run(example, base + "?full=false&cursor=0:0:0&statsPeriod=24h")
    want_link2 = (f'<{base}?full=false&statsPeriod=24h&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", '
                  f'<{base}?full=false&statsPeriod=24h&cursor=0:2:0>; rel="next"; results="true"; cursor="0:2:0"')
    check(headers2.get("Link") == want_link2, f"Link with parameters: {headers2.get('Link')!r}")

    page = json.loads(body)
    check(json.dumps(page).encode() == body, "the body is not what json.dumps(v) writes")
    check(isinstance(page, list) and len(page) == 2, "not a page of two hashes")
    v = subprocess.run([cli, "validate", "--type", "hashes", "-"], input=body, capture_output=True, check=False)
    check(v.returncode == 0 and v.stdout == b"valid\n", f"validate: {v.returncode} {v.stdout!r} {v.stderr!r}")

    with open(documented, encoding="utf-8") as f:
        reference = json.load(f)
    for problem in lacking(page, reference):
        failures.append("keys: " + problem)
    # The comparison can fail: a page without a hash's state, or a frame's symbol, is caught.
    for drop in (lambda p: p[0].pop("state", None),
                 lambda p: p[0]["latestEvent"]["entries"][1]["data"]["frames"][0].pop("symbol", None)):
        broken = json.loads(body)
        drop(broken)
        check(lacking(broken, reference), "the key comparison misses a dropped key")

    for f in failures:
        print("FAIL", f)
    print(f"{'FAILED' if failures else 'passed'}: answer_page ({len(failures)} failures)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
