// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_EXPECTED_HPP
#define SENTRY_API_CODEC_DETAIL_EXPECTED_HPP

// Words for error messages: what a type expects, and how a value that broke a rule looked.

#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/codec/union_traits.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <charconv>
#include <cstddef>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace sentry_api::codec::detail {

template<class T>
std::string expected_name();

// Adds `one` to the alternatives in `out`, unless it is there already.
inline void add_alternative(std::string& out, std::string const& one)
{
    if (out.find(one) != std::string::npos)
        return;
    if (!out.empty())
        out += " or ";
    out += one;
}

template<class V, std::size_t... I>
std::string alternatives_name(std::index_sequence<I...>)
{
    std::string out;
    (add_alternative(out, expected_name<std::variant_alternative_t<I, V>>()), ...);
    return out;
}

inline std::string quoted(std::string_view s)
{
    std::string out = "\"";
    out.append(s.substr(0, 40));
    if (s.size() > 40)
        out += "...";
    return out + '"';
}

/// The type's expectation, as in "expected <this>, got string".
template<class T>
std::string expected_name()
{
    using C = category_of<T>;
    if constexpr (std::is_same_v<C, cat_json_value>)
        return "any JSON value";
    else if constexpr (std::is_same_v<C, cat_json_text>)
        return T::held_kind == json_text_kind::any      ? "any JSON value"
               : T::held_kind == json_text_kind::object ? "object"
                                                        : "array";
    else if constexpr (std::is_same_v<C, cat_presence>)
        return expected_name<typename T::value_type>() + (T::nullable ? " or null" : "");
    else if constexpr (std::is_same_v<C, cat_optional>)
        return expected_name<typename T::value_type>() + " or null";
    else if constexpr (std::is_same_v<C, cat_constrained> || std::is_same_v<C, cat_box>)
        return expected_name<typename T::value_type>();
    else if constexpr (std::is_same_v<C, cat_bool>)
        return "boolean";
    else if constexpr (std::is_same_v<C, cat_integer>)
        return "integer";
    else if constexpr (std::is_same_v<C, cat_float>)
        return "number";
    else if constexpr (std::is_same_v<C, cat_string>)
        return "string";
    else if constexpr (std::is_same_v<C, cat_enum>) {
        std::string out = "one of";
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto D) {
            out += out.size() == 6 ? " " : ", ";
            out += quoted(D.name);
        });
        return out;
    } else if constexpr (std::is_same_v<C, cat_tagged_union>) {
        using traits = union_traits<T>;
        std::string out = "one of";
        for (auto name : traits::names) {
            out += out.size() == 6 ? " " : ", ";
            out += quoted(name);
        }
        return out;
    } else if constexpr (std::is_same_v<C, cat_variant>)
        return alternatives_name<T>(std::make_index_sequence<std::variant_size_v<T>>{});
    else if constexpr (std::is_same_v<C, cat_tuple>)
        return "array of " + std::to_string(std::tuple_size_v<T>) + " elements";
    else if constexpr (std::is_same_v<C, cat_json_array> || std::is_same_v<C, cat_sequence>)
        return "array";
    else
        return "object";
}

/// "integer between MIN and MAX" for an integer type.
template<class T>
std::string integer_range()
{
    return "integer between " + std::to_string(std::numeric_limits<T>::min()) + " and " +
           std::to_string(std::numeric_limits<T>::max());
}

inline std::string show(std::string const& s) { return quoted(s); }

template<class T>
std::enable_if_t<std::is_arithmetic_v<T>, std::string> show(T v)
{
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

template<class T, class R>
auto& underlying(constrained<T, R>& v) noexcept
{
    if constexpr (std::is_arithmetic_v<T>)
        return v.value;
    else
        return static_cast<T&>(v);
}

template<class T, class R>
auto const& underlying(constrained<T, R> const& v) noexcept
{
    if constexpr (std::is_arithmetic_v<T>)
        return v.value;
    else
        return static_cast<T const&>(v);
}

} // namespace sentry_api::codec::detail

#endif
