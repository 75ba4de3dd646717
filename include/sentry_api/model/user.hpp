// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_USER_HPP
#define SENTRY_API_MODEL_USER_HPP

#include <sentry_api/model/common.hpp>

#include <boost/json/object.hpp>

namespace sentry_api {

/// The user an event happened to.
struct user {
    /// `username`: the user's login name (string; may be absent or null).
    presence<std::string> username;
    /// `ip_address`: the user's address (string, IPv4 or IPv6 address; may be absent or null).
    presence<constrained<std::string, rules::ip_address>> ip_address;
    /// `email`: the user's e-mail address (string; may be absent or null).
    presence<std::string> email;
    /// `name`: the user's display name (string; may be absent or null).
    presence<std::string> name;
    /// `id`: the user's id in the application (string; may be absent or null).
    presence<std::string> id;
    /// `geo`: country, region and city, from the address; newer servers only (object; may be absent or null).
    presence<json_object_text> geo;
    /// `data`: anything else the SDK sent about the user (object; may be absent or null).
    presence<json_object_text> data;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(user, (), (username, ip_address, email, name, id, geo, data, unknown))

} // namespace sentry_api

#endif
