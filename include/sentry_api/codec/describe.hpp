// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DESCRIBE_HPP
#define SENTRY_API_CODEC_DESCRIBE_HPP

#include <boost/describe/class.hpp>

/// `BOOST_DESCRIBE_STRUCT(C, Bases, Members)`, quiet under clang's `-Wpedantic` in C++17, which
/// otherwise warns that an empty base list `()` leaves a variadic macro argument empty: clang 14
/// calls it `-Wgnu-zero-variadic-macro-arguments`, clang 19 `-Wc++20-extensions` ("passing no
/// argument for the '...' parameter of a variadic macro is a C++20 extension"). Both are silenced
/// for the description alone.
#if defined(__clang__)
#define SENTRY_API_DESCRIBE_STRUCT(C, Bases, Members)                                                 \
    _Pragma("clang diagnostic push")                                                                  \
        _Pragma("clang diagnostic ignored \"-Wgnu-zero-variadic-macro-arguments\"")                   \
            _Pragma("clang diagnostic ignored \"-Wc++20-extensions\"")                                \
                BOOST_DESCRIBE_STRUCT(C, Bases, Members) _Pragma("clang diagnostic pop")
#else
#define SENTRY_API_DESCRIBE_STRUCT(C, Bases, Members) BOOST_DESCRIBE_STRUCT(C, Bases, Members)
#endif

#endif
