#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Runs a program of the documentation: it must exit with 0 and, when the page shows what it
prints (EXPECTED, an ```output block), print exactly that.

usage: run.py PROGRAM [EXPECTED]
"""
import subprocess
import sys

r = subprocess.run([sys.argv[1]], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
sys.stderr.write(r.stderr.decode(errors="replace"))
out = r.stdout.decode(errors="replace")
if r.returncode != 0:
    sys.stdout.write(out)
    sys.exit(f"the program exited with {r.returncode}")
if len(sys.argv) > 2:
    with open(sys.argv[2]) as f:
        expected = f.read()
    if out != expected:
        sys.exit(f"it printed:\n{out}\nwhere the page says:\n{expected}")
print("ok")
