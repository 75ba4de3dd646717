// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_VERSION_HPP
#define SENTRY_API_VERSION_HPP

/// @file
/// The library's version, as macros a program can test with `#if`.
///
/// The version follows semantic versioning, read for 0.x as docs/build.md says: a minor version
/// (0.2 to 0.3) may break the public API and says how in CHANGELOG.md; a patch version never
/// does. CMake's and Meson's project versions are this one (a test checks).
///
/// @code
/// #include <sentry_api/version.hpp>
/// #if SENTRY_API_VERSION >= 200   // 0.2.0 or newer: json_text, required_key
/// #endif
/// @endcode

/// The major version: 0 while the API may still change with a minor version.
#define SENTRY_API_VERSION_MAJOR 0
/// The minor version.
#define SENTRY_API_VERSION_MINOR 2
/// The patch version.
#define SENTRY_API_VERSION_PATCH 0

/// The version as one number, `MAJOR * 10000 + MINOR * 100 + PATCH` (0.2.0 is 200), as
/// `FMT_VERSION` is.
#define SENTRY_API_VERSION                                                                              \
    (SENTRY_API_VERSION_MAJOR * 10000 + SENTRY_API_VERSION_MINOR * 100 + SENTRY_API_VERSION_PATCH)

#define SENTRY_API_DETAIL_STRINGIZE_(x) #x
#define SENTRY_API_DETAIL_STRINGIZE(x) SENTRY_API_DETAIL_STRINGIZE_(x)

/// The version as a string literal, "MAJOR.MINOR.PATCH" ("0.2.0").
#define SENTRY_API_VERSION_STRING                                                                       \
    SENTRY_API_DETAIL_STRINGIZE(SENTRY_API_VERSION_MAJOR)                                               \
    "." SENTRY_API_DETAIL_STRINGIZE(SENTRY_API_VERSION_MINOR) "." SENTRY_API_DETAIL_STRINGIZE(SENTRY_API_VERSION_PATCH)

#endif
