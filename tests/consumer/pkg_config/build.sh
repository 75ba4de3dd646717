#!/bin/sh
# SPDX-License-Identifier: BSL-1.0
# Usage: build.sh PREFIX OUT
# Builds the consumer with the flags of the sentry_api.pc installed under PREFIX.
set -eu
here=$(dirname "$0")
PKG_CONFIG_PATH="$1/share/pkgconfig" pkg-config --exists --print-errors sentry_api
flags=$(PKG_CONFIG_PATH="$1/share/pkgconfig" pkg-config --cflags --libs sentry_api)
# shellcheck disable=SC2086
"${CXX:-c++}" -std=c++17 -Wall -Wextra -Wpedantic -Werror "$here/../find_package/main.cpp" $flags -o "$2"
