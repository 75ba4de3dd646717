#!/usr/bin/python3
# SPDX-License-Identifier: BSL-1.0
"""Our writer against Python's own `json.dumps`, byte for byte.

For every payload (tests/data/fidelity/*.json, the documented body, and every recorded payload
of ../shared/corpus/real/ when that folder is there), `sentry-api roundtrip` in each style
(pretty with indent 2, 4 and 0, python, compact), with and without --ascii, must print exactly
what `json.dumps(json.load(file), ...)` prints in the same style. A payload that Python wrote
(it equals one of those dumps, with or without a final newline) must come back byte for byte
from `roundtrip --style auto`.

usage: dumps_differential.py SENTRY_API_CLI TEST_DATA_DIR SHARED_DIR"""

import json
import os
import subprocess
import sys

from payloads import payload_files

STYLES = [
    ("pretty-2", ["--style", "pretty", "--indent", "2"], {"indent": 2}),
    ("pretty-4", ["--style", "pretty", "--indent", "4"], {"indent": 4}),
    ("pretty-0", ["--style", "pretty", "--indent", "0"], {"indent": 0}),
    ("python", ["--style", "python"], {}),
    ("compact", ["--style", "compact"], {"separators": (",", ":")}),
]

# Recorded payloads that Python's json.dumps wrote: `--style auto` must give them back whole.
PYTHON_WRITTEN = ("01_", "02_", "04_", "05_", "06_")


def python_written(text, value):
    """The dumps arguments that reproduce `text` exactly, or None."""
    for _, _, kw in STYLES:
        for ascii in (True, False):
            out = json.dumps(value, ensure_ascii=ascii, **kw)
            if text in (out, out + "\n"):
                return kw, ascii
    return None


def main():
    cli, data_dir, shared_dir = sys.argv[1:4]
    files = payload_files(data_dir, shared_dir)
    if not files:
        print(f"no payloads in {data_dir}/fidelity")
        return 1

    passed = failed = 0

    def check(name, ok, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {name}{': ' + detail if detail else ''}")

    for path in files:
        name = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        value = json.loads(text)
        for style, args, kw in STYLES:
            for ascii in (False, True):
                expected = json.dumps(value, ensure_ascii=ascii, **kw).encode("utf-8")
                run = subprocess.run([cli, "roundtrip", *args, *(["--ascii"] if ascii else []), path],
                                     capture_output=True)
                label = f"{name} {style}{' --ascii' if ascii else ''}"
                if run.returncode != 0:
                    check(label, False, run.stderr.decode("utf-8", "replace").strip())
                    continue
                check(label, run.stdout == expected, first_difference(run.stdout, expected))
        written = python_written(text, value)
        must = name.startswith(PYTHON_WRITTEN) or os.path.dirname(path).endswith("fidelity") or \
            name == "issue-hashes-response.json"
        if must:
            check(f"{name} is written by json.dumps", written is not None)
        if written is not None:
            run = subprocess.run([cli, "roundtrip", "--style", "auto", path], capture_output=True)
            with open(path, "rb") as f:
                original = f.read()
            check(f"{name} --style auto", run.returncode == 0 and run.stdout == original,
                  run.stderr.decode("utf-8", "replace").strip() or first_difference(run.stdout, original))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def first_difference(a, b):
    n = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
    if n == len(a) == len(b):
        return ""
    return f"first difference at byte {n}: ours {a[max(0, n - 30):n + 30]!r}, python {b[max(0, n - 30):n + 30]!r}"


if __name__ == "__main__":
    sys.exit(main())
