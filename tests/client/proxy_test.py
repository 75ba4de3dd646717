# SPDX-License-Identifier: BSL-1.0
"""`sentry-api fetch` through a real forward proxy (Debian's tinyproxy, /usr/bin/tinyproxy) that
the test starts on 127.0.0.1 on a free port, with its own configuration and log in a temporary
directory, and stops by its pid; the server is the fake Sentry (tests/client/fake_sentry.py).

Usage: proxy_test.py SENTRY_API

A walk through the proxy prints the same bytes as a direct one, over http (the request names the
whole URL) and https (CONNECT, the certificate still the server's); `no_proxy` bypasses it; a
proxy that is down or refuses says so. The token appears on no output and in no log line.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import HOME, certificate, check, finish, tool_env  # noqa: E402
from fake_sentry import FakeSentry  # noqa: E402
from nginx import free_port  # noqa: E402

TOKEN = "sntrys_proxy-test-0b7d3e91c5a2f468"
signal.alarm(100)
cli = os.path.abspath(sys.argv[1])


class Tinyproxy:
    """tinyproxy in the foreground on 127.0.0.1; `log()` is what it logged; `connect_ports`, when
    given, are the only ports it tunnels to."""

    def __init__(self, connect_ports=None):
        self.connect_ports = connect_ports

    def __enter__(self):
        self.dir = tempfile.mkdtemp(prefix="sentry-api-tinyproxy-")
        os.chmod(self.dir, 0o777)  # tinyproxy drops to nobody
        self.port = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        conf = os.path.join(self.dir, "tinyproxy.conf")
        with open(conf, "w") as f:
            f.write("User nobody\nGroup nogroup\nPort %d\nListen 127.0.0.1\nTimeout 30\nAllow 127.0.0.1\n"
                    "LogFile \"%s/tinyproxy.log\"\nLogLevel Connect\nMaxClients 10\nDisableViaHeader Yes\n"
                    % (self.port, self.dir))
            for p in self.connect_ports or ():
                f.write("ConnectPort %d\n" % p)
        self.process = subprocess.Popen(["/usr/bin/tinyproxy", "-d", "-c", conf], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.__exit__()
                    raise RuntimeError("tinyproxy did not start")
                time.sleep(0.05)

    def __exit__(self, *exc):
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)

    def log(self):
        time.sleep(0.05)
        path = os.path.join(self.dir, "tinyproxy.log")
        if not os.path.exists(path):
            return ""
        with open(path, errors="replace") as f:
            return f.read()


def fetch(server, *options, **env):
    r = subprocess.run([cli, "fetch", "--style", "compact", "--retries", "0", *options, server.base, "42"],
                       env=tool_env(TOKEN, **env), cwd=HOME, capture_output=True, timeout=60)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def clean(got, server, proxy):
    rc, out, err = got
    problems = []
    if TOKEN in out.decode("utf-8", "replace") or TOKEN in err:
        problems.append("the token appears in the output")
    if any(TOKEN in line for line in server.log) or TOKEN in proxy.log():
        problems.append("the token appears in a log")
    return problems


pages = [[{"latestEvent": None, "id": "%04x%028x" % (p + 1, i)} for i in range(3)] for p in range(5)]

with FakeSentry(pages, TOKEN) as s:
    direct = fetch(s)
    check("direct walk", [] if direct[0] == 0 and direct[2] == "" else ["exit %d: %r" % (direct[0], direct[2])])
    with Tinyproxy() as p:
        got = fetch(s, http_proxy=p.url)
        log = p.log()
        problems = clean(got, s, p)
        if got != direct:
            problems.append("through the proxy: exit %d, %r; direct: %r" % (got[0], got[2], direct[1][:80]))
        if log.count("Request (file descriptor") < 5 or ("GET %s/api/0/issues/42/hashes/" % s.base) not in log:
            problems.append("the proxy did not carry the 5 requests: %r" % log[-600:])
        check("http through tinyproxy: the same bytes as direct, 5 requests in its log", problems)

        before = p.log().count("Request (file descriptor")
        got = fetch(s, http_proxy=p.url, no_proxy="localhost, .example.com,127.0.0.1")
        problems = clean(got, s, p)
        if got != direct:
            problems.append("with no_proxy: exit %d, %r" % (got[0], got[2]))
        if p.log().count("Request (file descriptor") != before:
            problems.append("the proxy carried requests despite no_proxy")
        check("no_proxy naming the host: direct, the proxy sees nothing", problems)

        with tempfile.TemporaryDirectory() as home:
            with open(os.path.join(home, ".sentryclirc"), "w") as f:
                f.write("[http]\nproxy_url = %s\n" % p.url)
            before = p.log().count("Request (file descriptor")
            got = fetch(s, HOME=home)
            problems = clean(got, s, p)
            if got != direct or p.log().count("Request (file descriptor") != before + 5:
                problems.append("exit %d, %r; %d requests through the proxy" % (
                    got[0], got[2], p.log().count("Request (file descriptor") - before))
            check(".sentryclirc's http.proxy_url: through the proxy", problems)

    down = "http://127.0.0.1:%d" % free_port()
    got = fetch(s, http_proxy=down)
    check("a proxy that is down: said so, exit 2",
          [] if got[0] == 2 and got[2] == "error: %s/api/0/issues/42/hashes/: the proxy %s: Connection refused\n"
          % (s.base, down) else ["exit %d, %r" % (got[0], got[2])])
    got = fetch(s, http_proxy="socks5://127.0.0.1:1080")
    check("a proxy that is not http://: refused, exit 2",
          [] if got[0] == 2 and got[2] == "error: %s/api/0/issues/42/hashes/: the proxy 'socks5://127.0.0.1:1080' is "
          "not an http:// proxy URL\n" % s.base else ["exit %d, %r" % (got[0], got[2])])

with tempfile.TemporaryDirectory() as tmp:
    cert, key = certificate(tmp) or ("", "")
    with FakeSentry(pages, TOKEN, tls=(cert, key)) as s:
        direct = fetch(s, "--cacert", cert)
        with Tinyproxy() as p:
            got = fetch(s, "--cacert", cert, https_proxy=p.url, http_proxy="http://127.0.0.1:1")
            log = p.log()
            problems = clean(got, s, p)
            if direct[0] != 0 or got != direct:
                problems.append("through the proxy: exit %d, %r; direct exit %d" % (got[0], got[2], direct[0]))
            if ("CONNECT 127.0.0.1:%d" % s.port) not in log:
                problems.append("no CONNECT in the proxy's log: %r" % log[-600:])
            if s.connections != 2:
                problems.append("%d connections to the server (one direct, one tunnelled)" % s.connections)
            check("https through tinyproxy with CONNECT: the same bytes, one tunnel for the walk", problems)
            got = fetch(s, https_proxy=p.url)
            check("https through the proxy without the CA: the server's certificate is still checked",
                  [] if got[0] == 2 and got[2].endswith("certificate verify failed: self-signed certificate\n")
                  else ["exit %d, %r" % (got[0], got[2])])
        with Tinyproxy(connect_ports=[443]) as p:
            got = fetch(s, "--cacert", cert, https_proxy=p.url)
            want = "error: %s/api/0/issues/42/hashes/: the proxy %s refused CONNECT 127.0.0.1:%d: HTTP 403 " % (
                s.base, p.url, s.port)
            check("a proxy that refuses CONNECT to the port: said so, exit 2",
                  [] if got[0] == 2 and got[2].startswith(want) else ["exit %d, %r" % (got[0], got[2])])

finish()
