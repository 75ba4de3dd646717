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

    /// Key `i` as the writer writes it: `"key": `, followed by at least `quoted_padding` bytes.
    constexpr std::string_view quoted_key(std::size_t i) const noexcept
    {
        return {quoted_text + quoted_at[i], quoted_at[i + 1] - quoted_at[i]};
    }

    /// The index of the member whose key is `key`, trying `hint` first (documents mostly come in
    /// declaration order); `size` when there is none.
    std::size_t find(std::string_view key, std::size_t hint) const noexcept
    {
        for (std::size_t i = hint; i < size; ++i)
            if (keys[i] == key)
                return i;
        for (std::size_t i = 0; i < hint && i < size; ++i)
            if (keys[i] == key)
                return i;
        return size;
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

    static constexpr struct_layout layout = {size,
                                             keys.data(),
                                             absent.data(),
                                             quoted.text.data(),
                                             quoted.at.data(),
                                             plain_keys,
                                             capture_at<T>(captures{})};
};

} // namespace sentry_api::codec::detail

#endif
