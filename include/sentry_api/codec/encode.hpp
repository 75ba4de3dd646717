// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_ENCODE_HPP
#define SENTRY_API_CODEC_ENCODE_HPP

#include <sentry_api/codec/api.hpp>
#include <sentry_api/codec/detail/write.hpp>
#include <sentry_api/codec/style.hpp>

#include <string>

namespace sentry_api::codec {

/// Writes `value` as JSON text, byte for byte as Python's `json.dumps` would.
///
/// Known members come in declaration order, then unknown keys in the order they were read;
/// absent keys are left out, `null` is written as `null`, floats as Python's `repr`.
/// @param value a described struct, or a standard type around them
/// @param options the style (compact, python, pretty) and `ensure_ascii`
/// @returns the text
/// @code
/// std::string body = sentry_api::encode(page, sentry_api::style::pretty);
/// @endcode
template<class T>
std::string encode(T const& value, encode_options const& options)
{
    std::string out;
    detail::writer w(out, options);
    detail::write(w, value);
    w.finish();
    return out;
}

/// Writes `value` in the given style.
template<class T>
std::string encode(T const& value, style s)
{
    encode_options o;
    o.style = s;
    return encode(value, o);
}

} // namespace sentry_api::codec

#endif
