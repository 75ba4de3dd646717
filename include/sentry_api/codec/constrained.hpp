// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_CONSTRAINED_HPP
#define SENTRY_API_CODEC_CONSTRAINED_HPP

#include <string>
#include <type_traits>
#include <utility>

namespace sentry_api::codec {

/// A value that carries a validation rule: it decodes and encodes exactly as `T` does, and
/// `validate` checks it with `Rule` (which also writes its part of the JSON Schema).
///
/// A constrained string is a `std::string`; a constrained number converts to and from `T`.
/// @code
/// struct frame { sentry_api::presence<constrained<std::int64_t, non_negative>> lineNo; };
/// if (f.lineNo && *f.lineNo == 303) ...
/// @endcode
template<class T, class Rule>
struct constrained {
    static_assert(std::is_arithmetic_v<T>, "constrained<T, Rule> takes std::string or an arithmetic type.");
    using value_type = T;
    using rule = Rule;

    T value{};

    constexpr constrained() = default;
    constexpr constrained(T v) noexcept : value(v) {}
    constexpr operator T() const noexcept { return value; }
};

template<class Rule>
struct constrained<std::string, Rule> : std::string {
    using value_type = std::string;
    using rule = Rule;

    using std::string::string;
    constrained() = default;
    constrained(std::string s) : std::string(std::move(s)) {}
};

} // namespace sentry_api::codec

#endif
