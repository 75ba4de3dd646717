// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_CURSOR_HPP
#define SENTRY_API_MODEL_CURSOR_HPP

#include <sentry_api/config.hpp>
#include <sentry_api/codec/result.hpp>

#include <sentry_api/codec/describe.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace sentry_api {

/// Sentry's pagination cursor `value:offset:is_prev`.
///
/// `value` is an integer, a float (when it holds a `.`), or else a string, which may itself
/// hold `:`; the cursor is split from the right. Described, so `encode` writes it as
/// `{"value", "offset", "is_prev"}`.
struct cursor {
    /// The position: an integer, a float (written with a `.`), or else a string.
    std::variant<std::int64_t, double, std::string> value = std::int64_t(0);
    /// The middle part: the offset from `value`, an integer >= 0.
    std::uint64_t offset = 0;
    /// Whether the cursor walks back (`1`) or forward (`0`), the last part.
    bool is_prev = false;
};

SENTRY_API_DESCRIBE_STRUCT(cursor, (), (value, offset, is_prev))

/// Parses `value:offset:is_prev`.
/// @returns the cursor, or an error whose `column` (1-based) places the bad part
SENTRY_API_DECL codec::result<cursor> parse_cursor(std::string_view text);

/// Writes a cursor as Sentry writes it: `value:offset:is_prev`, a float value as Python's `str`.
SENTRY_API_DECL std::string format_cursor(cursor const& c);

} // namespace sentry_api

#ifndef SENTRY_API_SEPARATE_COMPILATION
#include <sentry_api/model/impl/cursor.ipp>
#endif

#endif
