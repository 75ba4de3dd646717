// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_IMPL_DETECT_PAYLOAD_IPP
#define SENTRY_API_MODEL_IMPL_DETECT_PAYLOAD_IPP

// The definitions of sentry_api/model/detect_payload.hpp: included by it in the header-only
// mode, by <sentry_api/src.hpp> in the separately compiled mode.

#include <sentry_api/model/detect_payload.hpp>

#include <sentry_api/codec/decode.hpp>
#include <sentry_api/codec/detail/scan.hpp>
#include <sentry_api/codec/error.hpp>
#include <sentry_api/codec/json_text.hpp>

#include <boost/json/kind.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace sentry_api {

namespace detail {

// Whether the object that starts at `p` (a `{` of canonical compact text: no white space,
// every string closed) has the key `name` (its canonical text, quotes excluded) at its top level.
inline bool has_top_level_key(char const* p, char const* end, std::string_view name) noexcept
{
    std::size_t depth = 0;
    bool key_next = false; // after `{` or `,` at depth 1 a key follows
    for (; p != end; ++p) {
        char const c = *p;
        if (c == '"') {
            char const* close = codec::detail::string_end(p, end);
            if (close == end)
                return false;
            if (depth == 1 && key_next &&
                std::string_view(p + 1, static_cast<std::size_t>(close - p - 1)) == name)
                return true;
            key_next = false;
            p = close;
        } else if (c == '{' || c == '[') {
            ++depth;
            key_next = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return false;
        } else if (c == ',') {
            key_next = depth == 1;
        } else {
            key_next = false;
        }
    }
    return false;
}

} // namespace detail

SENTRY_API_DECL codec::result<payload_kind> detect_payload(std::string_view text)
{
    auto held = codec::decode<codec::json_text>(text);
    if (!held)
        return held.error();
    std::string const& t = held->text();
    switch (held->kind()) {
    case boost::json::kind::object: return payload_kind::event;
    case boost::json::kind::array: {
        char const* end = t.data() + t.size();
        if (t.size() > 1 && t[1] == '{' && detail::has_top_level_key(t.data() + 1, end, "eventID") &&
            !detail::has_top_level_key(t.data() + 1, end, "latestEvent"))
            return payload_kind::events;
        return payload_kind::hashes;
    }
    case boost::json::kind::string:
    case boost::json::kind::null:
    case boost::json::kind::bool_:
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_: break;
    }
    auto const k = held->kind();
    std::string const got = k == boost::json::kind::string ? "string"
                            : k == boost::json::kind::null ? "null"
                            : k == boost::json::kind::bool_ ? "boolean"
                                                            : "number";
    codec::error e;
    e.kind = codec::error_kind::type;
    e.message = "expected an array (hashes, events) or an object (event), got " + got;
    return e;
}

} // namespace sentry_api

#endif
