// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_FETCH_EVENT_HPP
#define SENTRY_API_CLIENT_FETCH_EVENT_HPP

#include <sentry_api.hpp>
#include <sentry_api/client/error.hpp>
#include <sentry_api/client/for_each_page.hpp>
#include <sentry_api/client/session.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentry_api::client {

/// One event fetched, and what validation found in it.
struct fetched_event {
    sentry_api::event event;
    std::string url;                          ///< where it was fetched
    std::vector<codec::violation> violations; ///< its contract violations
};

/// Retrieve an Issue Event: `GET /api/0/organizations/{org}/issues/{issue_id}/events/{event_id}/`
/// (without an organization, the deprecated path), where `event_id` is an event's id or
/// `latest`, `oldest` or `recommended`. Decoded as `event` and validated in one read, with the
/// session's retries; the same errors as a walk's, the token in none. Read leniently, as a
/// walk's pages are (see `walk_options::decode`): a value of the wrong kind is kept as it came
/// and reported among `violations`.
/// @code
/// auto r = sentry_api::client::fetch_event(session, {"https://sentry.io", "acme", "42"}, "latest");
/// if (r) std::cout << r->event.eventID << '\n';
/// @endcode
inline result<fetched_event> fetch_event(session& s, issue_location const& where, std::string_view event_id = "latest")
{
    auto url = detail::checked_url(where.base_url, retrieve_event(where, event_id).url);
    if (!url)
        return url.error();
    fetched_event out;
    out.url = std::string(url->buffer());
    auto res = s.get(*url);
    if (!res)
        return res.error();
    auto report = decode_and_validate(out.event, res->body(), walk_options::lenient_reading());
    if (report.error)
        return error{detail::redact(out.url, s.options().token),
                     detail::redact(detail::body_error(*report.error, detail::content_type(*res), res->body()),
                                    s.options().token)};
    out.violations = std::move(report.violations);
    return out;
}

} // namespace sentry_api::client

#endif
