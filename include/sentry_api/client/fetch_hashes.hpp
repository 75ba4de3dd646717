#ifndef SENTRY_API_CLIENT_FETCH_HASHES_HPP
#define SENTRY_API_CLIENT_FETCH_HASHES_HPP

#include <sentry_api.hpp>
#include <sentry_api/client/error.hpp>
#include <sentry_api/client/session.hpp>

#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sentry_api::client {

/// What to ask of `GET .../hashes/`.
struct fetch_hashes_options {
    std::optional<bool> full;  ///< `full=true|false`; the server's default when empty
    std::size_t max_pages = 0; ///< stop after this many pages; 0: no limit
};

/// The contract violations of one page; `page` is 1 for the first.
struct page_report {
    std::size_t page = 0;
    std::string url;
    std::vector<codec::violation> violations;
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
    auto base = boost::urls::parse_uri(where.base_url);
    if (!base || (base->scheme() != "http" && base->scheme() != "https") || base->encoded_host().empty() ||
        base->has_query() || base->has_fragment())
        return error{where.base_url, "the base URL must be http:// or https://, a host, and no query"};
    list_hashes_options o;
    o.full = full;
    std::string const text = list_hashes(where, o).url;
    auto parsed = boost::urls::parse_uri(text);
    if (!parsed)
        return error{where.base_url, "not a URL: " + parsed.error().message()};
    return boost::urls::url(*parsed);
}

// Whether two http(s) URLs name the same server: scheme, host (case-insensitive) and port
// (the scheme's default when absent).
inline bool same_server(boost::urls::url_view a, boost::urls::url_view b)
{
    auto port = [](boost::urls::url_view u) -> std::uint16_t {
        return u.has_port() ? u.port_number() : u.scheme_id() == boost::urls::scheme::https ? 443 : 80;
    };
    auto lower = [](boost::urls::url_view u) {
        std::string h = u.host_address();
        for (char& c : h)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return h;
    };
    return a.scheme_id() == b.scheme_id() && port(a) == port(b) && lower(a) == lower(b);
}

// The cursor a next link follows: its `cursor` parameter, else its URL's, else the URL itself.
inline std::string cursor_of(link const& next, boost::urls::url_view target)
{
    if (next.cursor)
        return *next.cursor;
    auto it = target.params().find("cursor");
    if (it != target.params().end())
        return (*it).value;
    return std::string(target.buffer());
}

} // namespace detail

/// Walks `GET /api/0/issues/{issue_id}/hashes/` (with an organization,
/// `/api/0/organizations/{org}/issues/{issue_id}/hashes/`) page by page, following the `Link`
/// header's `next` until `results="false"`. Each page is decoded as `group_hashes` and
/// validated against the contract.
///
/// The walk stays on the server it started on: a next link to another scheme, host or port is
/// an error, so the token goes nowhere else. A cursor that comes back after it was followed is
/// an error, not a loop.
/// @returns every hash in order and each page's violations, or the first error (which page's
/// URL, and why: the request's error, a body that is not a page of hashes, a bad `Link`)
/// @code
/// sentry_api::client::session s(options);
/// auto r = sentry_api::client::fetch_hashes(s, {"https://sentry.io", "", "42"});
/// if (!r) std::cerr << r.error().to_string() << '\n';
/// @endcode
inline result<fetched_hashes> fetch_hashes(session& s, issue_location const& where,
                                           fetch_hashes_options const& options = {});

namespace detail {

inline result<fetched_hashes> walk(session& s, issue_location const& where, fetch_hashes_options const& options)
{
    auto first = detail::first_page(where, options.full);
    if (!first)
        return first.error();
    boost::urls::url url = std::move(*first);
    std::set<std::string> followed;
    fetched_hashes out;
    for (std::size_t page = 1;; ++page) {
        std::string here(url.buffer());
        auto res = s.get(url);
        if (!res)
            return res.error();
        std::string const& body = res->body();
        auto hashes = decode<group_hashes>(body);
        if (!hashes)
            return error{here, hashes.error().to_string()};
        auto report = validate<group_hashes>(body);
        out.pages.push_back({page, here, std::move(report.violations)});
        out.hashes.insert(out.hashes.end(), std::make_move_iterator(hashes->begin()),
                          std::make_move_iterator(hashes->end()));

        auto header = res->find(boost::beast::http::field::link);
        if (header == res->end())
            return out;
        auto value = header->value();
        auto links = parse_link_header(std::string_view(value.data(), value.size()));
        if (!links)
            return error{here, "Link header: " + links.error().to_string()};
        auto next = next_page(*links);
        if (!next)
            return out;
        auto target = boost::urls::parse_uri_reference(next->url);
        if (!target)
            return error{here, "the next link's URL cannot be read: " + next->url};
        boost::urls::url resolved;
        auto joined = boost::urls::resolve(url, *target, resolved);
        if (!joined)
            return error{here, "the next link's URL cannot be joined: " + next->url};
        if (!detail::same_server(resolved, url))
            return error{here, "the next page is on another server (" + std::string(resolved.buffer()) +
                                   "); the token is not sent there"};
        link const* next_link = nullptr;
        for (auto const& l : *links)
            if (l.rel == "next" && !next_link)
                next_link = &l;
        std::string cursor = detail::cursor_of(*next_link, resolved);
        if (!followed.insert(cursor).second)
            return error{here, "the next cursor \"" + cursor + "\" was already followed"};
        if (options.max_pages != 0 && page == options.max_pages) {
            out.more = true;
            return out;
        }
        url = std::move(resolved);
    }
}

} // namespace detail

inline result<fetched_hashes> fetch_hashes(session& s, issue_location const& where,
                                           fetch_hashes_options const& options)
{
    auto r = detail::walk(s, where, options);
    if (r)
        return r;
    // A server could put anything in a Link header or a body, the token too.
    return error{detail::redact(r.error().url, s.options().token), detail::redact(r.error().what, s.options().token)};
}

} // namespace sentry_api::client

#endif
