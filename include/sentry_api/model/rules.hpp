// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_RULES_HPP
#define SENTRY_API_MODEL_RULES_HPP

#include <sentry_api/codec/rules.hpp>

#include <string>
#include <string_view>

namespace sentry_api {

/// Sentry's own rules: ids, digit strings, addresses and the closed sets of names.
namespace rules {

using codec::date_time;
using codec::ip_address;
using codec::non_empty;
using codec::non_negative;
using codec::rule_kind;

namespace detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_lower_hex(char c) noexcept { return is_digit(c) || (c >= 'a' && c <= 'f'); }
constexpr bool is_hex(char c) noexcept { return is_lower_hex(c) || (c >= 'A' && c <= 'F'); }

template<class Pred>
bool all_of(std::string_view s, Pred p) noexcept
{
    for (char c : s)
        if (!p(c))
            return false;
    return true;
}

} // namespace detail

/// 32 lowercase hex digits (event ids, hashes).
struct hex32 {
    /// Broken, it is reported as `format`.
    static constexpr rule_kind kind = rule_kind::format;
    /// What a violation's message says was expected.
    static constexpr std::string_view expected = "32 lowercase hex digits";
    /// The rule as a regular expression, for the JSON Schema.
    static constexpr std::string_view pattern = "^[0-9a-f]{32}$";
    /// Whether `v` obeys the rule.
    static bool check(std::string const& v) noexcept { return v.size() == 32 && detail::all_of(v, detail::is_lower_hex); }
    /// Writes the rule's part of the JSON Schema (`pattern`) into `s`.
    static void schema(boost::json::object& s) { s["pattern"] = pattern; }
};

/// Decimal digits only (numeric database ids written as strings).
struct digits {
    /// Broken, it is reported as `format`.
    static constexpr rule_kind kind = rule_kind::format;
    /// What a violation's message says was expected.
    static constexpr std::string_view expected = "a string of decimal digits";
    /// The rule as a regular expression, for the JSON Schema.
    static constexpr std::string_view pattern = "^[0-9]+$";
    /// Whether `v` obeys the rule (an empty string does not).
    static bool check(std::string const& v) noexcept { return !v.empty() && detail::all_of(v, detail::is_digit); }
    /// Writes the rule's part of the JSON Schema (`pattern`) into `s`.
    static void schema(boost::json::object& s) { s["pattern"] = pattern; }
};

/// A hex address: `0x` and hex digits.
struct address {
    /// Broken, it is reported as `format`.
    static constexpr rule_kind kind = rule_kind::format;
    /// What a violation's message says was expected.
    static constexpr std::string_view expected = "a hex address (0x...)";
    /// The rule as a regular expression, for the JSON Schema.
    static constexpr std::string_view pattern = "^0x[0-9a-fA-F]+$";
    /// Whether `v` obeys the rule (at least one digit after `0x`).
    static bool check(std::string const& v) noexcept
    {
        return v.size() > 2 && v.compare(0, 2, "0x") == 0 && detail::all_of(std::string_view(v).substr(2), detail::is_hex);
    }
    /// Writes the rule's part of the JSON Schema (`pattern`) into `s`.
    static void schema(boost::json::object& s) { s["pattern"] = pattern; }
};

/// The names of the event types known when this library was written (see event_type).
struct event_type_names {
    /// The names, in the order the schema's `enum` lists them.
    static constexpr std::string_view values[] = {"default", "error",       "csp",   "nel",     "hpkp",
                                                  "expectct", "expectstaple", "transaction", "generic", "feedback"};
    /// What a violation's message says was expected.
    static constexpr std::string_view expected = "an event type (default, error, csp, nel, hpkp, expectct, "
                                                 "expectstaple, transaction, generic, feedback)";
};

/// The event types known when this library was written. An event's `type` is an open set (any
/// string is valid); see `is_known_event_type`.
using event_type = codec::one_of<event_type_names>;

/// The names of a group hash's states (see hash_state).
struct hash_state_names {
    /// The names, in the order the schema's `enum` lists them.
    static constexpr std::string_view values[] = {"unlocked", "locked"};
    /// What a violation's message says was expected.
    static constexpr std::string_view expected = "\"unlocked\" or \"locked\"";
};

/// A group hash's `state`.
using hash_state = codec::one_of<hash_state_names>;

/// The name that stands for an unknown line or column (see unknown_line).
struct unknown_line_names {
    /// The one name, `?`.
    static constexpr std::string_view values[] = {"?"};
    /// What a violation's message says was expected.
    static constexpr std::string_view expected = "\"?\"";
};

/// The `"?"` that stands for an unknown original line or column.
using unknown_line = codec::one_of<unknown_line_names>;

} // namespace rules

} // namespace sentry_api

#endif
