// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_EVENT_HPP
#define SENTRY_API_MODEL_EVENT_HPP

#include <sentry_api/codec/key_map.hpp>
#include <sentry_api/model/common.hpp>
#include <sentry_api/model/entry.hpp>
#include <sentry_api/model/event_error.hpp>
#include <sentry_api/model/sdk.hpp>
#include <sentry_api/model/tag.hpp>
#include <sentry_api/model/user.hpp>

#include <boost/json/object.hpp>

#include <string_view>
#include <vector>

namespace sentry_api {

/// An event's `metadata`: any keys; `title` is a string when present.
struct event_metadata {
    optional_key<std::string> title;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(event_metadata, (), (title, unknown))

/// An event, in full form (with `entries`) or simple form (with `event.type`).
///
/// Members come in the order of the documented payload, then the keys newer servers add.
/// `event_type` is the JSON key `event.type`.
struct event {
    required_key<constrained<std::string, rules::hex32>> eventID;
    presence<sentry_api::sdk> sdk;
    optional_key<std::vector<event_error>> errors;
    presence<std::string> dist;
    presence<std::string> platform;
    presence<json_object_text> contexts;
    presence<sentry_api::user> user;
    optional_key<std::vector<std::string>> fingerprints;
    presence<constrained<std::string, rules::date_time>> dateCreated;
    presence<constrained<std::string, rules::date_time>> dateReceived;
    presence<count> size;
    presence<json_object_text> context;
    optional_key<std::vector<entry>> entries;
    required_key<constrained<std::string, rules::non_empty>> id;
    presence<std::string> message;
    presence<ordered_map<std::string>> packages;
    optional_key<std::string> type;
    presence<numeric_id> groupID;
    optional_key<std::vector<sentry_api::tag>> tags;
    optional_key<event_metadata> metadata;
    presence<std::string> title;
    presence<std::string> location;
    presence<std::string> culprit;
    presence<numeric_id> projectID;
    optional_key<json_text> occurrence;
    optional_key<json_text> crashFile;
    optional_key<json_text> groupingConfig;
    optional_key<json_text> _meta;
    optional_key<json_text> measurements;
    optional_key<json_text> breakdowns;
    optional_key<std::string> event_type;
    optional_key<number> startTimestamp;
    optional_key<number> endTimestamp;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(event, (),
                      (eventID, sdk, errors, dist, platform, contexts, user, fingerprints, dateCreated,
                       dateReceived, size, context, entries, id, message, packages, type, groupID, tags, metadata,
                       title, location, culprit, projectID, occurrence, crashFile, groupingConfig, _meta,
                       measurements, breakdowns, event_type, startTimestamp, endTimestamp, unknown))

/// Whether `type` is an event type known when this library was written (`default`, `error`,
/// `csp`, `nel`, `hpkp`, `expectct`, `expectstaple`, `transaction`, `generic`, `feedback`).
/// An event's `type` is an open set: newer servers add names, and any string is valid.
/// @code
/// if (ev.type.has_value() && *ev.type == "error") ...
/// @endcode
inline bool is_known_event_type(std::string_view type) noexcept
{
    for (std::string_view known : rules::event_type_names::values)
        if (known == type)
            return true;
    return false;
}

/// A list of events (`/issues/{id}/events/`).
using events = std::vector<event>;

} // namespace sentry_api

template<>
struct sentry_api::codec::key_map<sentry_api::event> {
    static constexpr std::string_view key(std::string_view member)
    {
        return member == "event_type" ? std::string_view("event.type") : member;
    }
};

#endif
