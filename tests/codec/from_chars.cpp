// SPDX-License-Identifier: BSL-1.0
// fast_float's path is chosen here on every standard library, so that it is tested where
// std::from_chars exists too, against it. This file links the header-only library only: the
// separately compiled one may hold std::from_chars's path, and the two must not meet.
#define SENTRY_API_USE_FAST_FLOAT 1
#include <sentry_api/codec/detail/from_chars.hpp>

#define BOOST_TEST_MODULE codec_from_chars
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>

#include <cmath>
#include <cstring>
#include <limits>
#include <ostream>
#include <string>
#include <system_error>
#include <vector>

namespace bdata = boost::unit_test::data;
namespace detail = sentry_api::codec::detail;

namespace {

enum class outcome { value, out_of_range, invalid };

struct number_case {
    char const* text;
    outcome expected;
    double value;       // when expected is outcome::value
    std::size_t length; // characters read, when not invalid
};
std::ostream& operator<<(std::ostream& os, number_case const& c) { return os << '"' << c.text << '"'; }

constexpr double inf = std::numeric_limits<double>::infinity();

std::vector<number_case> const cases = {
    {"0", outcome::value, 0.0, 1},
    {"-0.0", outcome::value, -0.0, 4},
    {"0.5", outcome::value, 0.5, 3},
    {"-1.25e2", outcome::value, -125.0, 7},
    {"1E5", outcome::value, 100000.0, 3},
    {"0.1", outcome::value, 0.1, 3},
    {"1.7976931348623157e308", outcome::value, 1.7976931348623157e308, 22},
    {"2.2250738585072014e-308", outcome::value, 2.2250738585072014e-308, 23},
    {"5e-324", outcome::value, 5e-324, 6},                 // the smallest subnormal
    {"0e-999", outcome::value, 0.0, 6},                    // an exact zero is not an underflow
    {"0.000e999", outcome::value, 0.0, 9},
    {"1e400", outcome::out_of_range, 0, 5},
    {"-1e400", outcome::out_of_range, 0, 6},
    {"1e-400", outcome::out_of_range, 0, 6},
    {"-0.0001e-330", outcome::out_of_range, 0, 12},
    {"1.5:0:0", outcome::value, 1.5, 3},                   // stops at the first character not read
    {"2018-05-22", outcome::value, 2018.0, 4},
    {"inf", outcome::value, inf, 3},
    {"-infinity", outcome::value, -inf, 9},
    {" 1.5", outcome::invalid, 0, 0},                      // std::from_chars skips no white space
    {"\t1.5", outcome::invalid, 0, 0},
    {"+1.5", outcome::invalid, 0, 0},                      // nor takes a plus sign
    {"", outcome::invalid, 0, 0},
    {"abc", outcome::invalid, 0, 0},
    {"-", outcome::invalid, 0, 0},
};

void check(detail::from_chars_double_result r, double d, number_case const& c)
{
    switch (c.expected) {
    case outcome::value:
        BOOST_TEST((r.ec == std::errc()));
        BOOST_TEST(r.ptr == c.text + c.length);
        BOOST_TEST(d == c.value);
        BOOST_TEST(std::signbit(d) == std::signbit(c.value));
        break;
    case outcome::out_of_range:
        BOOST_TEST((r.ec == std::errc::result_out_of_range));
        BOOST_TEST(r.ptr == c.text + c.length);
        BOOST_TEST(d == 42.0); // left as it was
        break;
    case outcome::invalid:
        BOOST_TEST((r.ec == std::errc::invalid_argument));
        BOOST_TEST(r.ptr == c.text);
        BOOST_TEST(d == 42.0);
        break;
    }
}

} // namespace

BOOST_DATA_TEST_CASE(fast_float_reads_as_std_from_chars_is_specified, bdata::make(cases), c)
{
    double d = 42.0;
    auto r = detail::fast_float_from_chars_double(c.text, c.text + std::strlen(c.text), d);
    check(r, d, c);
}

#if SENTRY_API_DETAIL_HAS_STD_FROM_CHARS_DOUBLE
// The same table through the standard library's own std::from_chars, where there is one: the
// expectations above are what it does, not only what we wish fast_float did.
BOOST_DATA_TEST_CASE(std_from_chars_agrees, bdata::make(cases), c)
{
    double d = 42.0;
    auto r = detail::std_from_chars_double(c.text, c.text + std::strlen(c.text), d);
    check(r, d, c);
}
#endif

BOOST_AUTO_TEST_CASE(the_dispatcher_takes_fast_float_here)
{
    char const text[] = " 1";
    double d = 0;
    BOOST_TEST((detail::from_chars_double(text, text + 2, d).ec == std::errc::invalid_argument));
}

// Decoding and cursors through fast_float: out of range is an error, not infinity or zero.
BOOST_AUTO_TEST_CASE(decode_and_cursor_through_fast_float)
{
    auto ok = sentry_api::decode<std::vector<double>>("[0.1, 5e-324, -0.0, 1E5]");
    BOOST_TEST_REQUIRE(ok.has_value());
    BOOST_TEST(sentry_api::encode(*ok) == "[0.1,5e-324,-0.0,100000.0]");
    for (char const* bad : {"[1e400]", "[1e-400]"}) {
        auto r = sentry_api::decode<std::vector<double>>(bad);
        BOOST_TEST_REQUIRE(!r.has_value());
        BOOST_TEST(r.error().to_string().find("out of the range of a double") != std::string::npos);
    }
    auto c = sentry_api::parse_cursor("1527010685.25:10:0");
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST(std::get<double>(c->value) == 1527010685.25);
    auto spaced = sentry_api::parse_cursor(" 1.5:0:0");
    BOOST_TEST_REQUIRE(spaced.has_value());
    BOOST_TEST(std::get<std::string>(spaced->value) == " 1.5");
}
