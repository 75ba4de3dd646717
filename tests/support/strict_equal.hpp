// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_TESTS_SUPPORT_STRICT_EQUAL_HPP
#define SENTRY_API_TESTS_SUPPORT_STRICT_EQUAL_HPP

// JSON values equal under a strict comparison: integers stay integers and floats floats
// (compared bit for bit, so -0.0 differs from 0.0), objects have the same key sets.

#include <boost/json/value.hpp>

#include <cstring>
#include <string>

namespace test_support {

inline std::string join(std::string const& at, std::string const& key) { return at + "/" + key; }

/// Empty when `a` and `b` are strictly equal; otherwise the JSON Pointer of the first difference.
inline bool strict_equal(boost::json::value const& a, boost::json::value const& b, std::string& where,
                         std::string const& at = "")
{
    where = at;
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case boost::json::kind::double_: {
        double x = a.get_double(), y = b.get_double();
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    case boost::json::kind::array: {
        auto const& x = a.get_array();
        auto const& y = b.get_array();
        if (x.size() != y.size())
            return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!strict_equal(x[i], y[i], where, join(at, std::to_string(i))))
                return false;
        return true;
    }
    case boost::json::kind::object: {
        auto const& x = a.get_object();
        auto const& y = b.get_object();
        if (x.size() != y.size())
            return false;
        for (auto const& kv : x) {
            auto const* other = y.if_contains(kv.key());
            if (!other) {
                where = join(at, kv.key());
                return false;
            }
            if (!strict_equal(kv.value(), *other, where, join(at, kv.key())))
                return false;
        }
        return true;
    }
    default: return a == b;
    }
}

} // namespace test_support

#endif
