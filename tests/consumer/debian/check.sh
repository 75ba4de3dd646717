#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Usage: tests/consumer/debian/check.sh BUILD_DIR   (as root, from the project's root; run by .ci/run)
# Builds the Debian packages sentry-api-dev and sentry-api with CPack from a Release build of the
# library and the tool alone, installs them with dpkg -i, checks what they declare they need,
# builds and runs the find_package (its components too) and pkg-config consumers against the
# installed files only (/usr), runs the installed tool, and purges both packages again, also when
# a step fails.
set -euo pipefail
build=$1
packages=(sentry-api sentry-api-dev)
out=$(mktemp -d)
purge() { dpkg --purge "${packages[@]}" >/dev/null 2>&1 || true; }  # checked below, where it matters
trap 'rm -rf "$out"; purge' EXIT

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DSENTRY_API_BUILD_TESTS=OFF -DSENTRY_API_BUILD_EXAMPLES=OFF -DSENTRY_API_BUILD_TOOL=ON
cmake --build "$build"
(cd "$build" && rm -f ./*.deb && cpack -G DEB)

purge  # a package left by an earlier run is not what this build made
dpkg -i "$build"/sentry-api-dev_*.deb "$build"/sentry-api_*.deb
version=$(dpkg-query -W -f='${Version}' sentry-api-dev)
version=${version%-*}  # the Debian revision off: 0.2.0-1 is 0.2.0
echo "installed: $(dpkg-query -W -f='${Package} ${Version}, ' "${packages[@]}")"
[ -f /usr/include/sentry_api/version.hpp ] && [ -f /usr/share/pkgconfig/sentry_api.pc ] \
  && [ -f /usr/share/cmake/sentry_api/sentry_api-config.cmake ] && [ -x /usr/bin/sentry-api ]
cmp LICENSE /usr/share/doc/sentry-api-dev/copyright
cmp LICENSE /usr/share/doc/sentry-api/copyright
cmp CHANGELOG.md /usr/share/doc/sentry-api-dev/CHANGELOG.md

# What each part needs is declared: the library's Boost, and the client's development files
# (OpenSSL, zlib, Boost.URL). The package holds a static library: it is of an architecture, and
# so is its CMake package (the version file checks the pointer size).
dev_deb=$(ls "$build"/sentry-api-dev_*.deb)
declared() {  # declared FIELD PACKAGE...
  field=$(dpkg-deb -f "$dev_deb" "$1"); shift
  for need in "$@"; do
    if ! grep -Eq "(^|[ ,|])$need( |,|$)" <<<"$field"; then
      echo "sentry-api-dev does not declare $need: '$field'" >&2; exit 1
    fi
  done
}
declared Depends libboost1.81-dev libboost-json1.81-dev
declared Recommends libssl-dev zlib1g-dev libboost-url1.81-dev
[ "$(dpkg-deb -f "$dev_deb" Architecture)" = "$(dpkg --print-architecture)" ]
grep -q CMAKE_SIZEOF_VOID_P /usr/share/cmake/sentry_api/sentry_api-config-version.cmake

# find_package: from /usr, nothing of this source tree on any path.
cmake -S tests/consumer/find_package -B "$out/find" -G Ninja -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON
grep -qx 'sentry_api_DIR:PATH=/usr/share/cmake/sentry_api' "$out/find/CMakeCache.txt"
if grep -q -- "-I$(pwd)/include" "$out/find/build.ninja"; then
  echo "the find_package consumer includes the source tree's headers" >&2; exit 1
fi
cmake --build "$out/find"
"$out/find/consumer" | tee "$out/consumer.out"
[ "$(head -n 1 "$out/consumer.out")" = "sentry_api $version" ]
"$out/find/compiled_consumer" tests/data/issue-hashes-response.json
"$out/find/client_consumer"

# pkg-config: /usr/share/pkgconfig/sentry_api.pc.
[ "$(pkg-config --modversion sentry_api)" = "$version" ]
tests/consumer/pkg_config/build.sh /usr "$out/pc"
[ "$("$out/pc" | head -n 1)" = "sentry_api $version" ]

# The installed tool.
[ "$(sentry-api --version)" = "sentry-api $version" ]
sentry-api roundtrip --style pretty tests/data/issue-hashes-response.json | cmp tests/data/issue-hashes-response.json -
sentry-api validate tests/data/issue-hashes-response.json

purge
trap 'rm -rf "$out"' EXIT
for gone in /usr/include/sentry_api.hpp /usr/include/sentry_api /usr/bin/sentry-api /usr/share/cmake/sentry_api \
  /usr/share/pkgconfig/sentry_api.pc /usr/share/doc/sentry-api-dev; do
  if [ -e "$gone" ]; then echo "$gone is left after the purge" >&2; exit 1; fi
done
if dpkg-query -W "${packages[@]}" >/dev/null 2>&1; then echo "a package is still known to dpkg" >&2; exit 1; fi
echo "packages built, installed, consumed and purged: ${packages[*]} $version"
