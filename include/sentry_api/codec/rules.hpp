// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_RULES_HPP
#define SENTRY_API_CODEC_RULES_HPP

#include <sentry_api/codec/detail/rule_checks.hpp>
#include <sentry_api/codec/violation.hpp>

#include <boost/json/object.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace sentry_api::codec {

// A rule is a type with
//   static constexpr rule_kind kind;            what `validate` reports when it is broken
//   static constexpr std::string_view expected; "expected <this>, got <value>"
//   static bool check(V const&);                whether a value obeys it
//   static void schema(boost::json::object&);   its part of the JSON Schema
// The same type checks and describes, so validation and the exported schema cannot disagree.
// Attach one to a value with `constrained<T, Rule>`.

/// A number >= 0.
struct non_negative {
    static constexpr rule_kind kind = rule_kind::range;
    static constexpr std::string_view expected = "integer >= 0";
    template<class T>
    static bool check(T v) noexcept
    {
        return v >= 0;
    }
    static void schema(boost::json::object& s) { s["minimum"] = 0; }
};

/// A string that is not empty.
struct non_empty {
    static constexpr rule_kind kind = rule_kind::format;
    static constexpr std::string_view expected = "a non-empty string";
    static bool check(std::string const& v) noexcept { return !v.empty(); }
    static void schema(boost::json::object& s) { s["minLength"] = 1; }
};

/// An RFC 3339 date-time: `2018-05-22T17:38:05Z`, with optional fractional seconds and a
/// `Z` or `+hh:mm` offset.
struct date_time {
    static constexpr rule_kind kind = rule_kind::format;
    static constexpr std::string_view expected = "an RFC 3339 date-time";
    static constexpr std::string_view pattern =
        "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)"
        "(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$";
    static bool check(std::string const& v) noexcept { return detail::is_date_time(v); }
    static void schema(boost::json::object& s) { s["pattern"] = pattern; }
};

/// An IPv4 address in dotted-decimal form, or an IPv6 address (RFC 4291 text form).
struct ip_address {
    static constexpr rule_kind kind = rule_kind::format;
    static constexpr std::string_view expected = "an IPv4 or IPv6 address";
    static bool check(std::string const& v) noexcept { return detail::is_ipv4(v) || detail::is_ipv6(v); }
    static void schema(boost::json::object& s)
    {
        s["anyOf"] = {{{"format", "ipv4"}}, {{"format", "ipv6"}}};
    }
};

/// A string among `Values::values` (a `static constexpr std::string_view values[]`). The
/// string type stays open: decoding keeps any string; validation reports `enum`.
template<class Values>
struct one_of {
    static constexpr rule_kind kind = rule_kind::enum_;
    static constexpr std::string_view expected = Values::expected;
    static bool check(std::string const& v) noexcept
    {
        for (std::string_view a : Values::values)
            if (a == v)
                return true;
        return false;
    }
    static void schema(boost::json::object& s)
    {
        boost::json::array e;
        for (std::string_view a : Values::values)
            e.emplace_back(a);
        s["enum"] = std::move(e);
    }
};

} // namespace sentry_api::codec

#endif
