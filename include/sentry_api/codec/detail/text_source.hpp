#ifndef SENTRY_API_CODEC_DETAIL_TEXT_SOURCE_HPP
#define SENTRY_API_CODEC_DETAIL_TEXT_SOURCE_HPP

// A pull parser over JSON text (RFC 8259, strict): the typed reader asks it for the next value.

#include <sentry_api/codec/detail/context.hpp>
#include <sentry_api/codec/detail/number.hpp>
#include <sentry_api/codec/detail/python_float.hpp>
#include <sentry_api/codec/detail/scan.hpp>
#include <sentry_api/codec/detail/utf8.hpp>

#include <boost/json/value.hpp>
#include <boost/json/value_stack.hpp>
#include <sentry_api/codec/json_text.hpp>

#include <algorithm>
#include <optional>
#include <vector>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace sentry_api::codec::detail {

// How `text_source::quick` goes over a value: checking it only, building it, or checking
// whether it is canonical text too.
enum class quick_mode : unsigned char { skip, keep, check };

class text_source {
public:
    /// `document`: whether the text begins a document (where a byte order mark gets an error
    /// of its own), or is a value cut out of one (an array's element, see array_decoder).
    explicit text_source(std::string_view text, bool document = true) noexcept
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

    /// The kind of the next value (after white space); `none` records a syntax error. Any
    /// number is `integer` here, for speed: `exact` tells integers from floats.
    kind peek()
    {
        skip_ws();
        if (p_ == end_)
            return syntax(p_, "unexpected end of input"), kind::none;
        switch (*p_) {
        case '{': return kind::object;
        case '[': return kind::array;
        case '"': return kind::string;
        case 't':
        case 'f': return kind::boolean;
        case 'n': return kind::null;
        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9': return kind::integer;
        default: break;
        }
        if (document_ && p_ == begin_ && end_ - p_ >= 3 && std::memcmp(p_, "\xEF\xBB\xBF", 3) == 0)
            return syntax(p_, "a UTF-8 byte order mark is not JSON"), kind::none;
        return syntax(p_, "expected a JSON value"), kind::none;
    }

    /// `k` from `peek`, with a number's kind made exact: integer or floating.
    kind exact(kind k) const noexcept { return k == kind::integer ? number_kind() : k; }

    bool null() { return literal("null", 4); }

    bool boolean(bool& b)
    {
        b = *p_ == 't';
        return b ? literal("true", 4) : literal("false", 5);
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
    bool string(String& out)
    {
        char const* s = ++p_;
        p_ = skip_plain(p_, end_);
        out.assign(std::string_view(s, static_cast<std::size_t>(p_ - s)));
        if (p_ != end_ && *p_ == '"') {
            ++p_;
            return true;
        }
        return string_rest(out);
    }

    /// Reads `{ key: value, ... }`, calling `f(std::string_view key)` with the source at each value.
    template<class F>
    bool object(context& cx, F&& f)
    {
        if (!cx.enter())
            return false;
        ++p_;
        skip_ws();
        if (p_ != end_ && *p_ == '}') {
            ++p_;
            cx.leave();
            return true;
        }
        std::string scratch;
        for (;;) {
            skip_ws();
            if (p_ == end_ || *p_ != '"')
                return syntax(p_, "expected a string key");
            std::string_view key;
            if (!this->key(key, scratch))
                return false;
            skip_ws();
            if (p_ == end_ || *p_ != ':')
                return syntax(p_, "expected ':' after a key");
            ++p_;
            if (!f(key))
                return false;
            skip_ws();
            if (p_ != end_ && *p_ == ',') {
                ++p_;
                continue;
            }
            if (p_ != end_ && *p_ == '}') {
                ++p_;
                cx.leave();
                return true;
            }
            return syntax(p_, "expected ',' or '}' in an object");
        }
    }

    /// Reads `[ value, ... ]`, calling `f(std::size_t index)` with the source at each value.
    template<class F>
    bool array(context& cx, F&& f)
    {
        if (!cx.enter())
            return false;
        ++p_;
        skip_ws();
        if (p_ != end_ && *p_ == ']') {
            ++p_;
            cx.leave();
            return true;
        }
        for (std::size_t i = 0;; ++i) {
            if (!f(i))
                return false;
            skip_ws();
            if (p_ != end_ && *p_ == ',') {
                ++p_;
                continue;
            }
            if (p_ != end_ && *p_ == ']') {
                ++p_;
                cx.leave();
                return true;
            }
            return syntax(p_, "expected ',' or ']' in an array");
        }
    }

    /// Reads any value into a DOM (in `out`'s storage), located errors included.
    ///
    /// The value is built by Boost.JSON's `value_stack`, in one pass; text it cannot take (not
    /// JSON, too deep, a number no double or 64-bit integer holds, a key twice) is read again
    /// by the located reader, which says where and what.
    bool value(context& cx, boost::json::value& out)
    {
        char const* start = p_;
        auto& st = stack();
        st.reset(out.storage());
        if (quick<quick_mode::keep>(cx)) {
            out = st.release();
            return true;
        }
        st.reset();
        p_ = start;
        err_ = nullptr;
        return value_located(cx, out);
    }

    /// Reads and checks the next value, keeping nothing: memory stays what its depth needs.
    bool skip(context& cx)
    {
        char const* start = p_;
        if (quick<quick_mode::skip>(cx))
            return true;
        p_ = start;
        err_ = nullptr;
        boost::json::value ignored;
        return value_located(cx, ignored);
    }

    /// Reads the next value as its canonical compact text (see json_text) into `out`: checked as
    /// strictly as `value` checks it, with the same located errors. Text that is canonical
    /// already is copied as it is; any other is written again, canonical, from the checked text.
    bool canonical(context& cx, std::string& out)
    {
        skip_ws();
        char const* start = p_;
        changed_ = false;
        floats_ = 0;
        if (quick<quick_mode::check>(cx)) {
            if (!changed_)
                out.assign(start, static_cast<std::size_t>(p_ - start));
            else
                canonicalize(start, p_, out);
            return true;
        }
        p_ = start;
        err_ = nullptr;
        boost::json::value v;
        if (!value_located(cx, v))
            return false;
        out = canonical_text_of(v); // JSON after all (two keys that share a fingerprint)
        return true;
    }

    /// Looks for `key` among the keys of the object that comes next (a union's tag, which need
    /// not be the first key) and, when its value is a string, stores it in `tag`. The position
    /// does not move: the object is read again afterwards, and checked then.
    tag_state find_tag(std::string_view key, std::string& tag, kind& got)
    {
        char const* save = p_;
        tag_state result = tag_state::missing;
        std::string scratch;
        ++p_;
        for (;;) {
            skip_ws();
            if (p_ == end_ || *p_ != '"')
                break;
            std::string_view k;
            if (!this->key(k, scratch))
                break;
            skip_ws();
            if (p_ == end_ || *p_ != ':')
                break;
            ++p_;
            skip_ws();
            if (k == key) {
                if (p_ != end_ && *p_ == '"') {
                    if (string(tag))
                        result = tag_state::found;
                } else if (p_ != end_) {
                    got = exact(peek());
                    result = got == kind::none ? tag_state::missing : tag_state::not_string;
                }
                break;
            }
            if (!skip_roughly())
                break;
            skip_ws();
            if (p_ == end_ || *p_ != ',')
                break;
            ++p_;
        }
        p_ = save;
        err_ = nullptr;
        return result;
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

private:
    static bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
    bool syntax(char const* at, char const* message) noexcept
    {
        if (!err_) {
            err_ = message;
            err_pos_ = at;
        }
        return false;
    }

    // Compact text has no white space between tokens: one test, inlined, says so.
    BOOST_FORCEINLINE void skip_ws() noexcept
    {
        if (p_ != end_ && static_cast<unsigned char>(*p_) > ' ')
            return;
        skip_ws_run();
    }
    void skip_ws_run() noexcept { p_ = skip_white_space(p_, end_); }

    // The first byte at or after `p` that is not white space. Indented text has long runs of
    // it: sixteen bytes at a time where it can.
    static char const* skip_white_space(char const* p, char const* const e) noexcept
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

    bool literal(char const* word, std::size_t n)
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
    bool key(std::string_view& key, std::string& scratch)
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
    bool string_rest(String& out)
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
    // false where the text is clearly not JSON (the real read reports it).
    bool skip_roughly() noexcept
    {
        std::size_t depth = 0;
        do {
            skip_ws();
            if (p_ == end_)
                return false;
            char c = *p_;
            if (c == '"') {
                for (++p_;;) {
                    p_ = skip_plain(p_, end_);
                    if (p_ == end_)
                        return false;
                    if (*p_ == '"')
                        break;
                    p_ += *p_ == '\\' && end_ - p_ > 1 ? 2 : 1;
                }
                ++p_;
            } else if (c == '[' || c == '{') {
                ++depth;
                ++p_;
            } else if (c == ']' || c == '}') {
                if (depth == 0)
                    return false;
                --depth;
                ++p_;
            } else if (c == ',' || c == ':') {
                ++p_;
            } else {
                char const* s = p_;
                while (p_ != end_ && ((*p_ >= '0' && *p_ <= '9') || (*p_ >= 'a' && *p_ <= 'z') || *p_ == '-' ||
                                      *p_ == '+' || *p_ == '.' || *p_ == 'E'))
                    ++p_;
                if (p_ == s)
                    return false;
            }
        } while (depth != 0);
        return true;
    }

    struct fixed_text {
        char data[48];
        std::size_t size = 0;
        void append(char const* p, std::size_t n) noexcept
        {
            std::memcpy(data + size, p, n);
            size += n;
        }
    };

    // Writes the checked text [p, e) again as canonical text into `out` (see json_text): no
    // white space, Python's escapes, numbers as Python writes them.
    void canonicalize(char const* p, char const* const e, std::string& out)
    {
        std::size_t const most = static_cast<std::size_t>(e - p) + 32 * floats_;
        if (canon_.size() < most)
            canon_.resize(most);
        char* const first = canon_.data();
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
                char const* q = p;
                bool floating = false;
                while (q != e && ((*q >= '0' && *q <= '9') || *q == '-' || *q == '+' || *q == '.' || *q == 'e' ||
                                  *q == 'E')) {
                    floating |= *q == '.' || *q == 'e' || *q == 'E';
                    ++q;
                }
                if (floating) {
                    number_value n;
                    n.text = std::string_view(p, static_cast<std::size_t>(q - p));
                    parse_double(n);
                    fixed_text t;
                    write_python_float(t, n.d);
                    std::memcpy(o, t.data, t.size);
                    o += t.size;
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

    // A checked string from its opening quote at `p`, written with Python's escapes.
    static char* canonical_string(char* o, char const*& p, char const* const e) noexcept
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

    static std::uint32_t hex_at(char const* h) noexcept
    {
        std::uint32_t cp = 0;
        for (int i = 0; i < 4; ++i) {
            char const c = h[i];
            cp = cp * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        return cp;
    }

    // A code point of an escape, as Python writes it in a string.
    static char* canonical_code_point(char* o, std::uint32_t cp) noexcept
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

    bool value_located(context& cx, boost::json::value& out);
    bool value_object(context& cx, boost::json::object& obj);
    bool value_array(context& cx, boost::json::array& arr);

    boost::json::value_stack& stack()
    {
        if (!stack_)
            stack_.emplace();
        return *stack_;
    }

    // A key's fingerprint, to find a key twice in an object without keeping the keys.
    static std::uint64_t fingerprint(std::string_view k) noexcept
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
            std::uint64_t w = 0;
            std::memcpy(&w, k.data() + i, k.size() - i);
            h = (h ^ w) * 0xC4CEB9FE1A85EC53u;
            h ^= h >> 29;
        }
        return h;
    }

    // Whether two of the fingerprints from `from` on are equal (a key twice, or by rare chance
    // two keys with one fingerprint: the located reader then tells which).
    bool repeats(std::size_t from)
    {
        std::size_t const n = prints_.size() - from;
        std::uint64_t const* f = prints_.data() + from;
        if (n <= 16) {
            for (std::size_t i = 1; i < n; ++i)
                for (std::size_t j = 0; j < i; ++j)
                    if (f[i] == f[j])
                        return true;
            return false;
        }
        sorted_.assign(f, f + n);
        std::sort(sorted_.begin(), sorted_.end());
        return std::adjacent_find(sorted_.begin(), sorted_.end()) != sorted_.end();
    }

    // Reads the key of an object member and its ':', remembering its fingerprint.
    template<quick_mode Mode>
    bool quick_key()
    {
        quick_ws<Mode>();
        if (p_ == end_ || *p_ != '"')
            return false;
        std::string_view k;
        if (!key(k, scratch_))
            return false;
        quick_ws<Mode>();
        if (p_ == end_ || *p_ != ':')
            return false;
        ++p_;
        prints_.push_back(fingerprint(k));
        if constexpr (Mode == quick_mode::keep)
            stack_->push_key(k);
        return true;
    }

    // White space; when checking for canonical text, noting that there was some.
    template<quick_mode Mode>
    BOOST_FORCEINLINE void quick_ws() noexcept
    {
        if (p_ != end_ && static_cast<unsigned char>(*p_) > ' ')
            return;
        char const* const before = p_;
        skip_ws_run();
        if constexpr (Mode == quick_mode::check)
            changed_ |= p_ != before;
    }

    // Whether a number as written is as Python writes it: `-0` is not, a float is when its
    // text is its repr.
    static bool canonical_number(number_value const& n) noexcept
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

    // Whether a float written in fixed notation (`-?I.F`) is as Python's repr writes it, without
    // formatting it: 1 yes, -1 no, 0 when only formatting can tell. Python writes fixed notation
    // for a decimal exponent in [-4, 16), with the shortest digits that read back; a text of at
    // most 15 significant digits is those digits (two decimals of 15 digits or fewer never read
    // as one double), so it is canonical when it has no digit to spare.
    static int canonical_fixed(std::string_view t) noexcept
    {
        std::size_t const dot = t.find('.');
        if (dot == std::string_view::npos || t.find_first_of("eE") != std::string_view::npos)
            return 0;
        std::size_t const sign = t[0] == '-';
        std::string_view const whole = t.substr(sign, dot - sign), fraction = t.substr(dot + 1);
        if (fraction == "0") {
            if (whole == "0")
                return 1; // 0.0 and -0.0
            std::size_t const digits = whole.find_last_not_of('0') + 1;
            return whole.size() > 16 ? -1 : digits <= 15 ? 1 : 0;
        }
        if (fraction.back() == '0')
            return -1;
        if (whole == "0") {
            std::size_t const zeros = fraction.find_first_not_of('0');
            if (zeros > 3)
                return -1; // below 1e-4: Python writes an exponent
            return fraction.size() - zeros <= 15 ? 1 : 0;
        }
        if (whole.size() > 16)
            return -1;
        return whole.size() + fraction.size() <= 15 ? 1 : 0;
    }

    // One pass over the next value, without recursion: `keep` builds it onto the value stack,
    // `check` notes in `changed_` whether it is not canonical. False, with nothing reported,
    // where the located reader must look (see `value`).
    template<quick_mode Mode>
    bool quick(context& cx)
    {
        frames_.clear();
        prints_.clear();
        unsigned depth = cx.depth;
        unsigned const max_depth = cx.options.max_depth;
        for (;;) {
            quick_ws<Mode>();
            if (p_ == end_)
                return false;
            switch (*p_) {
            case '{':
            case '[': {
                bool const object = *p_ == '{';
                if (++depth > max_depth)
                    return false;
                ++p_;
                quick_ws<Mode>();
                if (p_ != end_ && *p_ == (object ? '}' : ']')) {
                    ++p_;
                    --depth;
                    if constexpr (Mode == quick_mode::keep)
                        object ? stack_->push_object(0) : stack_->push_array(0);
                    break;
                }
                frames_.push_back({0, prints_.size(), object});
                if (object && !quick_key<Mode>())
                    return false;
                continue;
            }
            case '"': {
                ++p_;
                char const* s = p_;
                p_ = skip_plain(p_, end_);
                if (p_ != end_ && *p_ == '"') {
                    if constexpr (Mode == quick_mode::keep)
                        stack_->push_string(std::string_view(s, static_cast<std::size_t>(p_ - s)));
                    ++p_;
                    break;
                }
                scratch_.assign(s, static_cast<std::size_t>(p_ - s));
                if (!string_rest(scratch_))
                    return false;
                if constexpr (Mode == quick_mode::keep)
                    stack_->push_string(scratch_);
                break;
            }
            case 't':
                if (!literal("true", 4))
                    return false;
                if constexpr (Mode == quick_mode::keep)
                    stack_->push_bool(true);
                break;
            case 'f':
                if (!literal("false", 5))
                    return false;
                if constexpr (Mode == quick_mode::keep)
                    stack_->push_bool(false);
                break;
            case 'n':
                if (!literal("null", 4))
                    return false;
                if constexpr (Mode == quick_mode::keep)
                    stack_->push_null();
                break;
            default: {
                number_value n;
                if (!number(n))
                    return false;
                if constexpr (Mode == quick_mode::check) {
                    floats_ += n.type == number_value::float64;
                    changed_ |= !canonical_number(n);
                }
                switch (n.type) {
                case number_value::int64:
                    if constexpr (Mode == quick_mode::keep)
                        stack_->push_int64(n.i);
                    break;
                case number_value::uint64:
                    if constexpr (Mode == quick_mode::keep)
                        stack_->push_uint64(n.u);
                    break;
                case number_value::float64:
                    if constexpr (Mode == quick_mode::keep)
                        stack_->push_double(n.d);
                    break;
                default: return false;
                }
            }
            }
            // A value is complete: count it, and close what it completes.
            for (;;) {
                if (frames_.empty())
                    return true;
                quick_frame& f = frames_.back();
                ++f.count;
                quick_ws<Mode>();
                if (p_ == end_)
                    return false;
                if (*p_ == ',') {
                    ++p_;
                    if (f.object && !quick_key<Mode>())
                        return false;
                    break;
                }
                if (*p_ != (f.object ? '}' : ']'))
                    return false;
                ++p_;
                if (f.object) {
                    if (repeats(f.prints))
                        return false;
                    prints_.resize(f.prints);
                    if constexpr (Mode == quick_mode::keep)
                        stack_->push_object(f.count);
                } else if constexpr (Mode == quick_mode::keep) {
                    stack_->push_array(f.count);
                }
                frames_.pop_back();
                --depth;
            }
        }
    }

    char const* begin_;
    char const* p_;
    char const* end_;
    char const* err_ = nullptr;
    char const* err_pos_ = nullptr;
    bool document_ = true;

    // Reused by every held value of the document.
    std::optional<boost::json::value_stack> stack_;
    std::string scratch_;
    struct quick_frame {
        std::size_t count;
        std::size_t prints;
        bool object;
    };
    std::vector<quick_frame> frames_;
    std::vector<std::uint64_t> prints_;
    std::vector<std::uint64_t> sorted_;
    // While checking held text: whether it is not canonical, and how many floats it has.
    bool changed_ = false;
    std::size_t floats_ = 0;
    std::string canon_;
};

inline bool text_source::value_located(context& cx, boost::json::value& out)
{
    switch (peek()) {
    case kind::null: out = nullptr; return null();
    case kind::boolean: {
        bool b;
        if (!boolean(b))
            return false;
        out = b;
        return true;
    }
    case kind::integer:
    case kind::floating: {
        number_value n;
        if (!number(n))
            return false;
        if (!store_number(n, out))
            return cx.fail(error_kind::range, out_of_range_message(n)) && (out = nullptr, true);
        return true;
    }
    case kind::string: return string(out.emplace_string());
    case kind::array: return value_array(cx, out.emplace_array());
    case kind::object: return value_object(cx, out.emplace_object());
    case kind::none: break;
    }
    return false;
}

inline bool text_source::value_object(context& cx, boost::json::object& obj)
{
    return object(cx, [&](std::string_view key) {
        pointer_scope at(cx, key);
        auto r = obj.emplace(key, nullptr);
        if (!r.second)
            return cx.fail(error_kind::duplicate, "duplicate key");
        return value_located(cx, r.first->value());
    });
}

inline bool text_source::value_array(context& cx, boost::json::array& arr)
{
    return array(cx, [&](std::size_t i) {
        pointer_scope at(cx, i);
        return value_located(cx, arr.emplace_back(nullptr));
    });
}

} // namespace sentry_api::codec::detail

#endif
