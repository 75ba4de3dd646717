// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_EVENT_ERROR_HPP
#define SENTRY_API_MODEL_EVENT_ERROR_HPP

#include <sentry_api/model/common.hpp>

namespace sentry_api {

/// A processing error recorded on an event.
struct event_error {
    required_key<std::string> type;
    optional_key<std::string> message;
    optional_key<json_text> data;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(event_error, (), (type, message, data, unknown))

} // namespace sentry_api

#endif
