// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_WRITE_ORDER_HPP
#define SENTRY_API_CODEC_DETAIL_WRITE_ORDER_HPP

// Writing a struct's members, by its layout: of a decoded one in the order its keys came (see
// key_order.hpp). The same code for every struct type.

#include <sentry_api/codec/detail/key_order.hpp>
#include <sentry_api/codec/detail/struct_info.hpp>
#include <sentry_api/codec/detail/writer.hpp>
#include <sentry_api/codec/unknown_keys.hpp>

#include <boost/config.hpp>
#include <boost/core/bit.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace sentry_api::codec::detail {

// Writes a member of the object at `v`, key and value, unless it is absent; `first` says
// whether it is the object's first item.
using member_writer = void (*)(writer& w, void const* v, bool& first);

// Which members of the object at `v` are to be written: bit i for member i (of the first 64),
// clear when the member is an absent presence.
using present_members_function = std::uint64_t (*)(void const* v) noexcept;

// How to write the members of a struct: a writer for each, and which are present (null when
// all of them always are).
struct members_writer {
    member_writer const* members;
    present_members_function present;

    void write(writer& w, void const* v, std::size_t i, bool& first) const { members[i](w, v, first); }

    // The members of `v` that may be written: all but those `present` says are absent.
    std::uint64_t present_in(void const* v) const noexcept { return present ? present(v) : ~std::uint64_t(0); }
};

// A union alternative's tag, key and name; a plain struct has none (an empty key).
struct union_tag {
    std::string_view key;
    std::string_view name;
};

inline void write_tag(writer& w, union_tag const& tag, bool& first)
{
    if (tag.key.empty())
        return;
    w.item(first);
    first = false;
    w.key(tag.key);
    w.string(tag.name);
}

// The `n` lowest bits set (all 64 when `n` is 64 or more).
constexpr std::uint64_t first_bits(std::size_t n) noexcept
{
    return n >= 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << n) - 1;
}

inline void write_unknown_key(writer& w, unknown_keys const& unknown, std::size_t j, bool& first)
{
    auto const& kv = unknown.begin()[j];
    w.item(first);
    first = false;
    w.key(kv.key());
    if (std::string const* exact = unknown.exact(kv.key()); BOOST_UNLIKELY(exact != nullptr))
        w.canonical(*exact);
    else
        w.value(kv.value());
}

// Writes the members of `v` in the order its keys came, when `v` was decoded and has an
// unknown_keys member; returns false, having written nothing, otherwise. Keys that code added
// after decoding come after those that came.
inline bool write_in_recorded_order(writer& w, void const* v, struct_layout const& t, members_writer const& writers,
                                    union_tag const& tag, bool& first)
{
    std::size_t const n = t.size;
    if (!t.capture || n == 0)
        return false;
    unknown_keys const& unknown = *static_cast<unknown_keys const*>(t.capture(const_cast<void*>(v)));
    key_order const& order = key_order_access::of(unknown);
    if (!order.decoded())
        return false;
    std::uint64_t const present = writers.present_in(v);
    // At most 253 members (key_order::max_members): a flag for each fits in 256 bits.
    std::uint64_t done[4] = {};
    std::size_t next_unknown = 0;
    if (!order.tokens) {
        write_tag(w, tag, first);
        done[0] = order.came & first_bits(n < key_order::mask_bits ? n : key_order::mask_bits);
        for (std::uint64_t came = done[0] & present; came != 0; came &= came - 1)
            writers.write(w, v, static_cast<std::size_t>(boost::core::countr_zero(came)), first);
    } else {
        bool tag_done = false;
        for (char c : *order.tokens) {
            auto k = static_cast<unsigned char>(c);
            if (k == key_order::tag_token) {
                write_tag(w, tag, first);
                tag_done = true;
            } else if (k == key_order::unknown_token) {
                if (next_unknown < unknown.size())
                    write_unknown_key(w, unknown, next_unknown++, first);
            } else if (k < n && ((done[k / 64] >> (k % 64)) & 1) == 0) {
                done[k / 64] |= std::uint64_t(1) << (k % 64);
                writers.write(w, v, k, first);
            }
        }
        if (!tag_done)
            write_tag(w, tag, first);
    }
    while (next_unknown < unknown.size())
        write_unknown_key(w, unknown, next_unknown++, first);
    for (std::size_t word = 0; word * 64 < n; ++word)
        for (std::uint64_t left = ~done[word] & first_bits(n - word * 64) & (word == 0 ? present : ~std::uint64_t(0));
             left != 0; left &= left - 1)
            writers.write(w, v, word * 64 + static_cast<std::size_t>(boost::core::countr_zero(left)), first);
    return true;
}

// The members of a struct, with a union's tag first, then its unknown keys; a decoded one in
// the order its keys came.
inline void write_members(writer& w, void const* v, struct_layout const& t, members_writer const& writers,
                          union_tag const& tag, bool& first)
{
    if (write_in_recorded_order(w, v, t, writers, tag, first))
        return;
    write_tag(w, tag, first);
    for (std::uint64_t left = writers.present_in(v) & first_bits(t.size); left != 0; left &= left - 1)
        writers.write(w, v, static_cast<std::size_t>(boost::core::countr_zero(left)), first);
    for (std::size_t i = 64; i < t.size; ++i)
        writers.write(w, v, i, first);
    if (t.capture) {
        auto const& unknown = *static_cast<unknown_keys const*>(t.capture(const_cast<void*>(v)));
        for (std::size_t j = 0; j < unknown.size(); ++j)
            write_unknown_key(w, unknown, j, first);
    }
}

} // namespace sentry_api::codec::detail

#endif
