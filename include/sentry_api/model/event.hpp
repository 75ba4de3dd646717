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
    /// `title`: the title Sentry made for the issue (string; may be absent, not null).
    optional_key<std::string> title;
    /// Every other key of `metadata` (`type`, `value`, `filename`, ...), kept as it came.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(event_metadata, (), (title, unknown))

/// An event, in full form (with `entries`) or simple form (with `event.type`).
///
/// Members come in the order of the documented payload, then the keys newer servers add.
/// `event_type` is the JSON key `event.type`.
struct event {
    /// `eventID`: the event's id, 32 lowercase hex digits (string; required, not null).
    required_key<constrained<std::string, rules::hex32>> eventID;
    /// `sdk`: the SDK that sent the event (object; may be absent or null).
    presence<sentry_api::sdk> sdk;
    /// `errors`: problems met while processing the event (array of objects; may be absent, not null).
    optional_key<list<event_error>> errors;
    /// `dist`: the distribution of the release, such as a build number (string; may be absent or null).
    presence<std::string> dist;
    /// `platform`: where the event comes from: `python`, `javascript`, ... (string; may be absent or null).
    presence<std::string> platform;
    /// `contexts`: structured contexts: `os`, `browser`, `runtime`, ... (object; may be absent or null).
    presence<json_object_text> contexts;
    /// `user`: the user the event happened to (object; may be absent or null).
    presence<sentry_api::user> user;
    /// `fingerprints`: the hashes the event was grouped by (array of strings; may be absent, not null).
    optional_key<list<std::string>> fingerprints;
    /// `dateCreated`: when the event happened (string, RFC 3339 date-time; may be absent or null).
    presence<constrained<std::string, rules::date_time>> dateCreated;
    /// `dateReceived`: when Sentry received the event (string, RFC 3339 date-time; may be absent or null).
    presence<constrained<std::string, rules::date_time>> dateReceived;
    /// `size`: the stored event's size in bytes (integer >= 0; may be absent or null).
    presence<count> size;
    /// `context`: the extra data the SDK attached, `{}` if none (object; may be absent or null).
    presence<json_object_text> context;
    /// `entries`: the event's interfaces, in order; full form only (array of entries; may be absent, not null).
    optional_key<list<entry>> entries;
    /// `id`: the event's id; older servers send a database id (non-empty string; required, not null).
    required_key<constrained<std::string, rules::non_empty>> id;
    /// `message`: the event's message, as sent or as Sentry formatted it (string; may be absent or null).
    presence<std::string> message;
    /// `packages`: the modules loaded, name to version (object of strings; may be absent or null).
    presence<ordered_map<std::string>> packages;
    /// `type`: `error`, `transaction`, ...; see is_known_event_type() (string; may be absent, not null).
    optional_key<std::string> type;
    /// `groupID`: the id of the event's issue (digits, as a string or an integer; may be absent or null).
    presence<numeric_id> groupID;
    /// `tags`: the event's tags (array of objects; may be absent, not null).
    optional_key<list<sentry_api::tag>> tags;
    /// `metadata`: what the title and summary are made from (object; may be absent, not null).
    optional_key<event_metadata> metadata;
    /// `title`: the title Sentry shows for the event (string; may be absent or null).
    presence<std::string> title;
    /// `location`: where it happened: a file, a route, a transaction (string; may be absent or null).
    presence<std::string> location;
    /// `culprit`: the function or route Sentry blames (string; may be absent or null).
    presence<std::string> culprit;
    /// `projectID`: the id of the event's project (digits, as a string or an integer; may be absent or null).
    presence<numeric_id> projectID;
    /// `occurrence`: the issue-platform occurrence behind the event (any JSON, null too; may be absent).
    optional_key<json_text> occurrence;
    /// `crashFile`: the crash report attached to the event (any JSON, null too; may be absent).
    optional_key<json_text> crashFile;
    /// `groupingConfig`: the grouping configuration used (any JSON, null too; may be absent).
    optional_key<json_text> groupingConfig;
    /// `_meta`: what Sentry removed or scrubbed, shaped like the event (any JSON, null too; may be absent).
    optional_key<json_text> _meta;
    /// `measurements`: a transaction's measurements, such as web vitals (any JSON, null too; may be absent).
    optional_key<json_text> measurements;
    /// `breakdowns`: a transaction's time by operation (any JSON, null too; may be absent).
    optional_key<json_text> breakdowns;
    /// `event.type`: the event's type in the simple form (`full=false`) (string; may be absent, not null).
    optional_key<std::string> event_type;
    /// `startTimestamp`: a transaction's start, in seconds since the epoch (number; may be absent, not null).
    optional_key<number> startTimestamp;
    /// `endTimestamp`: a transaction's end, in seconds since the epoch (number; may be absent, not null).
    optional_key<number> endTimestamp;
    /// The keys the model does not describe, kept with their values, in their places.
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
using events = list<event>;

} // namespace sentry_api

/// An event's member `event_type` is the JSON key `event.type` (see codec::key_map).
template<>
struct sentry_api::codec::key_map<sentry_api::event> {
    /// The JSON key of a member: `event.type` for `event_type`, else the member's name.
    static constexpr std::string_view key(std::string_view member)
    {
        return member == "event_type" ? std::string_view("event.type") : member;
    }
};

#endif
