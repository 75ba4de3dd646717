// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_REQUEST_HPP
#define SENTRY_API_MODEL_REQUEST_HPP

#include <sentry_api/model/common.hpp>

#include <boost/json/object.hpp>

#include <vector>

namespace sentry_api {

/// The `data` of a `request` entry. `query` is a string on older servers, a list of pairs
/// (repeated names allowed) on newer ones.
struct request_data {
    presence<std::vector<pair>> cookies;
    presence<std::string> fragment;
    presence<std::vector<pair>> headers;
    presence<std::string> inferredContentType;
    presence<std::string> url;
    presence<json_object_text> env;
    optional_key<std::variant<std::string, std::vector<pair>>> query;
    optional_key<json_text> data;
    presence<std::string> method;
    presence<std::string> apiTarget;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(request_data, (),
                      (cookies, fragment, headers, inferredContentType, url, env, query, data, method, apiTarget,
                       unknown))

} // namespace sentry_api

#endif
