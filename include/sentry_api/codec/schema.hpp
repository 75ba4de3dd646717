// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_SCHEMA_HPP
#define SENTRY_API_CODEC_SCHEMA_HPP

#include <sentry_api/codec/api.hpp>
#include <sentry_api/codec/detail/schema.hpp>

#include <boost/json/value.hpp>

namespace sentry_api::codec {

/// The JSON Schema (draft 2020-12) of `T`, built from the same types and rules `validate` uses.
///
/// Each described struct and tagged union is one entry of `$defs`, named after the type;
/// objects stay open to unknown keys when the struct keeps them (an `unknown_keys` member).
/// @returns the schema document
/// @code
/// std::cout << sentry_api::encode(sentry_api::json_schema<sentry_api::group_hashes>(), sentry_api::style::pretty);
/// @endcode
template<class T>
boost::json::value json_schema()
{
    detail::schema_builder b;
    boost::json::object root{{"$schema", "https://json-schema.org/draft/2020-12/schema"}};
    for (auto& kv : b.of<T>())
        root[kv.key()] = kv.value();
    if (!b.defs.empty())
        root["$defs"] = std::move(b.defs);
    return root;
}

} // namespace sentry_api::codec

#endif
