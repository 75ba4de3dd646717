// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_IMPL_PAGE_LINKS_IPP
#define SENTRY_API_MODEL_IMPL_PAGE_LINKS_IPP

// The definitions of sentry_api/model/page_links.hpp: included by it in the header-only mode,
// by <sentry_api/src.hpp> in the separately compiled mode.

#include <sentry_api/model/page_links.hpp>

#include <sentry_api/model/impl/endpoints.ipp> // detail::append_percent_encoded

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sentry_api {

namespace detail {

// The URL of a link: `base` (the request's URL up to `?`), its other parameters, the cursor.
inline std::string page_link_url(std::string_view base, std::string_view others, std::string const& cursor,
                                 page_link_options const& options)
{
    std::string url(base);
    url += '?';
    if (!others.empty()) {
        url += others;
        url += '&';
    } else if (options.documented_empty_query) {
        url += '&';
    }
    url += "cursor=";
    // As Sentry writes it: `:` (and what else a query holds as it is) stays, the rest is %XX.
    append_percent_encoded(url, cursor, ":@!$'()*,;/?");
    return url;
}

} // namespace detail

SENTRY_API_DECL std::vector<link> page_links(std::string_view request_url, page_link const& previous,
                                             page_link const& next, page_link_options const& options)
{
    std::string_view url = request_url.substr(0, request_url.find('#'));
    std::size_t const q = url.find('?');
    std::string_view const base = url.substr(0, q);
    // The other parameters, in order: every `cursor` parameter and every empty one dropped.
    std::string others;
    if (q != std::string_view::npos) {
        std::string_view query = url.substr(q + 1);
        for (;;) {
            std::size_t const amp = query.find('&');
            std::string_view const param = query.substr(0, amp);
            std::string_view const name = param.substr(0, param.find('='));
            if (!param.empty() && name != "cursor") {
                if (!others.empty())
                    others += '&';
                others += param;
            }
            if (amp == std::string_view::npos)
                break;
            query.remove_prefix(amp + 1);
        }
    }
    std::vector<link> links;
    for (auto const* p : {&previous, &next}) {
        link l;
        std::string const c = format_cursor(p->cursor);
        l.url = detail::page_link_url(base, others, c, options);
        l.rel = p == &previous ? "previous" : "next";
        l.results = p->results;
        l.cursor = c;
        links.push_back(std::move(l));
    }
    return links;
}

SENTRY_API_DECL std::string page_link_header(std::string_view request_url, page_link const& previous,
                                             page_link const& next, page_link_options const& options)
{
    return format_link_header(page_links(request_url, previous, next, options));
}

} // namespace sentry_api

#endif
