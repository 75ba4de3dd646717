// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_RESULT_HPP
#define SENTRY_API_CODEC_RESULT_HPP

#include <sentry_api/codec/error.hpp>

#include <utility>
#include <variant>

namespace sentry_api::codec {

/// A decoded value or the error that prevented it.
///
/// @code
/// auto r = sentry_api::decode<sentry_api::event>(text);
/// if (!r) std::cerr << r.error().to_string() << '\n';
/// @endcode
template<class T>
class result {
public:
    result(T value) : v_(std::in_place_index<0>, std::move(value)) {}
    result(codec::error e) : v_(std::in_place_index<1>, std::move(e)) {}
    /// A value made in place from `args` (value-initialized when there are none).
    template<class... Args>
    explicit result(std::in_place_t, Args&&... args) : v_(std::in_place_index<0>, std::forward<Args>(args)...)
    {
    }

    bool has_value() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws `decode_error` when there is none.
    T& value() &
    {
        check();
        return std::get<0>(v_);
    }
    T const& value() const&
    {
        check();
        return std::get<0>(v_);
    }
    T&& value() &&
    {
        check();
        return std::get<0>(std::move(v_));
    }

    T& operator*() & noexcept { return *std::get_if<0>(&v_); }
    T const& operator*() const& noexcept { return *std::get_if<0>(&v_); }
    T&& operator*() && noexcept { return std::move(*std::get_if<0>(&v_)); }
    T* operator->() noexcept { return std::get_if<0>(&v_); }
    T const* operator->() const noexcept { return std::get_if<0>(&v_); }

    /// The error; only meaningful when `!has_value()`.
    codec::error const& error() const { return std::get<1>(v_); }

private:
    void check() const
    {
        if (!has_value())
            throw decode_error(std::get<1>(v_));
    }

    std::variant<T, codec::error> v_;
};

} // namespace sentry_api::codec

#endif
