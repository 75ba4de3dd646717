// SPDX-License-Identifier: BSL-1.0
#include <sentry_api.hpp>
#include <sentry_api/codec.hpp> // the definitions, for types that are not the model's (separately compiled mode)

#define BOOST_TEST_MODULE codec_list
#include <boost/test/unit_test.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// sentry_api::list: a vector that a lenient read keeps an array's bad items in (strays), each
// written back at its place and reported once at its pointer, the other items typed.

namespace list_test {

struct point {
    int x = 0;
    sentry_api::optional_key<int> y;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(point, (), (x, y, unknown))

struct shape {
    sentry_api::optional_key<sentry_api::list<point>> points;
    sentry_api::optional_key<sentry_api::list<int>> sizes;
    sentry_api::optional_key<std::vector<int>> plain; // a vector: one bad item, the whole array
    sentry_api::optional_key<sentry_api::list<sentry_api::list<int>>> grid;
    sentry_api::optional_key<sentry_api::list<std::variant<std::int64_t, std::string>>> mixed;
    sentry_api::optional_key<sentry_api::list<std::optional<std::string>>> names;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(shape, (), (points, sizes, plain, grid, mixed, names, unknown))

} // namespace list_test

namespace {

using list_test::point;
using list_test::shape;

sentry_api::decode_options lenient()
{
    sentry_api::decode_options o;
    o.lenient = true;
    return o;
}

std::string pointers(sentry_api::validation_report const& r)
{
    std::string out;
    for (auto const& v : r.violations)
        out += v.pointer + " " + std::string(to_string(v.rule)) + ": " + v.message + "\n";
    return out;
}

std::string stray_list(std::vector<sentry_api::stray_item> const& strays)
{
    std::string out;
    for (auto const& s : strays)
        out += std::to_string(s.index) + "=" + s.value.text() + ";";
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(bad_items_are_kept_at_their_place_the_others_typed)
{
    std::string const text = R"({"points": [{"x": 1}, "two", {"x": 3, "y": 4}, null, [5], {"x": 6}], "sizes": [1, 2.5, 3]})";
    shape s;
    auto const report = sentry_api::decode_and_validate(s, text, lenient());
    BOOST_TEST_REQUIRE(!report.error);
    BOOST_TEST(pointers(report) == "/points/1 type: expected object, got string\n"
                                   "/points/3 type: expected object, got null\n"
                                   "/points/4 type: expected object, got array\n"
                                   "/sizes/1 type: expected integer, got float\n");
    BOOST_TEST_REQUIRE(s.points.has_value());
    BOOST_TEST_REQUIRE(s.points->size() == 3u);
    BOOST_TEST((*s.points)[1].x == 3);
    BOOST_TEST((*s.points)[2].x == 6);
    BOOST_TEST(stray_list(s.points->strays()) == "1=\"two\";3=null;4=[5];");
    BOOST_TEST((static_cast<std::vector<int> const&>(*s.sizes) == std::vector<int>{1, 3}));
    BOOST_TEST((*s.sizes != std::vector<int>{1, 3})); // a vector has no strays
    BOOST_TEST(stray_list(s.sizes->strays()) == "1=2.5;");
    BOOST_TEST(s.unknown.empty()); // nothing went to the struct

    // Written back in place, in every style.
    BOOST_TEST(sentry_api::encode(s, sentry_api::style::python) == text);
    BOOST_TEST(sentry_api::encode(s) == R"({"points":[{"x":1},"two",{"x":3,"y":4},null,[5],{"x":6}],"sizes":[1,2.5,3]})");
    BOOST_TEST(sentry_api::encode(*s.sizes, sentry_api::style::pretty) == "[\n  1,\n  2.5,\n  3\n]");

    // decode alone gives the same value; a strict read fails at the first bad item.
    auto const plain = sentry_api::decode<shape>(text, lenient());
    BOOST_TEST_REQUIRE(plain.has_value());
    BOOST_TEST(sentry_api::encode(*plain) == sentry_api::encode(s));
    auto const strict = sentry_api::decode<shape>(text);
    BOOST_TEST_REQUIRE(!strict.has_value());
    BOOST_TEST(strict.error().to_string() == "/points/1: expected object, got string");
    // Validation without keeping anything names every bad item too.
    BOOST_TEST(pointers(sentry_api::validate<shape>(text)) == pointers(report));
}

BOOST_AUTO_TEST_CASE(strays_at_the_edges_and_in_a_row)
{
    for (std::string const text : {R"({"sizes":["a",1,2]})", R"({"sizes":[1,2,"z"]})", R"({"sizes":["a","b"]})",
                                   R"({"sizes":[1,"a","b",2,"c"]})", R"({"sizes":[]})", R"({"sizes":[{}]})"}) {
        shape s;
        auto const report = sentry_api::decode_and_validate(s, text, lenient());
        BOOST_TEST_REQUIRE(!report.error, text);
        BOOST_TEST(sentry_api::encode(s) == text);
        BOOST_TEST(report.violations.size() == s.sizes->strays().size(), text);
    }
}

BOOST_AUTO_TEST_CASE(nested_lists_keep_the_nearest)
{
    std::string const text = R"({"grid":[[1,"a"],"b",[2],[true,3]]})";
    shape s;
    auto const report = sentry_api::decode_and_validate(s, text, lenient());
    BOOST_TEST_REQUIRE(!report.error);
    BOOST_TEST(pointers(report) == "/grid/0/1 type: expected integer, got string\n"
                                   "/grid/1 type: expected array, got string\n"
                                   "/grid/3/0 type: expected integer, got boolean\n");
    BOOST_TEST_REQUIRE(s.grid->size() == 3u);
    BOOST_TEST(stray_list(s.grid->strays()) == "1=\"b\";");
    BOOST_TEST(stray_list((*s.grid)[0].strays()) == "1=\"a\";");
    BOOST_TEST(stray_list((*s.grid)[2].strays()) == "0=true;");
    BOOST_TEST(sentry_api::encode(s) == text);
}

BOOST_AUTO_TEST_CASE(variants_and_optionals_of_a_list)
{
    std::string const text = R"({"mixed":[1,"a",2.5,null,{"k":[1]}],"names":["a",null,3,"b"]})";
    shape s;
    auto const report = sentry_api::decode_and_validate(s, text, lenient());
    BOOST_TEST_REQUIRE(!report.error);
    BOOST_TEST(report.violations.size() == 4u);
    BOOST_TEST(stray_list(s.mixed->strays()) == "2=2.5;3=null;4={\"k\":[1]};");
    BOOST_TEST(s.mixed->size() == 2u);
    BOOST_TEST(stray_list(s.names->strays()) == "2=3;");
    BOOST_TEST(s.names->size() == 3u);
    BOOST_TEST(sentry_api::encode(s) == text);
}

// A vector is strict about its items even when read leniently: the whole array goes to the
// struct's unknown keys.
BOOST_AUTO_TEST_CASE(a_vector_keeps_the_whole_array)
{
    std::string const text = R"({"plain":[1,"a",3]})";
    shape s;
    auto const report = sentry_api::decode_and_validate(s, text, lenient());
    BOOST_TEST_REQUIRE(!report.error);
    BOOST_TEST(pointers(report) == "/plain/1 type: expected integer, got string\n");
    BOOST_TEST(s.plain.is_absent());
    BOOST_TEST(s.unknown.contains("plain"));
    BOOST_TEST(sentry_api::encode(s) == text);
}

// A stray held as canonical text: white space goes, numbers and escapes as Python writes them.
BOOST_AUTO_TEST_CASE(a_stray_is_canonical_text)
{
    std::string const text = "[ {\"x\": 1} , { \"x\" : \"\\u0041\\/\", \"y\": 1E2 } ]";
    sentry_api::list<point> points;
    auto const report = sentry_api::decode_and_validate(points, text, lenient());
    BOOST_TEST_REQUIRE(!report.error);
    BOOST_TEST_REQUIRE(points.strays().size() == 1u);
    BOOST_TEST(points.strays()[0].value.text() == R"({"x":"A/","y":100.0})");
    BOOST_TEST(pointers(report) == "/1/x type: expected integer, got string\n");
}

// What stays an error: text that is not JSON inside a bad item, a key twice, the depth limit.
BOOST_AUTO_TEST_CASE(what_a_list_does_not_forgive)
{
    auto r1 = sentry_api::decode<sentry_api::list<int>>(R"([1, "a", tru])", lenient());
    BOOST_TEST_REQUIRE(!r1.has_value());
    BOOST_TEST(r1.error().kind == sentry_api::codec::error_kind::syntax);
    auto r2 = sentry_api::decode<sentry_api::list<int>>(R"([1, {"a": 1, "a": 2}])", lenient());
    BOOST_TEST_REQUIRE(!r2.has_value());
    BOOST_TEST(r2.error().kind == sentry_api::codec::error_kind::duplicate);
    BOOST_TEST(r2.error().pointer == "/1/a");
    auto shallow = lenient();
    shallow.max_depth = 3;
    auto r3 = sentry_api::decode<sentry_api::list<int>>(R"([1, [[[2]]]])", shallow);
    BOOST_TEST_REQUIRE(!r3.has_value());
    BOOST_TEST(r3.error().kind == sentry_api::codec::error_kind::limit);
    auto r4 = sentry_api::decode<sentry_api::list<int>>(R"([1, "\ud800"])", lenient());
    BOOST_TEST_REQUIRE(!r4.has_value());
    BOOST_TEST(r4.error().kind == sentry_api::codec::error_kind::syntax);
    // The whole value of the wrong kind: no list to keep items in.
    auto r5 = sentry_api::decode<sentry_api::list<int>>(R"({"a": 1})", lenient());
    BOOST_TEST_REQUIRE(!r5.has_value());
    BOOST_TEST(r5.error().to_string() == "/: expected array, got object");
}

// Reading into a list again: the strays of the last read go, and so do they after a strict read.
BOOST_AUTO_TEST_CASE(decode_into_forgets_the_last_strays)
{
    sentry_api::list<int> v;
    BOOST_TEST_REQUIRE(!sentry_api::decode_into(v, "[1,\"a\",2]", lenient()));
    BOOST_TEST(v.strays().size() == 1u);
    BOOST_TEST_REQUIRE(!sentry_api::decode_into(v, "[3,4,5]", lenient()));
    BOOST_TEST(!v.has_strays());
    BOOST_TEST((v == sentry_api::list<int>{3, 4, 5}));
    BOOST_TEST_REQUIRE(!sentry_api::decode_into(v, "[\"b\"]", lenient()));
    BOOST_TEST(v.empty());
    BOOST_TEST(sentry_api::encode(v) == "[\"b\"]");
    BOOST_TEST_REQUIRE(!sentry_api::decode_into(v, "[7]"));
    BOOST_TEST(sentry_api::encode(v) == "[7]");
}

// Code that changes the typed items: each stray stays at its index among the items written.
BOOST_AUTO_TEST_CASE(strays_stay_at_their_index)
{
    auto v = sentry_api::decode<sentry_api::list<int>>("[1,\"a\",2,3,\"b\"]", lenient());
    BOOST_TEST_REQUIRE(v.has_value());
    v->erase(v->begin());
    BOOST_TEST(sentry_api::encode(*v) == "[2,\"a\",3,\"b\"]");
    v->clear();
    BOOST_TEST(sentry_api::encode(*v) == "[\"a\",\"b\"]");
    v->push_back(9);
    BOOST_TEST(sentry_api::encode(*v) == "[9,\"a\",\"b\"]");
    v->strays().clear();
    BOOST_TEST(sentry_api::encode(*v) == "[9]");
    // Added by code, past the end: after the items.
    v->strays().push_back({7, sentry_api::json_text(boost::json::value("z"))});
    BOOST_TEST(sentry_api::encode(*v) == "[9,\"z\"]");
}

BOOST_AUTO_TEST_CASE(a_list_is_a_vector)
{
    static_assert(std::is_base_of_v<std::vector<int>, sentry_api::list<int>>);
    sentry_api::list<int> a{1, 2};
    std::vector<int>& as_vector = a;
    as_vector.push_back(3);
    BOOST_TEST(a.size() == 3u);
    BOOST_TEST(sentry_api::encode(a) == "[1,2,3]");

    auto b = *sentry_api::decode<sentry_api::list<int>>("[1,\"x\"]", lenient());
    auto c = b; // copies the strays
    BOOST_TEST((c == b));
    BOOST_TEST(sentry_api::encode(c) == "[1,\"x\"]");
    c.strays()[0].value = sentry_api::json_text(boost::json::value("y"));
    BOOST_TEST((c != b));
    BOOST_TEST(sentry_api::encode(b) == "[1,\"x\"]");
    auto d = std::move(c);
    BOOST_TEST(sentry_api::encode(d) == "[1,\"y\"]");
    swap(d, b);
    BOOST_TEST(sentry_api::encode(d) == "[1,\"x\"]");
    BOOST_TEST(sentry_api::encode(b) == "[1,\"y\"]");
    d = std::vector<int>{4}; // a vector's items, no strays
    BOOST_TEST(sentry_api::encode(d) == "[4]");
    std::vector<int> sliced = b; // the typed items only
    BOOST_TEST(sliced.size() == 1u);
    BOOST_TEST((sentry_api::list<int>{1} != b)); // same items, b has a stray
    BOOST_TEST((std::vector<int>{1} != b));
    BOOST_TEST((b != std::vector<int>{1}));
    BOOST_TEST((std::vector<int>{4} == d));

    // The model's lists take vectors and initializer lists as before.
    sentry_api::stacktrace st;
    st.frames = std::vector<sentry_api::frame>(2);
    BOOST_TEST(st.frames->size() == 2u);
    sentry_api::group_hashes page = std::vector<sentry_api::group_hash>(1);
    BOOST_TEST(page.size() == 1u);
}

// The page of hashes itself: an item that is null or not an object is kept and written back;
// decode_and_validate, validate and array_decoder name it alike.
BOOST_AUTO_TEST_CASE(a_page_with_items_that_are_not_hashes)
{
    std::string const text = R"([{"id": "c4a4d06bc314205bb3b6bdb612dde7f1"}, null, 3, {"id": "0123456789abcdef0123456789abcdef", "latestEvent": {"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "entries": [{"type": "stacktrace", "data": {"frames": [{"function": "f"}, "frame?", {"function": "g"}]}}, 5]}}])";
    auto const strict = sentry_api::decode<sentry_api::group_hashes>(text);
    BOOST_TEST_REQUIRE(!strict.has_value());
    BOOST_TEST(strict.error().to_string() == "/1: expected object, got null");

    sentry_api::group_hashes page;
    auto const report = sentry_api::decode_and_validate(page, text, lenient());
    BOOST_TEST_REQUIRE(!report.error);
    std::string const expected = "/1 type: expected object, got null\n"
                                 "/2 type: expected object, got integer\n"
                                 "/3/latestEvent/entries/0/data/frames/1 type: expected object, got string\n"
                                 "/3/latestEvent/entries/1 type: expected one of \"message\", \"stacktrace\", "
                                 "\"exception\", \"template\", \"request\", \"breadcrumbs\", \"threads\", got integer\n";
    BOOST_TEST(pointers(report) == expected);
    BOOST_TEST_REQUIRE(page.size() == 2u);
    BOOST_TEST(stray_list(page.strays()) == "1=null;2=3;");
    auto const& entries = *page[1].latestEvent->entries;
    BOOST_TEST_REQUIRE(entries.size() == 1u);
    auto const& st = std::get<sentry_api::stacktrace_entry>(entries[0]);
    BOOST_TEST_REQUIRE(st.data.has_value());
    BOOST_TEST(st.data->frames->size() == 2u); // the good frames stay typed
    BOOST_TEST(*(*st.data->frames)[1].function == "g");
    BOOST_TEST(sentry_api::encode(page, sentry_api::style::python) == text);
    BOOST_TEST(pointers(sentry_api::validate<sentry_api::group_hashes>(text)) == expected);

    // Piece by piece, three bytes at a time: the same.
    sentry_api::group_hashes streamed;
    sentry_api::array_decoder<sentry_api::group_hashes> decoder(streamed, lenient());
    for (std::size_t i = 0; i < text.size(); i += 3)
        decoder.feed(std::string_view(text).substr(i, 3));
    auto const streamed_report = decoder.finish();
    BOOST_TEST_REQUIRE(!streamed_report.error);
    BOOST_TEST(pointers(streamed_report) == expected);
    BOOST_TEST(sentry_api::encode(streamed) == sentry_api::encode(page));
    BOOST_TEST(streamed.strays() == page.strays());
    BOOST_TEST(sentry_api::encode(streamed, sentry_api::style::python) == text);
    // Read again into the same page: the strays are the new text's.
    decoder.reset();
    decoder.feed("[null]");
    BOOST_TEST(!decoder.finish().error);
    BOOST_TEST(streamed.empty());
    BOOST_TEST(stray_list(streamed.strays()) == "0=null;");
    // Strict, piece by piece: the first bad item is the error, as decode's.
    sentry_api::group_hashes strict_page;
    sentry_api::array_decoder<sentry_api::group_hashes> strict_decoder(strict_page);
    strict_decoder.feed(text);
    auto const strict_report = strict_decoder.finish();
    BOOST_TEST_REQUIRE(strict_report.error.has_value());
    BOOST_TEST(strict_report.error->to_string() == "/1: expected object, got null");
}
