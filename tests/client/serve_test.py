# SPDX-License-Identifier: BSL-1.0
"""`sentry-api serve` against real clients on 127.0.0.1: the project's own `fetch`, `unmerge` and
page walker, curl, and Python's http.client and raw sockets.

Usage: serve_test.py SENTRY_API TEST_DATA_DIR SHARED_DIR [TEST_CLIENT_FOR_EACH_PAGE]

Each case starts the server on a free port (`--port 0`) with a directory written here, checks
exact answers (status, headers, the bytes Python's json.dumps writes), and stops it with SIGINT or
SIGTERM, which must end it within a second with exit 0. The fetch test's cases that can run
against a server (walks in every style, the organization's route, 401, 404, events, one event,
values of the wrong kind, closed connections, 503 and 429) run here against `serve`; so do the
recorded payloads of SHARED_DIR/corpus/real when that folder is there, each served as an issue and
fetched back. 64 clients at once make a bounded number of requests, every answer checked; a
bounded set of malformed requests, oversized headers, truncated requests and binary garbage is
fed to the parser, and the server must still answer afterwards. docs/testing.md's shell example
is run as it is written. A watchdog ends the run after 100 s.
"""

import http.client
import json
import os
import random
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
from checks import HOME, check, finish, ran, tool_env  # noqa: E402
from payloads import payload_files  # noqa: E402

TOKEN = "sntrys_serve-test-3f9a0c6e1b7d2854"
signal.alarm(100)

cli = os.path.abspath(sys.argv[1])
data = os.path.abspath(sys.argv[2])
shared = os.path.abspath(sys.argv[3])
walker = os.path.abspath(sys.argv[4]) if len(sys.argv) > 4 else None
root = os.path.dirname(os.path.dirname(data))  # the project's root (TEST_DATA_DIR is tests/data)
work = tempfile.mkdtemp(prefix="sentry-api-serve-")
with open(os.path.join(data, "issue-hashes-response.json")) as f:
    documented = json.load(f)[0]
NOT_FOUND = {"detail": "The requested resource does not exist"}
HASHES_ALLOW = "GET, PUT, DELETE, HEAD, OPTIONS"


def dumps(value, style="python"):
    if style == "compact":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    if style == "pretty":
        return json.dumps(value, ensure_ascii=False, indent=2).encode()
    return json.dumps(value, ensure_ascii=False).encode()  # Sentry's own bytes: UTF-8 as it is


def write_dir(name, issues):
    """A DIR of `issues`: {issue id: {"hashes": [...], "events": [...]}} (each key optional)."""
    d = os.path.join(work, name)
    for issue, files in issues.items():
        os.makedirs(os.path.join(d, "issues", str(issue)), exist_ok=True)
        for key, value in files.items():
            with open(os.path.join(d, "issues", str(issue), key + ".json"), "w") as f:
                f.write(value if isinstance(value, str) else json.dumps(value, indent=2))
    return d


def snapshot(d):
    """Every file of `d` with its bytes and modification time: DIR must never be written."""
    seen = {}
    for base, _, files in os.walk(d):
        for name in files:
            p = os.path.join(base, name)
            with open(p, "rb") as f:
                seen[p] = (f.read(), os.stat(p).st_mtime_ns)
    return seen


class Serve:
    """`sentry-api serve DIR OPTIONS...` running; its log (stderr) in a file, read by `log()`."""

    def __init__(self, d, *options, token=TOKEN):
        self.dir = d
        self.errfile = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([cli, "serve", "--port", "0", *options, d], stdout=subprocess.PIPE,
                                     stderr=self.errfile, env=tool_env(token), cwd=HOME)
        ready, _, _ = select.select([self.proc.stdout], [], [], 20)
        self.first = self.proc.stdout.readline().decode() if ready else ""
        m = re.fullmatch(r"listening on http://127\.0\.0\.1:(\d+)\n", self.first)
        self.port = int(m.group(1)) if m else 0
        self.base = "http://127.0.0.1:%d" % self.port

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def log(self):
        self.errfile.seek(0)
        return self.errfile.read().decode("utf-8", "replace")

    def stop(self, sig=signal.SIGTERM):
        """Problems with stopping on `sig`: it must exit 0 within a second."""
        start = time.monotonic()
        self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(5)
        except subprocess.TimeoutExpired:
            return ["still running 5 s after %s" % sig.name]
        took = time.monotonic() - start
        problems = [] if rc == 0 else ["exit %d after %s" % (rc, sig.name)]
        if took > 1.0:
            problems.append("took %.2f s to stop on %s" % (took, sig.name))
        if TOKEN in self.log():
            problems.append("the token appears in the log")
        return problems

    def request(self, method, path, headers=None, token=TOKEN, conn=None):
        """(status, headers as a dict of lists, body) of one request, on `conn` if given."""
        c = conn or http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        h = dict(headers or {})
        if token is not None:
            h["Authorization"] = "Bearer " + token
        c.request(method, path, headers=h)
        r = c.getresponse()
        body = r.read()
        fields = {}
        for k, v in r.getheaders():
            fields.setdefault(k.lower(), []).append(v)
        if conn is None:
            c.close()
        return r.status, fields, body


def tool(*args, token=TOKEN, cwd=None):
    r = subprocess.run([cli, *args], env=tool_env(token), cwd=cwd or HOME, capture_output=True, timeout=60)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def curl(*args):
    r = subprocess.run(["curl", "-sS", *args], capture_output=True, timeout=30)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def link(base, path, rest, prev_offset, prev_results, next_offset, next_results):
    """The Link header Sentry writes for a page of `path` asked with the query `rest` (no cursor)."""
    q = rest + "&" if rest else "&"
    return ('<%s%s?%scursor=0:%d:1>; rel="previous"; results="%s"; cursor="0:%d:1", '
            '<%s%s?%scursor=0:%d:0>; rel="next"; results="%s"; cursor="0:%d:0"' % (
                base, path, q, prev_offset, "true" if prev_results else "false", prev_offset,
                base, path, q, next_offset, "true" if next_results else "false", next_offset))


def hash_(page, i, event=None):
    return {"latestEvent": event, "id": "%04x%028x" % (page + 1, i)}


def regrouped(value, issue):
    """A hash or an event as it is once moved to `issue`: its own and its latest event's groupID."""
    if "latestEvent" in value:
        return dict(value, latestEvent=regrouped(value["latestEvent"], issue)) if value["latestEvent"] else value
    return dict(value, groupID=str(issue)) if "groupID" in value else value


def event_(n):
    # The documented event (its keys in the order the model writes them), under other ids.
    return dict(documented["latestEvent"], id=str(1000 + n), eventID="%032x" % (0xe0000 + n))


# --- the data: issue 42, 250 hashes (some with their latest event) and 6 events --------------------

events42 = [event_(n) for n in range(6)]
events42[0]["errors"] = [{"type": "js_no_source", "message": "no source"}]  # so recommended is events42[1]
hashes42 = [hash_(0, i) for i in range(250)]
for i in range(0, 6):
    hashes42[i * 40] = dict(documented, id="%04x%028x" % (1, i * 40), latestEvent=events42[i])
main_dir = write_dir("main", {42: {"hashes": hashes42, "events": events42}, 7: {"events": []},
                              9: {"hashes": [{"id": "0" * 32}]}})
before = snapshot(main_dir)
H = [h["id"] for h in hashes42]

# --- start-up: what cannot be served stops it with exit 2 ------------------------------------------

bad_dirs = [
    ("no issues folder", os.path.join(work, "empty"), "error: %s/issues: not a directory (DIR must hold "
     "issues/<ISSUE_ID>/hashes.json and events.json)\n"),
    ("a page that is not JSON", write_dir("bad1", {42: {"hashes": "[1, 2 3]"}}),
     "error: {d}/issues/42/hashes.json: 1:7: expected ',' or ']' in an array\n"),
    ("events that are not a list", write_dir("bad2", {42: {"events": {"eventID": "x"}}}),
     "error: {d}/issues/42/events.json: /: expected array, got object\n"),
    ("a page with an item that is not a hash", write_dir("bad5", {42: {"hashes": [{"id": "0" * 32}, None]}}),
     "error: {d}/issues/42/hashes.json: /1: expected object, got null (an item that cannot be served)\n"),
    ("an issue folder that is not an id", write_dir("bad3", {"abc": {"events": []}}),
     "error: {d}/issues/abc: an issue's directory is named by its id: digits, not 'abc'\n"),
    ("an issue folder with neither file", os.path.join(write_dir("bad4", {5: {}}), ""),
     "error: {d}/issues/5: holds neither hashes.json nor events.json\n"),
]
os.makedirs(os.path.join(work, "empty"), exist_ok=True)
os.makedirs(os.path.join(work, "bad4", "issues", "5"), exist_ok=True)
for name, d, want in bad_dirs:
    d = d.rstrip("/")
    got = tool("serve", "--port", "0", d)
    check("start-up: %s: exit 2, the file and the place" % name,
          ran(got, 2, stdout=b"", stderr=want.replace("{d}", d) if "{d}" in want else want % d))
rc, out, err = tool("serve", "--help")
check("serve --help: exit 0, every option named",
      [] if rc == 0 and all(o in out.decode() for o in ("Usage: sentry-api serve", "--host", "--port", "--page-size",
                                                         "--token", "--fail-every", "--fail-status", "--delay",
                                                         "--close-after")) else ["exit %d: %r" % (rc, out[:200])])
check("serve without DIR", ran(tool("serve"), 2, b"", "error: arguments: serve takes one DIR\n"))
check("serve with two DIRs", ran(tool("serve", main_dir, main_dir), 2, b"", "error: arguments: serve takes one DIR\n"))
check("serve --port 70000", ran(tool("serve", "--port", "70000", main_dir), 2, b"",
                                "error: arguments: --port must be from 0 to 65535\n"))
for args, want in ((["--page-size", "0"], "error: arguments: --page-size must be at least 1\n"),
                   (["--fail-status", "500"], "error: arguments: --fail-status must be 503 or 429, not '500'\n"),
                   (["--delay", "-1"], "error: arguments: --delay must be from 0 to 60 seconds\n")):
    check("start-up: %s refused" % " ".join(args), ran(tool("serve", "--port", "0", *args, main_dir), 2, b"", want))
check("start-up: a token with a control character refused, not printed",
      ran(tool("serve", "--port", "0", main_dir, token=TOKEN + "\x01x"), 2, b"",
          "error: token: the token holds a control character\n", TOKEN))

# A value of the wrong kind and a contract violation: served as they came, noted at start.
mistyped = [hash_(1, 0), dict(hash_(1, 1), id=7), dict(hash_(1, 2), id="")]
with Serve(write_dir("mistyped", {3: {"hashes": mistyped}}), "--page-size", "2") as s:
    got = tool("fetch", "--url", s.base, "--style", "compact", "3")
    problems = ran(got, 1, dumps(mistyped, "compact"), "page 1: /1/id\ttype\texpected string, got integer\n"
                   "page 2: /0/id\tformat\texpected 32 lowercase hex digits, got \"\"\n", TOKEN)
    problems += s.stop(signal.SIGINT)
    notes = [line for line in s.log().splitlines() if line.startswith("note: ")]
    path = os.path.join(work, "mistyped", "issues", "3", "hashes.json")
    if notes[:2] != ["note: %s: /1/id\ttype\texpected string, got integer" % path,
                     "note: %s: /2/id\tformat\texpected 32 lowercase hex digits, got \"\"" % path]:
        problems.append("start-up notes %r" % notes)
    check("wrong kinds and violations: noted at start, served as they came, fetch reports them by page", problems)

# --- the main server: pages, events, one event, auth, routes ----------------------------------------

s = Serve(main_dir)
check("first line on stdout: listening on http://127.0.0.1:PORT (--port 0: a free port)",
      [] if s.port else ["first line %r" % s.first])
base = s.base
P = "/api/0/issues/42/hashes/"

status, fields, body = s.request("GET", P)
want_link = link(base, P, "", 0, False, 100, True)
check("GET hashes: page 1, 100 items in Python's bytes, Content-Length, Link, Allow",
      [p for p in [
          status != 200 and "status %d" % status,
          body != dumps(hashes42[:100]) and "body %r..." % body[:100],
          fields.get("content-length") != [str(len(body))] and "content-length %r" % fields.get("content-length"),
          fields.get("content-type") != ["application/json"] and "content-type %r" % fields.get("content-type"),
          fields.get("link") != [want_link] and "link %r, expected %r" % (fields.get("link"), want_link),
          fields.get("allow") != [HASHES_ALLOW] and "allow %r" % fields.get("allow")] if p])

for query, items, prev, nxt in (("cursor=0:100:0", hashes42[100:200], (0, True), (200, True)),
                                ("cursor=0:200:0&full=false", hashes42[200:], (100, True), (300, False)),
                                ("full=true&cursor=0:300:0", [], (200, True), (400, False)),
                                ("cursor=0:100:1", hashes42[100:200], (0, True), (200, True))):
    status, fields, body = s.request("GET", P + "?" + query)
    rest = "&".join(p for p in query.split("&") if not p.startswith("cursor="))
    want_link = link(base, P, rest, prev[0], prev[1], nxt[0], nxt[1])
    check("GET hashes ?%s: its items, Link with the other parameters kept" % query,
          [p for p in [status != 200 and "status %d" % status, body != dumps(items) and "body %r" % body[:80],
                       fields.get("link") != [want_link] and "link %r, expected %r" % (fields.get("link"), want_link)]
           if p])

# curl, a client of its own: the headers of a page, HEAD, one event, 401.
rc, out, err = curl("-i", "-H", "Authorization: Bearer " + TOKEN, base + "/api/0/organizations/acme/issues/42/events/")
head, _, cbody = out.partition(b"\r\n\r\n")
check("curl: GET events under an organization: 6 events, status line, Link with results",
      [p for p in [rc != 0 and "curl exit %d: %s" % (rc, err), not head.startswith(b"HTTP/1.1 200 OK\r\n") and
                   "head %r" % head[:40], cbody != dumps(events42) and "body %r" % cbody[:80],
                   ('Link: <%s/api/0/organizations/acme/issues/42/events/?&cursor=0:0:1>; rel="previous"; results="false"'
                    % base).encode() not in head and "no Link in %r" % head] if p])
rc, out, err = curl("-I", "-H", "Authorization: Bearer " + TOKEN, base + P)
check("curl: HEAD hashes: the page's headers and Content-Length, no body",
      [] if rc == 0 and out.startswith(b"HTTP/1.1 200 OK\r\n") and
      ("Content-Length: %d\r\n" % len(dumps(hashes42[:100]))).encode() in out and out.endswith(b"\r\n\r\n")
      else ["curl exit %d: %r %s" % (rc, out[:300], err)])
for which, want in (("latest", events42[0]), ("oldest", events42[-1]), ("recommended", events42[1]),
                    (events42[3]["eventID"], events42[3]), ("1002", events42[2])):
    rc, out, err = curl("-H", "Authorization: Bearer " + TOKEN, base + "/api/0/issues/42/events/%s/" % which)
    check("curl: GET event %s" % which, [] if rc == 0 and out == dumps(want) else ["curl %d %r %s" % (rc, out[:80], err)])
rc, out, err = curl("-w", "%{http_code}", base + P)
check("curl: no token: 401 with Sentry's detail",
      [] if out == dumps({"detail": "Authentication credentials were not provided."}) + b"401" else ["got %r" % out])
rc, out, err = curl("-w", "%{http_code}", "-H", "Authorization: Bearer nope", base + P)
check("curl: a wrong token: 401 Invalid token", [] if out == dumps({"detail": "Invalid token"}) + b"401" else ["got %r" % out])

for method, path, code, want, allow in (
        ("GET", "/api/0/issues/43/hashes/", 404, NOT_FOUND, HASHES_ALLOW),
        ("GET", "/api/0/issues/42/events/0123/", 404, {"detail": "Event not found"}, "GET, HEAD, OPTIONS"),
        ("GET", "/api/0/issues/7/events/latest/", 404, {"detail": "Event not found"}, "GET, HEAD, OPTIONS"),
        ("GET", "/api/0/issues/7/hashes/", 200, [], HASHES_ALLOW),
        ("GET", "/api/0/issues/9/events/", 200, [], "GET, HEAD, OPTIONS"),
        ("GET", "/api/0/issues/42/hashes", 404, NOT_FOUND, None),
        ("GET", "/api/0/issues/42/tags/", 404, NOT_FOUND, None),
        ("GET", "/", 404, NOT_FOUND, None),
        ("POST", P, 405, {"detail": 'Method "POST" not allowed.'}, HASHES_ALLOW),
        ("PUT", "/api/0/issues/42/events/", 405, {"detail": 'Method "PUT" not allowed.'}, "GET, HEAD, OPTIONS"),
        ("GET", P + "?cursor=nonsense", 400, {"detail": "Invalid cursor parameter."}, HASHES_ALLOW)):
    status, fields, body = s.request(method, path)
    check("%s %s: %d %s" % (method, path, code, want),
          [p for p in [status != code and "status %d" % status, body != dumps(want) and "body %r" % body[:100],
                       fields.get("allow") != ([allow] if allow else None) and "allow %r" % fields.get("allow")] if p])
status, fields, body = s.request("OPTIONS", P, token=None)
check("OPTIONS without a token: 200, Allow names PUT and DELETE, empty",
      [] if status == 200 and fields.get("allow") == [HASHES_ALLOW] and body == b"" else
      ["%d %r %r" % (status, fields, body)])

# The project's own client: fetch (every route), the page walker.
for style in ("pretty", "python", "compact"):
    got = tool("fetch", "--url", base, "--style", style, "42")
    check("fetch: 3 pages of hashes, --style %s" % style, ran(got, 0, dumps(hashes42, style), "", TOKEN))
got = tool("fetch", "--url", base, "--org", "acme", "--endpoint", "events", "--full", "true", "--style", "compact", "42")
check("fetch --org acme --endpoint events", ran(got, 0, dumps(events42, "compact"), "", TOKEN))
for which, want in (("oldest", events42[-1]), (events42[4]["eventID"], events42[4])):
    got = tool("fetch", "--url", base, "--endpoint", "event", "--event-id", which, "--style", "python", "42")
    check("fetch --endpoint event --event-id %s: the served bytes" % which, ran(got, 0, dumps(want), "", TOKEN))
got = tool("fetch", "--url", base, "--max-pages", "2", "--style", "compact", "42")
check("fetch --max-pages 2", ran(got, 0, dumps(hashes42[:200], "compact"), "note: stopped after 2 pages; more remain\n"))
got = tool("fetch", "--url", base, "42", token=None)
check("fetch without a token: 401, exit 2",
      ran(got, 2, b"", "error: %s%s: HTTP 401 Unauthorized: Authentication credentials were not provided. (no token "
          "was sent: SENTRY_AUTH_TOKEN is not set and there is no .sentryclirc)\n" % (base, P)))
got = tool("fetch", "--url", base, "42", token="not-the-token")
check("fetch with a wrong token: 401 Invalid token, and where the token came from",
      ran(got, 2, b"", "error: %s%s: HTTP 401 Unauthorized: Invalid token (the token from SENTRY_AUTH_TOKEN)\n"
          % (base, P)))
got = tool("fetch", "--url", base, "43")
check("fetch another issue: 404", ran(got, 2, b"", "error: %s/api/0/issues/43/hashes/: HTTP 404 Not Found: The requested "
                                     "resource does not exist\n" % base))
got = tool("fetch", "--url", base, "--style", "compact", "42", token=" \t%s\r\n" % TOKEN)
check("fetch with white space around the token: trimmed", ran(got, 0, dumps(hashes42, "compact"), "", TOKEN))
if walker:
    r = subprocess.run([walker, base, "42", "walk"], env=dict(os.environ, SENTRY_AUTH_TOKEN=TOKEN), capture_output=True,
                       timeout=60)
    walk = json.loads(r.stdout) if r.returncode == 0 else {}
    check("for_each_hashes_page walks 3 pages, 250 items, numbered, URLs on this server",
          [] if (walk.get("pages"), walk.get("items"), walk.get("numbered"), walk.get("more")) == (3, 250, True, False)
          else ["exit %d: %r %s" % (r.returncode, walk, r.stderr.decode())])
else:
    check("the page walker program was given", ["no TEST_CLIENT_FOR_EACH_PAGE argument"])

# --- unmerge ---------------------------------------------------------------------------------------

got = tool("unmerge", "--url", base, "42", H[0], H[40])
check("unmerge without --yes: PUT, as the Allow names it; nothing changed",
      ran(got, 0, ("would send PUT %s%s?id=%s&id=%s (the server allows %s); nothing was changed: --yes sends it\n"
                   % (base, P, H[0], H[40], HASHES_ALLOW)).encode(), ""))
status, _, body = s.request("GET", P)
check("nothing moved without --yes", [] if body == dumps(hashes42[:100]) else ["page 1 changed"])
got = tool("unmerge", "--url", base, "--yes", "42", H[0], H[40])
check("unmerge --yes: 202, started", ran(got, 0, ("started: PUT %s%s?id=%s&id=%s answered 202 Accepted; the hashes' "
                                                  "events move to a new issue\n" % (base, P, H[0], H[40])).encode(), ""))
status, _, body = s.request("PUT", P + "?id=" + H[0])
check("PUT of a hash being unmerged: 409 Already being unmerged",
      [] if (status, body) == (409, dumps({"detail": "Already being unmerged"})) else ["%d %r" % (status, body)])
# That request was the one after the move began: it saw the hashes locked; the next sees them moved.
locked = [dict(h, state="locked") if h["id"] in (H[0], H[40]) else h for h in hashes42]
status, _, body = s.request("GET", P)
moved_now = [h for h in hashes42 if h["id"] not in (H[0], H[40])]
check("the move is done after the next request for the issue: gone from issue 42",
      [] if body == dumps(moved_now[:100]) else ["page 1 %r" % body[:200]])
status, _, body = s.request("GET", "/api/0/issues/43/hashes/")
check("issue 43 (the largest id plus one) holds the two hashes with the state they had",
      [] if (status, body) == (200, dumps([regrouped(hashes42[0], 43), regrouped(hashes42[40], 43)])) else
      ["%d %r" % (status, body[:200])])
status, _, body = s.request("GET", "/api/0/issues/43/events/")
check("their latest events moved with them, groupID the new issue's",
      [] if body == dumps([regrouped(e, 43) for e in events42[:2]]) else ["events %r" % body[:200]])
status, _, body = s.request("GET", "/api/0/issues/42/events/")
check("and left issue 42", [] if body == dumps(events42[2:]) else ["events %r" % body[:200]])
# Locked, seen: unmerge H[80] with curl, then GET shows it locked.
rc, out, err = curl("-X", "PUT", "-w", "%{http_code}", "-H", "Authorization: Bearer " + TOKEN, base + P + "?id=" + H[80])
status, _, body = s.request("GET", P)
want = [dict(h, state="locked") if h["id"] == H[80] else h for h in moved_now]
check("curl PUT: 202 with no body; the next page shows the hash \"locked\", as Sentry does while it moves",
      [p for p in [out != b"202" and "curl %r %s" % (out, err), body != dumps(want[:100]) and "page %r" % body[:300]] if p])
got = tool("unmerge", "--url", base, "--yes", "42", H[80])
check("unmerge --yes of a hash that moved already: 409, exit 2 with Sentry's detail",
      ran(got, 2, b"", "error: %s%s?id=%s: HTTP 409 Conflict: Already being unmerged\n" % (base, P, H[80])))
status, _, body = s.request("DELETE", P + "?id=" + H[120])
status2, _, body2 = s.request("DELETE", P + "?id=" + H[120])
status3, _, body3 = s.request("PUT", P)
check("DELETE, the older verb: 202, then 200 and empty while it moves; no id: 200 and empty",
      [] if (status, body, status2, body2, status3, body3) == (202, b"", 200, b"", 200, b"") else
      ["%r" % ((status, body, status2, body2, status3, body3),)])
status, _, body = s.request("GET", "/api/0/issues/45/hashes/")
check("the third unmerge made issue 45", [] if body == dumps([regrouped(hashes42[120], 45)]) else
      ["%d %r" % (status, body[:100])])
status, _, body = s.request("GET", "/api/0/issues/42/events/")
check("issue 42 keeps the events whose hashes stayed", [] if body == dumps(events42[4:]) else ["%r" % body[:100]])
status, _, body = s.request("PUT", "/api/0/issues/43/hashes/?id=" + H[0], token="wrong")
check("PUT with a wrong token: 401", [] if status == 401 else ["status %d" % status])

# --- 64 clients at once: kept connections, every answer checked -----------------------------------

remaining = [h for h in hashes42 if h["id"] not in (H[0], H[40], H[80], H[120])]
expected = {
    P: (200, dumps(remaining[:100])),
    P + "?cursor=0:200:0": (200, dumps(remaining[200:])),
    "/api/0/issues/42/events/latest/": (200, dumps(events42[4])),
    "/api/0/issues/43/hashes/": (200, dumps([regrouped(hashes42[0], 43), regrouped(hashes42[40], 43)])),
    "/api/0/issues/99/events/": (404, dumps(NOT_FOUND)),
    "/api/0/issues/9/hashes/": (200, dumps([{"id": "0" * 32}])),
}
paths = sorted(expected)
CLIENTS, EACH = 64, 12
barrier = threading.Barrier(CLIENTS, timeout=30)
failures = []
lock = threading.Lock()


def client(n):
    try:
        c = http.client.HTTPConnection("127.0.0.1", s.port, timeout=20)
        for i in range(EACH):
            path = paths[(n + i) % len(paths)]
            status, fields, body = s.request("GET", path, conn=c)
            if (status, body) != expected[path] or fields.get("content-length") != [str(len(body))]:
                with lock:
                    failures.append("client %d request %d %s: %d %r" % (n, i, path, status, body[:60]))
            if i == 0:
                barrier.wait()  # all 64 connected and answered once, each connection still open
        c.close()
    except Exception as e:  # noqa: BLE001 - any failure of a client is the case's failure
        with lock:
            failures.append("client %d: %r" % (n, e))


log_before = s.log().count("\n")
start = time.monotonic()
threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
for t in threads:
    t.start()
for t in threads:
    t.join(60)
took = time.monotonic() - start
lines = s.log().count("\n") - log_before
check("64 clients at once, 12 requests each on a kept connection: every answer right, within 30 s",
      failures[:5] + ([] if took < 30 else ["took %.1f s" % took]) +
      ([] if lines == CLIENTS * EACH else ["%d log lines, expected %d" % (lines, CLIENTS * EACH)]))

# --- hostile bytes: the parser answers 400 (or 413, 431) and the server goes on ------------------


def raw(data, half_close=True, wait=5):
    """What the server answers to `data` on a connection of its own: the bytes until it closes."""
    c = socket.create_connection(("127.0.0.1", s.port), timeout=wait)
    try:
        try:
            c.sendall(data)
            if half_close:
                c.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server answered and closed before it had everything (too large, say)
        got = b""
        while True:
            try:
                chunk = c.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not chunk:
                break
            got += chunk
        return got
    finally:
        c.close()


def status_of(answer):
    m = re.match(rb"HTTP/1\.1 (\d{3}) ", answer)
    return int(m.group(1)) if m else None


good = b"GET /api/0/issues/9/hashes/ HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN.encode() + b"\r\n\r\n"
hostile = [
    ("a request line of garbage", b"GARBAGE\r\n\r\n", 400),
    ("no HTTP version", b"GET /api/0/issues/9/hashes/\r\n\r\n", 400),
    ("HTTP/9.9", b"GET / HTTP/9.9\r\nHost: x\r\n\r\n", 400),
    ("a NUL in the target", b"GET /api/0/\x00 HTTP/1.1\r\nHost: x\r\n\r\n", 400),
    ("a header without a colon", b"GET / HTTP/1.1\r\nHost x\r\n\r\n", 400),
    ("a bad Content-Length", b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", 400),
    ("two Content-Lengths", b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400),
    ("a bad chunk", b"PUT / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
    ("a header of 16 KiB", b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 16384 + b"\r\n\r\n", 431),
    ("10,000 short headers", b"GET / HTTP/1.1\r\n" + b"X: y\r\n" * 10000 + b"\r\n", 431),
    ("a body of 1 MiB", b"PUT " + P.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n" + b"x" * 65536, 413),
    ("a request cut in its request line", b"GET /api/0/iss", 400),
    ("a request cut in its headers", b"GET / HTTP/1.1\r\nHost: x\r\nAccept: ", 400),
    ("a body shorter than its Content-Length", b"PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc", 400),
    ("binary garbage", bytes(range(256)) * 4, 400),
    ("a TLS ClientHello", bytes.fromhex("16030100a5010000a10303") + bytes(160), 400),
]
for name, payload, code in hostile:
    answer = raw(payload)
    problems = [] if status_of(answer) == code else ["answered %r" % answer[:120]]
    if code and b"Content-Type: application/json" not in answer:
        problems.append("no JSON detail: %r" % answer[:200])
    check("hostile: %s: %d" % (name, code), problems)

rng = random.Random(33)
odd = 0
for i in range(150):
    if i % 2:
        payload = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
    else:  # a good request with a few bytes changed, dropped or doubled
        b = bytearray(good)
        for _ in range(rng.randrange(1, 4)):
            at = rng.randrange(len(b))
            op = rng.randrange(3)
            if op == 0:
                b[at] = rng.randrange(256)
            elif op == 1:
                del b[at]
            else:
                b.insert(at, b[at])
        payload = bytes(b)
    answer = raw(payload, wait=5)
    code = status_of(answer)
    if code not in (200, 400, 401, 404, 405, 413, 431) and answer != b"":
        odd += 1
        failures.append("random %d: %r -> %r" % (i, payload[:60], answer[:80]))
check("150 random and mutated requests: each answered with an HTTP status (or closed), none crashes it",
      [] if odd == 0 and s.proc.poll() is None else ["%d odd answers; running: %s" % (odd, s.proc.poll() is None)])
status, _, body = s.request("GET", "/api/0/issues/9/hashes/")
check("after the hostile bytes the server still answers", [] if (status, body) == (200, dumps([{"id": "0" * 32}]))
      else ["%d %r" % (status, body)])
answer = raw(good + good, half_close=True)
check("two requests in one write (pipelined): two answers",
      [] if answer.count(b"HTTP/1.1 200 OK") == 2 else ["%r" % answer[:300]])

# One log line a request, the token in none; a line for a request that could not be read.
log = s.log()
check("the log: a line a request, the request line and status, never the token",
      [p for p in [TOKEN in log and "the token is in the log",
                   not re.search(r'^127\.0\.0\.1:\d+ "GET /api/0/issues/42/hashes/\?cursor=0:100:0 HTTP/1\.1" 200 \d+$',
                                 log, re.M) and "no line for a page",
                   not re.search(r'^127\.0\.0\.1:\d+ "-" 431 ', log, re.M) and "no line for a 431"] if p])
check("SIGTERM: exit 0 within a second, clients connected or not", s.stop(signal.SIGTERM))
check("DIR was never written", [] if snapshot(main_dir) == before else ["DIR changed"])

# --- faults ----------------------------------------------------------------------------------------

pages = [[hash_(p, i) for i in range(3)] for p in range(5)]
everything = [h for p in pages for h in p]
fault_dir = write_dir("faults", {42: {"hashes": everything}})
PU = lambda base, offset: "%s%s?&cursor=0:%d:0" % (base, P, offset)  # noqa: E731

with Serve(fault_dir, "--page-size", "3", "--fail-every", "2") as f:
    got = tool("fetch", "--url", f.base, "--retries", "2", "--style", "compact", "42")
    notes = "".join("note: %s: HTTP 503 Service Unavailable: Service unavailable (retry 1 of 2 in 0.5 s)\n"
                    % PU(f.base, o) for o in (3, 6, 9, 12))
    check("--fail-every 2: every other request 503, each retried once, the walk complete",
          ran(got, 0, dumps(everything, "compact"), notes))
    f.stop()
with Serve(fault_dir, "--page-size", "3", "--fail-every", "1") as f:
    got = tool("fetch", "--url", f.base, "--retries", "2", "42")
    check("--fail-every 1: 503 until the retries are spent",
          ran(got, 2, b"") + ([] if got[2].endswith("error: %s%s: HTTP 503 Service Unavailable: Service unavailable "
                                                    "(after 2 retries)\n" % (f.base, P)) else ["stderr %r" % got[2]]))
    f.stop()
with Serve(fault_dir, "--page-size", "3", "--fail-every", "4", "--fail-status", "429") as f:
    rc, out, err = curl("-i", "-H", "Authorization: Bearer " + TOKEN, *[f.base + P] * 4)
    check("curl: --fail-status 429: the 4th request 429 with Retry-After: 1 and Sentry's throttling detail",
          [] if out.count(b"HTTP/1.1 200 OK") == 3 and b"HTTP/1.1 429 Too Many Requests\r\n" in out and
          b"Retry-After: 1\r\n" in out and out.endswith(dumps({"detail": "Request was throttled. Expected available in "
                                                                         "1 second."})) else ["%r" % out[-300:]])
    start = time.monotonic()
    got = tool("fetch", "--url", f.base, "--style", "compact", "42")
    took = time.monotonic() - start
    check("fetch waits out a 429's Retry-After and goes on",
          ran(got, 0, dumps(everything, "compact"), "note: %s: HTTP 429 Too Many Requests: Request was throttled. "
              "Expected available in 1 second. (retry 1 of 3 in 1 s)\n" % PU(f.base, 9))
          + ([] if 1.0 <= took < 10 else ["took %.2f s" % took]))
    f.stop()
with Serve(fault_dir, "--page-size", "3", "--delay", "1.5") as f:
    got = tool("fetch", "--url", f.base, "--timeout", "1", "--retries", "0", "42")
    check("--delay 1.5 past a 1 s timeout: fetch gives up",
          ran(got, 2, b"", "error: %s%s: no answer within 1 s\n" % (f.base, P)))
    results = []
    start = time.monotonic()
    ts = [threading.Thread(target=lambda: results.append(f.request("GET", P)[0])) for _ in range(8)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(30)
    took = time.monotonic() - start
    check("--delay 1.5: 8 clients at once all answered after 1.5 s, not one after another",
          [] if results == [200] * 8 and 1.5 <= took < 4 else ["%r in %.2f s" % (results, took)])
    # Stopped while one client waits for its answer and another holds an idle kept connection.
    idle = http.client.HTTPConnection("127.0.0.1", f.port, timeout=10)
    idle.connect()
    waiting = socket.create_connection(("127.0.0.1", f.port), timeout=10)
    waiting.sendall(good)
    time.sleep(0.3)
    check("SIGTERM with a client waiting for a delayed answer and an idle connection: exit 0 within a second",
          f.stop(signal.SIGTERM))
    idle.close()
    waiting.close()
with Serve(fault_dir, "--page-size", "3", "--close-after", "1") as f:
    got = tool("fetch", "--url", f.base, "--style", "compact", "42")
    peers = set(re.findall(r'^(127\.0\.0\.1:\d+) "GET', f.log(), re.M))
    check("--close-after 1: each page on a connection of its own, the walk complete",
          ran(got, 0, dumps(everything, "compact"), "") + ([] if len(peers) == 5 else ["%d connections" % len(peers)]))
    c = socket.create_connection(("127.0.0.1", f.port), timeout=5)
    c.sendall(good.replace(b"/9/", b"/42/"))
    first = b""
    while True:
        chunk = c.recv(65536)
        if not chunk:
            break
        first += chunk
    c.close()
    check("--close-after 1: one answer, no Connection: close said, then the connection ends",
          [] if status_of(first) == 200 and b"Connection" not in first.partition(b"\r\n\r\n")[0] else ["%r" % first[:200]])
    check("SIGINT: exit 0 within a second", f.stop(signal.SIGINT))

# --- the fetch test's cases against serve ---------------------------------------------------------

fetch_dir = write_dir("fetch", {42: {"hashes": everything, "events": [event_(n) for n in range(6)]}, 44: {"hashes": []}})
with Serve(fetch_dir, "--page-size", "3") as f:
    for style in ("pretty", "python", "compact"):
        check("fetch test: 5-page walk, --style %s" % style,
              ran(tool("fetch", "--url", f.base, "--style", style, "42"), 0, dumps(everything, style), ""))
    check("fetch test: organization path, --full false",
          ran(tool("fetch", "--url", f.base, "--org", "acme", "--full", "false", "--style", "compact", "42"), 0,
              dumps(everything, "compact"), ""))
    check("fetch test: an issue without hashes", ran(tool("fetch", "--url", f.base, "44"), 0, b"[]", ""))
    for indent in ("0", "4"):
        check("fetch test: --endpoint events --indent %s" % indent,
              ran(tool("fetch", "--url", f.base, "--endpoint", "events", "--indent", indent, "42"), 0,
                  json.dumps([event_(n) for n in range(6)], ensure_ascii=False, indent=int(indent)).encode(), ""))
    if walker:
        before_walk = f.log().count('"GET ')
        r = subprocess.run([walker, f.base, "42", "stop"], env=dict(os.environ, SENTRY_AUTH_TOKEN=TOKEN),
                           capture_output=True, timeout=60)
        walk = json.loads(r.stdout) if r.returncode == 0 else {}
        asked = f.log().count('"GET ') - before_walk
        check("for_each_hashes_page: a callback that stops after page 3 of 5: 3 requests, more remain",
              [] if (walk.get("pages"), walk.get("items"), walk.get("more"), asked) == (3, 9, True, 3)
              else ["exit %d: %r, %d requests" % (r.returncode, walk, asked)])
    lines = [line for line in f.log().splitlines() if '"GET /api/0/organizations/acme/' in line]
    check("fetch test: --full false kept on every page",
          [] if len(lines) == 5 and all("?full=false" in line for line in lines) else ["%r" % lines])
    f.stop()

# --- payloads the project has not seen: each recorded one served as an issue and fetched back ------

recorded = {}
for n, path in enumerate(payload_files(data, shared)):
    with open(path) as fh:
        value = json.load(fh)
    if isinstance(value, dict):
        recorded[200 + n] = ("event", value, {"events": [value]})
    elif value and "eventID" in value[0] and "latestEvent" not in value[0]:
        recorded[200 + n] = ("events", value, {"events": value})
    else:
        recorded[200 + n] = ("hashes", value, {"hashes": value})
corpus_dir = write_dir("corpus", {k: v[2] for k, v in recorded.items()})
with Serve(corpus_dir, "--page-size", "2") as f:
    for issue, (kind, value, _) in sorted(recorded.items()):
        options = ["--endpoint", kind] if kind != "hashes" else []
        rc, out, err = tool("fetch", "--url", f.base, "--style", "python", *options, str(issue))
        problems = [] if rc in (0, 1) and out == dumps(value) else ["fetch: exit %d: %r %s" % (rc, out[:100], err)]
        path = "/api/0/issues/%d/%s/" % (issue, "events/latest" if kind == "event" else kind)
        status, _, body = f.request("GET", path)
        if (status, body) != (200, dumps(value if kind == "event" else value[:2])):
            problems.append("GET %s: %d %r" % (path, status, body[:100]))
        check("a payload (%s, issue %d; recorded ones the project has not written): served in json.dumps's bytes, "
              "fetched back whole" % (kind, issue), problems)
    f.stop()

# --- docs/testing.md's shell example, as it is written ----------------------------------------------

with open(os.path.join(root, "docs", "testing.md")) as fh:
    doc = fh.read()
section = doc[doc.index("## A Sentry to test against"):]
script = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
run_dir = os.path.join(work, "doc")
os.makedirs(os.path.join(run_dir, "tests"))
os.symlink(data, os.path.join(run_dir, "tests", "data"))
env = tool_env(None, PATH=os.path.dirname(cli) + os.pathsep + os.environ.get("PATH", ""))
r = subprocess.run(["sh", "-e", "-c", script], cwd=run_dir, env=env, capture_output=True, timeout=60)
with open(os.path.join(run_dir, "serve.out")) as fh:
    listening = fh.read()
port = re.fullmatch(r"listening on http://127\.0\.0\.1:(\d+)\n", listening)
want = ("started: PUT http://127.0.0.1:%s/api/0/issues/42/hashes/?id=c4a4d06bc314205bb3b6bdb612dde7f1 answered 202 "
        "Accepted; the hashes' events move to a new issue\n\"state\":\"locked\"\n[]\n\"state\":\"unlocked\"\n"
        % (port.group(1) if port else "?"))
check("docs/testing.md's shell example runs and prints what the page says",
      [] if r.returncode == 0 and r.stdout.decode() == want else ["exit %d: %r (stderr %r)" % (
          r.returncode, r.stdout.decode(), r.stderr.decode())])

shutil.rmtree(work, True)
finish()
