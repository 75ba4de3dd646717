# SPDX-License-Identifier: BSL-1.0
"""Where `sentry-api fetch` and `unmerge` find the server, the organization and the token, in
the documented order: the command line (`--url`, then a BASE_URL given before ISSUE_ID; `--org`),
the environment (SENTRY_URL, SENTRY_ORG, SENTRY_AUTH_TOKEN), the nearest .sentryclirc (from the
current directory upward), then ~/.sentryclirc; each setting on its own.

Usage: config_test.py SENTRY_API

A table: each row says which place holds which setting, and which place must win. Every place
holds its own values; only the winners' are real (a fake Sentry on 127.0.0.1 with that
organization and token), the others point at port 1, another organization and another token, so
the walk succeeds only when all three settings came from the expected places.
"""

import os
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, finish, tool_env  # noqa: E402
from fake_sentry import FakeSentry  # noqa: E402

signal.alarm(100)
cli = os.path.abspath(sys.argv[1])
pages = [[{"latestEvent": None, "id": "%032x" % i} for i in range(2)]]
PLACES = ("cli", "base", "env", "near", "home")


def run(row, winners, org_winner, token_winner, extra_args=()):
    """`row`: {setting: [places holding it]}; the winners: the place expected for each."""
    token = "tok-%s-5f1e" % token_winner if token_winner else "unused"
    org = "org-%s" % org_winner if org_winner else None
    with FakeSentry(pages, token, org=org) as s, tempfile.TemporaryDirectory() as root:
        def url(place):
            return s.base if place == winners else "http://127.0.0.1:1"
        home = os.path.join(root, "home")
        cwd = os.path.join(root, "work", "project", "sub")
        os.makedirs(home)
        os.makedirs(cwd)
        rc = {"near": os.path.join(root, "work", ".sentryclirc"), "home": os.path.join(home, ".sentryclirc")}
        for place in ("near", "home"):
            lines = {"defaults": [], "auth": []}
            if place in row.get("url", ()):
                lines["defaults"].append("url = %s" % url(place))
            if place in row.get("org", ()):
                lines["defaults"].append("org=org-%s" % place)
            if place in row.get("token", ()):
                lines["auth"].append("token = tok-%s-5f1e" % place)
            if any(lines.values()):
                with open(rc[place], "w") as f:
                    f.write("# sentry-cli's file\n")
                    for section, entries in lines.items():
                        f.write("[%s]\n%s\n" % (section, "\n".join(entries)))
        env = tool_env(None)
        env["HOME"] = home
        if "env" in row.get("url", ()):
            env["SENTRY_URL"] = url("env")
        if "env" in row.get("org", ()):
            env["SENTRY_ORG"] = "org-env"
        if "env" in row.get("token", ()):
            env["SENTRY_AUTH_TOKEN"] = "tok-env-5f1e"
        args = [cli, "fetch", "--retries", "0", "--timeout", "5", "--style", "compact", *extra_args]
        if "cli" in row.get("url", ()):
            args += ["--url", url("cli")]
        if "cli" in row.get("org", ()):
            args += ["--org", "org-cli"]
        if "cli" in row.get("token", ()):
            args += ["--auth-token", "tok-cli-5f1e"]
        if "base" in row.get("url", ()):
            args.append(url("base"))
        args.append("42")
        r = subprocess.run(args, env=env, cwd=cwd, capture_output=True, timeout=60)
        return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace"), s, rc


everywhere = {"url": PLACES, "org": ("cli", "env", "near", "home"), "token": ("env", "near", "home")}
table = [
    # (what the row is, which places hold what, the expected url, org and token places)
    ("every place set: the command line, and the environment's token", everywhere, "cli", "cli", "env"),
    ("--url before an old-form BASE_URL", {"url": ("cli", "base", "env"), "token": ("env",)}, "cli", None, "env"),
    ("an old-form BASE_URL before SENTRY_URL", {"url": ("base", "env", "near"), "token": ("near",)}, "base", None,
     "near"),
    ("no command line: the environment", {"url": ("env", "near", "home"), "org": ("env", "near", "home"),
                                          "token": ("env", "near", "home")}, "env", "env", "env"),
    ("no environment: the nearest .sentryclirc", {"url": ("near", "home"), "org": ("near", "home"),
                                                  "token": ("near", "home")}, "near", "near", "near"),
    ("only ~/.sentryclirc", {"url": ("home",), "org": ("home",), "token": ("home",)}, "home", "home", "home"),
    ("each setting from its own place", {"url": ("near", "home"), "org": ("home",), "token": ("env", "home")},
     "near", "home", "env"),
    ("the organization from SENTRY_ORG, the token from the nearest file",
     {"url": ("cli",), "org": ("env", "near"), "token": ("near", "home")}, "cli", "env", "near"),
    ("no organization anywhere: the deprecated path", {"url": ("env",), "token": ("home",)}, "env", None, "home"),
    ("--auth-token before SENTRY_AUTH_TOKEN and every file",
     {"url": ("env",), "token": ("cli", "env", "near", "home")}, "env", None, "cli"),
]
for name, row, url_place, org_place, token_place in table:
    rc, out, err, s, files = run(row, url_place, org_place, token_place)
    problems = []
    if rc != 0 or err:
        problems.append("exit %d, stderr %r" % (rc, err))
    if [q for _, q in s.requests] != [""]:
        problems.append("requests %r" % s.requests)
    check("%s: url from %s, org from %s, token from %s" % (name, url_place, org_place, token_place), problems)

# No token anywhere: the 401 says where it looked.
rc, out, err, s, files = run({"url": ("near",)}, "near", None, None)
want = "error: %s/api/0/issues/42/hashes/: HTTP 401 Unauthorized: Authentication credentials were not provided. " \
       "(no token was sent: SENTRY_AUTH_TOKEN is not set and auth.token is in none of %s)\n" % (s.base, files["near"])
check("no token in any place: the 401 names where it looked",
      [] if (rc, out, err) == (2, b"", want) else ["exit %d, stderr %r, expected %r" % (rc, err, want)])

# A token the server refuses: the 401 names the file it came from, never the token.
rc, out, err, s, files = run({"url": ("near",), "token": ("home",)}, "near", None, "other")
want = "error: %s/api/0/issues/42/hashes/: HTTP 401 Unauthorized: Invalid token (the token from %s (auth.token))\n" \
       % (s.base, files["home"])
check("a refused token from ~/.sentryclirc: the 401 names the file",
      [] if (rc, out, err) == (2, b"", want) else ["exit %d, stderr %r, expected %r" % (rc, err, want)])

# A token with a control character in a file: refused, naming the file, nothing sent.
with FakeSentry(pages, "x") as s, tempfile.TemporaryDirectory() as home:
    with open(os.path.join(home, ".sentryclirc"), "w") as f:
        f.write("[auth]\ntoken = abc\x01def\n")
    env = tool_env(None, HOME=home, SENTRY_URL=s.base)
    r = subprocess.run([cli, "fetch", "42"], env=env, cwd=home, capture_output=True, timeout=60)
    err = r.stderr.decode()
    want = "error: %s/.sentryclirc (auth.token): the token holds a control character (0x01 at byte 4 of 7); it is " \
           "not sent\n" % home
    check("a token with a control character in ~/.sentryclirc: refused before any request",
          ([] if (r.returncode, err) == (2, want) else ["exit %d, stderr %r" % (r.returncode, err)])
          + ([] if not s.requests and not s.log else ["the server saw %r" % s.log]))

finish()
