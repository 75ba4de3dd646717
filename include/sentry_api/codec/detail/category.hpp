#ifndef SENTRY_API_CODEC_DETAIL_CATEGORY_HPP
#define SENTRY_API_CODEC_DETAIL_CATEGORY_HPP

// The one table that says how each kind of type is read and written. Order is precedence.

#include <sentry_api/codec/box.hpp>
#include <sentry_api/codec/constrained.hpp>
#include <sentry_api/codec/detail/kind.hpp>
#include <sentry_api/codec/presence.hpp>
#include <sentry_api/codec/union_traits.hpp>
#include <sentry_api/codec/unknown_keys.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/utility.hpp>

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

template<class T>
using category_of = boost::mp11::mp_cond<
    std::is_same<T, boost::json::value>, cat_json_value,
    std::is_same<T, boost::json::object>, cat_json_object,
    std::is_same<T, boost::json::array>, cat_json_array,
    is_presence<T>, cat_presence,
    is_box<T>, cat_box,
    is_optional<T>, cat_optional,
    is_constrained<T>, cat_constrained,
    std::is_same<T, bool>, cat_bool,
    std::is_integral<T>, cat_integer,
    std::is_floating_point<T>, cat_float,
    std::is_same<T, std::string>, cat_string,
    boost::describe::has_describe_enumerators<T>, cat_enum,
    is_tagged_union<T>, cat_tagged_union,
    is_variant<T>, cat_variant,
    is_map<T>, cat_map,
    is_tuple_like<T>, cat_tuple,
    is_sequence<T>, cat_sequence,
    is_described_struct<T>, cat_struct,
    std::true_type, cat_unsupported>;

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
