// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_BREADCRUMB_HPP
#define SENTRY_API_MODEL_BREADCRUMB_HPP

#include <sentry_api/model/common.hpp>

#include <boost/json/object.hpp>

#include <vector>

namespace sentry_api {

/// One breadcrumb; `timestamp` is an RFC 3339 string, or seconds since the epoch.
struct breadcrumb {
    optional_key<std::string> type;
    presence<std::string> category;
    presence<std::string> level;
    presence<std::string> message;
    presence<std::string> event_id;
    presence<std::variant<constrained<std::string, rules::date_time>, number>> timestamp;
    presence<json_object_text> data;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(breadcrumb, (), (type, category, level, message, event_id, timestamp, data, unknown))

/// The `data` of a `breadcrumbs` entry.
struct breadcrumbs_data {
    required_key<std::vector<breadcrumb>> values;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(breadcrumbs_data, (), (values, unknown))

} // namespace sentry_api

#endif
