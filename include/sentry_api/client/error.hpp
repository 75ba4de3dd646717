// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_ERROR_HPP
#define SENTRY_API_CLIENT_ERROR_HPP

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace sentry_api::client {

/// Why a request, or a walk of pages, gave up: the URL it was at and what happened there
/// (`HTTP 401 Unauthorized: Invalid token.`, `no answer within 30 s (after 3 retries)`,
/// `1:1: expected a JSON value`). Never holds the token.
struct error {
    std::string url;
    std::string what;
    /// The HTTP status that ended it (`401`), or 0 when no answer did (a timeout, a bad body).
    unsigned status = 0;

    /// `url: what`, as the command-line tool prints it after `error: `.
    std::string to_string() const { return url + ": " + what; }
};

/// Thrown by the throwing convenience `result::value()`.
class fetch_error : public std::runtime_error {
public:
    explicit fetch_error(client::error e) : std::runtime_error(e.to_string()), error_(std::move(e)) {}
    client::error const& error() const noexcept { return error_; }

private:
    client::error error_;
};

/// A value or the error that prevented it, like `codec::result` for the client's errors.
template<class T>
class result {
public:
    result(T value) : v_(std::in_place_index<0>, std::move(value)) {}
    result(client::error e) : v_(std::in_place_index<1>, std::move(e)) {}

    bool has_value() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws `fetch_error` when there is none.
    T& value() &
    {
        if (!has_value())
            throw fetch_error(std::get<1>(v_));
        return std::get<0>(v_);
    }
    T&& value() &&
    {
        if (!has_value())
            throw fetch_error(std::get<1>(v_));
        return std::get<0>(std::move(v_));
    }

    T& operator*() & noexcept { return *std::get_if<0>(&v_); }
    T const& operator*() const& noexcept { return *std::get_if<0>(&v_); }
    T* operator->() noexcept { return std::get_if<0>(&v_); }
    T const* operator->() const noexcept { return std::get_if<0>(&v_); }

    /// The error; only meaningful when `!has_value()`.
    client::error const& error() const { return std::get<1>(v_); }

private:
    std::variant<T, client::error> v_;
};

} // namespace sentry_api::client

#endif
