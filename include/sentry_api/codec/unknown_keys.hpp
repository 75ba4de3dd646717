// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_UNKNOWN_KEYS_HPP
#define SENTRY_API_CODEC_UNKNOWN_KEYS_HPP

#include <sentry_api/codec/detail/key_order.hpp>

#include <boost/json/object.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentry_api::codec {

namespace detail {
struct key_order_access;
}

/// The keys of an object that its struct does not describe, kept in their order with their values.
///
/// A described struct with a member of this type keeps every unknown key there on decode and
/// writes them back on encode. The member's own name is never a JSON key.
///
/// It also keeps the order in which the object's keys came, known and unknown: a decoded object
/// is written back in that order; a key that code adds afterwards goes after the keys that came.
/// An object built in code is written in declaration order, its unknown keys last.
///
/// It is small (24 bytes) and allocates nothing while there are no unknown keys: the keys and
/// their values live in a `boost::json::object` out of line, made by the first key. It reads like
/// that object (`contains`, `find`, `at`, `operator[]`, `emplace`, `erase`, iteration), and
/// `values()` gives the object itself. Assigning an object is as if the struct was built in code.
///
/// A value holding a number the DOM cannot hold as written (an integer beyond 64 bits, a float
/// no double holds) gets the nearest double, as `boost::json::parse` gives it; its exact text is
/// kept beside it in the same block (`exact(key)`) and written back while the value is unchanged.
///
/// @code
/// struct point { int x; int y; sentry_api::unknown_keys unknown; };
/// BOOST_DESCRIBE_STRUCT(point, (), (x, y, unknown))
/// // after decoding {"x": 1, "y": 2, "z": 3}: p.unknown.at("z") == 3
/// @endcode
class unknown_keys {
public:
    using iterator = boost::json::object::iterator;
    using const_iterator = boost::json::object::const_iterator;

    unknown_keys() noexcept = default;
    /// The keys and values of `o`, in its order; no key order is recorded.
    unknown_keys(boost::json::object o) : values_(o.empty() ? nullptr : new block{std::move(o), {}}) {}
    unknown_keys(unknown_keys const& o) : order_(o.order_), values_(o.values_ ? new block(*o.values_) : nullptr) {}
    unknown_keys(unknown_keys&& o) noexcept : order_(std::move(o.order_)), values_(std::exchange(o.values_, nullptr))
    {
        o.order_.came = 0;
    }
    unknown_keys& operator=(unknown_keys const& o)
    {
        if (this != &o)
            unknown_keys(o).swap(*this);
        return *this;
    }
    unknown_keys& operator=(unknown_keys&& o) noexcept
    {
        unknown_keys(std::move(o)).swap(*this);
        return *this;
    }
    ~unknown_keys() { delete values_; }

    void swap(unknown_keys& o) noexcept
    {
        std::swap(order_.tokens, o.order_.tokens);
        std::swap(order_.came, o.order_.came);
        std::swap(values_, o.values_);
    }

    /// The unknown keys and their values, as an object (made empty by the first call, if need be).
    boost::json::object& values() { return values_ ? values_->values : (values_ = new block())->values; }
    /// The same, read only: an empty object when there are none.
    boost::json::object const& values() const noexcept { return values_ ? values_->values : empty_object(); }

    bool empty() const noexcept { return !values_ || values_->values.empty(); }
    std::size_t size() const noexcept { return values_ ? values_->values.size() : 0; }
    bool contains(std::string_view key) const noexcept { return values_ && values_->values.contains(key); }

    iterator begin() noexcept { return values_ ? values_->values.begin() : nullptr; }
    iterator end() noexcept { return values_ ? values_->values.end() : nullptr; }
    const_iterator begin() const noexcept { return values_ ? values_->values.begin() : nullptr; }
    const_iterator end() const noexcept { return values_ ? values_->values.end() : nullptr; }

    iterator find(std::string_view key) noexcept { return values_ ? values_->values.find(key) : nullptr; }
    const_iterator find(std::string_view key) const noexcept { return values_ ? values_->values.find(key) : nullptr; }
    /// The value of `key`; throws std::out_of_range when there is none.
    boost::json::value& at(std::string_view key) { return values().at(key); }
    boost::json::value const& at(std::string_view key) const { return values().at(key); }
    /// The value of `key`, a new null one when there is none (it goes after the keys that came).
    boost::json::value& operator[](std::string_view key) { return values()[key]; }
    template<class V>
    std::pair<iterator, bool> emplace(std::string_view key, V&& v)
    {
        return values().emplace(key, std::forward<V>(v));
    }
    std::size_t erase(std::string_view key)
    {
        if (!values_)
            return 0;
        values_->forget_exact(key);
        return values_->values.erase(key);
    }
    void clear() noexcept
    {
        if (values_) {
            values_->values.clear();
            values_->exact.clear();
        }
    }

    /// The exact text of the value of `key` when it holds a number the DOM only approximates
    /// (an integer beyond 64 bits, a float no double holds: `values()` has the nearest double,
    /// as boost::json::parse gives it) and that value is still the one decoded; null otherwise.
    /// The text is canonical, as `json_text` holds it; encoding writes it, so such a number comes
    /// back as it came.
    /// @code
    /// // after decoding {"x": 1, "y": 2, "big": 1267650600228229401496703205376}:
    /// // p.unknown.at("big").as_double() == 1.2676506002282294e30
    /// // *p.unknown.exact("big") == "1267650600228229401496703205376"
    /// @endcode
    std::string const* exact(std::string_view key) const noexcept
    {
        if (!values_ || values_->exact.empty())
            return nullptr;
        return values_->exact_of(key);
    }

    /// Equal when the keys, their values and their exact texts are (the key order is not compared).
    friend bool operator==(unknown_keys const& a, unknown_keys const& b) noexcept
    {
        if (a.values() != b.values())
            return false;
        for (auto const& kv : a.values())
            if (!same_text(a.exact(kv.key()), b.exact(kv.key())))
                return false;
        return true;
    }
    friend bool operator!=(unknown_keys const& a, unknown_keys const& b) noexcept { return !(a == b); }

    /// Where the values are allocated (the default resource while there are none).
    boost::json::storage_ptr const& storage() const noexcept { return values().storage(); }

private:
    friend struct detail::key_order_access;

    // A value's exact text, and the DOM approximation it was decoded as.
    struct exact_value {
        std::string key;
        boost::json::value approximation;
        std::string text;
    };

    // What the member points to: the values, and the exact texts of the few that need one.
    struct block {
        boost::json::object values;
        std::vector<exact_value> exact;

        std::string const* exact_of(std::string_view key) const noexcept
        {
            for (auto const& e : exact)
                if (e.key == key) {
                    auto const* v = values.if_contains(key);
                    return v && *v == e.approximation ? &e.text : nullptr;
                }
            return nullptr;
        }
        void forget_exact(std::string_view key) noexcept
        {
            for (auto i = exact.begin(); i != exact.end(); ++i)
                if (i->key == key) {
                    exact.erase(i);
                    return;
                }
        }
    };

    static bool same_text(std::string const* a, std::string const* b) noexcept
    {
        return a == b || (a && b && *a == *b);
    }

    static boost::json::object const& empty_object() noexcept
    {
        static boost::json::object const none;
        return none;
    }

    detail::key_order order_;
    block* values_ = nullptr;
};

namespace detail {

struct key_order_access {
    static key_order& of(unknown_keys& u) noexcept { return u.order_; }
    static key_order const& of(unknown_keys const& u) noexcept { return u.order_; }

    // Before a decode: no keys, and their values to be made in `sp` from now on.
    static void reset(unknown_keys& u, boost::json::storage_ptr const& sp)
    {
        if (u.values_ && u.values_->values.storage().get() != sp.get()) {
            delete u.values_;
            u.values_ = nullptr;
        } else {
            u.clear();
        }
    }

    // The object of values, made in `sp` when there is none yet.
    static boost::json::object& values(unknown_keys& u, boost::json::storage_ptr const& sp)
    {
        return u.values_ ? u.values_->values : (u.values_ = new unknown_keys::block{boost::json::object(sp), {}})->values;
    }

    // Keeps `text` as the exact text of the value of `key`, which the DOM holds as `approximation`.
    static void keep_exact(unknown_keys& u, std::string_view key, boost::json::value const& approximation,
                           std::string&& text)
    {
        unknown_keys::block& b = *u.values_;
        b.forget_exact(key);
        b.exact.push_back(unknown_keys::exact_value{std::string(key), boost::json::value(approximation), std::move(text)});
    }
};

} // namespace detail

} // namespace sentry_api::codec

#endif
