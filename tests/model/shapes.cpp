// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/model/group_hash.hpp>

#define BOOST_TEST_MODULE model_shapes
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>

#include "../support/corpus.hpp"

#include <boost/json/parse.hpp>

#include <string>
#include <variant>

// The older and newer shapes of docs/contract.md ("Older and newer servers"), in payloads written for
// this project (tests/data/fidelity, each written by Python's json.dumps in another style): they
// decode, come back byte for byte in their own style, and validate; wrong data in the same
// places is reported with its pointer.

namespace {

std::string fidelity(char const* name) { return test_support::read_file(std::string(SENTRY_API_TEST_DATA "/fidelity/") + name); }

template<class T>
T decode_round_trip_and_validate(std::string const& text)
{
    auto r = sentry_api::decode<T>(text);
    BOOST_TEST_REQUIRE(r.has_value(), (r ? "" : r.error().to_string()));
    auto ts = sentry_api::detect_style(text);
    BOOST_TEST(sentry_api::encode(*r, ts.options) + (ts.final_newline ? "\n" : "") == text);
    auto report = sentry_api::validate<T>(text);
    BOOST_TEST(!report.error);
    BOOST_TEST(report.ok(), (report.violations.empty() ? "" : report.violations[0].pointer));
    return std::move(*r);
}

} // namespace

BOOST_AUTO_TEST_CASE(hashes_with_id_alone)
{
    auto page = decode_round_trip_and_validate<sentry_api::group_hashes>(fidelity("hashes-id-only-2016.json"));
    BOOST_TEST_REQUIRE(page.size() == 2u);
    BOOST_TEST(page[0].latestEvent.is_absent());
    BOOST_TEST(page[1].latestEvent.is_null());
    BOOST_TEST(test_support::payload_type(boost::json::parse(fidelity("hashes-id-only-2016.json"))) == "hashes");
}

BOOST_AUTO_TEST_CASE(integer_ids_null_packages_and_an_unlisted_type)
{
    auto ev = decode_round_trip_and_validate<sentry_api::event>(fidelity("event-integer-ids.json"));
    BOOST_TEST_REQUIRE(ev.groupID.has_value());
    BOOST_TEST(std::holds_alternative<sentry_api::count>(*ev.groupID));
    BOOST_TEST(sentry_api::digits(*ev.groupID) == "1341191803");
    BOOST_TEST(sentry_api::digits(*ev.projectID) == "5");
    BOOST_TEST(ev.packages.is_null());
    BOOST_TEST(*ev.type == "replay_event");
    BOOST_TEST(!sentry_api::is_known_event_type(*ev.type));
    BOOST_TEST(sentry_api::is_known_event_type("error"));
    BOOST_TEST_REQUIRE(ev.entries->size() == 4u);
    BOOST_TEST(std::get<sentry_api::unknown_entry>((*ev.entries)[1]).data->kind() == boost::json::kind::null);
    BOOST_TEST(std::get<sentry_api::unknown_entry>((*ev.entries)[2]).data->kind() == boost::json::kind::array);
    auto const& trace = *std::get<sentry_api::exception_entry>((*ev.entries)[0]).data->values->at(0).stacktrace;
    BOOST_TEST(trace.registers->begin()->first == "rsp");
}

BOOST_AUTO_TEST_CASE(events_with_ids_of_both_kinds)
{
    auto evs = decode_round_trip_and_validate<sentry_api::events>(fidelity("events-mixed-ids.json"));
    BOOST_TEST_REQUIRE(evs.size() == 2u);
    BOOST_TEST(std::holds_alternative<sentry_api::count>(*evs[0].groupID));
    BOOST_TEST(!std::holds_alternative<sentry_api::count>(*evs[0].projectID));
    BOOST_TEST(sentry_api::digits(*evs[0].groupID) == "17");
    BOOST_TEST(sentry_api::digits(*evs[1].groupID) == "18");
    BOOST_TEST(sentry_api::digits(*evs[1].projectID) == "3");
}

BOOST_AUTO_TEST_CASE(a_newer_page)
{
    auto page = decode_round_trip_and_validate<sentry_api::group_hashes>(fidelity("hashes-newer.json"));
    auto const& ev = *page[0].latestEvent;
    BOOST_TEST(*ev.type == "feedback_v2");
    BOOST_TEST(ev.packages->begin()->first == "zlib");
    decode_round_trip_and_validate<sentry_api::event>(fidelity("event-indent-zero.json"));
}

BOOST_AUTO_TEST_CASE(a_numeric_id_is_written_as_it_came)
{
    sentry_api::event ev;
    ev.groupID = sentry_api::numeric_id(sentry_api::count(12));
    ev.projectID = sentry_api::numeric_id(std::in_place_index<0>, "34");
    std::string out = sentry_api::encode(ev);
    BOOST_TEST(out.find(R"("groupID":12)") != std::string::npos);
    BOOST_TEST(out.find(R"("projectID":"34")") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(wrong_data_in_the_same_places_is_reported_with_its_pointer)
{
    std::string text = R"([{"id": "0d4d7f93bb2b0a7b1e3e5a4bd0cc4c3a", "latestEvent": {"id": "9",
        "eventID": "7ab1c0d2e3f405162738495a6b7c8d9", "groupID": -1, "projectID": 1.5,
        "user": {"ip_address": "10.0.1"}}}])";
    auto report = sentry_api::validate<sentry_api::group_hashes>(text);
    BOOST_TEST_REQUIRE(report.violations.size() == 4u);
    BOOST_TEST(report.violations[0].pointer == "/0/latestEvent/eventID");
    BOOST_TEST(report.violations[0].message == R"(expected 32 lowercase hex digits, got "7ab1c0d2e3f405162738495a6b7c8d9")");
    BOOST_TEST(report.violations[1].pointer == "/0/latestEvent/groupID");
    BOOST_TEST(report.violations[1].message == "expected integer >= 0, got -1");
    BOOST_TEST(report.violations[2].pointer == "/0/latestEvent/projectID");
    BOOST_TEST(report.violations[2].message.find("got float") != std::string::npos);
    BOOST_TEST(report.violations[3].pointer == "/0/latestEvent/user/ip_address");

    // Decoding stops at the first that cannot be held: a float id.
    auto r = sentry_api::decode<sentry_api::event>(R"({"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "groupID": 1.5})");
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(r.error().where() == "/groupID");
}
