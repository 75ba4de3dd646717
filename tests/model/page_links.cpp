// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/model/page_links.hpp>

#define BOOST_TEST_MODULE model_page_links
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>
#include <sentry_api/codec.hpp> // the definitions, for types that are not the model's (separately compiled mode)

#include "../support/corpus.hpp"

#include <cstdint>
#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace bdata = boost::unit_test::data;

namespace {

// The Link header of a headers file of tests/data.
std::string link_of(std::string const& file)
{
    std::string header = test_support::link_header_of(file);
    BOOST_TEST_REQUIRE(!header.empty(), "no Link header in " << file);
    return header;
}

sentry_api::page_link at(std::int64_t value, std::uint64_t offset, bool is_prev, bool results)
{
    return {{value, offset, is_prev}, results};
}

struct url_case {
    char const* request;
    char const* previous_url; // the previous link's URL, for the cursor 0:0:1
};
std::ostream& operator<<(std::ostream& os, url_case const& c) { return os << c.request; }

std::vector<url_case> const url_cases = {
    {"https://s.example/api/0/issues/1/hashes/", "https://s.example/api/0/issues/1/hashes/?cursor=0:0:1"},
    {"https://s.example/api/0/issues/1/hashes/?", "https://s.example/api/0/issues/1/hashes/?cursor=0:0:1"},
    {"https://s.example/api/0/issues/1/hashes/?&", "https://s.example/api/0/issues/1/hashes/?cursor=0:0:1"},
    {"https://s.example/api/0/issues/1/hashes/?&cursor=0:100:0", "https://s.example/api/0/issues/1/hashes/?cursor=0:0:1"},
    {"https://s.example/api/0/issues/1/hashes/?cursor=0:100:0", "https://s.example/api/0/issues/1/hashes/?cursor=0:0:1"},
    {"https://s.example/h/?full=false", "https://s.example/h/?full=false&cursor=0:0:1"},
    {"https://s.example/h/?cursor=9:9:0&full=false", "https://s.example/h/?full=false&cursor=0:0:1"},
    {"https://s.example/h/?full=false&cursor=9:9:0", "https://s.example/h/?full=false&cursor=0:0:1"},
    {"https://s.example/h/?a=1&cursor=9:9:0&b=2&cursor=8:8:0", "https://s.example/h/?a=1&b=2&cursor=0:0:1"},
    {"https://s.example/h/?b=2&a=1", "https://s.example/h/?b=2&a=1&cursor=0:0:1"},          // order kept
    {"https://s.example/h/?q=is%3Aunresolved+x&&a", "https://s.example/h/?q=is%3Aunresolved+x&a&cursor=0:0:1"},
    {"https://s.example/h/?cursors=1&xcursor=2&cursor", "https://s.example/h/?cursors=1&xcursor=2&cursor=0:0:1"},
    {"https://s.example/h/?cursor=", "https://s.example/h/?cursor=0:0:1"},
    {"https://s.example/h/?a=1#top", "https://s.example/h/?a=1&cursor=0:0:1"},
    {"https://s.example/h/#top?cursor=1", "https://s.example/h/?cursor=0:0:1"},
    {"/api/0/issues/1/hashes/?cursor=1:0:0", "/api/0/issues/1/hashes/?cursor=0:0:1"},
};

} // namespace

BOOST_AUTO_TEST_CASE(the_documented_link_header_byte_for_byte)
{
    // The documented page: issue 1, nothing before or after it (the 2018 form, `?&cursor=`).
    sentry_api::page_link_options documented;
    documented.documented_empty_query = true;
    std::string const h = sentry_api::page_link_header("https://sentry.io/api/0/issues/1/hashes/", at(1, 0, true, false),
                                                       at(1, 100, false, false), documented);
    BOOST_TEST(h == link_of("issue-hashes-response.headers"));
    // By default, current Sentry's form: no `&` before a lone cursor.
    std::string const current = sentry_api::page_link_header("https://sentry.io/api/0/issues/1/hashes/",
                                                             at(1, 0, true, false), at(1, 100, false, false));
    BOOST_TEST(current == "<https://sentry.io/api/0/issues/1/hashes/?cursor=1:0:1>; rel=\"previous\"; results=\"false\"; "
                          "cursor=\"1:0:1\", <https://sentry.io/api/0/issues/1/hashes/?cursor=1:100:0>; rel=\"next\"; "
                          "results=\"false\"; cursor=\"1:100:0\"");
}

BOOST_AUTO_TEST_CASE(a_walk_of_three_pages_byte_for_byte)
{
    // tests/data/pages: each page's Link from the URL it was asked at (pages/urls.txt).
    sentry_api::page_link_options documented;
    documented.documented_empty_query = true;
    BOOST_TEST(sentry_api::page_link_header("https://sentry.example/api/0/issues/7/hashes/", at(0, 0, true, false),
                                            at(0, 2, false, true), documented) == link_of("pages/page1.headers"));
    BOOST_TEST(sentry_api::page_link_header("https://sentry.example/api/0/issues/7/hashes/?&cursor=0:2:0",
                                            at(0, 0, true, true), at(0, 3, false, true),
                                            documented) == link_of("pages/page2.headers"));
    BOOST_TEST(sentry_api::page_link_header("https://sentry.example/api/0/issues/7/hashes/?&cursor=0:3:0",
                                            at(0, 2, true, true), at(0, 5, false, false),
                                            documented) == link_of("pages/page3.headers"));
}

BOOST_DATA_TEST_CASE(the_request_s_cursor_is_replaced_and_the_rest_kept, bdata::make(url_cases), c)
{
    auto links = sentry_api::page_links(c.request, at(0, 0, true, false), at(0, 100, false, true));
    BOOST_TEST_REQUIRE(links.size() == 2u);
    BOOST_TEST(links[0].url == c.previous_url);
    std::string next = c.previous_url;
    next.replace(next.size() - 5, 5, "0:100:0");
    BOOST_TEST(links[1].url == next);
    BOOST_TEST(links[0].url.find("?&") == std::string::npos);
    BOOST_TEST(links[0].url.find("&&") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(what_a_client_reads_back)
{
    sentry_api::page_link const previous{{2.5, 0, true}, true};
    sentry_api::page_link const next{{std::string("a:b&c d#e%"), 7, false}, true};
    std::string const h = sentry_api::page_link_header("https://s.example/h/?full=true", previous, next);
    auto links = sentry_api::parse_link_header(h);
    BOOST_TEST_REQUIRE(links.has_value());
    BOOST_TEST_REQUIRE(links->size() == 2u);
    BOOST_TEST((*links)[0].rel == "previous");
    BOOST_TEST((*links)[1].rel == "next");
    BOOST_TEST(((*links)[0].results == std::optional<bool>(true)));
    BOOST_TEST(((*links)[0].cursor == std::optional<std::string>("2.5:0:1")));
    // A string cursor is held as it is in `cursor`, percent-encoded in the URL.
    BOOST_TEST(((*links)[1].cursor == std::optional<std::string>("a:b&c d#e%:7:0")));
    BOOST_TEST((*links)[1].url == "https://s.example/h/?full=true&cursor=a:b%26c%20d%23e%25:7:0");
    auto c = sentry_api::parse_cursor(*(*links)[1].cursor);
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST(std::get<std::string>(c->value) == "a:b&c d#e%");
    BOOST_TEST(c->offset == 7u);
    // The client's own rule follows `next` while it has results.
    auto req = sentry_api::next_page(*links);
    BOOST_TEST_REQUIRE(req.has_value());
    BOOST_TEST(req->url == (*links)[1].url);
    auto last = sentry_api::parse_link_header(
        sentry_api::page_link_header("https://s.example/h/", at(0, 0, true, true), at(0, 9, false, false)));
    BOOST_TEST_REQUIRE(last.has_value());
    BOOST_TEST(!sentry_api::next_page(*last).has_value());
}
