// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_LINK_HPP
#define SENTRY_API_MODEL_LINK_HPP

#include <sentry_api/config.hpp>
#include <sentry_api/codec/result.hpp>

#include <sentry_api/codec/describe.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sentry_api {

/// One link of an RFC 8288 `Link` header, as Sentry's paginated endpoints send it.
///
/// Described, so `encode` writes it as `{"url", "rel", "results", "cursor", "params"}`.
struct link {
    /// The target URL, without its `<` `>`.
    std::string url;
    /// The relation: `previous` or `next` in Sentry's pages.
    std::string rel;
    std::optional<bool> results;       ///< `results="true|false"`; empty when absent
    std::optional<std::string> cursor; ///< `cursor="value:offset:is_prev"`; empty when absent
    boost::json::object params;        ///< every other parameter, name lowercased, in order
                                       ///< (a string, or null for a parameter without a value)
};

SENTRY_API_DESCRIBE_STRUCT(link, (), (url, rel, results, cursor, params))

/// Parses an RFC 8288 `Link` header value: quoted strings with escapes, commas inside `<URL>`
/// and inside quoted values, case-insensitive parameter names, optional white space.
/// @returns the links in order, or an error whose `column` (1-based) and `offset` place it
/// @code
/// auto links = sentry_api::parse_link_header(response.headers["Link"]);
/// @endcode
SENTRY_API_DECL codec::result<std::vector<link>> parse_link_header(std::string_view value);

/// Writes links as Sentry writes its `Link` header:
/// `<URL>; rel="..."; results="true|false"; cursor="..."`, links joined by `, `.
SENTRY_API_DECL std::string format_link_header(std::vector<link> const& links);

} // namespace sentry_api

#ifndef SENTRY_API_SEPARATE_COMPILATION
#include <sentry_api/model/impl/link.ipp>
#endif

#endif
