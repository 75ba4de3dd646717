// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_LIST_HPP
#define SENTRY_API_CODEC_LIST_HPP

#include <sentry_api/codec/json_text.hpp>

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentry_api::codec {

/// An item of a `list` that a lenient read could not take as the list's type, kept as it came.
struct stray_item {
    /// Its place among the array's items as they came (0 for the first): where it is written back.
    std::size_t index = 0;
    /// The value as it came, as canonical text.
    json_text value;

    friend bool operator==(stray_item const& a, stray_item const& b) noexcept
    {
        return a.index == b.index && a.value == b.value;
    }
    friend bool operator!=(stray_item const& a, stray_item const& b) noexcept { return !(a == b); }
};

/// A `std::vector<T>` that a lenient read can keep an array's bad items in, without losing the
/// good ones.
///
/// It is a vector of `T` (it derives from one: every operation of the vector works, and a
/// `list<T>&` passes where a `std::vector<T>&` is asked for), plus the items a lenient read
/// (`decode_options::lenient`) could not take as `T`: `[{...}, "oops", {...}]` read into a
/// `list<frame>` gives two frames and one stray, `"oops"` at index 1. Encoding writes each stray
/// back at its index among the items, so the bytes come back; `decode_and_validate` reports it
/// as one violation at its pointer (`/frames/1`). A strict read fails at the item, as for a
/// vector, and a list built in code has no strays: it is written like a vector.
///
/// The strays stay where they came while code changes the typed items: a stray at index `i` is
/// written after the first `i` items written (typed or stray), or after all of them when there
/// are fewer. Slicing to a `std::vector<T>` keeps the typed items only.
///
/// A `std::vector<T>` member of a struct of yours keeps the strict behaviour: one bad item
/// makes the whole array the wrong value, kept whole (leniently) in the struct's `unknown_keys`.
///
/// @code
/// sentry_api::decode_options lenient;
/// lenient.lenient = true;
/// auto page = sentry_api::decode<sentry_api::group_hashes>(R"([{"id": "a"}, null])", lenient);
/// // page->size() == 1; page->strays()[0].index == 1; page->strays()[0].value.text() == "null"
/// @endcode
template<class T, class Allocator = std::allocator<T>>
class list : public std::vector<T, Allocator> {
    using base = std::vector<T, Allocator>;

public:
    using base::base;

    list() = default;
    /// The items of `v`, with no strays.
    list(base const& v) : base(v) {}
    list(base&& v) noexcept : base(std::move(v)) {}

    list(list const& o) : base(o), strays_(o.strays_ ? new std::vector<stray_item>(*o.strays_) : nullptr) {}
    list(list&& o) noexcept = default;
    list& operator=(list const& o)
    {
        if (this != &o) {
            base::operator=(o);
            strays_.reset(o.strays_ && !o.strays_->empty() ? new std::vector<stray_item>(*o.strays_) : nullptr);
        }
        return *this;
    }
    list& operator=(list&& o) noexcept = default;
    /// The items of `v`; the strays go.
    list& operator=(base const& v)
    {
        base::operator=(v);
        strays_.reset();
        return *this;
    }
    list& operator=(base&& v) noexcept
    {
        base::operator=(std::move(v));
        strays_.reset();
        return *this;
    }
    list& operator=(std::initializer_list<T> init)
    {
        base::operator=(init);
        strays_.reset();
        return *this;
    }

    /// The items kept as they came, in the order of their index (none unless a lenient read
    /// kept some).
    std::vector<stray_item> const& strays() const noexcept { return strays_ ? *strays_ : no_strays(); }
    /// The same, to change (made empty by the first call, if need be).
    std::vector<stray_item>& strays()
    {
        if (!strays_)
            strays_.reset(new std::vector<stray_item>());
        return *strays_;
    }
    /// Whether there is a stray.
    bool has_strays() const noexcept { return strays_ && !strays_->empty(); }

    void swap(list& o) noexcept
    {
        base::swap(o);
        strays_.swap(o.strays_);
    }

    /// Equal when the items and the strays are.
    friend bool operator==(list const& a, list const& b)
    {
        return static_cast<base const&>(a) == static_cast<base const&>(b) && a.strays() == b.strays();
    }
    friend bool operator!=(list const& a, list const& b) { return !(a == b); }
    /// Equal when the items are and the list has no stray (a vector is a list without strays).
    friend bool operator==(list const& a, base const& b) { return !a.has_strays() && static_cast<base const&>(a) == b; }
    friend bool operator==(base const& a, list const& b) { return b == a; }
    friend bool operator!=(list const& a, base const& b) { return !(a == b); }
    friend bool operator!=(base const& a, list const& b) { return !(b == a); }

private:
    static std::vector<stray_item> const& no_strays() noexcept
    {
        static std::vector<stray_item> const none;
        return none;
    }

    std::unique_ptr<std::vector<stray_item>> strays_;
};

template<class T, class A>
void swap(list<T, A>& a, list<T, A>& b) noexcept
{
    a.swap(b);
}

namespace detail {

template<class T> struct is_list : std::false_type {};
template<class T, class A> struct is_list<list<T, A>> : std::true_type {};

} // namespace detail

} // namespace sentry_api::codec

#endif
