// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_BOX_HPP
#define SENTRY_API_CODEC_BOX_HPP

#include <type_traits>
#include <utility>

namespace sentry_api::codec {

/// A value held out of line: an owning pointer with the semantics of the value it holds.
///
/// A box copies deeply, compares by value and reads like a pointer to its value (`*b`, `b->x`).
/// It keeps a large, often missing part of a struct (an event inside a group hash, a stack
/// trace inside an exception) from making the struct large: `presence<box<event>>` is 16
/// bytes and allocates only when the key holds a value. Through a `presence`, `*p` and `p->`
/// reach the boxed value itself. The codec reads, writes and describes a box as its value.
///
/// A box always holds a value, except after it was moved from: then it may only be assigned to
/// or destroyed (`valueless_after_move()` tells), as with a moved-from `std::indirect`.
///
/// @code
/// struct hash { sentry_api::presence<sentry_api::codec::box<event>> latestEvent; };
/// if (h.latestEvent) std::cout << h.latestEvent->eventID;
/// @endcode
template<class T>
class box {
public:
    using value_type = T;

    /// A default-constructed value.
    box() : p_(new T()) {}
    box(T const& v) : p_(new T(v)) {}
    box(T&& v) : p_(new T(std::move(v))) {}

    /// A value made in place from `args`.
    // (Conjunction, so that a box of a type that holds boxes of itself is not asked whether the
    // incomplete type is constructible.)
    template<class A, class... Args,
             class = std::enable_if_t<std::conjunction_v<std::negation<std::is_same<std::decay_t<A>, box>>,
                                                         std::negation<std::is_same<std::decay_t<A>, T>>,
                                                         std::is_constructible<T, A&&, Args&&...>>>>
    explicit box(A&& a, Args&&... args) : p_(new T(std::forward<A>(a), std::forward<Args>(args)...))
    {
    }

    box(box const& o) : p_(o.p_ ? new T(*o.p_) : nullptr) {}
    box(box&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }

    box& operator=(box const& o)
    {
        if (this != &o) {
            if (p_ && o.p_)
                *p_ = *o.p_;
            else
                box(o).swap(*this);
        }
        return *this;
    }
    box& operator=(box&& o) noexcept
    {
        box(std::move(o)).swap(*this);
        return *this;
    }
    box& operator=(T const& v)
    {
        if (p_)
            *p_ = v;
        else
            p_ = new T(v);
        return *this;
    }
    box& operator=(T&& v)
    {
        if (p_)
            *p_ = std::move(v);
        else
            p_ = new T(std::move(v));
        return *this;
    }

    ~box() { delete p_; }

    T& operator*() & noexcept { return *p_; }
    T const& operator*() const& noexcept { return *p_; }
    T* operator->() noexcept { return p_; }
    T const* operator->() const noexcept { return p_; }

    /// True only for a box that was moved from.
    bool valueless_after_move() const noexcept { return p_ == nullptr; }

    void swap(box& o) noexcept { std::swap(p_, o.p_); }
    friend void swap(box& a, box& b) noexcept { a.swap(b); }

    /// By value; a moved-from box equals only another moved-from box.
    friend bool operator==(box const& a, box const& b)
    {
        return a.p_ && b.p_ ? *a.p_ == *b.p_ : a.p_ == b.p_;
    }
    friend bool operator!=(box const& a, box const& b) { return !(a == b); }

private:
    T* p_;
};

namespace detail {

/// What a member of type `T` reads as: the boxed value for a box, `T` itself otherwise.
template<class T> struct unbox {
    using type = T;
    static T& get(T& v) noexcept { return v; }
    static T const& get(T const& v) noexcept { return v; }
};
template<class T> struct unbox<box<T>> {
    using type = T;
    static T& get(box<T>& v) noexcept { return *v; }
    static T const& get(box<T> const& v) noexcept { return *v; }
};

} // namespace detail

} // namespace sentry_api::codec

#endif
