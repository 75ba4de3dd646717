#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Checks that every source file of the project starts with its SPDX license line.

Usage: spdx_check.py PROJECT_ROOT

Walks include/, src/, examples/, tests/, bench/, fuzz/, cmake/ and .ci/ (and the root's build
files). A file that can hold a comment must have `// SPDX-License-Identifier: BSL-1.0` (C++,
JavaScript) or `# SPDX-License-Identifier: BSL-1.0` (Python, shell, CMake, Meson, configured
`.in` files, scripts with a shebang) as its first line, or as its second after a shebang.
Exempt, because they are data that cannot hold a comment or must stay byte for byte as
recorded: .json, .md, .txt (other than CMakeLists.txt and meson_options.txt), .headers, .dict,
and everything under tests/data/ and fuzz/seeds/. A file of any other kind fails as
unclassified, so that a new kind of file is decided here rather than skipped.
"""
import os
import sys

LINE = 'SPDX-License-Identifier: BSL-1.0'
FOLDERS = ['include', 'src', 'examples', 'tests', 'bench', 'fuzz', 'cmake', '.ci']
ROOT_FILES = ['CMakeLists.txt', 'meson.build', 'meson_options.txt']
SLASH_SUFFIXES = ('.hpp', '.ipp', '.cpp', '.h', '.js')
HASH_SUFFIXES = ('.py', '.sh', '.cmake', '.in')
HASH_NAMES = ('CMakeLists.txt', 'meson.build', 'meson_options.txt')
EXEMPT_SUFFIXES = ('.json', '.md', '.txt', '.headers', '.dict')
EXEMPT_FOLDERS = ('tests/data/', 'fuzz/seeds/')
SKIPPED_DIRS = {'node_modules', '__pycache__'}  # installed or generated, not ours


def comment_of(path, head):
    """The comment marker the file's SPDX line takes, None if exempt, '?' if unclassified."""
    name = os.path.basename(path)
    if path.startswith(EXEMPT_FOLDERS):
        return None
    if name in HASH_NAMES or name.endswith(HASH_SUFFIXES) or head.startswith(b'#!'):
        return '#'
    if name.endswith(SLASH_SUFFIXES):
        return '//'
    if name.endswith(EXEMPT_SUFFIXES):
        return None
    return '?'


def problem(root, path):
    """What is wrong with one file, or None."""
    with open(os.path.join(root, path), 'rb') as f:
        text = f.read(4096)
    marker = comment_of(path, text)
    if marker is None:
        return None
    if marker == '?':
        return 'unclassified: give it an SPDX line or exempt its kind in tests/release/spdx_check.py'
    lines = text.decode('utf-8', 'replace').split('\n')
    first = 1 if lines[0].startswith('#!') else 0
    expected = marker + ' ' + LINE
    if len(lines) <= first or lines[first].rstrip('\r') != expected:
        return 'line %d is not "%s"' % (first + 1, expected)
    return None


def files(root):
    for name in ROOT_FILES:
        if os.path.isfile(os.path.join(root, name)):
            yield name
    for folder in FOLDERS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, folder)):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
            for name in sorted(filenames):
                yield os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, '/')


def main():
    root = sys.argv[1]
    checked = 0
    failures = []
    for path in files(root):
        checked += 1
        why = problem(root, path)
        if why:
            failures.append('%s: %s' % (path, why))
    for failure in failures:
        print(failure)
    print('%d files walked, %d without their SPDX line' % (checked, len(failures)))
    if checked < 100:  # the walk itself went wrong (a wrong root)
        print('too few files: is %s the project root?' % root)
        return 1
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
