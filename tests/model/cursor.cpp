// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/model/cursor.hpp>

#define BOOST_TEST_MODULE model_cursor
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace bdata = boost::unit_test::data;

namespace {

struct good_cursor {
    char const* text;
    char const* json; // how `sentry-api cursor` prints it
};
std::ostream& operator<<(std::ostream& os, good_cursor const& c) { return os << c.text; }

std::vector<good_cursor> const good = {
    {"1:0:1", R"({"value": 1, "offset": 0, "is_prev": true})"},
    {"1:100:0", R"({"value": 1, "offset": 100, "is_prev": false})"},
    {"0:0:0", R"({"value": 0, "offset": 0, "is_prev": false})"},
    {"-5:3:0", R"({"value": -5, "offset": 3, "is_prev": false})"},
    {"1527010685000:0:0", R"({"value": 1527010685000, "offset": 0, "is_prev": false})"},
    {"1.5:0:1", R"({"value": 1.5, "offset": 0, "is_prev": true})"},
    {"1527010685.25:10:0", R"({"value": 1527010685.25, "offset": 10, "is_prev": false})"},
    {"abc:2:0", R"({"value": "abc", "offset": 2, "is_prev": false})"},
    {"a:b:c:3:1", R"({"value": "a:b:c", "offset": 3, "is_prev": true})"},
    {"2018-05-22T17:38:05:0:0", R"({"value": "2018-05-22T17:38:05", "offset": 0, "is_prev": false})"},
    {"1.2.3:0:0", R"({"value": "1.2.3", "offset": 0, "is_prev": false})"},
};

struct bad_cursor {
    char const* text;
    std::size_t column;
};
std::ostream& operator<<(std::ostream& os, bad_cursor const& c) { return os << c.text; }

std::vector<bad_cursor> const bad = {
    {"", 1},          {"1", 2},           {"1:0", 4},        {":0:0", 1},     {"1:0:2", 5},
    {"1:0:", 5},      {"1:0:01", 5},      {"1:-1:0", 3},     {"1::0", 3},     {"1:x:0", 3},
    {"1:1.5:0", 3},   {"1:99999999999999999999:0", 3},       {"99999999999999999999:0:0", 1},
};

} // namespace

BOOST_DATA_TEST_CASE(cursor_forms, bdata::make(good), c)
{
    auto r = sentry_api::parse_cursor(c.text);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(sentry_api::encode(*r, sentry_api::style::python) == c.json);
    BOOST_TEST(sentry_api::format_cursor(*r) == c.text);
}

BOOST_DATA_TEST_CASE(malformed_cursors, bdata::make(bad), c)
{
    auto r = sentry_api::parse_cursor(c.text);
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(r.error().column == c.column);
    BOOST_TEST(!r.error().message.empty());
}

BOOST_AUTO_TEST_CASE(a_float_value_is_written_as_python_writes_it)
{
    sentry_api::cursor c;
    c.value = 1e16;
    c.offset = 5;
    BOOST_TEST(sentry_api::format_cursor(c) == "1e+16:5:0");
    c.value = std::string("x:y");
    c.is_prev = true;
    BOOST_TEST(sentry_api::format_cursor(c) == "x:y:5:1");
}
