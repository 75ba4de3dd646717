// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_TEXT_CURSOR_HPP
#define SENTRY_API_CODEC_DETAIL_TEXT_CURSOR_HPP

// The tokens of JSON text (RFC 8259, strict): white space, literals, numbers, strings and keys,
// with the place and message of the first syntax error. text_source reads values over it.

#include <sentry_api/config.hpp>
#include <sentry_api/codec/detail/kind.hpp>
#include <sentry_api/codec/detail/number.hpp>
#include <sentry_api/codec/detail/scan.hpp>
#include <sentry_api/codec/detail/utf8.hpp>
#include <sentry_api/codec/error.hpp>

#include <boost/config.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace sentry_api::codec::detail {

// The kind of value each first byte begins (any number is `integer`; see peek): one load
// rather than a switch's jump.
struct kind_table {
    kind of[256];
    constexpr kind_table() noexcept : of()
    {
        for (auto& k : of)
            k = kind::none;
        of[static_cast<unsigned char>('{')] = kind::object;
        of[static_cast<unsigned char>('[')] = kind::array;
        of[static_cast<unsigned char>('"')] = kind::string;
        of[static_cast<unsigned char>('t')] = of[static_cast<unsigned char>('f')] = kind::boolean;
        of[static_cast<unsigned char>('n')] = kind::null;
        of[static_cast<unsigned char>('-')] = kind::integer;
        for (char c = '0'; c <= '9'; ++c)
            of[static_cast<unsigned char>(c)] = kind::integer;
    }
};
inline constexpr kind_table value_kinds{};

class text_cursor {
public:
    /// `document`: whether the text begins a document (where a byte order mark gets an error
    /// of its own), or is a value cut out of one (an array's element, see array_decoder).
    explicit text_cursor(std::string_view text, bool document = true) noexcept
        : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()), document_(document)
    {
    }

    /// Reads `text` next, from its start, keeping the room of its buffers (array_decoder reads
    /// element after element so).
    void restart(std::string_view text) noexcept
    {
        begin_ = p_ = text.data();
        end_ = text.data() + text.size();
        err_ = err_pos_ = nullptr;
    }

    /// How many bytes were read so far.
    std::size_t position() const noexcept { return static_cast<std::size_t>(p_ - begin_); }

    /// Goes back to `pos` (a `position()` of this text), to read a value again: what a lenient
    /// read does with a value it could not take (see read_members).
    void rewind(std::size_t pos) noexcept { p_ = begin_ + pos; }

    /// How many bytes are left to read.
    std::size_t bytes_left() const noexcept { return static_cast<std::size_t>(end_ - p_); }

    /// The kind of the next value (after white space); `none` records a syntax error. Any
    /// number is `integer` here, for speed: `exact` tells integers from floats.
    SENTRY_API_HOT_INLINE kind peek()
    {
        skip_ws();
        if (p_ != end_) {
            kind const k = value_kinds.of[static_cast<unsigned char>(*p_)];
            if (k != kind::none)
                return k;
        }
        return no_value();
    }

    /// `k` from `peek`, with a number's kind made exact: integer or floating.
    kind exact(kind k) const noexcept { return k == kind::integer ? number_kind() : k; }

    SENTRY_API_HOT_INLINE bool null() { return literal("null", 4); }

    SENTRY_API_HOT_INLINE bool boolean(bool& b)
    {
        b = *p_ == 't';
        return b ? literal("true", 4) : literal("false", 5);
    }

    /// Reads an integer of at most 18 digits (what any 64-bit integer type holds), the common
    /// case, without the general path of `number`. False, having read nothing, for any other
    /// number (more digits, a fraction, an exponent) or text that is not one: `number` reads it.
    SENTRY_API_HOT_INLINE bool small_integer(std::int64_t& v) noexcept
    {
        char const* q = p_;
        bool const neg = q != end_ && *q == '-';
        q += neg;
        char const* const stop = end_ - q > 18 ? q + 18 : end_;
        std::uint64_t m = 0;
        char const* const first = q;
        for (; q != stop && is_digit(*q); ++q)
            m = m * 10 + static_cast<unsigned>(*q - '0');
        std::size_t const digits = static_cast<std::size_t>(q - first);
        if (digits == 0 || (*first == '0' && digits > 1))
            return false;
        if (q != end_ && (is_digit(*q) || *q == '.' || *q == 'e' || *q == 'E'))
            return false;
        v = neg ? -static_cast<std::int64_t>(m) : static_cast<std::int64_t>(m);
        p_ = q;
        return true;
    }

    bool number(number_value& n)
    {
        char const* start = p_;
        bool neg = *p_ == '-';
        if (neg)
            ++p_;
        std::uint64_t m = 0;
        bool big = false;
        if (p_ == end_ || !is_digit(*p_))
            return syntax(p_, "expected a digit");
        if (*p_ == '0') {
            ++p_;
            if (p_ != end_ && is_digit(*p_))
                return syntax(p_, "a number must not have leading zeros");
        } else {
            // Nineteen digits always fit in 64 bits: only those after them are checked.
            char const* const sure = end_ - p_ > 19 ? p_ + 19 : end_;
            for (; p_ != sure && is_digit(*p_); ++p_)
                m = m * 10 + static_cast<unsigned>(*p_ - '0');
            for (; p_ != end_ && is_digit(*p_); ++p_) {
                unsigned d = static_cast<unsigned>(*p_ - '0');
                if (m > (UINT64_MAX - d) / 10)
                    big = true;
                else
                    m = m * 10 + d;
            }
        }
        bool floating = false;
        if (p_ != end_ && *p_ == '.') {
            floating = true;
            ++p_;
            if (p_ == end_ || !is_digit(*p_))
                return syntax(p_, "expected a digit after the decimal point");
            while (p_ != end_ && is_digit(*p_))
                ++p_;
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            floating = true;
            ++p_;
            if (p_ != end_ && (*p_ == '+' || *p_ == '-'))
                ++p_;
            if (p_ == end_ || !is_digit(*p_))
                return syntax(p_, "expected a digit in the exponent");
            while (p_ != end_ && is_digit(*p_))
                ++p_;
        }
        n.text = std::string_view(start, static_cast<std::size_t>(p_ - start));
        if (floating)
            return parse_double(n), true;
        if (big) {
            n.type = number_value::big;
        } else if (neg) {
            if (m <= std::uint64_t(INT64_MAX) + 1) {
                n.type = number_value::int64;
                n.i = m == std::uint64_t(INT64_MAX) + 1 ? INT64_MIN : -static_cast<std::int64_t>(m);
            } else {
                n.type = number_value::big;
            }
        } else if (m <= std::uint64_t(INT64_MAX)) {
            n.type = number_value::int64;
            n.i = static_cast<std::int64_t>(m);
        } else {
            n.type = number_value::uint64;
            n.u = m;
        }
        return true;
    }

    /// Reads a string into `out` (a `std::string` or `boost::json::string`).
    template<class String>
    SENTRY_API_HOT_INLINE bool string(String& out)
    {
        char const* s = ++p_;
        p_ = skip_plain(p_, end_);
        assign(out, s, static_cast<std::size_t>(p_ - s));
        if (p_ != end_ && *p_ == '"') {
            ++p_;
            return true;
        }
        return string_rest(out);
    }

    /// Moves past `c` when it comes next (after white space); false, having moved past the
    /// white space only, when something else does.
    SENTRY_API_HOT_INLINE bool take(char c) noexcept
    {
        skip_ws();
        if (p_ != end_ && *p_ == c) {
            ++p_;
            return true;
        }
        return false;
    }

    /// After the top-level value: only white space may follow.
    bool finish()
    {
        skip_ws();
        if (p_ != end_)
            return syntax(p_, "unexpected text after the JSON value");
        return true;
    }

    /// Records a syntax error at the current place (text that may not come there), for
    /// `describe_error`; returns false.
    bool syntax_here(char const* message) noexcept { return syntax(p_, message); }

    /// The syntax error, if one was found: its offset and message.
    bool failed() const noexcept { return err_ != nullptr; }
    std::size_t error_offset() const noexcept { return static_cast<std::size_t>(err_pos_ - begin_); }
    char const* error_message() const noexcept { return err_; }

    /// Fills a syntax error's message and place (line and column) into `e`.
    void describe_error(codec::error& e) const
    {
        e.kind = error_kind::syntax;
        e.message = err_;
        e.pointer.clear();
        e.offset = error_offset();
        e.line = 1;
        char const* line_start = begin_;
        for (char const* q = begin_; q != err_pos_; ++q)
            if (*q == '\n') {
                ++e.line;
                line_start = q + 1;
            }
        e.column = static_cast<std::size_t>(err_pos_ - line_start) + 1;
    }

protected:
    // No value begins here: the error that says why.
    BOOST_NOINLINE kind no_value() noexcept
    {
        if (p_ == end_)
            return syntax(p_, "unexpected end of input"), kind::none;
        if (document_ && p_ == begin_ && end_ - p_ >= 3 && std::memcmp(p_, "\xEF\xBB\xBF", 3) == 0)
            return syntax(p_, "a UTF-8 byte order mark is not JSON"), kind::none;
        return syntax(p_, "expected a JSON value"), kind::none;
    }

    // A string read into an empty std::string is made at its size at once, not through
    // assign's general path (an out-of-line call that looks for overlap and grows in steps).
    template<class String>
    static void assign(String& out, char const* s, std::size_t n)
    {
        if constexpr (std::is_same_v<String, std::string>)
            if (n > out.capacity() || out.empty()) {
                out = std::string(s, n);
                return;
            }
        out.assign(std::string_view(s, n));
    }

    static bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
    BOOST_NOINLINE bool syntax(char const* at, char const* message) noexcept
    {
        if (!err_) {
            err_ = message;
            err_pos_ = at;
        }
        return false;
    }

    // Compact text has no white space between tokens: one test, inlined, says so.
    SENTRY_API_HOT_INLINE void skip_ws() noexcept
    {
        if (p_ != end_ && static_cast<unsigned char>(*p_) > ' ')
            return;
        skip_ws_run();
    }
    void skip_ws_run() noexcept
    {
        // One space (after `:` and `,` in Python's default style) needs no scan.
        if (end_ - p_ >= 2 && p_[0] == ' ' && static_cast<unsigned char>(p_[1]) > ' ') {
            ++p_;
            return;
        }
        p_ = skip_white_space(p_, end_);
    }

    SENTRY_API_HOT_INLINE bool literal(char const* word, std::size_t n)
    {
        if (std::size_t(end_ - p_) < n || std::memcmp(p_, word, n) != 0)
            return syntax(p_, "expected a JSON value");
        p_ += n;
        return true;
    }

    kind number_kind() const noexcept
    {
        char const* q = p_ + (*p_ == '-');
        while (q != end_ && is_digit(*q))
            ++q;
        return q != end_ && (*q == '.' || *q == 'e' || *q == 'E') ? kind::floating : kind::integer;
    }

    // Reads a key; `key` views the text itself when the key has no escapes.
    SENTRY_API_HOT_INLINE bool key(std::string_view& key, std::string& scratch)
    {
        char const* s = ++p_;
        p_ = skip_plain(p_, end_);
        if (p_ != end_ && *p_ == '"') {
            key = std::string_view(s, static_cast<std::size_t>(p_ - s));
            ++p_;
            return true;
        }
        scratch.assign(s, static_cast<std::size_t>(p_ - s));
        if (!string_rest(scratch))
            return false;
        key = scratch;
        return true;
    }

    template<class String>
    BOOST_NOINLINE bool string_rest(String& out)
    {
        for (;;) {
            if (p_ == end_)
                return syntax(p_, "unterminated string");
            auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                ++p_;
                return true;
            }
            if (c == '\\') {
                if (!escape(out))
                    return false;
            } else if (c < 0x20) {
                return syntax(p_, "a control character must be escaped in a string");
            } else if (c >= 0x80) {
                std::size_t n = utf8_sequence_length(p_, end_);
                if (n == 0)
                    return syntax(p_, "invalid UTF-8 in a string");
                out.append(std::string_view(p_, n));
                p_ += n;
            } else {
                char const* s = p_++; // plain, or 0x7F
                p_ = skip_plain(p_, end_);
                out.append(std::string_view(s, static_cast<std::size_t>(p_ - s)));
            }
        }
    }

    template<class String>
    bool escape(String& out)
    {
        char const* at = p_;
        ++p_;
        if (p_ == end_)
            return syntax(at, "unterminated escape");
        char c = *p_++;
        switch (c) {
        case '"': out.push_back('"'); return true;
        case '\\': out.push_back('\\'); return true;
        case '/': changed_ = true; out.push_back('/'); return true; // Python writes '/' as it is
        case 'b': out.push_back('\b'); return true;
        case 'f': out.push_back('\f'); return true;
        case 'n': out.push_back('\n'); return true;
        case 'r': out.push_back('\r'); return true;
        case 't': out.push_back('\t'); return true;
        case 'u': break;
        default: return syntax(at, "invalid escape");
        }
        std::uint32_t cp;
        if (!hex4(cp))
            return syntax(at, "expected four hex digits after \\u");
        // Python escapes only control characters this way, with lowercase hex digits, and
        // those with a short form by that form.
        changed_ |= cp >= 0x20 || cp == '\b' || cp == '\f' || cp == '\n' || cp == '\r' || cp == '\t' ||
                    std::find_if(at + 2, at + 6, [](char h) { return h >= 'A' && h <= 'F'; }) != at + 6;
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return syntax(at, "a low surrogate escape without a high one before it");
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t lo;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u')
                return syntax(at, "a high surrogate escape without a low one after it");
            char const* const low = p_; // the error's place: this `\u`, however much text follows
            p_ += 2;
            if (!hex4(lo))
                return syntax(low, "expected four hex digits after \\u");
            if (lo < 0xDC00 || lo > 0xDFFF)
                return syntax(at, "a high surrogate escape without a low one after it");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        char buf[4];
        out.append(std::string_view(buf, encode_utf8(cp, buf)));
        return true;
    }

    bool hex4(std::uint32_t& cp)
    {
        if (end_ - p_ < 4)
            return false;
        cp = 0;
        for (int i = 0; i < 4; ++i) {
            char c = *p_++;
            unsigned d;
            if (c >= '0' && c <= '9')
                d = unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                d = unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                d = unsigned(c - 'A' + 10);
            else
                return false;
            cp = cp * 16 + d;
        }
        return true;
    }

    // Moves past the next value without building or fully checking it, and without recursion;
    // false where the text is clearly not JSON (the real read reports it). Inside an object or
    // an array only strings and brackets are looked at: what lies between them is stepped over
    // sixteen bytes at a time.
    bool skip_roughly() noexcept
    {
        skip_ws();
        if (p_ == end_)
            return false;
        char const c = *p_;
        if (c == '"') {
            p_ = string_end(p_, end_);
            if (p_ == end_)
                return false;
            ++p_;
            return true;
        }
        if (c != '{' && c != '[') {
            char const* s = p_;
            while (p_ != end_ && ((*p_ >= '0' && *p_ <= '9') || (*p_ >= 'a' && *p_ <= 'z') || *p_ == '-' ||
                                  *p_ == '+' || *p_ == '.' || *p_ == 'E'))
                ++p_;
            return p_ != s;
        }
        std::size_t depth = 1;
        ++p_;
        while (depth != 0) {
            p_ = next_structural(p_, end_);
            if (p_ == end_)
                return false;
            char const d = *p_;
            if (d == '"') {
                p_ = string_end(p_, end_);
                if (p_ == end_)
                    return false;
            } else if (d == '{' || d == '[') {
                ++depth;
            } else {
                --depth;
            }
            ++p_;
        }
        return true;
    }

    char const* begin_;
    char const* p_;
    char const* end_;
    char const* err_ = nullptr;
    char const* err_pos_ = nullptr;
    bool document_ = true;
    // Whether an escape read was not as Python writes it (see text_source::canonical).
    bool changed_ = false;
};

} // namespace sentry_api::codec::detail

#endif
