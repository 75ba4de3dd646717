// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_MESSAGE_HPP
#define SENTRY_API_MODEL_MESSAGE_HPP

#include <sentry_api/model/common.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace sentry_api {

/// The `data` of a `message` entry; `params` is a list, or an object for named parameters.
struct message_data {
    /// `message`: the message as written, maybe with placeholders (string; may be absent or null).
    presence<std::string> message;
    /// `formatted`: the message with its parameters filled in (string; may be absent or null).
    presence<std::string> formatted;
    /// `params`: the parameters (array, or object for named parameters; may be absent or null).
    presence<std::variant<json_array_text, json_object_text>> params;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(message_data, (), (message, formatted, params, unknown))

} // namespace sentry_api

#endif
