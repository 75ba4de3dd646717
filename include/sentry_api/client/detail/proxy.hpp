// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_DETAIL_PROXY_HPP
#define SENTRY_API_CLIENT_DETAIL_PROXY_HPP

// detail: which forward proxy a request goes through, as curl and Sentry's tools read
// `http_proxy`, `https_proxy` and `no_proxy`.

#include <sentry_api/client/options.hpp>

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace sentry_api::client::detail {

// A proxy to connect to: its host and port, and its URL as given (for errors).
struct proxy_address {
    std::string host;
    std::string port;
    std::string url;
};

inline std::string lowered(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
}

// Whether `no_proxy` (comma-separated: `*`, a host, `.example.com` or `example.com` for it and
// its subdomains, an address) names `host`.
inline bool no_proxy_names(std::string_view no_proxy, std::string const& host)
{
    std::string const h = lowered(host);
    while (!no_proxy.empty()) {
        auto const comma = no_proxy.find(',');
        std::string entry = lowered(no_proxy.substr(0, comma));
        no_proxy.remove_prefix(comma == std::string_view::npos ? no_proxy.size() : comma + 1);
        auto const first = entry.find_first_not_of(" \t");
        if (first == std::string::npos)
            continue;
        entry = entry.substr(first, entry.find_last_not_of(" \t") - first + 1);
        if (entry == "*")
            return true;
        if (entry.front() == '.')
            entry.erase(0, 1);
        if (h == entry || (h.size() > entry.size() && h.compare(h.size() - entry.size(), entry.size(), entry) == 0 &&
                           h[h.size() - entry.size() - 1] == '.'))
            return true;
    }
    return false;
}

// The proxy for `url` by the options (`https_proxy` for https://, `http_proxy` for http://),
// nothing when there is none or `no_proxy` names the host; or why the proxy's URL cannot serve.
inline std::variant<std::optional<proxy_address>, std::string> proxy_for(options const& o, boost::urls::url_view url)
{
    std::string const& given = url.scheme_id() == boost::urls::scheme::https ? o.https_proxy : o.http_proxy;
    if (given.empty() || no_proxy_names(o.no_proxy, url.host_address()))
        return std::optional<proxy_address>();
    std::string const with_scheme = given.find("://") == std::string::npos ? "http://" + given : given;
    auto parsed = boost::urls::parse_uri(with_scheme);
    if (!parsed || parsed->scheme_id() != boost::urls::scheme::http || parsed->encoded_host().empty())
        return "the proxy '" + given + "' is not an http:// proxy URL";
    if (parsed->has_userinfo())
        return "the proxy '" + given + "' holds credentials, which the client does not send";
    return std::optional<proxy_address>(
        proxy_address{parsed->host_address(), parsed->has_port() ? std::string(parsed->port()) : "1080", given});
}

} // namespace sentry_api::client::detail

#endif
