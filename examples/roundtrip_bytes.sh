#!/bin/sh
# SPDX-License-Identifier: BSL-1.0
# Usage: roundtrip_bytes.sh SENTRY_API FILE
# Fails unless `SENTRY_API roundtrip --style pretty FILE` writes FILE back byte for byte.
set -eu
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$1" roundtrip --style pretty "$2" >"$out"
cmp "$2" "$out"
