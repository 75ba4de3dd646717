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
    /// `id`: the thread's id (integer or string; may be absent or null).
    presence<int_or_string> id;
    /// `current`: whether this thread sent the event (boolean; may be absent or null).
    presence<bool> current;
    /// `crashed`: whether this thread crashed (boolean; may be absent or null).
    presence<bool> crashed;
    /// `name`: the thread's name (string; may be absent or null).
    presence<std::string> name;
    /// `state`: the thread's state, such as `RUNNABLE` (string; may be absent or null).
    presence<std::string> state;
    /// `stacktrace`: the thread's stack, after processing (object; may be absent or null).
    presence<box<sentry_api::stacktrace>> stacktrace;
    /// `rawStacktrace`: the same stack as the SDK sent it (object; may be absent or null).
    presence<box<sentry_api::stacktrace>> rawStacktrace;
    /// `heldLocks`: the locks the thread holds (object; may be absent or null).
    presence<json_object_text> heldLocks;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(thread, (), (id, current, crashed, name, state, stacktrace, rawStacktrace, heldLocks, unknown))

/// The `data` of a `threads` entry.
struct threads_data {
    /// `values`: the threads (array of objects; required, not null).
    required_key<list<sentry_api::thread>> values;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(threads_data, (), (values, unknown))

} // namespace sentry_api

#endif
