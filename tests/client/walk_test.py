# SPDX-License-Identifier: BSL-1.0
"""The page walker (for_each_page) against a fake Sentry on 127.0.0.1.

Usage: walk_test.py TEST_CLIENT_FOR_EACH_PAGE TEST_DATA_DIR

A 50-page walk holds at most 3x the largest page's size plus a fixed bound while it walks, the
page's size being its text as served: the walker decodes each body as it is read, one item at a
time (codec::array_decoder), so it holds the decoded page, the item being read and a read-ahead
buffer of 16 KiB, never the page's text whole. The fixed bound (32 KiB) is that buffer, the
parser, the URLs and the cursors followed. A walk of 10 such pages holds as much as one of 50,
and a walk of pages five times as large stays within the same bound: the bound grows with the
page, not with the walk. Against the page decoded alone (the most bytes that decoding its text
allocates, the text itself not counted), the walk holds less than 1.2x. Keeping every page, as
fetch_hashes does, holds far more: the measure is checked to see that. A callback that stops
after page 3 ends the walk with no further request. A watchdog ends the run after 60 s.
"""

import json
import os
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, finish  # noqa: E402
from fake_sentry import FakeSentry  # noqa: E402

TOKEN = "sntrys_walk-test-5b2e81c0d94f7a36"
FIXED = 32 * 1024  # the read-ahead buffer, the parser, URLs, the cursors followed
signal.alarm(60)

program = sys.argv[1]
with open(os.path.join(sys.argv[2], "issue-hashes-response.json")) as f:
    documented = json.load(f)[0]


def page(p, count):
    # Pages of different sizes; every seventh holds a few full events.
    hashes = [{"latestEvent": None, "id": "%04x%028x" % (p, i)} for i in range(count)]
    for i in range(0, count, 40 if p % 7 == 0 else count + 1):
        hashes[i] = dict(documented, id="%04x%028x" % (p, i))
    return hashes


def run(server, mode):
    env = dict(os.environ, SENTRY_AUTH_TOKEN=TOKEN)
    r = subprocess.run([program, server.base, "42", mode], env=env, capture_output=True, timeout=50)
    if r.returncode != 0:
        return None, "exit %d: %s" % (r.returncode, r.stderr.decode())
    return json.loads(r.stdout), None


pages = [page(p, 60 + (p * 37) % 140) for p in range(50)]
items = sum(len(p) for p in pages)

def decoded_size(some):
    """The most bytes that decoding one of `some` pages alone allocates."""
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, p in enumerate(some):
            files.append(os.path.join(tmp, "%d.json" % i))
            with open(files[-1], "w") as f:
                json.dump(p, f)
        r = subprocess.run([program, "--decoded", *files], capture_output=True, timeout=50)
        return json.loads(r.stdout)["decoded"] if r.returncode == 0 else None


def large_page(p):
    # Five times the size of the largest above: 1,000 hashes, 25 of them with full events.
    hashes = [{"latestEvent": None, "id": "%04x%028x" % (p, i)} for i in range(1000)]
    for i in range(0, 1000, 40):
        hashes[i] = dict(documented, id="%04x%028x" % (p, i))
    return hashes


peaks = {}
walks = (("50-page walk", pages), ("10-page walk", pages[:10]),
         ("5-page walk of pages five times larger", [large_page(p) for p in range(5)]))
for name, walked in walks:
    count = len(walked)
    with FakeSentry(walked, TOKEN) as s:
        got, error = run(s, "walk")
        problems = [error] if error else []
        decoded = decoded_size(walked)
        sizes = [len(json.dumps(p).encode()) for p in walked]
        largest = max(sizes)
        if not decoded:
            problems.append("the pages do not decode alone")
        if got and decoded:
            peaks[name] = got["peak"]
            print("note: %d pages, %d bytes of text in all, the largest %d (%d decoded): peak %d bytes while "
                  "walking, %.2fx the largest text, %.2fx the largest decoded" % (
                      count, sum(sizes), largest, decoded, got["peak"],
                      got["peak"] / largest, got["peak"] / decoded))
            want = sum(len(p) for p in walked)
            if (got["pages"], got["items"], got["more"], got["numbered"]) != (count, want, False, True):
                problems.append("walked %r, expected %d pages of %d items in order" % (got, count, want))
            if got["peak"] >= 3 * largest + FIXED:
                problems.append("peak %d bytes, not under 3 x %d (text) + %d" % (got["peak"], largest, FIXED))
            if got["peak"] >= 1.2 * decoded:
                problems.append("peak %d bytes, not under 1.2 x %d (the page decoded alone)" % (got["peak"], decoded))
            if [i for i, _ in s.requests] != list(range(count)) or s.connections != 1:
                problems.append("requests %r over %d connections" % ([i for i, _ in s.requests], s.connections))
        check("a %s holds under 3x the largest page's text plus a fixed bound" % name, problems)
if len(peaks) == 3:
    check("50 pages hold no more than 10", [] if peaks["50-page walk"] <= peaks["10-page walk"] + 16 * 1024 else
          ["peak %d for 50 pages, %d for 10" % (peaks["50-page walk"], peaks["10-page walk"])])

with FakeSentry(pages, TOKEN) as s:
    got, error = run(s, "keep")
    problems = [error] if error else []
    if got:
        print("note: keeping every page (fetch_hashes): peak %d bytes" % got["peak"])
        if got["peak"] < 3 * max(len(json.dumps(p).encode()) for p in pages) + FIXED or got["items"] != items:
            problems.append("keeping every page should pass the walker's bound: %r" % got)
    check("keeping every page would not hold within it (the measure sees a page kept)", problems)

with FakeSentry(pages, TOKEN) as s:
    got, error = run(s, "stop")
    problems = [error] if error else []
    if got and (got["pages"], got["more"], got["numbered"]) != (3, True, True):
        problems.append("walked %r, expected 3 pages and more remaining" % got)
    if [i for i, _ in s.requests] != [0, 1, 2]:
        problems.append("requests %r: the walk went on after the callback stopped it" % s.requests)
    check("a callback that stops after page 3 ends the walk with no further request", problems)

finish()
