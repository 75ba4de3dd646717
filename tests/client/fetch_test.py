# SPDX-License-Identifier: BSL-1.0
"""`sentry-api fetch` against a fake Sentry on 127.0.0.1: pages, faults, TLS, the token.

Usage: fetch_test.py SENTRY_API TEST_DATA_DIR [EXAMPLE_FETCH_HASHES]

Each case runs the tool once and checks its exact outcome: exit code, stdout bytes, stderr
lines, the requests the server saw, the time it took, and that the token appears in no output
and no server log line. A short timeout where a slow answer is tested (--timeout 1), few
retries and the client's short first wait (0.5 s) keep the run near 15 s;
a watchdog ends it after 110 s whatever happens.
"""

import json
import os
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import HOME, certificate, check, finish, ran, tool_env  # noqa: E402
from fake_sentry import FakeSentry  # noqa: E402

TOKEN = "sntrys_fetch-test-7c1e9a4b2d5f8e03"
signal.alarm(110)

cli = os.path.abspath(sys.argv[1])
data = sys.argv[2]
example = sys.argv[3] if len(sys.argv) > 3 else None
with open(os.path.join(data, "issue-hashes-response.json")) as f:
    documented = json.load(f)[0]


def hash_(page, i, event=None):
    # Keys in the order of the documented payload, which is the order the model writes.
    return {"latestEvent": event, "id": "%04x%028x" % (page + 1, i)}


def make_pages(count=5, per=3):
    pages = [[hash_(p, i) for i in range(per)] for p in range(count)]
    pages[0][1] = dict(documented, id="%04x%028x" % (1, 1))  # one full event among them
    return pages


def dumps(hashes, style):
    if style == "compact":
        return json.dumps(hashes, ensure_ascii=False, separators=(",", ":")).encode()
    if style == "python":
        return json.dumps(hashes, ensure_ascii=False).encode()
    return json.dumps(hashes, ensure_ascii=False, indent=2).encode()


def fetch(server, *options, token=TOKEN, issue="42", base=None):
    start = time.monotonic()
    r = subprocess.run([cli, "fetch", *options, base or server.base, issue], env=tool_env(token), cwd=HOME,
                       capture_output=True, timeout=60)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace"), time.monotonic() - start


def outcome(server, got, code, stdout=None, stderr=None, stderr_tail=None, at_most=None, at_least=None):
    """The differences between a run and what was expected (stdout None: not checked;
    stderr: the whole of it; stderr_tail: its last line)."""
    rc, out, err, seconds = got
    problems = ran((rc, out, err), code, stdout, stderr, TOKEN)
    if stderr_tail is not None and (err.splitlines() or [""])[-1] != stderr_tail:
        problems.append("stderr's last line %r, expected %r" % ((err.splitlines() or [""])[-1], stderr_tail))
    if at_most is not None and seconds > at_most:
        problems.append("took %.2f s, more than %.2f s" % (seconds, at_most))
    if at_least is not None and seconds < at_least:
        problems.append("took %.2f s, less than %.2f s" % (seconds, at_least))
    if server is not None and any(TOKEN in line for line in server.log):
        problems.append("the token appears in the server's log")
    return problems


def requested(server):
    return [page for page, _ in server.requests]


def everything(pages):
    return [h for p in pages for h in p]


# --- walks ---------------------------------------------------------------------------------

pages = make_pages()
for style in ("pretty", "python", "compact"):
    with FakeSentry(pages, TOKEN) as s:
        got = fetch(s, "--style", style)
        problems = outcome(s, got, 0, stdout=dumps(everything(pages), style), stderr="")
        if requested(s) != [0, 1, 2, 3, 4]:
            problems.append("pages requested %r, expected each once in order" % requested(s))
        check("5-page walk, --style %s" % style, problems)

# The same bytes as the tool's own encoding of the concatenated pages.
with FakeSentry(pages, TOKEN) as s, tempfile.NamedTemporaryFile("w", suffix=".json") as joined:
    json.dump(everything(pages), joined)
    joined.flush()
    roundtrip = subprocess.run([cli, "roundtrip", "--style", "python", joined.name], capture_output=True)
    got = fetch(s, "--style", "python")
    check("5-page walk equals roundtrip of the concatenation",
          outcome(s, got, 0, stdout=roundtrip.stdout) + ([] if roundtrip.returncode == 0 else ["roundtrip failed"]))

with FakeSentry(pages, TOKEN, org="acme") as s:
    got = fetch(s, "--org", "acme", "--full", "false", "--style", "compact")
    problems = outcome(s, got, 0, stdout=dumps(everything(pages), "compact"), stderr="")
    queries = [q for _, q in s.requests]
    if len(queries) != 5 or not all(q.startswith("full=false") for q in queries):
        problems.append("every request should ask full=false: %r" % queries)
    check("organization path, --full false kept on every page", problems)

with FakeSentry([[]], TOKEN) as s:
    check("an issue without hashes", outcome(s, fetch(s), 0, stdout=b"[]", stderr=""))

with FakeSentry(pages, TOKEN) as s:
    got = fetch(s, "--max-pages", "2", "--style", "compact")
    check("--max-pages 2", outcome(s, got, 0, stdout=dumps(everything(pages[:2]), "compact"),
                                   stderr="note: stopped after 2 pages; more remain\n")
          + ([] if requested(s) == [0, 1] else ["requested %r" % requested(s)]))

# RFC 9110: a field sent on several lines is one list; every page but the last says `next` on
# its second `Link` line.
with FakeSentry(pages, TOKEN, faults={i: ("link_lines", None) for i in range(len(pages))}) as s:
    got = fetch(s, "--style", "compact")
    check("Link on two header lines: every page", outcome(s, got, 0, stdout=dumps(everything(pages), "compact"),
                                                          stderr="")
          + ([] if requested(s) == [0, 1, 2, 3, 4] else ["pages requested %r" % requested(s)]))

# --- the token as it may come from a shell or a file ------------------------------------------

with FakeSentry(pages, TOKEN) as s:
    got = fetch(s, "--style", "compact", token=" \t%s\r\n" % TOKEN)
    check("a token with white space around it: trimmed",
          outcome(s, got, 0, stdout=dumps(everything(pages), "compact"), stderr="")
          + ([] if requested(s) == [0, 1, 2, 3, 4] and len(s.log) == 5 else ["log %r" % s.log]))

for bad, at in (("%s\r\nX-Injected: 1", "0x0D at byte 35 of 49"), ("%s\n\n", None), ("ab\x01%s", "0x01 at byte 3 of 37"),
                ("%s\x7f", "0x7F at byte 35 of 35")):
    with FakeSentry(pages, TOKEN) as s:
        got = fetch(s, token=bad % TOKEN)
        if at is None:  # only white space after it: trimmed, and the walk goes on
            check("a token ending in two newlines: trimmed", outcome(s, got, 0, stderr="")
                  + ([] if requested(s) == [0, 1, 2, 3, 4] and len(s.log) == 5 else ["log %r" % s.log]))
            continue
        check("a token holding a control character (%s): refused, nothing sent" % at,
              outcome(s, got, 2, stderr="error: SENTRY_AUTH_TOKEN: the token holds a control character (%s); it "
                      "is not sent\n" % at)
              + ([] if s.log == [] and s.connections == 0 else ["the server saw %r" % s.log]))

# --- one connection for a walk, and a server that closes it --------------------------------

for close in (None, "header", "silent"):
    with FakeSentry(pages, TOKEN, close=close) as s:
        got = fetch(s, "--style", "compact")
        problems = outcome(s, got, 0, stdout=dumps(everything(pages), "compact"), stderr="")
        if requested(s) != [0, 1, 2, 3, 4]:
            problems.append("pages requested %r" % requested(s))
        want = 1 if close is None else 5
        if s.connections != want:
            problems.append("%d connections, expected %d" % (s.connections, want))
        check("5-page walk over http, %s: %d connection(s)" % (
            {None: "kept alive", "header": "Connection: close", "silent": "closed silently"}[close], want), problems)

# A kept connection the server resets before answering: sent again at once on a new one, no retry.
with FakeSentry(pages, TOKEN, faults={1: ("reset", 1)}) as s:
    got = fetch(s, "--style", "compact", "--retries", "2")
    problems = outcome(s, got, 0, stdout=dumps(everything(pages), "compact"), stderr="")
    if requested(s) != [0, 1, 1, 2, 3, 4] or s.connections != 2:
        problems.append("pages requested %r over %d connections" % (requested(s), s.connections))
    check("reset on a kept connection: a new one at once, not a retry", problems)

# Reset again on the new connection: that one is a retry.
with FakeSentry(pages, TOKEN, faults={1: ("reset", 2)}) as s:
    got = fetch(s, "--style", "compact", "--retries", "2")
    problems = outcome(s, got, 0, stdout=dumps(everything(pages), "compact"),
                       stderr="note: %s: Connection reset by peer (retry 1 of 2 in 0.5 s)\n" % s.page_url("&cursor=0:3:0"),
                       at_least=0.5)
    if requested(s) != [0, 1, 1, 1, 2, 3, 4] or s.connections != 3:
        problems.append("pages requested %r over %d connections" % (requested(s), s.connections))
    check("reset on the new connection too: one retry", problems)

# --- faults that are retried to success ----------------------------------------------------

# A reset on a fresh connection is a retry; on a kept one it is the server's end of it (below).
for fault, least, most in (("429", 1.0, 4), ("503", 0.5, 4), ("reset", 0.5, 4), ("slow", 1.5, 5)):
    with FakeSentry(pages, TOKEN, faults={1: (fault, 1)}, close="header" if fault == "reset" else None) as s:
        # Only the slow answer needs a short timeout; the others keep room for a loaded machine.
        got = fetch(s, "--timeout", "1" if fault == "slow" else "10", "--retries", "2")
        url = s.page_url("&cursor=0:3:0")
        what = {"429": "HTTP 429 Too Many Requests: Request was throttled. Expected available in 1 second.",
                "503": "HTTP 503 Service Unavailable: Service unavailable",
                "reset": "Connection reset by peer",
                "slow": "no answer within 1 s"}[fault]
        wait = "1 s" if fault == "429" else "0.5 s"
        problems = outcome(s, got, 0, stdout=dumps(everything(pages), "pretty"),
                           stderr="note: %s: %s (retry 1 of 2 in %s)\n" % (url, what, wait),
                           at_least=least, at_most=most)
        if requested(s) != [0, 1, 1, 2, 3, 4]:
            problems.append("pages requested %r" % requested(s))
        check("%s once, then the page" % fault, problems)

# --- faults that end the walk: exit 2, nothing on stdout -----------------------------------

with FakeSentry(pages, TOKEN) as s:
    got = fetch(s, token="not-the-token")
    check("401: a wrong token", outcome(s, got, 2, stderr="error: %s: HTTP 401 Unauthorized: Invalid token (the token "
                                        "from SENTRY_AUTH_TOKEN)\n"
                                        % s.page_url("")) + ([] if requested(s) == [] and len(s.log) == 1 else
                                                              ["retried a 401: %r" % s.log]))

with FakeSentry(pages, TOKEN) as s:
    got = fetch(s, token=None)
    check("401: no token, and the tool says SENTRY_AUTH_TOKEN is not set",
          outcome(s, got, 2, stderr="error: %s: HTTP 401 Unauthorized: Authentication credentials were not provided. "
                  "(no token was sent: SENTRY_AUTH_TOKEN is not set and there is no .sentryclirc)\n" % s.page_url("")))

# --auth-token: before SENTRY_AUTH_TOKEN; a refused token is named by its place, never shown.
with FakeSentry(pages, TOKEN) as s:
    got = fetch(s, "--auth-token", TOKEN, "--style", "compact", token="sntrys_the-variable-is-wrong")
    check("--auth-token before SENTRY_AUTH_TOKEN",
          outcome(s, got, 0, stdout=dumps(everything(pages), "compact"), stderr=""))
    got = fetch(s, "--auth-token", "sntrys_the-flag-is-wrong", token=TOKEN)
    check("401 with --auth-token: says the token came from --auth-token",
          outcome(s, got, 2, stderr="error: %s: HTTP 401 Unauthorized: Invalid token (the token from "
                  "--auth-token)\n" % s.page_url(""))
          + (["the token appears on stderr"] if "the-flag-is-wrong" in got[2] else []))
    got = fetch(s, "--auth-token", "", token=TOKEN, issue="42")
    check("an empty --auth-token: the next place's token", outcome(s, got, 0, stderr=""))
    r = subprocess.run([cli, "unmerge", "--auth-token", "sntrys_the-flag-is-wrong", "--yes", s.base, "42",
                        "c4a4d06bc314205bb3b6bdb612dde7f1"], env=tool_env(TOKEN), cwd=HOME, capture_output=True,
                       timeout=60)
    check("unmerge takes --auth-token too: its 401 names it",
          ran((r.returncode, r.stdout, r.stderr.decode()), 2, b"", "error: %s?id=c4a4d06bc314205bb3b6bdb612dde7f1: HTTP "
              "401 Unauthorized: Invalid token (the token from --auth-token)\n" % s.page_url(""), TOKEN))

# https:// to a port that speaks plain http: OpenSSL's words, and what to do.
with FakeSentry(pages, TOKEN) as s:
    base = s.base.replace("http://", "https://")
    got = fetch(s, "--timeout", "5", base=base)
    check("https:// to a plain http port: says to give an http:// URL, not retried",
          outcome(s, got, 2, stderr="error: %s/api/0/issues/42/hashes/: wrong version number (SSL routines); the "
                  "server answers in plain http: give an http:// URL\n" % base))

# A redirect, then links relative to the URL that answered (the one the redirect led to).
with FakeSentry(pages, TOKEN, org="acme", moved="/api/0/issues/42/hashes/", relative_links=True) as s:
    got = fetch(s, "--style", "compact")
    check("after a redirect, relative next links are resolved against the URL that answered",
          outcome(s, got, 0, stdout=dumps(everything(pages), "compact"), stderr="")
          + ([] if requested(s) == ["moved", 0, 1, 2, 3, 4] else ["requests %r" % requested(s)]))

# --- unmerge: a request that changes state is sent again only when the server did nothing ----

H1 = "c4a4d06bc314205bb3b6bdb612dde7f1"


def unmerge(answers, *options):
    server = FakeSentry(pages, TOKEN, unmerge=answers)
    with server:
        start = time.monotonic()
        r = subprocess.run([cli, "unmerge", "--yes", "--retries", "2", *options, server.base, "42", H1],
                           env=tool_env(TOKEN), cwd=HOME, capture_output=True, timeout=60)
        return server, (r.returncode, r.stdout, r.stderr.decode("utf-8", "replace"), time.monotonic() - start)


for answer, said in ((500, "HTTP 500 Internal Server Error: Internal error"),
                     (503, "HTTP 503 Service Unavailable: Internal error"),
                     ("reset", "Connection reset by peer")):
    s, got = unmerge([answer, 202])
    check("unmerge: %s: not sent again, the server may have acted on it" % answer,
          outcome(s, got, 2, stderr="error: %s?id=%s: %s; not sent again: the server may have acted on it\n"
                  % (s.page_url(""), H1, said))
          + ([] if s.unmerges == [("PUT", "id=" + H1)] else ["unmerges %r" % s.unmerges]))
s, got = unmerge(["429", 202])
check("unmerge: 429, then sent again: started",
      outcome(s, got, 0, stdout=("started: PUT %s?id=%s answered 202 Accepted; the hashes' events move to a new "
                                 "issue\n" % (s.page_url(""), H1)).encode(), at_least=1.0,
              stderr="note: %s?id=%s: HTTP 429 Too Many Requests: Request was throttled. Expected available in 1 "
                     "second. (retry 1 of 2 in 1 s)\n" % (s.page_url(""), H1))
      + ([] if s.unmerges == [("PUT", "id=" + H1)] * 2 else ["unmerges %r" % s.unmerges]))
s, got = unmerge(["503-retry", 409])
url = "%s?id=%s" % (s.page_url(""), H1)
check("unmerge: 503 with Retry-After, sent again, then 409: says the first try may have started it",
      outcome(s, got, 2, stderr="note: %s: HTTP 503 Service Unavailable: Service unavailable (retry 1 of 2 in 0.5 s)\n"
              "error: %s: HTTP 409 Conflict: Already being unmerged; the first try may have started it (it was sent "
              "again after HTTP 503 Service Unavailable: Service unavailable)\n" % (url, url))
      + ([] if s.unmerges == [("PUT", "id=" + H1)] * 2 else ["unmerges %r" % s.unmerges]))
s, got = unmerge([409])
check("unmerge: 409 at the first try: Sentry's detail alone",
      outcome(s, got, 2, stderr="error: %s?id=%s: HTTP 409 Conflict: Already being unmerged\n" % (s.page_url(""), H1)))

with FakeSentry(pages, TOKEN) as s:
    got = fetch(s, issue="43")
    check("404: another issue", outcome(s, got, 2, stderr="error: %s/api/0/issues/43/hashes/: HTTP 404 Not Found: "
                                        "The requested resource does not exist\n" % s.base))

with FakeSentry(pages, TOKEN, faults={1: ("503", None)}) as s:
    got = fetch(s, "--timeout", "10", "--retries", "2")
    url = s.page_url("&cursor=0:3:0")
    check("503 until the retries are spent",
          outcome(s, got, 2, stderr_tail="error: %s: HTTP 503 Service Unavailable: Service unavailable "
                  "(after 2 retries)" % url, at_least=1.5, at_most=5)
          + ([] if requested(s) == [0, 1, 1, 1] else ["pages requested %r" % requested(s)]))

with FakeSentry(pages, TOKEN, faults={1: ("cut", None)}) as s:
    got = fetch(s, "--timeout", "10", "--retries", "2")
    url = s.page_url("&cursor=0:3:0")
    check("a body cut in half, every time",
          outcome(s, got, 2, stderr_tail="error: %s: the connection closed before the end of the response "
                  "(after 2 retries)" % url, at_most=5)
          + ([] if requested(s) == [0, 1, 1, 1] else ["pages requested %r" % requested(s)]))

with FakeSentry(pages, TOKEN, faults={1: ("slow", None)}) as s:
    got = fetch(s, "--timeout", "1", "--retries", "1")
    url = s.page_url("&cursor=0:3:0")
    check("slow past the timeout, every time",
          outcome(s, got, 2, stderr_tail="error: %s: no answer within 1 s (after 1 retry)" % url,
                  at_least=2.5, at_most=6))

with FakeSentry(pages, TOKEN, faults={2: ("not_json", None)}) as s:
    got = fetch(s, "--timeout", "10", "--retries", "2")
    check("a page that is not JSON",
          outcome(s, got, 2, stderr='error: %s: 1:1: expected a JSON value (the body is text/html, beginning '
                  '"<html><body>Bad gateway</body></html>")\n' % s.page_url("&cursor=0:6:0"))
          + ([] if requested(s) == [0, 1, 2] else ["pages requested %r (not JSON is not retried)" % requested(s)]))

with FakeSentry(pages, TOKEN, faults={1: ("long_text", None)}) as s:
    got = fetch(s, "--timeout", "10")
    check("a long page that is not JSON: its first 48 bytes, control characters escaped",
          outcome(s, got, 2, stderr='error: %s: 1:1: expected a JSON value (the body is text/plain; charset=utf-8, '
                  'beginning "Proxy says: \\x01\\\\ \\"no\\"\\x0a\\xc3\\xa9%s"...)\n'
                  % (s.page_url("&cursor=0:3:0"), "x" * 26)))

with FakeSentry(pages, TOKEN, faults={1: ("broken_json", None)}) as s:
    got = fetch(s, "--timeout", "10")
    check("a JSON page broken past its first value: only the place",
          outcome(s, got, 2, stderr="error: %s: 1:7: expected ',' or ']' in an array\n" % s.page_url("&cursor=0:3:0")))

with FakeSentry(pages, TOKEN, faults={2: ("repeat", None)}) as s:
    got = fetch(s)
    url = s.page_url("&cursor=0:6:0")
    check("a next cursor that repeats",
          outcome(s, got, 2, stderr='error: %s: the next cursor "0:6:0" was already followed\n' % url)
          + ([] if requested(s) == [0, 1, 2] else ["pages requested %r" % requested(s)]))

with FakeSentry(pages, TOKEN, faults={0: ("echo", None)}) as s:
    check("403 echoing the token: redacted", outcome(s, fetch(s), 2, stderr="error: %s: HTTP 403 Forbidden: "
                                                     "Bearer *** may not read this (the token from "
                                                     "SENTRY_AUTH_TOKEN)\n" % s.page_url("")))

with FakeSentry(pages, TOKEN, faults={1: ("elsewhere", None)}) as s:
    elsewhere = s.page_url("&cursor=0:6:0").replace("127.0.0.1", "localhost")
    check("a next link to another server: the token is not sent there",
          outcome(s, fetch(s), 2, stderr="error: %s: the next page is on another server (%s); the token is not "
                  "sent there\n" % (s.page_url("&cursor=0:3:0"), elsewhere))
          + ([] if requested(s) == [0, 1] else ["pages requested %r" % requested(s)]))

# An item that is not a hash: kept at its place (a stray of the page's list), a type violation
# of its page; the other items are read as usual and the walk goes on.
bad = [[{"latestEvent": None, "id": "0" * 32}, 7, None], [{"id": "1" * 32}]]
with FakeSentry(bad, TOKEN) as s:
    got = fetch(s, "--style", "compact")
    check("items that are not hashes: kept, violations, the walk goes on",
          outcome(s, got, 1, stdout=dumps(everything(bad), "compact"),
                  stderr="page 1: /1\ttype\texpected object, got integer\n"
                         "page 1: /2\ttype\texpected object, got null\n")
          + ([] if requested(s) == [0, 1] else ["pages requested %r" % requested(s)]))

# A value of the wrong kind from a server that differs from Sentry: kept as it came (the page's
# bytes come back), a type violation of its page, and the walk goes on.
mistyped = make_pages(3, 2)
mistyped[1][0]["id"] = 7
with FakeSentry(mistyped, TOKEN) as s:
    got = fetch(s, "--style", "compact")
    check("a value of the wrong kind: kept, a violation, the walk goes on",
          outcome(s, got, 1, stdout=dumps(everything(mistyped), "compact"),
                  stderr="page 2: /0/id\ttype\texpected string, got integer\n")
          + ([] if requested(s) == [0, 1, 2] else ["pages requested %r" % requested(s)]))

check("a base URL that is not http(s)",
      outcome(None, fetch(None, base="ftp://127.0.0.1/"), 2,
              stderr="error: ftp://127.0.0.1/: the base URL must be http:// or https://, a host, and no query\n"))

# --- a contract violation: exit 1, the whole output, the violation with its page -----------

violating = make_pages(3, 2)
violating[1][1]["id"] = ""
with FakeSentry(violating, TOKEN) as s:
    got = fetch(s, "--style", "compact")
    check("a page with a violation",
          outcome(s, got, 1, stdout=dumps(everything(violating), "compact"),
                  stderr='page 2: /1/id\tformat\texpected 32 lowercase hex digits, got ""\n'))

# --- an issue's events, and one event ---------------------------------------------------------

def event_(n):
    # The documented event (its keys in the order the model writes them), under other ids.
    return dict(documented["latestEvent"], id=str(1000 + n), eventID="%032x" % (0xe0000 + n))


event_pages = [[event_(p * 2 + i) for i in range(2)] for p in range(3)]
with FakeSentry(event_pages, TOKEN, org="acme", resource="events") as s, \
        tempfile.NamedTemporaryFile("w", suffix=".json") as joined:
    json.dump(everything(event_pages), joined)
    joined.flush()
    roundtrip = subprocess.run([cli, "roundtrip", "--style", "python", "--type", "events", joined.name],
                               capture_output=True)
    got = fetch(s, "--org", "acme", "--endpoint", "events", "--full", "true", "--style", "python")
    problems = outcome(s, got, 0, stdout=roundtrip.stdout, stderr="")
    if roundtrip.returncode != 0 or roundtrip.stdout != dumps(everything(event_pages), "python"):
        problems.append("roundtrip of the joined pages: exit %d" % roundtrip.returncode)
    queries = [q for _, q in s.requests]
    if requested(s) != [0, 1, 2] or not all(q.startswith("full=true") for q in queries) or s.connections != 1:
        problems.append("requests %r over %d connections" % (s.requests, s.connections))
    check("--endpoint events: 3 pages, equal to roundtrip of the pages joined", problems)

for indent in ("0", "4"):
    with FakeSentry(event_pages, TOKEN, org="acme", resource="events") as s:
        got = fetch(s, "--org", "acme", "--endpoint", "events", "--indent", indent)
        want = json.dumps(everything(event_pages), ensure_ascii=False, indent=int(indent)).encode()
        check("--endpoint events --indent %s" % indent, outcome(s, got, 0, stdout=want, stderr=""))

one = {"latest": event_(10), "oldest": event_(11), "recommended": event_(12)}
one[one["oldest"]["eventID"]] = one["oldest"]
for event_id in ("latest", "oldest", "recommended", one["oldest"]["eventID"], None):
    with FakeSentry([], TOKEN, org="acme", events=one) as s:
        options = ["--org", "acme", "--endpoint", "event", "--style", "python"]
        options += [] if event_id is None else ["--event-id", event_id]
        got = fetch(s, *options)
        want = json.dumps(one[event_id or "latest"]).encode()  # the served bytes
        problems = outcome(s, got, 0, stdout=want, stderr="")
        if s.requests != [("event", "")]:
            problems.append("requests %r" % s.requests)
        check("--endpoint event --event-id %s: the event as served" % (event_id or "(default: latest)"), problems)

with FakeSentry([], TOKEN, events=one) as s:
    got = fetch(s, "--endpoint", "event", "--event-id", "oldest")
    check("--endpoint event, deprecated path, pretty",
          outcome(s, got, 0, stdout=json.dumps(one["oldest"], ensure_ascii=False, indent=2).encode(), stderr=""))

# Each endpoint's faults, as for hashes. `key`: the page or the event a fault is put on.
endpoints = (
    ("events", dict(resource="events"), event_pages, 1, lambda s: s.page_url("&cursor=0:2:0"),
     dumps(everything(event_pages), "pretty")),
    ("event", dict(events=one), [], "event", lambda s: s.event_url("latest"),
     json.dumps(one["latest"], ensure_ascii=False, indent=2).encode()),
)
for endpoint, kind, served, key, url_of, full_output in endpoints:
    def run(faults=None, *options, token=TOKEN, issue="42", close=None):
        server = FakeSentry(served, TOKEN, org="acme", faults=faults, close=close, **kind)
        with server:
            return server, fetch(server, "--org", "acme", "--endpoint", endpoint, "--timeout", "10",
                                 "--retries", "2", *options, token=token, issue=issue)

    s, got = run({key: ("429", 1)})
    check("%s: 429 once, then the answer" % endpoint,
          outcome(s, got, 0, stdout=full_output, at_least=1.0,
                  stderr="note: %s: HTTP 429 Too Many Requests: Request was throttled. Expected available in 1 "
                  "second. (retry 1 of 2 in 1 s)\n" % url_of(s)))
    s, got = run({key: ("503", None)})
    check("%s: 503 until the retries are spent" % endpoint,
          outcome(s, got, 2, stderr_tail="error: %s: HTTP 503 Service Unavailable: Service unavailable "
                  "(after 2 retries)" % url_of(s)))
    # On a fresh connection (the event is the first request; the server closes after each page).
    s, got = run({key: ("reset", 1)}, close="header")
    check("%s: reset once, then the answer" % endpoint,
          outcome(s, got, 0, stdout=full_output,
                  stderr="note: %s: Connection reset by peer (retry 1 of 2 in 0.5 s)\n" % url_of(s)))
    s, got = run(None, token="not-the-token")
    first = s.event_url("latest") if endpoint == "event" else s.page_url("")
    check("%s: 401" % endpoint, outcome(s, got, 2, stderr="error: %s: HTTP 401 Unauthorized: Invalid token (the "
                                        "token from SENTRY_AUTH_TOKEN)\n"
                                        % first))
    s, got = run(None, issue="43")
    path = "/api/0/organizations/acme/issues/43/" + ("events/latest/" if endpoint == "event" else "events/")
    check("%s: 404" % endpoint, outcome(s, got, 2, stderr="error: %s%s: HTTP 404 Not Found: The requested "
                                        "resource does not exist\n" % (s.base, path)))
    s, got = run({key: ("not_json", None)})
    check("%s: not JSON" % endpoint,
          outcome(s, got, 2, stderr='error: %s: 1:1: expected a JSON value (the body is text/html, beginning '
                  '"<html><body>Bad gateway</body></html>")\n' % url_of(s)))
    wrong = "object" if endpoint == "events" else "list"
    s, got = run({key: (wrong, None)})
    check("%s: %s" % (endpoint, "an event where a list was expected" if endpoint == "events"
                      else "a list where an event was expected"),
          outcome(s, got, 2, stderr="error: %s: /: expected %s, got %s\n" % (
              url_of(s), "array" if endpoint == "events" else "object", wrong if wrong == "object" else "array")))

with FakeSentry([], TOKEN, org="acme", events=one) as s:
    got = fetch(s, "--org", "acme", "--endpoint", "event", "--event-id", "0123")
    check("event: 404 for an id the issue does not have",
          outcome(s, got, 2, stderr="error: %s: HTTP 404 Not Found: Event not found\n" % s.event_url("0123")))

# A contract violation in a page of events, and in one event: exit 1, the whole output.
violating_events = [[event_(0), event_(1)], [event_(2), dict(event_(3), size=-1)]]
with FakeSentry(violating_events, TOKEN, org="acme", resource="events") as s:
    got = fetch(s, "--org", "acme", "--endpoint", "events", "--style", "compact")
    check("events: a page with a violation",
          outcome(s, got, 1, stdout=dumps(everything(violating_events), "compact"),
                  stderr="page 2: /1/size\trange\texpected integer >= 0, got -1\n"))
bad_event = dict(event_(4), eventID="not an id")
with FakeSentry([], TOKEN, org="acme", events={"latest": bad_event}) as s:
    got = fetch(s, "--org", "acme", "--endpoint", "event", "--style", "python")
    check("event: a violation",
          outcome(s, got, 1, stdout=json.dumps(bad_event).encode(),
                  stderr='page 1: /eventID\tformat\texpected 32 lowercase hex digits, got "not an id"\n'))

# --- TLS with a certificate made now ---------------------------------------------------------

with tempfile.TemporaryDirectory() as tmp:
    made = certificate(tmp)
    if made:
        cert, key = made
        with FakeSentry(pages, TOKEN, tls=(cert, key)) as s:
            got = fetch(s, "--cacert", cert)
            problems = outcome(s, got, 0, stdout=dumps(everything(pages), "pretty"), stderr="")
            if not s.base.startswith("https://") or requested(s) != [0, 1, 2, 3, 4]:
                problems.append("not a 5-page walk over https: %s %r" % (s.base, requested(s)))
            check("5-page walk over https with --cacert", problems)
        for close in (None, "header", "silent"):
            with FakeSentry(pages, TOKEN, tls=(cert, key), close=close) as s:
                got = fetch(s, "--cacert", cert, "--style", "python")
                problems = outcome(s, got, 0, stdout=dumps(everything(pages), "python"), stderr="")
                want = (1, 1, 0) if close is None else (5, 5, 4)
                if (s.connections, s.handshakes, s.resumed) != want or requested(s) != [0, 1, 2, 3, 4]:
                    problems.append("%d connections, %d handshakes, %d resumed (expected %r); pages %r" % (
                        s.connections, s.handshakes, s.resumed, want, requested(s)))
                check("5-page walk over https, %s: %d handshake(s), %d resumed" % (
                    {None: "kept alive", "header": "Connection: close", "silent": "closed silently"}[close],
                    want[1], want[2]), problems)
        with FakeSentry(pages, TOKEN, tls=(cert, key)) as s:
            got = fetch(s, "--timeout", "2")
            check("https without the CA: refused as self-signed, not retried",
                  outcome(s, got, 2, stderr="error: %s: certificate verify failed: self-signed certificate\n"
                          % s.page_url("")))  # no retry note: not retried
        with FakeSentry(pages, TOKEN, tls=(cert, key)) as s:
            # The certificate holds the address 127.0.0.1, not the name localhost.
            base = s.base.replace("127.0.0.1", "localhost")
            got = fetch(s, "--timeout", "2", "--cacert", cert, base=base)
            check("https with the CA, by another name: refused as a name mismatch",
                  outcome(s, got, 2, stderr="error: %s/api/0/issues/42/hashes/: certificate verify failed: hostname "
                          "mismatch\n" % base))
        with FakeSentry(pages, TOKEN, tls=(cert, key)) as s:
            got = fetch(s, "--cacert", os.path.join(tmp, "none.pem"))
            rc, out, err, seconds = got
            problems = outcome(s, got, 2)
            if not err.startswith("error: %s: the CA file '%s' cannot be used: " % (s.page_url(""),
                                                                                     os.path.join(tmp, "none.pem"))):
                problems.append("stderr %r" % err)
            check("--cacert naming no file", problems)

# --- docs/client.md's example, as a program ---------------------------------------------------

if example:
    for org in (None, "acme"):
        with FakeSentry(pages, TOKEN, org=org) as s:
            env = dict(os.environ, SENTRY_AUTH_TOKEN=TOKEN)
            r = subprocess.run([example, s.base, "42", *([org] if org else [])], env=env, capture_output=True,
                               timeout=60)
            expected = "".join(h["id"] + "\n" for h in everything(pages)).encode()
            check("docs/client.md's example lists every hash%s" % (", --org" if org else ""),
                  outcome(s, (r.returncode, r.stdout, r.stderr.decode(), 0), 0, stdout=expected, stderr="")
                  + ([] if s.connections == 1 else ["%d connections" % s.connections]))

finish()
