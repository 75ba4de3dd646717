// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/codec/presence.hpp>

#define BOOST_TEST_MODULE codec_presence
#include <boost/test/unit_test.hpp>

#include <sentry_api/codec.hpp>

#include <boost/describe.hpp>
#include <boost/json/serialize.hpp>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

using sentry_api::nullable;
using sentry_api::optional_key;
using sentry_api::presence;
using sentry_api::required_key;

namespace {

struct holder {
    presence<std::string> a;
    optional_key<int> b;
    nullable<int> c;
    std::optional<int> d;
};
SENTRY_API_DESCRIBE_STRUCT(holder, (), (a, b, c, d))

// A key that must be present and not null, held in both forms: strict and as a presence.
struct strict_name {
    std::string name;
};
SENTRY_API_DESCRIBE_STRUCT(strict_name, (), (name))

struct held_name {
    required_key<std::string> name;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(held_name, (), (name, unknown))

// A value built in code from braced lists, member by member.
struct built {
    optional_key<std::vector<std::variant<std::int64_t, std::string>>> items;
    optional_key<std::vector<std::pair<std::string, std::string>>> pairs;
    presence<std::string> name;
    required_key<std::string> id;
    optional_key<int> n;
    presence<sentry_api::box<std::vector<int>>> boxed;
};
SENTRY_API_DESCRIBE_STRUCT(built, (), (items, pairs, name, id, n, boxed))

// Braces do not change what the special members promise.
static_assert(std::is_nothrow_default_constructible_v<presence<std::string>>);
static_assert(std::is_nothrow_move_constructible_v<presence<std::string>>);
static_assert(std::is_nothrow_move_assignable_v<presence<std::string>>);
static_assert(std::is_nothrow_move_assignable_v<optional_key<std::vector<int>>>);

// As std::optional's, the converting constructor is explicit where `T`'s is: 5 is no vector of
// five zeros, and a string no boxed aggregate (C++20 would make one of it, in parentheses).
struct described_pair {
    std::string first;
    std::string second;
};
static_assert(std::is_constructible_v<presence<std::vector<int>>, int>);
static_assert(!std::is_convertible_v<int, presence<std::vector<int>>>);
static_assert(!std::is_convertible_v<std::string, presence<sentry_api::box<described_pair>>>);
static_assert(std::is_convertible_v<char const*, presence<std::string>>);
static_assert(std::is_convertible_v<described_pair, presence<sentry_api::box<described_pair>>>);

} // namespace

BOOST_AUTO_TEST_CASE(three_states)
{
    presence<int> p;
    BOOST_TEST(p.is_absent());
    BOOST_TEST(!p.is_null());
    BOOST_TEST(!p.has_value());
    p = nullptr;
    BOOST_TEST(p.is_null());
    BOOST_TEST(!p.is_absent());
    BOOST_TEST(!p);
    p = 5;
    BOOST_TEST(p.has_value());
    BOOST_TEST(*p == 5);
    BOOST_TEST(p.value_or(1) == 5);
    p.set_null();
    BOOST_TEST(p.value_or(1) == 1);
    BOOST_CHECK_THROW(p.value(), std::bad_optional_access);
    p.reset();
    BOOST_TEST(p.is_absent());
    p = sentry_api::absent;
    BOOST_TEST(p.is_absent());
}

BOOST_AUTO_TEST_CASE(equality_tells_the_states_apart)
{
    presence<int> absent, null = nullptr, zero = 0;
    BOOST_TEST((absent == presence<int>()));
    BOOST_TEST((absent != null));
    BOOST_TEST((null != zero));
    BOOST_TEST((zero == presence<int>(0)));
}

BOOST_AUTO_TEST_CASE(decoding_keeps_each_state)
{
    auto absent = sentry_api::decode<holder>(R"({"c": 1})");
    BOOST_REQUIRE(absent);
    BOOST_TEST(absent->a.is_absent());
    BOOST_TEST(absent->b.is_absent());
    BOOST_TEST(!absent->d.has_value());
    BOOST_TEST(sentry_api::encode(*absent) == R"({"c":1,"d":null})");

    auto null = sentry_api::decode<holder>(R"({"a": null, "b": null, "c": null, "d": null})");
    BOOST_REQUIRE(null);
    BOOST_TEST(null->a.is_null());
    BOOST_TEST(null->b.is_null()); // held, though validation rejects it
    BOOST_TEST(null->c.is_null());
    BOOST_TEST(sentry_api::encode(*null) == R"({"a":null,"b":null,"c":null,"d":null})");

    auto value = sentry_api::decode<holder>(R"({"a": "x", "b": 2, "c": 3, "d": 4})");
    BOOST_REQUIRE(value);
    BOOST_TEST(*value->a == "x");
    BOOST_TEST(*value->b == 2);
    BOOST_TEST(*value->c == 3);
    BOOST_TEST(*value->d == 4);
    BOOST_TEST(sentry_api::encode(*value) == R"({"a":"x","b":2,"c":3,"d":4})");
}

BOOST_AUTO_TEST_CASE(a_nullable_key_may_be_absent_in_decoding)
{
    // Absence of a required-but-nullable key is held (validation reports it), not lost.
    auto r = sentry_api::decode<holder>("{}");
    BOOST_REQUIRE(r);
    BOOST_TEST(r->c.is_absent());
    BOOST_TEST(sentry_api::encode(*r) == R"({"d":null})");
}

BOOST_AUTO_TEST_CASE(null_goes_to_a_value_that_can_hold_it)
{
    auto r = sentry_api::decode<presence<boost::json::value>>("null");
    BOOST_REQUIRE(r);
    BOOST_TEST(r->has_value());
    BOOST_TEST(r->value().is_null());
    auto o = sentry_api::decode<optional_key<boost::json::value>>("null");
    BOOST_REQUIRE(o);
    BOOST_TEST(o->has_value());
}

BOOST_AUTO_TEST_CASE(reusing_a_value_resets_what_the_text_does_not_have)
{
    holder h;
    h.a = "old";
    h.b = 1;
    auto r = sentry_api::decode<holder>(R"({"c": 1})");
    BOOST_REQUIRE(r);
    h = *r;
    BOOST_TEST(h.a.is_absent());
    BOOST_TEST(h.b.is_absent());
}

BOOST_AUTO_TEST_CASE(a_required_key_starts_out_holding_a_value)
{
    required_key<std::string> k;
    BOOST_TEST(k.has_value());
    BOOST_TEST(k->empty());
    k = "x";
    BOOST_TEST(*k == "x");
    k.reset();
    BOOST_TEST(k.is_absent());
    BOOST_TEST((k != required_key<std::string>()));
    BOOST_TEST(!presence<std::string>().has_value()); // the other forms start out absent
    BOOST_TEST(sentry_api::encode(held_name{}) == R"({"name":""})");
}

BOOST_AUTO_TEST_CASE(a_required_key_that_is_absent_decodes_as_absent)
{
    // The strict form, a plain member: an absent key is a decode error.
    auto strict = sentry_api::decode<strict_name>("{}");
    BOOST_REQUIRE(!strict);
    BOOST_TEST(strict.error().pointer == "/name");
    BOOST_TEST(to_string(strict.error().kind) == "missing");

    std::string const text = R"({"other": 1})";
    auto r = sentry_api::decode<held_name>(text);
    BOOST_REQUIRE(r);
    BOOST_TEST(r->name.is_absent());
    BOOST_TEST(sentry_api::encode(*r, sentry_api::style::python) == text);
    auto report = sentry_api::validate<held_name>(text);
    BOOST_REQUIRE(report.violations.size() == 1u);
    BOOST_TEST(report.violations[0].pointer == "/name");
    BOOST_TEST(to_string(report.violations[0].rule) == "required");

    auto schema = sentry_api::json_schema<held_name>();
    BOOST_TEST(boost::json::serialize(schema).find(R"("required":["name"])") != std::string::npos,
               boost::json::serialize(schema));
}

BOOST_AUTO_TEST_CASE(a_required_key_holds_null_and_validation_rejects_it)
{
    std::string const text = R"({"name": null})";
    auto r = sentry_api::decode<held_name>(text);
    BOOST_REQUIRE(r);
    BOOST_TEST(r->name.is_null());
    BOOST_TEST(sentry_api::encode(*r, sentry_api::style::python) == text);
    auto report = sentry_api::validate<held_name>(text);
    BOOST_REQUIRE(report.violations.size() == 1u);
    BOOST_TEST(report.violations[0].pointer == "/name");
    BOOST_TEST(to_string(report.violations[0].rule) == "type");
}

BOOST_AUTO_TEST_CASE(a_required_key_of_the_wrong_kind_is_a_decode_error)
{
    auto r = sentry_api::decode<held_name>(R"({"name": 5})");
    BOOST_REQUIRE(!r);
    BOOST_TEST(r.error().pointer == "/name");
    BOOST_TEST(to_string(r.error().kind) == "type");
    BOOST_TEST(r.error().message == "expected string, got integer");
}

BOOST_AUTO_TEST_CASE(decoding_into_a_value_makes_a_missing_required_key_absent)
{
    held_name h;
    h.name = "old";
    BOOST_REQUIRE(!sentry_api::decode_into(h, "{}"));
    BOOST_TEST(h.name.is_absent());
    BOOST_REQUIRE(!sentry_api::decode_into(h, R"({"name": "new"})"));
    BOOST_TEST(*h.name == "new");
}

BOOST_AUTO_TEST_CASE(braced_lists_assign_the_value_as_std_optional_takes_them)
{
    built b;
    b.items = {1, "x"};                      // elements of different kinds, as an event's entries
    b.pairs = {{"a", "b"}};                  // one element: the pair, not a vector of two pointers
    b.name = {"x"};
    b.id = {"id-1"};
    b.n = {7};
    b.boxed = {1, 2};                        // through the box, to its vector
    BOOST_TEST(sentry_api::encode(b) ==
               R"({"items":[1,"x"],"pairs":[["a","b"]],"name":"x","id":"id-1","n":7,"boxed":[1,2]})");

    // Again on values already there: assigned in place, and more than one pair.
    b.items = {"y"};
    b.pairs = {{"c", "d"}, {"e", "f"}};
    b.boxed = {3};
    BOOST_TEST(sentry_api::encode(b) ==
               R"({"items":["y"],"pairs":[["c","d"],["e","f"]],"name":"x","id":"id-1","n":7,"boxed":[3]})");

    // Constructed from braces as std::optional is: the inner list makes the value.
    optional_key<std::vector<int>> v{{1, 2, 3}};
    BOOST_TEST(v->size() == 3u);
    presence<sentry_api::box<std::vector<int>>> bv{{4, 5}};
    BOOST_TEST(bv->size() == 2u);
}

// Pairs that may be null as a whole, and whose second item may be null: a request's headers.
using header = std::optional<std::pair<std::string, std::optional<std::string>>>;
struct request_like {
    presence<std::vector<header>> headers;
};
SENTRY_API_DESCRIBE_STRUCT(request_like, (), (headers))

BOOST_AUTO_TEST_CASE(braced_lists_of_optional_pairs_are_lists_of_those_pairs)
{
    request_like r;
    r.headers = {{"Host", "x"}};                  // one pair, not a vector of two pointers
    BOOST_TEST(sentry_api::encode(r) == R"({"headers":[["Host","x"]]})");
    r.headers = {{"Host", "x"}, {"Accept", "y"}}; // on a value already there, two pairs
    BOOST_TEST(sentry_api::encode(r) == R"({"headers":[["Host","x"],["Accept","y"]]})");
    r.headers.reset();
    r.headers = {{"Cookie", std::nullopt}, std::nullopt, header{std::in_place, "A", "b"}, {}};
    BOOST_TEST(sentry_api::encode(r) == R"({"headers":[["Cookie",null],null,["A","b"],null]})");
    r.headers = {};
    BOOST_TEST(r.headers.is_absent());
    // What makes no pair makes no item: one string, or three.
    using item = sentry_api::codec::detail::optional_item<std::pair<std::string, std::optional<std::string>>>;
    static_assert(!std::is_convertible_v<char const*, item>);
    static_assert(!std::is_constructible_v<item, char const*, char const*, char const*>);
    // What was assigned decodes from what was written.
    r.headers = {{"Host", "x"}, std::nullopt};
    auto back = sentry_api::decode<request_like>(sentry_api::encode(r));
    BOOST_TEST_REQUIRE(back.has_value());
    BOOST_TEST((back->headers == r.headers));
}

BOOST_AUTO_TEST_CASE(empty_braces_make_the_key_as_a_new_one_is)
{
    // `= {}` is `= decltype(p){}`: absent for the optional forms (as `= {}` resets a
    // std::optional, a scalar too), `T()` for a required key, which starts out holding it.
    built b;
    b.items = {1};
    b.pairs = {{"a", "b"}};
    b.name = "x";
    b.id = "id-1";
    b.n = 7;
    b.boxed = {1};
    b.items = {};
    b.pairs = {};
    b.name = {};
    b.id = {};
    b.n = {};
    b.boxed = {};
    BOOST_TEST(b.items.is_absent());
    BOOST_TEST(b.n.is_absent());
    BOOST_TEST(b.id.has_value());
    BOOST_TEST(sentry_api::encode(b) == R"({"id":""})");

    // Null and absent are said outright, as before.
    b.name = nullptr;
    b.n = 0;
    b.id = sentry_api::absent;
    BOOST_TEST(sentry_api::encode(b) == R"({"name":null,"n":0})");
}
