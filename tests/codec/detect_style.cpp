// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/codec/detect_style.hpp>

#define BOOST_TEST_MODULE codec_detect_style
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>
#include <sentry_api/codec.hpp> // the definitions, for types that are not the model's (separately compiled mode)

#include "../support/corpus.hpp"

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace bdata = boost::unit_test::data;

namespace {

// What `sentry-api roundtrip --style auto` writes for `text`: the payload decoded as
// `--type auto` reads it, written back in the style the text shows; nothing when it does not
// decode.
std::optional<std::string> roundtrip_auto(std::string const& text)
{
    auto const ts = sentry_api::detect_style(text);
    auto const kind = sentry_api::detect_payload(text);
    if (!kind)
        return std::nullopt;
    auto const nl = ts.final_newline ? "\n" : "";
    switch (*kind) {
    case sentry_api::payload_kind::hashes: {
        auto r = sentry_api::decode<sentry_api::group_hashes>(text);
        return r ? std::optional<std::string>(sentry_api::encode(*r, ts.options) + nl) : std::nullopt;
    }
    case sentry_api::payload_kind::events: {
        auto r = sentry_api::decode<sentry_api::events>(text);
        return r ? std::optional<std::string>(sentry_api::encode(*r, ts.options) + nl) : std::nullopt;
    }
    case sentry_api::payload_kind::event: break;
    }
    auto r = sentry_api::decode<sentry_api::event>(text);
    return r ? std::optional<std::string>(sentry_api::encode(*r, ts.options) + nl) : std::nullopt;
}

// The same for any JSON, held as json_text (no model).
std::string roundtrip_json(std::string const& text)
{
    auto const ts = sentry_api::detect_style(text);
    auto held = sentry_api::decode<sentry_api::json_text>(text);
    BOOST_TEST_REQUIRE(held.has_value(), text);
    return sentry_api::encode(*held, ts.options) + (ts.final_newline ? "\n" : "");
}

struct layout {
    char const* text;
    bool reproducible;
};
std::ostream& operator<<(std::ostream& os, layout const& l) { return os << '\'' << l.text << '\''; }

// Layouts Python writes, and layouts it does not; each is checked against the real round trip.
std::vector<layout> const layouts = {
    // Python's own
    {"[]", true},
    {"{}", true},
    {"[]\n", true},
    {"[1,2]", true},
    {"[1, 2]", true},
    {"{\"a\":1,\"b\":[true,null]}", true},
    {"{\"a\": 1, \"b\": [true, null]}", true},
    {"{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ],\n  \"c\": {},\n  \"d\": []\n}", true},
    {"{\n  \"a\": 1\n}\n", true},
    {"[\n\"a\",\n[\n1\n]\n]", true},                          // indent=0
    {"[\n    {\n        \"id\": \"x\"\n    }\n]", true},     // indent=4
    {"{\"s\": \"caf\xc3\xa9 \\\"q\\\" \\\\ \\n\\t\\u0001\"}", true},
    {"{\"s\": \"caf\\u00e9 \\ud83d\\ude00\"}", true},        // ensure_ascii
    {"[0.5, 1e-05, 1e+16, 100000.0, -0.0, 0, -1, 18446744073709551615, -9223372036854775808]", true},
    {"\"text\"", true},
    {"null", true},
    // not Python's
    {"[\n  {\n    \"id\": \"x\"\n  },\n  { \"id\": \"legacy:2019-03-12\" }\n]", false}, // a one-line object inside
    {"{\n  \"a\": [1, 2]\n}", false},
    {"{\n  \"a\": 1,\n    \"b\": 2\n}", false},                // indent changes
    {"{\n  \"a\": 1 ,\n  \"b\": 2\n}", false},
    {"{\n  \"a\":1\n}", false},                              // pretty with a compact ':'
    {"{\n  \"a\": 1, \n  \"b\": 2\n}", false},               // Python 2's trailing space
    {"{\r\n  \"a\": 1\r\n}\r\n", false},
    {"{\n\t\"a\": 1\n}", false},
    {"[ ]", false},
    {"[\n]", false},
    {"[1,2, 3]", false},
    {"[1, 2,3]", false},
    {"{\"a\": 1,\"b\": 2}", false},
    {"{\"a\" : 1}", false},
    {" []", false},
    {"[] ", false},
    {"[]\n\n", false},
    {"[] \n", false},
    {"{\"s\": \"a\\/b\"}", false},
    {"{\"s\": \"\\u0041\"}", false},
    {"{\"s\": \"\\u000a\"}", false},
    {"{\"s\": \"\\u00E9\"}", false},                          // upper-case hex
    {"{\"s\": \"caf\xc3\xa9 \\u00e9\"}", false},              // raw and escaped: written raw
    {"{\"s\": \"\xf0\x9f\x98\x80\", \"t\": \"\\u00e9\"}", false},
    {"[1E5]", false},
    {"[1e5]", false},
    {"[1.50]", false},
    {"[-0]", false},
    {"[0.1000000000000000055511151231257827]", false},
    {"[1.0E+2]", false},
};

} // namespace

BOOST_DATA_TEST_CASE(reproducible_exactly_when_the_bytes_come_back, bdata::make(layouts), l)
{
    std::string const text = l.text;
    auto const ts = sentry_api::detect_style(text);
    BOOST_TEST(ts.reproducible == l.reproducible);
    BOOST_TEST(ts.reproducible == (roundtrip_json(text) == text));
}

BOOST_AUTO_TEST_CASE(every_test_payload_in_every_style)
{
    auto const files = test_support::payload_files();
    BOOST_TEST(files.size() >= 11u); // tests/data alone holds 11 payloads; the recorded ones add more
    std::size_t reproducible = 0, not_reproducible = 0;
    for (auto const& f : files) {
        BOOST_TEST_CONTEXT(f.string())
        {
            std::string const text = test_support::read_file(f);
            auto const out = roundtrip_auto(text);
            BOOST_TEST_REQUIRE(out.has_value());
            bool const same = *out == text;
            BOOST_TEST(sentry_api::detect_style(text).reproducible == same);
            (same ? reproducible : not_reproducible) += 1;
            // Written in each of Python's layouts, the payload is reproducible, and comes back.
            auto held = sentry_api::decode<sentry_api::json_text>(text);
            BOOST_TEST_REQUIRE(held.has_value());
            for (auto st : {sentry_api::style::compact, sentry_api::style::python, sentry_api::style::pretty})
                for (unsigned indent : {0u, 2u, 4u})
                    for (bool ascii : {false, true})
                        for (char const* nl : {"", "\n"}) {
                            sentry_api::encode_options o;
                            o.style = st;
                            o.indent = indent;
                            o.ensure_ascii = ascii;
                            std::string const written = sentry_api::encode(*held, o) + nl;
                            BOOST_TEST_CONTEXT("style " << int(st) << " indent " << indent << " ascii " << ascii)
                            {
                                BOOST_TEST(sentry_api::detect_style(written).reproducible == (roundtrip_auto(written) == std::optional<std::string>(written)));
                            }
                        }
            // One space more after the first '{' (outside a string) breaks it.
            std::size_t const brace = text.find('{');
            if (brace != std::string::npos && brace < text.find('"')) {
                std::string odd = text;
                odd.insert(brace + 1, " ");
                BOOST_TEST(!sentry_api::detect_style(odd).reproducible);
                BOOST_TEST((roundtrip_auto(odd) != std::optional<std::string>(odd)));
            }
        }
    }
    BOOST_TEST(reproducible >= 5u);
    // JSON that is no payload: the cases file.
    std::string const cases = test_support::read_file(SENTRY_API_TEST_DATA "/validation_cases.json");
    BOOST_TEST(sentry_api::detect_style(cases).reproducible == (roundtrip_json(cases) == cases));
}
