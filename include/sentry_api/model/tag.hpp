// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_TAG_HPP
#define SENTRY_API_MODEL_TAG_HPP

#include <sentry_api/model/common.hpp>

namespace sentry_api {

/// One of an event's tags.
struct tag {
    /// `value`: the tag's value (string; required, not null).
    required_key<std::string> value;
    /// `key`: the tag's name: `level`, `browser`, ... (string; required, not null).
    required_key<std::string> key;
    /// `query`: the search for the tag's events, for a few tags (string; may be absent, not null).
    optional_key<std::string> query;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(tag, (), (value, key, query, unknown))

} // namespace sentry_api

#endif
