// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CONFIG_HPP
#define SENTRY_API_CONFIG_HPP

// How the library's non-template functions are declared: inline in the header-only mode (their
// definitions follow in impl/*.ipp), and defined once, by <sentry_api/src.hpp>, in the
// separately compiled mode (SENTRY_API_SEPARATE_COMPILATION).
#ifdef SENTRY_API_SEPARATE_COMPILATION
#define SENTRY_API_DECL
#else
#define SENTRY_API_DECL inline
#endif

#endif
