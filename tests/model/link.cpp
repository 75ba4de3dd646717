// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/model/link.hpp>

#define BOOST_TEST_MODULE model_link
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>

#include "../support/corpus.hpp"

#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace bdata = boost::unit_test::data;

namespace {

// The Link header of the documented response, read from the documented headers.
std::string documented_link()
{
    std::string header = test_support::link_header_of("issue-hashes-response.headers");
    BOOST_TEST_REQUIRE(!header.empty(), "no Link header in the documented headers");
    return header;
}

struct bad_header {
    char const* text;
    std::size_t column;
    char const* message_part;
};
std::ostream& operator<<(std::ostream& os, bad_header const& b) { return os << b.text; }

std::vector<bad_header> const bad_headers = {
    {"", 1, "expected '<'"},
    {"   ", 4, "expected '<'"},
    {"https://x/>; rel=next", 1, "expected '<'"},
    {"<https://x/; rel=next", 1, "'>'"},
    {"<a>; rel=\"next", 15, "unterminated"},
    {"<a> rel=next", 5, "expected ';'"},
    {"<a>; =next", 6, "parameter name"},
    {"<a>; rel=", 10, "token or a quoted string"},
    {"<a>; rel=next,", 15, "expected '<'"},
    {"<a>; rel=next <b>", 15, "expected ';'"},
    {"<a>; results=maybe", 6, "results must be"},
    {"<a>; rel=a; REL=b", 13, "duplicate parameter 'rel'"},
    {"<a>; cursor=\"1:0:0\"; cursor=\"2:0:0\"", 22, "duplicate parameter 'cursor'"},
    {"<a>; x=1; X=2", 11, "duplicate parameter 'x'"},
};

} // namespace

BOOST_AUTO_TEST_CASE(the_documented_header)
{
    std::string header = documented_link();
    auto links = sentry_api::parse_link_header(header);
    BOOST_TEST_REQUIRE(links.has_value());
    BOOST_TEST_REQUIRE(links->size() == 2u);
    auto const& prev = (*links)[0];
    auto const& next = (*links)[1];
    BOOST_TEST(prev.url == "https://sentry.io/api/0/issues/1/hashes/?&cursor=1:0:1");
    BOOST_TEST(prev.rel == "previous");
    BOOST_TEST((prev.results == std::optional<bool>(false)));
    BOOST_TEST(*prev.cursor == "1:0:1");
    BOOST_TEST(next.rel == "next");
    BOOST_TEST(*next.cursor == "1:100:0");
    BOOST_TEST(next.params.empty());
    BOOST_TEST(sentry_api::format_link_header(*links) == header);
}

BOOST_AUTO_TEST_CASE(commas_quotes_case_and_white_space)
{
    auto links = sentry_api::parse_link_header(
        "<https://x/?a=1,2>;REL = \"next\" ;  Results=TRUE_NOT ; title=\"a, \\\"b\\\"\"; hreflang=en;x,"
        "\t<https://y/>; rel=previous; results=\"true\"; anchor");
    BOOST_TEST_REQUIRE(!links.has_value()); // results must be exactly true or false
    links = sentry_api::parse_link_header(
        "<https://x/?a=1,2>;REL = \"next\" ; title=\"a, \\\"b\\\"\"; hreflang=en,"
        "\t<https://y/>; rel=previous; results=\"true\"; anchor");
    BOOST_TEST_REQUIRE(links.has_value());
    BOOST_TEST_REQUIRE(links->size() == 2u);
    BOOST_TEST((*links)[0].url == "https://x/?a=1,2");
    BOOST_TEST((*links)[0].rel == "next");
    BOOST_TEST(!(*links)[0].results.has_value());
    BOOST_TEST((*links)[0].params.at("title") == "a, \"b\"");
    BOOST_TEST((*links)[0].params.at("hreflang") == "en");
    BOOST_TEST(((*links)[1].results == std::optional<bool>(true)));
    BOOST_TEST((*links)[1].params.at("anchor").is_null());
    // Written back in Sentry's form, the parameters keep their values and order.
    BOOST_TEST(sentry_api::format_link_header(*links) ==
               "<https://x/?a=1,2>; rel=\"next\"; title=\"a, \\\"b\\\"\"; hreflang=\"en\", "
               "<https://y/>; rel=\"previous\"; results=\"true\"; anchor");
}

BOOST_AUTO_TEST_CASE(links_encode_as_json)
{
    auto links = sentry_api::parse_link_header("<a>; rel=next; results=false; cursor=\"0:100:0\"; x=y");
    BOOST_TEST_REQUIRE(links.has_value());
    BOOST_TEST(sentry_api::encode(*links, sentry_api::style::python) ==
               R"([{"url": "a", "rel": "next", "results": false, "cursor": "0:100:0", "params": {"x": "y"}}])");
}

BOOST_DATA_TEST_CASE(malformed_headers, bdata::make(bad_headers), b)
{
    auto r = sentry_api::parse_link_header(b.text);
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(r.error().column == b.column);
    BOOST_TEST(r.error().offset == b.column - 1);
    BOOST_TEST(r.error().where() == "1:" + std::to_string(b.column));
    BOOST_TEST(r.error().message.find(b.message_part) != std::string::npos, r.error().message);
}
