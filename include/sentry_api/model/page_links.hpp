// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_PAGE_LINKS_HPP
#define SENTRY_API_MODEL_PAGE_LINKS_HPP

#include <sentry_api/config.hpp>
#include <sentry_api/model/cursor.hpp>
#include <sentry_api/model/link.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace sentry_api {

/// One of a page's two links, as a server that answers in Sentry's shape knows it: the cursor
/// that following the link sends, and whether following it gives anything.
struct page_link {
    sentry_api::cursor cursor; ///< the cursor that following the link sends
    /// `results="true"`: there is a page there. Sentry sends both links always, and says here
    /// whether one leads anywhere.
    bool results = false;
};

/// How `page_links` writes a link's URL.
struct page_link_options {
    /// `?&cursor=...` when the request has no other query parameter, as Sentry wrote it in 2018
    /// (the documented page's headers); by default `?cursor=...`, as current Sentry writes it.
    bool documented_empty_query = false;
};

/// The `previous` and `next` links of a page, as Sentry's paginator writes them: each the
/// request's own URL with its `cursor` query parameter replaced by the link's cursor (in
/// Sentry's form, `format_cursor`), the other parameters kept as they came and in their order;
/// `rel`, `results` and `cursor` set. A fragment is dropped; so are empty parameters (`?&`).
/// Bytes of a cursor that a query cannot hold as they are (`&`, `#`, `%`, `+`, space, non-ASCII
/// text, ...) are percent-encoded in the URL; the `cursor` parameter holds it as it is.
/// @param request_url the URL the page was asked for, as the server saw it (scheme and host included)
/// @param previous the cursor back, and whether there is a page there
/// @param next the cursor on, and whether there is a page there
/// @param options how the URLs are written (current Sentry's form by default)
/// @returns the `previous` link, then the `next` link
/// @code
/// auto links = sentry_api::page_links("https://sentry.example/api/0/issues/1/hashes/?full=false",
///                                     {{0, 0, true}, false}, {{0, 100, false}, true});
/// @endcode
SENTRY_API_DECL std::vector<link> page_links(std::string_view request_url, page_link const& previous,
                                             page_link const& next, page_link_options const& options = {});

/// The `Link` header value of a page, as Sentry writes it: `format_link_header` of `page_links`.
/// @param request_url the URL the page was asked for, as the server saw it
/// @param previous the cursor back, and whether there is a page there
/// @param next the cursor on, and whether there is a page there
/// @param options how the URLs are written (current Sentry's form by default)
/// @returns the header's value
/// @code
/// // <https://sentry.example/api/0/issues/1/hashes/?cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", <...>
/// std::string value = sentry_api::page_link_header(request_url, {{0, 0, true}, false}, {{0, 100, false}, true});
/// @endcode
SENTRY_API_DECL std::string page_link_header(std::string_view request_url, page_link const& previous,
                                             page_link const& next, page_link_options const& options = {});

} // namespace sentry_api

#ifndef SENTRY_API_SEPARATE_COMPILATION
#include <sentry_api/model/impl/page_links.ipp>
#endif

#endif
