#ifndef SENTRY_API_CODEC_PRESENCE_HPP
#define SENTRY_API_CODEC_PRESENCE_HPP

#include <cstddef>
#include <optional>
#include <type_traits>
#include <utility>

namespace sentry_api::codec {

/// The state of a key that may be absent: `absent` is the tag that makes a presence absent.
struct absent_t {
    explicit constexpr absent_t(int) {}
};
inline constexpr absent_t absent{0};

/// A member that keeps all three states of a JSON key: absent, `null`, or a value.
///
/// Decoding never loses the difference and encoding writes back exactly what came in: an absent
/// key is not written, `null` is written as `null`. `Required` and `Nullable` do not change what
/// decoding holds; they say what validation and the JSON Schema demand (a required key, a
/// non-null value). Use the aliases `presence`, `optional_key` and `nullable`.
///
/// When `T` can itself hold `null` (`boost::json::value`), `null` goes to the value.
template<class T, bool Required, bool Nullable>
class basic_presence {
public:
    using value_type = T;
    static constexpr bool required = Required;
    static constexpr bool nullable = Nullable;

    constexpr basic_presence() noexcept = default;
    constexpr basic_presence(absent_t) noexcept {}
    constexpr basic_presence(std::nullptr_t) noexcept : null_(true) {}

    template<class U = T,
             class = std::enable_if_t<std::is_constructible_v<T, U&&> &&
                                      !std::is_same_v<std::decay_t<U>, basic_presence> &&
                                      !std::is_same_v<std::decay_t<U>, absent_t> &&
                                      !std::is_same_v<std::decay_t<U>, std::nullptr_t>>>
    basic_presence(U&& v) : v_(std::forward<U>(v))
    {
    }

    bool is_absent() const noexcept { return !v_ && !null_; }
    bool is_null() const noexcept { return null_; }
    bool has_value() const noexcept { return v_.has_value(); }
    explicit operator bool() const noexcept { return has_value(); }

    T& operator*() & noexcept { return *v_; }
    T const& operator*() const& noexcept { return *v_; }
    T* operator->() noexcept { return &*v_; }
    T const* operator->() const noexcept { return &*v_; }

    /// The value; throws `std::bad_optional_access` when absent or null.
    T& value() & { return v_.value(); }
    T const& value() const& { return v_.value(); }

    template<class U>
    T value_or(U&& fallback) const
    {
        return v_ ? *v_ : static_cast<T>(std::forward<U>(fallback));
    }

    template<class... Args>
    T& emplace(Args&&... args)
    {
        null_ = false;
        return v_.emplace(std::forward<Args>(args)...);
    }

    /// Makes the key absent.
    void reset() noexcept
    {
        v_.reset();
        null_ = false;
    }

    /// Makes the key `null`.
    void set_null() noexcept
    {
        v_.reset();
        null_ = true;
    }

    friend bool operator==(basic_presence const& a, basic_presence const& b)
    {
        return a.null_ == b.null_ && a.v_ == b.v_;
    }
    friend bool operator!=(basic_presence const& a, basic_presence const& b) { return !(a == b); }

private:
    std::optional<T> v_;
    bool null_ = false;
};

/// A key that may be absent and may be `null` (`T?`, opt).
template<class T>
using presence = basic_presence<T, false, true>;

/// A key that may be absent but, when present, must not be `null` (`T`, opt).
template<class T>
using optional_key = basic_presence<T, false, false>;

/// A key that must be present but may be `null` (`T?`, required).
template<class T>
using nullable = basic_presence<T, true, true>;

} // namespace sentry_api::codec

#endif
