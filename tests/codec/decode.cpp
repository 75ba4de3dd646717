// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/codec/decode.hpp>

#define BOOST_TEST_MODULE codec_decode
#include <boost/test/unit_test.hpp>

#include <sentry_api/codec.hpp>

#include "../support/wide.hpp"

#include <boost/describe.hpp>
#include <boost/json/parse.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

namespace {

using sentry_api::codec::error_kind;

// A union of our own, tagged by "kind", with a fallback that keeps any other kind.
struct circle {
    double r = 0;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(circle, (), (r, unknown))

struct square {
    double side = 0;
};
SENTRY_API_DESCRIBE_STRUCT(square, (), (side))

struct other_shape {
    std::string kind;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(other_shape, (), (kind, unknown))

// A fallback whose tag may be missing: it holds an object without a tag too.
struct loose_shape {
    sentry_api::required_key<std::string> kind;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(loose_shape, (), (kind, unknown))

using shape = std::variant<circle, square, other_shape>;
using closed_shape = std::variant<circle, square>;
using open_shape = std::variant<circle, square, loose_shape>;

} // namespace

template<>
struct sentry_api::codec::union_traits<shape> {
    static constexpr std::string_view tag = "kind";
    static constexpr std::array<std::string_view, 2> names = {"circle", "square"};
};

template<>
struct sentry_api::codec::union_traits<open_shape> {
    static constexpr std::string_view tag = "kind";
    static constexpr std::array<std::string_view, 2> names = {"circle", "square"};
};

template<>
struct sentry_api::codec::union_traits<closed_shape> {
    static constexpr std::string_view tag = "kind";
    static constexpr std::array<std::string_view, 2> names = {"circle", "square"};
};

namespace {

struct renamed {
    int event_type = 0;
};
SENTRY_API_DESCRIBE_STRUCT(renamed, (), (event_type))

} // namespace

template<>
struct sentry_api::codec::key_map<renamed> {
    static constexpr std::string_view key(std::string_view m) { return m == "event_type" ? "event.type" : m; }
};

template<class T>
T ok(std::string_view text)
{
    auto r = sentry_api::decode<T>(text);
    if (!r)
        BOOST_FAIL(text << " -> " << r.error().to_string());
    return *r;
}

template<class T>
sentry_api::codec::error bad(std::string_view text)
{
    auto r = sentry_api::decode<T>(text);
    BOOST_TEST_REQUIRE(!r.has_value(), text << " decoded");
    return r.error();
}

BOOST_AUTO_TEST_CASE(scalars)
{
    BOOST_TEST(ok<bool>("true") == true);
    BOOST_TEST(ok<bool>(" false ") == false);
    BOOST_TEST(ok<int>("-42") == -42);
    BOOST_TEST(ok<std::int64_t>("-9223372036854775808") == std::numeric_limits<std::int64_t>::min());
    BOOST_TEST(ok<std::uint64_t>("18446744073709551615") == std::numeric_limits<std::uint64_t>::max());
    BOOST_TEST(ok<double>("1") == 1.0);
    BOOST_TEST(ok<double>("-2.5e-3") == -2.5e-3);
    BOOST_TEST(ok<double>("5e-324") == 5e-324);
    BOOST_TEST(ok<float>("1.5") == 1.5f);
    BOOST_TEST(bad<float>("1e300").kind == error_kind::range);
    BOOST_TEST(ok<std::string>(R"("a\u00e9\ud83d\ude00\n")") == "a\xc3\xa9\xf0\x9f\x98\x80\n");
    BOOST_TEST(ok<std::string>(R"("\u0000")") == std::string(1, '\0'));
}

BOOST_AUTO_TEST_CASE(integers_never_wrap)
{
    BOOST_TEST(bad<std::uint8_t>("256").kind == error_kind::range);
    BOOST_TEST(bad<std::uint32_t>("-1").kind == error_kind::range);
    BOOST_TEST(bad<std::int64_t>("9223372036854775808").kind == error_kind::range);
    BOOST_TEST(bad<std::uint64_t>("18446744073709551616").kind == error_kind::range);
    auto e = bad<int>("1.0");
    BOOST_TEST(e.kind == error_kind::type);
    BOOST_TEST(e.message == "expected integer, got float");
    BOOST_TEST(bad<int>("1e2").kind == error_kind::type);
}

BOOST_AUTO_TEST_CASE(containers)
{
    BOOST_TEST((ok<std::vector<int>>("[1, 2, 3]") == std::vector<int>{1, 2, 3}));
    BOOST_TEST((ok<std::map<std::string, int>>(R"({"b": 2, "a": 1})") == std::map<std::string, int>{{"a", 1}, {"b", 2}}));
    BOOST_TEST((ok<std::pair<int, std::string>>(R"([1, "x"])") == std::pair<int, std::string>{1, "x"}));
    BOOST_TEST((ok<std::tuple<int, bool, double>>("[1, true, 0.5]") == std::tuple<int, bool, double>{1, true, 0.5}));
    BOOST_TEST((ok<std::array<int, 3>>("[1,2,3]") == std::array<int, 3>{{1, 2, 3}}));
    auto few = bad<std::pair<int, int>>("[1]");
    BOOST_TEST(few.kind == error_kind::arity);
    BOOST_TEST(few.pointer == "");
    BOOST_TEST(few.message == "expected array of 2 elements, got 1 element");
    BOOST_TEST((bad<std::pair<int, int>>("[1, 2, 3]").kind == error_kind::arity));
    BOOST_TEST((bad<std::map<std::string, int>>(R"({"a": 1, "a": 2})").kind == error_kind::duplicate));
}

BOOST_AUTO_TEST_CASE(variants_choose_by_json_kind)
{
    using v = std::variant<std::int64_t, double, std::string, std::vector<int>>;
    BOOST_TEST(ok<v>("3").index() == 0u);
    BOOST_TEST(ok<v>("3.5").index() == 1u);
    BOOST_TEST(ok<v>(R"("x")").index() == 2u);
    BOOST_TEST(ok<v>("[1]").index() == 3u);
    auto e = bad<v>("{}");
    BOOST_TEST(e.message == "expected integer or number or string or array, got object");
}

BOOST_AUTO_TEST_CASE(tagged_union_by_discriminator)
{
    auto c = ok<shape>(R"({"kind": "circle", "r": 2.5, "extra": 1})");
    BOOST_REQUIRE(std::holds_alternative<circle>(c));
    BOOST_TEST(std::get<circle>(c).r == 2.5);
    BOOST_TEST(sentry_api::encode(c) == R"({"kind":"circle","r":2.5,"extra":1})");

    // The tag need not come first.
    auto s = ok<shape>(R"({"side": 3, "kind": "square"})");
    BOOST_REQUIRE(std::holds_alternative<square>(s));
    BOOST_TEST(std::get<square>(s).side == 3.0);
    BOOST_TEST(sentry_api::encode(s) == R"({"kind":"square","side":3.0})");

    // Any other tag goes to the fallback, which keeps the tag and everything else.
    auto o = ok<shape>(R"({"kind": "hexagon", "n": [6]})");
    BOOST_REQUIRE(std::holds_alternative<other_shape>(o));
    BOOST_TEST(std::get<other_shape>(o).kind == "hexagon");
    BOOST_TEST(sentry_api::encode(o) == R"({"kind":"hexagon","n":[6]})");

    // A known tag with the wrong content is an error, not a fallback.
    auto e = bad<shape>(R"({"kind": "circle", "r": "big"})");
    BOOST_TEST(e.pointer == "/r");
    BOOST_TEST(e.kind == error_kind::type);

    BOOST_TEST(bad<closed_shape>(R"({"kind": "hexagon"})").kind == error_kind::unknown_value);
    BOOST_TEST(bad<closed_shape>(R"({"kind": "hexagon"})").pointer == "/kind");
    BOOST_TEST(bad<shape>(R"({"r": 1})").kind == error_kind::missing);
    BOOST_TEST(bad<shape>(R"({"r": 1})").pointer == "/kind");
    BOOST_TEST(bad<shape>(R"({"r": 1, "kind": 5})").kind == error_kind::type);
    BOOST_TEST(bad<shape>(R"([])").kind == error_kind::type);
}

BOOST_AUTO_TEST_CASE(a_fallback_with_a_presence_tag_holds_an_object_without_a_tag)
{
    std::string const text = R"({"r": 1, "n": [6]})";
    auto o = ok<open_shape>(text);
    BOOST_REQUIRE(std::holds_alternative<loose_shape>(o));
    BOOST_TEST(std::get<loose_shape>(o).kind.is_absent());
    BOOST_TEST(std::get<loose_shape>(o).unknown.size() == 2u);
    BOOST_TEST(sentry_api::encode(o, sentry_api::style::python) == text);
    auto report = sentry_api::validate<open_shape>(text);
    BOOST_REQUIRE(report.violations.size() == 1u);
    BOOST_TEST(report.violations[0].pointer == "/kind");
    BOOST_TEST(to_string(report.violations[0].rule) == "required");

    auto null = ok<open_shape>(R"({"kind": null, "r": 1})");
    BOOST_REQUIRE(std::holds_alternative<loose_shape>(null));
    BOOST_TEST(std::get<loose_shape>(null).kind.is_null());
    BOOST_TEST(sentry_api::encode(null) == R"({"kind":null,"r":1})");

    // A tag of another kind is still an error, at the tag.
    auto e = bad<open_shape>(R"({"r": 1, "kind": 5})");
    BOOST_TEST(e.kind == error_kind::type);
    BOOST_TEST(e.pointer == "/kind");
    BOOST_TEST(e.message == "expected string, got integer");

    // Known tags still choose their alternative.
    BOOST_TEST(std::holds_alternative<circle>(ok<open_shape>(R"({"r": 1, "kind": "circle"})")));
}

BOOST_AUTO_TEST_CASE(renamed_keys)
{
    BOOST_TEST(ok<renamed>(R"({"event.type": 3})").event_type == 3);
    BOOST_TEST(sentry_api::encode(renamed{4}) == R"({"event.type":4})");
}

BOOST_AUTO_TEST_CASE(arbitrary_json_is_held_as_it_came)
{
    auto v = ok<boost::json::value>(R"({"a": [1, -2, 3.5, "s", null, true, {"b": {}}], "u": 18446744073709551615})");
    BOOST_TEST(v.at("a").at(0).is_int64());
    BOOST_TEST(v.at("a").at(2).is_double());
    BOOST_TEST(v.at("u").is_uint64());
    BOOST_TEST(v == boost::json::parse(R"({"a": [1, -2, 3.5, "s", null, true, {"b": {}}], "u": 18446744073709551615})"));
}

BOOST_AUTO_TEST_CASE(text_and_dom_give_the_same_results)
{
    char const* texts[] = {
        R"({"kind": "circle", "r": 2.5, "x": [1, {"y": null}]})",
        R"({"side": 1, "kind": "square"})",
        R"({"kind": "other", "z": 1})",
        R"({"kind": "circle", "r": "no"})",
        R"({"r": 1})",
    };
    for (auto text : texts) {
        auto from_text = sentry_api::decode<shape>(text);
        auto from_dom = sentry_api::decode<shape>(boost::json::parse(text));
        BOOST_TEST(from_text.has_value() == from_dom.has_value());
        if (from_text && from_dom)
            BOOST_TEST(sentry_api::encode(*from_text) == sentry_api::encode(*from_dom));
        else if (!from_text && !from_dom) {
            BOOST_TEST(from_text.error().pointer == from_dom.error().pointer);
            BOOST_TEST(from_text.error().message == from_dom.error().message);
        }
    }
}

BOOST_AUTO_TEST_CASE(syntax_errors_win_over_data_errors)
{
    // The first data error (/0) comes before the text breaks; the text is still not JSON.
    auto e = bad<std::vector<int>>("[\"x\", 1,,]");
    BOOST_TEST(e.kind == error_kind::syntax);
    BOOST_TEST(e.where() == "1:9");
}

BOOST_AUTO_TEST_CASE(depth_is_limited)
{
    std::string deep(600, '[');
    deep += std::string(600, ']');
    auto e = bad<boost::json::value>(deep);
    BOOST_TEST(e.kind == error_kind::limit);
    sentry_api::decode_options o;
    o.max_depth = 1000;
    BOOST_TEST(sentry_api::decode<boost::json::value>(deep, o).has_value());
}

BOOST_AUTO_TEST_CASE(value_throws_the_error)
{
    auto r = sentry_api::decode<int>("\"x\"");
    BOOST_CHECK_THROW(r.value(), sentry_api::decode_error);
    try {
        r.value();
    } catch (sentry_api::decode_error const& e) {
        // The root is written `/`, as the command-line tool writes it; its pointer stays empty.
        BOOST_TEST(std::string(e.what()) == "/: expected integer, got string");
        BOOST_TEST(e.error().to_string() == "/: expected integer, got string");
        BOOST_TEST(e.error().pointer.empty());
        BOOST_TEST(e.error().kind == error_kind::type);
    }
}

namespace {

// An object of a struct with 70 keyed members, every key but `leave_out`, then `extra`.
std::string wide_text(std::string const& leave_out = {}, std::string const& extra = {})
{
    std::string text = "{";
    for (int i = 0; i < test_support::wide_members; ++i)
        if (test_support::wide_key(i) != leave_out)
            text += '"' + test_support::wide_key(i) + "\":" + std::to_string(i) + ",";
    text += extra;
    text.back() = '}';
    return text;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_struct_with_more_members_than_a_word_of_flags)
{
    auto v = ok<test_support::wide>(wide_text());
    BOOST_TEST(v.m00 == 0);
    BOOST_TEST(v.m39 == 39);
    BOOST_TEST(v.n29.value() == 69);

    // A key twice, or a required key absent, past the 64th member as before it.
    for (char const* key : {"m03", "n28"}) {
        auto e = bad<test_support::wide>(wide_text({}, std::string("\"") + key + "\":1,"));
        BOOST_TEST(e.kind == error_kind::duplicate);
        BOOST_TEST(e.pointer == std::string("/") + key);
    }
    auto e = bad<test_support::wide>(wide_text("m39"));
    BOOST_TEST(e.kind == error_kind::missing);
    BOOST_TEST(e.pointer == "/m39");

    // Members that may be absent are, past the 64th too; validation finds every missing key.
    auto w = ok<test_support::wide>(wide_text("n28"));
    BOOST_TEST(w.n28.is_absent());
    BOOST_TEST(w.n29.value() == 69);
    auto report = sentry_api::validate<test_support::wide>(R"({"m05": 5, "n01": 1})");
    BOOST_TEST(report.violations.size() == 39u);
}
