// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_FETCH_HASHES_HPP
#define SENTRY_API_CLIENT_FETCH_HASHES_HPP

#include <sentry_api.hpp>
#include <sentry_api/client/error.hpp>
#include <sentry_api/client/for_each_page.hpp>
#include <sentry_api/client/session.hpp>

#include <boost/url/url.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sentry_api::client {

/// What to ask of `GET .../hashes/`.
struct fetch_hashes_options {
    std::optional<bool> full;  ///< `full=true|false`; the server's default when empty
    std::size_t max_pages = 0; ///< stop after this many pages; 0: no limit
    /// A value of the wrong kind is kept and reported as its page's violation (see
    /// `walk_options::decode`); false: it ends the walk with an error.
    bool lenient = true;
};

/// Every hash of every page fetched, in order, and what validation found on each page.
struct fetched_hashes {
    group_hashes hashes;
    std::vector<page_report> pages; ///< one a page, in order
    bool more = false;              ///< stopped at `max_pages` while a next page remained
};

namespace detail {

// The first page's URL: `list_hashes`'s path and query, checked and normalized by Boost.URL.
inline result<boost::urls::url> first_page(issue_location const& where, std::optional<bool> full)
{
    list_hashes_options o;
    o.full = full;
    return checked_url(where.base_url, list_hashes(where, o).url);
}

} // namespace detail

/// Walks `GET /api/0/organizations/{org}/issues/{issue_id}/hashes/` (without an organization,
/// the deprecated `/api/0/issues/{issue_id}/hashes/`) with `for_each_page`, handing each page of
/// `group_hashes` to `on_page` as it comes (`options.max_pages` bounds the walk).
/// @code
/// auto r = sentry_api::client::for_each_hashes_page(session, {"https://sentry.io", "acme", "42"},
///     [](auto& page) { for (auto const& h : page.items) std::cout << h.id.value_or("(no id)") << '\n'; });
/// @endcode
template<class F>
result<walk_summary> for_each_hashes_page(session& s, issue_location const& where, F&& on_page,
                                          fetch_hashes_options const& options = {})
{
    auto first = detail::first_page(where, options.full);
    if (!first)
        return first.error();
    walk_options w;
    w.max_pages = options.max_pages;
    w.decode.lenient = options.lenient;
    return for_each_page<group_hashes>(s, *first, std::forward<F>(on_page), w);
}

/// Walks every page of an issue's hashes (`for_each_hashes_page`) and keeps them all: each page
/// decoded as `group_hashes` and validated against the contract.
///
/// The walk stays on the server it started on: a next link to another scheme, host or port is
/// an error, so the token goes nowhere else. A cursor that comes back after it was followed is
/// an error, not a loop.
/// @returns every hash in order and each page's violations, or the first error (which page's
/// URL, and why: the request's error, a body that is not a page of hashes, a bad `Link`)
/// @code
/// sentry_api::client::session s(options);
/// auto r = sentry_api::client::fetch_hashes(s, {"https://sentry.io", "acme", "42"});
/// if (!r) std::cerr << r.error().to_string() << '\n';
/// @endcode
inline result<fetched_hashes> fetch_hashes(session& s, issue_location const& where,
                                           fetch_hashes_options const& options = {})
{
    fetched_hashes out;
    auto r = for_each_hashes_page(s, where, detail::keep_every_page(out.hashes, out.pages), options);
    if (!r)
        return r.error();
    out.more = r->more;
    return out;
}

} // namespace sentry_api::client

#endif
