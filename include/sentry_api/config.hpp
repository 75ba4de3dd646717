// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CONFIG_HPP
#define SENTRY_API_CONFIG_HPP

#include <boost/config.hpp>

// How the library's non-template functions are declared: inline in the header-only mode (their
// definitions follow in impl/*.ipp), and defined once, by <sentry_api/src.hpp>, in the
// separately compiled mode (SENTRY_API_SEPARATE_COMPILATION).
#ifdef SENTRY_API_SEPARATE_COMPILATION
#define SENTRY_API_DECL
#else
#define SENTRY_API_DECL inline
#endif

// The reader's and writer's steps of one token or byte run: forced inline where the compiler
// optimizes, so that the position in the text stays in a register across them; merely inline
// in an unoptimized build, where forcing it would only make compiling slower.
#if defined(__GNUC__) && !defined(__OPTIMIZE__)
#define SENTRY_API_HOT_INLINE inline
#else
#define SENTRY_API_HOT_INLINE BOOST_FORCEINLINE
#endif

#endif
