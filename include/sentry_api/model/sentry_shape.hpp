// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_SENTRY_SHAPE_HPP
#define SENTRY_API_MODEL_SENTRY_SHAPE_HPP

#include <sentry_api/config.hpp>
#include <sentry_api/model/detail/sentry_shape.hpp>
#include <sentry_api/model/event.hpp>
#include <sentry_api/model/group_hash.hpp>

#include <string>
#include <type_traits>
#include <vector>

namespace sentry_api {

/// Which of Sentry's serializers a payload should look like: they differ in a few keys.
enum class sentry_era : unsigned char {
    /// The documented page (2018): a hash is `id`, `latestEvent`, `state`.
    documented,
    /// Current Sentry: a hash is `id`, `latestEvent`, `mergedBySeer`, `seerMatchDistance`; an
    /// event adds `occurrence`, a frame `lock` and `sourceLink`, a request `apiTarget`, a user `geo`.
    current,
};

/// What `check_sentry_shape` and `fill_sentry_shape` compare a payload with.
struct sentry_shape_options {
    sentry_era era = sentry_era::documented; ///< whose key sets apply: the documented page's by default
};

namespace detail {

constexpr unsigned char era_bit(sentry_era e) noexcept
{
    return e == sentry_era::current ? era_current : era_documented;
}

template<class T>
struct is_sentry_payload
    : std::integral_constant<bool, std::is_same_v<T, group_hashes> || std::is_same_v<T, group_hash> ||
                                       std::is_same_v<T, events> || std::is_same_v<T, event>> {};

} // namespace detail

/// The keys Sentry's serializers always write that `payload` lacks, as JSON Pointers, in the
/// order of the model's members.
///
/// A payload that validates may still lack keys that Sentry always sends (as `null`, or as an
/// empty value, when it has nothing to say): an event without `sdk`, `user`, `contexts` or
/// `dateReceived`, a hash without `state`. A server that must answer as Sentry does checks
/// here. The sets, per object: a hash (per era, see `sentry_era`); an event, full (`id`,
/// `groupID`, `eventID`, `projectID`, `size`, `entries`, `dist`, `message`, `title`,
/// `location`, `user`, `contexts`, `sdk`, `context`, `packages`, `type`, `metadata`, `tags`,
/// `platform`, `dateReceived`, `errors`, `_meta`; error and default events also `crashFile`,
/// `culprit`, `dateCreated`, `fingerprints`, `groupingConfig`; transactions `startTimestamp`,
/// `endTimestamp`, `measurements`, `breakdowns`) or simple (with `event.type` and without
/// `entries`: `id`, `event.type`, `groupID`, `eventID`, `projectID`, `message`, `title`,
/// `location`, `culprit`, `user`, `tags`, `platform`, `dateCreated`, `crashFile`, `metadata`);
/// a stack trace, each frame, a request entry's data, a user, a tag. Objects held as JSON
/// (`contexts`, `vars`, ...) are not looked into. A key whose value lenient decoding kept in the
/// object's unknown keys (a value of the wrong kind) is there: it is neither reported nor filled.
///
/// `Payload` is `group_hashes`, `group_hash`, `events` or `event`. (A template, so that a
/// program that never calls it does not compile it; the separately compiled mode compiles it
/// once, in <sentry_api/src.hpp>.)
/// @param payload the payload, as decoded or as built in code
/// @param options the era whose key sets apply
/// @returns the pointers of the missing keys; empty when the payload has Sentry's full key set
/// @code
/// for (auto const& p : sentry_api::check_sentry_shape(page)) std::cerr << "missing " << p << '\n';
/// @endcode
template<class Payload>
std::vector<std::string> check_sentry_shape(Payload const& payload, sentry_shape_options const& options = {})
{
    static_assert(detail::is_sentry_payload<Payload>::value,
                  "check_sentry_shape takes a group_hashes, group_hash, events or event.");
    std::vector<std::string> missing;
    detail::sentry_shape_walk w{detail::era_bit(options.era), &missing, false, {}};
    w.walk(payload);
    return missing;
}

/// Adds every key `check_sentry_shape` reports with what Sentry sends when it has nothing to
/// say: `null`, or the empty value Sentry writes (`{}` for `contexts`, `context`, `packages`
/// and `metadata`; `[]` for `errors`, `entries`, `tags`, `fingerprints`, a frame's `context`,
/// a stack trace's `frames` and a request's `query`; `false` for `hasSystemFrames` and
/// `mergedBySeer`; `"unlocked"` for a hash's `state`; `"default"` for an event's `type` and
/// `event.type`). Keys already there, null or not, are left as they are; a decoded object gets
/// the new keys after the ones that came, an object built in code has them in the model's order.
///
/// What has no such value is left for the program to set, and `check_sentry_shape` still
/// reports it: a hash's or an event's `id` and `eventID` (absent only in a decoded payload that
/// lacks them), a tag's `key` and `value`, a transaction's `startTimestamp` and `endTimestamp`.
/// `Payload` is `group_hashes`, `group_hash`, `events` or `event`.
/// @param payload the payload to complete
/// @param options the era whose key sets apply
/// @code
/// sentry_api::group_hashes page(2);
/// // ... set ids and events ...
/// sentry_api::fill_sentry_shape(page);
/// std::string body = sentry_api::encode(page, sentry_api::style::python);
/// @endcode
template<class Payload>
void fill_sentry_shape(Payload& payload, sentry_shape_options const& options = {})
{
    static_assert(detail::is_sentry_payload<Payload>::value,
                  "fill_sentry_shape takes a group_hashes, group_hash, events or event.");
    detail::sentry_shape_walk w{detail::era_bit(options.era), nullptr, true, {}};
    w.walk(payload);
}

#ifdef SENTRY_API_SEPARATE_COMPILATION
extern template std::vector<std::string> check_sentry_shape(group_hashes const&, sentry_shape_options const&);
extern template std::vector<std::string> check_sentry_shape(group_hash const&, sentry_shape_options const&);
extern template std::vector<std::string> check_sentry_shape(events const&, sentry_shape_options const&);
extern template std::vector<std::string> check_sentry_shape(event const&, sentry_shape_options const&);
extern template void fill_sentry_shape(group_hashes&, sentry_shape_options const&);
extern template void fill_sentry_shape(group_hash&, sentry_shape_options const&);
extern template void fill_sentry_shape(events&, sentry_shape_options const&);
extern template void fill_sentry_shape(event&, sentry_shape_options const&);
#endif

} // namespace sentry_api

#endif
