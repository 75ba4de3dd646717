// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DECODE_HPP
#define SENTRY_API_CODEC_DECODE_HPP

#include <sentry_api/codec/api.hpp>
#include <sentry_api/codec/detail/read.hpp>
#include <sentry_api/codec/error.hpp>
#include <sentry_api/codec/result.hpp>
#include <sentry_api/codec/style.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentry_api::codec {

namespace detail {

// Whether `json` nests at most about `max_depth` arrays and objects (one level of slack: the
// text reader decides the boundary itself); walked without recursion, so that a value far too
// deep to read is refused before it is serialized.
inline bool within_depth(boost::json::value const& json, unsigned max_depth)
{
    std::vector<std::pair<boost::json::value const*, unsigned>> todo{{&json, 0u}};
    while (!todo.empty()) {
        auto [v, depth] = todo.back();
        todo.pop_back();
        if (v->is_array() || v->is_object()) {
            if (depth > max_depth)
                return false;
            if (v->is_array())
                for (auto const& e : v->get_array())
                    todo.emplace_back(&e, depth + 1);
            else
                for (auto const& kv : v->get_object())
                    todo.emplace_back(&kv.value(), depth + 1);
        }
    }
    return true;
}

inline codec::error too_deep(decode_options const& options)
{
    codec::error e;
    e.kind = error_kind::limit;
    e.message = too_deep_message(options.max_depth);
    return e;
}

// A data error is only reported for text that is JSON: otherwise the text's own error wins.
inline codec::error finish_error(text_source& s, std::string_view text, context& cx)
{
    codec::error e;
    if (!s.failed()) {
        context check(cx.options);
        text_source again(text); // checked only: nothing of it is kept
        if (again.skip(check) && again.finish())
            return *cx.error;
        if (!again.failed()) {
            // Too deep, or a key twice: the text cannot be used at all, which says more.
            bool unusable = check.error && (check.error->kind == error_kind::limit ||
                                            check.error->kind == error_kind::duplicate);
            return unusable ? *check.error : *cx.error;
        }
        again.describe_error(e);
        return e;
    }
    s.describe_error(e);
    return e;
}

} // namespace detail

/// Reads JSON text into an existing value, reusing what it holds: the strings, vectors and
/// boxes of the last page read are filled again rather than allocated anew, so a program that
/// reads page after page into one value allocates little once it is warm.
///
/// The result is the same value `decode` would give; on failure the value is valid but
/// unspecified (partly read).
/// @param value the value to read into
/// @param text the JSON text (UTF-8)
/// @param options limits and the policy for unknown keys (`{}` by default)
/// @returns nothing, or the error
/// @code
/// sentry_api::group_hashes page;
/// for (auto const& body : bodies)
///     if (auto e = sentry_api::decode_into(page, body)) std::cerr << e->to_string();
/// @endcode
template<class T>
std::optional<error> decode_into(T& value, std::string_view text, decode_options const& options)
{
    detail::text_source s(text);
    detail::context cx(options);
    if (detail::read(s, cx, value) && s.finish())
        return std::nullopt;
    return detail::finish_error(s, text, cx);
}

/// Reads JSON text straight into `T` (a described struct, or a standard type around them).
///
/// Never throws for bad input: on failure the result holds the first error, located by a JSON
/// Pointer (or `line:column` when the text is not JSON).
/// @param text the JSON text (UTF-8)
/// @param options limits and the policy for unknown keys
/// @returns the value, or the error
/// @code
/// auto r = sentry_api::decode<sentry_api::group_hashes>(body);
/// if (r) std::cout << (*r)[0].id << '\n';
/// @endcode
template<class T>
result<T> decode(std::string_view text, decode_options const& options)
{
    // Read in place: a large struct (an event) is not moved into the result afterwards.
    result<T> r(std::in_place);
    if (auto e = decode_into(*r, text, options))
        r = result<T>(std::move(*e));
    return r;
}


/// Reads a `boost::json::value` into `T`, with the same rules and errors as reading text.
///
/// The value is read as its serialization is: one reader for both, so they cannot disagree, and
/// a program that reads text and values compiles the reader once. A value whose strings hold
/// invalid UTF-8 (which no JSON text can hold) is a `syntax` error.
template<class T, class Json, class>
result<T> decode(Json const& json, decode_options const& options)
{
    if (!detail::within_depth(json, options.max_depth))
        return detail::too_deep(options);
    return decode<T>(std::string_view(boost::json::serialize(json)), options);
}

} // namespace sentry_api::codec

#endif
