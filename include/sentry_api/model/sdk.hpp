// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_SDK_HPP
#define SENTRY_API_MODEL_SDK_HPP

#include <sentry_api/model/common.hpp>

#include <boost/json/object.hpp>

namespace sentry_api {

/// The SDK that sent an event.
struct sdk {
    /// `name`: the SDK's name, such as `sentry.python` (string; required, not null).
    required_key<std::string> name;
    /// `version`: the SDK's version (string; required, not null).
    required_key<std::string> version;
    /// `upstream`: what Sentry knows of the SDK's newer releases (object; may be absent, not null).
    optional_key<json_object_text> upstream;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(sdk, (), (name, version, upstream, unknown))

} // namespace sentry_api

#endif
