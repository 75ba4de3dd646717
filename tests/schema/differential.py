#!/usr/bin/python3
# SPDX-License-Identifier: BSL-1.0
"""The same verdicts from three validators: sentry-api's own `validate`, Ajv 8 (draft 2020-12,
ajv-formats) and Python's jsonschema (Draft202012Validator with a format checker), over the
exported JSON Schema, for every case of tests/data/validation_cases.json, the documented
payload and every recorded payload in ../shared/corpus/real/ (when that folder is there).

usage: differential.py SENTRY_API_CLI TEST_DATA_DIR SHARED_DIR"""

import copy
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))


def tokens(pointer):
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def parent_of(doc, pointer):
    parts = tokens(pointer)
    for t in parts[:-1]:
        doc = doc[int(t)] if isinstance(doc, list) else doc[t]
    return doc, parts[-1]


def build(case, bases):
    doc = copy.deepcopy(case["document"] if "document" in case else bases[case["base"]])
    for pointer, value in case.get("set", []):
        parent, last = parent_of(doc, pointer)
        if isinstance(parent, list):
            parent[int(last)] = value
        else:
            parent[last] = value
    for pointer in case.get("remove", []):
        parent, last = parent_of(doc, pointer)
        del parent[int(last) if isinstance(parent, list) else last]
    return doc


def detect(doc):
    if isinstance(doc, dict):
        return "event"
    first = doc[0] if doc else None
    events = isinstance(first, dict) and "eventID" in first and "latestEvent" not in first
    return "events" if events else "hashes"


def main():
    cli, data_dir, shared_dir = sys.argv[1:4]
    if not os.path.isdir(os.path.join(HERE, "node_modules", "ajv")):
        print(f"Ajv is not installed: run `npm install --prefix {HERE}` first")
        return 1
    with open(os.path.join(data_dir, "validation_cases.json"), encoding="utf-8") as f:
        table = json.load(f)

    documents = []  # (name, type, document, expected verdict or None)
    for case in table["cases"]:
        documents.append((case["name"], case["type"], build(case, table["bases"]), not case["violations"]))
    with open(os.path.join(data_dir, "issue-hashes-response.json"), encoding="utf-8") as f:
        documents.append(("documented payload", "hashes", json.load(f), True))
    corpus = os.path.join(shared_dir, "corpus", "real")
    if os.path.isdir(corpus):
        for name in sorted(os.listdir(corpus)):
            if name.endswith(".json"):
                with open(os.path.join(corpus, name), encoding="utf-8") as f:
                    doc = json.load(f)
                documents.append((name, detect(doc), doc, True))
    else:
        print(f"no corpus at {corpus}: recorded payloads not compared")

    types = sorted({t for _, t, _, _ in documents})
    schemas = {t: json.loads(subprocess.run([cli, "schema", "--type", t], check=True,
                                            capture_output=True).stdout) for t in types}
    for schema in schemas.values():
        jsonschema.Draft202012Validator.check_schema(schema)

    with tempfile.TemporaryDirectory() as tmp:
        batch = os.path.join(tmp, "batch.json")
        with open(batch, "w", encoding="utf-8") as f:
            json.dump({"schemas": schemas,
                       "documents": [{"type": t, "document": d} for _, t, d, _ in documents]}, f)
        ajv = json.loads(subprocess.run(["node", os.path.join(HERE, "ajv_check.js"), batch], check=True,
                                        capture_output=True, cwd=HERE).stdout)

        python = {t: jsonschema.Draft202012Validator(
            s, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER) for t, s in schemas.items()}
        passed = failed = 0
        for (name, t, doc, expected), ajv_valid in zip(documents, ajv):
            path = os.path.join(tmp, "doc.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(doc, f)
            run = subprocess.run([cli, "validate", "--type", t, path], capture_output=True, text=True)
            if run.returncode not in (0, 1):
                print(f"FAIL {name}: sentry-api validate exited {run.returncode}: {run.stderr.strip()}")
                failed += 1
                continue
            ours = run.returncode == 0
            theirs = python[t].is_valid(doc)
            verdicts = {"sentry-api": ours, "ajv": ajv_valid, "jsonschema": theirs}
            if expected is not None:
                verdicts["table"] = expected
            if len(set(verdicts.values())) == 1:
                passed += 1
            else:
                failed += 1
                print(f"FAIL {name}: " + ", ".join(f"{k} says {'valid' if v else 'invalid'}"
                                                   for k, v in verdicts.items()))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
