#include <sentry_api/codec/presence.hpp>

#define BOOST_TEST_MODULE codec_presence
#include <boost/test/unit_test.hpp>

#include <sentry_api/codec.hpp>

#include <boost/describe.hpp>

#include <stdexcept>
#include <string>

using sentry_api::nullable;
using sentry_api::optional_key;
using sentry_api::presence;

namespace {

struct holder {
    presence<std::string> a;
    optional_key<int> b;
    nullable<int> c;
    std::optional<int> d;
};
SENTRY_API_DESCRIBE_STRUCT(holder, (), (a, b, c, d))

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
