// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_PYTHON_FLOAT_HPP
#define SENTRY_API_CODEC_DETAIL_PYTHON_FLOAT_HPP

// Doubles written as Python's repr() writes them: the shortest digits that read back to the same
// double, in fixed notation when the decimal exponent is in [-4, 16), else as d.ddde+XX.

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>

namespace sentry_api::codec::detail {

// A fixed buffer to write one float into (`write_python_float`; a repr is at most about 24
// bytes): no allocation. What does not fit is cut off.
struct fixed_text {
    char data[48];
    std::size_t size = 0;
    void append(char const* p, std::size_t n) noexcept
    {
        n = std::min(n, sizeof data - size);
        std::memcpy(data + size, p, n);
        size += n;
    }
};

template<class String>
void write_python_float(String& out, double d)
{
    if (std::isnan(d)) {
        out.append("NaN", 3);
        return;
    }
    if (std::isinf(d)) {
        if (d < 0)
            out.append("-Infinity", 9);
        else
            out.append("Infinity", 8);
        return;
    }
    if (d == 0) {
        if (std::signbit(d))
            out.append("-0.0", 4);
        else
            out.append("0.0", 3);
        return;
    }
    char buf[40];
    auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    // buf holds [-]D[.DDD]e(+|-)XX; the text is put together in `text`, then appended at once.
    char const* p = buf;
    char text[48];
    char* t = text;
    if (*p == '-')
        *t++ = *p++;
    char digits[20];
    std::size_t n = 0;
    for (; *p != 'e'; ++p)
        if (*p != '.')
            digits[n++] = *p;
    bool const negative_exponent = p[1] == '-';
    int exp10 = 0;
    for (char const* q = p + 2; q != r.ptr; ++q)
        exp10 = 10 * exp10 + (*q - '0');
    if (negative_exponent)
        exp10 = -exp10;
    int decpt = exp10 + 1; // the value is 0.DIGITS * 10^decpt
    if (decpt > 16 || decpt < -3) {
        *t++ = digits[0];
        if (n > 1) {
            *t++ = '.';
            t = std::copy(digits + 1, digits + n, t);
        }
        *t++ = 'e';
        *t++ = exp10 < 0 ? '-' : '+';
        int e = std::abs(exp10);
        if (e < 10)
            *t++ = '0';
        t = std::to_chars(t, text + sizeof text, e).ptr;
    } else if (decpt <= 0) {
        *t++ = '0';
        *t++ = '.';
        t = std::fill_n(t, -decpt, '0');
        t = std::copy(digits, digits + n, t);
    } else if (static_cast<std::size_t>(decpt) >= n) {
        t = std::copy(digits, digits + n, t);
        t = std::fill_n(t, static_cast<std::size_t>(decpt) - n, '0');
        *t++ = '.';
        *t++ = '0';
    } else {
        t = std::copy(digits, digits + decpt, t);
        *t++ = '.';
        t = std::copy(digits + decpt, digits + n, t);
    }
    out.append(text, static_cast<std::size_t>(t - text));
}

} // namespace sentry_api::codec::detail

#endif
