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
    /// `cookies`: the cookies (array of `[string, string or null]` or null; may be absent or null).
    presence<list<name_value_pair>> cookies;
    /// `fragment`: the URL's fragment, after `#` (string; may be absent or null).
    presence<std::string> fragment;
    /// `headers`: the headers, in order (array of `[string, string or null]` or null; may be absent or null).
    presence<list<name_value_pair>> headers;
    /// `inferredContentType`: the body's type as Sentry read it (string; may be absent or null).
    presence<std::string> inferredContentType;
    /// `url`: the URL, without its query (string; may be absent or null).
    presence<std::string> url;
    /// `env`: the server's environment, such as `REMOTE_ADDR` (object; may be absent or null).
    presence<json_object_text> env;
    /// `query`: the query (a string, or an array of pairs as in `headers`; may be absent, not null).
    optional_key<std::variant<std::string, list<name_value_pair>>> query;
    /// `data`: the body: text, or what Sentry parsed (any JSON, null too; may be absent).
    optional_key<json_text> data;
    /// `method`: the method, such as `GET` (string; may be absent or null).
    presence<std::string> method;
    /// `apiTarget`: the kind of API called, such as `graphql` (string; may be absent or null).
    presence<std::string> apiTarget;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(request_data, (),
                      (cookies, fragment, headers, inferredContentType, url, env, query, data, method, apiTarget,
                       unknown))

} // namespace sentry_api

#endif
