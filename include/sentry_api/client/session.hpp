// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_SESSION_HPP
#define SENTRY_API_CLIENT_SESSION_HPP

#include <sentry_api/client/detail/redirect.hpp>
#include <sentry_api/client/detail/retry.hpp>
#include <sentry_api/client/detail/token.hpp>
#include <sentry_api/client/detail/transport.hpp>
#include <sentry_api/client/error.hpp>
#include <sentry_api/client/options.hpp>

#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace sentry_api::client {

/// An HTTP response the server gave: its status, the headers the client reads, and the body.
using response = detail::response;

/// Where `session::get` puts the body of a 200 answer as it is read, instead of into the
/// response: `restart()` comes before the first piece of each attempt (an attempt cut short is
/// tried again from the start), then `write(piece)` for each piece.
using body_sink = detail::body_sink;

/// A synchronous client of one Sentry server's API: GETs with the token, a timeout per
/// attempt, and retries of what may pass (429 after its `Retry-After`; 5xx, a reset or closed
/// connection, a response cut short and a timeout after growing waits).
///
/// Consecutive requests to one server share a connection (HTTP/1.1 keep-alive; over TLS one
/// handshake, and the session offered again when a new connection is needed). When the server
/// closes it, or it breaks, the next request opens another: a request that failed on a kept
/// connection before any byte of its answer came is sent again at once on a new one, which is
/// not a retry. Not for use by several threads at once.
/// @code
/// sentry_api::client::options o;
/// o.token = std::getenv("SENTRY_AUTH_TOKEN");
/// sentry_api::client::session s(o);
/// auto r = s.get("https://sentry.io/api/0/issues/42/hashes/");
/// @endcode
class session {
public:
    /// The token is taken without the white space around it; one that still holds a control
    /// character (CR, LF, any byte below 0x20, or 0x7F) is never sent: every request fails with
    /// an error saying so, before any connection is made.
    explicit session(client::options o) : options_(with_trimmed_token(std::move(o))), transport_(options_) {}
    session(session const&) = delete;
    session& operator=(session const&) = delete;

    client::options const& options() const noexcept { return options_; }

    /// Why the token cannot be sent (a control character in it), when it cannot; every request
    /// then fails with this, before any connection. Never holds the token.
    std::optional<std::string> const& token_problem() const noexcept { return token_problem_; }

    /// GETs `url` until it answers 200 or cannot. A redirect (301, 302, 307, 308) to the same
    /// scheme, host and port is followed, at most `options::max_redirects` times; any other is
    /// refused with its `Location` named, so the token goes to no other server.
    /// @returns the 200 response, or an error naming the URL and the last reason: a status
    /// other than 200, 429 and 5xx (with the body's `detail`, or a redirect's `Location`), a
    /// failure that is not worth retrying, or the last reason once the retries are spent
    /// (`... (after 3 retries)`)
    result<response> get(std::string_view url)
    {
        auto parsed = boost::urls::parse_uri(url);
        if (!parsed)
            return error{std::string(url), "not a URL: " + parsed.error().message()};
        if (parsed->scheme() != "http" && parsed->scheme() != "https")
            return error{std::string(url), "not an http:// or https:// URL"};
        if (parsed->encoded_host().empty())
            return error{std::string(url), "the URL has no host"};
        return get(*parsed);
    }

    /// The same, for a parsed http:// or https:// URL. With a `sink`, the body of the 200
    /// answer goes to it as it is read, and the response returned holds only the headers.
    result<response> get(boost::urls::url_view first, body_sink* sink = nullptr)
    {
        return send(boost::beast::http::verb::get, first, sink);
    }

    /// Sends `method` (`OPTIONS`, `PUT`, `DELETE`, ...; no body) to `url`, as `get` does: the
    /// token, the same-server redirects, and the retries; but a request that changes state
    /// (any method but `GET`, `HEAD` and `OPTIONS`) goes on a new connection and is sent again
    /// only when the server cannot have acted on it: no connection could be made, or it
    /// answered 429, or 503 with a `Retry-After`. A 409 after such a retry says that the first
    /// try may have started what it refuses.
    /// @returns the response when its status is 2xx (for GET: 200), or an error as `get`'s
    result<response> send(boost::beast::http::verb method, boost::urls::url_view first, body_sink* sink = nullptr)
    {
        if (token_problem_)
            return fail(first, *token_problem_);
        boost::urls::url url(first);
        answered_url_ = url;
        for (unsigned redirects = 0;; ++redirects) {
            auto r = attempt(method, url, sink);
            answered_url_ = url;
            if (!r || success(method, r->result_int()))
                return r;
            // A redirect that `attempt` left to be judged here.
            auto const status = r->result_int();
            auto const header = (*r)[boost::beast::http::field::location];
            std::string const location(header.data(), header.size());
            auto target = detail::redirect_target(url, location);
            std::string why;
            if (!target)
                why = location.empty() ? "without a Location" : "to '" + location + "', which is not a URL";
            else if (!detail::same_server(*target, url))
                why = "to " + std::string(target->buffer()) + ": not followed, " + other_server(url, *target);
            else if (redirects == options_.max_redirects)
                why = "to " + std::string(target->buffer()) + ": not followed, more than " +
                      std::to_string(options_.max_redirects) + (options_.max_redirects == 1 ? " redirect" : " redirects");
            if (!why.empty()) {
                auto e = fail(url, reason(*r) + ' ' + why);
                e.status = status;
                return e;
            }
            url = std::move(*target);
        }
    }

    /// The URL that gave the last answer: the last request's own, or where its redirects led.
    /// A link in that answer (a next page's) is relative to it.
    boost::urls::url_view answered_url() const noexcept { return answered_url_; }

private:
    static bool success(boost::beast::http::verb method, unsigned status)
    {
        return method == boost::beast::http::verb::get ? status == 200 : status / 100 == 2;
    }

    // One request with its retries, to `url` only: the answer that succeeded, or a redirect to
    // judge.
    result<response> attempt(boost::beast::http::verb method, boost::urls::url_view url, body_sink* sink)
    {
        bool const idempotent = detail::idempotent(method);
        std::string first_failure; // what made a request that changes state go again
        for (unsigned retry = 0;; ++retry) {
            std::string what;
            unsigned status = 0;
            std::string_view retry_after;
            auto r = transport_.get(url, sink, method);
            if (auto* failure = std::get_if<detail::transport_failure>(&r)) {
                if (!failure->transient)
                    return fail(url, failure->what);
                if (!idempotent && !failure->unsent)
                    return fail(url, failure->what + "; not sent again: the server may have acted on it");
                what = failure->what;
            } else {
                auto& res = std::get<response>(r);
                status = res.result_int();
                if (success(method, status) || detail::followed_redirect(status))
                    return std::move(res);
                what = status_text(res);
                if (status == 400 && url.scheme_id() == boost::urls::scheme::http && plain_http_refused(res.body()))
                    what += "; the server answers over https: give an https:// URL";
                auto header = res[boost::beast::http::field::retry_after];
                retry_after = std::string_view(header.data(), header.size());
                bool const retried = status == 429 || (status >= 500 && status <= 599);
                bool const not_acted = status == 429 || (status == 503 && !header.empty());
                if (!retried || (!idempotent && !not_acted)) {
                    if (retried)
                        what += "; not sent again: the server may have acted on it";
                    else if (status == 409 && !first_failure.empty())
                        what += "; the first try may have started it (it was sent again after " + first_failure + ")";
                    auto e = fail(url, what);
                    e.status = status;
                    return e;
                }
            }
            if (!idempotent && first_failure.empty() && status != 0)
                first_failure = what; // an answer: the server's word that it did nothing
            if (retry == options_.retries) {
                auto e = fail(url, what + (retry == 0 ? std::string()
                                                      : " (after " + std::to_string(retry) +
                                                            (retry == 1 ? " retry)" : " retries)")));
                e.status = status;
                return e;
            }
            auto wait = detail::wait_before_retry(options_, retry, status, retry_after);
            if (options_.on_retry)
                options_.on_retry(detail::redact(std::string(url.buffer()) + ": " + what + " (retry " +
                                                     std::to_string(retry + 1) + " of " +
                                                     std::to_string(options_.retries) + " in " +
                                                     detail::seconds_text(wait) + ")",
                                                 options_.token));
            std::this_thread::sleep_for(wait);
        }
    }

    // Why a redirect to `to` is not followed from `from`, and what to do instead.
    static std::string other_server(boost::urls::url_view from, boost::urls::url_view to)
    {
        std::string why = "another server (the token is not sent there)";
        if (from.scheme_id() == boost::urls::scheme::http && to.scheme_id() == boost::urls::scheme::https &&
            from.host_address() == to.host_address())
            why += "; the server answers over https: give an https:// URL";
        return why;
    }

    // Whether a 400 says that plain http came to a port that speaks https (nginx's words).
    static bool plain_http_refused(std::string_view body) noexcept
    {
        return body.find("plain HTTP request was sent to HTTPS port") != std::string_view::npos;
    }

    static client::options with_trimmed_token(client::options o)
    {
        o.token = detail::trimmed_token(o.token);
        return o;
    }

    // An error that cannot show the token, even when the server echoed it back.
    error fail(boost::urls::url_view url, std::string const& what) const
    {
        return error{detail::redact(std::string(url.buffer()), options_.token), detail::redact(what, options_.token)};
    }

    // `HTTP 301 Moved Permanently`: the status and its standard reason.
    static std::string reason(response const& res)
    {
        std::string text = "HTTP " + std::to_string(res.result_int());
        auto reason = boost::beast::http::obsolete_reason(res.result());
        if (reason != "<unknown-status>") {
            text += ' ';
            text += std::string_view(reason.data(), reason.size());
        }
        return text;
    }

    // `HTTP 401 Unauthorized: Invalid token.`: the status, its standard reason and Sentry's
    // detail; for another redirect (303, 300, ...), where it points.
    static std::string status_text(response const& res)
    {
        std::string text = reason(res);
        auto const location = res[boost::beast::http::field::location];
        if (res.result_int() / 100 == 3 && !location.empty())
            text += " to " + std::string(location.data(), location.size()) + ": not followed";
        if (auto detail = detail::error_detail(res.body()))
            text += ": " + *detail;
        return text;
    }

    client::options options_;
    std::optional<std::string> token_problem_ = detail::token_problem(options_.token);
    detail::transport transport_;
    boost::urls::url answered_url_;
};

} // namespace sentry_api::client

#endif
