// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_IMPL_ENDPOINTS_IPP
#define SENTRY_API_MODEL_IMPL_ENDPOINTS_IPP

// The definitions of sentry_api/model/endpoints.hpp: included by it in the header-only mode, by
// <sentry_api/src.hpp> in the separately compiled mode.

#include <sentry_api/model/endpoints.hpp>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>
namespace sentry_api {

namespace detail {

// RFC 3986: everything but the unreserved characters (and the bytes of `also_plain`) is
// percent-encoded.
inline void append_percent_encoded(std::string& out, std::string_view s, std::string_view also_plain = {})
{
    static constexpr char hex[] = "0123456789ABCDEF";
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~' || also_plain.find(c) != std::string_view::npos) {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
}

// `{base}/api/0/issues/{issue_id}/` or `{base}/api/0/organizations/{org}/issues/{issue_id}/`.
inline std::string issue_path(std::string_view base, std::string_view organization, std::string_view issue_id)
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
    url += '/';
    return url;
}

inline std::string hashes_path(std::string_view base, std::string_view organization, std::string_view issue_id)
{
    return issue_path(base, organization, issue_id) + "hashes/";
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

SENTRY_API_DECL http_request list_hashes(issue_location const& where, list_hashes_options const& options)
{
    std::string url = detail::hashes_path(where.base_url, where.organization, where.issue_id);
    char separator = '?';
    if (options.full)
        detail::append_query(url, separator, "full", *options.full ? "true" : "false");
    if (options.cursor)
        detail::append_query(url, separator, "cursor", *options.cursor);
    return {"GET", std::move(url)};
}

SENTRY_API_DECL http_request list_events(issue_location const& where, list_events_options const& options)
{
    std::string url = detail::issue_path(where.base_url, where.organization, where.issue_id) + "events/";
    char separator = '?';
    if (options.full)
        detail::append_query(url, separator, "full", *options.full ? "true" : "false");
    if (options.cursor)
        detail::append_query(url, separator, "cursor", *options.cursor);
    return {"GET", std::move(url)};
}

SENTRY_API_DECL http_request retrieve_event(issue_location const& where, std::string_view event_id)
{
    std::string url = detail::issue_path(where.base_url, where.organization, where.issue_id) + "events/";
    detail::append_percent_encoded(url, event_id);
    url += '/';
    return {"GET", std::move(url)};
}

SENTRY_API_DECL http_request unmerge_hashes(issue_location const& where, std::vector<std::string> const& hash_ids)
{
    std::string url = detail::hashes_path(where.base_url, where.organization, where.issue_id);
    char separator = '?';
    for (auto const& id : hash_ids)
        detail::append_query(url, separator, "id", id);
    return {where.organization.empty() ? "DELETE" : "PUT", std::move(url)};
}

SENTRY_API_DECL std::optional<http_request> next_page(std::vector<link> const& links)
{
    for (auto const& l : links)
        if (l.rel == "next")
            return l.results == std::optional<bool>(false) ? std::nullopt
                                                           : std::optional<http_request>(http_request{"GET", l.url});
    return std::nullopt;
}

SENTRY_API_DECL std::set<std::string> parse_allow(std::string_view header)
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
