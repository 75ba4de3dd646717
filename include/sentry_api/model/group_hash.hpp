// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_GROUP_HASH_HPP
#define SENTRY_API_MODEL_GROUP_HASH_HPP

#include <sentry_api/model/common.hpp>
#include <sentry_api/model/event.hpp>

#include <vector>

namespace sentry_api {

/// One hash of an issue, with the latest event it grouped (older servers sent `id` alone).
///
/// The event is held out of line (`box`), so that a page of hashes without events stays small;
/// `h.latestEvent->eventID` reads through it.
struct group_hash {
    /// `latestEvent`: the newest event grouped by this hash, full or simple (object; may be absent or null).
    presence<box<event>> latestEvent;
    /// `state`: `"unlocked"` or `"locked"`; today's servers leave it out (string; may be absent, not null).
    optional_key<constrained<std::string, rules::hash_state>> state;
    /// `id`: the hash itself, 32 lowercase hex digits (string; required, not null).
    required_key<constrained<std::string, rules::hex32>> id;
    /// `mergedBySeer`: whether Seer merged this hash into the issue (boolean; may be absent, not null).
    optional_key<bool> mergedBySeer;
    /// `seerMatchDistance`: how close Seer's match was, if Seer merged it (number; may be absent or null).
    presence<number> seerMatchDistance;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(group_hash, (), (latestEvent, state, id, mergedBySeer, seerMatchDistance, unknown))

/// A page of `GET /api/0/issues/{issue_id}/hashes/`.
using group_hashes = list<group_hash>;

} // namespace sentry_api

#endif
