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

#include <tuple>
#include <type_traits>
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
        write(w, *v);
    else
        w.null();
}

template<class T>
void write(cat_box, writer& w, T const& v)
{
    write(w, *v);
}

template<class T>
void write(cat_optional, writer& w, T const& v)
{
    if (v)
        write(w, *v);
    else
        w.null();
}

template<class T>
void write(cat_constrained, writer& w, T const& v)
{
    write(w, underlying(v));
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

// The members of a described struct, then its unknown keys; a decoded one in the order its keys came.
template<class T>
void write_members(writer& w, T const& v, bool& first)
{
    if (write_in_recorded_order(w, v, first, no_tag{}))
        return;
    using info = struct_info<T>;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<info::size>>([&](auto I) { write_member<I>(w, v, first); });
    if (auto const* capture = info::capture(v)) {
        for (auto const& kv : *capture) {
            w.item(first);
            first = false;
            w.key(kv.key());
            w.value(kv.value());
        }
    }
}

template<class T>
void write(cat_struct, writer& w, T const& v)
{
    w.begin('{');
    bool first = true;
    write_members(w, v, first);
    w.end('}', !first);
}

template<class V>
void write(cat_tagged_union, writer& w, V const& v)
{
    using traits = union_traits<V>;
    w.begin('{');
    bool first = true;
    boost::mp11::mp_with_index<std::variant_size_v<V>>(v.index(), [&](auto I) {
        auto tag = [&] {
            if constexpr (I < traits::names.size()) {
                w.item(first);
                first = false;
                w.key(traits::tag);
                w.string(traits::names[I]);
            }
        };
        if (write_in_recorded_order(w, std::get<I>(v), first, tag))
            return;
        tag();
        write_members(w, std::get<I>(v), first);
    });
    w.end('}', !first);
}

template<class V>
void write(cat_variant, writer& w, V const& v)
{
    std::visit([&](auto const& alt) { write(w, alt); }, v);
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
        write(w, kv.second);
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
            ((w.item(first), first = false, write(w, e)), ...);
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
        write(w, e);
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
