// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/codec/json_text.hpp>

#define BOOST_TEST_MODULE codec_json_text
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sentry_api/codec.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace {

using sentry_api::json_array_text;
using sentry_api::json_object_text;
using sentry_api::json_text;
using sentry_api::codec::error_kind;

// A type of our own that keeps parts of a document as text.
struct reading {
    std::string sensor;
    sentry_api::presence<json_object_text> extra;
    sentry_api::optional_key<json_text> raw;
    sentry_api::presence<std::variant<json_array_text, json_object_text>> shape;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(reading, (), (sensor, extra, raw, shape, unknown))

std::string canonical(std::string_view text)
{
    auto r = sentry_api::decode<json_text>(text);
    BOOST_TEST_REQUIRE(r.has_value(), (r ? "" : r.error().to_string()));
    return r->text();
}

struct canonical_case {
    char const* in;
    char const* out;
};
std::ostream& operator<<(std::ostream& os, canonical_case const& c) { return os << c.in; }

canonical_case const canonical_cases[] = {
    {R"({ "a" : 1 , "b" : [ ] })", R"({"a":1,"b":[]})"},
    {"-0", "0"},
    {"-0.0", "-0.0"},
    {"1E5", "100000.0"},
    {"1e-7", "1e-07"},
    {"1.0E+2", "100.0"},
    {"1e16", "1e+16"},
    {"0.30000000000000004", "0.30000000000000004"},
    {"18446744073709551615", "18446744073709551615"},
    {"-9223372036854775808", "-9223372036854775808"},
    {R"("\/\u00e9\u00E9\ud83d\ude00")", "\"/\xC3\xA9\xC3\xA9\xF0\x9F\x98\x80\""},
    {R"("\u001F\u001f\u000a\u0008\u0022\u005c")", R"("\u001f\u001f\n\b\"\\")"},
    {"\"\x7f\"", "\"\x7f\""},
    {"  \n[\t1 ,\r2 ]  ", "[1,2]"},
    {R"({"a":{"b":[1,{"c":null}]}})", R"({"a":{"b":[1,{"c":null}]}})"},
};

// Whether `T{"x", 1}` / `T{1, 2}` compile, and `p = {"x", 1}` on a presence of `T`.
template<class T, class = void> struct takes_x_1 : std::false_type {};
template<class T> struct takes_x_1<T, std::void_t<decltype(T{"x", 1})>> : std::true_type {};
template<class T, class = void> struct takes_1_2 : std::false_type {};
template<class T> struct takes_1_2<T, std::void_t<decltype(T{1, 2})>> : std::true_type {};
template<class T, class = void> struct member_takes_x_1 : std::false_type {};
template<class T>
struct member_takes_x_1<T, std::void_t<decltype(std::declval<sentry_api::presence<T>&>() = {"x", 1})>>
    : std::true_type {};

// A list that is not an object's key-value pairs does not make an object: it fails to compile,
// where it used to throw at run time.
static_assert(!takes_x_1<json_object_text>::value);
static_assert(!takes_1_2<json_object_text>::value);
static_assert(!member_takes_x_1<json_object_text>::value);
static_assert(takes_x_1<json_text>::value && takes_x_1<json_array_text>::value);
static_assert(member_takes_x_1<json_array_text>::value);
// Nor is a presence of held JSON built from an inner list, which would be read as `T{"k", 1}`
// (an array) where assigning `{{"k", 1}}` makes the object.
template<class T, class = void> struct presence_takes_k_1 : std::false_type {};
template<class T>
struct presence_takes_k_1<T, std::void_t<decltype(sentry_api::presence<T>{{"k", 1}})>> : std::true_type {};
static_assert(!presence_takes_k_1<json_text>::value && !presence_takes_k_1<json_object_text>::value);
static_assert(presence_takes_k_1<std::vector<boost::json::value>>::value); // other values as std::optional

} // namespace

BOOST_DATA_TEST_CASE(decoding_canonicalizes, boost::unit_test::data::make(canonical_cases), c)
{
    BOOST_TEST(canonical(c.in) == c.out);
    // Canonical text is a fixed point.
    BOOST_TEST(canonical(c.out) == c.out);
}

BOOST_AUTO_TEST_CASE(encoding_writes_every_style_from_the_text)
{
    auto v = sentry_api::decode<json_text>(R"({"a": [1, {}], "b": "\u00e9\u007f", "c": {"d": []}})").value();
    BOOST_TEST(sentry_api::encode(v) == "{\"a\":[1,{}],\"b\":\"\xC3\xA9\x7f\",\"c\":{\"d\":[]}}");
    BOOST_TEST(sentry_api::encode(v, sentry_api::style::python) == "{\"a\": [1, {}], \"b\": \"\xC3\xA9\x7f\", \"c\": {\"d\": []}}");
    BOOST_TEST(sentry_api::encode(v, sentry_api::style::pretty) ==
               "{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": \"\xC3\xA9\x7f\",\n  \"c\": {\n    \"d\": []\n  }\n}");
    sentry_api::encode_options o;
    o.ensure_ascii = true;
    BOOST_TEST(sentry_api::encode(v, o) == R"({"a":[1,{}],"b":"\u00e9\u007f","c":{"d":[]}})");
    auto astral = sentry_api::decode<json_text>("\"\xF0\x9F\x98\x80\"").value();
    BOOST_TEST(sentry_api::encode(astral, o) == R"("\ud83d\ude00")");
}

BOOST_AUTO_TEST_CASE(a_held_member_is_written_at_its_depth)
{
    auto r = sentry_api::decode<reading>(R"({"sensor": "t", "extra": {"k": [1]}})").value();
    BOOST_TEST(sentry_api::encode(r, sentry_api::style::pretty) ==
               "{\n  \"sensor\": \"t\",\n  \"extra\": {\n    \"k\": [\n      1\n    ]\n  }\n}");
}

BOOST_AUTO_TEST_CASE(reading_and_building)
{
    json_text v;
    BOOST_TEST(v.text() == "null");
    BOOST_TEST(json_object_text().text() == "{}");
    BOOST_TEST(json_array_text().text() == "[]");

    json_object_text o{{"b", 1}, {"a", {1.5, nullptr, "x"}}};
    BOOST_TEST(o.text() == R"({"b":1,"a":[1.5,null,"x"]})");
    BOOST_TEST((o.kind() == boost::json::kind::object));
    BOOST_TEST(o.to_value().at("a").at(0).as_double() == 1.5);
    BOOST_TEST((o == json_object_text(boost::json::parse(R"({"b": 1, "a": [1.5, null, "x"]})").as_object())));
    BOOST_TEST((o != json_object_text{{"a", 1}}));
    BOOST_CHECK_THROW(json_text(boost::json::value(std::numeric_limits<double>::infinity())), std::invalid_argument);

    BOOST_TEST((json_text(boost::json::value(-0.0)).kind() == boost::json::kind::double_));
    BOOST_TEST((json_text(boost::json::value(std::uint64_t(-1))).kind() == boost::json::kind::uint64));
    BOOST_TEST((json_text(boost::json::value(-5)).kind() == boost::json::kind::int64));
    BOOST_TEST((json_text(boost::json::value(true)).kind() == boost::json::kind::bool_));
    BOOST_TEST((json_text(boost::json::value("s")).kind() == boost::json::kind::string));
    BOOST_TEST((json_array_text{1, 2}.kind() == boost::json::kind::array));

    // Interop: a held value converts as its DOM, and back.
    boost::json::value jv = boost::json::value_from(o);
    BOOST_TEST(jv.at("b").as_int64() == 1);
    BOOST_TEST((boost::json::value_to<json_object_text>(jv) == o));
    BOOST_CHECK_THROW(boost::json::value_to<json_object_text>(boost::json::value(1)), std::invalid_argument);

    // Members are assigned from DOM values.
    reading r;
    r.sensor = "s";
    r.extra = boost::json::object{{"k", "v"}};
    r.raw = json_text(boost::json::value(2.5));
    BOOST_TEST(sentry_api::encode(r) == R"({"sensor":"s","extra":{"k":"v"},"raw":2.5})");
}

BOOST_AUTO_TEST_CASE(initializer_lists_build_exactly_what_they_spell)
{
    // Boost.JSON's rules: a list of two-element lists, each with a string first, is an object.
    std::pair<std::string, std::string> const cases[] = {
        {json_object_text{{"x", 1}}.text(), R"({"x":1})"},
        {json_object_text{{"x", 1}, {"y", nullptr}}.text(), R"({"x":1,"y":null})"},
        {json_object_text{{"b", 1}, {"a", 2}}.text(), R"({"b":1,"a":2})"},          // keys in order
        {json_object_text{{"x", {1, 2}}}.text(), R"({"x":[1,2]})"},
        {json_object_text{{"x", {"y", 1}}}.text(), R"({"x":["y",1]})"},              // not pairs: an array
        {json_object_text{{"x", {{"y", "z"}}}}.text(), R"({"x":{"y":"z"}})"},
        {json_object_text{{"x", {{"y", {{"z", true}}}}}}.text(), R"({"x":{"y":{"z":true}}})"},
        {json_object_text{{"\xC3\xA9", "a\nb"}}.text(), "{\"\xC3\xA9\":\"a\\nb\"}"},          // UTF-8 kept
        {json_object_text{{"f", 1.5}, {"e", 1e16}, {"n", -0.0}}.text(), R"({"f":1.5,"e":1e+16,"n":-0.0})"},
        {json_object_text{}.text(), "{}"},
        {json_array_text{1, "a", nullptr}.text(), R"([1,"a",null])"},
        {json_array_text{{"x", 1}}.text(), R"([["x",1]])"},                         // the array's element
        {json_array_text{{1, 2}}.text(), "[[1,2]]"},
        {json_array_text{}.text(), "[]"},
        {json_text{{"x", 1}}.text(), R"({"x":1})"},
        {json_text{{"x", 1}, {"y", 2}}.text(), R"({"x":1,"y":2})"},
        {json_text{"x", 1}.text(), R"(["x",1])"},
        {json_text{1, 2}.text(), "[1,2]"},
        {json_text{{"x", 1}, 2}.text(), R"([["x",1],2])"},
        {json_text{true, 2.5}.text(), "[true,2.5]"},
        {json_text{}.text(), "null"},
    };
    for (auto const& [got, expected] : cases)
        BOOST_TEST(got == expected);
    BOOST_CHECK_THROW((json_object_text{{"x", std::numeric_limits<double>::quiet_NaN()}}), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(a_member_takes_the_list_it_is_assigned)
{
    // `r.extra = {{"x", 1}}` read as a presence made from json_object_text{"x", 1}, a list that
    // is an array, and threw at run time; it is the object it spells.
    reading r;
    r.sensor = "s";
    r.extra = {{"x", 1}};
    r.raw = {{"k", {1, 2}}};
    r.shape = json_array_text{{"x", 1}};
    BOOST_TEST(sentry_api::encode(r) == R"({"sensor":"s","extra":{"x":1},"raw":{"k":[1,2]},"shape":[["x",1]]})");
    r.extra = {{"self", "<Frame>"}, {"n", {1, 2.5}}};
    r.raw = {};
    r.shape = sentry_api::absent;
    BOOST_TEST(sentry_api::encode(r) == R"({"sensor":"s","extra":{"self":"<Frame>","n":[1,2.5]}})");
    r.extra = {};
    BOOST_TEST(r.extra.is_absent());
}

BOOST_AUTO_TEST_CASE(kinds_are_checked_by_decode_validate_and_schema)
{
    auto bad = sentry_api::decode<reading>(R"({"sensor": "s", "extra": [1]})");
    BOOST_TEST_REQUIRE(!bad.has_value());
    BOOST_TEST(bad.error().pointer == "/extra");
    BOOST_TEST(bad.error().to_string() == "/extra: expected object, got array");

    // `raw` holds any value, null included.
    auto report = sentry_api::validate<reading>(R"({"sensor": "s", "extra": 1, "raw": null, "shape": "x"})");
    BOOST_TEST_REQUIRE(report.violations.size() == 2u);
    BOOST_TEST(report.violations[0].pointer == "/extra");
    BOOST_TEST(report.violations[0].message == "expected object, got integer");
    BOOST_TEST(report.violations[1].pointer == "/shape");

    auto shapes = sentry_api::decode<reading>(R"({"sensor": "s", "shape": {"a": 1}})").value();
    BOOST_TEST(std::holds_alternative<json_object_text>(*shapes.shape));

    auto schema = sentry_api::json_schema<reading>();
    auto const& props = schema.at("$defs").as_object().begin()->value().at("properties");
    BOOST_TEST(props.at("raw").as_object().empty());
    BOOST_TEST(boost::json::serialize(props.at("extra")) == R"({"anyOf":[{"type":"object"},{"type":"null"}]})");
}

struct bad_case {
    char const* in;
    char const* error;
};
std::ostream& operator<<(std::ostream& os, bad_case const& c) { return os << c.in; }

bad_case const bad_cases[] = {
    {R"({"sensor": "s", "raw": {"a": 1, "a": 2}})", "/raw/a: duplicate key"},
    {R"({"sensor": "s", "raw": "\ud800"})", "1:25: a high surrogate escape without a low one after it"},
    {"{\"sensor\": \"s\", \"raw\": \"\xC3\"}", "1:25: invalid UTF-8 in a string"},
    {R"({"sensor": "s", "raw": [1,]})", "1:27: expected a JSON value"},
    {R"({"sensor": "s", "raw": NaN})", "1:24: expected a JSON value"},
    {"{\"sensor\": \"s\", \"raw\": \"a\tb\"}", "1:26: a control character must be escaped in a string"},
};

BOOST_DATA_TEST_CASE(bad_text_inside_is_an_error_with_its_place, boost::unit_test::data::make(bad_cases), c)
{
    auto r = sentry_api::decode<reading>(c.in);
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(r.error().to_string() == c.error);
    // Validation reports it too, and does not take the text as valid.
    BOOST_TEST(!sentry_api::validate<reading>(c.in).ok());
}

BOOST_AUTO_TEST_CASE(too_deep_inside_is_refused)
{
    sentry_api::decode_options o;
    o.max_depth = 8;
    auto r = sentry_api::decode<reading>(R"({"sensor": "s", "raw": [[[[[[[[[]]]]]]]]]})", o);
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST((r.error().kind == error_kind::limit));
    BOOST_TEST(sentry_api::decode<reading>(R"({"sensor": "s", "raw": [[[[[[]]]]]]})", o).has_value());
}

BOOST_AUTO_TEST_CASE(decode_into_reuses_and_a_dom_decodes_alike)
{
    reading r;
    BOOST_TEST(!sentry_api::decode_into(r, R"({"sensor": "a", "raw": {"x": [1, 2, 3]}})"));
    BOOST_TEST(!sentry_api::decode_into(r, R"({"sensor": "b", "raw": 1E5})"));
    BOOST_TEST(r.raw->text() == "100000.0");
    auto from_dom = sentry_api::decode<reading>(boost::json::parse(R"({"sensor": "b", "raw": 1E5, "z": {"y": 1}})"));
    BOOST_TEST_REQUIRE(from_dom.has_value());
    BOOST_TEST(from_dom->raw->text() == "100000.0");
    BOOST_TEST(from_dom->unknown.at("z").at("y").as_int64() == 1);
    BOOST_TEST(sentry_api::encode(*from_dom) == R"({"sensor":"b","raw":100000.0,"z":{"y":1}})");
}

// Every number the JSON grammar allows is held (nst/JSONTestSuite's i_number_* values, and
// more): an integer of any size as its digits, which is how Python writes it; a float no double
// holds as written, which Python would change (Infinity, 0.0): `floats_beyond_double` says so,
// and `reproducible` still says whether the bytes come back. The DOM of such text has the
// nearest double, as boost::json::parse gives it.
struct held_number {
    char const* in;
    char const* text;     // held, canonical
    bool reproducible;    // in the text's own style: the same bytes back
    bool beyond;          // a float no double holds: Python would write it otherwise
    boost::json::kind kind;
    char const* nearest;  // the DOM's value, as Boost.JSON parses it
};
std::ostream& operator<<(std::ostream& os, held_number const& c) { return os << c.in; }

held_number const held_numbers[] = {
    {"1267650600228229401496703205376", "1267650600228229401496703205376", true, false, boost::json::kind::double_,
     "1.2676506002282293E30"},
    {"[100000000000000000000]", "[100000000000000000000]", true, false, boost::json::kind::array, "[1E20]"},
    {"-123123123123123123123123123123", "-123123123123123123123123123123", true, false, boost::json::kind::double_,
     "-1.2312312312312312E29"},
    {"[-237462374673276894279832749832423479823246327846]", "[-237462374673276894279832749832423479823246327846]",
     true, false, boost::json::kind::array, "[-2.3746237467327687E47]"},
    {"18446744073709551616", "18446744073709551616", true, false, boost::json::kind::double_, "1.8446744073709552E19"},
    {"-9223372036854775809", "-9223372036854775809", true, false, boost::json::kind::double_, "-9.223372036854776E18"},
    {"18446744073709551615", "18446744073709551615", true, false, boost::json::kind::uint64, "18446744073709551615"},
    {"[-1e+9999]", "[-1e+9999]", true, true, boost::json::kind::array, "[-1E99999]"},
    {"[123.456e-789]", "[123.456e-789]", true, true, boost::json::kind::array, "[0E0]"},
    {"1E400", "1E400", true, true, boost::json::kind::double_, "1E99999"},
    {"[1.5E+99999, 2]", "[1.5E+99999,2]", true, true, boost::json::kind::array, "[1E99999,2]"},
    {"{\"a\": {\"b\": [-0.1e-400]}}", "{\"a\":{\"b\":[-0.1e-400]}}", true, true, boost::json::kind::object,
     "{\"a\":{\"b\":[-0E0]}}"},
    {"1e99999999999999999999", "1e99999999999999999999", true, true, boost::json::kind::double_, "1E99999"},
    {"[1E400, 1E5]", "[1E400,100000.0]", false, true, boost::json::kind::array, "[1E99999,1E5]"},
    {"0e-999", "0.0", false, false, boost::json::kind::double_, "0E0"}, // a zero: a double holds it
};

BOOST_DATA_TEST_CASE(every_number_the_grammar_allows_is_held, boost::unit_test::data::make(held_numbers), c)
{
    auto r = sentry_api::decode<json_text>(c.in);
    BOOST_TEST_REQUIRE(r.has_value(), (r ? "" : r.error().to_string()));
    BOOST_TEST(r->text() == c.text);
    BOOST_TEST(r->kind() == c.kind);
    BOOST_TEST(r->to_value() == boost::json::parse(c.nearest)); // 1E99999: Boost.JSON's infinity
    BOOST_TEST(sentry_api::detect_style(c.in).reproducible == c.reproducible);
    BOOST_TEST(sentry_api::detect_style(c.in).floats_beyond_double == c.beyond);
    // Canonical text is a fixed point, and every style writes the number as it came.
    BOOST_TEST(canonical(c.text) == c.text);
    for (auto st : {sentry_api::style::compact, sentry_api::style::python, sentry_api::style::pretty}) {
        std::string const out = sentry_api::encode(*r, st);
        auto again = sentry_api::decode<json_text>(out);
        BOOST_TEST_REQUIRE(again.has_value());
        BOOST_TEST(again->text() == c.text);
    }
    // Inside a struct of ours, held or as an unknown key: the bytes come back, and validation
    // takes it.
    for (std::string const& doc : {std::string(R"({"sensor": "s", "raw": )") + c.in + "}",
                                  std::string(R"({"sensor": "s", "other": )") + c.in + "}"}) {
        auto held = sentry_api::decode<reading>(doc);
        BOOST_TEST_REQUIRE(held.has_value(), doc << ": " << (held ? "" : held.error().to_string()));
        auto const st = sentry_api::detect_style(doc);
        BOOST_TEST(st.floats_beyond_double == c.beyond);
        // In the text's own style: the same bytes exactly when `reproducible` says so, a float
        // no double holds included.
        BOOST_TEST((sentry_api::encode(*held, st.options) == doc) == st.reproducible);
        BOOST_TEST(sentry_api::validate<reading>(doc).ok(), doc);
    }
}

// An unknown key whose value holds such a number: the DOM has the nearest double, the exact text
// is kept beside it and written back while the value is the one decoded.
BOOST_AUTO_TEST_CASE(unknown_keys_keep_the_exact_number)
{
    std::string const doc = R"({"sensor": "s", "big": 1267650600228229401496703205376, "deep": {"x": [1E400, "a"]}, "small": 1})";
    auto r = sentry_api::decode<reading>(doc);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(sentry_api::encode(*r, sentry_api::style::python) == doc);
    BOOST_TEST(r->unknown.at("big").as_double() == 1.2676506002282294e30);
    BOOST_TEST_REQUIRE(r->unknown.exact("big") != nullptr);
    BOOST_TEST(*r->unknown.exact("big") == "1267650600228229401496703205376");
    BOOST_TEST_REQUIRE(r->unknown.exact("deep") != nullptr);
    BOOST_TEST(*r->unknown.exact("deep") == R"({"x":[1E400,"a"]})");
    BOOST_TEST(r->unknown.exact("small") == nullptr); // the DOM holds it as it came
    BOOST_TEST(r->unknown.exact("none") == nullptr);

    // A copy keeps them; == compares them.
    reading copy = *r;
    BOOST_TEST(sentry_api::encode(copy) == sentry_api::encode(*r));
    BOOST_TEST((copy.unknown == r->unknown));

    // A value changed by code is written as it is now; an erased key is gone.
    copy.unknown["big"] = 5;
    BOOST_TEST(copy.unknown.exact("big") == nullptr);
    BOOST_TEST((copy.unknown != r->unknown));
    copy.unknown.erase("deep");
    BOOST_TEST(sentry_api::encode(copy) == R"({"sensor":"s","big":5,"small":1})");
    // The value set again unchanged: the exact text stays.
    reading same = *r;
    same.unknown["big"] = same.unknown.at("big");
    BOOST_TEST(sentry_api::encode(same) == sentry_api::encode(*r));

    // Read again into the same value: the last read's exact texts go.
    BOOST_TEST_REQUIRE(!sentry_api::decode_into(copy, R"({"sensor": "s", "big": 2})"));
    BOOST_TEST(copy.unknown.exact("big") == nullptr);
    BOOST_TEST(sentry_api::encode(copy) == R"({"sensor":"s","big":2})");
}

// A member of a type that cannot hold such a number: strict reading fails at its pointer with a
// `range` error; lenient reading keeps the value as it came, one violation at its pointer.
namespace {
struct typed_numbers {
    sentry_api::optional_key<std::int64_t> size;
    sentry_api::optional_key<std::uint32_t> small;
    sentry_api::optional_key<double> ratio;
    sentry_api::optional_key<boost::json::value> any;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(typed_numbers, (), (size, small, ratio, any, unknown))

struct typed_case {
    char const* in;
    char const* strict; // the strict error
};
std::ostream& operator<<(std::ostream& os, typed_case const& c) { return os << c.in; }

typed_case const typed_cases[] = {
    {R"({"size": 123456789012345678901234567890})",
     "/size: expected integer between -9223372036854775808 and 9223372036854775807, got 123456789012345678901234567890"},
    {R"({"size": -9223372036854775809})",
     "/size: expected integer between -9223372036854775808 and 9223372036854775807, got -9223372036854775809"},
    {R"({"small": 4294967296})", "/small: expected integer between 0 and 4294967295, got 4294967296"},
    {R"({"ratio": 1E400})", "/ratio: number 1E400 is out of the range of a double"},
    {R"({"ratio": -2.5e-999})", "/ratio: number -2.5e-999 is out of the range of a double"},
    {R"({"any": [1, 100000000000000000000]})", "/any/1: integer 100000000000000000000 does not fit in 64 bits"},
    {R"({"any": {"a": -1e+9999}})", "/any/a: number -1e+9999 is out of the range of a double"},
};
} // namespace

BOOST_DATA_TEST_CASE(typed_members_refuse_strictly_and_keep_leniently, boost::unit_test::data::make(typed_cases), c)
{
    auto strict = sentry_api::decode<typed_numbers>(c.in);
    BOOST_TEST_REQUIRE(!strict.has_value());
    BOOST_TEST(strict.error().to_string() == c.strict);
    BOOST_TEST(strict.error().kind == error_kind::range);

    sentry_api::decode_options lenient;
    lenient.lenient = true;
    typed_numbers v;
    auto report = sentry_api::decode_and_validate(v, c.in, lenient);
    BOOST_TEST_REQUIRE(!report.error, (report.error ? report.error->to_string() : ""));
    BOOST_TEST_REQUIRE(report.violations.size() == 1u);
    BOOST_TEST(report.violations[0].pointer == strict.error().pointer);
    BOOST_TEST(report.violations[0].rule == sentry_api::rule_kind::range);
    BOOST_TEST(sentry_api::encode(v, sentry_api::style::python) == c.in);
    BOOST_TEST(v.unknown.size() == 1u);
    // validate alone names it the same way.
    auto checked = sentry_api::validate<typed_numbers>(c.in);
    BOOST_TEST_REQUIRE(checked.violations.size() == 1u);
    BOOST_TEST(checked.violations[0].pointer == strict.error().pointer);
}
