// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/model/endpoints.hpp>

#define BOOST_TEST_MODULE model_endpoints
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>

#include <ostream>
#include <set>
#include <string>

namespace sentry_api {
inline std::ostream& operator<<(std::ostream& os, http_request const& r) { return os << r.method << ' ' << r.url; }
} // namespace sentry_api

BOOST_AUTO_TEST_CASE(list_hashes_on_both_paths)
{
    sentry_api::issue_location legacy{"https://sentry.io", "", "1"};
    BOOST_TEST(sentry_api::list_hashes(legacy) ==
               (sentry_api::http_request{"GET", "https://sentry.io/api/0/issues/1/hashes/"}));
    sentry_api::issue_location org{"https://sentry.io/", "acme", "42"};
    sentry_api::list_hashes_options o;
    o.full = false;
    o.cursor = "1:100:0";
    BOOST_TEST(sentry_api::list_hashes(org, o).url ==
               "https://sentry.io/api/0/organizations/acme/issues/42/hashes/?full=false&cursor=1%3A100%3A0");
}

BOOST_AUTO_TEST_CASE(every_part_is_percent_encoded)
{
    sentry_api::issue_location odd{"https://self.hosted", "a b/c?d", "x#y%z"};
    sentry_api::list_hashes_options o;
    o.cursor = "v&w=\xc3\xa9:0:1";
    BOOST_TEST(sentry_api::list_hashes(odd, o).url ==
               "https://self.hosted/api/0/organizations/a%20b%2Fc%3Fd/issues/x%23y%25z/hashes/"
               "?cursor=v%26w%3D%C3%A9%3A0%3A1");
}

BOOST_AUTO_TEST_CASE(list_events_on_both_paths)
{
    BOOST_TEST(sentry_api::list_events({"https://sentry.io", "", "1"}) ==
               (sentry_api::http_request{"GET", "https://sentry.io/api/0/issues/1/events/"}));
    sentry_api::list_events_options o;
    o.full = true;
    o.cursor = "0:100:0";
    BOOST_TEST(sentry_api::list_events({"https://sentry.io/", "acme", "42"}, o).url ==
               "https://sentry.io/api/0/organizations/acme/issues/42/events/?full=true&cursor=0%3A100%3A0");
    o.full.reset();
    o.cursor = "1:0:1";
    BOOST_TEST(sentry_api::list_events({"https://s.example//", "a/b", "4 2"}, o).url ==
               "https://s.example/api/0/organizations/a%2Fb/issues/4%202/events/?cursor=1%3A0%3A1");
}

BOOST_AUTO_TEST_CASE(retrieve_event_by_id_or_name)
{
    BOOST_TEST(sentry_api::retrieve_event({"https://sentry.io", "acme", "42"}, "latest") ==
               (sentry_api::http_request{"GET", "https://sentry.io/api/0/organizations/acme/issues/42/events/latest/"}));
    BOOST_TEST(sentry_api::retrieve_event({"https://sentry.io", "", "42"}, "02b454c50b654edbba8b3b9a98ba1058").url ==
               "https://sentry.io/api/0/issues/42/events/02b454c50b654edbba8b3b9a98ba1058/");
    BOOST_TEST(sentry_api::retrieve_event({"https://sentry.io", "", "42"}, "../x?y").url ==
               "https://sentry.io/api/0/issues/42/events/..%2Fx%3Fy/");
}

BOOST_AUTO_TEST_CASE(unmerge_by_path)
{
    std::vector<std::string> ids{"c4a4d06bc314205bb3b6bdb612dde7f1", "02b454c50b654edbba8b3b9a98ba1058"};
    auto legacy = sentry_api::unmerge_hashes({"https://sentry.io", "", "1"}, ids);
    BOOST_TEST(legacy.method == "DELETE");
    BOOST_TEST(legacy.url == "https://sentry.io/api/0/issues/1/hashes/"
                             "?id=c4a4d06bc314205bb3b6bdb612dde7f1&id=02b454c50b654edbba8b3b9a98ba1058");
    auto org = sentry_api::unmerge_hashes({"https://sentry.io", "acme", "1"}, {ids[0]});
    BOOST_TEST(org.method == "PUT");
    BOOST_TEST(org.url == "https://sentry.io/api/0/organizations/acme/issues/1/hashes/?id=c4a4d06bc314205bb3b6bdb612dde7f1");
}

BOOST_AUTO_TEST_CASE(the_next_page_follows_the_link_header)
{
    auto documented = sentry_api::parse_link_header(
        "<https://sentry.io/api/0/issues/1/hashes/?&cursor=1:0:1>; rel=\"previous\"; results=\"false\"; "
        "cursor=\"1:0:1\", <https://sentry.io/api/0/issues/1/hashes/?&cursor=1:100:0>; rel=\"next\"; "
        "results=\"false\"; cursor=\"1:100:0\"");
    BOOST_TEST_REQUIRE(documented.has_value());
    BOOST_TEST(!sentry_api::next_page(*documented).has_value()); // results="false": nothing more

    auto more = sentry_api::parse_link_header(
        "<https://x/?cursor=0:0:1>; rel=\"previous\"; results=\"false\", "
        "<https://x/?cursor=0:100:0>; rel=\"next\"; results=\"true\"; cursor=\"0:100:0\"");
    BOOST_TEST_REQUIRE(more.has_value());
    auto next = sentry_api::next_page(*more);
    BOOST_TEST_REQUIRE(next.has_value());
    BOOST_TEST(*next == (sentry_api::http_request{"GET", "https://x/?cursor=0:100:0"}));

    BOOST_TEST(!sentry_api::next_page({}).has_value());
}

BOOST_AUTO_TEST_CASE(the_allow_header)
{
    BOOST_TEST((sentry_api::parse_allow("GET, DELETE, HEAD, OPTIONS") ==
                std::set<std::string>{"DELETE", "GET", "HEAD", "OPTIONS"}));
    BOOST_TEST((sentry_api::parse_allow(" get,put ,, ") == std::set<std::string>{"GET", "PUT"}));
    BOOST_TEST(sentry_api::parse_allow("").empty());
}
