#ifndef SENTRY_API_CODEC_DETAIL_SCAN_HPP
#define SENTRY_API_CODEC_DETAIL_SCAN_HPP

// Finding the end of a run of string bytes that need no attention, eight bytes at a time.

#include <cstdint>
#include <cstring>

namespace sentry_api::codec::detail {

/// A byte that a JSON string can hold as it is and Python writes as it is in every mode:
/// printable ASCII other than `"` and `\`.
constexpr bool is_plain(char c) noexcept
{
    auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7F && c != '"' && c != '\\';
}

/// The first byte at or after `p` that is not plain, or `end`.
inline char const* skip_plain(char const* p, char const* end) noexcept
{
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t highs = 0x8080808080808080u;
    while (end - p >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        // A high bit marks a byte below 0x20, equal to '"', '\\' or 0x7F, or above 0x7F (the first
        // mark is exact; later ones may be false, so the bytes are looked at one by one).
        std::uint64_t below = (w - ones * 0x20) & ~w;
        std::uint64_t quote = w ^ (ones * '"');
        std::uint64_t slash = w ^ (ones * '\\');
        std::uint64_t del = w ^ (ones * 0x7F);
        std::uint64_t marks = (below | ((quote - ones) & ~quote) | ((slash - ones) & ~slash) |
                               ((del - ones) & ~del) | w) &
                              highs;
        if (marks) {
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            return p + (__builtin_ctzll(marks) >> 3); // the lowest mark is exact
#else
            break;
#endif
        }
        p += 8;
    }
    while (p != end && is_plain(*p))
        ++p;
    return p;
}

} // namespace sentry_api::codec::detail

#endif
