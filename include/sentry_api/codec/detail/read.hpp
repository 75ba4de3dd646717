// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_READ_HPP
#define SENTRY_API_CODEC_DETAIL_READ_HPP

// The typed reader: one function per category, over the text source (a DOM is read as its text).

#include <sentry_api/config.hpp>
#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/codec/detail/context.hpp>
#include <sentry_api/codec/detail/expected.hpp>
#include <sentry_api/codec/detail/number.hpp>
#include <sentry_api/codec/detail/read_members.hpp>
#include <sentry_api/codec/detail/spill_blocks.hpp>
#include <sentry_api/codec/detail/struct_info.hpp>
#include <sentry_api/codec/detail/text_source.hpp>
#include <sentry_api/codec/json_text.hpp>
#include <sentry_api/codec/list.hpp>

#include <boost/describe/enum_from_string.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <iterator>
#include <memory>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace sentry_api::codec::detail {

template<class S, class T>
bool read(S& s, context& cx, T& v)
{
    return read(category_of<T>{}, s, cx, v);
}

/// A value of the wrong kind: record it; when validating, skip the value and go on.
template<class S>
bool mismatch(S& s, context& cx, std::string const& expected, kind got)
{
    if (got == kind::none)
        return false;
    if (!cx.fail(error_kind::type, "expected " + expected + ", got " + kind_name(s.exact(got))))
        return false;
    return s.skip(cx);
}

// The same, the expectation spelled by `expected` (an `expected_name<T>`) only when needed.
template<class S>
bool mismatch(S& s, context& cx, std::string (*expected)(), kind got)
{
    if (got == kind::none)
        return false;
    return mismatch(s, cx, expected(), got);
}

// Validation keeps no JSON: it only checks it.
template<class S, class T>
bool read(cat_json_value, S& s, context& cx, T& v)
{
    if (!cx.keeping())
        return s.skip(cx, true); // what decoding takes: a number the DOM holds
    if (v.storage().get() != cx.options.storage.get())
        replace_json(v, boost::json::value(cx.options.storage));
    return s.value(cx, v);
}

template<class S, class T>
bool read_structured(S& s, context& cx, T& v, kind want)
{
    kind k = s.peek();
    if (k != want)
        return mismatch(s, cx, &expected_name<T>, k);
    if (!cx.keeping())
        return s.skip(cx);
    boost::json::value tmp(cx.options.storage);
    if (!s.value(cx, tmp))
        return false;
    if constexpr (std::is_same_v<T, boost::json::object>)
        replace_json(v, std::move(tmp.get_object()));
    else
        replace_json(v, std::move(tmp.get_array()));
    return true;
}

template<class S, class T>
bool read(cat_json_object, S& s, context& cx, T& v)
{
    return read_structured(s, cx, v, kind::object);
}

template<class S, class T>
bool read(cat_json_array, S& s, context& cx, T& v)
{
    return read_structured(s, cx, v, kind::array);
}

// Held as canonical text: checked, and canonicalized in the same pass (see text_source::canonical).
template<class S, class T>
bool read(cat_json_text, S& s, context& cx, T& v)
{
    if constexpr (T::held_kind != json_text_kind::any) {
        kind k = s.peek();
        if (k != (T::held_kind == json_text_kind::object ? kind::object : kind::array))
            return mismatch(s, cx, &expected_name<T>, k);
    }
    if (!cx.keeping())
        return s.skip(cx);
    return s.canonical(cx, json_text_access::text(v));
}

template<class S, class T>
bool read(cat_presence, S& s, context& cx, T& v)
{
    using V = typename T::value_type;
    if constexpr (!accepts_null<V>()) {
        kind k = s.peek();
        if (k == kind::null) {
            v.set_null();
            if (!T::nullable && cx.collecting() &&
                !cx.violate(rule_kind::type, "expected " + expected_name<V>() + ", got null"))
                return false;
            return s.null();
        }
    }
    if (!v.has_value())
        v.emplace();
    else if constexpr (is_box<typename T::stored_type>::value)
        if (v.stored().valueless_after_move()) // its value was moved out: read into a new one
            v.emplace();
    return read(category_of<V>{}, s, cx, *v);
}

template<class S, class T>
bool read(cat_box, S& s, context& cx, T& v)
{
    if (v.valueless_after_move())
        v = T();
    return read(category_of<typename T::value_type>{}, s, cx, *v);
}

template<class S, class T>
bool read(cat_optional, S& s, context& cx, T& v)
{
    if (s.peek() == kind::null) {
        v.reset();
        return s.null();
    }
    if (!v)
        v.emplace();
    return read(category_of<typename T::value_type>{}, s, cx, *v);
}

template<class S, class T>
bool read(cat_constrained, S& s, context& cx, T& v)
{
    using R = typename T::rule;
    auto& u = underlying(v);
    std::size_t before = cx.violation_count();
    if (!read(category_of<std::remove_reference_t<decltype(u)>>{}, s, cx, u))
        return false;
    // A value of the wrong kind was reported already: there is nothing to check the rule on.
    if (cx.collecting() && cx.violation_count() == before && !R::check(u))
        return cx.violate(R::kind, "expected " + std::string(R::expected) + ", got " + show(u));
    return true;
}

template<class S>
bool read(cat_bool, S& s, context& cx, bool& v)
{
    kind k = s.peek();
    if (k != kind::boolean)
        return mismatch(s, cx, &expected_name<bool>, k);
    return s.boolean(v);
}

template<class S, class T>
bool read(cat_integer, S& s, context& cx, T& v)
{
    kind k = s.peek();
    if (k != kind::integer)
        return mismatch(s, cx, &expected_name<T>, k);
    using L = std::numeric_limits<T>;
    // Whether a 64-bit integer is one of T's values.
    auto const fits_in = [](std::int64_t i) noexcept {
        if constexpr (std::is_signed_v<T>)
            return i >= std::int64_t(L::min()) && i <= std::int64_t(L::max());
        else
            return i >= 0 && std::uint64_t(i) <= std::uint64_t(L::max());
    };
    if (std::int64_t i; s.small_integer(i)) {
        if (BOOST_LIKELY(fits_in(i))) {
            v = static_cast<T>(i);
            return true;
        }
        return cx.fail(error_kind::range, "expected " + integer_range<T>() + ", got " + std::to_string(i));
    }
    number_value n;
    if (!s.number(n))
        return false;
    if (n.type == number_value::float64 || n.type == number_value::float_out_of_range)
        return cx.fail(error_kind::type, "expected integer, got float");
    bool fits;
    if (n.type == number_value::int64) {
        fits = fits_in(n.i);
        if (fits)
            v = static_cast<T>(n.i);
    } else if (n.type == number_value::uint64) {
        fits = n.u <= std::uint64_t(L::max());
        if (fits)
            v = static_cast<T>(n.u);
    } else {
        fits = false;
    }
    if (fits)
        return true;
    std::string shown = n.text.empty() ? (n.type == number_value::int64 ? std::to_string(n.i) : std::to_string(n.u))
                                       : std::string(n.text.substr(0, 40));
    return cx.fail(error_kind::range, "expected " + integer_range<T>() + ", got " + shown);
}

template<class S, class T>
bool read(cat_float, S& s, context& cx, T& v)
{
    kind k = s.peek();
    if (k != kind::integer && k != kind::floating)
        return mismatch(s, cx, &expected_name<T>, k);
    number_value n;
    if (!s.number(n))
        return false;
    switch (n.type) {
    case number_value::int64: v = static_cast<T>(n.i); return true;
    case number_value::uint64: v = static_cast<T>(n.u); return true;
    case number_value::float64:
        // A double beyond a narrower type's range cannot be converted (that would be undefined).
        if (std::abs(n.d) > static_cast<double>(std::numeric_limits<T>::max()))
            return cx.fail(error_kind::range, "expected a number within the range of float, got " +
                                                  std::string(n.text.empty() ? show(n.d) : std::string(n.text)));
        v = static_cast<T>(n.d);
        return true;
    default: return cx.fail(error_kind::range, out_of_range_message(n));
    }
}

template<class S>
bool read(cat_string, S& s, context& cx, std::string& v)
{
    kind k = s.peek();
    if (k != kind::string)
        return mismatch(s, cx, &expected_name<std::string>, k);
    return s.string(v);
}

template<class S, class T>
bool read(cat_enum, S& s, context& cx, T& v)
{
    kind k = s.peek();
    if (k != kind::string)
        return mismatch(s, cx, &expected_name<T>, k);
    std::string name;
    if (!s.string(name))
        return false;
    if (boost::describe::enum_from_string(name.c_str(), v) && name.find('\0') == std::string::npos)
        return true;
    return cx.fail(error_kind::unknown_value, "expected " + expected_name<T>() + ", got " + show(name));
}

template<class S, class T>
bool read(cat_struct, S& s, context& cx, T& v)
{
    kind k = s.peek();
    if (k != kind::object)
        return mismatch(s, cx, &expected_name<T>, k);
    return read_members(s, cx, std::addressof(v), reader_of<S, T>);
}

// Makes alternative `I` of the variant at `v` current (keeping it if it is already) and returns it.
template<class V, std::size_t I>
void* current_alternative(void* v)
{
    auto& u = *static_cast<V*>(v);
    return std::addressof(u.index() == I ? std::get<I>(u) : u.template emplace<I>());
}

// How to read a union's alternative: it is a described struct.
template<class S>
struct union_alternative_reader {
    void* (*current)(void*);
    struct_reader<S> const* reader;
};

template<class S, class V, std::size_t... I>
constexpr std::array<union_alternative_reader<S>, sizeof...(I)> union_readers_of(std::index_sequence<I...>) noexcept
{
    return {{{&current_alternative<V, I>, &reader_of<S, std::variant_alternative_t<I, V>>}...}};
}

template<class S, class V>
inline constexpr auto union_readers = union_readers_of<S, V>(std::make_index_sequence<std::variant_size_v<V>>{});

// A union's tag that none of its names is, read into its fallback: a violation at the tag when
// asked for (`decode_options::report_unknown`); false when reading stops there.
template<class V>
BOOST_NOINLINE bool unknown_tag(context& cx, std::string const& tag)
{
    using traits = union_traits<V>;
    std::string message = show(tag) + " is none of";
    for (std::size_t i = 0; i < traits::names.size(); ++i)
        message.append(i == 0 ? " " : ", ").append(traits::names[i]);
    pointer_scope at(cx, traits::tag);
    return cx.violate(rule_kind::unknown, std::move(message));
}

template<class S, class V>
bool read_alternative(S& s, context& cx, V& v, std::string const& tag)
{
    using traits = union_traits<V>;
    constexpr std::size_t n = std::variant_size_v<V>;
    constexpr std::size_t named = traits::names.size();
    static_assert(named == n || named + 1 == n,
                  "union_traits<V>::names must name every alternative, or all but the last (the fallback).");
    std::size_t i = 0;
    while (i < named && traits::names[i] != tag)
        ++i;
    if (i == named && named == n) {
        pointer_scope at(cx, traits::tag);
        if (!cx.fail(error_kind::unknown_value, "expected " + expected_name<V>() + ", got " + show(tag)))
            return false;
        return s.skip(cx);
    }
    if (i == named && BOOST_UNLIKELY(cx.options.report_unknown) && !unknown_tag<V>(cx, tag))
        return false;
    auto const& a = union_readers<S, V>[i];
    return read_members(s, cx, a.current(std::addressof(v)), *a.reader, i < named ? traits::tag : std::string_view());
}

// Whether the union `V` has a fallback whose member for the tag is a presence: then an object
// whose tag is absent or not a string is held by the fallback too, as it came, and reading that
// member says what is wrong (absent: a validation finding; null: held; another kind: an error).
template<class T, template<class...> class L, class... D>
constexpr bool has_presence_keyed(L<D...>, std::string_view key) noexcept
{
    return (... || (is_presence<member_type<D>>::value && key_map<T>::key(D::name) == key));
}

template<class V>
constexpr bool fallback_holds_any_tag() noexcept
{
    using traits = union_traits<V>;
    constexpr std::size_t n = std::variant_size_v<V>;
    if constexpr (traits::names.size() == n) {
        return false;
    } else {
        using F = std::variant_alternative_t<n - 1, V>;
        return has_presence_keyed<F>(typename struct_info<F>::fields{}, traits::tag);
    }
}

template<class S, class V>
bool read(cat_tagged_union, S& s, context& cx, V& v)
{
    using traits = union_traits<V>;
    kind k = s.peek();
    if (k != kind::object)
        return mismatch(s, cx, &expected_name<V>, k);
    std::string tag;
    kind got = kind::none;
    tag_state found = s.find_tag(traits::tag, tag, got);
    if (found == tag_state::found)
        return read_alternative(s, cx, v, tag);
    if constexpr (fallback_holds_any_tag<V>()) {
        auto const& a = union_readers<S, V>[std::variant_size_v<V> - 1];
        return read_members(s, cx, a.current(std::addressof(v)), *a.reader);
    }
    {
        pointer_scope at(cx, traits::tag);
        bool go_on = found == tag_state::missing
                         ? cx.fail(error_kind::missing, "missing required key")
                         : cx.fail(error_kind::type, std::string("expected string, got ") + kind_name(got));
        if (!go_on)
            return false;
    }
    return s.skip(cx);
}

// The first alternative of `V` that takes a value of kind `k`; the number of alternatives if none does.
template<class V, std::size_t... I>
constexpr std::size_t first_accepting(kind k, std::index_sequence<I...>) noexcept
{
    constexpr bool takes[][sizeof...(I)] = {{accepts<std::variant_alternative_t<I, V>>(kind(0))...},
                                             {accepts<std::variant_alternative_t<I, V>>(kind(1))...},
                                             {accepts<std::variant_alternative_t<I, V>>(kind(2))...},
                                             {accepts<std::variant_alternative_t<I, V>>(kind(3))...},
                                             {accepts<std::variant_alternative_t<I, V>>(kind(4))...},
                                             {accepts<std::variant_alternative_t<I, V>>(kind(5))...},
                                             {accepts<std::variant_alternative_t<I, V>>(kind(6))...}};
    std::size_t i = 0;
    while (i < sizeof...(I) && !takes[static_cast<std::size_t>(k)][i])
        ++i;
    return i;
}

template<class V, std::size_t... K>
constexpr std::array<unsigned char, sizeof...(K)> choices_of(std::index_sequence<K...>) noexcept
{
    using I = std::make_index_sequence<std::variant_size_v<V>>;
    return {{static_cast<unsigned char>(first_accepting<V>(kind(K), I{}))...}};
}

// For each kind of value but `none`, the alternative of `V` that reads it (see read(cat_variant)).
template<class V>
inline constexpr auto variant_choices = choices_of<V>(std::make_index_sequence<static_cast<std::size_t>(kind::none)>{});

template<class S>
struct variant_alternative_reader {
    void* (*current)(void*);
    member_reader<S> read;
};

template<class S, class V, std::size_t... I>
constexpr std::array<variant_alternative_reader<S>, sizeof...(I)> variant_readers_of(std::index_sequence<I...>) noexcept
{
    return {{{&current_alternative<V, I>, &read_member<S, std::variant_alternative_t<I, V>>}...}};
}

template<class S, class V>
inline constexpr auto variant_readers = variant_readers_of<S, V>(std::make_index_sequence<std::variant_size_v<V>>{});

// The first alternative that takes the kind of value that comes reads it.
template<class S, class V>
bool read(cat_variant, S& s, context& cx, V& v)
{
    kind k = s.exact(s.peek());
    if (k == kind::none)
        return false;
    std::size_t i = variant_choices<V>[static_cast<std::size_t>(k)];
    if (i == std::variant_size_v<V>)
        return mismatch(s, cx, &expected_name<V>, k);
    auto const& a = variant_readers<S, V>[i];
    return a.read(s, cx, a.current(std::addressof(v)));
}

template<class S, class M>
bool read(cat_map, S& s, context& cx, M& m)
{
    kind k = s.peek();
    if (k != kind::object)
        return mismatch(s, cx, &expected_name<M>, k);
    m.clear();
    bool const collecting = cx.collecting();
    return s.object(cx, [&](std::string_view key) {
        return read_at(cx, collecting, key, [&] {
            auto r = m.emplace(std::string(key), typename M::mapped_type{});
            if (!r.second)
                return cx.fail(error_kind::duplicate, "duplicate key");
            return read(category_of<typename M::mapped_type>{}, s, cx, r.first->second);
        });
    });
}

// Reads element `i` of a tuple.
template<class S, class T, std::size_t... I>
bool read_element(S& s, context& cx, T& v, std::size_t i, std::index_sequence<I...>)
{
    bool ok = true;
    (void)((i == I && (ok = read(category_of<std::tuple_element_t<I, T>>{}, s, cx, std::get<I>(v)), true)) || ...);
    return ok;
}

// Reads the elements of a tuple whose `[` was read, each after a `,` but the first, then the `]`.
// 1: read; 0: an element failed (reported as the general path reports it); -1: the text has
// another number of elements, which the general path reads again and reports.
template<class S, class T, std::size_t... I>
SENTRY_API_HOT_INLINE int read_elements(S& s, context& cx, T& v, std::index_sequence<I...>)
{
    int r = 1;
    (void)(... && ((I == 0 || s.take(',') || (r = -1, false)) &&
                   (read_at(cx, false, I, [&] { return read(category_of<std::tuple_element_t<I, T>>{}, s, cx, std::get<I>(v)); }) ||
                    (r = 0, false))));
    if (r == 1 && !s.take(']'))
        r = -1;
    return r;
}

template<class S, class T>
bool read(cat_tuple, S& s, context& cx, T& v)
{
    constexpr std::size_t n = std::tuple_size_v<T>;
    kind k = s.peek();
    if (k != kind::array)
        return mismatch(s, cx, &expected_name<T>, k);
    if constexpr (n != 0) {
        // A decode reads the elements as they are declared, without the array's loop; text
        // with another number of elements goes the general way, which says what is wrong.
        if (!cx.collecting()) {
            std::size_t const start = s.position();
            unsigned const depth = cx.depth;
            if (!cx.enter())
                return false;
            s.take('[');
            if (!s.take(']')) {
                int const r = read_elements(s, cx, v, std::make_index_sequence<n>{});
                if (r >= 0) {
                    cx.leave();
                    return r == 1;
                }
            }
            s.rewind(start);
            cx.depth = depth;
        }
    }
    std::size_t count = 0;
    bool reported = false;
    auto arity = [&] {
        reported = true;
        return cx.fail(error_kind::arity, "expected " + expected_name<T>() + ", got more elements");
    };
    bool ok = s.array(cx, [&](std::size_t i) {
        count = i + 1;
        if (i >= n)
            return (reported || arity()) && s.skip(cx);
        pointer_scope at(cx, i);
        return read_element(s, cx, v, i, std::make_index_sequence<n>{});
    });
    if (!ok)
        return false;
    if (count < n)
        return cx.fail(error_kind::arity,
                       "expected " + expected_name<T>() + ", got " + std::to_string(count) + " element" +
                           (count == 1 ? "" : "s"));
    return true;
}


// The room a vector read from nothing starts with. Growing from one item moves every item again
// at 2 and 4, which for the large structs of events (frames, entries) costs more than a few
// unused slots (callgrind, the documented body: 3% fewer instructions, 7% fewer allocations,
// peak bytes 3% higher; starting at 8 saved little more and cost 12% in peak bytes).
constexpr std::size_t first_capacity = 4;

// An item of a list that could not be read from `start`: when the error is one a lenient read
// keeps, it becomes a violation (when validating) and the item is kept as it came, a stray at
// `index`. One function for every list type.
template<class S>
BOOST_NOINLINE bool keep_stray(S& s, context& cx, std::size_t start, unsigned depth, std::size_t index,
                               std::vector<stray_item>& strays)
{
    if (s.failed() || !cx.can_keep_error())
        return false;
    s.rewind(start);
    cx.depth = depth;
    cx.keep_error();
    stray_item& kept = strays.emplace_back();
    kept.index = index;
    return s.canonical(cx, json_text_access::text(kept.value));
}

// Reads the item at `index` of an array into `v`, as its `n`th typed item (reusing one that is
// there), or keeps it as a stray (see `list`). True when the item was read or kept; `n` counts
// the typed items.
template<class S, class T, class A>
bool read_list_item(S& s, context& cx, list<T, A>& v, std::size_t& n, std::size_t index)
{
    std::size_t const start = s.position();
    unsigned const depth = cx.depth;
    if (v.capacity() == 0)
        v.reserve(first_capacity);
    T& item = n < v.size() ? v[n] : v.emplace_back();
    if (read(category_of<T>{}, s, cx, item)) {
        ++n;
        return true;
    }
    return keep_stray(s, cx, start, depth, index, v.strays());
}

// A list read leniently: each item read or kept as a stray. The general loop's room-making for
// long vectors is left out: an item that turns out a stray would leave a hole in it.
template<class S, class T, class A>
bool read_list_leniently(S& s, context& cx, list<T, A>& v)
{
    bool const collecting = cx.collecting();
    std::size_t n = 0;
    bool const ok = s.array(
        cx, [&](std::size_t i) { return read_at(cx, collecting, i, [&] { return read_list_item(s, cx, v, n, i); }); });
    while (v.size() > n)
        v.pop_back();
    return ok;
}

template<class S, class T>
bool read(cat_sequence, S& s, context& cx, T& v)
{
    kind k = s.peek();
    if (k != kind::array)
        return mismatch(s, cx, &expected_name<T>, k);
    if constexpr (is_list<T>::value) {
        if (cx.keeping()) {
            if (v.has_strays())
                v.strays().clear();
            if (cx.options.lenient)
                return read_list_leniently(s, cx, v);
        }
    }
    using E = typename T::value_type;
    // Validation keeps nothing: every item is read into one. Otherwise items already there are
    // read into (keeping what they allocated), and those left over go.
    bool const keep = cx.keeping();
    bool const collecting = cx.collecting();
    std::size_t n = 0;
    if constexpr (!has_reserve<T>::value) {
        bool const ok = s.array(cx, [&](std::size_t i) {
            return read_at(cx, collecting, i, [&] {
                if (!keep) {
                    if (v.empty())
                        v.emplace_back();
                    return read(category_of<E>{}, s, cx, v.front());
                }
                if (n < v.size())
                    return read(category_of<E>{}, s, cx, *std::next(v.begin(), static_cast<std::ptrdiff_t>(n++)));
                ++n;
                return read(category_of<E>{}, s, cx, v.emplace_back());
            });
        });
        while (keep && v.size() > n)
            v.pop_back();
        return ok;
    } else {
        // A long vector does not grow by copying itself to a place twice as large, again and
        // again: once it has `spill_blocks::items` items, the items left in the text are
        // counted and room made for them, so that they are read into their final place once.
        // Items past that room (text that is not what it seemed) go to blocks of their own,
        // moved into place once at the end.
        spill_blocks blocks(&delete_object<T>);
        bool counted = false;
        std::size_t const first_at = s.position();
        constexpr std::size_t block_items = spill_blocks::items_of(sizeof(E));
        bool const ok = s.array(cx, [&](std::size_t i) { return read_at(cx, collecting, i, [&] {
            if (!keep) {
                if (v.empty())
                    v.emplace_back();
                return read(category_of<E>{}, s, cx, v.front());
            }
            if (n < v.size())
                return read(category_of<E>{}, s, cx, v[n++]);
            ++n;
            if (!counted && n > spill_blocks::items && v.size() == v.capacity()) {
                // Room for no more items than there would be if each took a quarter of the text
                // that those read so far took on average: text of many tiny items that fail to
                // read (`,1,1,1`) makes no more room than items like the first ones would need.
                counted = true;
                std::size_t const average = (s.position() - first_at) / (n - 1);
                std::size_t const most = s.bytes_left() / std::max<std::size_t>(average / 4, 1);
                v.reserve(v.size() + std::min(s.items_left(), most));
            }
            if (!blocks.empty() || (n > spill_blocks::items && v.size() == v.capacity())) {
                if (blocks.empty() || static_cast<T*>(blocks.back())->size() == block_items) {
                    blocks.add(&new_object<T>);
                    static_cast<T*>(blocks.back())->reserve(block_items);
                }
                return read(category_of<E>{}, s, cx, static_cast<T*>(blocks.back())->emplace_back());
            }
            if (v.capacity() == 0)
                v.reserve(first_capacity);
            return read(category_of<E>{}, s, cx, v.emplace_back());
        }); });
        if (!keep)
            return ok;
        while (v.size() > n)
            v.pop_back();
        if (!blocks.empty()) {
            v.reserve(n);
            for (std::size_t b = 0; b < blocks.size(); ++b) {
                for (auto& e : *static_cast<T*>(blocks[b]))
                    v.emplace_back(std::move(e));
                blocks.drop(b);
            }
        }
        return ok;
    }
}

template<class S, class T>
bool read(cat_unsupported, S&, context&, T&)
{
    static_assert(sizeof(T) == 0,
                  "The type cannot be read: describe it with BOOST_DESCRIBE_STRUCT or BOOST_DESCRIBE_ENUM, "
                  "or use a supported standard type.");
    return false;
}

} // namespace sentry_api::codec::detail

#endif
