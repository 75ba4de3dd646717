// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_CATEGORY_HPP
#define SENTRY_API_CODEC_DETAIL_CATEGORY_HPP

// The one table that says how each kind of type is read and written. Order is precedence.

#include <sentry_api/codec/box.hpp>
#include <sentry_api/codec/constrained.hpp>
#include <sentry_api/codec/detail/json_text_fwd.hpp>
#include <sentry_api/codec/detail/kind.hpp>
#include <sentry_api/codec/presence.hpp>
#include <sentry_api/codec/union_traits.hpp>
#include <sentry_api/codec/unknown_keys.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/value.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace sentry_api::codec::detail {

struct cat_json_value {};
struct cat_json_object {};
struct cat_json_array {};
struct cat_json_text {};
struct cat_presence {};
struct cat_box {};
struct cat_optional {};
struct cat_constrained {};
struct cat_bool {};
struct cat_integer {};
struct cat_float {};
struct cat_string {};
struct cat_enum {};
struct cat_tagged_union {};
struct cat_variant {};
struct cat_map {};
struct cat_tuple {};
struct cat_sequence {};
struct cat_struct {};
struct cat_unsupported {};

template<class T> struct is_presence : std::false_type {};
template<class T, bool R, bool N> struct is_presence<basic_presence<T, R, N>> : std::true_type {};

template<class T> struct is_box : std::false_type {};
template<class T> struct is_box<box<T>> : std::true_type {};

template<class T> struct is_optional : std::false_type {};
template<class T> struct is_optional<std::optional<T>> : std::true_type {};

template<class T> struct is_constrained : std::false_type {};
template<class T, class R> struct is_constrained<constrained<T, R>> : std::true_type {};

template<class T> struct is_variant : std::false_type {};
template<class... T> struct is_variant<std::variant<T...>> : std::true_type {};

template<class T, class = void> struct is_tagged_union : std::false_type {};
template<class T>
struct is_tagged_union<T, std::void_t<decltype(union_traits<T>::tag)>> : is_variant<T> {};

template<class T, class = void> struct is_map : std::false_type {};
template<class T>
struct is_map<T, std::void_t<typename T::key_type, typename T::mapped_type, decltype(std::declval<T&>().begin())>>
    : std::is_same<typename T::key_type, std::string> {};

template<class T> struct is_tuple_like : std::false_type {};
template<class A, class B> struct is_tuple_like<std::pair<A, B>> : std::true_type {};
template<class... T> struct is_tuple_like<std::tuple<T...>> : std::true_type {};
template<class T, std::size_t N> struct is_tuple_like<std::array<T, N>> : std::true_type {};

template<class T, class = void> struct is_sequence : std::false_type {};
template<class T>
struct is_sequence<T, std::void_t<typename T::value_type, decltype(std::declval<T&>().emplace_back()),
                                  decltype(std::declval<T&>().clear())>> : std::true_type {};

template<class T, class = void> struct has_reserve : std::false_type {};
template<class T>
struct has_reserve<T, std::void_t<decltype(std::declval<T&>().reserve(std::size_t())),
                                  decltype(std::declval<T const&>().capacity())>> : std::true_type {};

template<class T>
struct is_described_struct
    : std::integral_constant<bool, boost::describe::has_describe_members<T>::value && std::is_class_v<T> &&
                                       !std::is_union_v<T>> {};

// The category of `T`, the first whose test holds. A chain of `if constexpr` rather than a
// type-level conditional: each type costs one function template's instantiation, and only the
// tests up to the first that holds are instantiated (a type-level chain instantiates several
// helper classes per test, per type: about 15% of bench/compile_ours.cpp's compile time under
// clang's -ftime-trace, and 40% of g++'s instantiation memory).
template<class T>
constexpr auto category_tag() noexcept
{
    if constexpr (std::is_same_v<T, boost::json::value>)
        return cat_json_value{};
    else if constexpr (std::is_same_v<T, boost::json::object>)
        return cat_json_object{};
    else if constexpr (std::is_same_v<T, boost::json::array>)
        return cat_json_array{};
    else if constexpr (is_json_text<T>::value)
        return cat_json_text{};
    else if constexpr (is_presence<T>::value)
        return cat_presence{};
    else if constexpr (is_box<T>::value)
        return cat_box{};
    else if constexpr (is_optional<T>::value)
        return cat_optional{};
    else if constexpr (is_constrained<T>::value)
        return cat_constrained{};
    else if constexpr (std::is_same_v<T, bool>)
        return cat_bool{};
    else if constexpr (std::is_integral_v<T>)
        return cat_integer{};
    else if constexpr (std::is_floating_point_v<T>)
        return cat_float{};
    else if constexpr (std::is_same_v<T, std::string>)
        return cat_string{};
    else if constexpr (boost::describe::has_describe_enumerators<T>::value)
        return cat_enum{};
    else if constexpr (is_tagged_union<T>::value)
        return cat_tagged_union{};
    else if constexpr (is_variant<T>::value)
        return cat_variant{};
    else if constexpr (is_map<T>::value)
        return cat_map{};
    else if constexpr (is_tuple_like<T>::value)
        return cat_tuple{};
    else if constexpr (is_sequence<T>::value)
        return cat_sequence{};
    else if constexpr (is_described_struct<T>::value)
        return cat_struct{};
    else
        return cat_unsupported{};
}

template<class T>
using category_of = decltype(category_tag<T>());

template<class T>
constexpr bool accepts(kind k) noexcept;

template<class V, std::size_t... I>
constexpr bool variant_accepts(kind k, std::index_sequence<I...>) noexcept
{
    return (accepts<std::variant_alternative_t<I, V>>(k) || ...);
}

/// Whether a value of JSON kind `k` goes to `T` (used to choose a variant's alternative).
template<class T>
constexpr bool accepts(kind k) noexcept
{
    using C = category_of<T>;
    if constexpr (std::is_same_v<C, cat_json_value>)
        return k != kind::none;
    else if constexpr (std::is_same_v<C, cat_json_text>)
        return T::held_kind == json_text_kind::any      ? k != kind::none
               : T::held_kind == json_text_kind::object ? k == kind::object
                                                        : k == kind::array;
    else if constexpr (std::is_same_v<C, cat_presence> || std::is_same_v<C, cat_optional>)
        return k == kind::null || accepts<typename T::value_type>(k);
    else if constexpr (std::is_same_v<C, cat_constrained> || std::is_same_v<C, cat_box>)
        return accepts<typename T::value_type>(k);
    else if constexpr (std::is_same_v<C, cat_bool>)
        return k == kind::boolean;
    else if constexpr (std::is_same_v<C, cat_integer>)
        return k == kind::integer;
    else if constexpr (std::is_same_v<C, cat_float>)
        return k == kind::integer || k == kind::floating;
    else if constexpr (std::is_same_v<C, cat_string> || std::is_same_v<C, cat_enum>)
        return k == kind::string;
    else if constexpr (std::is_same_v<C, cat_variant>)
        return variant_accepts<T>(k, std::make_index_sequence<std::variant_size_v<T>>{});
    else if constexpr (std::is_same_v<C, cat_json_array> || std::is_same_v<C, cat_tuple> ||
                       std::is_same_v<C, cat_sequence>)
        return k == kind::array;
    else
        return k == kind::object;
}

template<class T>
constexpr bool accepts_null() noexcept
{
    return accepts<T>(kind::null);
}

/// The member pointer descriptors of `T` (public, inherited included).
template<class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

template<class P> struct member_pointer_traits;
template<class C, class M> struct member_pointer_traits<M C::*> { using type = M; };

/// The type of the data member a descriptor names.
template<class D>
using member_type = typename member_pointer_traits<std::remove_cv_t<decltype(D::pointer)>>::type;

template<class D>
using is_capture_member = std::is_same<member_type<D>, unknown_keys>;

} // namespace sentry_api::codec::detail

#endif
