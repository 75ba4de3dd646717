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
    presence<box<event>> latestEvent;
    optional_key<constrained<std::string, rules::hash_state>> state;
    required_key<constrained<std::string, rules::hex32>> id;
    optional_key<bool> mergedBySeer;
    presence<number> seerMatchDistance;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(group_hash, (), (latestEvent, state, id, mergedBySeer, seerMatchDistance, unknown))

/// A page of `GET /api/0/issues/{issue_id}/hashes/`.
using group_hashes = std::vector<group_hash>;

} // namespace sentry_api

#endif
