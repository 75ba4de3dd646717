// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_EXCEPTION_HPP
#define SENTRY_API_MODEL_EXCEPTION_HPP

#include <sentry_api/model/common.hpp>
#include <sentry_api/model/stacktrace.hpp>

#include <boost/json/object.hpp>

#include <vector>

namespace sentry_api {

/// One exception of an exception entry (the innermost last).
struct exception_value {
    presence<std::string> type;
    presence<std::string> value;
    presence<std::string> module;
    presence<int_or_string> threadId;
    presence<json_object_text> mechanism;
    presence<box<sentry_api::stacktrace>> stacktrace;
    presence<box<sentry_api::stacktrace>> rawStacktrace;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(exception_value, (),
                      (type, value, module, threadId, mechanism, stacktrace, rawStacktrace, unknown))

/// The `data` of an `exception` entry.
struct exception_data {
    required_key<std::vector<exception_value>> values;
    presence<std::pair<std::int64_t, std::int64_t>> excOmitted;
    optional_key<bool> hasSystemFrames;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(exception_data, (), (values, excOmitted, hasSystemFrames, unknown))

} // namespace sentry_api

#endif
