// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_CANONICAL_TEXT_HPP
#define SENTRY_API_CODEC_DETAIL_CANONICAL_TEXT_HPP

// Held JSON's canonical form (see json_text): whether a number is written as Python writes it,
// and checked text written again as Python's compact json.dumps writes it.

#include <sentry_api/codec/detail/number.hpp>
#include <sentry_api/codec/detail/python_float.hpp>
#include <sentry_api/codec/detail/scan.hpp>
#include <sentry_api/codec/detail/utf8.hpp>

#include <boost/config.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace sentry_api::codec::detail {


inline std::uint32_t hex_at(char const* h) noexcept
{
    std::uint32_t cp = 0;
    for (int i = 0; i < 4; ++i) {
        char const c = h[i];
        cp = cp * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return cp;
}

// A code point of an escape, as Python writes it in a string.
inline char* canonical_code_point(char* o, std::uint32_t cp) noexcept
{
    char short_form = 0;
    switch (cp) {
    case '"': short_form = '"'; break;
    case '\\': short_form = '\\'; break;
    case '\b': short_form = 'b'; break;
    case '\f': short_form = 'f'; break;
    case '\n': short_form = 'n'; break;
    case '\r': short_form = 'r'; break;
    case '\t': short_form = 't'; break;
    default: break;
    }
    if (short_form) {
        o[0] = '\\';
        o[1] = short_form;
        return o + 2;
    }
    if (cp < 0x20) {
        static constexpr char hex[] = "0123456789abcdef";
        char const u[6] = {'\\', 'u', '0', '0', hex[cp >> 4], hex[cp & 0xF]};
        std::memcpy(o, u, 6);
        return o + 6;
    }
    return o + encode_utf8(cp, o);
}

// A checked string from its opening quote at `p`, written with Python's escapes.
inline char* canonical_string(char* o, char const*& p, char const* const e) noexcept
{
    *o++ = *p++;
    for (;;) {
        char const* const run = p;
        p = skip_plain(p, e);
        std::memcpy(o, run, static_cast<std::size_t>(p - run));
        o += p - run;
        char const c = *p;
        if (c == '"') {
            *o++ = '"';
            ++p;
            return o;
        }
        if (c != '\\') { // the bytes of a UTF-8 sequence, or 0x7F: as they are
            *o++ = *p++;
            continue;
        }
        char const x = p[1];
        if (x != 'u') {
            if (x == '/') {
                *o++ = '/';
            } else {
                o[0] = '\\';
                o[1] = x;
                o += 2;
            }
            p += 2;
            continue;
        }
        std::uint32_t cp = hex_at(p + 2);
        p += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) { // a pair, checked already
            cp = 0x10000 + ((cp - 0xD800) << 10) + (hex_at(p + 2) - 0xDC00);
            p += 6;
        }
        o = canonical_code_point(o, cp);
    }
}

// Whether a float written in fixed notation (`-?I.F`) is as Python's repr writes it, without
// formatting it: 1 yes, -1 no, 0 when only formatting can tell. Python writes fixed notation
// for a decimal exponent in [-4, 16), with the shortest digits that read back; a text of at
// most 15 significant digits is those digits (two decimals of 15 digits or fewer never read
// as one double), so it is canonical when it has no digit to spare.
inline int canonical_fixed(std::string_view t) noexcept
{
    // One pass over the text: string_view's searches cost more than the rest (callgrind).
    std::size_t dot = t.size();
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '.')
            dot = i;
        else if (t[i] == 'e' || t[i] == 'E')
            return 0;
    }
    if (dot == t.size())
        return 0;
    std::size_t const sign = t[0] == '-';
    std::string_view const whole = t.substr(sign, dot - sign), fraction = t.substr(dot + 1);
    if (fraction == "0") {
        if (whole == "0")
            return 1; // 0.0 and -0.0
        std::size_t digits = whole.size();
        while (digits > 0 && whole[digits - 1] == '0')
            --digits;
        return whole.size() > 16 ? -1 : digits <= 15 ? 1 : 0;
    }
    if (fraction.back() == '0')
        return -1;
    if (whole == "0") {
        std::size_t zeros = 0;
        while (zeros < fraction.size() && fraction[zeros] == '0')
            ++zeros;
        if (zeros > 3)
            return -1; // below 1e-4: Python writes an exponent
        return fraction.size() - zeros <= 15 ? 1 : 0;
    }
    if (whole.size() > 16)
        return -1;
    return whole.size() + fraction.size() <= 15 ? 1 : 0;
}

// Whether a number as written is as Python writes it: `-0` is not, a float is when its
// text is its repr; one no double or 64-bit integer holds is kept as written.
inline bool canonical_number(number_value const& n) noexcept
{
    if (n.type == number_value::float64) {
        if (int fixed = canonical_fixed(n.text))
            return fixed > 0;
        fixed_text t;
        write_python_float(t, n.d);
        return n.text == std::string_view(t.data, t.size);
    }
    return !(n.type == number_value::int64 && n.i == 0 && n.text.size() != 1);
}

// Writes the checked text [p, e), which has `floats` floats, again as canonical text into `out`
// (see json_text): no white space, Python's escapes, numbers as Python writes them but for a
// float no double holds (1E400, 1e-999), kept as written. `buffer` is room kept from one call to the next.
inline void canonicalize(char const* p, char const* const e, std::size_t floats, std::string& buffer, std::string& out)
{
    std::size_t const most = static_cast<std::size_t>(e - p) + 32 * floats;
    if (buffer.size() < most)
        buffer.resize(most);
    char* const first = buffer.data();
    char* o = first;
    while (p != e) {
        char const c = *p;
        switch (c) {
        case ' ':
        case '\n':
        case '\r':
        case '\t': p = skip_white_space(p, e); break;
        case '"': o = canonical_string(o, p, e); break;
        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9': {
            bool floating;
            char const* const q = number_end(p, e, floating);
            if (floating) {
                number_value n;
                n.text = std::string_view(p, static_cast<std::size_t>(q - p));
                parse_double(n);
                if (BOOST_LIKELY(n.type == number_value::float64)) {
                    fixed_text t;
                    write_python_float(t, n.d);
                    std::memcpy(o, t.data, t.size);
                    o += t.size;
                } else { // beyond a double: as written, never Infinity or 0.0
                    std::memcpy(o, p, static_cast<std::size_t>(q - p));
                    o += q - p;
                }
            } else if (q - p == 2 && p[0] == '-' && p[1] == '0') {
                *o++ = '0';
            } else {
                std::memcpy(o, p, static_cast<std::size_t>(q - p));
                o += q - p;
            }
            p = q;
            break;
        }
        default: *o++ = c; ++p; // structure, and the letters of literals
        }
    }
    out.assign(first, static_cast<std::size_t>(o - first));
}

} // namespace sentry_api::codec::detail

#endif
