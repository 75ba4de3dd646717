#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Checks that every place that names the project's version names the same one.

Usage: version_check.py PROJECT_ROOT BUILD_VERSION

BUILD_VERSION is the version of the build system that runs the test (CMake's PROJECT_VERSION,
Meson's meson.project_version()). The version of include/sentry_api/version.hpp must equal it,
the literal of meson.build's project() (so a CMake build catches a Meson that was forgotten),
CMakeLists.txt's project() (read from version.hpp, or a literal), and CHANGELOG.md must have a
section for it.
"""
import os
import re
import sys


def read(root, name):
    with open(os.path.join(root, name), encoding='utf-8') as f:
        return f.read()


def header_version(root):
    text = read(root, 'include/sentry_api/version.hpp')
    parts = []
    for part in ('MAJOR', 'MINOR', 'PATCH'):
        found = re.findall(r'^#define SENTRY_API_VERSION_%s (\d+)$' % part, text, re.M)
        if len(found) != 1:
            raise SystemExit('version.hpp: expected one "#define SENTRY_API_VERSION_%s N"' % part)
        parts.append(str(int(found[0])))
    return '.'.join(parts)


def main():
    root, build_version = sys.argv[1], sys.argv[2]
    version = header_version(root)
    print('version.hpp: %s' % version)
    problems = []
    if build_version != version:
        problems.append('the build system says %s' % build_version)

    meson = re.search(r"^project\('sentry_api',[^)]*?\bversion: '([^']*)'", read(root, 'meson.build'), re.M | re.S)
    if not meson:
        problems.append("meson.build: no version: '...' in project()")
    elif meson.group(1) != version:
        problems.append('meson.build says %s' % meson.group(1))

    cmake = read(root, 'CMakeLists.txt')
    literal = re.search(r'^project\(sentry_api VERSION (\d[\d.]*)', cmake, re.M)
    if literal and literal.group(1) != version:
        problems.append('CMakeLists.txt says %s' % literal.group(1))
    if not literal and 'include/sentry_api/version.hpp' not in cmake:
        problems.append('CMakeLists.txt neither names a version nor reads version.hpp')

    if not re.search(r'^## \[%s\] - \d{4}-\d{2}-\d{2}$' % re.escape(version), read(root, 'CHANGELOG.md'), re.M):
        problems.append('CHANGELOG.md has no "## [%s] - YYYY-MM-DD" section' % version)

    for problem in problems:
        print('disagrees with version.hpp: ' + problem)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
