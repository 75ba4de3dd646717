// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/model/detect_payload.hpp>

#define BOOST_TEST_MODULE model_detect_payload
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>
#include <sentry_api/codec.hpp> // the definitions, for types that are not the model's (separately compiled mode)

#include "../support/corpus.hpp"

#include <filesystem>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace bdata = boost::unit_test::data;

namespace {

struct shaped {
    char const* text;
    sentry_api::payload_kind kind;
};
std::ostream& operator<<(std::ostream& os, shaped const& s) { return os << s.text; }

using sentry_api::payload_kind;

// Texts where a rougher rule (a search for "eventID" anywhere, a look at the first bytes only)
// would answer wrongly.
std::vector<shaped> const shapes = {
    {"[]", payload_kind::hashes},
    {" [ ] ", payload_kind::hashes},
    {"{}", payload_kind::event},
    {"\n\t{\"id\": \"1\"}\n", payload_kind::event},
    {"[{}]", payload_kind::hashes},
    {"[null]", payload_kind::hashes},
    {"[1, {\"eventID\": \"x\"}]", payload_kind::hashes},
    {"[[{\"eventID\": \"x\"}]]", payload_kind::hashes},
    {"[{\"eventID\": \"x\"}]", payload_kind::events},
    {"[ {\n  \"id\" : \"1\" ,\n  \"eventID\" : \"x\"\n} ]", payload_kind::events},
    {"[{\"event\\u0049D\": \"x\"}]", payload_kind::events},           // the same key, escaped
    {"[{\"eventID\": \"x\", \"latestEvent\": null}]", payload_kind::hashes},
    {"[{\"latestEvent\": {\"eventID\": \"x\"}, \"id\": \"1\"}]", payload_kind::hashes},
    {"[{\"id\": \"1\"}, {\"eventID\": \"x\"}]", payload_kind::hashes}, // the first item decides
    {"[{\"eventID\": \"x\"}, {\"latestEvent\": null}]", payload_kind::events},
    {"[{\"a\": {\"eventID\": \"x\"}}]", payload_kind::hashes},          // nested, not top level
    {"[{\"a\": [\"eventID\"]}]", payload_kind::hashes},
    {"[{\"a\": \"eventID\"}]", payload_kind::hashes},                   // a value, not a key
    {"[{\"a\": \"\\\"eventID\"}]", payload_kind::hashes},
    {"[{\"eventIDs\": \"x\"}]", payload_kind::hashes},
    {"[{\"a\": {\"b\": 1}, \"eventID\": \"x\", \"c\": {\"latestEvent\": 1}}]", payload_kind::events},
    {"[{\"a\": [{}, []], \"eventID\": \"x\"}]", payload_kind::events},
};

struct bad {
    char const* text;
    sentry_api::codec::error_kind kind;
    char const* where;
    char const* message_part;
};
std::ostream& operator<<(std::ostream& os, bad const& b) { return os << '\'' << b.text << '\''; }

std::vector<bad> const bad_texts = {
    {"", sentry_api::codec::error_kind::syntax, "1:1", ""},
    {"   ", sentry_api::codec::error_kind::syntax, "1:4", ""},
    {"[1,", sentry_api::codec::error_kind::syntax, "1:4", ""},
    {"[{\"eventID\": \"x\"}", sentry_api::codec::error_kind::syntax, "1:18", ""},
    {"{\"a\": 1} x", sentry_api::codec::error_kind::syntax, "1:10", ""},
    {"nul", sentry_api::codec::error_kind::syntax, "1:1", ""},
    {"[{\"a\": 1, \"a\": 2}]", sentry_api::codec::error_kind::duplicate, "/0/a", "a"},
    {"\"text\"", sentry_api::codec::error_kind::type, "", "got string"},
    {"null", sentry_api::codec::error_kind::type, "", "got null"},
    {"true", sentry_api::codec::error_kind::type, "", "got boolean"},
    {"12", sentry_api::codec::error_kind::type, "", "got number"},
    {"-1.5e3", sentry_api::codec::error_kind::type, "", "got number"},
};

} // namespace

BOOST_AUTO_TEST_CASE(agrees_with_the_rule_of_type_auto_on_every_payload)
{
    auto const files = test_support::payload_files();
    BOOST_TEST(files.size() >= 11u); // tests/data alone holds 11 payloads; the recorded ones add more
    std::size_t events = 0, event = 0, hashes = 0;
    for (auto const& f : files) {
        BOOST_TEST_CONTEXT(f.string())
        {
            std::string const text = test_support::read_file(f);
            auto dom = sentry_api::decode<boost::json::value>(text);
            BOOST_TEST_REQUIRE(dom.has_value());
            auto kind = sentry_api::detect_payload(text);
            BOOST_TEST_REQUIRE(kind.has_value());
            BOOST_TEST(to_string(*kind) == test_support::payload_type(*dom));
            (*kind == payload_kind::events ? events : *kind == payload_kind::event ? event : hashes) += 1;
        }
    }
    // The files hold every kind, so the rule is tried on each.
    BOOST_TEST(events >= 1u);
    BOOST_TEST(event >= 1u);
    BOOST_TEST(hashes >= 1u);
}

BOOST_DATA_TEST_CASE(shapes_by_the_first_item_s_top_level_keys, bdata::make(shapes), s)
{
    auto kind = sentry_api::detect_payload(s.text);
    BOOST_TEST_REQUIRE(kind.has_value());
    BOOST_TEST(*kind == s.kind);
    // The DOM rule of the tool says the same.
    BOOST_TEST(to_string(*kind) == test_support::payload_type(sentry_api::decode<boost::json::value>(s.text).value()));
}

BOOST_DATA_TEST_CASE(bad_input_gets_a_clear_answer, bdata::make(bad_texts), b)
{
    auto kind = sentry_api::detect_payload(b.text);
    BOOST_TEST_REQUIRE(!kind.has_value());
    auto const& e = kind.error();
    BOOST_TEST(e.kind == b.kind);
    BOOST_TEST(e.where() == b.where);
    BOOST_TEST(e.message.find(b.message_part) != std::string::npos, e.message);
    BOOST_TEST(!e.message.empty());
    if (b.kind == sentry_api::codec::error_kind::type) {
        BOOST_TEST(e.message.find("expected an array (hashes, events) or an object (event)") == 0u);
    } else {
        // Text that is not JSON gets the error decoding it gives, at the same place.
        auto dom = sentry_api::decode<boost::json::value>(b.text);
        BOOST_TEST_REQUIRE(!dom.has_value());
        BOOST_TEST(dom.error().to_string() == e.to_string());
    }
}

BOOST_AUTO_TEST_CASE(too_deep_is_the_depth_limit_not_a_crash)
{
    std::string deep(100000, '[');
    auto kind = sentry_api::detect_payload(deep);
    BOOST_TEST_REQUIRE(!kind.has_value());
    BOOST_TEST(kind.error().kind == sentry_api::codec::error_kind::limit);
}

BOOST_AUTO_TEST_CASE(names_are_the_tool_s_type_names)
{
    BOOST_TEST(to_string(payload_kind::hashes) == "hashes");
    BOOST_TEST(to_string(payload_kind::events) == "events");
    BOOST_TEST(to_string(payload_kind::event) == "event");
    std::ostringstream os;
    os << payload_kind::events;
    BOOST_TEST(os.str() == "events");
}
