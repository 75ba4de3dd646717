// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_DETECT_PAYLOAD_HPP
#define SENTRY_API_MODEL_DETECT_PAYLOAD_HPP

#include <sentry_api/config.hpp>
#include <sentry_api/codec/result.hpp>

#include <ostream>
#include <string_view>

namespace sentry_api {

/// Which of the model's payloads a JSON text is, as `detect_payload` tells them apart.
enum class payload_kind : unsigned char {
    hashes, ///< a page of `group_hashes` (`GET .../hashes/`)
    events, ///< a list of `events` (`GET .../events/`)
    event,  ///< one `event` (`GET .../events/{event_id}/`, the latest-event endpoints)
};

/// The kind's name, as the command-line tool's `--type` spells it: `hashes`, `events` or `event`.
constexpr std::string_view to_string(payload_kind k) noexcept
{
    switch (k) {
    case payload_kind::hashes: return "hashes";
    case payload_kind::events: return "events";
    case payload_kind::event: return "event";
    }
    return "hashes";
}

/// Writes the kind's name.
inline std::ostream& operator<<(std::ostream& os, payload_kind k) { return os << to_string(k); }

/// Tells which payload a JSON text is, by the rule of the command-line tool's `--type auto`:
/// an object is an `event`; an array whose first item is an object with `eventID` and without
/// `latestEvent` is a list of `events`; any other array (an empty one too) is a page of `hashes`.
///
/// The whole text is checked as JSON first (no DOM is built), so the answer for text that is
/// not JSON is the error `decode` would give (`error_kind::syntax` at its line and column, or
/// `limit`, `duplicate`, ...), never a guess from its first bytes. A JSON value that is neither
/// an array nor an object (a string, a number, `true`, `null`) is a `type` error at the root
/// (empty pointer). Whether the payload then decodes, and validates, is `decode`'s and
/// `validate`'s question.
/// @param text the JSON text
/// @returns the kind, or the error that says why the text is none of them
/// @code
/// auto kind = sentry_api::detect_payload(text);
/// if (!kind) std::cerr << kind.error().to_string() << '\n';
/// else if (*kind == sentry_api::payload_kind::hashes) { auto page = sentry_api::decode<sentry_api::group_hashes>(text); }
/// @endcode
SENTRY_API_DECL codec::result<payload_kind> detect_payload(std::string_view text);

} // namespace sentry_api

#ifndef SENTRY_API_SEPARATE_COMPILATION
#include <sentry_api/model/impl/detect_payload.ipp>
#endif

#endif
