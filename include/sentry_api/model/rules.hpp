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

/// 32 lowercase hex digits (event ids, hashes).
struct hex32 {
    static constexpr rule_kind kind = rule_kind::format;
    static constexpr std::string_view expected = "32 lowercase hex digits";
    static constexpr std::string_view pattern = "^[0-9a-f]{32}$";
    static bool check(std::string const& v) noexcept
    {
        if (v.size() != 32)
            return false;
        for (char c : v)
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                return false;
        return true;
    }
    static void schema(boost::json::object& s) { s["pattern"] = pattern; }
};

/// Decimal digits only (numeric database ids written as strings).
struct digits {
    static constexpr rule_kind kind = rule_kind::format;
    static constexpr std::string_view expected = "a string of decimal digits";
    static constexpr std::string_view pattern = "^[0-9]+$";
    static bool check(std::string const& v) noexcept
    {
        if (v.empty())
            return false;
        for (char c : v)
            if (c < '0' || c > '9')
                return false;
        return true;
    }
    static void schema(boost::json::object& s) { s["pattern"] = pattern; }
};

/// A hex address: `0x` and hex digits.
struct address {
    static constexpr rule_kind kind = rule_kind::format;
    static constexpr std::string_view expected = "a hex address (0x...)";
    static constexpr std::string_view pattern = "^0x[0-9a-fA-F]+$";
    static bool check(std::string const& v) noexcept
    {
        if (v.size() < 3 || v[0] != '0' || v[1] != 'x')
            return false;
        for (std::size_t i = 2; i < v.size(); ++i) {
            char c = v[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                return false;
        }
        return true;
    }
    static void schema(boost::json::object& s) { s["pattern"] = pattern; }
};

struct event_type_names {
    static constexpr std::string_view values[] = {"default", "error",       "csp",   "nel",     "hpkp",
                                                  "expectct", "expectstaple", "transaction", "generic", "feedback"};
    static constexpr std::string_view expected = "an event type (default, error, csp, nel, hpkp, expectct, "
                                                 "expectstaple, transaction, generic, feedback)";
};

/// An event's `type`.
using event_type = codec::one_of<event_type_names>;

struct hash_state_names {
    static constexpr std::string_view values[] = {"unlocked", "locked"};
    static constexpr std::string_view expected = "\"unlocked\" or \"locked\"";
};

/// A group hash's `state`.
using hash_state = codec::one_of<hash_state_names>;

struct unknown_line_names {
    static constexpr std::string_view values[] = {"?"};
    static constexpr std::string_view expected = "\"?\"";
};

/// The `"?"` that stands for an unknown original line or column.
using unknown_line = codec::one_of<unknown_line_names>;

} // namespace rules

} // namespace sentry_api

#endif
