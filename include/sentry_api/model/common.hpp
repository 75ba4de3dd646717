// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_COMMON_HPP
#define SENTRY_API_MODEL_COMMON_HPP

#include <sentry_api/codec/box.hpp>
#include <sentry_api/codec/constrained.hpp>
#include <sentry_api/codec/json_text.hpp>
#include <sentry_api/codec/list.hpp>
#include <sentry_api/codec/ordered_map.hpp>
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
using codec::json_array_text;
using codec::json_object_text;
using codec::json_text;
using codec::list;
using codec::nullable;
using codec::optional_key;
using codec::ordered_map;
using codec::presence;
using codec::required_key;
using codec::unknown_keys;

/// A JSON integer that must be >= 0.
using count = constrained<std::int64_t, rules::non_negative>;

/// A number that keeps its kind: an integer stays an integer, a float a float.
using number = std::variant<std::int64_t, double>;

/// An integer or a string (thread ids, which some platforms write as text).
using int_or_string = std::variant<std::int64_t, std::string>;

/// One `[name, value]` item of a request's `headers`, `cookies` or `query` list; the value and
/// the whole pair may be `null` (an empty optional). Assigned to such a list, a braced list of
/// pairs says what it means, one pair or many:
/// @code
/// data.headers = {{"Host", "example.com"}, {"Accept", "*/*"}}; // [["Host","example.com"],["Accept","*/*"]]
/// data.cookies = {{"session", std::nullopt}};                 // [["session",null]]
/// @endcode
using name_value_pair = std::optional<std::pair<std::string, std::optional<std::string>>>;

/// The former name of `name_value_pair`.
using pair [[deprecated("use sentry_api::name_value_pair")]] = name_value_pair;

/// `[line number, source line]` of a frame's or template's context.
using context_line = std::pair<count, std::optional<std::string>>;

/// A numeric database id (`groupID`, `projectID`) as the server wrote it: a string of digits
/// (`"123"`, today's servers) or an integer >= 0 (`123`, older servers and some compatible ones).
/// It keeps which, so it is written back the same way; `digits(id)` gives the text either way.
/// @code
/// if (ev.groupID.has_value() && sentry_api::digits(*ev.groupID) == "1341191803") ...
/// @endcode
using numeric_id = std::variant<constrained<std::string, rules::digits>, count>;

/// The digits of a numeric id, whichever form it came in (`"123"` and `123` both give "123").
inline std::string digits(numeric_id const& id)
{
    if (auto const* s = std::get_if<0>(&id))
        return *s;
    return std::to_string(std::get<1>(id).value);
}

/// A hex address string (`0x...`).
using address = constrained<std::string, rules::address>;

} // namespace sentry_api

#endif
