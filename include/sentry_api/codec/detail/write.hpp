#ifndef SENTRY_API_CODEC_DETAIL_WRITE_HPP
#define SENTRY_API_CODEC_DETAIL_WRITE_HPP

// The typed writer: one function per category, straight to text.

#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/codec/detail/expected.hpp>
#include <sentry_api/codec/detail/struct_info.hpp>
#include <sentry_api/codec/detail/write_order.hpp>
#include <sentry_api/codec/detail/writer.hpp>

#include <boost/describe/enum_to_string.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
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
    w.item(first);
    first = false;
    if constexpr (info::plain_keys)
        w.quoted_key(info::layout.quoted_key(I));
    else
        w.key(info::keys[I]);
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

template<class T>
void write(cat_struct, writer& w, T const& v)
{
    w.begin('{');
    bool first = true;
    write_members(w, std::addressof(v), struct_info<T>::layout, member_writers<T>.data(), union_tag{}, first);
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
    member_writer const* writers;
    bool tagged;           // false for the fallback, which writes no tag of its own
    std::string_view name;
};

template<class V, std::size_t... I>
constexpr std::array<union_alternative_writer, sizeof...(I)> union_writers_of(std::index_sequence<I...>) noexcept
{
    using traits = union_traits<V>;
    return {{{&alternative_at<V, I>, &struct_info<std::variant_alternative_t<I, V>>::layout,
              member_writers<std::variant_alternative_t<I, V>>.data(), I < traits::names.size(),
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

template<class T>
void write(cat_sequence, writer& w, T const& v)
{
    w.begin('[');
    bool first = true;
    for (auto const& e : v) {
        w.item(first);
        first = false;
        write(category_of<typename T::value_type>{}, w, e);
    }
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
