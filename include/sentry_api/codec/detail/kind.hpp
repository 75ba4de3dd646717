// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_KIND_HPP
#define SENTRY_API_CODEC_DETAIL_KIND_HPP

// The kind of a JSON value as a source sees it.

namespace sentry_api::codec::detail {

/// The JSON kind of the next value, as a source sees it (`none`: no value starts here).
enum class kind : unsigned char { null, boolean, integer, floating, string, array, object, none };

constexpr char const* kind_name(kind k) noexcept
{
    switch (k) {
    case kind::null: return "null";
    case kind::boolean: return "boolean";
    case kind::integer: return "integer";
    case kind::floating: return "float";
    case kind::string: return "string";
    case kind::array: return "array";
    case kind::object: return "object";
    case kind::none: break;
    }
    return "nothing";
}

/// What a source found when it looked for a union's tag.
enum class tag_state : unsigned char { found, missing, not_string };

} // namespace sentry_api::codec::detail

#endif
