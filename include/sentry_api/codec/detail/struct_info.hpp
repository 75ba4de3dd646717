#ifndef SENTRY_API_CODEC_DETAIL_STRUCT_INFO_HPP
#define SENTRY_API_CODEC_DETAIL_STRUCT_INFO_HPP

// What the codec needs of a described struct: its keyed members, their keys, its unknown_keys member.

#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/codec/detail/scan.hpp>
#include <sentry_api/codec/key_map.hpp>
#include <sentry_api/codec/unknown_keys.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
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

    /// Key `i` as the writer writes it: `"key": `, followed by at least `quoted_padding` bytes.
    static constexpr std::string_view quoted_key(std::size_t i) noexcept
    {
        return {quoted.text.data() + quoted.at[i], quoted.at[i + 1] - quoted.at[i]};
    }

    /// The index of the member whose key is `key`, trying `hint` first (documents mostly come in
    /// declaration order); `size` when there is none.
    static std::size_t find(std::string_view key, std::size_t hint) noexcept
    {
        for (std::size_t n = 0; n < size; ++n) {
            std::size_t i = hint + n < size ? hint + n : hint + n - size;
            if (keys[i] == key)
                return i;
        }
        return size;
    }

    template<class U>
    static auto capture(U& v) noexcept
    {
        if constexpr (boost::mp11::mp_empty<captures>::value)
            return static_cast<unknown_keys*>(nullptr);
        else
            return &(v.*boost::mp11::mp_front<captures>::pointer);
    }
};

} // namespace sentry_api::codec::detail

#endif
