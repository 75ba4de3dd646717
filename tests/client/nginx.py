# SPDX-License-Identifier: BSL-1.0
"""A real nginx (Debian's nginx-light, /usr/sbin/nginx) on 127.0.0.1 for the client's tests.

`Nginx(server, http="")` writes a configuration into a fresh temporary prefix (its own pid file,
logs and temporary paths, nothing of the system's nginx), with `server` (the lines of one
`server { }` block, after its `listen` on a free port of 127.0.0.1) and `http` (lines of the
`http { }` block before it, `map`s say), and `files` (names under the server's root, and their
bytes) written before it starts. Inside a `with`, `port`, `base` and `prefix` are set and
nginx runs in the foreground as a child of the test; leaving it stops that process by its pid
(SIGQUIT, then SIGKILL if it lingers) and removes the prefix.

`access()` reads the access log: one dict a request, with `method`, `uri`, `status`, `bytes` (all bytes sent,
headers included), `body` (the body's bytes as sent), `coding` (its Content-Encoding, or ""),
`connection` (nginx's serial number of the connection), `nth` (the request's place on it), `reused`
(whether its TLS session was resumed) and `transfer` (its Transfer-Encoding, or "").

With `tls=(cert, key)` the server listens with TLS (and a session cache, so sessions can be
resumed) and `base` is https://. `Authorization` is never logged.
"""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time

NGINX = "/usr/sbin/nginx"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Nginx:
    def __init__(self, server, http="", files=None, tls=None):
        self.server = server
        self.http = http
        self.files = dict(files or {})
        self.tls = tls
        self.process = None

    def write(self, name, data):
        """Writes a file under the prefix's `www/` (the server's root), readable by nginx's workers."""
        path = os.path.join(self.prefix, "www", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        os.chmod(path, 0o644)
        return path

    def __enter__(self):
        self.prefix = tempfile.mkdtemp(prefix="sentry-api-nginx-")
        os.chmod(self.prefix, 0o755)  # the workers may run as another user
        for d in ("www", "tmp", "logs"):
            os.makedirs(os.path.join(self.prefix, d))
            os.chmod(os.path.join(self.prefix, d), 0o777 if d != "www" else 0o755)
        for name, data in self.files.items():
            self.write(name, data)
        self.port = free_port()
        self.base = "%s://127.0.0.1:%d" % ("https" if self.tls else "http", self.port)
        listen = "listen 127.0.0.1:%d%s;" % (self.port, " ssl" if self.tls else "")
        if self.tls:
            listen += ("\n    ssl_certificate %s;\n    ssl_certificate_key %s;\n"
                       "    ssl_session_cache shared:sentry_api:1m;" % self.tls)
        p = self.prefix
        conf = """
worker_processes 1;
pid {p}/nginx.pid;
error_log {p}/logs/error.log;
events {{ worker_connections 64; }}
http {{
  log_format counted '$request_method $request_uri $status $bytes_sent $body_bytes_sent "$sent_http_content_encoding" '
                     '$connection $connection_requests "$ssl_session_reused" "$sent_http_transfer_encoding"';
  access_log {p}/logs/access.log counted;
  client_body_temp_path {p}/tmp/body;
  proxy_temp_path {p}/tmp/proxy;
  fastcgi_temp_path {p}/tmp/fastcgi;
  uwsgi_temp_path {p}/tmp/uwsgi;
  scgi_temp_path {p}/tmp/scgi;
  default_type application/octet-stream;
{http}
  server {{
    {listen}
    root {p}/www;
{server}
  }}
}}
""".format(p=p, listen=listen, http=self.http.replace("{base}", self.base), server=self.server.replace("{base}", self.base).replace("{port}", str(self.port)))
        with open(os.path.join(p, "nginx.conf"), "w") as f:
            f.write(conf)
        self.process = subprocess.Popen([NGINX, "-p", p, "-e", p + "/logs/error.log", "-c", p + "/nginx.conf",
                                         "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while True:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode("utf-8", "replace")
                with open(os.path.join(p, "logs", "error.log")) as f:
                    err += f.read()
                shutil.rmtree(p, ignore_errors=True)
                raise RuntimeError("nginx did not start: " + err)
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("nginx did not listen on port %d" % self.port)
                time.sleep(0.05)
        return self

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGQUIT)  # graceful: the master ends its workers
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None

    def __exit__(self, *exc):
        self.stop()
        shutil.rmtree(self.prefix, ignore_errors=True)

    def access(self):
        # The log line is written once the response is sent; the client may have read it already.
        time.sleep(0.05)
        entries = []
        with open(os.path.join(self.prefix, "logs", "access.log")) as f:
            for line in f:
                method, uri, status, sent, body, coding, connection, nth, reused, transfer = line.split()
                entries.append({"method": method, "uri": uri, "status": int(status), "bytes": int(sent),
                                "body": int(body), "coding": coding.strip('"'), "connection": int(connection),
                                "nth": int(nth), "reused": reused.strip('"') == "r",
                                "transfer": transfer.strip('"')})
        return entries

    def logs(self):
        """Every line nginx wrote (access and error), for the check that the token is in none."""
        text = ""
        for name in ("access.log", "error.log"):
            path = os.path.join(self.prefix, "logs", name)
            if os.path.exists(path):
                with open(path, errors="replace") as f:
                    text += f.read()
        return text
