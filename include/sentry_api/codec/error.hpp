// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_ERROR_HPP
#define SENTRY_API_CODEC_ERROR_HPP

#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace sentry_api::codec {

/// What went wrong while reading JSON text into a type.
enum class error_kind : unsigned char {
    syntax,     ///< the text is not JSON (see `line` and `column`)
    type,       ///< a value of the wrong JSON kind for the type that holds it
    range,      ///< a number that does not fit the type that holds it
    missing,    ///< a required key is absent
    unknown_key,   ///< an unknown key where the type has nowhere to keep it
    unknown_value, ///< a string outside the names of an enum, or a tag outside a closed union
    duplicate,  ///< an object holds the same key twice
    arity,      ///< a fixed-size array with the wrong number of elements
    limit,      ///< a configured limit (nesting depth) was exceeded
};

/// The kind's name: `syntax`, `type`, `range`, `missing`, `unknown_key`, `unknown_value`,
/// `duplicate`, `arity` or `limit`.
constexpr std::string_view to_string(error_kind k) noexcept
{
    switch (k) {
    case error_kind::syntax: return "syntax";
    case error_kind::type: return "type";
    case error_kind::range: return "range";
    case error_kind::missing: return "missing";
    case error_kind::unknown_key: return "unknown_key";
    case error_kind::unknown_value: return "unknown_value";
    case error_kind::duplicate: return "duplicate";
    case error_kind::arity: return "arity";
    case error_kind::limit: return "limit";
    }
    return "syntax";
}

inline std::ostream& operator<<(std::ostream& os, error_kind k) { return os << to_string(k); }

/// The first reason a text could not be decoded.
///
/// `pointer` is the RFC 6901 JSON Pointer of the value that could not be held
/// (empty for the whole document); for `error_kind::syntax` the place is
/// `line` and `column` (1-based, column in bytes) and `offset` (0-based).
struct error {
    error_kind kind = error_kind::syntax;
    std::string pointer;
    std::string message;
    std::size_t offset = 0;
    std::size_t line = 0;
    std::size_t column = 0;

    /// The place of the error: `line:column` for syntax errors, otherwise the JSON Pointer.
    std::string where() const
    {
        if (kind == error_kind::syntax)
            return std::to_string(line) + ':' + std::to_string(column);
        return pointer;
    }

    /// `where: message`, as the command-line tool prints it: the root's pointer (empty) is
    /// written `/` there, so that the place is never blank.
    std::string to_string() const
    {
        return (kind != error_kind::syntax && pointer.empty() ? std::string("/") : where()) + ": " + message;
    }
};

/// A syntax error at `offset` of a one-line text (a header value, a cursor).
inline error syntax_error_at(std::size_t offset, std::string message)
{
    return error{error_kind::syntax, std::string(), std::move(message), offset, 1, offset + 1};
}

/// Thrown by the throwing conveniences (`result::value()`).
class decode_error : public std::runtime_error {
public:
    explicit decode_error(codec::error e)
        : std::runtime_error(e.to_string()), error_(std::move(e)) {}

    codec::error const& error() const noexcept { return error_; }

private:
    codec::error error_;
};

} // namespace sentry_api::codec

#endif
