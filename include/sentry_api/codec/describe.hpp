#ifndef SENTRY_API_CODEC_DESCRIBE_HPP
#define SENTRY_API_CODEC_DESCRIBE_HPP

#include <boost/describe/class.hpp>

/// `BOOST_DESCRIBE_STRUCT(C, Bases, Members)`, quiet under clang's `-Wpedantic` in C++17, which
/// otherwise warns that an empty base list `()` leaves a variadic macro argument empty.
#if defined(__clang__)
#define SENTRY_API_DESCRIBE_STRUCT(C, Bases, Members)                                                 \
    _Pragma("clang diagnostic push")                                                                  \
        _Pragma("clang diagnostic ignored \"-Wgnu-zero-variadic-macro-arguments\"")                   \
            BOOST_DESCRIBE_STRUCT(C, Bases, Members) _Pragma("clang diagnostic pop")
#else
#define SENTRY_API_DESCRIBE_STRUCT(C, Bases, Members) BOOST_DESCRIBE_STRUCT(C, Bases, Members)
#endif

#endif
