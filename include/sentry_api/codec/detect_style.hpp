// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETECT_STYLE_HPP
#define SENTRY_API_CODEC_DETECT_STYLE_HPP

#include <sentry_api/codec/detail/number.hpp>
#include <sentry_api/codec/detail/reproducible.hpp>
#include <sentry_api/codec/detail/scan.hpp>
#include <sentry_api/codec/style.hpp>

#include <cstddef>
#include <string_view>

namespace sentry_api::codec {

/// The layout of a JSON text, as `detect_style` reads it.
struct text_style {
    /// The style, indent width and escaping to write the text back with.
    encode_options options;
    /// Whether the text ends with a newline after its value (`encode` never writes one).
    bool final_newline = false;
    /// Whether writing the text's value back with `options` (and the final newline) gives the
    /// same bytes: true when the text is laid out as Python's `json.dumps` writes (one of its
    /// styles, any indent, `ensure_ascii` either way) and its strings and numbers are written as
    /// it writes them. False, for instance, for a one-line object `{ "id": "x" }` inside indented
    /// text, `\r\n` line ends, white space before the value, `\/` or `\u0041` in a string, `1E5`.
    bool reproducible = false;
    /// Whether the text holds a float that no double holds (`1E400`, `-1e+9999`, `123.456e-789`).
    /// Held JSON keeps it as written, so it takes no part in `reproducible`; Python's `json.dumps`
    /// would read it as infinity or zero and write `Infinity` or `0.0` instead.
    bool floats_beyond_double = false;
};

namespace detail {

inline bool is_json_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Whether the text holds, outside its strings, a float that no double holds.
inline bool holds_float_beyond_double(std::string_view text) noexcept
{
    char const* const e = text.data() + text.size();
    for (char const* p = text.data(); p != e;) {
        char const c = *p;
        if (c == '"') {
            p = string_end(p, e);
            p += p != e;
            continue;
        }
        if (c != '-' && (c < '0' || c > '9')) {
            ++p;
            continue;
        }
        bool floating;
        char const* const q = number_end(p, e, floating);
        if (floating) {
            number_value v;
            v.text = std::string_view(p, static_cast<std::size_t>(q - p));
            parse_double(v);
            if (v.type == number_value::float_out_of_range)
                return true;
        }
        p = q;
    }
    return false;
}

inline int hex_digit(char c) noexcept
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace detail

/// Reads the style of a JSON text as Python's `json.dumps` would have been asked for it: an
/// indent (and its width) after the first non-empty array or object, else `", "` or `","`
/// between items; escaped non-ASCII text (`\uXXXX` above U+007E and no raw non-ASCII byte);
/// a final newline. What the text does not show keeps its default (compact, no escaping).
/// It says too whether those settings write the text back byte for byte (`reproducible`), so a
/// program knows ahead when the bytes will differ. The text is not checked: give it valid JSON.
/// @code
/// auto ts = sentry_api::codec::detect_style(text);
/// std::string out = sentry_api::encode(*page, ts.options) + (ts.final_newline ? "\n" : "");
/// @endcode
inline text_style detect_style(std::string_view text) noexcept
{
    text_style ts;
    encode_options& o = ts.options;
    bool layout_known = false; // the style is settled by the first container or separator
    bool item_separator_seen = false;
    bool raw_non_ascii = false;
    bool escaped_non_ascii = false;
    std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        char c = text[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            raw_non_ascii = true;
        } else if (c == '"') {
            // A string: look at its escapes, then go on after it.
            for (++i; i < n && text[i] != '"'; ++i) {
                if (static_cast<unsigned char>(text[i]) >= 0x80)
                    raw_non_ascii = true;
                if (text[i] != '\\')
                    continue;
                ++i;
                if (i < n && text[i] == 'u' && i + 4 < n) {
                    int v = 0;
                    for (std::size_t k = 1; k <= 4; ++k)
                        v = v * 16 + (detail::hex_digit(text[i + k]) < 0 ? 0 : detail::hex_digit(text[i + k]));
                    if (v >= 0x7F)
                        escaped_non_ascii = true;
                    i += 4;
                }
            }
        } else if (!layout_known && (c == '[' || c == '{')) {
            std::size_t j = i + 1;
            if (j < n && (text[j] == ']' || text[j] == '}'))
                continue; // empty: says nothing
            if (j < n && text[j] == '\n') {
                std::size_t spaces = 0;
                while (j + 1 + spaces < n && text[j + 1 + spaces] == ' ')
                    ++spaces;
                o.style = style::pretty;
                o.indent = static_cast<unsigned>(spaces);
                layout_known = true;
            }
        } else if (!layout_known && !item_separator_seen && (c == ',' || c == ':')) {
            // Without an indent, Python's separators are both spaced or both not.
            bool spaced = i + 1 < n && text[i + 1] == ' ';
            o.style = spaced ? style::python : style::compact;
            item_separator_seen = true;
        }
    }
    o.ensure_ascii = escaped_non_ascii && !raw_non_ascii;
    std::size_t end = n;
    while (end > 0 && detail::is_json_space(text[end - 1]))
        --end;
    ts.final_newline = end < n && text.back() == '\n';
    ts.reproducible = detail::reproducible_check(text, o).run(ts.final_newline);
    ts.floats_beyond_double = detail::holds_float_beyond_double(text);
    return ts;
}

} // namespace sentry_api::codec

#endif
