#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Writes out every whole program of the documentation, so that the test suite compiles and runs it.

usage: extract.py OUT_DIR PAGE.md...

A whole program is a fenced ```cpp block that holds `int main`. It is written to
OUT_DIR/<page>_<n>.cpp (<page> is the file's name without .md, lower case; <n> counts the
page's programs from 1). When the next fenced block is an ```output block, its text is what the
program must print, written to OUT_DIR/<page>_<n>.out. Files are rewritten only when they
change (so that nothing is rebuilt for nothing), stale ones are removed, and the stems are
printed as a CMake list.
"""
import pathlib
import re
import sys

FENCE = re.compile(r"^\s*(```+|~~~+)\s*([^\s`]*)\s*$")


def blocks(text):
    """(info string, body) of every fenced block, in order."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info = m.group(1), m.group(2)
        body = []
        i += 1
        while i < len(lines) and not lines[i].lstrip().startswith(fence):
            body.append(lines[i])
            i += 1
        if i == len(lines):
            sys.exit(f"extract.py: a fenced block is not closed ({info or 'no language'})")
        i += 1
        yield info, "\n".join(body) + "\n"


def write_if_changed(path, text):
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    wanted = set()
    stems = []
    for page in sys.argv[2:]:
        page = pathlib.Path(page)
        name = re.sub(r"[^a-z0-9]+", "_", page.stem.lower())
        found = list(blocks(page.read_text()))
        n = 0
        for k, (info, body) in enumerate(found):
            if info != "cpp" or not re.search(r"\bint\s+main\s*\(", body):
                continue
            n += 1
            stem = f"{name}_{n}"
            source = f"// Extracted from {page.name} by tests/docs/extract.py: edit it there.\n" + body
            write_if_changed(out / f"{stem}.cpp", source)
            wanted.add(f"{stem}.cpp")
            if k + 1 < len(found) and found[k + 1][0] == "output":
                write_if_changed(out / f"{stem}.out", found[k + 1][1])
                wanted.add(f"{stem}.out")
            stems.append(stem)
    for f in out.iterdir():
        if f.suffix in (".cpp", ".out") and f.name not in wanted:
            f.unlink()
    print(";".join(stems), end="")


if __name__ == "__main__":
    main()
