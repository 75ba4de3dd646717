// SPDX-License-Identifier: BSL-1.0
#include <sentry_api.hpp>
// The codec on the test's own types (header-only in either mode).
#include <sentry_api/codec.hpp>

#define BOOST_TEST_MODULE codec.bad_input
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

// Every bad input decodes to exactly one error: its kind, its place (a JSON Pointer, or
// line:column when the text is not JSON) and a message that says what was expected and found.

namespace user_types {

// A non-Sentry type: no unknown_keys member, so an unknown key has nowhere to go.
struct point {
    int x;
    std::uint8_t small;
};
SENTRY_API_DESCRIBE_STRUCT(point, (), (x, small))

} // namespace user_types

namespace {

using sentry_api::codec::error_kind;


/// The type a row decodes into.
enum class target { hashes, event };

struct bad_input {
    std::string name;
    target type;
    std::string text;
    error_kind kind;
    std::string where;
    std::vector<std::string> says; ///< words the message must hold
};

std::ostream& operator<<(std::ostream& os, bad_input const& row) { return os << row.name; }

/// The error of decoding `text` as `T`; a failed check when it decodes.
template<class T>
std::optional<sentry_api::codec::error> error_of(std::string_view text, sentry_api::decode_options const& o = {})
{
    auto r = sentry_api::decode<T>(text, o);
    if (r.has_value())
        return std::nullopt;
    return r.error();
}

std::optional<sentry_api::codec::error> error_of(target t, std::string_view text)
{
    return t == target::hashes ? error_of<sentry_api::group_hashes>(text) : error_of<sentry_api::event>(text);
}

// Small documents built by hand: an event with its two required keys, and the page around it.

constexpr char const* hex = "0123456789abcdef0123456789abcdef";

std::string ev(std::string const& extra = "")
{
    return std::string(R"({"id":"1","eventID":")") + hex + '"' + extra + '}';
}

std::string page(std::string const& event_text)
{
    return std::string(R"([{"id":")") + hex + R"(","latestEvent":)" + event_text + "}]";
}

std::string entries(std::string const& list) { return ev(R"(,"entries":[)" + list + "]"); }

std::string entry(std::string const& type, std::string const& data)
{
    return R"({"type":")" + type + R"(","data":)" + data + '}';
}

std::string frames(std::string const& list) { return entries(entry("stacktrace", R"({"frames":[)" + list + "]}")); }

std::string nested_arrays(std::size_t n) { return std::string(n, '[') + std::string(n, ']'); }

std::string repeat(std::string const& s, std::size_t n)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

/// The documented payload with one spot changed; unchanged (so the row fails) unless `from` occurs once.
std::string documented_with(std::string const& from, std::string const& to)
{
    std::ifstream in(SENTRY_API_TEST_DATA "/issue-hashes-response.json", std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    auto at = text.find(from);
    if (at != std::string::npos && text.find(from, at + 1) == std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

// Depth of the first array that breaks the limit of 512, inside {"context":{"a":[[...]]}} of a
// page: the page is level 1, the item 2, latestEvent 3, context 4, so the 509th array is level 513.
std::string const too_deep_pointer = "/0/latestEvent/context/a" + repeat("/0", 508);

std::vector<bad_input> rows()
{
    using k = error_kind;
    auto const H = target::hashes;
    auto const E = target::event;
    std::string const E0 = "/0/latestEvent";
    return {
        // A known key holding a value of the wrong shape.
        {"lineNo string deep in a frame", H,
         page(entries(entry("message", "{}") + ',' + entry("stacktrace", R"({"frames":[{"lineNo":"303"}]})"))),
         k::type, E0 + "/entries/1/data/frames/0/lineNo", {"expected integer", "got string"}},
        {"size beyond int64", E, ev(R"(,"size":9223372036854775808)"), k::range, "/size",
         {"9223372036854775807", "got 9223372036854775808"}},
        {"size beyond 64 bits", E, ev(R"(,"size":123456789012345678901234567890)"), k::range, "/size",
         {"expected integer between", "got 123456789012345678901234567890"}},
        {"float where an integer belongs", E, ev(R"(,"size":7090.0)"), k::type, "/size",
         {"expected integer", "got float"}},
        {"exponent where an integer belongs", E, frames(R"({"colNo":1e3})"), k::type,
         "/entries/0/data/frames/0/colNo", {"expected integer", "got float"}},
        {"context line of one element", E, frames(R"({"context":[[1]]})"), k::arity,
         "/entries/0/data/frames/0/context/0", {"expected array of 2 elements", "got 1 element"}},
        {"context line of three elements", E, frames(R"({"context":[[1,"a","b"]]})"), k::arity,
         "/entries/0/data/frames/0/context/0", {"expected array of 2 elements", "got more elements"}},
        {"framesOmitted of one element", H, page(entries(entry("stacktrace", R"({"frames":[],"framesOmitted":[1]})"))),
         k::arity, E0 + "/entries/0/data/framesOmitted", {"expected array of 2 elements", "got 1 element"}},
        {"stacktrace data is an array", H, page(entries(entry("stacktrace", "[]"))), k::type, E0 + "/entries/0/data",
         {"expected object", "got array"}},
        {"stacktrace data is a string", E, entries(entry("stacktrace", R"("main")")), k::type, "/entries/0/data",
         {"expected object", "got string"}},
        {"exception values is a number", E, entries(entry("exception", R"({"values":1})")), k::type,
         "/entries/0/data/values", {"expected array", "got integer"}},
        {"frames is an object", E, entries(entry("stacktrace", R"({"frames":{}})")), k::type,
         "/entries/0/data/frames", {"expected array", "got object"}},
        {"type after data, data wrong", E, entries(R"({"data":{"values":{}},"type":"exception"})"), k::type,
         "/entries/0/data/values", {"expected array", "got object"}},
        {"entry type not a string", E, entries(R"({"type":5,"data":{}})"), k::type, "/entries/0/type",
         {"expected string", "got integer"}},
        {"latestEvent is a number", H, page("5"), k::type, E0, {"expected object", "got integer"}},
        {"frame is a string", E, frames(R"("main")"), k::type, "/entries/0/data/frames/0",
         {"expected object", "got string"}},
        {"inApp is a string", E, frames(R"({"inApp":"yes"})"), k::type, "/entries/0/data/frames/0/inApp",
         {"expected boolean", "got string"}},
        {"user is a string", E, ev(R"(,"user":"bob")"), k::type, "/user", {"expected object", "got string"}},
        {"threadId is a boolean", E, entries(entry("exception", R"({"values":[{},{"threadId":true}]})")), k::type,
         "/entries/0/data/values/1/threadId", {"expected integer or string", "got boolean"}},
        {"query is a number", E, entries(entry("request", R"({"query":5})")), k::type, "/entries/0/data/query",
         {"expected string or array", "got integer"}},
        {"seerMatchDistance is a string", H, std::string(R"([{"id":")") + hex + R"(","seerMatchDistance":"0.5"}])",
         k::type, "/0/seerMatchDistance", {"got string"}},
        {"page is an object", H, "{}", k::type, "", {"expected array", "got object"}},
        {"page is a scalar", H, R"("hashes")", k::type, "", {"expected array", "got string"}},
        {"event is an array", E, "[]", k::type, "", {"expected object", "got array"}},
        {"event.type is a number", E, ev(R"(,"event.type":1)"), k::type, "/event.type",
         {"expected string", "got integer"}},
        // Required keys present with the wrong kind (absent or null, they are held: tests/model/required.cpp).
        {"group hash id is a number", H, R"([{"id":1,"latestEvent":null}])", k::type, "/0/id",
         {"expected string", "got integer"}},
        {"eventID is an object", E, R"({"id":"1","eventID":{}})", k::type, "/eventID", {"expected string", "got object"}},
        {"event id is a boolean", E, std::string(R"({"id":true,"eventID":")") + hex + "\"}", k::type, "/id",
         {"expected string", "got boolean"}},
        {"tag key is a number", E, ev(R"(,"tags":[{"key":1,"value":"v"}])"), k::type, "/tags/0/key",
         {"expected string", "got integer"}},
        {"sdk version is an array", E, ev(R"(,"sdk":{"name":"s","version":[]})"), k::type, "/sdk/version",
         {"expected string", "got array"}},
        {"event error type is a number", E, ev(R"(,"errors":[{"type":2}])"), k::type, "/errors/0/type",
         {"expected string", "got integer"}},
        {"header that is not a pair", H, page(entries(entry("request", R"({"headers":[["a","b"],["a"]]})"))), k::arity,
         E0 + "/entries/0/data/headers/1", {"expected array of 2 elements", "got 1 element"}},
        {"header value a number", E, entries(entry("request", R"({"headers":[["a",1]]})")), k::type,
         "/entries/0/data/headers/0/1", {"expected string", "got integer"}},
        // Pointers escape '~' and '/' (RFC 6901).
        {"packages key with ~ and /", E, ev(R"(,"packages":{"ok":"1","a/b~c":1})"), k::type, "/packages/a~1b~0c",
         {"expected string", "got integer"}},
        {"a number beyond a double where one belongs, under ~ and /", E,
         ev(R"(,"packages":{"a/b~c":"1"},"entries":[{"type":"message","data":{"formatted":"x","params":{"~0":1}}}],"size":1e400)"),
         k::type, "/size", {"expected integer", "got float"}},
        // Duplicates, known and unknown.
        {"duplicate known key", E, ev(R"(,"id":"2")"), k::duplicate, "/id", {"duplicate"}},
        {"duplicate unknown key", H, std::string(R"([{"id":")") + hex + R"(","x":1,"x":2}])", k::duplicate, "/0/x",
         {"duplicate"}},
        {"duplicate key in arbitrary JSON", E, ev(R"(,"context":{"a":1,"a":2})"), k::duplicate, "/context/a",
         {"duplicate"}},
        {"duplicate entry type, first", E, entries(R"({"type":"message","type":"x","data":{}})"), k::duplicate,
         "/entries/0/type", {"duplicate"}},
        {"duplicate entry type, after data", E, entries(R"({"data":{},"type":"message","type":"x"})"), k::duplicate,
         "/entries/0/type", {"duplicate"}},
        // Numbers that JSON allows but a double or 64 bits cannot hold, where a typed member
        // cannot take them (in arbitrary JSON they are held: tests/codec/json_text.cpp).
        {"integer beyond 64 bits where one belongs", E, ev(R"(,"context":{"n":[18446744073709551616]},"size":-18446744073709551616)"),
         k::range, "/size", {"-18446744073709551616", "between"}},
        {"nesting deeper than 512 in context", H, page(ev(R"(,"context":{"a":)" + nested_arrays(600) + "}")),
         k::limit, too_deep_pointer, {"512"}},
        // Not JSON: line:column, 1-based, the column in bytes.
        {"not JSON at all", H, "hello", k::syntax, "1:1", {"expected a JSON value"}},
        {"empty input", H, "", k::syntax, "1:1", {"unexpected end of input"}},
        {"white space only", E, " \n\t", k::syntax, "2:2", {"unexpected end of input"}},
        {"truncated in a string", H, R"([{"id":"ab)", k::syntax, "1:11", {"unterminated string"}},
        {"truncated after a wrong value", H, "[\n  {\"id\": 1", k::syntax, "2:11", {"expected ',' or '}'"}},
        {"a data error, then not JSON", H, R"([{"id":5})", k::syntax, "1:10", {"expected ',' or ']'"}},
        {"trailing garbage", H, "[] []", k::syntax, "1:4", {"unexpected text after the JSON value"}},
        {"trailing comma on the next line", E, ev() + "\n,", k::syntax, "2:1", {"unexpected text"}},
        {"trailing comma in an array", H, R"([{"id":"x"},])", k::syntax, "1:13", {"expected a JSON value"}},
        {"single quotes", E, "{'id': '1'}", k::syntax, "1:2", {"expected a string key"}},
        {"UTF-8 byte order mark", H, "\xEF\xBB\xBF[]", k::syntax, "1:1", {"byte order mark"}},
        {"invalid UTF-8 byte", E, "{\"id\":\"\xFF\"}", k::syntax, "1:8", {"invalid UTF-8"}},
        {"overlong UTF-8", E, "{\"id\":\"a\xC0\xAF\"}", k::syntax, "1:9", {"invalid UTF-8"}},
        {"UTF-8 encoded surrogate", H, "[\"\xED\xA0\x80\"]", k::syntax, "1:3", {"invalid UTF-8"}},
        {"lone high surrogate escape", H, R"(["\ud800"])", k::syntax, "1:3", {"surrogate"}},
        {"lone low surrogate escape", E, R"({"id":"x\udc00"})", k::syntax, "1:9", {"surrogate"}},
        {"invalid escape", H, R"(["\x"])", k::syntax, "1:3", {"invalid escape"}},
        {"raw tab in a string", E, "{\"id\":\"a\tb\"}", k::syntax, "1:9", {"control character"}},
        {"raw newline in a string", E, "{\"id\":\"a\nb\"}", k::syntax, "1:9", {"control character"}},
        {"NaN", H, "[NaN]", k::syntax, "1:2", {"expected a JSON value"}},
        {"Infinity in context", E, "{\n\"context\": {\"x\": Infinity}}", k::syntax, "2:18", {"expected a JSON value"}},
        {"-Infinity", H, "[-Infinity]", k::syntax, "1:3", {"expected a digit"}},
        {"leading zeros", E, R"({"size": 007})", k::syntax, "1:11", {"leading zeros"}},
        {"leading zero in context", E, ev(R"(,"context":{"n":-01})"), k::syntax, "1:73", {"leading zeros"}},
        {"column counts bytes", H, "[\"\xC3\xA9\", x]", k::syntax, "1:8", {"expected a JSON value"}},
        {"CRLF lines", E, "{\r\n\"id\": tru\r\n}", k::syntax, "2:7", {"expected a JSON value"}},
        // The documented payload with one spot changed: deep pointers, real line numbers.
        {"documented: lineNo of frame 1 a string", H, documented_with(R"("lineNo": 459)", R"("lineNo": "459")"),
         k::type, E0 + "/entries/1/data/frames/1/lineNo", {"expected integer", "got string"}},
        {"documented: template lineNo a float", H, documented_with(R"("lineNo": 14,)", R"("lineNo": 14.5,)"),
         k::type, E0 + "/entries/2/data/lineNo", {"expected integer", "got float"}},
        {"documented: query an object", H, documented_with(R"("query": "foo=bar")", R"("query": {})"), k::type,
         E0 + "/entries/3/data/query", {"got object"}},
        {"documented: double comma", H, documented_with(R"("size": 7090,)", R"("size": 7090,,)"), k::syntax, "22:20",
         {"expected a string key"}},
        {"documented: bare word", H, documented_with(R"("state": "unlocked")", R"("state": unlocked)"), k::syntax,
         "594:14", {"expected a JSON value"}},
    };
}

} // namespace

BOOST_DATA_TEST_CASE(bad_input_is_located, boost::unit_test::data::make(rows()), row)
{
    auto e = error_of(row.type, row.text);
    BOOST_TEST_REQUIRE(e.has_value(), row.name << ": decoded, but should fail");
    BOOST_TEST(to_string(e->kind) == to_string(row.kind));
    BOOST_TEST(e->where() == row.where);
    BOOST_TEST(!e->message.empty());
    for (auto const& word : row.says)
        BOOST_TEST(e->message.find(word) != std::string::npos,
                   "message \"" << e->message << "\" lacks \"" << word << '"');
    if (row.kind == error_kind::syntax)
        BOOST_TEST(e->pointer.empty());
    else
        BOOST_TEST((e->line == 0 && e->column == 0));
}

BOOST_AUTO_TEST_SUITE(limits)

BOOST_AUTO_TEST_CASE(max_depth_is_an_option)
{
    sentry_api::decode_options o;
    o.max_depth = 3; // page, item, latestEvent; context is the fourth level
    auto e = error_of<sentry_api::group_hashes>(page(ev(R"(,"context":{})")), o);
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(to_string(e->kind) == "limit");
    BOOST_TEST(e->where() == "/0/latestEvent/context");
    BOOST_TEST(e->message.find('3') != std::string::npos);
}

// "deeper input is an error, never a stack overflow" (decode_options::max_depth).
BOOST_AUTO_TEST_CASE(far_too_deep_never_overflows_the_stack)
{
    std::size_t const n = 200000;
    auto e = error_of<sentry_api::group_hashes>(page(ev(R"(,"context":{"a":)" + nested_arrays(n) + "}")));
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(to_string(e->kind) == "limit");
    BOOST_TEST(e->where() == too_deep_pointer);

    // A wrong type at the top of a deep document, and a deep document cut short.
    BOOST_TEST(error_of<sentry_api::group_hashes>(nested_arrays(n)).has_value());
    BOOST_TEST(error_of<sentry_api::group_hashes>(std::string(n, '[')).has_value());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(user_struct)

using user_types::point;

BOOST_AUTO_TEST_CASE(unknown_key_without_unknown_keys_member)
{
    auto e = error_of<point>(R"({"x":1,"small":2,"z/":3})");
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(to_string(e->kind) == "unknown_key");
    BOOST_TEST(e->where() == "/z~1");
    BOOST_TEST(e->message.find("unknown key") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(ignore_unknown_keys_accepts_them)
{
    sentry_api::decode_options o;
    o.ignore_unknown_keys = true;
    auto r = sentry_api::decode<point>(R"({"x":1,"z":{"deep":[1,{"k":null}]},"small":255})", o);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->x == 1);
    BOOST_TEST(int(r->small) == 255);

    // What is skipped must still be JSON.
    auto e = error_of<point>(R"({"x":1,"z":[1,})", o);
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(to_string(e->kind) == "syntax");
    BOOST_TEST(e->where() == "1:15");
}

BOOST_AUTO_TEST_CASE(out_of_range_for_the_member_type)
{
    auto e = error_of<point>(R"({"x":1,"small":300})");
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(to_string(e->kind) == "range");
    BOOST_TEST(e->where() == "/small");
    BOOST_TEST(e->message.find("between 0 and 255") != std::string::npos, e->message);
    BOOST_TEST(e->message.find("300") != std::string::npos, e->message);

    e = error_of<point>(R"({"x":1,"small":-1})");
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(to_string(e->kind) == "range");
    BOOST_TEST(e->where() == "/small");

    e = error_of<point>(R"({"x":2147483648,"small":0})");
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(to_string(e->kind) == "range");
    BOOST_TEST(e->where() == "/x");
    BOOST_TEST(e->message.find("2147483647") != std::string::npos, e->message);
}

BOOST_AUTO_TEST_CASE(missing_member)
{
    auto e = error_of<point>(R"({"small":1})");
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(to_string(e->kind) == "missing");
    BOOST_TEST(e->where() == "/x");
    BOOST_TEST(!e->message.empty());
}

BOOST_AUTO_TEST_CASE(wrong_kinds)
{
    auto e = error_of<point>(R"({"x":"1","small":1})");
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(to_string(e->kind) == "type");
    BOOST_TEST(e->where() == "/x");
    BOOST_TEST(e->message.find("expected integer, got string") != std::string::npos, e->message);

    e = error_of<point>("[1,2]");
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(to_string(e->kind) == "type");
    BOOST_TEST(e->where() == "");
    BOOST_TEST(e->message.find("expected object, got array") != std::string::npos, e->message);
}

BOOST_AUTO_TEST_SUITE_END()
