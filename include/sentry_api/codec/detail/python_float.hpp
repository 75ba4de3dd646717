#ifndef SENTRY_API_CODEC_DETAIL_PYTHON_FLOAT_HPP
#define SENTRY_API_CODEC_DETAIL_PYTHON_FLOAT_HPP

// Doubles written as Python's repr() writes them: the shortest digits that read back to the same
// double, in fixed notation when the decimal exponent is in [-4, 16), else as d.ddde+XX.

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <string>

namespace sentry_api::codec::detail {

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
    auto r = std::to_chars(buf, buf + sizeof buf - 1, d, std::chars_format::scientific);
    *r.ptr = '\0';
    // buf holds [-]D[.DDD]e(+|-)XX
    char const* p = buf;
    if (*p == '-') {
        out.push_back('-');
        ++p;
    }
    char digits[20];
    std::size_t n = 0;
    for (; *p != 'e'; ++p)
        if (*p != '.')
            digits[n++] = *p;
    int exp10 = std::atoi(p + 1 + (p[1] == '+'));
    int decpt = exp10 + 1; // the value is 0.DIGITS * 10^decpt
    if (decpt > 16 || decpt < -3) {
        out.push_back(digits[0]);
        if (n > 1) {
            out.push_back('.');
            out.append(digits + 1, n - 1);
        }
        out.push_back('e');
        out.push_back(exp10 < 0 ? '-' : '+');
        int e = std::abs(exp10);
        if (e < 10)
            out.push_back('0');
        char eb[8];
        auto er = std::to_chars(eb, eb + sizeof eb, e);
        out.append(eb, static_cast<std::size_t>(er.ptr - eb));
    } else if (decpt <= 0) {
        out.append("0.", 2);
        for (int i = 0; i < -decpt; ++i)
            out.push_back('0');
        out.append(digits, n);
    } else if (static_cast<std::size_t>(decpt) >= n) {
        out.append(digits, n);
        for (std::size_t i = n; i < static_cast<std::size_t>(decpt); ++i)
            out.push_back('0');
        out.append(".0", 2);
    } else {
        out.append(digits, static_cast<std::size_t>(decpt));
        out.push_back('.');
        out.append(digits + decpt, n - static_cast<std::size_t>(decpt));
    }
}

} // namespace sentry_api::codec::detail

#endif
