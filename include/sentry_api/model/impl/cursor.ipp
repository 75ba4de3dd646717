// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_IMPL_CURSOR_IPP
#define SENTRY_API_MODEL_IMPL_CURSOR_IPP

// The definitions of sentry_api/model/cursor.hpp: included by it in the header-only mode, by
// <sentry_api/src.hpp> in the separately compiled mode.

#include <sentry_api/model/cursor.hpp>

#include <sentry_api/codec/detail/from_chars.hpp>
#include <sentry_api/codec/detail/python_float.hpp>
#include <sentry_api/codec/error.hpp>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
namespace sentry_api {

namespace detail {

inline bool all_digits(std::string_view s) noexcept
{
    if (s.empty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace detail

SENTRY_API_DECL codec::result<cursor> parse_cursor(std::string_view text)
{
    std::size_t last = text.rfind(':');
    std::size_t middle = last == std::string_view::npos || last == 0 ? std::string_view::npos : text.rfind(':', last - 1);
    if (middle == std::string_view::npos)
        return codec::syntax_error_at(text.size(), "expected value:offset:is_prev");
    std::string_view value = text.substr(0, middle);
    std::string_view offset = text.substr(middle + 1, last - middle - 1);
    std::string_view prev = text.substr(last + 1);

    cursor c;
    if (prev != "0" && prev != "1")
        return codec::syntax_error_at(last + 1, "is_prev must be 0 or 1");
    c.is_prev = prev == "1";
    auto r = std::from_chars(offset.data(), offset.data() + offset.size(), c.offset);
    if (!detail::all_digits(offset) || r.ec != std::errc() || r.ptr != offset.data() + offset.size())
        return codec::syntax_error_at(middle + 1, "offset must be an integer >= 0 that fits in 64 bits");

    if (value.empty())
        return codec::syntax_error_at(0, "the value is empty");
    bool negative = value[0] == '-';
    if (detail::all_digits(value.substr(negative))) {
        std::int64_t i = 0;
        auto ir = std::from_chars(value.data(), value.data() + value.size(), i);
        if (ir.ec != std::errc())
            return codec::syntax_error_at(0, "integer value out of range");
        c.value = i;
    } else if (value.find('.') != std::string_view::npos) {
        double d = 0;
        auto dr = codec::detail::from_chars_double(value.data(), value.data() + value.size(), d);
        if (dr.ec == std::errc() && dr.ptr == value.data() + value.size() && std::isfinite(d))
            c.value = d;
        else
            c.value = std::string(value);
    } else {
        c.value = std::string(value);
    }
    return c;
}

SENTRY_API_DECL std::string format_cursor(cursor const& c)
{
    std::string out;
    if (auto const* i = std::get_if<std::int64_t>(&c.value))
        out = std::to_string(*i);
    else if (auto const* d = std::get_if<double>(&c.value))
        codec::detail::write_python_float(out, *d);
    else
        out = std::get<std::string>(c.value);
    out += ':';
    out += std::to_string(c.offset);
    out += c.is_prev ? ":1" : ":0";
    return out;
}

} // namespace sentry_api

#endif
