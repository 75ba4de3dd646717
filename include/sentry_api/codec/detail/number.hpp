// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_NUMBER_HPP
#define SENTRY_API_CODEC_DETAIL_NUMBER_HPP

// A JSON number as read, before the type that holds it is known.

#include <sentry_api/codec/detail/from_chars.hpp>

#include <boost/json/value.hpp>

#include <cmath>
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

inline std::string out_of_range_message(number_value const& n)
{
    std::string shown(n.text.substr(0, 40));
    if (n.type == number_value::big)
        return "integer " + shown + " does not fit in 64 bits";
    return "number " + shown + " is out of the range of a double";
}

} // namespace sentry_api::codec::detail

#endif
