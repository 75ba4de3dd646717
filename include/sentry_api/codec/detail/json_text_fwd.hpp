// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_JSON_TEXT_FWD_HPP
#define SENTRY_API_CODEC_DETAIL_JSON_TEXT_FWD_HPP

// json_text declared, for the table of categories (the class is in codec/json_text.hpp).

#include <type_traits>

namespace sentry_api::codec {

/// What a `basic_json_text` may hold: any JSON value, an object only, or an array only.
enum class json_text_kind : unsigned char { any, object, array };

template<json_text_kind K>
class basic_json_text;

namespace detail {

template<class T> struct is_json_text : std::false_type {};
template<json_text_kind K> struct is_json_text<basic_json_text<K>> : std::true_type {};

} // namespace detail

} // namespace sentry_api::codec

#endif
