// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_DETAIL_REDIRECT_HPP
#define SENTRY_API_CLIENT_DETAIL_REDIRECT_HPP

// detail: which servers a request may go on to (a redirect, a next page), and where a redirect
// points.

#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>
#include <boost/url/url_view.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sentry_api::client::detail {

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

// The statuses a client follows: the redirects that keep the method (a GET stays a GET).
inline bool followed_redirect(unsigned status) noexcept
{
    return status == 301 || status == 302 || status == 307 || status == 308;
}

// A redirect's `Location`, resolved against the URL that answered it; nothing when it cannot
// be read as a URL.
inline std::optional<boost::urls::url> redirect_target(boost::urls::url_view from, std::string_view location)
{
    auto ref = boost::urls::parse_uri_reference(location);
    if (!ref)
        return std::nullopt;
    boost::urls::url target;
    if (!boost::urls::resolve(from, *ref, target))
        return std::nullopt;
    target.remove_fragment();
    return target;
}

} // namespace sentry_api::client::detail

#endif
