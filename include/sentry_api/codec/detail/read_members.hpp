// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_READ_MEMBERS_HPP
#define SENTRY_API_CODEC_DETAIL_READ_MEMBERS_HPP

// Reading a described struct's members: one loop for every struct type, over its layout and a
// table of member readers.

#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/codec/detail/context.hpp>
#include <sentry_api/codec/detail/key_order_recorder.hpp>
#include <sentry_api/codec/detail/struct_info.hpp>
#include <sentry_api/codec/unknown_keys.hpp>

#include <boost/config.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>

namespace sentry_api::codec::detail {

// Puts a JSON value, made in the storage of `decode_options`, in place of `dst` (whose storage
// an assignment would keep).
template<class J>
void replace_json(J& dst, J&& src) noexcept
{
    dst.~J();
    ::new (static_cast<void*>(std::addressof(dst))) J(std::move(src));
}

template<class S>
using member_reader = bool (*)(S&, context&, void*);

// Reads a value of type `M`: the one function a type needs to be a variant's alternative.
template<class S, class M>
bool read_member(S& s, context& cx, void* m)
{
    return read(category_of<M>{}, s, cx, *static_cast<M*>(m));
}

// Reads the member at `P` of the object at `v`: one call, so that the reading of the member's
// type can be inlined into it.
template<class S, class T, auto P>
bool read_field(S& s, context& cx, void* v)
{
    auto& m = static_cast<T*>(v)->*P;
    return read(category_of<std::remove_reference_t<decltype(m)>>{}, s, cx, m);
}

// Makes the member at `P` of an object of type `T` empty.
template<class T, auto P>
void reset_field(void* object) noexcept
{
    (static_cast<T*>(object)->*P).reset();
}

using member_reset = void (*)(void*) noexcept;

template<class T, class D>
constexpr member_reset reset_of() noexcept
{
    if constexpr (absent_rule_of<member_type<D>>() == absent_rule::fail)
        return nullptr;
    else
        return &reset_field<T, D::pointer>;
}

template<class T, template<class...> class L>
constexpr key_order_tokens& (*last_tokens_of(L<>) noexcept)()
{
    return nullptr;
}

template<class T, template<class...> class L, class D>
constexpr key_order_tokens& (*last_tokens_of(L<D>) noexcept)()
{
    return &last_key_order_tokens<T>;
}

// What the reader needs of a described struct besides its layout: for each member, its reader
// (given the object) and what empties it (null for a member that cannot be absent), and where
// the type's last key-order tokens are (null for a type that keeps no key order).
template<class S>
struct struct_reader {
    struct_layout const* layout;
    member_reader<S> const* read;
    member_reset const* reset;
    key_order_tokens& (*last_tokens)();
};

template<class S, class T, template<class...> class L, class... D>
constexpr std::array<member_reader<S>, sizeof...(D)> readers_of(L<D...>) noexcept
{
    return {{&read_field<S, T, D::pointer>...}};
}

template<class T, template<class...> class L, class... D>
constexpr std::array<member_reset, sizeof...(D)> resets_of(L<D...>) noexcept
{
    return {{reset_of<T, D>()...}};
}

template<class S, class T>
inline constexpr auto member_readers = readers_of<S, T>(typename struct_info<T>::fields{});

template<class T>
inline constexpr auto member_resets = resets_of<T>(typename struct_info<T>::fields{});

template<class S, class T>
inline constexpr struct_reader<S> reader_of = {&struct_info<T>::layout, member_readers<S, T>.data(),
                                               member_resets<T>.data(),
                                               last_tokens_of<T>(typename struct_info<T>::captures{})};

// Which members of an object came, for any number of members: the first 64 in a word.
class member_flags {
public:
    explicit member_flags(std::size_t n)
    {
        if (n > 64)
            rest_.reset(new std::uint64_t[(n - 1) / 64]());
    }
    member_flags(member_flags const&) = delete;
    member_flags& operator=(member_flags const&) = delete;

    bool test(std::size_t i) const noexcept
    {
        if (i < 64)
            return ((first_ >> i) & 1) != 0;
        return ((rest_[i / 64 - 1] >> (i % 64)) & 1) != 0;
    }
    void set(std::size_t i) noexcept
    {
        if (i < 64)
            first_ |= std::uint64_t(1) << i;
        else
            rest_[i / 64 - 1] |= std::uint64_t(1) << (i % 64);
    }

private:
    std::uint64_t first_ = 0;
    std::unique_ptr<std::uint64_t[]> rest_;
};

// Reads the value of the unknown key `key` into `slot`, its place in `capture`, with its exact
// text beside it when the DOM can only approximate a number in it.
template<class S>
bool read_unknown_value(S& s, context& cx, unknown_keys& capture, std::string_view key, boost::json::value& slot)
{
    std::string exact;
    if (!s.value(cx, slot, &exact))
        return false;
    if (BOOST_UNLIKELY(!exact.empty()))
        key_order_access::keep_exact(capture, key, slot, std::move(exact));
    return true;
}

// Reads member `i` of the object at `v`; when its value cannot be taken, the member stays absent
// and the value, as it came, is kept as an unknown key (see `decode_options::lenient`).
template<class S>
BOOST_NOINLINE bool read_leniently(S& s, context& cx, void* v, struct_reader<S> const& r, std::size_t i,
                                   std::string_view key, unknown_keys& capture, key_order_recorder& order)
{
    std::size_t const start = s.position();
    unsigned const depth = cx.depth;
    if (r.read[i](s, cx, v)) {
        order.known(i);
        return true;
    }
    if (s.failed() || !cx.can_keep_error())
        return false;
    s.rewind(start);
    cx.depth = depth;
    cx.keep_error();
    r.reset[i](v);
    auto kept = key_order_access::values(capture, cx.options.storage).emplace(key, nullptr);
    order.unknown();
    return read_unknown_value(s, cx, capture, key, kept.first->value());
}

// Reads the members of a described struct, laid out as `t`, from an object. `skip_key` is a
// union's tag, read already. One function for every struct type.
template<class S>
bool read_members(S& s, context& cx, void* v, struct_reader<S> const& r, std::string_view skip_key = {})
{
    struct_layout const& t = *r.layout;
    std::size_t const n = t.size;
    member_flags seen(n);
    bool tag_seen = false;
    auto* capture = t.capture ? static_cast<unknown_keys*>(t.capture(v)) : nullptr;
    if (capture)
        key_order_access::reset(*capture, cx.options.storage);
    key_order_recorder order(capture ? &key_order_access::of(*capture) : nullptr, n, r.last_tokens);
    bool const lenient = capture && cx.options.lenient; // a value of the wrong kind is kept
    if (!skip_key.empty())
        order.expect_tag();
    bool const collecting = cx.collecting();
    bool ok = s.members(cx, t, [&](std::string_view key, std::size_t i) {
        return read_at(cx, collecting, key, [&] {
            if (i == n) {
                if (!skip_key.empty() && key == skip_key) {
                    if (tag_seen)
                        return cx.fail(error_kind::duplicate, "duplicate key");
                    tag_seen = true;
                    order.tag();
                    return s.skip(cx);
                }
                if (capture) {
                    auto r = key_order_access::values(*capture, cx.options.storage).emplace(key, nullptr);
                    if (!r.second)
                        return cx.fail(error_kind::duplicate, "duplicate key");
                    order.unknown();
                    if (BOOST_UNLIKELY(cx.options.report_unknown) &&
                        !cx.violate(rule_kind::unknown, "a key the type does not describe"))
                        return false;
                    // Validation keeps the key, to find it twice, but not its value.
                    return cx.keeping() ? read_unknown_value(s, cx, *capture, key, r.first->value()) : s.skip(cx);
                }
                if (cx.options.ignore_unknown_keys)
                    return s.skip(cx);
                return cx.fail(error_kind::unknown_key, "unknown key, and the type has no unknown_keys member to keep it");
            }
            if (seen.test(i))
                return cx.fail(error_kind::duplicate, "duplicate key");
            seen.set(i);
            if (!lenient || !r.reset[i]) {
                order.known(i);
                return r.read[i](s, cx, v);
            }
            return read_leniently(s, cx, v, r, i, key, *capture, order);
        });
    });
    if (!ok)
        return false;
    order.finish();
    for (std::size_t i = 0; i < n; ++i) {
        if (seen.test(i))
            continue;
        absent_rule const rule = t.absent[i];
        if (rule == absent_rule::reset) {
            r.reset[i](v); // nothing to report: no pointer needed
            continue;
        }
        pointer_scope at(cx, t.keys[i]);
        bool go_on;
        if (rule == absent_rule::violate) {
            r.reset[i](v);
            go_on = cx.violate(rule_kind::required, "missing required key");
        } else {
            go_on = cx.fail(error_kind::missing, "missing required key");
        }
        if (!go_on)
            return false;
    }
    return true;
}

} // namespace sentry_api::codec::detail

#endif
