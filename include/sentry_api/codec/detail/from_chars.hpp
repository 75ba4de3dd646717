// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_FROM_CHARS_HPP
#define SENTRY_API_CODEC_DETAIL_FROM_CHARS_HPP

// Floating-point text to a double, as std::from_chars reads it: with the standard library's own
// std::from_chars where it has one (libstdc++ 11+, MSVC), with fast_float (header-only, the
// algorithm libstdc++ uses) where it has none (libc++ up to 19 at least). Defining
// SENTRY_API_USE_FAST_FLOAT to 1 chooses fast_float everywhere; it must then be defined for the
// whole program, like SENTRY_API_SEPARATE_COMPILATION.

#include <charconv>
#include <cmath>
#include <system_error>

#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
#define SENTRY_API_DETAIL_HAS_STD_FROM_CHARS_DOUBLE 1
#else
#define SENTRY_API_DETAIL_HAS_STD_FROM_CHARS_DOUBLE 0
#endif

#ifndef SENTRY_API_USE_FAST_FLOAT
#define SENTRY_API_USE_FAST_FLOAT (!SENTRY_API_DETAIL_HAS_STD_FROM_CHARS_DOUBLE)
#endif

#if SENTRY_API_USE_FAST_FLOAT
#if defined(__has_include)
#if !__has_include(<fast_float/fast_float.h>)
#error "sentry_api: this standard library has no floating-point std::from_chars, so sentry_api needs fast_float (https://github.com/fastfloat/fast_float; Debian: libfast-float-dev) on the include path"
#endif
#endif
#include <fast_float/fast_float.h>
#endif

namespace sentry_api::codec::detail {

struct from_chars_double_result {
    char const* ptr;
    std::errc ec;
};

#if SENTRY_API_DETAIL_HAS_STD_FROM_CHARS_DOUBLE
inline from_chars_double_result std_from_chars_double(char const* first, char const* last, double& d) noexcept
{
    auto r = std::from_chars(first, last, d);
    return {r.ptr, r.ec};
}
#endif

#if SENTRY_API_USE_FAST_FLOAT
// fast_float 3.9 differs from std::from_chars in two ways, both undone here: it skips leading
// white space, and it gives infinity or zero, with no error, for a value out of range.
inline from_chars_double_result fast_float_from_chars_double(char const* first, char const* last,
                                                             double& d) noexcept
{
    if (first != last) {
        char c = *first;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r')
            return {first, std::errc::invalid_argument};
    }
    double v = 0;
    auto r = fast_float::from_chars(first, last, v);
    if (r.ec != std::errc())
        return {r.ptr, r.ec};
    if (std::isinf(v)) {
        // "inf" and "infinity" are read as such; only a number written with digits overflows.
        for (char const* p = first; p != r.ptr; ++p)
            if (*p >= '0' && *p <= '9')
                return {r.ptr, std::errc::result_out_of_range};
    } else if (v == 0) {
        // Zero from a nonzero mantissa is an underflow.
        for (char const* p = first; p != r.ptr && *p != 'e' && *p != 'E'; ++p)
            if (*p >= '1' && *p <= '9')
                return {r.ptr, std::errc::result_out_of_range};
    }
    d = v;
    return {r.ptr, r.ec};
}
#endif

// std::from_chars(first, last, d) for a double, on every standard library.
inline from_chars_double_result from_chars_double(char const* first, char const* last, double& d) noexcept
{
#if SENTRY_API_USE_FAST_FLOAT
    return fast_float_from_chars_double(first, last, d);
#else
    return std_from_chars_double(first, last, d);
#endif
}

} // namespace sentry_api::codec::detail

#endif
