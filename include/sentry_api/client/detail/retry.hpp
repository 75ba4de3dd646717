// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_DETAIL_RETRY_HPP
#define SENTRY_API_CLIENT_DETAIL_RETRY_HPP

// detail: reading a refusal (`Retry-After`, the body's `detail`) and the waits between retries.

#include <sentry_api/client/options.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace sentry_api::client::detail {

// `Retry-After` in seconds (RFC 9110 delay-seconds); an HTTP date or anything else gives nothing.
inline std::optional<std::chrono::milliseconds> parse_retry_after(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    if (v.empty() || v.size() > 9)
        return std::nullopt;
    long long seconds = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return std::nullopt;
        seconds = seconds * 10 + (c - '0');
    }
    return std::chrono::milliseconds(seconds * 1000);
}

// The wait before retry number `retry` (0 for the first): `first`, doubled each time.
inline std::chrono::milliseconds growing_wait(std::chrono::milliseconds first, unsigned retry)
{
    auto wait = first;
    for (unsigned i = 0; i < retry && wait < std::chrono::hours(1); ++i)
        wait *= 2;
    return wait;
}

// The wait before retry number `retry` after `status` (0: no response at all): a 429's
// Retry-After when it has one, else the growing wait; a 429's wait is capped by the options.
inline std::chrono::milliseconds wait_before_retry(options const& o, unsigned retry, unsigned status,
                                                   std::string_view retry_after)
{
    auto wait = growing_wait(o.retry_wait, retry);
    if (status == 429) {
        if (auto after = parse_retry_after(retry_after))
            wait = *after;
        if (wait > o.max_retry_after)
            wait = o.max_retry_after;
    }
    return wait;
}

// `text` with every occurrence of the token replaced, for what a server echoes back.
inline std::string redact(std::string text, std::string const& token)
{
    if (token.empty())
        return text;
    for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at + 3))
        text.replace(at, token.size(), "***");
    return text;
}

// Sentry's explanation in an error body: `{"detail": "..."}`, or `{"detail": {"message": "..."}}`.
inline std::optional<std::string> error_detail(std::string_view body)
{
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(body, ec);
    if (ec || !v.is_object())
        return std::nullopt;
    auto const* detail = v.get_object().if_contains("detail");
    if (detail && detail->is_object())
        detail = detail->get_object().if_contains("message");
    if (!detail || !detail->is_string())
        return std::nullopt;
    return std::string(detail->get_string());
}

} // namespace sentry_api::client::detail

#endif
