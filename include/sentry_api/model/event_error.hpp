// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_EVENT_ERROR_HPP
#define SENTRY_API_MODEL_EVENT_ERROR_HPP

#include <sentry_api/model/common.hpp>

namespace sentry_api {

/// A processing error recorded on an event.
struct event_error {
    /// `type`: the kind of problem, such as `js_no_source` (string; required, not null).
    required_key<std::string> type;
    /// `message`: the problem in words (string; may be absent, not null).
    optional_key<std::string> message;
    /// `data`: its details: the URL, name or value at fault (any JSON, null too; may be absent).
    optional_key<json_text> data;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(event_error, (), (type, message, data, unknown))

} // namespace sentry_api

#endif
