"""The tally of a client test script: `check(name, problems)` prints one line a case (`ok` or a
`FAIL` line a problem); `finish()` prints the counts and exits 1 if any case failed.

`tool_env(token)` is the environment to run the tool in, apart from the tester's own: no SENTRY_*
variable and no proxy but those given, and HOME an empty directory (no ~/.sentryclirc), which is
also the directory to run it from (`cwd=HOME`)."""

import atexit
import os
import shutil
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
