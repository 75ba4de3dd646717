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

struct message_entry {
    required_key<message_data> data;
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(message_entry, (), (data, unknown))

struct stacktrace_entry {
    required_key<sentry_api::stacktrace> data;
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(stacktrace_entry, (), (data, unknown))

struct exception_entry {
    required_key<exception_data> data;
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(exception_entry, (), (data, unknown))

struct template_entry {
    required_key<template_data> data;
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(template_entry, (), (data, unknown))

struct request_entry {
    required_key<request_data> data;
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(request_entry, (), (data, unknown))

struct breadcrumbs_entry {
    required_key<breadcrumbs_data> data;
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(breadcrumbs_entry, (), (data, unknown))

struct threads_entry {
    required_key<threads_data> data;
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(threads_entry, (), (data, unknown))

/// An entry of a type this library does not know (`debugmeta`, `spans`, ...): its `type` and
/// raw `data` are kept as they came. An entry whose `type` is absent or `null` is held here too.
struct unknown_entry {
    required_key<std::string> type;
    required_key<json_text> data;
    unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(unknown_entry, (), (type, data, unknown))

/// One of an event's entries, chosen by its `type`.
using entry = std::variant<message_entry, stacktrace_entry, exception_entry, template_entry, request_entry,
                           breadcrumbs_entry, threads_entry, unknown_entry>;

} // namespace sentry_api

template<>
struct sentry_api::codec::union_traits<sentry_api::entry> {
    static constexpr std::string_view name = "entry";
    static constexpr std::string_view tag = "type";
    static constexpr std::array<std::string_view, 7> names = {
        "message", "stacktrace", "exception", "template", "request", "breadcrumbs", "threads"};
};

#endif
