// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_TAG_HPP
#define SENTRY_API_MODEL_TAG_HPP

#include <sentry_api/model/common.hpp>

namespace sentry_api {

/// One of an event's tags.
///
/// The members follow Sentry's key order (`value` before `key`), which is how a tag is written;
/// a tag is built with its key first, as it is read: `tag{"level", "error"}` is the tag `level`
/// whose value is `error`. (It is not an aggregate, so no brace form takes `value` first.)
/// @code
/// ev.tags = {{"level", "error"}, {"server_name", "web-1"}};   // [{"value":"error","key":"level"},...]
/// @endcode
struct tag {
    /// `value`: the tag's value (string; required, not null).
    required_key<std::string> value;
    /// `key`: the tag's name: `level`, `browser`, ... (string; required, not null).
    required_key<std::string> key;
    /// `query`: the search for the tag's events, for a few tags (string; may be absent, not null).
    optional_key<std::string> query;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;

    /// An empty key and value (both present), no `query`.
    tag() = default;

    /// The tag `key` whose value is `value`, written `{"value": value, "key": key}`.
    /// @param key the tag's name (`level`)
    /// @param value its value (`error`)
    tag(std::string key, std::string value) : value(std::move(value)), key(std::move(key)) {}

    /// The same, with the `query` Sentry writes for a user tag (`user.id:42`).
    /// @param key the tag's name
    /// @param value its value
    /// @param query the search query that finds it
    tag(std::string key, std::string value, std::string query)
        : value(std::move(value)), key(std::move(key)), query(std::move(query))
    {
    }
};

SENTRY_API_DESCRIBE_STRUCT(tag, (), (value, key, query, unknown))

} // namespace sentry_api

#endif
