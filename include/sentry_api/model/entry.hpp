// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_ENTRY_HPP
#define SENTRY_API_MODEL_ENTRY_HPP

#include <sentry_api/codec/union_traits.hpp>
#include <sentry_api/model/breadcrumb.hpp>
#include <sentry_api/model/common.hpp>
#include <sentry_api/model/exception.hpp>
#include <sentry_api/model/message.hpp>
#include <sentry_api/model/request.hpp>
#include <sentry_api/model/stacktrace.hpp>
#include <sentry_api/model/template.hpp>
#include <sentry_api/model/thread.hpp>

#include <array>
#include <string_view>
#include <variant>

namespace sentry_api {

// Each entry is `{"type": <name>, "data": ...}`; the alternative's type says the name.

/// A `message` entry: the event's message and its parameters.
struct message_entry {
    /// `data`: the message (object; required, not null).
    required_key<message_data> data;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(message_entry, (), (data, unknown))

/// A `stacktrace` entry: the stack of an event that has no exception.
struct stacktrace_entry {
    /// `data`: the stack trace (object; required, not null).
    required_key<sentry_api::stacktrace> data;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(stacktrace_entry, (), (data, unknown))

/// An `exception` entry: the exceptions raised, each with its stack.
struct exception_entry {
    /// `data`: the exceptions (object; required, not null).
    required_key<exception_data> data;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(exception_entry, (), (data, unknown))

/// A `template` entry: where a template failed to render.
struct template_entry {
    /// `data`: where the template failed (object; required, not null).
    required_key<template_data> data;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(template_entry, (), (data, unknown))

/// A `request` entry: the HTTP request the event happened in.
struct request_entry {
    /// `data`: the HTTP request (object; required, not null).
    required_key<request_data> data;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(request_entry, (), (data, unknown))

/// A `breadcrumbs` entry: what happened before the event.
struct breadcrumbs_entry {
    /// `data`: the breadcrumbs (object; required, not null).
    required_key<breadcrumbs_data> data;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(breadcrumbs_entry, (), (data, unknown))

/// A `threads` entry: the process's threads and their stacks.
struct threads_entry {
    /// `data`: the threads (object; required, not null).
    required_key<threads_data> data;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(threads_entry, (), (data, unknown))

/// An entry of a type this library does not know (`debugmeta`, `spans`, ...): its `type` and
/// raw `data` are kept as they came. An entry whose `type` is absent or `null` is held here too.
struct unknown_entry {
    /// `type`: the entry's type, as it came (`debugmeta`, `spans`, ...) (string; required, not null).
    required_key<std::string> type;
    /// `data`: the entry's data, kept as it came (any JSON, null too; required).
    required_key<json_text> data;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(unknown_entry, (), (type, data, unknown))

/// One of an event's entries, chosen by its `type`.
using entry = std::variant<message_entry, stacktrace_entry, exception_entry, template_entry, request_entry,
                           breadcrumbs_entry, threads_entry, unknown_entry>;

} // namespace sentry_api

/// An entry is a union tagged by its `type` key (see codec::union_traits).
template<>
struct sentry_api::codec::union_traits<sentry_api::entry> {
    /// The name of the union in messages and in the JSON Schema: `entry`.
    static constexpr std::string_view name = "entry";
    /// The key that says which alternative an entry is: `type`.
    static constexpr std::string_view tag = "type";
    /// The `type` of each alternative, in order; any other `type` is held as an unknown_entry.
    static constexpr std::array<std::string_view, 7> names = {
        "message", "stacktrace", "exception", "template", "request", "breadcrumbs", "threads"};
};

#endif
