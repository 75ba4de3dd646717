"""The tally of a client test script: `check(name, problems)` prints one line a case (`ok` or a
`FAIL` line a problem); `finish()` prints the counts and exits 1 if any case failed."""

import sys

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
