// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_BREADCRUMB_HPP
#define SENTRY_API_MODEL_BREADCRUMB_HPP

#include <sentry_api/model/common.hpp>

#include <boost/json/object.hpp>

#include <vector>

namespace sentry_api {

/// One breadcrumb; `timestamp` is an RFC 3339 string, or seconds since the epoch.
struct breadcrumb {
    /// `type`: the kind: `default`, `http`, `navigation`, ... (string; may be absent, not null).
    optional_key<std::string> type;
    /// `category`: what it is about: `ui.click`, `console`, ... (string; may be absent or null).
    presence<std::string> category;
    /// `level`: its severity: `info`, `warning`, `error`, ... (string; may be absent or null).
    presence<std::string> level;
    /// `message`: what happened, in words (string; may be absent or null).
    presence<std::string> message;
    /// `event_id`: the id of an event it stands for, if any (string; may be absent or null).
    presence<std::string> event_id;
    /// `timestamp`: when it happened (RFC 3339 string, or number of seconds; may be absent or null).
    presence<std::variant<constrained<std::string, rules::date_time>, number>> timestamp;
    /// `data`: its details, such as an HTTP call's URL and status (object; may be absent or null).
    presence<json_object_text> data;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(breadcrumb, (), (type, category, level, message, event_id, timestamp, data, unknown))

/// The `data` of a `breadcrumbs` entry.
struct breadcrumbs_data {
    /// `values`: the breadcrumbs, the oldest first (array of objects; required, not null).
    required_key<list<breadcrumb>> values;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(breadcrumbs_data, (), (values, unknown))

} // namespace sentry_api

#endif
