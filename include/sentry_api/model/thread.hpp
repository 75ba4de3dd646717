// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_THREAD_HPP
#define SENTRY_API_MODEL_THREAD_HPP

#include <sentry_api/model/common.hpp>
#include <sentry_api/model/stacktrace.hpp>

#include <boost/json/object.hpp>

#include <vector>

namespace sentry_api {

/// One thread of a `threads` entry.
struct thread {
    presence<int_or_string> id;
    presence<bool> current;
    presence<bool> crashed;
    presence<std::string> name;
    presence<std::string> state;
    presence<box<sentry_api::stacktrace>> stacktrace;
    presence<box<sentry_api::stacktrace>> rawStacktrace;
    presence<json_object_text> heldLocks;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(thread, (), (id, current, crashed, name, state, stacktrace, rawStacktrace, heldLocks, unknown))

/// The `data` of a `threads` entry.
struct threads_data {
    required_key<std::vector<sentry_api::thread>> values;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(threads_data, (), (values, unknown))

} // namespace sentry_api

#endif
