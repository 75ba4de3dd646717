// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_STRUCT_INFO_HPP
#define SENTRY_API_CODEC_DETAIL_STRUCT_INFO_HPP

// What the codec needs of a described struct: its keyed members, their keys, its unknown_keys member.

#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/codec/detail/key_order.hpp>
#include <sentry_api/codec/detail/scan.hpp>
#include <sentry_api/codec/key_map.hpp>
#include <sentry_api/codec/unknown_keys.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace sentry_api::codec::detail {

template<class T, template<class...> class L, class... D>
constexpr std::array<std::string_view, sizeof...(D)> keys_of(L<D...>) noexcept
{
    return {{key_map<T>::key(D::name)...}};
}

template<class T, std::size_t N>
constexpr bool keys_unique(std::array<std::string_view, N> const& keys) noexcept
{
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = i + 1; j < N; ++j)
            if (keys[i] == keys[j])
                return false;
    return true;
}

template<std::size_t N>
constexpr bool keys_plain(std::array<std::string_view, N> const& keys) noexcept
{
    for (auto k : keys)
        for (char c : k)
            if (!is_plain(c))
                return false;
    return true;
}

template<std::size_t N>
constexpr std::size_t quoted_length(std::array<std::string_view, N> const& keys) noexcept
{
    std::size_t n = 0;
    for (auto k : keys)
        n += k.size() + 4;
    return n;
}

// `"key": ` for each key, in one array, with where each starts.
// Padded, so that a key can be copied 32 bytes at a time.
constexpr std::size_t quoted_padding = 32;

template<std::size_t Length, std::size_t N>
struct quoted_keys {
    std::array<char, Length + quoted_padding> text{};
    std::array<std::size_t, N + 1> at{};
};

template<std::size_t Length, std::size_t N>
constexpr quoted_keys<Length, N> quote_keys(std::array<std::string_view, N> const& keys) noexcept
{
    quoted_keys<Length, N> q;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < N; ++i) {
        q.at[i] = pos;
        q.text[pos++] = '"';
        for (char c : keys[i])
            q.text[pos++] = c;
        q.text[pos++] = '"';
        q.text[pos++] = ':';
        q.text[pos++] = ' ';
    }
    q.at[N] = pos;
    return q;
}

// Finding a member by its key in any order: an open-addressed table of member indexes, made at
// compile time for each struct, whose slot is a multiplicative hash of the key's length and
// its first, middle and last bytes, with the multiplier that spreads the type's keys best.
// A lookup costs one hash and, nearly always, one comparison, whatever order the keys come in.
constexpr std::uint16_t no_member = 0xFFFF;

constexpr std::uint32_t key_word(char const* k, std::size_t n) noexcept
{
    if (n == 0)
        return 0;
    auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(k[i])); };
    return static_cast<std::uint32_t>(n & 0xFF) | b(0) << 8 | b(n / 2) << 16 | b(n - 1) << 24;
}

constexpr std::size_t key_table_size(std::size_t n) noexcept
{
    std::size_t size = 4;
    while (size < 2 * n)
        size *= 2;
    return size;
}

template<std::size_t N>
struct key_table {
    static constexpr std::size_t size = key_table_size(N);
    static constexpr unsigned bits = [] {
        unsigned b = 0;
        while ((std::size_t(1) << b) < size)
            ++b;
        return b;
    }();
    std::array<std::uint16_t, size> slots{};
    std::uint32_t seed = 0;
};

template<std::size_t N>
constexpr key_table<N> make_key_table(std::array<std::string_view, N> const& keys) noexcept
{
    using table = key_table<N>;
    key_table<N> best;
    std::size_t best_probes = std::size_t(-1);
    std::uint32_t seed = 0x9E3779B1u;
    for (int attempt = 0; attempt < 64 && best_probes != 0; ++attempt, seed = seed * 0x2C9277B5u + 0xAC564B05u) {
        std::uint32_t const odd = seed | 1u;
        key_table<N> t;
        t.seed = odd;
        for (auto& slot : t.slots)
            slot = no_member;
        std::size_t probes = 0;
        for (std::size_t i = 0; i < N; ++i) {
            std::size_t at = (key_word(keys[i].data(), keys[i].size()) * odd) >> (32 - table::bits);
            while (t.slots[at] != no_member) {
                at = (at + 1) & (table::size - 1);
                ++probes;
            }
            t.slots[at] = static_cast<std::uint16_t>(i);
        }
        if (probes < best_probes) {
            best_probes = probes;
            best = t;
        }
    }
    return best;
}

// Whether `a` and `b` hold the same bytes: keys are short, and compared here without a call.
constexpr bool same_bytes(std::string_view a, std::string_view b) noexcept
{
    std::size_t const n = a.size();
    if (n != b.size())
        return false;
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

// What becomes of a member whose key is absent.
enum class absent_rule : unsigned char {
    reset,   // an optional_key or a std::optional: it is made empty, and that is all
    violate, // a required presence (nullable<T>, required_key<T>): made empty, and a violation when validating
    fail,    // any other member: the key is missing
};

template<class M>
constexpr absent_rule absent_rule_of() noexcept
{
    if constexpr (is_presence<M>::value)
        return M::required ? absent_rule::violate : absent_rule::reset;
    else if constexpr (is_optional<M>::value)
        return absent_rule::reset;
    else
        return absent_rule::fail;
}

template<class T, template<class...> class L, class... D>
constexpr std::array<absent_rule, sizeof...(D)> absent_rules_of(L<D...>) noexcept
{
    return {{absent_rule_of<member_type<D>>()...}};
}

// The member at `P` of an object of type `T`.
template<class T, auto P>
void* member_at(void* object) noexcept
{
    return std::addressof(static_cast<T*>(object)->*P);
}

// A described struct as the codec sees it at run time, the same for every type.
struct struct_layout {
    std::size_t size;                        // members with a key
    std::string_view const* keys;            // their keys
    absent_rule const* absent;               // what becomes of each member when its key is absent
    char const* quoted_text;                 // `"key": ` of each key, one after the other
    std::size_t const* quoted_at;
    bool plain_keys;                         // whether quoted_text can be written as it is
    void* (*capture)(void*) noexcept;        // the unknown_keys member; null when there is none
    std::uint16_t const* slots;              // the key table (see key_table)
    std::uint32_t seed;
    unsigned shift;                          // 32 less the table's bits

    /// Key `i` as the writer writes it: `"key": `, followed by at least `quoted_padding` bytes.
    constexpr std::string_view quoted_key(std::size_t i) const noexcept
    {
        return {quoted_text + quoted_at[i], quoted_at[i + 1] - quoted_at[i]};
    }

    /// The index of the member whose key is `key`, trying `hint` first (documents mostly come in
    /// declaration order), then the key table; `size` when there is none.
    std::size_t find(std::string_view key, std::size_t hint) const noexcept
    {
        if (hint < size && same_bytes(keys[hint], key))
            return hint;
        return look_up(key);
    }

    /// The index of the member whose key is `key`, by the key table alone; `size` when there is none.
    std::size_t look_up(std::string_view key) const noexcept
    {
        std::size_t const mask = (std::size_t(1) << (32 - shift)) - 1;
        for (std::size_t at = (key_word(key.data(), key.size()) * seed) >> shift;; at = (at + 1) & mask) {
            std::uint16_t const i = slots[at];
            if (i == no_member)
                return size;
            if (same_bytes(keys[i], key))
                return i;
        }
    }
};

template<class T, template<class...> class L>
constexpr void* (*capture_at(L<>) noexcept)(void*) noexcept
{
    return nullptr;
}

template<class T, template<class...> class L, class D>
constexpr void* (*capture_at(L<D>) noexcept)(void*) noexcept
{
    return &member_at<T, D::pointer>;
}

template<class T>
struct struct_info {
    using all = members_of<T>;
    using fields = boost::mp11::mp_remove_if<all, is_capture_member>;
    using captures = boost::mp11::mp_copy_if<all, is_capture_member>;
    static constexpr std::size_t size = boost::mp11::mp_size<fields>::value;
    static constexpr std::array<std::string_view, size> keys = keys_of<T>(fields{});

    static_assert(boost::mp11::mp_size<captures>::value <= 1,
                  "A described struct can have at most one unknown_keys member.");
    static_assert(keys_unique<T>(keys), "The type has several described members with the same JSON key.");

    /// Whether every key can be written as it is, without escaping.
    static constexpr bool plain_keys = keys_plain(keys);

    /// The keys as the writer writes them, `"key": ` one after the other, made at compile time.
    static constexpr auto quoted = quote_keys<quoted_length(keys)>(keys);

    static constexpr bool has_capture = !boost::mp11::mp_empty<captures>::value;
    static_assert(!has_capture || size < key_order::max_members,
                  "A described struct with an unknown_keys member can have at most 253 other members.");

    static constexpr std::array<absent_rule, size> absent = absent_rules_of<T>(fields{});

    static constexpr key_table<size> table = make_key_table(keys);

    static constexpr struct_layout layout = {size,
                                             keys.data(),
                                             absent.data(),
                                             quoted.text.data(),
                                             quoted.at.data(),
                                             plain_keys,
                                             capture_at<T>(captures{}),
                                             table.slots.data(),
                                             table.seed,
                                             32 - key_table<size>::bits};
};

} // namespace sentry_api::codec::detail

#endif
