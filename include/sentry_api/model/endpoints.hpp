#ifndef SENTRY_API_MODEL_ENDPOINTS_HPP
#define SENTRY_API_MODEL_ENDPOINTS_HPP

#include <sentry_api/model/link.hpp>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sentry_api {

/// An HTTP request to make: the method and the full URL. This library makes no request itself.
struct http_request {
    std::string method;
    std::string url;

    friend bool operator==(http_request const& a, http_request const& b)
    {
        return a.method == b.method && a.url == b.url;
    }
};

namespace detail {

// RFC 3986: everything but the unreserved characters is percent-encoded.
inline void append_percent_encoded(std::string& out, std::string_view s)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
}

inline std::string hashes_path(std::string_view base, std::string_view organization, std::string_view issue_id)
{
    std::string url(base);
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    if (organization.empty()) {
        url += "/api/0/issues/";
    } else {
        url += "/api/0/organizations/";
        append_percent_encoded(url, organization);
        url += "/issues/";
    }
    append_percent_encoded(url, issue_id);
    url += "/hashes/";
    return url;
}

inline void append_query(std::string& url, char& separator, std::string_view name, std::string_view value)
{
    url += separator;
    separator = '&';
    url += name;
    url += '=';
    append_percent_encoded(url, value);
}

} // namespace detail

/// Where an issue lives: the server (`https://sentry.io`), and the organization for the
/// organization-scoped path; an empty organization means the legacy path.
struct issue_location {
    std::string base_url;
    std::string organization;
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
inline http_request list_hashes(issue_location const& where, list_hashes_options const& options = {})
{
    std::string url = detail::hashes_path(where.base_url, where.organization, where.issue_id);
    char separator = '?';
    if (options.full)
        detail::append_query(url, separator, "full", *options.full ? "true" : "false");
    if (options.cursor)
        detail::append_query(url, separator, "cursor", *options.cursor);
    return {"GET", std::move(url)};
}

/// The request that unmerges hashes from an issue: `DELETE` on the legacy path, `PUT` on the
/// organization path, each hash as a repeated `id=` parameter.
inline http_request unmerge_hashes(issue_location const& where, std::vector<std::string> const& hash_ids)
{
    std::string url = detail::hashes_path(where.base_url, where.organization, where.issue_id);
    char separator = '?';
    for (auto const& id : hash_ids)
        detail::append_query(url, separator, "id", id);
    return {where.organization.empty() ? "DELETE" : "PUT", std::move(url)};
}

/// The request for the next page, from a response's parsed `Link` header: the `next` link,
/// unless Sentry says following it gives nothing (`results="false"`).
inline std::optional<http_request> next_page(std::vector<link> const& links)
{
    for (auto const& l : links)
        if (l.rel == "next")
            return l.results == std::optional<bool>(false) ? std::nullopt
                                                           : std::optional<http_request>(http_request{"GET", l.url});
    return std::nullopt;
}

/// The methods of an `Allow` header (`GET, DELETE, HEAD, OPTIONS`), upper-cased.
inline std::set<std::string> parse_allow(std::string_view header)
{
    std::set<std::string> methods;
    std::string current;
    auto flush = [&] {
        if (!current.empty())
            methods.insert(current);
        current.clear();
    };
    for (char c : header) {
        if (c == ',') {
            flush();
        } else if (c != ' ' && c != '\t') {
            current += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        }
    }
    flush();
    return methods;
}

} // namespace sentry_api

#endif
