# SPDX-License-Identifier: BSL-1.0
"""A stand-in for Sentry's issue endpoints on 127.0.0.1, faults on request.

Serves `pages` at `GET .../issues/{id}/<resource>/` (`hashes` or `events`: lists of hashes or
of events) with Sentry's `Link` headers and cursors (`0:<offset>:0`), and `events` (a dict from
an event id, `latest`, `oldest` or `recommended` to an event) at `GET .../issues/{id}/events/{x}/`;
checks `Authorization: Bearer <token>`, and, for the pages named in `faults` (the key "event"
for the one event), answers with a fault instead of the page for the first `times` requests of
that page (all of them when `times` is None):

  429          429 with `Retry-After: 1` and Sentry's throttling detail
  503          503 with a detail
  reset        the connection is reset (RST) without an answer
  cut          the page's headers, then half its body, then the connection closes
  not_json     200 with an HTML body
  slow         the page, after `slow_seconds`
  repeat       the page, with a next link whose cursor is the page's own
  echo         403 whose detail repeats the Authorization header, token and all
  elsewhere    the page, with links to another host (localhost for 127.0.0.1)
  object       200 with one object (the page's first item) where a list is expected
  list         200 with a list (of the event) where one event is expected
  long_text    200 with a long text/plain body that begins with control characters and UTF-8
  broken_json  200 with JSON that breaks after its first value (`[1, 2 3]`)
  link_lines   the page, its `Link` sent as two header lines: `previous` on one, `next` on the next

`moved` (a path) answers a GET there with `301` to the pages' path, the query kept (recorded
as the page "moved"); `relative_links` writes the `Link` targets as relative references
(`?cursor=...`), which only the URL that answered the page resolves to the pages.

`unmerge` (a list of answers, one a request) answers `OPTIONS` of the pages' path with
`Allow: GET, PUT, DELETE, HEAD, OPTIONS`, and each `PUT` or `DELETE` there with the next answer:
a status (202, 409 with Sentry's detail, 500, ...), "503-retry" (503 with `Retry-After: 1`),
"429" or "reset"; recorded as (method, query) in `unmerges`.

Connections are kept (HTTP/1.1 keep-alive) unless `close` is "header" (every answer says
`Connection: close` and the connection is closed) or "silent" (closed after every answer without
a word). `connections` counts the connections accepted, `handshakes` the TLS handshakes among
them and `resumed` those that resumed a session.

Every request is recorded (`requests`: (page, query); the one event's page is "event"), and every
line the server would log (`log`), so a test can check that the token never appears there.
"""

import http.server
import json
import socket
import ssl
import struct
import threading
import time
import urllib.parse


class FakeSentry:
    def __init__(self, pages, token, faults=None, org=None, issue="42", tls=None, slow_seconds=2.5,
                 resource="hashes", events=None, close=None, moved=None, relative_links=False, unmerge=None):
        assert resource in ("hashes", "events") and close in (None, "header", "silent")
        self.pages = pages
        self.resource = resource
        self.events = dict(events or {})
        self.close = close
        self.moved = moved
        self.relative_links = relative_links
        self.unmerge = list(unmerge or [])
        self.unmerges = []
        self.tls = bool(tls)
        self.connections = self.handshakes = self.resumed = 0
        self.token = token
        self.faults = dict(faults or {})  # page index -> (fault, times or None)
        self.org = org
        self.issue = issue
        self.slow_seconds = slow_seconds
        self.requests = []
        self.log = []
        self.served = {}  # page index -> requests seen
        self.lock = threading.Lock()
        self.per_page = max(1, max((len(p) for p in pages), default=1))
        handler = type("Handler", (_Handler,), {"fake": self})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.base = ("https" if tls else "http") + "://127.0.0.1:%d" % self.port
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def issue_path(self):
        if self.org:
            return "/api/0/organizations/%s/issues/%s/" % (self.org, self.issue)
        return "/api/0/issues/%s/" % self.issue

    @property
    def path(self):
        return self.issue_path + self.resource + "/"

    def event_url(self, event_id):
        return self.base + self.issue_path + "events/%s/" % event_id

    def page_url(self, query):
        return self.base + self.path + ("?" + query if query else "")

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def _cursor(offset, is_prev):
    return "0:%d:%d" % (offset, 1 if is_prev else 0)


class _Handler(http.server.BaseHTTPRequestHandler):
    fake = None
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        # Headers and body go in two writes: with Nagle's algorithm the second would wait for the
        # client's delayed ACK of the first (40 ms a request on a kept connection), which a real
        # server does not make a client wait.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.fake.lock:
            self.fake.connections += 1
            if self.fake.tls:
                self.fake.handshakes += 1
                self.fake.resumed += 1 if self.connection.session_reused else 0

    def close_headers(self):
        if self.fake.close == "header":
            self.send_header("Connection", "close")
        self.end_headers()
        if self.fake.close is not None:
            self.close_connection = True

    def log_message(self, format, *args):
        with self.fake.lock:
            self.fake.log.append(format % args)

    def send_json(self, status, value, extra_headers=()):
        body = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, v in extra_headers:
            self.send_header(name, v)
        self.close_headers()
        self.wfile.write(body)

    def do_GET(self):
        fake = self.fake
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
        if self.headers.get("Authorization") != "Bearer " + fake.token:
            detail = "Invalid token" if self.headers.get("Authorization") else \
                "Authentication credentials were not provided."
            return self.send_json(401, {"detail": detail})
        if fake.moved and url.path == fake.moved:
            with fake.lock:
                fake.requests.append(("moved", url.query))
            return self.send_json(301, {}, [("Location", fake.path + ("?" + url.query if url.query else ""))])
        events = fake.issue_path + "events/"
        if url.path.startswith(events) and url.path != events and url.path.count("/") == events.count("/") + 1:
            return self.one_event(url.path[len(events):-1], url.query)
        if url.path != fake.path:
            return self.send_json(404, {"detail": "The requested resource does not exist"})
        cursor = dict(query).get("cursor", _cursor(0, False))
        try:
            offset = int(cursor.split(":")[1])
        except (IndexError, ValueError):
            return self.send_json(400, {"detail": "Invalid cursor parameter."})
        index = offset // fake.per_page
        if index >= len(fake.pages):
            return self.send_json(200, [])
        with fake.lock:
            seen = fake.served.get(index, 0)
            fake.served[index] = seen + 1
            fake.requests.append((index, url.query))
        fault = self.fault(index, seen)
        if self.common_fault(fault):
            return

        others = "&".join("%s=%s" % kv for kv in query if kv[0] != "cursor")
        next_offset = offset if fault == "repeat" else (index + 1) * fake.per_page
        links = []
        for rel, off, results, is_prev in (
                ("previous", max(0, (index - 1) * fake.per_page), index > 0, True),
                ("next", next_offset, index + 1 < len(fake.pages) or fault == "repeat", False)):
            c = _cursor(off, is_prev)
            target = fake.page_url(others + "&cursor=" + c)
            if fake.relative_links:
                target = "?" + others + "&cursor=" + c
            if fault == "elsewhere":
                target = target.replace("127.0.0.1", "localhost")
            links.append('<%s>; rel="%s"; results="%s"; cursor="%s"' % (
                target, rel, "true" if results else "false", c))
        page = fake.pages[index]
        headers = [("Link", link) for link in links] if fault == "link_lines" else [("Link", ", ".join(links))]
        self.send_body(fault, page[0] if fault == "object" and page else page, headers)

    def do_OPTIONS(self):
        if urllib.parse.urlsplit(self.path).path != self.fake.path:
            return self.send_json(404, {"detail": "The requested resource does not exist"})
        self.send_response(200)
        self.send_header("Allow", "GET, PUT, DELETE, HEAD, OPTIONS")
        self.send_header("Content-Length", "0")
        self.close_headers()

    def unmerge_answer(self):
        fake = self.fake
        url = urllib.parse.urlsplit(self.path)
        if self.headers.get("Authorization") != "Bearer " + fake.token:
            return self.send_json(401, {"detail": "Invalid token"})
        if url.path != fake.path:
            return self.send_json(404, {"detail": "The requested resource does not exist"})
        with fake.lock:
            fake.unmerges.append((self.command, url.query))
            answer = fake.unmerge.pop(0) if fake.unmerge else 409
        if answer == "503-retry":
            return self.send_json(503, {"detail": "Service unavailable"}, [("Retry-After", "1")])
        if answer in ("429", "reset"):
            return self.common_fault(answer)
        if answer == 409:
            return self.send_json(409, {"detail": "Already being unmerged"})
        if answer == 202:
            self.send_response(202)
            self.send_header("Content-Length", "0")
            return self.close_headers()
        return self.send_json(answer, {"detail": "Internal error"})

    do_PUT = do_DELETE = unmerge_answer

    def one_event(self, event_id, query):
        fake = self.fake
        with fake.lock:
            seen = fake.served.get("event", 0)
            fake.served["event"] = seen + 1
            fake.requests.append(("event", query))
        if event_id not in fake.events:
            return self.send_json(404, {"detail": "Event not found"})
        fault = self.fault("event", seen)
        if self.common_fault(fault):
            return
        event = fake.events[event_id]
        self.send_body(fault, [event] if fault == "list" else event, [])

    def fault(self, key, seen):
        fault, times = self.fake.faults.get(key, (None, None))
        if fault is not None and times is not None and seen >= times:
            fault = None
        return fault

    def common_fault(self, fault):
        """Answers with the faults that replace an answer; True when it did."""
        fake = self.fake
        if fault == "429":
            self.send_json(429, {"detail": "Request was throttled. Expected available in 1 second."},
                           [("Retry-After", "1")])
            return True
        if fault == "echo":
            self.send_json(403, {"detail": "%s may not read this" % self.headers.get("Authorization")})
            return True
        if fault == "503":
            self.send_json(503, {"detail": "Service unavailable"})
            return True
        if fault == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return True
        if fault == "slow":
            time.sleep(fake.slow_seconds)
        return False

    def send_body(self, fault, value, headers):
        body = json.dumps(value).encode()
        content_type = "application/json"
        if fault == "not_json":
            body, content_type = b"<html><body>Bad gateway</body></html>", "text/html"
        elif fault == "long_text":
            body, content_type = 'Proxy says: \x01\\ "no"\n\u00e9'.encode() + b"x" * 100, "text/plain; charset=utf-8"
        elif fault == "broken_json":
            body = b"[1, 2 3]"
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, v in headers:
            self.send_header(name, v)
        self.close_headers()
        try:
            if fault == "cut":
                self.wfile.write(body[:len(body) // 2])
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            self.wfile.write(body)
        except OSError:
            self.close_connection = True  # the client gave up (a timeout): nothing to answer

    def finish(self):
        try:
            super().finish()
        except OSError:
            pass  # the connection was reset on purpose
