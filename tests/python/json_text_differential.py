#!/usr/bin/python3
# SPDX-License-Identifier: BSL-1.0
"""sentry_api::json_text against Python's own json.dumps, byte for byte.

Each case is a JSON text: every payload (the documented body, tests/data/fidelity/*.json and, when
../shared/corpus/real/ is there, every recorded payload) as it is and as Python writes it in other
styles, and generated values (random nesting, every escape, non-ASCII text, surrogate pairs,
integers at the 64-bit edges, floats that need 17 digits, -0, -0.0, 1E5, 1e-7), each written with
random white space, escapes Python would not write (\\/, \\u00e9, upper-case hex) and numbers in
other forms. The tool decodes each text as a json_text and writes it in every style; each output
must equal json.dumps(json.loads(text), ...) in the same style, with and without ensure_ascii.

usage: json_text_differential.py JSON_TEXT_DUMPS TEST_DATA_DIR SHARED_DIR"""

import json
import os
import random
import struct
import subprocess
import sys

from payloads import payload_files

STYLES = [
    ("compact", {"separators": (",", ":")}),
    ("python", {}),
    ("pretty-0", {"indent": 0}),
    ("pretty-2", {"indent": 2}),
    ("pretty-4", {"indent": 4}),
]

FIXED = [
    "-0", "-0.0", "1E5", "1e-7", "1.0E+2", "0.1", "5e-324", "1.7976931348623157e308", "2.2250738585072014E-308",
    "100000000000000000000.0", "1e16", "1e15", "123.456e-2", "0.30000000000000004", "-9223372036854775808",
    "9223372036854775807", "18446744073709551615", "0", "true", "false", "null", '""',
    '"\\/"', '"\\u00e9"', '"\\u00E9"', '"\\uD83D\\uDE00"', '"\\ud83d\\ude00"', '"\\u001F"', '"\\u000a"', '"\\u007f"',
    '"\\u0022\\u005C"', '"\x7f"', '"\u2028\u2029"', '"\ufeff"', '"\U0010ffff"',
    "[ 1 , 2 ]", '{ "a" : { } , "b" : [ ] }', " \t\n\r[\n]\n", '{"\\u0061":1,"a\\u0000b":2}', "[[[[[[[[[[]]]]]]]]]]",
    '{"a":{"b":{"c":[1,{"d":null}]}}}', '"' + "x" * 100 + '\\n' + "y" * 37 + '"',
]

# Integers at the edges of what a 64-bit integer holds, and floats that need 17 digits.
INTS = [0, 1, -1, 2**31, -2**31, 2**53 + 1, 2**63 - 1, -2**63, 2**63, 2**64 - 1]


def random_float(rng):
    choice = rng.random()
    if choice < 0.3:
        while True:
            f = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
            if f == f and f not in (float("inf"), float("-inf")):
                return f
    if choice < 0.6:
        return rng.random() * 10 ** rng.randint(-10, 20)
    return rng.choice([0.1 + 0.2, -0.0, 0.0, 5e-324, 1e16, 1e-5, 1e22, 1.5, 123456789.123456789])


def random_string(rng):
    pieces = []
    for _ in range(rng.randint(0, 12)):
        r = rng.random()
        if r < 0.3:
            pieces.append(chr(rng.randint(0x20, 0x7E)))
        elif r < 0.45:
            pieces.append(chr(rng.randint(0, 0x1F)))
        elif r < 0.55:
            pieces.append(rng.choice(['"', "\\", "/", "\x7f"]))
        elif r < 0.75:
            pieces.append(chr(rng.choice([rng.randint(0x80, 0x7FF), rng.randint(0x800, 0xD7FF), rng.randint(0xE000, 0xFFFF)])))
        elif r < 0.85:
            pieces.append(chr(rng.randint(0x10000, 0x10FFFF)))
        else:
            pieces.append("plain text " * rng.randint(1, 3))
    return "".join(pieces)


def random_value(rng, depth):
    r = rng.random()
    if depth > 6 or r < 0.45:
        k = rng.random()
        if k < 0.1:
            return None
        if k < 0.2:
            return rng.random() < 0.5
        if k < 0.45:
            return rng.choice(INTS) if rng.random() < 0.5 else rng.randint(-10**6, 10**6)
        if k < 0.65:
            return random_float(rng)
        return random_string(rng)
    if r < 0.7:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 5))]
    obj = {}
    for _ in range(rng.randint(0, 5)):
        obj[random_string(rng)] = random_value(rng, depth + 1)
    return obj


def ws(rng):
    return "".join(rng.choice(" \t\n\r") for _ in range(rng.choice([0, 0, 0, 1, 2])))


def write_string(rng, s):
    out = ['"']
    for ch in s:
        c = ord(ch)
        r = rng.random()
        if ch in '"\\':
            out.append("\\" + ch if r < 0.7 else "\\u%04x" % c)
        elif ch in "\b\f\n\r\t" and r < 0.6:
            out.append({"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch])
        elif c < 0x20 or r < 0.15:
            if c > 0xFFFF:
                c -= 0x10000
                hi, lo = 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)
                text = "\\u%04x\\u%04x" % (hi, lo)
            else:
                text = "\\u%04x" % c
            out.append(text.upper().replace("\\U", "\\u") if rng.random() < 0.5 else text)
        elif ch == "/" and r < 0.5:
            out.append("\\/")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def write_number(rng, v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v) if v != 0 or rng.random() < 0.7 else "-0"
    r = rng.random()
    text = repr(v)
    if r < 0.3:
        return "%.17g" % v if "e" in "%.17g" % v or "." in "%.17g" % v else "%.17g" % v + ".0"
    if r < 0.5:
        return text.replace("e", "E")
    return text


def write_value(rng, v):
    """JSON text of `v`, written the way other writers might."""
    if v is None:
        return "null"
    if isinstance(v, (bool, int, float)):
        return write_number(rng, v)
    if isinstance(v, str):
        return write_string(rng, v)
    if isinstance(v, list):
        return "[" + ws(rng) + ("," + ws(rng)).join(write_value(rng, e) + ws(rng) for e in v) + "]"
    return "{" + ws(rng) + ("," + ws(rng)).join(
        write_string(rng, k) + ws(rng) + ":" + ws(rng) + write_value(rng, e) + ws(rng) for k, e in v.items()) + "}"


def cases(data_dir, shared_dir):
    out = [(f"fixed {i}", t) for i, t in enumerate(FIXED)]
    files = payload_files(data_dir, shared_dir)
    if not files:
        raise SystemExit(f"no payloads in {data_dir}/fidelity")
    rng = random.Random(20261203)
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        value = json.loads(text)
        out.append((name, text))
        out.append((name + " ascii indent 4", json.dumps(value, indent=4)))
        out.append((name + " compact", json.dumps(value, separators=(",", ":"), ensure_ascii=False)))
        out.append((name + " rewritten", write_value(rng, value)))
    for i in range(600):
        out.append((f"generated {i}", write_value(rng, random_value(rng, 0))))
    return out


def main():
    tool, data_dir, shared_dir = sys.argv[1:4]
    all_cases = cases(data_dir, shared_dir)
    feed = b"".join(text.encode("utf-8") + b"\0" for _, text in all_cases)
    run = subprocess.run([tool], input=feed, capture_output=True)
    if run.returncode != 0:
        print(f"FAIL {tool} exited {run.returncode}: {run.stderr.decode('utf-8', 'replace')}")
        return 1
    outputs = run.stdout.split(b"\0")
    passed = failed = 0
    at = 0
    for name, text in all_cases:
        value = json.loads(text)
        for style, kw in STYLES:
            for ascii in (False, True):
                expected = json.dumps(value, ensure_ascii=ascii, **kw).encode("utf-8")
                got = outputs[at] if at < len(outputs) else b"<missing>"
                at += 1
                if got == expected:
                    passed += 1
                else:
                    failed += 1
                    if failed <= 20:
                        print(f"FAIL {name} {style}{' ascii' if ascii else ''}: input {text[:80]!r}\n"
                              f"  ours   {got[:160]!r}\n  python {expected[:160]!r}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
