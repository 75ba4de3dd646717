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
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sentry_api::codec::detail {

// Appends to a std::string through a raw pointer: the string is grown ahead and cut to size
// at the end, so that each byte written is a store, not a call.
class output_buffer {
public:
    explicit output_buffer(std::string& s) : s_(s), used_(s.size()) { grow(256); }
    ~output_buffer() { s_.resize(used()); }
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
    // Without a check: after reserve().
    void put(char c) noexcept { *cur_++ = c; }
    void put(char const* p, std::size_t n) noexcept
    {
        std::memcpy(cur_, p, n);
        cur_ += n;
    }

private:
    std::size_t used() const noexcept { return static_cast<std::size_t>(cur_ - s_.data()); }
    void grow(std::size_t n)
    {
        std::size_t at = cur_ ? used() : used_;
        s_.resize(std::max(s_.size() * 2, at + n + 256));
        cur_ = s_.data() + at;
        end_ = s_.data() + s_.size();
    }

    std::string& s_;
    std::size_t used_;
    char* cur_ = nullptr;
    char* end_ = nullptr;
};

class writer {
public:
    writer(std::string& out, encode_options const& o)
        : out_(out), style_(o.style), ascii_(o.ensure_ascii), indent_(o.indent)
    {
    }

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

    /// A key known to need no escaping (a described member's name).
    void plain_key(std::string_view k)
    {
        out_.reserve(k.size() + 4);
        out_.put('"');
        out_.put(k.data(), k.size());
        if (style_ == style::compact)
            out_.put("\":", 2);
        else
            out_.put("\": ", 3);
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
        // The longest escape, \uXXXX for one byte, is six: room for all of them at once.
        out_.reserve(6 * s.size() + 2);
        out_.put('"');
        char const* p = s.data();
        char const* e = p + s.size();
        while (p != e) {
            char const* run = p;
            p = skip_plain(p, e);
            out_.put(run, static_cast<std::size_t>(p - run));
            if (p == e)
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
        out_.put('"');
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
