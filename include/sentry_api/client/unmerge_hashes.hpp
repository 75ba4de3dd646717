// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_UNMERGE_HASHES_HPP
#define SENTRY_API_CLIENT_UNMERGE_HASHES_HPP

#include <sentry_api.hpp>
#include <sentry_api/client/error.hpp>
#include <sentry_api/client/for_each_page.hpp>
#include <sentry_api/client/session.hpp>

#include <boost/beast/http/verb.hpp>

#include <string>
#include <utility>
#include <vector>

namespace sentry_api::client {

/// What unmerging hashes sends: the method the server's `Allow` names for the hashes endpoint,
/// and the URL with every hash as an `id=` parameter.
struct unmerge_plan {
    std::string method; ///< `PUT` (current Sentry) or `DELETE` (older servers)
    std::string url;
    std::string allow;  ///< the server's `Allow`, as it answered `OPTIONS`
};

/// What the server answered an unmerge: 202 when it started one.
struct unmerged {
    unmerge_plan plan;
    unsigned status = 0; ///< 202 Accepted: started
};

namespace detail {

inline bool hash_id(std::string const& id)
{
    return id.size() == 32 && id.find_first_not_of("0123456789abcdef") == std::string::npos;
}

} // namespace detail

/// Finds how to unmerge `hash_ids` out of an issue without changing anything: checks each id
/// (32 lowercase hex digits) before any request, then asks the hashes endpoint's `OPTIONS` and
/// takes `PUT` when its `Allow` names it, else `DELETE` (as older servers, and the documented
/// response's `Allow: GET, DELETE, HEAD, OPTIONS`, say).
/// @returns the method and URL, or why not (a bad id, the server's refusal, an `Allow` with
/// neither method); the token in neither
inline result<unmerge_plan> plan_unmerge(session& s, issue_location const& where,
                                         std::vector<std::string> const& hash_ids)
{
    if (hash_ids.empty())
        return error{where.base_url, "no hash to unmerge"};
    for (auto const& id : hash_ids)
        if (!detail::hash_id(id))
            return error{id, "not a hash id: expected 32 lowercase hex digits"};
    auto endpoint = detail::checked_url(where.base_url, list_hashes(where, {}).url);
    if (!endpoint)
        return endpoint.error();
    auto options = s.send(boost::beast::http::verb::options, *endpoint);
    if (!options)
        return options.error();
    auto const header = (*options)[boost::beast::http::field::allow];
    unmerge_plan plan;
    plan.allow = std::string(header.data(), header.size());
    auto const allowed = parse_allow(plan.allow);
    plan.method = allowed.count("PUT") ? "PUT" : allowed.count("DELETE") ? "DELETE" : "";
    if (plan.method.empty())
        return error{std::string(endpoint->buffer()),
                     header.empty() ? "the server's answer to OPTIONS has no Allow header: no way to unmerge is known"
                                    : "the server allows neither PUT nor DELETE here (Allow: " + plan.allow + ")"};
    auto url = detail::checked_url(where.base_url, sentry_api::unmerge_hashes(where, hash_ids).url);
    if (!url)
        return url.error();
    plan.url = std::string(url->buffer());
    return plan;
}

/// Sends a planned unmerge.
/// @returns the status the server answered (202: started), or an error naming the URL, the
/// status and Sentry's detail (409 `Already being unmerged`, 401, 403, 404)
inline result<unmerged> send_unmerge(session& s, unmerge_plan const& plan)
{
    auto url = boost::urls::parse_uri(plan.url);
    if (!url)
        return error{plan.url, "not a URL"};
    auto res = s.send(plan.method == "PUT" ? boost::beast::http::verb::put : boost::beast::http::verb::delete_, *url);
    if (!res)
        return res.error();
    return unmerged{plan, res->result_int()};
}

/// Unmerges `hash_ids` out of an issue into one new issue: `plan_unmerge`, then `send_unmerge`.
/// @code
/// auto r = sentry_api::client::unmerge_hashes(session, {"https://sentry.io", "acme", "42"},
///                                             {"c4a4d06bc314205bb3b6bdb612dde7f1"});
/// if (r && r->status == 202) std::cout << "started\n";
/// @endcode
inline result<unmerged> unmerge_hashes(session& s, issue_location const& where, std::vector<std::string> const& hash_ids)
{
    auto plan = plan_unmerge(s, where, hash_ids);
    if (!plan)
        return plan.error();
    return send_unmerge(s, *plan);
}

} // namespace sentry_api::client

#endif
