// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_REPRODUCIBLE_HPP
#define SENTRY_API_CODEC_DETAIL_REPRODUCIBLE_HPP

// Whether `encode` in a given style writes a JSON text back byte for byte (detect_style's
// `reproducible`): every gap between tokens holds exactly the white space the style puts there,
// and every string and number is written as Python's json.dumps writes it.

#include <sentry_api/codec/detail/from_chars.hpp>
#include <sentry_api/codec/detail/number.hpp>
#include <sentry_api/codec/detail/python_float.hpp>
#include <sentry_api/codec/detail/scan.hpp>
#include <sentry_api/codec/style.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <system_error>

namespace sentry_api::codec::detail {

class reproducible_check {
public:
    reproducible_check(std::string_view text, encode_options const& o) noexcept : t_(text), o_(o) {}

    // Whether the text is what the style writes for its value, then `final_newline`'s "\n".
    bool run(bool final_newline) noexcept
    {
        std::size_t const n = t_.size();
        std::size_t end = n;
        if (final_newline) {
            if (n == 0 || t_[n - 1] != '\n')
                return false;
            --end;
        }
        t_ = t_.substr(0, end);
        char prev = 0; // the last token: a punctuation byte, or 'v' for a scalar
        std::size_t depth = 0;
        while (p_ < t_.size()) {
            std::size_t const gap = p_;
            p_ = static_cast<std::size_t>(skip_white_space(t_.data() + p_, t_.data() + t_.size()) - t_.data());
            std::string_view const white = t_.substr(gap, p_ - gap);
            if (p_ == t_.size())
                return prev != 0 && depth == 0 && white.empty();
            char const c = t_[p_];
            if (c == ']' || c == '}') {
                if (depth == 0)
                    return false;
                --depth;
                bool const empty = prev == '[' || prev == '{';
                if (!(empty ? white.empty() : line_gap(white, depth)))
                    return false;
                prev = c;
                ++p_;
                continue;
            }
            // A gap before a value, ',' or ':'.
            bool ok;
            if (prev == '[' || prev == '{')
                ok = line_gap(white, depth);
            else if (prev == ',')
                ok = o_.style == style::pretty ? line_gap(white, depth) : space_gap(white, o_.style == style::python);
            else if (prev == ':')
                ok = space_gap(white, o_.style != style::compact);
            else
                ok = white.empty();
            if (!ok)
                return false;
            if (c == ',' || c == ':') {
                prev = c;
                ++p_;
            } else if (c == '[' || c == '{') {
                ++depth;
                prev = c;
                ++p_;
            } else {
                if (!scalar())
                    return false;
                prev = 'v';
            }
        }
        return prev != 0 && depth == 0;
    }

private:
    // Whether `white` is the gap where `pretty` breaks the line: "\n" and the indent of `depth`
    // in `pretty`, nothing in the other styles.
    bool line_gap(std::string_view white, std::size_t depth) const noexcept
    {
        if (o_.style != style::pretty)
            return white.empty();
        if (white.empty() || white[0] != '\n' || white.size() != 1 + depth * o_.indent)
            return false;
        for (std::size_t i = 1; i < white.size(); ++i)
            if (white[i] != ' ')
                return false;
        return true;
    }

    // Whether `white` is one space (when `space`) or nothing.
    static bool space_gap(std::string_view white, bool space) noexcept
    {
        return space ? white == " " : white.empty();
    }

    bool scalar() noexcept
    {
        char const c = t_[p_];
        if (c == '"')
            return string();
        for (std::string_view word : {std::string_view("true"), std::string_view("false"), std::string_view("null")})
            if (t_.substr(p_, word.size()) == word) {
                p_ += word.size();
                return true;
            }
        return number();
    }

    static int hex(char c) noexcept
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1; // upper-case digits are not what Python writes
    }

    // Four lower-case hex digits at `i`, or -1.
    long hex4(std::size_t i) const noexcept
    {
        if (i + 4 > t_.size())
            return -1;
        long v = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            int const d = hex(t_[i + k]);
            if (d < 0)
                return -1;
            v = v * 16 + d;
        }
        return v;
    }

    bool string() noexcept
    {
        for (++p_; p_ < t_.size(); ++p_) {
            auto const c = static_cast<unsigned char>(t_[p_]);
            if (c == '"') {
                ++p_;
                return true;
            }
            if (c >= 0x7F && o_.ensure_ascii)
                return false; // it would be escaped
            if (c != '\\')
                continue;
            if (++p_ == t_.size())
                return false;
            char const e = t_[p_];
            if (e == '"' || e == '\\' || e == 'n' || e == 'r' || e == 't' || e == 'b' || e == 'f')
                continue;
            if (e != 'u')
                return false; // `\/`
            long const u = hex4(p_ + 1);
            if (u < 0)
                return false;
            p_ += 4;
            if (u < 0x20) {
                if (u == '\n' || u == '\r' || u == '\t' || u == '\b' || u == '\f')
                    return false; // written as its short escape
                continue;
            }
            if (u < 0x7F || !o_.ensure_ascii)
                return false; // written as itself
            if (u >= 0xD800 && u <= 0xDBFF) { // a pair: its low half must follow
                if (t_.substr(p_ + 1, 2) != "\\u")
                    return false;
                long const low = hex4(p_ + 3);
                if (low < 0xDC00 || low > 0xDFFF)
                    return false;
                p_ += 6;
            } else if (u >= 0xDC00 && u <= 0xDFFF) {
                return false;
            }
        }
        return false;
    }

    bool number() noexcept
    {
        std::size_t const start = p_;
        bool is_float;
        p_ = static_cast<std::size_t>(number_end(t_.data() + p_, t_.data() + t_.size(), is_float) - t_.data());
        std::string_view const s = t_.substr(start, p_ - start);
        if (s.empty())
            return false;
        if (!is_float) {
            std::string_view digits = s[0] == '-' ? s.substr(1) : s;
            if (digits.empty() || (digits[0] == '0' && (digits.size() > 1 || s[0] == '-')))
                return false; // "-0" is written 0; leading zeros are not JSON
            return true; // of any size, as Python writes an int
        }
        // As held JSON reads it: a float no double holds (1E400, 1e-999) is kept as written, a
        // float that is a double comes back as Python's repr of it.
        number_value n;
        n.text = s;
        parse_double(n);
        if (n.type == number_value::float_out_of_range)
            return true;
        fixed_text b;
        write_python_float(b, n.d);
        return std::string_view(b.data, b.size) == s;
    }

    std::string_view t_;
    encode_options o_;
    std::size_t p_ = 0;
};

} // namespace sentry_api::codec::detail

#endif
