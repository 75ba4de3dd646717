#ifndef SENTRY_API_MODEL_COMMON_HPP
#define SENTRY_API_MODEL_COMMON_HPP

#include <sentry_api/codec/box.hpp>
#include <sentry_api/codec/constrained.hpp>
#include <sentry_api/codec/presence.hpp>
#include <sentry_api/codec/unknown_keys.hpp>
#include <sentry_api/model/rules.hpp>

#include <sentry_api/codec/describe.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace sentry_api {

using codec::box;
using codec::constrained;
using codec::nullable;
using codec::optional_key;
using codec::presence;
using codec::unknown_keys;

/// A JSON integer that must be >= 0.
using count = constrained<std::int64_t, rules::non_negative>;

/// A number that keeps its kind: an integer stays an integer, a float a float.
using number = std::variant<std::int64_t, double>;

/// An integer or a string (thread ids, which some platforms write as text).
using int_or_string = std::variant<std::int64_t, std::string>;

/// `[name, value]` (headers, cookies, query parameters); the value and the whole pair may be null.
using pair = std::optional<std::pair<std::string, std::optional<std::string>>>;

/// `[line number, source line]` of a frame's or template's context.
using context_line = std::pair<count, std::optional<std::string>>;

/// A hex address string (`0x...`).
using address = constrained<std::string, rules::address>;

} // namespace sentry_api

#endif
