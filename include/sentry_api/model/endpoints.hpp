// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_ENDPOINTS_HPP
#define SENTRY_API_MODEL_ENDPOINTS_HPP

#include <sentry_api/config.hpp>
#include <sentry_api/model/link.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sentry_api {

/// An HTTP request to make: the method and the full URL. This library makes no request itself.
struct http_request {
    /// `GET`, `PUT` or `DELETE`.
    std::string method;
    /// The full URL, its parts percent-encoded.
    std::string url;

    /// Equal when the methods and the URLs are.
    friend bool operator==(http_request const& a, http_request const& b)
    {
        return a.method == b.method && a.url == b.url;
    }
};

/// Where an issue lives: the server (`https://sentry.io`), and the organization for the
/// organization-scoped path; an empty organization means the legacy path.
struct issue_location {
    /// The server, such as `https://sentry.io`; a final `/` is dropped.
    std::string base_url;
    /// The organization's slug; empty for the legacy path without one.
    std::string organization;
    /// The issue's id.
    std::string issue_id;
};

/// Options of `GET .../hashes/`.
struct list_hashes_options {
    std::optional<bool> full;          ///< `full=true|false`: full events, or the simple form
    std::optional<std::string> cursor; ///< a page's cursor, as a Link header gives it
};

/// The URL of `GET /api/0/issues/{issue_id}/hashes/` (legacy) or
/// `GET /api/0/organizations/{org}/issues/{issue_id}/hashes/`, every part percent-encoded.
/// @code
/// auto req = sentry_api::list_hashes({"https://sentry.io", "acme", "123"}, {});
/// @endcode
SENTRY_API_DECL http_request list_hashes(issue_location const& where, list_hashes_options const& options = {});

/// Options of `GET .../events/`.
struct list_events_options {
    std::optional<bool> full;          ///< `full=true|false`: every event's entries, or the short form
    std::optional<std::string> cursor; ///< a page's cursor, as a Link header gives it
};

/// The URL of List an Issue's Events: `GET /api/0/organizations/{org}/issues/{issue_id}/events/`
/// (or, without an organization, the deprecated `GET /api/0/issues/{issue_id}/events/`), a
/// paginated list of `events`.
/// @code
/// auto req = sentry_api::list_events({"https://sentry.io", "acme", "123"}, {/*full*/ true, {}});
/// @endcode
SENTRY_API_DECL http_request list_events(issue_location const& where, list_events_options const& options = {});

/// The URL of Retrieve an Issue Event:
/// `GET /api/0/organizations/{org}/issues/{issue_id}/events/{event_id}/` (or the deprecated path
/// without an organization), one `event`. `event_id` is an event's id or `latest`, `oldest` or
/// `recommended`.
SENTRY_API_DECL http_request retrieve_event(issue_location const& where, std::string_view event_id);

/// The request that unmerges hashes from an issue: `DELETE` on the legacy path, `PUT` on the
/// organization path, each hash as a repeated `id=` parameter.
SENTRY_API_DECL http_request unmerge_hashes(issue_location const& where, std::vector<std::string> const& hash_ids);

/// The request for the next page, from a response's parsed `Link` header: the `next` link,
/// unless Sentry says following it gives nothing (`results="false"`).
SENTRY_API_DECL std::optional<http_request> next_page(std::vector<link> const& links);

/// The methods of an `Allow` header (`GET, DELETE, HEAD, OPTIONS`), upper-cased.
SENTRY_API_DECL std::set<std::string> parse_allow(std::string_view header);

} // namespace sentry_api

#ifndef SENTRY_API_SEPARATE_COMPILATION
#include <sentry_api/model/impl/endpoints.ipp>
#endif

#endif
