// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_TAG_HPP
#define SENTRY_API_MODEL_TAG_HPP

#include <sentry_api/model/common.hpp>

namespace sentry_api {

/// One of an event's tags.
struct tag {
    required_key<std::string> value;
    required_key<std::string> key;
    optional_key<std::string> query;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(tag, (), (value, key, query, unknown))

} // namespace sentry_api

#endif
