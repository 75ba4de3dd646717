// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_FETCH_EVENTS_HPP
#define SENTRY_API_CLIENT_FETCH_EVENTS_HPP

#include <sentry_api.hpp>
#include <sentry_api/client/error.hpp>
#include <sentry_api/client/for_each_page.hpp>
#include <sentry_api/client/session.hpp>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace sentry_api::client {

/// What to ask of List an Issue's Events (`GET .../events/`).
struct fetch_events_options {
    std::optional<bool> full;  ///< `full=true|false`: every event's entries; the server's default when empty
    std::size_t max_pages = 0; ///< stop after this many pages; 0: no limit
    /// A value of the wrong kind is kept and reported as its page's violation (see
    /// `walk_options::decode`); false: it ends the walk with an error.
    bool lenient = true;
};

/// Every event of every page fetched, in order, and what validation found on each page.
struct fetched_events {
    sentry_api::events events;
    std::vector<page_report> pages; ///< one a page, in order
    bool more = false;              ///< stopped at `max_pages` while a next page remained
};

/// Walks List an Issue's Events, `GET /api/0/organizations/{org}/issues/{issue_id}/events/`
/// (without an organization, the deprecated `/api/0/issues/{issue_id}/events/`), with
/// `for_each_page`: each page decoded as `events`, validated, and handed to `on_page` as it comes.
/// @code
/// auto r = sentry_api::client::for_each_events_page(session, {"https://sentry.io", "acme", "42"},
///     [](auto& page) { for (auto const& e : page.items) std::cout << e.eventID << '\n'; });
/// @endcode
template<class F>
result<walk_summary> for_each_events_page(session& s, issue_location const& where, F&& on_page,
                                          fetch_events_options const& options = {})
{
    list_events_options o;
    o.full = options.full;
    auto first = detail::checked_url(where.base_url, list_events(where, o).url);
    if (!first)
        return first.error();
    walk_options w;
    w.max_pages = options.max_pages;
    w.decode.lenient = options.lenient;
    return for_each_page<sentry_api::events>(s, *first, std::forward<F>(on_page), w);
}

/// Walks every page of an issue's events (`for_each_events_page`) and keeps them all.
/// @returns every event in order and each page's violations, or the first error (which page's
/// URL, and why), as `fetch_hashes` does
inline result<fetched_events> fetch_events(session& s, issue_location const& where,
                                           fetch_events_options const& options = {})
{
    fetched_events out;
    auto r = for_each_events_page(s, where, detail::keep_every_page(out.events, out.pages), options);
    if (!r)
        return r.error();
    out.more = r->more;
    return out;
}

} // namespace sentry_api::client

#endif
