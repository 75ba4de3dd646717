# SPDX-License-Identifier: BSL-1.0
"""The tally of a client test script: `check(name, problems)` prints one line a case (`ok` or a
`FAIL` line a problem); `finish()` prints the counts and exits 1 if any case failed.

`ran((rc, out, err), code, stdout, stderr, token)` lists how a run of the tool differs from what
was expected (stdout and stderr None: not checked; on exit 2 stdout must be empty) and whether the
token shows on its output.

`certificate(directory)` makes a self-signed certificate for 127.0.0.1 there with `openssl` (a
case of its own, checked) and returns (cert, key), or None when openssl failed.

`tool_env(token)` is the environment to run the tool in, apart from the tester's own: no SENTRY_*
variable and no proxy but those given, and HOME an empty directory (no ~/.sentryclirc), which is
also the directory to run it from (`cwd=HOME`)."""

import atexit
import os
import shutil
import subprocess
import sys
import tempfile

HOME = tempfile.mkdtemp(prefix="sentry-api-home-")
atexit.register(shutil.rmtree, HOME, True)


def tool_env(token=None, **extra):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SENTRY_") and k.lower() not in ("http_proxy", "https_proxy", "no_proxy", "all_proxy")}
    env["HOME"] = HOME
    if token is not None:
        env["SENTRY_AUTH_TOKEN"] = token
    env.update(extra)
    return env

_counts = {"passed": 0, "failed": 0}


def check(name, problems):
    if problems:
        _counts["failed"] += 1
        for p in problems:
            print("FAIL %s: %s" % (name, p))
    else:
        _counts["passed"] += 1
        print("ok   %s" % name)


def finish():
    print("%d passed, %d failed" % (_counts["passed"], _counts["failed"]))
    sys.exit(1 if _counts["failed"] else 0)


def certificate(directory):
    cert, key = os.path.join(directory, "cert.pem"), os.path.join(directory, "key.pem")
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                           "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1",
                           "-addext", "subjectAltName=IP:127.0.0.1"], capture_output=True)
    check("openssl makes a certificate", [] if made.returncode == 0 else ["openssl failed: %r" % made.stderr])
    return (cert, key) if made.returncode == 0 else None


def ran(got, code, stdout=None, stderr=None, token=None):
    rc, out, err = got
    problems = []
    if rc != code:
        problems.append("exit %d, expected %d (stderr: %r)" % (rc, code, err))
    if code == 2 and out:
        problems.append("stdout not empty on failure: %r" % out[:200])
    if stdout is not None and out != stdout:
        problems.append("stdout differs: %r... expected %r..." % (out[:120], stdout[:120]))
    if stderr is not None and err != stderr:
        problems.append("stderr %r, expected %r" % (err, stderr))
    for where, text in (("stdout", out.decode("utf-8", "replace")), ("stderr", err)):
        if token and token in text:
            problems.append("the token appears on " + where)
    return problems
