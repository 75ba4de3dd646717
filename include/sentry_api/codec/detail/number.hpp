// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_NUMBER_HPP
#define SENTRY_API_CODEC_DETAIL_NUMBER_HPP

// A JSON number as read, before the type that holds it is known.

#include <sentry_api/codec/detail/from_chars.hpp>

#include <boost/json/value.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

namespace sentry_api::codec::detail {

struct number_value {
    enum type_t : unsigned char { int64, uint64, float64, big, float_out_of_range } type = int64;
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0;
    std::string_view text; // the number as written (empty when it came from a DOM)
};

// A float literal: every representable value, subnormals included; out of range (1e400) is not
// rounded to infinity or zero, since that would change the value silently.
inline void parse_double(number_value& n)
{
    auto r = from_chars_double(n.text.data(), n.text.data() + n.text.size(), n.d);
    if (r.ec == std::errc() && std::isfinite(n.d)) {
        n.type = number_value::float64;
        return;
    }
    // from_chars reports underflow too; an exact zero (0e-999) is still zero.
    bool zero = true;
    for (char c : n.text) {
        if (c == 'e' || c == 'E')
            break;
        if (c >= '1' && c <= '9')
            zero = false;
    }
    if (zero) {
        n.type = number_value::float64;
        n.d = n.text.front() == '-' ? -0.0 : 0.0;
        return;
    }
    n.type = number_value::float_out_of_range;
}

inline bool store_number(number_value const& n, boost::json::value& out)
{
    switch (n.type) {
    case number_value::int64: out = n.i; return true;
    case number_value::uint64: out = n.u; return true;
    case number_value::float64: out = n.d; return true;
    default: return false;
    }
}

// The double nearest a number no double or 64-bit integer holds as written, as
// boost::json::parse gives it: an integer beyond 64 bits rounded, a float that overflows
// infinity (with its sign), one that underflows zero (with its sign).
inline double approximate(std::string_view text) noexcept
{
    double d = 0;
    auto r = from_chars_double(text.data(), text.data() + text.size(), d);
    if (r.ec == std::errc())
        return d;
    // Out of range: the decimal exponent of the first nonzero digit says which way.
    bool const neg = !text.empty() && text.front() == '-';
    long long lead = 0; // that exponent, but for the written exponent
    bool seen_digit = false, after_dot = false;
    std::size_t i = neg;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        char const c = text[i];
        if (c == '.') {
            after_dot = true;
        } else if (!seen_digit && c == '0') {
            lead -= after_dot;
        } else if (!seen_digit) {
            seen_digit = true;
            lead -= after_dot;
        } else {
            lead += !after_dot;
        }
    }
    long long e = 0;
    if (i < text.size()) {
        bool const eneg = i + 1 < text.size() && text[i + 1] == '-';
        for (std::size_t k = i + 1; k < text.size(); ++k)
            if (text[k] >= '0' && text[k] <= '9' && e < 100000000)
                e = e * 10 + (text[k] - '0');
        e = eneg ? -e : e;
    }
    double const magnitude = lead + e > 0 ? HUGE_VAL : 0.0;
    return neg ? -magnitude : magnitude;
}

inline std::string out_of_range_message(number_value const& n)
{
    std::string shown(n.text.substr(0, 40));
    if (n.type == number_value::big)
        return "integer " + shown + " does not fit in 64 bits";
    return "number " + shown + " is out of the range of a double";
}

} // namespace sentry_api::codec::detail

#endif
