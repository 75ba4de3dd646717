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
    /// `type`: the exception's type or class, such as `ZeroDivisionError` (string; may be absent or null).
    presence<std::string> type;
    /// `value`: the exception's message (string; may be absent or null).
    presence<std::string> value;
    /// `module`: the module or package that defines the type (string; may be absent or null).
    presence<std::string> module;
    /// `threadId`: the thread it was raised on (integer or string; may be absent or null).
    presence<int_or_string> threadId;
    /// `mechanism`: how it was caught: `type`, `handled`, ... (object; may be absent or null).
    presence<json_object_text> mechanism;
    /// `stacktrace`: where it was raised, after symbolication or source maps (object; may be absent or null).
    presence<box<sentry_api::stacktrace>> stacktrace;
    /// `rawStacktrace`: the stack as the SDK sent it, before processing (object; may be absent or null).
    presence<box<sentry_api::stacktrace>> rawStacktrace;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(exception_value, (),
                      (type, value, module, threadId, mechanism, stacktrace, rawStacktrace, unknown))

/// The `data` of an `exception` entry.
struct exception_data {
    /// `values`: the chained exceptions, the innermost last (array of objects; required, not null).
    required_key<list<exception_value>> values;
    /// `excOmitted`: the exceptions left out of a long chain (`[integer, integer]`; may be absent or null).
    presence<std::pair<std::int64_t, std::int64_t>> excOmitted;
    /// `hasSystemFrames`: whether some frame is not the application's own (boolean; may be absent, not null).
    optional_key<bool> hasSystemFrames;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(exception_data, (), (values, excOmitted, hasSystemFrames, unknown))

} // namespace sentry_api

#endif
