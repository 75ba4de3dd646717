// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_OPTIONS_HPP
#define SENTRY_API_CLIENT_OPTIONS_HPP

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace sentry_api::client {

/// How a `session` talks to the server.
struct options {
    /// Sent as `Authorization: Bearer <token>` when not empty; never logged or put in an error.
    std::string token;
    /// A PEM file of the CAs to trust for `https://`; empty: the system's CAs.
    std::string ca_file;
    /// The most one attempt of a request may take, from connecting to the last byte.
    std::chrono::milliseconds timeout{30000};
    /// How many times a request is tried again after a 429, a 5xx, a reset connection, a
    /// response cut short or a timeout. A request that changes state (`PUT`, `DELETE`) is
    /// tried again only when the server cannot have acted on it: no connection could be made,
    /// or it answered 429, or 503 with a `Retry-After`.
    unsigned retries = 3;
    /// The wait before the first retry of a 5xx, a reset or a timeout; each next wait doubles.
    std::chrono::milliseconds retry_wait{500};
    /// The longest a 429's `Retry-After` is obeyed.
    std::chrono::milliseconds max_retry_after{60000};
    /// How many redirects (301, 302, 307, 308, within the same scheme, host and port) one
    /// request follows; a redirect anywhere else is never followed.
    unsigned max_redirects = 5;
    /// Whether to ask for gzip bodies (`Accept-Encoding: gzip`); a gzip body is inflated as it
    /// arrives (zlib), so a page walk reads it as it reads a plain one.
    bool gzip = true;
    /// The largest response body accepted, as sent and, for a gzip body, once inflated: a body
    /// that inflates past it (a gzip bomb) ends the request with an error, having held one
    /// 16 KiB piece of it at a time when it is a page.
    std::size_t max_body_bytes = std::size_t(64) << 20;
    /// The forward proxy for `http://` URLs (`http://host:port`; `host:port` too), and for
    /// `https://` URLs, reached with `CONNECT` (the TLS session is the server's, through it);
    /// empty: none. Proxy credentials are not supported.
    std::string http_proxy;
    std::string https_proxy;
    /// Hosts reached without a proxy: comma-separated names (`example.com` also names its
    /// subdomains), addresses, or `*` for all.
    std::string no_proxy;
    /// Told of each retry, before its wait (a line without the token); may be empty.
    std::function<void(std::string const&)> on_retry;
};

} // namespace sentry_api::client

#endif
