// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_API_HPP
#define SENTRY_API_CODEC_API_HPP

// The codec's types, and its functions declared: what a file needs to call them. Their
// definitions are in decode.hpp, encode.hpp, validate.hpp and schema.hpp (all included by
// <sentry_api/codec.hpp>). In the separately compiled mode (SENTRY_API_SEPARATE_COMPILATION),
// <sentry_api.hpp> includes this and not the definitions: the model's instances come from the
// one file that includes <sentry_api/src.hpp>.

#include <sentry_api/codec/box.hpp>
#include <sentry_api/codec/constrained.hpp>
#include <sentry_api/codec/describe.hpp>
#include <sentry_api/codec/detect_style.hpp>
#include <sentry_api/codec/error.hpp>
#include <sentry_api/codec/json_text.hpp>
#include <sentry_api/codec/key_map.hpp>
#include <sentry_api/codec/list.hpp>
#include <sentry_api/codec/ordered_map.hpp>
#include <sentry_api/codec/presence.hpp>
#include <sentry_api/codec/result.hpp>
#include <sentry_api/codec/rules.hpp>
#include <sentry_api/codec/style.hpp>
#include <sentry_api/codec/union_traits.hpp>
#include <sentry_api/codec/unknown_keys.hpp>
#include <sentry_api/codec/violation.hpp>

#include <boost/json/fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace sentry_api::codec {

/// Reads JSON text into an existing value, reusing what it holds (decode.hpp).
template<class T>
std::optional<error> decode_into(T& value, std::string_view text, decode_options const& options = {});

/// Reads JSON text straight into `T` (decode.hpp).
template<class T>
result<T> decode(std::string_view text, decode_options const& options = {});

/// Reads a `boost::json::value` into `T` (decode.hpp).
template<class T, class Json, class = std::enable_if_t<std::is_same_v<Json, boost::json::value>>>
result<T> decode(Json const& json, decode_options const& options = {});

/// Checks JSON text against `T` and its rules (validate.hpp).
template<class T>
validation_report validate(std::string_view text, decode_options const& options = {});

/// Reads JSON text into an existing value and checks its rules in the same read (validate.hpp).
template<class T>
validation_report decode_and_validate(T& value, std::string_view text, decode_options const& options = {});

/// Checks a `boost::json::value` against `T` and its rules (validate.hpp).
template<class T, class Json, class = std::enable_if_t<std::is_same_v<Json, boost::json::value>>>
validation_report validate(Json const& json, decode_options const& options = {});

/// Writes `value` as JSON text, byte for byte as Python's `json.dumps` would (encode.hpp).
template<class T>
std::string encode(T const& value, encode_options const& options = {});

/// Writes `value` in the given style (encode.hpp).
template<class T>
std::string encode(T const& value, style s);

/// The JSON Schema (draft 2020-12) of `T` (schema.hpp).
template<class T>
boost::json::value json_schema();

} // namespace sentry_api::codec

namespace sentry_api {

using codec::absent;
using codec::box;
using codec::decode;
using codec::decode_and_validate;
using codec::decode_into;
using codec::decode_error;
using codec::decode_options;
using codec::detect_style;
using codec::encode;
using codec::encode_options;
using codec::json_array_text;
using codec::json_object_text;
using codec::json_schema;
using codec::json_text;
using codec::list;
using codec::nullable;
using codec::optional_key;
using codec::presence;
using codec::required_key;
using codec::ordered_map;
using codec::result;
using codec::rule_kind;
using codec::stray_item;
using codec::style;
using codec::text_style;
using codec::unknown_keys;
using codec::validate;
using codec::validation_report;
using codec::violation;

} // namespace sentry_api

#endif
