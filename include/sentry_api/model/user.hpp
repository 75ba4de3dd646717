// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_USER_HPP
#define SENTRY_API_MODEL_USER_HPP

#include <sentry_api/model/common.hpp>

#include <boost/json/object.hpp>

namespace sentry_api {

/// The user an event happened to.
struct user {
    presence<std::string> username;
    presence<constrained<std::string, rules::ip_address>> ip_address;
    presence<std::string> email;
    presence<std::string> name;
    presence<std::string> id;
    presence<json_object_text> geo;
    presence<json_object_text> data;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(user, (), (username, ip_address, email, name, id, geo, data, unknown))

} // namespace sentry_api

#endif
