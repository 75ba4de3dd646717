// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_SCAN_HPP
#define SENTRY_API_CODEC_DETAIL_SCAN_HPP

// Finding the end of a run of string bytes that need no attention, eight bytes at a time.

#include <sentry_api/config.hpp>
#include <boost/config.hpp>

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sentry_api::codec::detail {

/// A byte that a JSON string can hold as it is and Python writes as it is in every mode:
/// printable ASCII other than `"` and `\`.
constexpr bool is_plain(char c) noexcept
{
    auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7F && c != '"' && c != '\\';
}

// Which bytes are plain, for the last few bytes of a run: one load a byte.
struct plain_table {
    bool plain[256];
    constexpr plain_table() noexcept : plain()
    {
        for (int c = 0; c < 256; ++c)
            plain[c] = is_plain(static_cast<char>(c));
    }
};
inline constexpr plain_table plain_bytes{};

/// The first byte at or after `p` that is not plain, or `end`.
SENTRY_API_HOT_INLINE char const* skip_plain(char const* p, char const* end) noexcept
{
#if defined(__SSE2__)
    // Sixteen bytes at a time: as signed bytes, plain ones are those in (0x1F, 0x7F) other than
    // '"' and '\\' (bytes from 0x80 up are negative).
    __m128i const low = _mm_set1_epi8(0x1F);
    __m128i const high = _mm_set1_epi8(0x7F);
    __m128i const quote = _mm_set1_epi8('"');
    __m128i const slash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
        __m128i const inside = _mm_and_si128(_mm_cmpgt_epi8(v, low), _mm_cmplt_epi8(v, high));
        __m128i const special = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, slash));
        auto const plain = static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(special, inside)));
        if (plain != 0xFFFFu)
            return p + __builtin_ctz(~plain);
        p += 16;
    }
#else
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
#endif
    while (p != end && plain_bytes.plain[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

/// The first byte at or after `p` that is not JSON white space. Indented text has long runs of
// it: sixteen bytes at a time where it can.
inline char const* skip_white_space(char const* p, char const* const e) noexcept
{
#if defined(__SSE2__)
    while (e - p >= 16) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
        __m128i const ws = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
                                        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))));
        auto const mask = static_cast<unsigned>(_mm_movemask_epi8(ws));
        if (mask != 0xFFFFu)
            return p + __builtin_ctz(~mask);
        p += 16;
    }
#endif
    while (p != e && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    return p;
}

/// The first byte at or after `p` that opens or closes a string, an object or an array (`"`,
/// `{`, `}`, `[`, `]`), or `end`: what a rough skip of a value looks for.
inline char const* next_structural(char const* p, char const* const e) noexcept
{
#if defined(__SSE2__)
    while (e - p >= 16) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
        __m128i const hit = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('{'))),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('}')), _mm_cmpeq_epi8(v, _mm_set1_epi8('['))),
                         _mm_cmpeq_epi8(v, _mm_set1_epi8(']'))));
        auto const mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
        if (mask != 0)
            return p + __builtin_ctz(mask);
        p += 16;
    }
#endif
    while (p != e && *p != '"' && *p != '{' && *p != '}' && *p != '[' && *p != ']')
        ++p;
    return p;
}

/// The end of the number that starts at `p` (its run of digits, signs, `.`, `e` and `E`), found
/// without checking it; `floating` says whether it has a `.`, `e` or `E`.
inline char const* number_end(char const* p, char const* const e, bool& floating) noexcept
{
    floating = false;
    for (; p != e; ++p) {
        char const c = *p;
        if (c == '.' || c == 'e' || c == 'E')
            floating = true;
        else if (!((c >= '0' && c <= '9') || c == '-' || c == '+'))
            break;
    }
    return p;
}

/// The closing quote of the string whose opening quote is at `p`, found without checking the
/// string (an escape is stepped over whole); `end` when it has none.
inline char const* string_end(char const* p, char const* end) noexcept
{
    for (++p;;) {
        p = skip_plain(p, end);
        if (p == end || *p == '"')
            return p;
        p += *p == '\\' && end - p > 1 ? 2 : 1;
    }
}

} // namespace sentry_api::codec::detail

#endif
