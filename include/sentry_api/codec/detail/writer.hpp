#ifndef SENTRY_API_CODEC_DETAIL_WRITER_HPP
#define SENTRY_API_CODEC_DETAIL_WRITER_HPP

// JSON text as Python's json.dumps writes it, into one growing buffer.

#include <sentry_api/codec/detail/python_float.hpp>
#include <sentry_api/codec/detail/scan.hpp>
#include <sentry_api/codec/detail/utf8.hpp>
#include <sentry_api/codec/style.hpp>

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
    void reserve(std::size_t n)
    {
        if (static_cast<std::size_t>(end_ - cur_) < n)
            grow(n);
    }
    void push_back(char c)
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
    // Without a check: after reserve().
    void put(char c) noexcept { *cur_++ = c; }
    void put(char const* p, std::size_t n) noexcept
    {
        std::memcpy(cur_, p, n);
        cur_ += n;
    }

    /// Appends what was written to the string.
    void finish()
    {
        std::size_t const last = static_cast<std::size_t>(cur_ - start_);
        if (start_ != local_) {
            std::size_t total = local_used_ + last;
            for (auto const& c : full_)
                total += c.size;
            s_.reserve(s_.size() + total);
            s_.append(local_, local_used_);
            for (auto const& c : full_)
                s_.append(c.data.get(), c.size);
        }
        s_.append(start_, last);
    }

private:
    struct chunk {
        std::unique_ptr<char[]> data;
        std::size_t size;
    };

    // The local buffer, then each chunk, is kept as it was filled; a new chunk is at least twice
    // as large as the last.
    void grow(std::size_t n)
    {
        std::size_t const used = static_cast<std::size_t>(cur_ - start_);
        std::size_t const size = std::max(n, 2 * static_cast<std::size_t>(end_ - start_));
        std::unique_ptr<char[]> next(new char[size]); // not zero-filled
        if (start_ == local_)
            local_used_ = used;
        else
            full_.push_back({std::move(current_), used});
        current_ = std::move(next);
        start_ = cur_ = current_.get();
        end_ = start_ + size;
    }

    std::string& s_;
    char local_[2048];
    char* start_ = local_;
    char* cur_ = local_;
    char* end_ = local_ + sizeof local_;
    std::size_t local_used_ = 0;
    std::unique_ptr<char[]> current_;
    std::vector<chunk> full_;
};

class writer {
public:
    writer(std::string& out, encode_options const& o)
        : out_(out), style_(o.style), ascii_(o.ensure_ascii), indent_(o.indent)
    {
    }

    /// Appends the text written to the output string.
    void finish() { out_.finish(); }

    void null() { out_.append("null", 4); }
    void boolean(bool b) { b ? out_.append("true", 4) : out_.append("false", 5); }

    template<class I>
    void integer(I v)
    {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v);
        out_.append(buf, static_cast<std::size_t>(r.ptr - buf));
    }

    void floating(double d) { write_python_float(out_, d); }

    /// Opens an array or object.
    void begin(char c)
    {
        out_.push_back(c);
        ++depth_;
    }

    /// Before each element or member: the separator, and in pretty style a new indented line.
    void item(bool first)
    {
        if (!first) {
            if (style_ == style::python)
                out_.append(", ", 2);
            else
                out_.push_back(',');
        }
        if (style_ == style::pretty) {
            out_.push_back('\n');
            out_.append(indent_ * depth_, ' ');
        }
    }

    /// Closes an array or object; `any` says whether it had an element.
    void end(char c, bool any)
    {
        --depth_;
        if (style_ == style::pretty && any) {
            out_.push_back('\n');
            out_.append(indent_ * depth_, ' ');
        }
        out_.push_back(c);
    }

    /// A key that needs no escaping, given as `"key": ` (quotes, colon and space included) and
    /// followed by `quoted_padding` readable bytes: a short one is copied in one move.
    void quoted_key(std::string_view q)
    {
        out_.append_padded(q.data(), q.size() - (style_ == style::compact));
    }

    void key(std::string_view k)
    {
        string(k);
        if (style_ == style::compact)
            out_.push_back(':');
        else
            out_.append(": ", 2);
    }

    /// A string, escaped as Python escapes it. Ill-formed UTF-8 is written as U+FFFD, so the
    /// output is always valid JSON.
    void string(std::string_view s)
    {
        out_.push_back('"');
        char const* p = s.data();
        char const* e = p + s.size();
        constexpr std::ptrdiff_t piece = 4096;
        while (p != e) {
            // A piece at a time, with room for its worst case: six bytes a byte (\uXXXX), and
            // a last UTF-8 sequence that may run past the piece, escaped as two \uXXXX.
            char const* stop = e - p > piece ? p + piece : e;
            out_.reserve(6 * static_cast<std::size_t>(stop - p) + 12);
            while (p < stop) {
                if (stop - p >= 16) {
                    char const* run = p;
                    p = skip_plain(p, stop);
                    out_.put(run, static_cast<std::size_t>(p - run));
                } else {
                    // A short run: copied as it is checked, without a call.
                    while (p != stop && plain_bytes.plain[static_cast<unsigned char>(*p)])
                        out_.put(*p++);
                }
                if (p == stop)
                    break;
                auto c = static_cast<unsigned char>(*p);
                if (c < 0x80) {
                    escape_ascii(c);
                    ++p;
                    continue;
                }
                std::size_t n = utf8_sequence_length(p, e);
                if (n == 0) {
                    if (ascii_)
                        out_.put("\\ufffd", 6);
                    else
                        out_.put("\xEF\xBF\xBD", 3);
                    ++p;
                    continue;
                }
                if (ascii_)
                    escape_code_point(decode_utf8(p, n));
                else
                    out_.put(p, n);
                p += n;
            }
        }
        out_.push_back('"');
    }

    /// Any JSON value. Nesting is followed with a stack of its own, not recursion, so a value
    /// of any depth is written without exhausting the call stack.
    void value(boost::json::value const& root)
    {
        if (!open(root))
            return;
        while (!stack_.empty()) {
            container& top = stack_.back();
            boost::json::value const* next;
            if (top.v->is_array()) {
                auto const& a = top.v->get_array();
                if (top.i == a.size()) {
                    end(']', !a.empty());
                    stack_.pop_back();
                    continue;
                }
                item(top.i == 0);
                next = &a[top.i++];
            } else {
                auto const& o = top.v->get_object();
                if (top.i == o.size()) {
                    end('}', !o.empty());
                    stack_.pop_back();
                    continue;
                }
                item(top.i == 0);
                auto const& kv = o.begin()[top.i++];
                key(kv.key());
                next = &kv.value();
            }
            open(*next); // may grow the stack: `top` is not used after this
        }
    }

private:
    struct container {
        boost::json::value const* v;
        std::size_t i;
    };

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
        case boost::json::kind::array: begin('['); break;
        case boost::json::kind::object: begin('{'); break;
        }
        stack_.push_back({&v, 0});
        return true;
    }

    void escape_ascii(unsigned char c)
    {
        switch (c) {
        case '"': out_.put("\\\"", 2); return;
        case '\\': out_.put("\\\\", 2); return;
        case '\n': out_.put("\\n", 2); return;
        case '\r': out_.put("\\r", 2); return;
        case '\t': out_.put("\\t", 2); return;
        case '\b': out_.put("\\b", 2); return;
        case '\f': out_.put("\\f", 2); return;
        default: break;
        }
        if (c == 0x7F && !ascii_)
            out_.put(static_cast<char>(c));
        else
            hex_escape(c);
    }

    void escape_code_point(std::uint32_t cp)
    {
        if (cp < 0x10000) {
            hex_escape(cp);
            return;
        }
        cp -= 0x10000;
        hex_escape(0xD800 + (cp >> 10));
        hex_escape(0xDC00 + (cp & 0x3FF));
    }

    void hex_escape(std::uint32_t u)
    {
        static constexpr char hex[] = "0123456789abcdef";
        char buf[6] = {'\\', 'u', hex[(u >> 12) & 0xF], hex[(u >> 8) & 0xF], hex[(u >> 4) & 0xF], hex[u & 0xF]};
        out_.put(buf, 6);
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
