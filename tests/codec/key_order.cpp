// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/codec/unknown_keys.hpp>

#define BOOST_TEST_MODULE codec_key_order
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sentry_api/codec.hpp>

#include "../support/wide.hpp"

#include <boost/describe.hpp>
#include <boost/json/parse.hpp>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <variant>
#include <vector>

// The order of keys: a decoded object is written back in the order its keys came, known and
// unknown interleaved, at every level; an object built in code in declaration order; keys that
// code adds after the keys that came. Also the insertion-ordered map and the indent width.

namespace bdata = boost::unit_test::data;
using sentry_api::codec::ordered_map;

namespace ko {

struct inner {
    int a = 0;
    sentry_api::presence<int> b;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(inner, (), (a, b, unknown))

struct outer {
    int x = 0;
    sentry_api::presence<std::string> y;
    sentry_api::presence<inner> z;
    sentry_api::presence<std::vector<inner>> list;
    sentry_api::presence<ordered_map<int>> map;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(outer, (), (x, y, z, list, map, unknown))

// Without an unknown_keys member: nothing recorded, declaration order.
struct plain {
    int a = 0;
    int b = 0;
};
SENTRY_API_DESCRIBE_STRUCT(plain, (), (a, b))

struct circle {
    double r = 0;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(circle, (), (r, unknown))

struct square {
    double side = 0;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(square, (), (side, unknown))

using shape = std::variant<circle, square>;

} // namespace ko

template<>
struct sentry_api::codec::union_traits<ko::shape> {
    static constexpr std::string_view name = "shape";
    static constexpr std::string_view tag = "kind";
    static constexpr std::array<std::string_view, 2> names = {"circle", "square"};
};

namespace {

template<class T>
T decoded(std::string_view text)
{
    auto r = sentry_api::decode<T>(text);
    BOOST_TEST_REQUIRE(r.has_value(), (r ? "" : r.error().to_string()));
    return std::move(*r);
}

struct order_case {
    char const* name;
    char const* text; // compact: it must come back as it is
};
std::ostream& operator<<(std::ostream& os, order_case const& c) { return os << c.name; }

order_case const outer_cases[] = {
    {"declaration order", R"({"x":1,"y":"s","z":{"a":1,"b":2},"list":[],"map":{"k":1}})"},
    {"unknown keys last", R"({"x":1,"y":"s","u1":1,"u2":[1,{"q":2,"p":1}]})"},
    {"reversed", R"({"map":{"b":2,"a":1},"list":[],"z":{"b":2,"a":1},"y":"s","x":1})"},
    {"unknown first", R"({"u":null,"x":1})"},
    {"unknown between known", R"({"x":1,"u":true,"y":"s","v":{},"list":[{"n":0,"a":3}]})"},
    {"nested out of order", R"({"list":[{"a":1,"extra":2,"b":3},{"b":4,"a":5},{"a":6}],"x":0})"},
    {"a lone key", R"({"list":[],"x":0})"},
    {"orders that alternate between objects of a type",
     R"({"x":0,"list":[{"b":1,"a":2},{"b":1,"a":2},{"a":3,"u":1,"b":4},{"b":5,"a":6},{"a":7},{"u":0,"b":8,"a":9}]})"},
    {"empty", R"({"x":0,"list":[],"map":{}})"},
    {"map of many keys", R"({"x":0,"list":[],"map":{"q":1,"w":2,"e":3,"r":4,"t":5,"y":6,"u":7,"i":8,"o":9,)"
                         R"("p":10,"a":11,"s":12,"d":13,"f":14,"g":15,"h":16,"j":17,"k":18,"l":19,"z":20}})"},
};

} // namespace

BOOST_DATA_TEST_CASE(a_decoded_object_comes_back_in_the_order_its_keys_came, bdata::make(outer_cases), c)
{
    auto v = decoded<ko::outer>(c.text);
    BOOST_TEST(sentry_api::encode(v) == c.text);
    auto from_dom = sentry_api::decode<ko::outer>(boost::json::parse(c.text));
    BOOST_TEST_REQUIRE(from_dom.has_value());
    BOOST_TEST(sentry_api::encode(*from_dom) == c.text);
    // A copy keeps the order too.
    ko::outer copy = v;
    BOOST_TEST(sentry_api::encode(copy) == c.text);
}

BOOST_AUTO_TEST_CASE(an_object_built_in_code_is_written_in_declaration_order)
{
    ko::outer v;
    v.map.emplace();
    (*v.map)["b"] = 2;
    (*v.map)["a"] = 1;
    v.unknown["u"] = 1;
    v.y = "s";
    v.x = 3;
    BOOST_TEST(sentry_api::encode(v) == R"({"x":3,"y":"s","map":{"b":2,"a":1},"u":1})");
}

BOOST_AUTO_TEST_CASE(keys_added_by_code_go_after_the_keys_that_came)
{
    // Came in declaration order (only a mask is kept): an added member still goes last.
    auto v = decoded<ko::outer>(R"({"x":1,"list":[],"u":0})");
    v.y = "added";
    v.z.emplace().a = 7;
    BOOST_TEST(sentry_api::encode(v) == R"({"x":1,"list":[],"u":0,"y":"added","z":{"a":7}})");

    // Came out of order (every key recorded): the same.
    auto w = decoded<ko::outer>(R"({"list":[],"u":0,"x":1})");
    w.y = "added";
    w.unknown["v"] = 2;
    BOOST_TEST(sentry_api::encode(w) == R"({"list":[],"u":0,"x":1,"v":2,"y":"added"})");
}

BOOST_AUTO_TEST_CASE(keys_removed_or_changed_by_code)
{
    auto v = decoded<ko::outer>(R"({"y":"s","x":1,"u":0,"z":{"b":1,"a":2}})");
    v.y = sentry_api::absent;
    v.x = 5;
    v.z->b = nullptr;
    BOOST_TEST(sentry_api::encode(v) == R"({"x":5,"u":0,"z":{"b":null,"a":2}})");
    // Made absent and then given again, a key keeps its place.
    v.y = "back";
    BOOST_TEST(sentry_api::encode(v) == R"({"y":"back","x":5,"u":0,"z":{"b":null,"a":2}})");
}

BOOST_AUTO_TEST_CASE(decoding_again_forgets_the_old_order)
{
    auto v = decoded<ko::inner>(R"({"b":1,"a":2})");
    auto r = sentry_api::decode<ko::inner>(R"({"a":3,"b":4})");
    BOOST_TEST_REQUIRE(r.has_value());
    v = *r;
    BOOST_TEST(sentry_api::encode(v) == R"({"a":3,"b":4})");
    // An unknown_keys given a new object is as if built in code.
    v.unknown = boost::json::object{{"z", 1}};
    v.b = sentry_api::absent;
    BOOST_TEST(sentry_api::encode(v) == R"({"a":3,"z":1})");
}

BOOST_AUTO_TEST_CASE(a_struct_with_more_members_than_a_mask_keeps_its_order)
{
    using test_support::wide_key;
    using test_support::wide_members;
    // Every key, last member first, an unknown key among them: it comes back as it came.
    std::string text = "{";
    for (int i = wide_members - 1; i >= 0; --i) {
        text += '"' + wide_key(i) + "\":" + std::to_string(i) + ",";
        if (i == 35)
            text += "\"u\":true,";
    }
    text.back() = '}';
    auto v = decoded<test_support::wide>(text);
    BOOST_TEST(sentry_api::encode(v) == text);

    // In declaration order but for the last member, which code adds: it goes after the keys that came.
    std::string in_order = "{";
    for (int i = 0; i + 1 < wide_members; ++i)
        in_order += '"' + wide_key(i) + "\":" + std::to_string(i) + ",";
    in_order.back() = '}';
    auto w = decoded<test_support::wide>(in_order);
    BOOST_TEST(sentry_api::encode(w) == in_order);
    w.n29 = 7;
    in_order.back() = ',';
    BOOST_TEST(sentry_api::encode(w) == in_order + R"("n29":7})");
}

BOOST_AUTO_TEST_CASE(a_type_without_unknown_keys_keeps_declaration_order)
{
    auto v = decoded<ko::plain>(R"({"b":2,"a":1})");
    BOOST_TEST(sentry_api::encode(v) == R"({"a":1,"b":2})");
    static_assert(sizeof(ko::plain) == 2 * sizeof(int), "nothing is added to a type that does not ask");
}

BOOST_AUTO_TEST_CASE(a_union_tag_keeps_its_place)
{
    for (char const* text : {R"([{"kind":"circle","r":1.5}])", R"([{"r":1.5,"kind":"circle"}])",
                             R"([{"u":1,"kind":"square","side":2.0}])", R"([{"side":2.0,"u":1,"kind":"square"}])"}) {
        auto v = decoded<std::vector<ko::shape>>(text);
        BOOST_TEST(sentry_api::encode(v) == text);
    }
    std::vector<ko::shape> built{ko::square{3.0, {}}};
    BOOST_TEST(sentry_api::encode(built) == R"([{"kind":"square","side":3.0}])");
}

BOOST_AUTO_TEST_CASE(an_ordered_map_keeps_insertion_order)
{
    ordered_map<int> m{{"z", 1}, {"a", 2}};
    m["m"] = 3;
    m.insert_or_assign("z", 9);
    BOOST_TEST(sentry_api::encode(m) == R"({"z":9,"a":2,"m":3})");
    BOOST_TEST(m.erase("a") == 1u);
    BOOST_TEST(m.erase("a") == 0u);
    BOOST_TEST(sentry_api::encode(m) == R"({"z":9,"m":3})");
    BOOST_TEST(m.at("m") == 3);
    BOOST_CHECK_THROW(m.at("nope"), std::out_of_range);
    BOOST_TEST(!m.emplace("z", 0).second);
    BOOST_TEST(m.contains("z"));

    // Large maps are indexed: every key is found, and a duplicate is still an error.
    std::string text = "{";
    for (int i = 0; i < 200; ++i)
        text += (i ? ",\"k" : "\"k") + std::to_string(199 - i) + "\":" + std::to_string(i);
    auto big = decoded<ordered_map<int>>(text + "}");
    BOOST_TEST(big.size() == 200u);
    BOOST_TEST(big.at("k0") == 199);
    BOOST_TEST(big.begin()->first == "k199");
    BOOST_TEST(sentry_api::encode(big) == text + "}");
    auto dup = sentry_api::decode<ordered_map<int>>(text + ",\"k150\":1}");
    BOOST_TEST_REQUIRE(!dup.has_value());
    BOOST_TEST(dup.error().where() == "/k150");
    big.erase("k100");
    BOOST_TEST(big.at("k99") == 100);
    BOOST_TEST(!big.contains("k100"));
    ordered_map<int> copy = big;
    BOOST_TEST((copy == big));

    // Every key is found as the index grows under inserts, and after a copy and an erase.
    ordered_map<int> grown;
    for (int i = 0; i < 1000; ++i) {
        grown["g" + std::to_string(i)] = i;
        BOOST_TEST_REQUIRE(grown.at("g" + std::to_string(i / 2)) == i / 2);
    }
    grown[""] = -1;
    ordered_map<int> copied = grown;
    copied.erase("g500");
    int found = 0;
    for (int i = 0; i < 1000; ++i)
        found += grown.at("g" + std::to_string(i)) == i && (i == 500 || copied.at("g" + std::to_string(i)) == i);
    BOOST_TEST(found == 1000);
    BOOST_TEST(grown.at("") == -1);
    BOOST_TEST(copied.at("") == -1);
    BOOST_TEST(!copied.contains("g500"));
    BOOST_TEST(!grown.contains("g1000"));
    BOOST_TEST(!grown.emplace("g999", 0).second);
    BOOST_TEST(grown.size() == 1001u);
}

BOOST_AUTO_TEST_CASE(indent_takes_any_width)
{
    auto v = decoded<ko::outer>(R"({"x":1,"list":[{"a":1}],"map":{}})");
    sentry_api::encode_options o;
    o.style = sentry_api::style::pretty;
    o.indent = 0;
    BOOST_TEST(sentry_api::encode(v, o) == "{\n\"x\": 1,\n\"list\": [\n{\n\"a\": 1\n}\n],\n\"map\": {}\n}");
    o.indent = 4;
    BOOST_TEST(sentry_api::encode(v, o) ==
               "{\n    \"x\": 1,\n    \"list\": [\n        {\n            \"a\": 1\n        }\n    ],\n    \"map\": {}\n}");
    o.indent = 3;
    BOOST_TEST(sentry_api::encode(std::vector<int>{1}, o) == "[\n   1\n]");
    // The width counts for pretty only.
    o.style = sentry_api::style::python;
    BOOST_TEST(sentry_api::encode(std::vector<int>{1, 2}, o) == "[1, 2]");
}

namespace {

struct style_case {
    char const* name;
    char const* text;
    sentry_api::style style;
    unsigned indent;
    bool ascii;
    bool newline;
};
std::ostream& operator<<(std::ostream& os, style_case const& c) { return os << c.name; }

style_case const style_cases[] = {
    {"compact", R"({"a":[1,2],"b":"x"})", sentry_api::style::compact, 2, false, false},
    {"python", R"({"a": [1, 2], "b": "x"})", sentry_api::style::python, 2, false, false},
    {"python, newline", "[1, 2]\n", sentry_api::style::python, 2, false, true},
    {"indent 2", "{\n  \"a\": 1\n}", sentry_api::style::pretty, 2, false, false},
    {"indent 4, newline", "[\n    {\n        \"a\": 1\n    }\n]\n", sentry_api::style::pretty, 4, false, true},
    {"indent 0", "[\n1,\n2\n]", sentry_api::style::pretty, 0, false, false},
    {"empty containers first", "[[], {}, [1, 2]]", sentry_api::style::python, 2, false, false},
    {"separators inside strings do not count", R"(["a, b: c",1])", sentry_api::style::compact, 2, false, false},
    {"escaped non-ASCII", R"(["caf\u00e9"])", sentry_api::style::compact, 2, true, false},
    {"escaped DEL", R"(["\u007f"])", sentry_api::style::compact, 2, true, false},
    {"escaped control only", R"(["\u0001"])", sentry_api::style::compact, 2, false, false},
    {"escaped backslash then u", R"(["\\u00e9"])", sentry_api::style::compact, 2, false, false},
    {"raw non-ASCII", "[\"caf\xC3\xA9\"]", sentry_api::style::compact, 2, false, false},
    {"a scalar", "1", sentry_api::style::compact, 2, false, false},
};

} // namespace

BOOST_DATA_TEST_CASE(detect_style_reads_what_python_was_asked_for, bdata::make(style_cases), c)
{
    auto ts = sentry_api::detect_style(c.text);
    BOOST_TEST(int(ts.options.style) == int(c.style));
    if (c.style == sentry_api::style::pretty)
        BOOST_TEST(ts.options.indent == c.indent);
    BOOST_TEST(ts.options.ensure_ascii == c.ascii);
    BOOST_TEST(ts.final_newline == c.newline);
}
