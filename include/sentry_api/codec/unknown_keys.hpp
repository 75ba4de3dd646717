#ifndef SENTRY_API_CODEC_UNKNOWN_KEYS_HPP
#define SENTRY_API_CODEC_UNKNOWN_KEYS_HPP

#include <sentry_api/codec/detail/key_order.hpp>

#include <boost/json/object.hpp>

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
/// @code
/// struct point { int x; int y; sentry_api::unknown_keys unknown; };
/// BOOST_DESCRIBE_STRUCT(point, (), (x, y, unknown))
/// @endcode
class unknown_keys : public boost::json::object {
public:
    using boost::json::object::object;
    unknown_keys() = default;
    unknown_keys(boost::json::object o) : boost::json::object(std::move(o)) {}

private:
    friend struct detail::key_order_access;
    detail::key_order order_;
};

namespace detail {

struct key_order_access {
    static key_order& of(unknown_keys& u) noexcept { return u.order_; }
    static key_order const& of(unknown_keys const& u) noexcept { return u.order_; }
};

} // namespace detail

} // namespace sentry_api::codec

#endif
