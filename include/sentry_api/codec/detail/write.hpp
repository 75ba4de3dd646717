// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_WRITE_HPP
#define SENTRY_API_CODEC_DETAIL_WRITE_HPP

// The typed writer: one function per category, straight to text.

#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/codec/detail/expected.hpp>
#include <sentry_api/codec/detail/struct_info.hpp>
#include <sentry_api/codec/detail/write_order.hpp>
#include <sentry_api/codec/detail/writer.hpp>
#include <sentry_api/codec/json_text.hpp>
#include <sentry_api/codec/list.hpp>

#include <boost/describe/enum_to_string.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace sentry_api::codec::detail {

template<class T>
void write(writer& w, T const& v)
{
    write(category_of<T>{}, w, v);
}

template<class T>
void write(cat_json_value, writer& w, T const& v)
{
    w.value(v);
}

template<class T>
void write(cat_json_object, writer& w, T const& v)
{
    w.begin('{');
    bool first = true;
    for (auto const& kv : v) {
        w.item(first);
        first = false;
        w.key(kv.key());
        w.value(kv.value());
    }
    w.end('}', !first);
}

template<class T>
void write(cat_json_array, writer& w, T const& v)
{
    w.begin('[');
    bool first = true;
    for (auto const& e : v) {
        w.item(first);
        first = false;
        w.value(e);
    }
    w.end(']', !first);
}

template<class T>
void write(cat_json_text, writer& w, T const& v)
{
    w.canonical(v.text());
}

// Inside an array an absent presence has no key to leave out: it is written as null.
template<class T>
void write(cat_presence, writer& w, T const& v)
{
    if (v.has_value())
        write(category_of<typename T::value_type>{}, w, *v);
    else
        w.null();
}

template<class T>
void write(cat_box, writer& w, T const& v)
{
    write(category_of<typename T::value_type>{}, w, *v);
}

template<class T>
void write(cat_optional, writer& w, T const& v)
{
    if (v)
        write(category_of<typename T::value_type>{}, w, *v);
    else
        w.null();
}

template<class T>
void write(cat_constrained, writer& w, T const& v)
{
    write(category_of<typename T::value_type>{}, w, underlying(v));
}

inline void write(cat_bool, writer& w, bool v) { w.boolean(v); }

template<class T>
void write(cat_integer, writer& w, T v)
{
    w.integer(v);
}

template<class T>
void write(cat_float, writer& w, T v)
{
    w.floating(static_cast<double>(v));
}

inline void write(cat_string, writer& w, std::string const& v) { w.string(v); }

// An enumerator without a described name is written as its number.
template<class T>
void write(cat_enum, writer& w, T v)
{
    if (char const* name = boost::describe::enum_to_string(v, nullptr))
        w.string(name);
    else
        w.integer(static_cast<std::underlying_type_t<T>>(v));
}

// Writes a value of type `M`: the one function a type needs to be a variant's alternative.
template<class M>
void write_value(writer& w, void const* m)
{
    write(category_of<M>{}, w, *static_cast<M const*>(m));
}

// Writes member `I` of the object of type `T` at `v` (see member_writer): one function, so that
// the writing of the member's type, and its key known at compile time, are inlined into it.
template<class T, std::size_t I>
void write_field(writer& w, void const* v, bool& first)
{
    using info = struct_info<T>;
    auto const& m = static_cast<T const*>(v)->*boost::mp11::mp_at_c<typename info::fields, I>::pointer;
    using M = std::remove_cv_t<std::remove_reference_t<decltype(m)>>;
    if constexpr (is_presence<M>::value)
        if (m.is_absent())
            return;
    if constexpr (info::plain_keys) {
        w.member_key(first, info::layout.quoted_key(I));
    } else {
        w.item(first);
        w.key(info::keys[I]);
    }
    first = false;
    write(category_of<M>{}, w, m);
}

template<class T, std::size_t... I>
constexpr std::array<member_writer, sizeof...(I)> writers_of(std::index_sequence<I...>) noexcept
{
    return {{&write_field<T, I>...}};
}

// The writers of the members of `T`, in the order of `struct_info<T>::layout.members`.
template<class T>
inline constexpr auto member_writers = writers_of<T>(std::make_index_sequence<struct_info<T>::size>{});

// Whether member `I` of `v` is to be written: all but an absent presence.
template<class T, std::size_t I>
bool member_present(T const& v) noexcept
{
    auto const& m = v.*boost::mp11::mp_at_c<typename struct_info<T>::fields, I>::pointer;
    if constexpr (is_presence<std::remove_cv_t<std::remove_reference_t<decltype(m)>>>::value)
        return !m.is_absent();
    else
        return true;
}

template<class T, std::size_t... I>
std::uint64_t present_members_of(void const* v, std::index_sequence<I...>) noexcept
{
    T const& o = *static_cast<T const*>(v);
    return (std::uint64_t(0) | ... | (std::uint64_t(member_present<T, I>(o)) << I));
}

// See present_members: one call that tells the absent members of an object, rather than a call
// of each one's writer that writes nothing. Null when `T` has no presence member.
template<class T>
std::uint64_t present_members(void const* v) noexcept
{
    constexpr std::size_t n = struct_info<T>::size;
    return present_members_of<T>(v, std::make_index_sequence<n < 64 ? n : 64>{});
}

template<class T>
constexpr bool has_presence_member() noexcept
{
    return boost::mp11::mp_any_of<boost::mp11::mp_transform<member_type, typename struct_info<T>::fields>, is_presence>::value;
}

template<class T>
inline constexpr present_members_function present_members_of_type = has_presence_member<T>() ? &present_members<T> : nullptr;

template<class T>
void write(cat_struct, writer& w, T const& v)
{
    w.begin('{');
    bool first = true;
    write_members(w, std::addressof(v), struct_info<T>::layout, {member_writers<T>.data(), present_members_of_type<T>},
                  union_tag{}, first);
    w.end('}', !first);
}

// Alternative `I` of the variant at `v`, which is current.
template<class V, std::size_t I>
void const* alternative_at(void const* v) noexcept
{
    return std::get_if<I>(static_cast<V const*>(v));
}

// How to write a union's alternative: it is a described struct.
struct union_alternative_writer {
    void const* (*at)(void const*) noexcept;
    struct_layout const* layout;
    members_writer writers;
    bool tagged;           // false for the fallback, which writes no tag of its own
    std::string_view name;
};

template<class V, std::size_t... I>
constexpr std::array<union_alternative_writer, sizeof...(I)> union_writers_of(std::index_sequence<I...>) noexcept
{
    using traits = union_traits<V>;
    return {{{&alternative_at<V, I>, &struct_info<std::variant_alternative_t<I, V>>::layout,
              {member_writers<std::variant_alternative_t<I, V>>.data(), present_members_of_type<std::variant_alternative_t<I, V>>},
              I < traits::names.size(),
              I < traits::names.size() ? traits::names[I < traits::names.size() ? I : 0] : std::string_view()}...}};
}

template<class V>
inline constexpr auto union_writers = union_writers_of<V>(std::make_index_sequence<std::variant_size_v<V>>{});

template<class V>
void write(cat_tagged_union, writer& w, V const& v)
{
    if (v.valueless_by_exception())
        throw std::bad_variant_access();
    auto const& a = union_writers<V>[v.index()];
    w.begin('{');
    bool first = true;
    union_tag tag{a.tagged ? union_traits<V>::tag : std::string_view(), a.name};
    write_members(w, a.at(std::addressof(v)), *a.layout, a.writers, tag, first);
    w.end('}', !first);
}

struct variant_alternative_writer {
    void const* (*at)(void const*) noexcept;
    void (*write)(writer&, void const*);
};

template<class V, std::size_t... I>
constexpr std::array<variant_alternative_writer, sizeof...(I)> variant_writers_of(std::index_sequence<I...>) noexcept
{
    return {{{&alternative_at<V, I>, &write_value<std::variant_alternative_t<I, V>>}...}};
}

template<class V>
inline constexpr auto variant_writers = variant_writers_of<V>(std::make_index_sequence<std::variant_size_v<V>>{});

template<class V>
void write(cat_variant, writer& w, V const& v)
{
    if (v.valueless_by_exception())
        throw std::bad_variant_access();
    auto const& a = variant_writers<V>[v.index()];
    a.write(w, a.at(std::addressof(v)));
}

template<class M>
void write(cat_map, writer& w, M const& m)
{
    w.begin('{');
    bool first = true;
    for (auto const& kv : m) {
        w.item(first);
        first = false;
        w.key(kv.first);
        write(category_of<typename M::mapped_type>{}, w, kv.second);
    }
    w.end('}', !first);
}

template<class T>
void write(cat_tuple, writer& w, T const& v)
{
    w.begin('[');
    bool first = true;
    std::apply(
        [&](auto const&... e) {
            ((w.item(first), first = false, write(category_of<std::remove_cv_t<std::remove_reference_t<decltype(e)>>>{}, w, e)), ...);
        },
        v);
    w.end(']', !first);
}

// A list's strays from `next` on whose index is at most `written` (every one left when `all`),
// each written as an item and counted in `written`. Returns the index of the next stray, or
// none. Out of line and for every list type: the item loop keeps one call of the item's
// writer, which g++ then inlines (callgrind: a second loop for lists with strays cost an encode
// 4% more instructions).
BOOST_NOINLINE inline std::size_t write_strays(writer& w, bool& first, std::vector<stray_item> const& strays,
                                               std::size_t& next, std::size_t& written, bool all)
{
    for (; next < strays.size() && (all || strays[next].index <= written); ++next, ++written) {
        w.item(first);
        first = false;
        w.canonical(strays[next].value.text());
    }
    return next < strays.size() ? strays[next].index : std::size_t(-1);
}

template<class T>
void write(cat_sequence, writer& w, T const& v)
{
    w.begin('[');
    bool first = true;
    // A list's strays, each at its index among the items written, the rest after the last item.
    [[maybe_unused]] std::size_t next = 0, written = 0, due = std::size_t(-1);
    if constexpr (is_list<T>::value)
        if (v.has_strays())
            due = v.strays().front().index;
    for (auto const& e : v) {
        if constexpr (is_list<T>::value) {
            if (BOOST_UNLIKELY(written >= due))
                due = write_strays(w, first, v.strays(), next, written, false);
            ++written;
        }
        w.item(first);
        first = false;
        write(category_of<typename T::value_type>{}, w, e);
    }
    if constexpr (is_list<T>::value)
        if (due != std::size_t(-1))
            write_strays(w, first, v.strays(), next, written, true);
    w.end(']', !first);
}

template<class T>
void write(cat_unsupported, writer&, T const&)
{
    static_assert(sizeof(T) == 0,
                  "The type cannot be written: describe it with BOOST_DESCRIBE_STRUCT or BOOST_DESCRIBE_ENUM, "
                  "or use a supported standard type.");
}

} // namespace sentry_api::codec::detail

#endif
