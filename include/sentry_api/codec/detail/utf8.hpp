// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_UTF8_HPP
#define SENTRY_API_CODEC_DETAIL_UTF8_HPP

// UTF-8 (RFC 3629): checking a sequence and encoding a code point.

#include <cstddef>
#include <cstdint>

namespace sentry_api::codec::detail {

/// The length of the well-formed UTF-8 sequence at `p` (lead byte >= 0x80), or 0 when ill-formed
/// (overlong forms, surrogates and code points past U+10FFFF are ill-formed).
inline std::size_t utf8_sequence_length(char const* p, char const* end) noexcept
{
    auto b = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
    auto cont = [&](std::ptrdiff_t i) { return (b(i) & 0xC0) == 0x80; };
    std::ptrdiff_t avail = end - p;
    unsigned char c = b(0);
    if (c >= 0xC2 && c <= 0xDF)
        return avail >= 2 && cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || !cont(1) || !cont(2))
            return 0;
        if (c == 0xE0 && b(1) < 0xA0)
            return 0;
        if (c == 0xED && b(1) > 0x9F)
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || !cont(1) || !cont(2) || !cont(3))
            return 0;
        if (c == 0xF0 && b(1) < 0x90)
            return 0;
        if (c == 0xF4 && b(1) > 0x8F)
            return 0;
        return 4;
    }
    return 0;
}

/// Decodes the well-formed sequence of length `n` at `p`.
inline std::uint32_t decode_utf8(char const* p, std::size_t n) noexcept
{
    auto b = [&](std::size_t i) { return std::uint32_t(static_cast<unsigned char>(p[i])); };
    switch (n) {
    case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    default: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    }
}

/// Writes `cp` as UTF-8 into `out` (room for 4 bytes); returns the length.
inline std::size_t encode_utf8(std::uint32_t cp, char* out) noexcept
{
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

} // namespace sentry_api::codec::detail

#endif
