// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_SDK_HPP
#define SENTRY_API_MODEL_SDK_HPP

#include <sentry_api/model/common.hpp>

#include <boost/json/object.hpp>

namespace sentry_api {

/// The SDK that sent an event.
struct sdk {
    required_key<std::string> name;
    required_key<std::string> version;
    optional_key<json_object_text> upstream;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(sdk, (), (name, version, upstream, unknown))

} // namespace sentry_api

#endif
