// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_PRESENCE_HPP
#define SENTRY_API_CODEC_PRESENCE_HPP

#include <sentry_api/codec/box.hpp>

#include <cstddef>
#include <initializer_list>
#include <new>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentry_api::codec {

template<class T, class Allocator>
class list; // list.hpp

namespace detail {

struct no_list_element {
    no_list_element() = delete;
};

// The std::initializer_list a braced list assigned to a presence of `T` fills: `T::list_type`
// when `T` says (held JSON, whose list is Boost.JSON's), else one of `T::value_type` (a
// sequence; of `optional_item`s for a vector of optionals), else one no list converts to.
// (`::type` is out of deduction's reach.)
template<class T, class = void> struct list_of_values { using type = std::initializer_list<no_list_element>; };
template<class T> struct list_of_values<T, std::void_t<typename T::value_type>> {
    using type = std::initializer_list<typename T::value_type>;
};
template<class T> struct list_of_elements : list_of_values<T> {};

// An item of a braced list for a sequence of `std::optional<X>`, which takes no braced list of
// an `X`'s arguments (`{"Host", "x"}` for a pair): made from what makes an `X`, from an
// `std::optional<X>`, from `std::nullopt` or from nothing (`{}`: empty, as an optional).
template<class X>
struct optional_item {
    std::optional<X> value;

    optional_item() = default;
    optional_item(std::nullopt_t) noexcept {}
    optional_item(std::optional<X> v) : value(std::move(v)) {}
    template<class A, class... B, std::enable_if_t<std::is_constructible_v<X, A&&, B&&...>, int> = 0>
    optional_item(A&& a, B&&... b) : value(std::in_place, std::forward<A>(a), std::forward<B>(b)...) {}
};
template<class X, class A> struct list_of_elements<std::vector<std::optional<X>, A>> {
    using type = std::initializer_list<optional_item<X>>;
};
template<class X, class A> struct list_of_elements<list<std::optional<X>, A>> {
    using type = std::initializer_list<optional_item<X>>;
};

// The value a presence of `T` takes from a braced list of its elements.
template<class T, class L>
T from_list(L items)
{
    if constexpr (std::is_constructible_v<T, L>) {
        return T(items);
    } else {
        T out;
        out.reserve(items.size());
        for (auto const& item : items)
            out.push_back(item.value);
        return out;
    }
}
template<class T, class L, class = void> struct takes_list : std::is_constructible<T, L> {};
template<class X, class A, class L> struct takes_list<std::vector<std::optional<X>, A>, L> : std::true_type {};
template<class X, class A, class L> struct takes_list<list<std::optional<X>, A>, L> : std::true_type {};
template<class T, class = void> struct list_of : list_of_elements<T> {};
template<class T> struct list_of<T, std::void_t<typename T::list_type>> { using type = typename T::list_type; };

template<class T> struct non_deduced { using type = T; };

// What `basic_presence p{{...}}` makes from the inner list: `T`, as std::optional does; but a
// type with its own `list_type` takes no list there, where `{{"k", 1}}` would be read as
// `T{"k", 1}` (an array) though assigned it is the object `T{{"k", 1}}`.
template<class T, class = void> struct braced_argument { using type = T; };
template<class T> struct braced_argument<T, std::void_t<typename T::list_type>> { using type = no_list_element; };

} // namespace detail

/// The state of a key that may be absent: `absent` is the tag that makes a presence absent.
struct absent_t {
    explicit constexpr absent_t(int) {}
};
inline constexpr absent_t absent{0};

/// A member that keeps all three states of a JSON key: absent, `null`, or a value.
///
/// Decoding never loses the difference and encoding writes back exactly what came in: an absent
/// key is not written, `null` is written as `null`. `Required` and `Nullable` do not change what
/// decoding holds; they say what validation and the JSON Schema demand (a required key, a
/// non-null value). Use the aliases `presence`, `optional_key`, `nullable` and `required_key`.
///
/// It is as large as `T` plus one byte of state (rounded up to `T`'s alignment). With
/// `T = box<U>` the value is held out of line and `*p`, `p->` and `value()` reach the `U`.
/// When `T` can itself hold `null` (`boost::json::value`), `null` goes to the value.
template<class T, bool Required, bool Nullable>
class basic_presence {
    using access = detail::unbox<T>;

    // What a value may be made from: not a presence, absent or null, and what makes a `T`.
    template<class U>
    using converts_from = std::conjunction<std::negation<std::is_same<std::decay_t<U>, basic_presence>>,
                                           std::negation<std::is_same<std::decay_t<U>, absent_t>>,
                                           std::negation<std::is_same<std::decay_t<U>, std::nullptr_t>>,
                                           std::is_constructible<T, U&&>>;

public:
    /// The type a value reads as (`U` for `box<U>`).
    using value_type = typename access::type;
    /// The type held (`box<U>` or `T`).
    using stored_type = T;
    static constexpr bool required = Required;
    static constexpr bool nullable = Nullable;

    /// Absent; but a key that must be present and not null (`required_key`) starts out holding
    /// `T()`, as a plain `T` member would, so that an object built in code has it.
    basic_presence() noexcept(!(Required && !Nullable) || std::is_nothrow_default_constructible_v<T>)
        : state_(state::absent)
    {
        if constexpr (Required && !Nullable)
            construct();
    }
    basic_presence(absent_t) noexcept : state_(state::absent) {}
    basic_presence(std::nullptr_t) noexcept : state_(state::null) {}

    /// A value made from `v`; as for `std::optional`, an inner braced list makes the value itself
    /// (`optional_key<std::vector<int>> p{{1, 2}}`; for `box<U>`, the `U`), except for held
    /// JSON (`json_text`), where `{{"k", 1}}` would read as `json_text{"k", 1}`, an array:
    /// that does not compile, and assignment (`p = {{"k", 1}}`, the object) is the way.
    /// Explicit, as `std::optional`'s is, when `v` does not convert to `T` implicitly
    /// (`presence<std::vector<int>> p = 5` and `presence<box<U>> p = "x"` do not compile).
    template<class U = typename detail::braced_argument<value_type>::type,
             std::enable_if_t<std::conjunction_v<converts_from<U>, std::is_convertible<U&&, T>>, int> = 0>
    basic_presence(U&& v) : state_(state::absent)
    {
        construct(std::forward<U>(v));
    }
    template<class U = typename detail::braced_argument<value_type>::type,
             std::enable_if_t<std::conjunction_v<converts_from<U>, std::negation<std::is_convertible<U&&, T>>>, int> = 0>
    explicit basic_presence(U&& v) : state_(state::absent)
    {
        construct(std::forward<U>(v));
    }

    basic_presence(basic_presence const& o) : state_(o.state_ == state::value ? state::absent : o.state_)
    {
        if (o.has_value())
            construct(o.v_);
    }
    basic_presence(basic_presence&& o) noexcept(std::is_nothrow_move_constructible_v<T>)
        : state_(o.state_ == state::value ? state::absent : o.state_)
    {
        if (o.has_value())
            construct(std::move(o.v_));
    }

    basic_presence& operator=(basic_presence const& o)
    {
        if (this != &o) {
            if (has_value() && o.has_value()) {
                v_ = o.v_;
            } else {
                destroy();
                if (o.has_value())
                    construct(o.v_);
                else
                    state_ = o.state_;
            }
        }
        return *this;
    }
    basic_presence& operator=(basic_presence&& o) noexcept(std::is_nothrow_move_constructible_v<T> &&
                                                           std::is_nothrow_move_assignable_v<T>)
    {
        if (this != &o) {
            if (has_value() && o.has_value()) {
                v_ = std::move(o.v_);
            } else {
                destroy();
                if (o.has_value())
                    construct(std::move(o.v_));
                else
                    state_ = o.state_;
            }
        }
        return *this;
    }

    /// Assigns a value, as `std::optional`'s `operator=(U&&)` does: `p = v`, and `p = {a, b}`,
    /// which makes the value from the braced list (for `box<U>`, the `U`). `p = {}` makes the
    /// key as a default-constructed one is: absent, or holding `T()` for a `required_key` (as
    /// `= {}` resets a `std::optional`, and empties a plain `T` member); `reset()` and
    /// `set_null()` say absent and `null` outright.
    /// @code
    /// optional_key<std::vector<std::variant<int, std::string>>> items;
    /// items = {1, "x"};   // [1,"x"]
    /// items = {};         // absent
    /// @endcode
    template<class U = value_type,
             class = std::enable_if_t<std::conjunction_v<
                 converts_from<U>, std::is_assignable<value_type&, U&&>,
                 // As std::optional: `p = {}` on a scalar resets rather than assigning 0.
                 std::negation<std::conjunction<std::is_scalar<value_type>, std::is_same<std::decay_t<U>, value_type>>>>>>
    basic_presence& operator=(U&& v)
    {
        if (has_value())
            **this = std::forward<U>(v);
        else
            construct(std::forward<U>(v));
        return *this;
    }

    /// Assigns a value made from a braced list of its elements, for a sequence and for held
    /// JSON (whose `list_type` says the list): with a vector of pairs, `p = {{"a", "b"}}` is one
    /// pair (a `std::optional` takes the inner list for the vector and builds it from two
    /// pointers); with a vector of optional pairs, each item is made as the pair is
    /// (`{"Host", "x"}`; `std::nullopt` for an empty one); with `json_text`, `p = {{"k", 1}}` is the object `{"k":1}`, as
    /// `json_text{{"k", 1}}` is. An empty list makes the key as a default-constructed one is,
    /// as `p = {}` does.
    /// (Nothing is asked of a type that takes no list, which may be incomplete still: a struct
    /// that holds a presence of a box of itself.)
    template<class L = typename detail::list_of<value_type>::type,
             class = std::enable_if_t<std::conjunction_v<
                 std::negation<std::is_same<L, std::initializer_list<detail::no_list_element>>>,
                 detail::takes_list<value_type, L>>>>
    basic_presence& operator=(typename detail::non_deduced<L>::type items)
    {
        if (items.size() == 0)
            return *this = basic_presence();
        if (has_value())
            **this = detail::from_list<value_type>(items);
        else
            construct(detail::from_list<value_type>(items));
        return *this;
    }

    ~basic_presence() { destroy(); }

    bool is_absent() const noexcept { return state_ == state::absent; }
    bool is_null() const noexcept { return state_ == state::null; }
    bool has_value() const noexcept { return state_ == state::value; }
    explicit operator bool() const noexcept { return has_value(); }

    value_type& operator*() & noexcept { return access::get(v_); }
    value_type const& operator*() const& noexcept { return access::get(v_); }
    value_type* operator->() noexcept { return &access::get(v_); }
    value_type const* operator->() const noexcept { return &access::get(v_); }

    /// The value; throws `std::bad_optional_access` when absent or null.
    value_type& value() &
    {
        if (!has_value())
            throw std::bad_optional_access();
        return **this;
    }
    value_type const& value() const&
    {
        if (!has_value())
            throw std::bad_optional_access();
        return **this;
    }

    template<class U>
    value_type value_or(U&& fallback) const
    {
        return has_value() ? **this : static_cast<value_type>(std::forward<U>(fallback));
    }

    /// Makes a value from `args` (for a box, the box's own value) and returns it.
    template<class... Args>
    value_type& emplace(Args&&... args)
    {
        destroy();
        construct(std::forward<Args>(args)...);
        return **this;
    }

    /// The value as it is held (the box itself for `box<U>`); only when `has_value()`.
    T& stored() noexcept { return v_; }
    T const& stored() const noexcept { return v_; }

    /// Makes the key absent.
    void reset() noexcept
    {
        destroy();
        state_ = state::absent;
    }

    /// Makes the key `null`.
    void set_null() noexcept
    {
        destroy();
        state_ = state::null;
    }

    friend bool operator==(basic_presence const& a, basic_presence const& b)
    {
        return a.state_ == b.state_ && (!a.has_value() || a.v_ == b.v_);
    }
    friend bool operator!=(basic_presence const& a, basic_presence const& b) { return !(a == b); }

private:
    enum class state : unsigned char { absent, null, value };

    template<class... Args>
    void construct(Args&&... args)
    {
        // (The builtin behind std::addressof, in GCC, Clang and MSVC: <memory> is not needed here.)
        ::new (static_cast<void*>(__builtin_addressof(v_))) T(std::forward<Args>(args)...);
        state_ = state::value;
    }
    // Leaves the state as it was, but for a value, which becomes absent.
    void destroy() noexcept
    {
        if (state_ == state::value) {
            v_.~T();
            state_ = state::absent;
        }
    }

    union {
        T v_;
    };
    state state_;
};

/// A key that may be absent and may be `null` (`T?`, opt).
template<class T>
using presence = basic_presence<T, false, true>;

/// A key that may be absent but, when present, must not be `null` (`T`, opt).
template<class T>
using optional_key = basic_presence<T, false, false>;

/// A key that must be present but may be `null` (`T?`, required).
template<class T>
using nullable = basic_presence<T, true, true>;

/// A key that must be present and must not be `null` (`T`, required), held so that a document
/// that breaks the rule still decodes: an absent key is held as absent and written back absent,
/// `null` as null (as `optional_key` holds it), and validation reports them (`required`,
/// `type`). A plain `T` member is the strict form: there an absent key is a decode error.
///
/// Unlike the other forms it starts out holding `T()`, as a plain `T` member does, so an object
/// built in code has the key; decoding a document without it, or `reset()`, makes it absent.
/// @code
/// struct tag { sentry_api::required_key<std::string> key; };
/// if (t.key.has_value()) std::cout << *t.key; // absent only in a document that breaks the rule
/// @endcode
template<class T>
using required_key = basic_presence<T, true, false>;

} // namespace sentry_api::codec

#endif
