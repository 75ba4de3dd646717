// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/model/interop.hpp>

#define BOOST_TEST_MODULE model_interop
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>
#include <sentry_api/codec.hpp> // the definitions, for a list of our own (separately compiled mode)

#include "../support/corpus.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value_from.hpp>

#include <limits>
#include <boost/json/value_to.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

// value_from gives what encode writes, and value_to what decode reads, for a payload of type T.
template<class T>
void check_interop(std::string const& text)
{
    T decoded = sentry_api::decode<T>(text).value();
    boost::json::value from = boost::json::value_from(decoded);
    BOOST_TEST(from == boost::json::parse(sentry_api::encode(decoded)));
    BOOST_TEST(sentry_api::encode(from) == sentry_api::encode(decoded));

    T to = boost::json::value_to<T>(boost::json::parse(text));
    BOOST_TEST(sentry_api::encode(to, sentry_api::style::pretty) == sentry_api::encode(decoded, sentry_api::style::pretty));
}

} // namespace

BOOST_AUTO_TEST_CASE(the_documented_payload)
{
    check_interop<sentry_api::group_hashes>(test_support::read_file(SENTRY_API_TEST_DATA "/issue-hashes-response.json"));
}

BOOST_AUTO_TEST_CASE(the_recorded_payloads)
{
    auto files = test_support::corpus_files();
    if (files.empty())
        BOOST_TEST_MESSAGE("no corpus at " << test_support::corpus_dir());
    for (auto const& file : files) {
        BOOST_TEST_CONTEXT(file.filename())
        {
            std::string text = test_support::read_file(file);
            std::string type = test_support::payload_type(boost::json::parse(text));
            if (type == "event")
                check_interop<sentry_api::event>(text);
            else if (type == "hashes")
                check_interop<sentry_api::group_hashes>(text);
            else
                check_interop<sentry_api::events>(text);
        }
    }
}

BOOST_AUTO_TEST_CASE(absent_keys_stay_absent_and_entries_keep_their_type)
{
    sentry_api::frame f;
    f.lineNo = sentry_api::count(3);
    f.colNo = nullptr;
    BOOST_TEST(boost::json::value_from(f) == boost::json::parse(R"({"colNo": null, "lineNo": 3})"));

    sentry_api::entry e = sentry_api::stacktrace_entry{};
    BOOST_TEST(boost::json::value_from(e) == boost::json::parse(R"({"type": "stacktrace", "data": {"frames": []}})"));
    auto back = boost::json::value_to<sentry_api::entry>(boost::json::parse(R"({"type": "spans", "data": [1]})"));
    BOOST_TEST(std::get<sentry_api::unknown_entry>(back).type.value() == "spans");
}

BOOST_AUTO_TEST_CASE(value_to_throws_with_the_pointer)
{
    auto bad = boost::json::parse(R"({"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "size": "big"})");
    try {
        (void)boost::json::value_to<sentry_api::event>(bad);
        BOOST_FAIL("no exception");
    } catch (sentry_api::decode_error const& e) {
        BOOST_TEST(e.error().pointer == "/size");
    }
}

// A list's strays and an unknown key's number beyond a double are not dropped on the way to a
// DOM: the strays are items of the array, the number its nearest double.
BOOST_AUTO_TEST_CASE(strays_and_numbers_beyond_a_dom_convert_too)
{
    sentry_api::decode_options lenient;
    lenient.lenient = true;
    std::string const text = R"([{"id": "c4a4d06bc314205bb3b6bdb612dde7f1", "serverTotal": 1e99999999999999999999}, null, 7])";
    auto page = sentry_api::decode<sentry_api::group_hashes>(text, lenient);
    BOOST_TEST_REQUIRE(page.has_value());
    BOOST_TEST(page->strays().size() == 2u);
    boost::json::value const jv = boost::json::value_from(*page);
    BOOST_TEST_REQUIRE(jv.as_array().size() == 3u);
    BOOST_TEST(jv.as_array()[1].is_null());
    BOOST_TEST(jv.as_array()[2] == 7);
    BOOST_TEST(jv.as_array()[0].at("serverTotal").as_double() == std::numeric_limits<double>::infinity());

    sentry_api::list<int> ints = *sentry_api::decode<sentry_api::list<int>>(R"([1, "two", 3])", lenient);
    BOOST_TEST(boost::json::value_from(ints) == boost::json::parse(R"([1, "two", 3])"));
    BOOST_TEST((boost::json::value_to<sentry_api::list<int>>(boost::json::parse("[4, 5]")) == std::vector<int>{4, 5}));
    BOOST_CHECK_THROW(boost::json::value_to<sentry_api::list<int>>(boost::json::parse(R"([4, "x"])")),
                      sentry_api::decode_error);
}
