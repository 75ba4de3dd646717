# SPDX-License-Identifier: BSL-1.0
"""`sentry-api fetch` and `unmerge` against a real nginx on 127.0.0.1 (tests/client/nginx.py),
where the fake server could hide what a real HTTP server does: `Link` on two header lines, kept
connections nginx closes after 2 requests (over TLS too, with sessions resumed), redirects, gzip
(chunked) and a gzip bomb, an HTML error page, 401 without a token, and `Allow` with PUT or DELETE
for unmerge.

Usage: nginx_test.py SENTRY_API

Each case starts its own nginx on a free port, runs the tool, checks its exit code, stdout,
stderr and the requests nginx logged, and that the token is on no output and in no log line;
nginx is stopped by its pid. A watchdog ends the run after 100 s whatever happens.
"""

import json
import os
import signal
import subprocess
import sys
import tempfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import HOME, certificate, check, finish, ran, tool_env  # noqa: E402
from nginx import Nginx  # noqa: E402

TOKEN = "sntrys_nginx-test-51f0c2d9e8a7b634"
signal.alarm(100)
cli = os.path.abspath(sys.argv[1])
ISSUE = "/api/0/issues/42/hashes/"


def fetch(server, *options, token=TOKEN, base=None, env_extra=None):
    r = subprocess.run([cli, "fetch", *options, base or server.base, "42"], env=tool_env(token, **(env_extra or {})),
                       cwd=HOME, capture_output=True, timeout=60)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def outcome(server, got, code, stdout=None, stderr=None, uris=None):
    problems = ran(got, code, stdout, stderr, TOKEN)
    if uris is not None and [e["uri"] for e in server.access()] != uris:
        problems.append("nginx served %r, expected %r" % ([e["uri"] for e in server.access()], uris))
    if TOKEN in server.logs():
        problems.append("the token appears in nginx's logs")
    return problems


def hashes(count=5, per=3):
    return [[{"latestEvent": None, "id": "%04x%028x" % (p + 1, i)} for i in range(per)] for p in range(count)]


def cursor(page, per=3):
    return "0:%d:0" % (page * per)


def auth(prefix="  "):
    """Lines refusing a request without the token, as Sentry does (401 and its detail)."""
    return (prefix + 'if ($http_authorization = "") { return 401 \'{"detail": "Authentication credentials were '
            'not provided."}\'; }\n' + prefix + 'if ($http_authorization != "Bearer %s") { return 401 '
            '\'{"detail": "Invalid token"}\'; }\n' % TOKEN)


def paged(pages, location=ISSUE, link_lines=2, per=3, extra=""):
    """A configuration serving `pages` at `location` by their `cursor`, with Sentry's `Link`
    header: on one line (`link_lines` 1) or as two header lines, `previous` then `next`."""
    cursors = "\n".join('    "%s" %d;' % (cursor(i, per), i) for i in range(1, len(pages)))
    prev, nxt = [], []
    for i in range(len(pages)):
        p, n = max(0, i - 1) * per, (i + 1) * per
        prev.append('    %d \'<{base}%s?&cursor=0:%d:1>; rel="previous"; results="%s"; cursor="0:%d:1"\';'
                    % (i, location, p, "true" if i > 0 else "false", p))
        nxt.append('    %d \'<{base}%s?&cursor=0:%d:0>; rel="next"; results="%s"; cursor="0:%d:0"\';'
                   % (i, location, n, "true" if i + 1 < len(pages) else "false", n))
    http = ("  map $arg_cursor $page {\n    default 0;\n%s\n  }\n" % cursors
            + "  map $page $link_previous {\n%s\n  }\n" % "\n".join(prev)
            + "  map $page $link_next {\n%s\n  }\n" % "\n".join(nxt))
    if link_lines == 2:
        links = "    add_header Link $link_previous;\n    add_header Link $link_next;\n"
    else:
        links = '    add_header Link "$link_previous, $link_next";\n'
    server = ("%s  location = %s {\n    default_type application/json;\n%s%s    rewrite ^ /page$page.json break;\n"
              "  }\n" % (auth(), location, links, extra))
    return http, server


def serve(pages, **kw):
    http, server = paged(pages, **kw)
    return Nginx(server, http, {"page%d.json" % i: json.dumps(page) for i, page in enumerate(pages)})


def compact(items):
    return json.dumps(items, separators=(",", ":")).encode()


def everything(pages):
    return [h for p in pages for h in p]


def uris(count, per=3, location=ISSUE):
    return [location] + ["%s?&cursor=%s" % (location, cursor(i, per)) for i in range(1, count)]


# --- Link on two header lines (RFC 9110: one list) -------------------------------------------

pages = hashes()
for lines in (1, 2):
    n = serve(pages, link_lines=lines)
    with n:
        got = fetch(n, "--style", "compact")
        check("nginx: 5 pages, Link on %d header line%s" % (lines, "s" if lines > 1 else ""),
              outcome(n, got, 0, stdout=compact(everything(pages)), stderr="", uris=uris(5)))

# --- kept connections, closed by nginx after 2 requests; over TLS, sessions resumed ------------

pages = hashes()
http, server = paged(pages)
files = {"page%d.json" % i: json.dumps(p) for i, p in enumerate(pages)}
with Nginx(server, http + "  keepalive_requests 2;\n", files) as n:
    got = fetch(n, "--style", "compact")
    log = n.access()
    check("nginx: keepalive_requests 2: 5 pages over 3 connections",
          outcome(n, got, 0, stdout=compact(everything(pages)), stderr="", uris=uris(5))
          + ([] if [e["nth"] for e in log] == [1, 2, 1, 2, 1] and len({e["connection"] for e in log}) == 3 else
             ["connections %r" % [(e["connection"], e["nth"]) for e in log]]))

with tempfile.TemporaryDirectory() as tmp:
    cert, key = certificate(tmp) or ("", "")
    os.chmod(tmp, 0o755)
    with Nginx(server, http + "  keepalive_requests 2;\n", files, tls=(cert, key)) as n:
        got = fetch(n, "--style", "compact", "--cacert", cert)
        log = n.access()
        check("nginx over TLS, keepalive_requests 2: 3 connections, the 2nd and 3rd resume the session",
              outcome(n, got, 0, stdout=compact(everything(pages)), stderr="", uris=uris(5))
              + ([] if [(e["nth"], e["reused"]) for e in log] == [(1, False), (2, False), (1, True), (2, True),
                                                                  (1, True)] else
                 ["(request on its connection, resumed) %r" % [(e["nth"], e["reused"]) for e in log]]))
    # Plain http to the port that speaks https: nginx answers 400, and the error says what to give.
    with Nginx(server, http, files, tls=(cert, key)) as n:
        got = fetch(n, base="http://127.0.0.1:%d" % n.port)
        hint = "HTTP 400 Bad Request; the server answers over https: give an https:// URL\n"
        check("nginx: http to a port that speaks only https: says to give an https:// URL",
              outcome(n, got, 2) + ([] if got[2].endswith(hint) and got[2].startswith("error: http://127.0.0.1:") else
                                    ["stderr %r" % got[2]]))

# --- redirects: followed on the same server, refused elsewhere with the Location named --------

MOVED = "/moved" + ISSUE


def moved(extra_server, absolute=True, pages=None):
    """The pages at MOVED, and `extra_server` lines (the redirects) before them."""
    pages = pages or hashes(3)
    http, server = paged(pages, location=MOVED)
    server = ("  absolute_redirect %s;\n" % ("on" if absolute else "off")) + extra_server + server
    return pages, Nginx(server, http, {"page%d.json" % i: json.dumps(page) for i, page in enumerate(pages)})


for code, absolute in ((301, True), (302, False), (307, True), (308, False)):
    pages, n = moved("  location = %s { return %d %s$is_args$args; }\n" % (ISSUE, code, MOVED), absolute)
    with n:
        got = fetch(n, "--style", "compact")
        check("nginx: %d to the same server (%s Location): followed, then the walk" % (
            code, "absolute" if absolute else "relative"),
              outcome(n, got, 0, stdout=compact(everything(pages)), stderr="", uris=[ISSUE] + uris(3, location=MOVED))
              + ([] if [e["status"] for e in n.access()] == [code, 200, 200, 200] else
                 ["statuses %r" % [e["status"] for e in n.access()]]))

# Each hop one more redirect: 5 are followed, the 6th is refused.
hops = "".join("  location = /hop%d/ { return 302 /hop%d/; }\n" % (i, i + 1) for i in range(1, 7))
pages, n = moved("  location = %s { return 302 /hop1/; }\n%s" % (ISSUE, hops))
with n:
    got = fetch(n)
    check("nginx: more than 5 redirects: refused, naming where the 6th pointed",
          outcome(n, got, 2, stderr="error: %s/hop5/: HTTP 302 Found to %s/hop6/: not followed, more "
                  "than 5 redirects\n" % (n.base, n.base),
                  uris=[ISSUE, "/hop1/", "/hop2/", "/hop3/", "/hop4/", "/hop5/"]))

pages, n = moved("  location = %s { return 302 http://localhost:{port}%s$is_args$args; }\n" % (ISSUE, MOVED))
with n:
    got = fetch(n)
    want = "error: %s%s: HTTP 302 Found to http://localhost:%d%s: not followed, another server (the token " \
           "is not sent there)\n" % (n.base, ISSUE, n.port, MOVED)
    check("nginx: a redirect to another host: refused, naming the Location, the token not sent there",
          outcome(n, got, 2, stderr=want, uris=[ISSUE]))

pages, n = moved("  location = %s { return 301 https://127.0.0.1:{port}%s; }\n" % (ISSUE, MOVED))
with n:
    got = fetch(n)
    check("nginx: http to https: refused, with the hint to give an https:// URL",
          outcome(n, got, 2, stderr="error: %s%s: HTTP 301 Moved Permanently to https://127.0.0.1:%d%s: not followed, "
                  "another server (the token is not sent there); the server answers over https: give an https:// "
                  "URL\n" % (n.base, ISSUE, n.port, MOVED), uris=[ISSUE]))

pages, n = moved("  location = %s { return 303 %s; }\n" % (ISSUE, MOVED))
with n:
    got = fetch(n)
    check("nginx: 303 See Other: not followed, its Location named",
          outcome(n, got, 2, stderr="error: %s%s: HTTP 303 See Other to %s%s: not followed\n"
                  % (n.base, ISSUE, n.base, MOVED), uris=[ISSUE]))

# --- what a server says when the request cannot be served -------------------------------------

pages = hashes(2)
n = serve(pages)
with n:
    got = fetch(n, token=None)
    check("nginx: 401 without a token: says SENTRY_AUTH_TOKEN is not set",
          outcome(n, got, 2, stderr="error: %s%s: HTTP 401 Unauthorized: Authentication credentials were not "
                  "provided. (no token was sent: SENTRY_AUTH_TOKEN is not set and there is no .sentryclirc)\n"
                  % (n.base, ISSUE), uris=[ISSUE]))
    got = fetch(n, token="wrong")
    check("nginx: 401 with a wrong token: Sentry's detail, and the token's place (not the token)",
          outcome(n, got, 2, stderr="error: %s%s: HTTP 401 Unauthorized: Invalid token (the token from "
                  "SENTRY_AUTH_TOKEN)\n" % (n.base, ISSUE)))

# nginx's own error page, as a proxy in front of Sentry answers when Sentry is down: HTML.
with Nginx("  location / { return 200 '<html><head><title>502 Bad Gateway</title></head></html>'; }\n"
           "  default_type text/html;\n") as n:
    got = fetch(n)
    check("nginx: an HTML page where JSON was expected: its content type and first bytes",
          outcome(n, got, 2, stderr='error: %s%s: 1:1: expected a JSON value (the body is text/html, beginning '
                  '"<html><head><title>502 Bad Gateway</title></head"...)\n' % (n.base, ISSUE)))

# --- gzip: asked for, inflated as it arrives, bounded ----------------------------------------

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "issue-hashes-response.json")) as f:
    documented = json.load(f)[0]
# Pages as Sentry sends them: each hash with its latest event (about 8 KB of JSON each).
event_pages = [[dict(documented, id="%04x%028x" % (p + 1, i)) for i in range(3)] for p in range(5)]
sent = {}
outputs = {}
for gzip in ("off", "on"):
    http, server = paged(event_pages)
    http += "  gzip %s;\n  gzip_types application/json;\n  gzip_min_length 0;\n" % gzip
    with Nginx(server, http, {"page%d.json" % i: json.dumps(page) for i, page in enumerate(event_pages)}) as n:
        got = fetch(n, "--style", "python")
        outputs[gzip] = got[1]
        log = n.access()
        sent[gzip] = sum(e["bytes"] for e in log)
        problems = outcome(n, got, 0, stderr="", uris=uris(5))
        if gzip == "on" and [e["transfer"] for e in log] != ["chunked"] * 5:
            problems.append("not chunked: %r" % [e["transfer"] for e in log])
        codings = [e["coding"] for e in log]
        if codings != (["gzip"] * 5 if gzip == "on" else ["-"] * 5) and codings != ([""] * 5 if gzip == "off" else []):
            problems.append("Content-Encoding %r" % codings)
        check("nginx: 5 pages of events, gzip %s%s: %d bytes sent" % (
            gzip, " (chunked)" if gzip == "on" else "", sent[gzip]), problems)
check("nginx: gzip sends at most a quarter of the bytes (%d of %d), and the same output" % (sent["on"], sent["off"]),
      ([] if sent["on"] * 4 <= sent["off"] else ["%d bytes with gzip, %d without" % (sent["on"], sent["off"])])
      + ([] if outputs["on"] == outputs["off"] and outputs["on"] else ["the outputs differ"]))


def bomb(mib):
    """`mib` MiB of zero bytes as a gzip body of about `mib` KiB: one MiB compressed once (raw
    deflate, flushed to a byte boundary, so that it stands alone), repeated, then an empty final
    block and gzip's header and trailer (CRC-32 and size)."""
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    mebibyte = b"\0" * (1 << 20)
    segment = z.compress(mebibyte) + z.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(mebibyte, crc)
    last = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    return (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03" + segment * mib + last
            + crc.to_bytes(4, "little") + ((mib << 20) & 0xFFFFFFFF).to_bytes(4, "little"))


if zlib.decompress(bomb(3), 16 + 15) != b"\0" * (3 << 20):
    check("the gzip bomb is gzip", ["it does not inflate to its zeros"])
gz = bomb(1024)
served = "  location = %s {\n    default_type application/json;\n    add_header Content-Encoding gzip;\n" \
         "    rewrite ^ /bomb.gz break;\n  }\n" % ISSUE
with Nginx(auth() + served, "", {"bomb.gz": gz}) as n:
    p = subprocess.Popen([cli, "fetch", n.base, "42"], env=tool_env(TOKEN), cwd=HOME, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    out = p.stdout.read()
    err = p.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(p.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    problems = outcome(n, (code, out, err), 2, stderr="error: %s%s: the gzip body inflates to more than 67108864 "
                       "bytes, the limit (options::max_body_bytes)\n" % (n.base, ISSUE), uris=[ISSUE])
    # Bounded by the limit, not by the gigabyte: a body that is not an array is kept whole by the
    # page's decoder (its error is the whole text's), so up to 64 MiB of it in a string that may be
    # moving to twice its room, and the program: 77 MiB here with g++, 108 MiB built by Meson,
    # 202 MiB under AddressSanitizer (its shadow memory and its quarantine of freed blocks). The
    # check is that it stays a quarter of what the body inflates to.
    if usage.ru_maxrss > 256 * 1024:
        problems.append("peak memory %d KiB, more than 256 MiB (a quarter of the inflated body)" % usage.ru_maxrss)
    check("nginx: a gzip bomb (1 GiB of zeros in %d KiB): exit 2 at the 64 MiB bound, peak memory %d KiB"
          % (len(gz) >> 10, usage.ru_maxrss), problems)

# --- unmerge: the method the server's Allow names --------------------------------------------

H1, H2 = "c4a4d06bc314205bb3b6bdb612dde7f1", "0123456789abcdef0123456789abcdef"
QUERY = "?id=%s&id=%s" % (H1, H2)


def unmerge_server(allow, answer="return 202;", issue="42"):
    """The hashes endpoint of `issue` answering OPTIONS with `allow`, and the unmerge method with
    `answer`; any other method 405, any other path 404 with Sentry's detail."""
    path = "/api/0/issues/%s/hashes/" % issue
    return Nginx(auth() + "  location = %s {\n"
                 "    if ($request_method = OPTIONS) { add_header Allow \"%s\"; return 200; }\n"
                 "    if ($request_method = %s) { %s }\n"
                 "    return 405;\n  }\n"
                 "  location / { return 404 '{\"detail\": \"The requested resource does not exist\"}'; }\n"
                 % (path, allow, "PUT" if "PUT" in allow else "DELETE", answer))


def unmerge(server, *options, token=TOKEN, hashes=(H1, H2)):
    r = subprocess.run([cli, "unmerge", *options, server.base, "42", *hashes], env=tool_env(token), cwd=HOME,
                       capture_output=True, timeout=60)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def requests(server):
    return [(e["method"], e["uri"], e["status"]) for e in server.access()]


for allow, method in (("GET, PUT, HEAD, OPTIONS", "PUT"), ("GET, DELETE, HEAD, OPTIONS", "DELETE")):
    with unmerge_server(allow) as n:
        got = unmerge(n)
        check("nginx: unmerge without --yes, Allow: %s: only OPTIONS asked, %s printed" % (allow, method),
              outcome(n, got, 0, stdout=("would send %s %s%s%s (the server allows %s); nothing was changed: --yes "
                                         "sends it\n" % (method, n.base, ISSUE, QUERY, allow)).encode(), stderr="")
              + ([] if requests(n) == [("OPTIONS", ISSUE, 200)] else ["requests %r" % requests(n)]))
        got = unmerge(n, "--yes")
        check("nginx: unmerge --yes, Allow: %s: %s with every id, 202 is started" % (allow, method),
              outcome(n, got, 0, stdout=("started: %s %s%s%s answered 202 Accepted; the hashes' events move to a new "
                                         "issue\n" % (method, n.base, ISSUE, QUERY)).encode(), stderr="")
              + ([] if requests(n)[1:] == [("OPTIONS", ISSUE, 200), (method, ISSUE + QUERY, 202)] else
                 ["requests %r" % requests(n)]))

with unmerge_server("GET, PUT, HEAD, OPTIONS", "return 409 '{\"detail\": \"Already being unmerged\"}';") as n:
    got = unmerge(n, "--yes")
    check("nginx: unmerge --yes, 409: exit 2 with Sentry's detail",
          outcome(n, got, 2, stderr="error: %s%s%s: HTTP 409 Conflict: Already being unmerged\n"
                  % (n.base, ISSUE, QUERY)))
    got = unmerge(n, "--yes", token=None)
    check("nginx: unmerge without a token: 401, SENTRY_AUTH_TOKEN is not set, nothing sent past OPTIONS",
          outcome(n, got, 2, stderr="error: %s%s: HTTP 401 Unauthorized: Authentication credentials were not "
                  "provided. (no token was sent: SENTRY_AUTH_TOKEN is not set and there is no .sentryclirc)\n"
                  % (n.base, ISSUE))
          + ([] if [r[0] for r in requests(n)] == ["OPTIONS", "PUT", "OPTIONS"] else ["requests %r" % requests(n)]))
with unmerge_server("GET, PUT, HEAD, OPTIONS", "return 403 '{\"detail\": \"You do not have permission\"}';") as n:
    got = unmerge(n, "--yes")
    check("nginx: unmerge --yes, 403: exit 2 with Sentry's detail",
          outcome(n, got, 2, stderr="error: %s%s%s: HTTP 403 Forbidden: You do not have permission (the token from "
                  "SENTRY_AUTH_TOKEN)\n"
                  % (n.base, ISSUE, QUERY)))
with unmerge_server("GET, PUT, HEAD, OPTIONS", issue="43") as n:
    got = unmerge(n, "--yes")
    check("nginx: unmerge of an issue the server does not have: 404 to OPTIONS, exit 2, nothing sent",
          outcome(n, got, 2, stderr="error: %s%s: HTTP 404 Not Found: The requested resource does not exist\n"
                  % (n.base, ISSUE))
          + ([] if [r[0] for r in requests(n)] == ["OPTIONS"] else ["requests %r" % requests(n)]))
with unmerge_server("GET, HEAD, OPTIONS") as n:
    got = unmerge(n, "--yes")
    check("nginx: an Allow without PUT or DELETE: exit 2, nothing sent",
          outcome(n, got, 2, stderr="error: %s%s: the server allows neither PUT nor DELETE here (Allow: GET, HEAD, "
                  "OPTIONS)\n" % (n.base, ISSUE))
          + ([] if [r[0] for r in requests(n)] == ["OPTIONS"] else ["requests %r" % requests(n)]))
    got = unmerge(n, "--yes", hashes=(H1, "C4A4D06BC314205BB3B6BDB612DDE7F1"))
    check("nginx: a hash id that is not 32 lowercase hex digits: refused before any request",
          outcome(n, got, 2, stderr="error: C4A4D06BC314205BB3B6BDB612DDE7F1: not a hash id: expected 32 lowercase "
                  "hex digits\n")
          + ([] if len(requests(n)) == 1 else ["requests %r" % requests(n)]))

finish()
