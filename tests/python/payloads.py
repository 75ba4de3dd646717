# SPDX-License-Identifier: BSL-1.0
"""The payloads the differential tests compare: tests/data/fidelity/*.json, the documented body,
and every recorded payload of ../shared/corpus/real/ when that folder is there."""

import glob
import os


def payload_files(data_dir, shared_dir):
    """Their paths; an empty list when tests/data/fidelity holds none."""
    files = sorted(glob.glob(os.path.join(data_dir, "fidelity", "*.json")))
    if not files:
        return []
    files.append(os.path.join(data_dir, "issue-hashes-response.json"))
    corpus = os.path.join(shared_dir, "corpus", "real")
    if os.path.isdir(corpus):
        files += sorted(glob.glob(os.path.join(corpus, "*.json")))
    else:
        print(f"no corpus at {corpus}: recorded payloads not compared")
    return files
