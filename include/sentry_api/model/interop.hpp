// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_INTEROP_HPP
#define SENTRY_API_MODEL_INTEROP_HPP

#include <sentry_api/codec/api.hpp>
#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/model/entry.hpp>

#include <boost/json/conversion.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <type_traits>

// Header-only: the codec's definitions, for the conversions below. Separately compiled: the
// model's instances are compiled elsewhere (model/instances.hpp).
#ifndef SENTRY_API_SEPARATE_COMPILATION
#include <sentry_api/codec/decode.hpp>
#include <sentry_api/codec/encode.hpp>
#endif

namespace sentry_api {

namespace detail {

// Described structs and tagged unions (an entry) convert through the codec.
template<class T>
using converts_through_codec =
    std::integral_constant<bool, codec::detail::is_described_struct<T>::value ||
                                     codec::detail::is_tagged_union<T>::value>;

} // namespace detail

/// `boost::json::value_from` on a model type gives exactly what `encode` writes (through the
/// codec, not Boost.JSON's own conversion of described structs): absent keys stay absent,
/// unknown keys are kept, entries carry their `type`; a number no DOM holds as written gets its
/// nearest double, as `json_text::to_value()` gives it.
/// @code
/// boost::json::value jv = boost::json::value_from(page); // page: sentry_api::group_hashes
/// @endcode
template<class T, class = std::enable_if_t<detail::converts_through_codec<T>::value>>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, T const& v)
{
    jv = codec::detail::value_of_text(codec::encode(v), jv.storage());
}

/// An entry, too, converts through the codec: this beats Boost.JSON's own `std::variant`
/// conversion, which would leave out the `type`. A template, so that including the model does
/// not instantiate the writer: only a program that converts an entry pays for it.
template<class E, class = std::enable_if_t<std::is_same_v<std::decay_t<E>, entry>>>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, E&& e)
{
    jv = codec::detail::value_of_text(codec::encode(e), jv.storage());
}

/// `boost::json::value_to<T>` on a model type gives exactly what `decode` gives; a value that
/// cannot be held throws `sentry_api::decode_error` (with its JSON Pointer).
template<class T, class = std::enable_if_t<detail::converts_through_codec<T>::value>>
T tag_invoke(boost::json::value_to_tag<T>, boost::json::value const& jv)
{
    return codec::decode<T>(jv).value();
}

namespace codec {

/// A list converts through the codec too, strays and all (Boost.JSON's own conversion of a
/// sequence would leave them out): `value_from` gives what `encode` writes, `value_to` what a
/// strict `decode` reads.
template<class T, class A>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, list<T, A> const& v)
{
    jv = detail::value_of_text(encode(v), jv.storage());
}

/// `boost::json::value_to` of a list: what a strict `decode` reads (`sentry_api::decode_error`,
/// with its JSON Pointer, for an item it cannot take).
template<class T, class A>
list<T, A> tag_invoke(boost::json::value_to_tag<list<T, A>>, boost::json::value const& jv)
{
    return decode<list<T, A>>(jv).value();
}

} // namespace codec

} // namespace sentry_api

#endif
