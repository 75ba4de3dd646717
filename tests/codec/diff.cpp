// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/codec/diff.hpp>

#define BOOST_TEST_MODULE codec_diff
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>
#include <sentry_api/codec.hpp>

#include "../support/corpus.hpp"

#include <boost/json/parse.hpp>

#include <filesystem>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

// diff: each kind of difference at its JSON Pointer, in document order; what is no difference
// (layout, number spellings); held JSON and unknown keys compared inside; a user's own struct;
// the read errors of diff_text; and every test payload against itself in every style.

namespace bdata = boost::unit_test::data;
namespace fs = std::filesystem;
using sentry_api::diff_text;
using sentry_api::json_text;

namespace {

// The differences of two JSON texts, read as any JSON (json_text), as the tool's lines.
std::string lines_of(std::string const& a, std::string const& b, sentry_api::diff_options const& o = {})
{
    auto d = diff_text<json_text>(a, b, o);
    if (!d)
        return "error " + d.error_text();
    std::string s;
    for (auto const& x : *d)
        s += x.to_string() + '\n';
    return s;
}

struct diff_case {
    char const* name;
    char const* a;
    char const* b;
    char const* lines; // the expected differences, one a line ("" when none)
};

std::ostream& operator<<(std::ostream& os, diff_case const& c) { return os << c.name; }

diff_case const cases[] = {
    {"the same", R"({"a":1})", R"({"a":1})", ""},
    {"layout, escapes and a final newline", "{\"a\": [1, 2], \"s\": \"\\u00e9\\/\"}\n", "{\n    \"a\": [\n        1,\n        2\n    ],\n    \"s\": \"\xc3\xa9/\"\n}", ""},
    {"float spellings", R"([1.0, 1e2, -0.5, 2.50E1, 1E-7])", R"([1.00, 100.0, -5e-1, 25.0, 1e-07])", ""},
    {"integer spellings", R"([0, 7, -9223372036854775808, 18446744073709551615])", R"([-0, 7, -9223372036854775808, 18446744073709551615])", ""},
    {"an integer is not a float", R"({"n":1})", R"({"n":1.0})", "/n\tchanged\t1 -> 1.0\n"},
    {"added", R"({"a":1})", R"({"a":1,"b":{"c":[true]}})", "/b\tadded\t{\"c\":[true]}\n"},
    {"removed", R"({"a":1,"b":null})", R"({"a":1})", "/b\tremoved\tnull\n"},
    {"added among the keys, in B's place", R"({"a":1,"c":3})", R"({"a":1,"b":2,"c":3})", "/b\tadded\t2\n"},
    {"null against a value", R"({"a":null,"b":"x"})", R"({"a":"x","b":null})", "/a\tchanged\tnull -> \"x\"\n/b\tchanged\t\"x\" -> null\n"},
    {"kinds", R"({"a":{},"b":[],"c":"1"})", R"({"a":[],"b":{},"c":1})", "/a\tchanged\t{} -> []\n/b\tchanged\t[] -> {}\n/c\tchanged\t\"1\" -> 1\n"},
    {"the root", R"(1)", R"("1")", "/\tchanged\t1 -> \"1\"\n"},
    {"deep", R"({"a":{"b":[{"c":1},{"d":[1,2]}]}})", R"({"a":{"b":[{"c":1},{"d":[1,3]}]}})", "/a/b/1/d/1\tchanged\t2 -> 3\n"},
    {"array items at their index", R"([1,2,3,4])", R"([1,5])", "/1\tchanged\t2 -> 5\n/2\tremoved\t3\n/3\tremoved\t4\n"},
    {"array items added", R"([])", R"([1,[2]])", "/0\tadded\t1\n/1\tadded\t[2]\n"},
    {"order", R"({"a":1,"b":2,"c":3})", R"({"b":2,"a":1,"c":3})", "/\torder\t[\"a\",\"b\",\"c\"] -> [\"b\",\"a\",\"c\"]\n"},
    {"order once, then the members", R"({"x":{"a":1,"b":2,"c":3}})", R"({"x":{"c":4,"b":2,"a":1}})",
     "/x\torder\t[\"a\",\"b\",\"c\"] -> [\"c\",\"b\",\"a\"]\n/x/c\tchanged\t3 -> 4\n"},
    {"a key added or removed is no change of order", R"({"a":1,"b":2})", R"({"z":0,"a":1,"b":2})", "/z\tadded\t0\n"},
    {"keys escaped in the pointer", R"({"a/b":1,"m~n":2,"":3})", R"({"a/b":0,"m~n":0,"":0})",
     "/a~1b\tchanged\t1 -> 0\n/m~0n\tchanged\t2 -> 0\n/\tchanged\t3 -> 0\n"},
    {"keys unescaped in the pointer", R"({"\u00e9\n\"":1,"\ud83d\ude00":1})", "{\"\xc3\xa9\\n\\\"\":2,\"\xf0\x9f\x98\x80\":2}",
     "/\xc3\xa9\n\"\tchanged\t1 -> 2\n/\xf0\x9f\x98\x80\tchanged\t1 -> 2\n"},
    {"strings", R"(["a\u0001b", "\t"])", R"(["a\u0001c", "\t"])", "/0\tchanged\t\"a\\u0001b\" -> \"a\\u0001c\"\n"},
    {"values cut to 80 bytes on a UTF-8 boundary", "[\"" "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
     "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
     "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\"]", "[\"x\"]",
     "/0\tchanged\t\"" "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
     "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
     "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9..." " -> \"x\"\n"},
    {"a value of exactly 80 bytes is not cut", "[\"" "012345678901234567890123456789012345678901234567890123456789012345678901234567" "\"]", "[]",
     "/0\tremoved\t\"012345678901234567890123456789012345678901234567890123456789012345678901234567\"\n"},
    {"not JSON: A", "[1,", "[1]", "error A: 1:4: "},
    {"not JSON: B", "[1]", "[1]]", "error B: 1:4: "},
    {"duplicate key", "{\"a\":1}", "{\"a\":1,\"a\":2}", "error B: /a: "},
};

} // namespace

BOOST_DATA_TEST_CASE(hand_built_cases, bdata::make(cases), c)
{
    std::string const got = lines_of(c.a, c.b);
    if (std::string(c.lines).rfind("error ", 0) == 0) // the message is decode's own: its place and side are ours
        BOOST_TEST(got.substr(0, std::string(c.lines).size()) == c.lines);
    else
        BOOST_TEST(got == c.lines);
}

// Numbers are compared as encode writes them, digit for digit: an integer of any size (as held
// JSON keeps what a reader hands it) compares by its digits.
BOOST_AUTO_TEST_CASE(integers_beyond_64_bits)
{
    auto const d = sentry_api::codec::detail::diff_compact("[123456789012345678901234567890,1]",
                                                           "[123456789012345678901234567891,1]", {});
    BOOST_TEST_REQUIRE(d.size() == 1u, d);
    BOOST_TEST(d[0].to_string() == "/0\tchanged\t123456789012345678901234567890 -> 123456789012345678901234567891");
    BOOST_TEST(sentry_api::codec::detail::diff_compact("[123456789012345678901234567890]", "[123456789012345678901234567890]", {}).empty());
}

BOOST_AUTO_TEST_CASE(ignore_order)
{
    sentry_api::diff_options o;
    o.ignore_order = true;
    BOOST_TEST(lines_of(R"({"a":1,"b":2})", R"({"b":2,"a":1})", o) == "");
    BOOST_TEST(lines_of(R"({"a":1,"b":2})", R"({"b":3,"a":1})", o) == "/b\tchanged\t2 -> 3\n");
    BOOST_TEST(lines_of(R"({"a":1,"b":2})", R"({"b":2,"a":1})") == "/\torder\t[\"a\",\"b\"] -> [\"b\",\"a\"]\n");
}

// A user's own structs: absent, null and value; unknown keys as the object's keys; held JSON inside.
namespace user {

struct point {
    int x = 0;
    sentry_api::presence<double> y;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(point, (), (x, y, unknown))

struct shape {
    sentry_api::presence<std::string> name;
    std::vector<point> points;
    sentry_api::presence<sentry_api::json_text> extra;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(shape, (), (name, points, extra, unknown))

} // namespace user

BOOST_AUTO_TEST_CASE(user_struct_built_in_code)
{
    user::shape a;
    a.name = "tri";
    a.points = {{1, {}, {}}, {2, 2.5, {}}};
    a.extra = sentry_api::json_text{{"k", {1, 2}}, {"same", true}};
    user::shape b = a;
    BOOST_TEST(sentry_api::diff(a, b).empty());
    b.points[0].y = 0.5;                 // absent -> value
    b.points[1].y = nullptr;             // value -> null
    b.points.push_back({3, {}, {}});     // an item more
    b.extra = sentry_api::json_text{{"k", {1, 3}}, {"same", true}};
    auto const d = sentry_api::diff(a, b);
    std::vector<sentry_api::difference> const expected = {
        {"/points/0/y", sentry_api::difference_kind::added, "", "0.5"},
        {"/points/1/y", sentry_api::difference_kind::changed, "2.5", "null"},
        {"/points/2", sentry_api::difference_kind::added, "", "{\"x\":3}"},
        {"/extra/k/1", sentry_api::difference_kind::changed, "2", "3"},
    };
    BOOST_TEST(d.items() == expected, d);
    BOOST_TEST(sentry_api::diff(b, a).size() == 4u);
    BOOST_TEST(sentry_api::diff(b, a)[0].kind == sentry_api::difference_kind::removed);
}

BOOST_AUTO_TEST_CASE(user_struct_decoded)
{
    // Unknown keys compared as keys of their object, in their place; a value of the wrong kind,
    // kept by the lenient read, compared as it came; keys in another order.
    std::string const a = R"({"name": "sq", "points": [{"x": 1, "color": "red", "y": 1.0}], "extra": {"v": [1, {"w": null}]}, "z": 0})";
    std::string const b = R"({"points": [{"x": 1, "color": "blue", "y": 1.00}], "name": "sq", "extra": {"v": [1, {"w": 0}]}, "z": "0"})";
    auto d = diff_text<user::shape>(a, b);
    BOOST_TEST_REQUIRE(d.has_value(), d.error_text());
    std::vector<std::string> lines;
    for (auto const& x : *d)
        lines.push_back(x.to_string());
    std::vector<std::string> const expected = {
        "/\torder\t[\"name\",\"points\",\"extra\",\"z\"] -> [\"points\",\"name\",\"extra\",\"z\"]",
        "/points/0/color\tchanged\t\"red\" -> \"blue\"",
        "/extra/v/1/w\tchanged\tnull -> 0",
        "/z\tchanged\t0 -> \"0\"",
    };
    BOOST_TEST(lines == expected, *d);
    // A wrong kind for a typed member is kept, not an error, and compared as it came.
    auto kept = diff_text<user::shape>(R"({"name": "sq", "points": []})", R"({"name": 5, "points": []})");
    BOOST_TEST_REQUIRE(kept.has_value(), kept.error_text());
    BOOST_TEST(kept->to_string() == "1 difference:\n/name\tchanged\t\"sq\" -> 5");
}

BOOST_AUTO_TEST_CASE(read_errors_name_the_side_and_place)
{
    auto wrong_type = diff_text<sentry_api::group_hashes>("[]", R"({"id": "x"})");
    BOOST_TEST_REQUIRE(!wrong_type.has_value());
    BOOST_TEST(wrong_type.side() == 'B');
    BOOST_TEST(wrong_type.error_text() == "B: /: expected array, got object");
    auto syntax = diff_text<sentry_api::event>("{\"id\": \n tru}", "{}");
    BOOST_TEST_REQUIRE(!syntax.has_value());
    BOOST_TEST(syntax.side() == 'A');
    BOOST_TEST(syntax.error().kind == sentry_api::codec::error_kind::syntax);
    BOOST_TEST(syntax.error_text().rfind("A: 2:2: ", 0) == 0, syntax.error_text());
    auto dup = diff_text<sentry_api::group_hashes>(R"([{"id": "a", "id": "b"}])", "[]");
    BOOST_TEST_REQUIRE(!dup.has_value());
    BOOST_TEST(dup.error().kind == sentry_api::codec::error_kind::duplicate);
    BOOST_TEST(dup.error_text().rfind("A: /0/id: ", 0) == 0, dup.error_text());
}

BOOST_AUTO_TEST_CASE(printed_for_a_failed_test)
{
    auto const d = diff_text<json_text>(R"({"a":[1,2]})", R"({"a":[1,3],"b":"x"})");
    BOOST_TEST_REQUIRE(d.has_value());
    std::string const text = "2 differences:\n/a/1\tchanged\t2 -> 3\n/b\tadded\t\"x\"";
    std::ostringstream printed;
    printed << *d;
    BOOST_TEST(printed.str() == text);
    BOOST_TEST(d->to_string() == text);
    BOOST_TEST(!d->empty());
    // What BOOST_TEST(d->empty()) says when it fails: the differences themselves.
    auto const verdict = (::boost::test_tools::assertion::seed()->*d->empty()).evaluate();
    BOOST_TEST(!verdict);
    auto const said = verdict.message();
    std::string const message(said.begin(), said.end());
    BOOST_TEST(message.find(text) != std::string::npos, message);
    auto const none = diff_text<json_text>("[]", "[ ]");
    BOOST_TEST(none->empty());
    BOOST_TEST(none->to_string() == "no differences");
    BOOST_TEST(none->empty().text() == "no differences");
    BOOST_TEST(bool((::boost::test_tools::assertion::seed()->*none->empty()).evaluate()));
}

BOOST_AUTO_TEST_CASE(a_model_payload_edited)
{
    std::string const text = test_support::read_file(std::string(SENTRY_API_TEST_DATA) + "/issue-hashes-response.json");
    auto page = sentry_api::decode<sentry_api::group_hashes>(text);
    BOOST_TEST_REQUIRE(page.has_value());
    auto edited = *page;
    BOOST_TEST(sentry_api::diff(*page, edited).empty());
    edited[0].id = "00000000000000000000000000000000";
    auto const d = sentry_api::diff(*page, edited);
    BOOST_TEST_REQUIRE(d.size() == 1u, d);
    BOOST_TEST(d[0].pointer == "/0/id");
    BOOST_TEST(d[0].b == "\"00000000000000000000000000000000\"");
}

BOOST_AUTO_TEST_CASE(held_json_of_the_model_compared_inside)
{
    // An unknown entry's data and an event's contexts are held as text, compared inside.
    std::string const a = R"({"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058",
        "entries": [{"type": "novel", "data": {"a": {"b": [1, 2]}}}], "contexts": {"os": {"name": "Linux"}}})";
    std::string const b = R"({"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058",
        "entries": [{"type": "novel", "data": {"a": {"b": [1, 3]}}}], "contexts": {"os": {"name": "Linux", "v": "6"}}})";
    auto d = diff_text<sentry_api::event>(a, b);
    BOOST_TEST_REQUIRE(d.has_value(), d.error_text());
    BOOST_TEST(d->to_string() == "2 differences:\n/entries/0/data/a/b/1\tchanged\t2 -> 3\n/contexts/os/v\tadded\t\"6\"");
}

// Every payload of the suite (and the recorded ones, when present) against itself re-written in
// every style: no difference.
BOOST_AUTO_TEST_CASE(every_payload_in_every_style)
{
    std::vector<sentry_api::encode_options> styles(5);
    styles[1].style = sentry_api::style::python;
    styles[2].style = sentry_api::style::pretty;
    styles[3].style = sentry_api::style::pretty;
    styles[3].indent = 4;
    styles[4].style = sentry_api::style::python;
    styles[4].ensure_ascii = true;
    std::size_t compared = 0;
    for (auto const& file : test_support::payload_files()) {
        std::string const text = test_support::read_file(file);
        std::string const type = test_support::payload_type(boost::json::parse(text));
        auto each = [&](auto t) {
            using T = typename decltype(t)::type;
            sentry_api::decode_options lenient;
            lenient.lenient = true;
            auto value = sentry_api::decode<T>(text, lenient);
            BOOST_TEST_REQUIRE(value.has_value(), file);
            for (auto const& o : styles) {
                std::string const other = sentry_api::encode(*value, o) + "\n";
                auto d = diff_text<T>(text, other);
                BOOST_TEST_REQUIRE(d.has_value(), file);
                BOOST_TEST(d->empty(), file.filename() << " against its " << int(o.style) << " form");
                ++compared;
            }
        };
        if (type == "event")
            each(boost::mp11::mp_identity<sentry_api::event>{});
        else if (type == "events")
            each(boost::mp11::mp_identity<sentry_api::events>{});
        else
            each(boost::mp11::mp_identity<sentry_api::group_hashes>{});
    }
    BOOST_TEST(compared >= 11u * styles.size());
}
