#ifndef SENTRY_API_CODEC_UNKNOWN_KEYS_HPP
#define SENTRY_API_CODEC_UNKNOWN_KEYS_HPP

#include <boost/json/object.hpp>

namespace sentry_api::codec {

/// The keys of an object that its struct does not describe, kept in their order with their values.
///
/// A described struct with a member of this type keeps every unknown key there on decode and
/// writes them back after its known keys on encode. The member's own name is never a JSON key.
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
};

} // namespace sentry_api::codec

#endif
