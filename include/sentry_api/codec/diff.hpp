// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DIFF_HPP
#define SENTRY_API_CODEC_DIFF_HPP

#include <sentry_api/codec/api.hpp>
#include <sentry_api/config.hpp>

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace sentry_api::codec {

/// What differs at one JSON Pointer between two values A and B.
enum class difference_kind : unsigned char {
    added,   ///< present in B only
    removed, ///< present in A only
    changed, ///< present in both, with different values (`null` on one side included)
    order,   ///< an object whose keys come in another order (at the object's own pointer)
};

/// The kind's name: `added`, `removed`, `changed` or `order`.
constexpr std::string_view to_string(difference_kind k) noexcept
{
    switch (k) {
    case difference_kind::added: return "added";
    case difference_kind::removed: return "removed";
    case difference_kind::changed: return "changed";
    case difference_kind::order: return "order";
    }
    return "changed";
}

inline std::ostream& operator<<(std::ostream& os, difference_kind k) { return os << to_string(k); }

/// One difference between A and B.
///
/// `a` and `b` are each side's value as compact JSON (empty for the side where it is absent);
/// for `order`, each side's keys of the object, in their order, as a JSON array of strings.
struct difference {
    std::string pointer; ///< RFC 6901 JSON Pointer (empty for the whole value)
    difference_kind kind = difference_kind::changed;
    std::string a;
    std::string b;

    /// What the tool prints after the kind: the value present (added, removed) or `A -> B`
    /// (changed, order), each value cut to `max_bytes` bytes (on a UTF-8 boundary, ending in
    /// `...` when cut).
    std::string detail(std::size_t max_bytes = 80) const;

    /// `<pointer>\t<kind>\t<detail>`, the root's pointer written `/`, as the tool prints it.
    std::string to_string() const;

    friend bool operator==(difference const& x, difference const& y)
    {
        return x.pointer == y.pointer && x.kind == y.kind && x.a == y.a && x.b == y.b;
    }
    friend bool operator!=(difference const& x, difference const& y) { return !(x == y); }
};

inline std::ostream& operator<<(std::ostream& os, difference const& d) { return os << d.to_string(); }

/// Every difference between two values, in document order (see `diff`).
///
/// Printable, so that a failed test shows them: `BOOST_TEST(sentry_api::diff(expected, actual).empty())`
/// reports `... has failed ['2 differences: ...' evaluates to false]`, one difference a line.
class differences {
public:
    /// What `empty()` answers: a bool that prints the differences, for Boost.Test's sake.
    class emptiness {
    public:
        emptiness(bool empty, std::string text) : empty_(empty), text_(std::move(text)) {}
        operator bool() const noexcept { return empty_; }
        /// "no differences", or "N differences:" and one line each.
        std::string const& text() const noexcept { return text_; }
        friend std::ostream& operator<<(std::ostream& os, emptiness const& e) { return os << e.text_; }

    private:
        bool empty_;
        std::string text_;
    };

    using value_type = difference;
    using const_iterator = std::vector<difference>::const_iterator;

    differences() = default;
    explicit differences(std::vector<difference> items) : items_(std::move(items)) {}

    /// Whether A and B are the same; converts to `bool`, and prints what differs.
    emptiness empty() const { return emptiness(items_.empty(), to_string()); }
    std::size_t size() const noexcept { return items_.size(); }
    const_iterator begin() const noexcept { return items_.begin(); }
    const_iterator end() const noexcept { return items_.end(); }
    difference const& operator[](std::size_t i) const { return items_[i]; }
    std::vector<difference> const& items() const noexcept { return items_; }

    /// "no differences", or "N difference(s):" and then one `difference::to_string()` a line.
    std::string to_string() const;

    friend bool operator==(differences const& x, differences const& y) { return x.items_ == y.items_; }
    friend bool operator!=(differences const& x, differences const& y) { return !(x == y); }
    friend std::ostream& operator<<(std::ostream& os, differences const& d) { return os << d.to_string(); }

private:
    std::vector<difference> items_;
};

/// How `diff` compares.
struct diff_options {
    /// Whether keys of an object in another order go unreported (no `order` difference).
    bool ignore_order = false;
};

/// What `diff_text` gives: the differences, or which side could not be read and why.
class diff_text_result {
public:
    diff_text_result(differences d) : v_(std::move(d)) {}
    /// `side` is 'A' or 'B'.
    diff_text_result(char side, codec::error e) : v_(std::move(e)), side_(side) {}

    bool has_value() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }
    differences const& operator*() const noexcept { return *std::get_if<0>(&v_); }
    differences const* operator->() const noexcept { return std::get_if<0>(&v_); }

    /// The side that could not be read, 'A' or 'B' (0 when both were).
    char side() const noexcept { return side_; }
    /// Why it could not be read, as `decode` says it; only meaningful when `!has_value()`.
    codec::error const& error() const { return std::get<1>(v_); }
    /// `<side>: <where>: <what>` (`B: 1:9: ...`, `A: /0/id: ...`, the root written `/`).
    std::string error_text() const;

private:
    std::variant<differences, codec::error> v_;
    char side_ = 0;
};

namespace detail {

// The differences between two compact JSON texts as `encode` writes them (canonical: one
// spelling of each string and number), both well-formed.
SENTRY_API_DECL differences diff_compact(std::string_view a, std::string_view b, diff_options const& options);

} // namespace detail

/// Where two values differ, by JSON Pointer, in document order.
///
/// Both are compared as `encode` writes them, so as JSON: every key of each object (unknown keys
/// as keys of the object they belong to; held JSON such as `json_text` inside, down to the
/// innermost value that differs), each array item by item at the same index (extra items are
/// `added` or `removed` at their index). Absent on one side is `added` or `removed`; `null`
/// against a value is `changed`. Layout is never a difference, nor two spellings of one
/// number's value (`1.0` and `1.00`, `1e2` and `100.0`): numbers are compared in their
/// canonical form, as Python's `json.dumps` writes them. An integer and a float are different
/// values (`1` and `1.0` are `changed`), as the model keeps each number's kind and writes them
/// differently. A number too large for a double (`1e400`) is compared as it was written.
/// @param a the expected value, "A"
/// @param b the actual value, "B"
/// @param options whether to report key order
/// @returns the differences, empty when there is none
/// @code
/// BOOST_TEST(sentry_api::diff(expected, actual).empty());   // on failure, prints each difference
/// for (auto const& d : sentry_api::diff(a, b)) std::cout << d << '\n';   // /0/id  changed  "x" -> "y"
/// @endcode
template<class T>
differences diff(T const& a, T const& b, diff_options const& options = {})
{
    encode_options const compact;
    return detail::diff_compact(encode(a, compact), encode(b, compact), options);
}

/// Reads two JSON texts as `T` (leniently, as the tool's `validate` does: a value of the wrong
/// kind is kept and compared as it came) and gives their differences, or the first read failure
/// of A, else of B, with its side.
/// @code
/// auto d = sentry_api::diff_text<sentry_api::event>(expected_text, actual_text);
/// if (!d) std::cerr << d.error_text() << '\n';   // B: 1:9: ...
/// else std::cout << *d;
/// @endcode
template<class T>
diff_text_result diff_text(std::string_view a_text, std::string_view b_text, diff_options const& options = {})
{
    decode_options lenient;
    lenient.lenient = true;
    auto a = decode<T>(a_text, lenient);
    if (!a)
        return diff_text_result('A', a.error());
    auto b = decode<T>(b_text, lenient);
    if (!b)
        return diff_text_result('B', b.error());
    return diff(*a, *b, options);
}
} // namespace sentry_api::codec

namespace sentry_api {

using codec::diff;
using codec::diff_options;
using codec::diff_text;
using codec::diff_text_result;
using codec::difference;
using codec::difference_kind;
using codec::differences;

} // namespace sentry_api

#ifndef SENTRY_API_SEPARATE_COMPILATION
#include <sentry_api/codec/impl/diff.ipp>
#endif

#endif
