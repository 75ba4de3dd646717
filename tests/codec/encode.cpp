// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/codec/encode.hpp>

#define BOOST_TEST_MODULE codec_encode
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sentry_api/codec.hpp>

#include <boost/describe.hpp>
#include <boost/json/parse.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <ostream>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

namespace bdata = boost::unit_test::data;

namespace {

struct float_case {
    double value;
    char const* python; // repr(value) in Python 3
};
std::ostream& operator<<(std::ostream& os, float_case const& c) { return os << c.python; }

// Python's repr: the shortest round-trip digits, fixed notation for exponents in [-4, 16).
std::vector<float_case> const float_cases = {
    {0.0, "0.0"},
    {-0.0, "-0.0"},
    {1.0, "1.0"},
    {-1.5, "-1.5"},
    {0.1, "0.1"},
    {0.37255859375, "0.37255859375"},
    {1e-05, "1e-05"},
    {0.0001, "0.0001"},
    {1e-07, "1e-07"},
    {5e-324, "5e-324"},
    {2.2250738585072014e-308, "2.2250738585072014e-308"},
    {1.7976931348623157e308, "1.7976931348623157e+308"},
    {1e16, "1e+16"},
    {1e15, "1000000000000000.0"},
    {9999999999999998.0, "9999999999999998.0"},
    {123456789.125, "123456789.125"},
    {1.5e300, "1.5e+300"},
    {0.30000000000000004, "0.30000000000000004"},
    {100.0, "100.0"},
    {12345678901234567890.0, "1.2345678901234567e+19"},
    {std::numeric_limits<double>::infinity(), "Infinity"},
    {-std::numeric_limits<double>::infinity(), "-Infinity"},
    {std::numeric_limits<double>::quiet_NaN(), "NaN"},
};

struct escape_case {
    std::string text;
    char const* utf8;  // json.dumps(text, ensure_ascii=False)
    char const* ascii; // json.dumps(text)
};
std::ostream& operator<<(std::ostream& os, escape_case const& c) { return os << c.utf8; }

std::vector<escape_case> const escape_cases = {
    {"plain", R"("plain")", R"("plain")"},
    {"q\"b\\s/", R"("q\"b\\s/")", R"("q\"b\\s/")"},
    {"\n\r\t\b\f", R"("\n\r\t\b\f")", R"("\n\r\t\b\f")"},
    {std::string("\0\x01\x1f", 3), R"("\u0000\u0001\u001f")", R"("\u0000\u0001\u001f")"},
    {"\x7f", "\"\x7f\"", R"("\u007f")"},
    {"caf\xc3\xa9", "\"caf\xc3\xa9\"", R"("caf\u00e9")"},
    {"\xe2\x82\xac", "\"\xe2\x82\xac\"", R"("\u20ac")"},
    {"\xf0\x9f\x98\x80", "\"\xf0\x9f\x98\x80\"", R"("\ud83d\ude00")"},
    // Ill-formed UTF-8 (which decoding never produces) is written as U+FFFD.
    {"a\xff", "\"a\xef\xbf\xbd\"", R"("a\ufffd")"},
};

enum class color { red, green };
BOOST_DESCRIBE_ENUM(color, red, green)

struct sample {
    int a = 1;
    std::vector<int> empty_list;
    std::map<std::string, int> empty_map;
    std::vector<std::vector<int>> nested{{1, 2}, {}};
    sentry_api::presence<int> absent;
    sentry_api::presence<int> null = nullptr;
    std::optional<int> none;
    color c = color::green;
    std::tuple<int, std::string, bool> t{1, "x", true};
    std::variant<std::int64_t, std::string> v = std::string("s");
    std::array<double, 2> xy{{0.5, 2.0}};
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(sample, (), (a, empty_list, empty_map, nested, absent, null, none, c, t, v, xy, unknown))

sample make_sample()
{
    sample s;
    s.unknown["z"] = boost::json::parse(R"({"k": [1, 2.5, null, true]})");
    return s;
}

} // namespace

BOOST_DATA_TEST_CASE(floats_as_python_repr, bdata::make(float_cases), c)
{
    BOOST_TEST(sentry_api::encode(c.value) == c.python);
}

BOOST_DATA_TEST_CASE(strings_escaped_as_python, bdata::make(escape_cases), c)
{
    BOOST_TEST(sentry_api::encode(c.text) == c.utf8);
    sentry_api::encode_options ascii;
    ascii.ensure_ascii = true;
    BOOST_TEST(sentry_api::encode(c.text, ascii) == c.ascii);
}

BOOST_AUTO_TEST_CASE(integers_at_their_extremes)
{
    BOOST_TEST(sentry_api::encode(std::numeric_limits<std::int64_t>::min()) == "-9223372036854775808");
    BOOST_TEST(sentry_api::encode(std::numeric_limits<std::uint64_t>::max()) == "18446744073709551615");
    BOOST_TEST(sentry_api::encode(std::int8_t(-5)) == "-5");
}

BOOST_AUTO_TEST_CASE(compact_style)
{
    BOOST_TEST(sentry_api::encode(make_sample()) ==
               R"({"a":1,"empty_list":[],"empty_map":{},"nested":[[1,2],[]],"null":null,"none":null,)"
               R"("c":"green","t":[1,"x",true],"v":"s","xy":[0.5,2.0],"z":{"k":[1,2.5,null,true]}})");
}

BOOST_AUTO_TEST_CASE(python_style)
{
    BOOST_TEST(sentry_api::encode(make_sample(), sentry_api::style::python) ==
               R"({"a": 1, "empty_list": [], "empty_map": {}, "nested": [[1, 2], []], "null": null, "none": null, )"
               R"("c": "green", "t": [1, "x", true], "v": "s", "xy": [0.5, 2.0], "z": {"k": [1, 2.5, null, true]}})");
}

BOOST_AUTO_TEST_CASE(pretty_style)
{
    char const* expected = R"({
  "a": 1,
  "empty_list": [],
  "empty_map": {},
  "nested": [
    [
      1,
      2
    ],
    []
  ],
  "null": null,
  "none": null,
  "c": "green",
  "t": [
    1,
    "x",
    true
  ],
  "v": "s",
  "xy": [
    0.5,
    2.0
  ],
  "z": {
    "k": [
      1,
      2.5,
      null,
      true
    ]
  }
})";
    BOOST_TEST(sentry_api::encode(make_sample(), sentry_api::style::pretty) == expected);
}

BOOST_AUTO_TEST_CASE(an_enumerator_without_a_name_is_written_as_its_number)
{
    BOOST_TEST(sentry_api::encode(static_cast<color>(7)) == "7");
}

BOOST_AUTO_TEST_CASE(an_absent_presence_inside_an_array_is_null)
{
    std::vector<sentry_api::presence<int>> v(2);
    v[1] = 3;
    BOOST_TEST(sentry_api::encode(v) == "[null,3]");
}
