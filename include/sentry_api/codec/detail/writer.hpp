// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_WRITER_HPP
#define SENTRY_API_CODEC_DETAIL_WRITER_HPP

// JSON text as Python's json.dumps writes it, into one growing buffer.

#include <sentry_api/config.hpp>
#include <sentry_api/codec/detail/python_float.hpp>
#include <sentry_api/codec/detail/scan.hpp>
#include <sentry_api/codec/detail/struct_info.hpp>
#include <sentry_api/codec/detail/utf8.hpp>
#include <sentry_api/codec/style.hpp>

#include <boost/config.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sentry_api::codec::detail {

// Collects the text through a raw pointer, so that each byte written is a store, not a call:
// first in a buffer of its own, then in chunks of growing size, which are never copied nor
// zero-filled as a growing std::string would be; `finish` appends it all to the string at once.
class output_buffer {
public:
    explicit output_buffer(std::string& s) noexcept : s_(s) {}
    output_buffer(output_buffer const&) = delete;
    output_buffer& operator=(output_buffer const&) = delete;

    /// Makes room for `n` more bytes.
    SENTRY_API_HOT_INLINE void reserve(std::size_t n)
    {
        if (BOOST_UNLIKELY(static_cast<std::size_t>(end_ - cur_) < n))
            grow(n);
    }
    /// Makes room for `n` more bytes and returns where they go: the caller stores through the
    /// pointer it got (a local, which the compiler keeps in a register) and hands back its end
    /// with `advance_to`.
    SENTRY_API_HOT_INLINE char* room(std::size_t n)
    {
        reserve(n);
        return cur_;
    }
    void advance_to(char* p) noexcept { cur_ = p; }
    SENTRY_API_HOT_INLINE void push_back(char c)
    {
        reserve(1);
        *cur_++ = c;
    }
    void append(char const* p, std::size_t n)
    {
        reserve(n);
        std::memcpy(cur_, p, n);
        cur_ += n;
    }
    void append(std::size_t n, char c)
    {
        reserve(n);
        std::memset(cur_, c, n);
        cur_ += n;
    }
    /// `n` bytes from `p`, where `p` has at least 32 readable bytes.
    void append_padded(char const* p, std::size_t n)
    {
        reserve(n > 32 ? n : 32);
        if (n <= 32)
            std::memcpy(cur_, p, 32);
        else
            std::memcpy(cur_, p, n);
        cur_ += n;
    }
    /// The `N` bytes at `p`: a copy of known size, which the compiler makes a move or two.
    template<std::size_t N>
    void put_fixed(char const* p)
    {
        reserve(N);
        std::memcpy(cur_, p, N);
        cur_ += N;
    }

    /// Appends what was written to the string.
    void finish()
    {
        std::size_t const last = static_cast<std::size_t>(cur_ - start_);
        if (start_ != local_) {
            std::size_t total = local_used_ + last;
            for (std::size_t i = 0; i < full_count_; ++i)
                total += full_[i].size;
            s_.reserve(s_.size() + total);
            s_.append(local_, local_used_);
            for (std::size_t i = 0; i < full_count_; ++i)
                s_.append(full_[i].data.get(), full_[i].size);
        }
        s_.append(start_, last);
    }

private:
    struct chunk {
        std::unique_ptr<char[]> data;
        std::size_t size;
    };

    // The local buffer, then each chunk, is kept as it was filled; a new chunk is at least twice
    // as large as the last. Out of line, so that `reserve` is a compare and a branch.
    BOOST_NOINLINE void grow(std::size_t n)
    {
        std::size_t const used = static_cast<std::size_t>(cur_ - start_);
        std::size_t const size = std::max(n, 2 * static_cast<std::size_t>(end_ - start_));
        std::unique_ptr<char[]> next(new char[size]); // not zero-filled
        if (start_ == local_)
            local_used_ = used;
        else
            full_[full_count_++] = {std::move(current_), used};
        current_ = std::move(next);
        start_ = cur_ = current_.get();
        end_ = start_ + size;
    }

    std::string& s_;
    char local_[4096];
    char* start_ = local_;
    char* cur_ = local_;
    char* end_ = local_ + sizeof local_;
    std::size_t local_used_ = 0;
    std::unique_ptr<char[]> current_;
    // Chunks double in size from 8 KB: 40 of them hold more than any memory (2^53 bytes).
    chunk full_[40];
    std::size_t full_count_ = 0;
};

// How many bytes past the copy `copy_plain` may store: room the caller must have made.
constexpr std::size_t copy_plain_overrun = 16;

#if defined(__SSE2__)
// Bit i is set when byte i of `v` is plain (see is_plain). As signed bytes, plain ones are those
// in (0x1F, 0x7F) other than '"' and '\\' (bytes from 0x80 up are negative).
inline unsigned plain_mask(__m128i v) noexcept
{
    __m128i const inside = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)), _mm_cmplt_epi8(v, _mm_set1_epi8(0x7F)));
    __m128i const special = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(special, inside)));
}
#endif

#if defined(__SSE2__)
// Copies the `stop - p` bytes from `p` (at least one Word, at most two) to `o` when all are
// plain, as two Words that may overlap: the first and the last. False, copying nothing, otherwise.
template<class Word>
SENTRY_API_HOT_INLINE bool copy_halves(char* o, char const* p, char const* stop) noexcept
{
    Word first, last;
    std::memcpy(&first, p, sizeof(Word));
    std::memcpy(&last, stop - sizeof(Word), sizeof(Word));
    __m128i v;
    if constexpr (sizeof(Word) == 8)
        v = _mm_set_epi64x(static_cast<long long>(last), static_cast<long long>(first));
    else // the unused half: spaces, which are plain
        v = _mm_set_epi32(0x20202020, 0x20202020, static_cast<int>(last), static_cast<int>(first));
    if (plain_mask(v) != 0xFFFFu)
        return false;
    std::memcpy(o, &first, sizeof(Word));
    std::memcpy(o + (stop - p) - sizeof(Word), &last, sizeof(Word));
    return true;
}
#endif

// Copies the plain bytes (see is_plain) from `in` on, up to `stop` (if `in` is before it) or the
// first byte that is not plain, to `out`, and moves both on. Sixteen bytes at a time where it
// can: they are stored before they are checked, so it may store up to copy_plain_overrun bytes
// past what it copies.
SENTRY_API_HOT_INLINE void copy_plain(char*& out, char const*& in, char const* stop) noexcept
{
    char* o = out;
    char const* p = in;
#if defined(__SSE2__)
    while (stop - p >= 16) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(o), v);
        unsigned const plain = plain_mask(v);
        if (plain != 0xFFFFu) {
            auto const n = static_cast<unsigned>(__builtin_ctz(~plain));
            out = o + n;
            in = p + n;
            return;
        }
        p += 16;
        o += 16;
    }
    // Fewer than 16 bytes left: when there are 4 or more, they are checked at once as two
    // overlapping halves, the first and the last 8 (or 4) bytes.
    auto const left = stop - p;
    if (left >= 8 ? copy_halves<std::uint64_t>(o, p, stop) : left >= 4 && copy_halves<std::uint32_t>(o, p, stop)) {
        out = o + left;
        in = stop;
        return;
    }
#else
    if (stop - p >= 16) {
        char const* const run = p;
        p = skip_plain(p, stop);
        std::memcpy(o, run, static_cast<std::size_t>(p - run));
        o += p - run;
    }
#endif
    // The rest (a few bytes, or those before a byte that is not plain): copied as they are checked.
    while (p < stop && plain_bytes.plain[static_cast<unsigned char>(*p)])
        *o++ = *p++;
    out = o;
    in = p;
}

class writer {
public:
    writer(std::string& out, encode_options const& o)
        : out_(out), style_(o.style), ascii_(o.ensure_ascii), indent_(o.indent)
    {
    }

    /// Appends the text written to the output string.
    void finish() { out_.finish(); }

    void null() { out_.put_fixed<4>("null"); }
    void boolean(bool b) { b ? out_.put_fixed<4>("true") : out_.put_fixed<5>("false"); }

    template<class I>
    void integer(I v)
    {
        constexpr std::size_t most = 24; // digits and sign of a 64-bit integer, with room to spare
        char* o = out_.room(most);
        out_.advance_to(std::to_chars(o, o + most, v).ptr);
    }

    void floating(double d) { write_python_float(out_, d); }

    /// Opens an array or object.
    SENTRY_API_HOT_INLINE void begin(char c)
    {
        out_.push_back(c);
        ++depth_;
    }

    /// Before each element or member: the separator, and in pretty style a new indented line.
    SENTRY_API_HOT_INLINE void item(bool first)
    {
        if (style_ == style::compact) {
            if (!first)
                out_.push_back(',');
        } else {
            spaced_item(first);
        }
    }

    /// Closes an array or object; `any` says whether it had an element.
    SENTRY_API_HOT_INLINE void end(char c, bool any)
    {
        --depth_;
        if (style_ == style::pretty && any)
            new_line();
        out_.push_back(c);
    }

    /// Before a struct's member: the separator, then a key that needs no escaping, given as
    /// `"key": ` (quotes, colon and space included) and followed by `quoted_padding` readable
    /// bytes, so that a short one is copied in one move.
    SENTRY_API_HOT_INLINE void member_key(bool first, std::string_view q)
    {
        if (style_ != style::compact) {
            spaced_item(first);
            out_.append_padded(q.data(), q.size());
            return;
        }
        // In one move: the comma is stored in any case, and the key over it when it is first.
        std::size_t const n = q.size() - 1;
        char* o = out_.room(1 + std::max(n, quoted_padding));
        *o = ',';
        o += !first;
        if (n <= quoted_padding)
            std::memcpy(o, q.data(), quoted_padding);
        else
            std::memcpy(o, q.data(), n);
        out_.advance_to(o + n);
    }

    void key(std::string_view k)
    {
        char* o = write_quoted(k);
        o[0] = ':';
        o[1] = ' ';
        out_.advance_to(o + (style_ == style::compact ? 1 : 2));
    }

    /// A string, escaped as Python escapes it. Ill-formed UTF-8 is written as U+FFFD, so the
    /// output is always valid JSON.
    void string(std::string_view s) { out_.advance_to(write_quoted(s)); }

    /// Any JSON value. Nesting is followed with a stack of its own, not recursion, so a value
    /// of any depth is written without exhausting the call stack.
    void value(boost::json::value const& root)
    {
        if (!open(root))
            return;
        while (!stack_.empty()) {
            container& top = stack_.back();
            boost::json::value const* next;
            if (top.object) {
                if (top.member == top.members_end) {
                    end('}', !top.first);
                    stack_.pop_back();
                    continue;
                }
                item(top.first);
                key(top.member->key());
                next = &top.member->value();
                ++top.member;
            } else {
                if (top.element == top.elements_end) {
                    end(']', !top.first);
                    stack_.pop_back();
                    continue;
                }
                item(top.first);
                next = top.element++;
            }
            top.first = false;
            open(*next); // may grow the stack: `top` is not used after this
        }
    }

    /// A value held as canonical compact text (see json_text): copied as it is in compact style
    /// without ensure_ascii; otherwise one pass that puts in the style's separators and the
    /// escapes of non-ASCII text.
    void canonical(std::string_view t)
    {
        if (style_ == style::compact && !ascii_) {
            out_.append(t.data(), t.size());
            return;
        }
        canonical_styled(t.data(), t.data() + t.size());
    }

private:
    BOOST_NOINLINE void canonical_styled(char const* p, char const* const e)
    {
        while (p != e) {
            char const c = *p;
            switch (c) {
            case '{':
            case '[':
                if (e - p > 1 && p[1] == (c == '{' ? '}' : ']')) {
                    out_.append(p, 2); // Python writes an empty container as it is, in every style
                    p += 2;
                } else {
                    begin(c);
                    item(true);
                    ++p;
                }
                break;
            case '}':
            case ']':
                end(c, true);
                ++p;
                break;
            case ',':
                item(false);
                ++p;
                break;
            case ':':
                out_.append(": ", style_ == style::compact ? 1 : 2);
                ++p;
                break;
            case '"': p = canonical_string(p, e); break;
            default: {
                // A number or a literal: up to the next separator.
                char const* q = p;
                while (q != e && *q != ',' && *q != ']' && *q != '}' && *q != ':')
                    ++q;
                out_.append(p, static_cast<std::size_t>(q - p));
                p = q;
            }
            }
        }
    }

    // A canonical string at `p` (its opening quote), written with the escapes it has, and with
    // non-ASCII text escaped when ensure_ascii asks; returns where it ends.
    char const* canonical_string(char const* p, char const* const e)
    {
        char const* run = p++;
        for (;;) {
            p = skip_plain(p, e);
            char const c = *p;
            if (c == '"') {
                ++p;
                out_.append(run, static_cast<std::size_t>(p - run));
                return p;
            }
            if (c == '\\') {
                p += 2; // \uXXXX goes on with plain hex digits
                continue;
            }
            if (!ascii_) { // non-ASCII text, or 0x7F
                ++p;
                continue;
            }
            out_.append(run, static_cast<std::size_t>(p - run));
            std::size_t const n = c == 0x7F ? 1 : utf8_sequence_length(p, e);
            char* o = out_.room(12);
            out_.advance_to(escape_code_point(o, n == 1 ? 0x7Fu : decode_utf8(p, n)));
            p += n;
            run = p;
        }
    }

    // An array or object being written, and where in it.
    struct container {
        explicit container(boost::json::array const& a) noexcept
            : object(false), element(a.data()), elements_end(a.data() + a.size())
        {
        }
        explicit container(boost::json::object const& o) noexcept : object(true), member(o.begin()), members_end(o.end())
        {
        }

        bool object;
        bool first = true; // whether no element has been written yet
        boost::json::value const* element = nullptr;
        boost::json::value const* elements_end = nullptr;
        boost::json::key_value_pair const* member = nullptr;
        boost::json::key_value_pair const* members_end = nullptr;
    };

    // The separator, and in pretty style a new indented line: out of line, so that the compact
    // style's item() is a test and a store.
    BOOST_NOINLINE void spaced_item(bool first)
    {
        if (!first) {
            if (style_ == style::python)
                out_.append(", ", 2);
            else
                out_.push_back(',');
        }
        if (style_ == style::pretty)
            new_line();
    }

    BOOST_NOINLINE void new_line()
    {
        out_.push_back('\n');
        out_.append(indent_ * depth_, ' ');
    }

    // Writes a scalar, or opens an array or object and returns true.
    bool open(boost::json::value const& v)
    {
        switch (v.kind()) {
        case boost::json::kind::null: null(); return false;
        case boost::json::kind::bool_: boolean(v.get_bool()); return false;
        case boost::json::kind::int64: integer(v.get_int64()); return false;
        case boost::json::kind::uint64: integer(v.get_uint64()); return false;
        case boost::json::kind::double_: floating(v.get_double()); return false;
        case boost::json::kind::string: string(v.get_string()); return false;
        case boost::json::kind::array: {
            begin('[');
            stack_.emplace_back(v.get_array()); // built in place: a copy would be slower
            return true;
        }
        case boost::json::kind::object: {
            begin('{');
            stack_.emplace_back(v.get_object());
            return true;
        }
        }
        return false;
    }

    // A piece of a string at a time, with room for its worst case: six bytes a byte (\uXXXX), a
    // last UTF-8 sequence that may run past the piece, escaped as two \uXXXX, what copy_plain may
    // store past its end, the quotes and 2 more bytes.
    static constexpr std::ptrdiff_t piece = 4096;
    static constexpr std::size_t piece_extra = 12 + copy_plain_overrun + 4;

    static char const* piece_end(char const* p, char const* e) noexcept { return e - p > piece ? p + piece : e; }

    // `s` between quotes, escaped; returns where the text ends, with room for 2 more bytes. A
    // string without a byte to escape is copied here; the rest is left to write_escaped.
    char* write_quoted(std::string_view s)
    {
        char const* p = s.data();
        char const* const e = p + s.size();
        char const* const stop = piece_end(p, e);
        char* o = out_.room(6 * static_cast<std::size_t>(stop - p) + piece_extra);
        *o++ = '"';
        copy_plain(o, p, stop);
        if (BOOST_UNLIKELY(p != e))
            return write_escaped(o, p, stop, e);
        *o++ = '"';
        return o;
    }

    // The rest of a string from `p`, at a byte to escape or at `stop`, the end of the piece room
    // was made for; then the closing quote.
    BOOST_NOINLINE char* write_escaped(char* o, char const* p, char const* stop, char const* e)
    {
        for (;;) {
            // A UTF-8 sequence may end past `stop`.
            while (p < stop) {
                auto c = static_cast<unsigned char>(*p);
                if (c < 0x80) {
                    o = escape_ascii(o, c);
                    ++p;
                } else if (std::size_t n = utf8_sequence_length(p, e)) {
                    o = ascii_ ? escape_code_point(o, decode_utf8(p, n)) : put(o, p, n);
                    p += n;
                } else {
                    o = ascii_ ? put(o, "\\ufffd", 6) : put(o, "\xEF\xBF\xBD", 3);
                    ++p;
                }
                copy_plain(o, p, stop);
            }
            if (p == e)
                break;
            stop = piece_end(p, e);
            out_.advance_to(o);
            o = out_.room(6 * static_cast<std::size_t>(stop - p) + piece_extra);
            copy_plain(o, p, stop);
        }
        *o++ = '"';
        return o;
    }

    static char* put(char* o, char const* p, std::size_t n) noexcept
    {
        std::memcpy(o, p, n);
        return o + n;
    }

    char* escape_ascii(char* o, unsigned char c) const noexcept
    {
        switch (c) {
        case '"': return put(o, "\\\"", 2);
        case '\\': return put(o, "\\\\", 2);
        case '\n': return put(o, "\\n", 2);
        case '\r': return put(o, "\\r", 2);
        case '\t': return put(o, "\\t", 2);
        case '\b': return put(o, "\\b", 2);
        case '\f': return put(o, "\\f", 2);
        default: break;
        }
        if (c == 0x7F && !ascii_) {
            *o = static_cast<char>(c);
            return o + 1;
        }
        return hex_escape(o, c);
    }

    static char* escape_code_point(char* o, std::uint32_t cp) noexcept
    {
        if (cp < 0x10000)
            return hex_escape(o, cp);
        cp -= 0x10000;
        o = hex_escape(o, 0xD800 + (cp >> 10));
        return hex_escape(o, 0xDC00 + (cp & 0x3FF));
    }

    static char* hex_escape(char* o, std::uint32_t u) noexcept
    {
        static constexpr char hex[] = "0123456789abcdef";
        char buf[6] = {'\\', 'u', hex[(u >> 12) & 0xF], hex[(u >> 8) & 0xF], hex[(u >> 4) & 0xF], hex[u & 0xF]};
        return put(o, buf, 6);
    }

    output_buffer out_;
    style style_;
    bool ascii_;
    std::size_t indent_;
    std::size_t depth_ = 0;
    std::vector<container> stack_;
};

} // namespace sentry_api::codec::detail

#endif
