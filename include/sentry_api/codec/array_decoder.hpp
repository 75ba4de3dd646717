// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_ARRAY_DECODER_HPP
#define SENTRY_API_CODEC_ARRAY_DECODER_HPP

#include <sentry_api/codec/detail/context.hpp>
#include <sentry_api/codec/error.hpp>
#include <sentry_api/codec/list.hpp>
#include <sentry_api/codec/style.hpp>
#include <sentry_api/codec/violation.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace sentry_api::codec {

namespace detail {
class text_source;
} // namespace detail

/// Decodes and validates a JSON array that arrives in pieces (an HTTP body as it is read),
/// element by element, without holding the whole text: only the element being read is kept as
/// text, so memory is that of the values decoded plus the largest element's text.
///
/// The outcome is the one `decode_and_validate(out, text)` gives for the whole text, whatever
/// the pieces: the same values, the same violations with the same JSON Pointers, and the same
/// first error at the same place (`line:column` of the whole text for a syntax error). A text
/// that is not an array (an object, not JSON at all) is kept whole and read by
/// `decode_and_validate` at `finish`, so its error is that one's too.
///
/// `Sequence` is a vector-like container (`std::vector<T>`); the elements it holds are read into
/// (keeping what they allocated), and those left over go, as `decode_into` does.
/// @code
/// sentry_api::group_hashes page;
/// sentry_api::codec::array_decoder<sentry_api::group_hashes> decoder(page);
/// while (auto piece = next_piece()) decoder.feed(*piece);
/// auto report = decoder.finish();
/// if (report.error) std::cerr << report.error->to_string() << '\n';
/// @endcode
template<class Sequence>
class array_decoder {
public:
    explicit array_decoder(Sequence& out, decode_options const& options = {}) : out_(out), options_(options)
    {
        reset();
    }
    ~array_decoder();
    array_decoder(array_decoder const&) = delete;
    array_decoder& operator=(array_decoder const&) = delete;

    /// Starts again from the first byte of a new text (a request sent again): what was fed
    /// before is forgotten; `out` is read into from its first element.
    void reset()
    {
        mode_ = mode::start;
        expect_ = expect::first;
        in_item_ = scalar_ = in_string_ = escaped_ = false;
        depth_ = 0;
        offset_ = line_start_ = 0;
        line_ = 1;
        count_ = typed_ = 0;
        if constexpr (detail::is_list<Sequence>::value)
            if (out_.has_strays())
                out_.strays().clear();
        item_.clear();
        whole_.clear();
        data_error_.reset();
        report_ = validation_report();
        cx_.emplace(options_, &report_.violations, true);
    }

    /// Reads the next piece of the text.
    /// @returns false once the outcome is known to be an error: the rest of the text changes
    /// nothing (it may still be fed)
    bool feed(std::string_view piece);

    /// Ends the text.
    /// @returns what `decode_and_validate(out, text)` returns for the whole text
    validation_report finish();

    /// How many elements were read so far.
    std::size_t elements() const noexcept { return count_; }

private:
    enum class mode : unsigned char {
        start,    // white space so far
        whole,    // not an array: kept whole, for decode_and_validate
        items,    // reading the elements
        checking, // after a data error: the rest is only checked for worse (not JSON, too deep, a key twice)
        settled,  // the outcome is known
    };
    enum class expect : unsigned char { first, value, comma_or_end, after };

    static bool white(char c) noexcept { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
    // Eight bytes at a time, in any byte order: whether one of them is `b`.
    static std::uint64_t load(char const* p) noexcept
    {
        std::uint64_t w;
        std::memcpy(&w, p, sizeof w);
        return w;
    }
    static bool has_byte(std::uint64_t w, unsigned char b) noexcept
    {
        std::uint64_t const x = w ^ (0x0101010101010101u * b);
        return ((x - 0x0101010101010101u) & ~x & 0x8080808080808080u) != 0;
    }
    static bool structural(char c) noexcept
    {
        // '[' and '{', ']' and '}' differ only in bit 0x20.
        return (c | 0x20) == '{' || (c | 0x20) == '}' || c == '"';
    }

    // Moves the place in the text over [a, b), counting lines.
    void advance(char const* a, char const* b) noexcept
    {
        for (char const* q = a; (q = static_cast<char const*>(std::memchr(q, '\n', static_cast<std::size_t>(b - q))));) {
            ++line_;
            line_start_ = offset_ + static_cast<std::size_t>(q - a) + 1;
            if (++q == b)
                break;
        }
        offset_ += static_cast<std::size_t>(b - a);
    }

    // Reads the element's bytes from `p`, up to its end or the piece's; returns where it stopped.
    char const* scan(char const* p, char const* end);
    void begin_item(char c) noexcept
    {
        in_item_ = true;
        item_offset_ = offset_;
        item_line_ = line_;
        item_column_ = offset_ - line_start_ + 1;
        scalar_ = c != '{' && c != '[' && c != '"';
    }
    void end_item();   // the element's text is whole: decode it, or check it
    void close_array();
    void settle(codec::error e);
    void settle_syntax(char const* message); // at the current place
    codec::error located(codec::error e) const; // an element's syntax error, placed in the text

    Sequence& out_;
    decode_options options_;
    std::optional<detail::context> cx_;
    detail::text_source* source_ = nullptr; // made by the first element; its buffers serve them all
    validation_report report_;
    std::optional<codec::error> data_error_;

    mode mode_ = mode::start;
    expect expect_ = expect::first;
    bool in_item_ = false, scalar_ = false, in_string_ = false, escaped_ = false;
    std::size_t depth_ = 0;
    std::size_t offset_ = 0, line_ = 1, line_start_ = 0;  // the place in the text
    std::size_t item_offset_ = 0, item_line_ = 0, item_column_ = 0;
    std::size_t count_ = 0;
    std::size_t typed_ = 0; // of them, read as elements of `out` (the others are a list's strays)
    std::string item_;  // the element's text so far
    std::string whole_; // the whole text, when it is not an array
};

template<class Sequence>
bool array_decoder<Sequence>::feed(std::string_view piece)
{
    char const* p = piece.data();
    char const* const end = p + piece.size();
    while (p != end) {
        if (mode_ == mode::settled)
            return false;
        if (mode_ == mode::whole) {
            whole_.append(p, end);
            advance(p, end);
            return true;
        }
        if (in_item_) {
            p = scan(p, end);
            continue;
        }
        char const c = *p;
        if (white(c)) {
            char const* q = p + 1;
            while (q != end && white(*q))
                ++q;
            if (mode_ == mode::start)
                whole_.append(p, q);
            advance(p, q);
            p = q;
            continue;
        }
        if (mode_ == mode::start) {
            if (c != '[') {
                mode_ = mode::whole;
                continue;
            }
            whole_.clear();
            mode_ = mode::items;
            advance(p, p + 1);
            ++p;
            if (!cx_->enter())
                settle(*cx_->error);
            continue;
        }
        switch (expect_) {
        case expect::first:
            if (c == ']') {
                close_array();
                advance(p, p + 1);
                ++p;
                continue;
            }
            [[fallthrough]];
        case expect::value:
            if (c == ',' || c == ']') {
                settle_syntax("expected a JSON value");
                continue;
            }
            begin_item(c);
            continue;
        case expect::comma_or_end:
            if (c == ',')
                expect_ = expect::value;
            else if (c == ']')
                close_array();
            else {
                settle_syntax("expected ',' or ']' in an array");
                continue;
            }
            advance(p, p + 1);
            ++p;
            continue;
        case expect::after: settle_syntax("unexpected text after the JSON value"); continue;
        }
    }
    return mode_ != mode::settled;
}

template<class Sequence>
char const* array_decoder<Sequence>::scan(char const* p, char const* end)
{
    char const* q = p;
    bool done = false;
    if (scalar_) {
        while (q != end && !white(*q) && *q != ',' && *q != ']')
            ++q;
        done = q != end;
    } else {
        while (q != end) {
            if (in_string_) {
                // To the string's closing quote: most of a page's bytes are in strings, and
                // few strings hold a backslash.
                if (escaped_) {
                    escaped_ = false;
                    ++q;
                    continue;
                }
                while (end - q >= 8 && !has_byte(load(q), '"') && !has_byte(load(q), '\\'))
                    q += 8;
                while (q != end && *q != '"' && *q != '\\')
                    ++q;
                if (q == end)
                    break;
                if (*q++ == '\\') {
                    escaped_ = true;
                    continue;
                }
                in_string_ = false;
                if (depth_ == 0) {
                    done = true;
                    break;
                }
                continue;
            }
            // To the next byte that matters here: a quote, a bracket or a brace.
            while (end - q >= 8) {
                std::uint64_t const w = load(q);
                std::uint64_t const folded = w | 0x2020202020202020u;
                if (has_byte(folded, '{') || has_byte(folded, '}') || has_byte(w, '"'))
                    break;
                q += 8;
            }
            while (q != end && !structural(*q))
                ++q;
            if (q == end)
                break;
            char const c = *q++;
            if (c == '"') {
                in_string_ = true;
            } else if (c == '{' || c == '[') {
                ++depth_;
            } else if (--depth_ == 0) {
                done = true;
                break;
            }
        }
    }
    item_.append(p, q);
    advance(p, q);
    if (done)
        end_item();
    return q;
}

template<class Sequence>
void array_decoder<Sequence>::close_array()
{
    expect_ = expect::after;
    cx_->leave();
}

template<class Sequence>
void array_decoder<Sequence>::settle(codec::error e)
{
    mode_ = mode::settled;
    report_.error = std::move(e);
}

template<class Sequence>
void array_decoder<Sequence>::settle_syntax(char const* message)
{
    // A data error before it does not count: the text is not JSON.
    settle(codec::error{error_kind::syntax, std::string(), message, offset_, line_, offset_ - line_start_ + 1});
}

template<class Sequence>
codec::error array_decoder<Sequence>::located(codec::error e) const
{
    if (e.line == 1)
        e.column += item_column_ - 1;
    e.line += item_line_ - 1;
    e.offset += item_offset_;
    return e;
}

} // namespace sentry_api::codec

namespace sentry_api {
using codec::array_decoder;
} // namespace sentry_api

#ifndef SENTRY_API_SEPARATE_COMPILATION
#include <sentry_api/codec/impl/array_decoder.hpp>
#endif

#endif
