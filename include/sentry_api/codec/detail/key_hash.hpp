// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_KEY_HASH_HPP
#define SENTRY_API_CODEC_DETAIL_KEY_HASH_HPP

// A key's 64-bit hash: what finds a key twice in an object (held text) and a key in a large
// ordered_map, eight bytes at a time.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace sentry_api::codec::detail {

inline std::uint64_t key_hash(std::string_view k) noexcept
{
    std::uint64_t h = 0x9E3779B97F4A7C15u ^ k.size();
    std::size_t i = 0;
    for (; i + 8 <= k.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, k.data() + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 32;
    }
    if (i < k.size()) {
        // The last bytes one by one: a copy of a variable size would be a call.
        std::uint64_t w = 0;
        for (std::size_t j = k.size(); j != i;)
            w = w << 8 | static_cast<unsigned char>(k[--j]);
        h = (h ^ w) * 0xC4CEB9FE1A85EC53u;
        h ^= h >> 29;
    }
    return h;
}

} // namespace sentry_api::codec::detail

#endif
