// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/model/sentry_shape.hpp>

#define BOOST_TEST_MODULE model_sentry_shape
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>
#include <sentry_api/codec.hpp> // the definitions, for types that are not the model's (separately compiled mode)

#include "../support/corpus.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

// check_sentry_shape and fill_sentry_shape: the keys Sentry's serializers always write.

namespace {

using strings = std::vector<std::string>;

sentry_api::sentry_shape_options const current{sentry_api::sentry_era::current};

sentry_api::group_hashes documented_page()
{
    return sentry_api::decode<sentry_api::group_hashes>(
               test_support::read_file(SENTRY_API_TEST_DATA "/issue-hashes-response.json"))
        .value();
}

// The keys of the object at `pointer` of `json`, in order.
strings keys_at(std::string const& json, std::string const& pointer)
{
    boost::json::value dom = boost::json::parse(json);
    strings keys;
    for (auto const& kv : dom.at_pointer(pointer).as_object())
        keys.emplace_back(kv.key());
    return keys;
}

// The frames' keys of the documented event that Sentry's frame serializer also writes.
strings frame_gaps(char const* prefix, std::size_t frames, strings const& keys)
{
    strings out;
    for (std::size_t i = 0; i < frames; ++i)
        for (auto const& k : keys)
            out.push_back(std::string(prefix) + std::to_string(i) + "/" + k);
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_documented_body_lacks_what_later_serializers_added)
{
    // The documented page (2018) is a hash of its era, but its event lacks keys that Sentry's
    // event serializer has written since: the check names each.
    auto const page = documented_page();
    strings expected = {"/0/latestEvent/user/data"};
    for (auto const& p : frame_gaps("/0/latestEvent/entries/1/data/frames/", 5, {"rawFunction", "trust"}))
        expected.push_back(p);
    for (char const* k : {"title", "location", "culprit", "projectID", "crashFile", "groupingConfig", "_meta"})
        expected.push_back(std::string("/0/latestEvent/") + k);
    BOOST_TEST(sentry_api::check_sentry_shape(page) == expected, boost::test_tools::per_element());

    // Today's serializers: a hash has mergedBySeer and seerMatchDistance (not state, which the
    // page has anyway), an event occurrence, a frame lock and sourceLink, a request apiTarget, a
    // user geo.
    strings const now = sentry_api::check_sentry_shape(page, current);
    strings expected_now = {"/0/latestEvent/user/geo", "/0/latestEvent/user/data"};
    for (auto const& p :
         frame_gaps("/0/latestEvent/entries/1/data/frames/", 5, {"rawFunction", "trust", "sourceLink", "lock"}))
        expected_now.push_back(p);
    expected_now.push_back("/0/latestEvent/entries/3/data/apiTarget");
    for (char const* k : {"title", "location", "culprit", "projectID", "occurrence", "crashFile", "groupingConfig", "_meta"})
        expected_now.push_back(std::string("/0/latestEvent/") + k);
    expected_now.push_back("/0/mergedBySeer");
    expected_now.push_back("/0/seerMatchDistance");
    BOOST_TEST(now == expected_now, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(filling_the_documented_body_adds_keys_after_the_ones_that_came)
{
    auto page = documented_page();
    std::string const before = sentry_api::encode(page, sentry_api::style::python);
    sentry_api::fill_sentry_shape(page);
    BOOST_TEST(sentry_api::check_sentry_shape(page).empty());
    std::string const after = sentry_api::encode(page, sentry_api::style::python);
    // The event's keys: the documented ones in their order, then the added ones, as null.
    strings event_keys = keys_at(before, "/0/latestEvent");
    for (char const* k : {"title", "location", "culprit", "projectID", "crashFile", "groupingConfig", "_meta"})
        event_keys.push_back(k);
    BOOST_TEST(keys_at(after, "/0/latestEvent") == event_keys, boost::test_tools::per_element());
    boost::json::value const dom = boost::json::parse(after);
    BOOST_TEST(dom.at_pointer("/0/latestEvent/title").is_null());
    BOOST_TEST(dom.at_pointer("/0/latestEvent/_meta").is_null());
    BOOST_TEST(dom.at_pointer("/0/latestEvent/user/data").is_null());
    BOOST_TEST(dom.at_pointer("/0/latestEvent/entries/1/data/frames/4/trust").is_null());
    // Nothing that was there changed: the values of the documented keys are as they were (but
    // for the user and the frames, which got keys of their own).
    boost::json::value const old = boost::json::parse(before);
    for (auto const& kv : old.at_pointer("/0/latestEvent").as_object())
        if (kv.key() != "user" && kv.key() != "entries")
            BOOST_TEST(dom.at_pointer("/0/latestEvent").as_object().at(kv.key()) == kv.value(), kv.key());
    strings user_keys = keys_at(before, "/0/latestEvent/user");
    user_keys.push_back("data");
    BOOST_TEST(keys_at(after, "/0/latestEvent/user") == user_keys, boost::test_tools::per_element());
    BOOST_TEST(dom.at_pointer("/0/state") == "unlocked");
    BOOST_TEST(sentry_api::validate<sentry_api::group_hashes>(after).ok());
    // A second fill finds nothing to add.
    sentry_api::fill_sentry_shape(page);
    BOOST_TEST(sentry_api::encode(page, sentry_api::style::python) == after);
}

BOOST_AUTO_TEST_CASE(an_event_built_in_code_gets_the_full_error_event_set_in_sentry_s_order)
{
    sentry_api::event ev;
    ev.id = std::string("02b454c50b654edbba8b3b9a98ba1058");
    ev.eventID = std::string("02b454c50b654edbba8b3b9a98ba1058");
    ev.platform = std::string("python");
    strings const before = sentry_api::check_sentry_shape(ev);
    BOOST_TEST(before.size() == 24u); // every key of a full error event (27) but id, eventID and platform
    BOOST_TEST(before.front() == "/sdk");
    sentry_api::fill_sentry_shape(ev);
    BOOST_TEST(sentry_api::check_sentry_shape(ev).empty());
    std::string const out = sentry_api::encode(ev, sentry_api::style::python);
    BOOST_TEST(out == R"({"eventID": "02b454c50b654edbba8b3b9a98ba1058", "sdk": null, "errors": [], "dist": null, )"
                      R"("platform": "python", "contexts": {}, "user": null, "fingerprints": [], "dateCreated": null, )"
                      R"("dateReceived": null, "size": null, "context": {}, "entries": [], )"
                      R"("id": "02b454c50b654edbba8b3b9a98ba1058", "message": null, "packages": {}, "type": "default", )"
                      R"("groupID": null, "tags": [], "metadata": {}, "title": null, "location": null, "culprit": null, )"
                      R"("projectID": null, "crashFile": null, "groupingConfig": null, "_meta": null})");
    BOOST_TEST(sentry_api::validate<sentry_api::event>(out).ok());
    // Today's serializer adds occurrence.
    BOOST_TEST(sentry_api::check_sentry_shape(ev, current) == strings{"/occurrence"});
}

BOOST_AUTO_TEST_CASE(the_event_s_form_chooses_its_set)
{
    // A transaction: its timestamps have no empty value, so they stay for the program to set.
    sentry_api::event tx;
    tx.type = std::string("transaction");
    sentry_api::fill_sentry_shape(tx);
    BOOST_TEST(sentry_api::check_sentry_shape(tx) == (strings{"/startTimestamp", "/endTimestamp"}));
    BOOST_TEST(tx.measurements.has_value());
    BOOST_TEST(tx.breakdowns.has_value());
    BOOST_TEST(tx.crashFile.is_absent());
    BOOST_TEST(tx.fingerprints.is_absent());
    tx.startTimestamp = sentry_api::number(1.5);
    tx.endTimestamp = sentry_api::number(2.5);
    BOOST_TEST(sentry_api::check_sentry_shape(tx).empty());

    // Another type (csp): the full set, without the error and transaction keys.
    sentry_api::event csp;
    csp.type = std::string("csp");
    sentry_api::fill_sentry_shape(csp);
    BOOST_TEST(csp.crashFile.is_absent());
    BOOST_TEST(csp.measurements.is_absent());
    BOOST_TEST(csp.sdk.is_null());

    // The simple form (event.type, no entries): SimpleEventSerializer's keys, in the model's order.
    auto simple = sentry_api::decode<sentry_api::event>(
        R"({"id": "1", "event.type": "error", "eventID": "02b454c50b654edbba8b3b9a98ba1058"})");
    BOOST_TEST_REQUIRE(simple.has_value());
    sentry_api::fill_sentry_shape(*simple);
    BOOST_TEST(sentry_api::check_sentry_shape(*simple).empty());
    BOOST_TEST(sentry_api::encode(*simple) ==
               R"({"id":"1","event.type":"error","eventID":"02b454c50b654edbba8b3b9a98ba1058","platform":null,)"
               R"("user":null,"dateCreated":null,"message":null,"groupID":null,"tags":[],"metadata":{},"title":null,)"
               R"("location":null,"culprit":null,"projectID":null,"crashFile":null})");
}

BOOST_AUTO_TEST_CASE(nulls_and_values_are_kept_and_nested_objects_are_reached)
{
    auto page = sentry_api::decode<sentry_api::group_hashes>(R"([
      {"id": "c4a4d06bc314205bb3b6bdb612dde7f1", "state": "locked", "latestEvent": {
        "id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "sdk": null, "user": {"id": "7"},
        "entries": [
          {"type": "exception", "data": {"values": [{"type": "E", "stacktrace": {"frames": [{"function": "f"}]}}]}},
          {"type": "request", "data": {"url": "https://example.org/"}},
          {"type": "debugmeta", "data": {"images": [{"x": null}]}}],
        "tags": [{"value": "error"}]}},
      {"id": "0d4d7f93bb2b0a7b1e3e5a4bd0cc4c3a"}])");
    BOOST_TEST_REQUIRE(page.has_value());
    strings const missing = sentry_api::check_sentry_shape(*page);
    auto has = [&](char const* p) { return std::find(missing.begin(), missing.end(), p) != missing.end(); };
    BOOST_TEST(!has("/0/state"));                 // a value: kept
    BOOST_TEST(!has("/0/latestEvent/sdk"));       // null: there
    BOOST_TEST(has("/0/latestEvent/user/email"));
    BOOST_TEST(has("/0/latestEvent/entries/0/data/values/0/stacktrace/frames/0/lineNo"));
    BOOST_TEST(has("/0/latestEvent/entries/0/data/values/0/stacktrace/hasSystemFrames"));
    BOOST_TEST(has("/0/latestEvent/entries/1/data/query"));
    BOOST_TEST(!has("/0/latestEvent/entries/2/data/images")); // an unknown entry's data is JSON only
    BOOST_TEST(has("/0/latestEvent/tags/0/key"));
    BOOST_TEST(has("/1/latestEvent"));
    BOOST_TEST(has("/1/state"));

    sentry_api::fill_sentry_shape(*page);
    // What has no empty value stays: a tag's key.
    BOOST_TEST(sentry_api::check_sentry_shape(*page) == strings{"/0/latestEvent/tags/0/key"});
    std::string const out = sentry_api::encode(*page);
    boost::json::value const dom = boost::json::parse(out);
    BOOST_TEST(dom.at_pointer("/0/state") == "locked");
    BOOST_TEST(dom.at_pointer("/1/state") == "unlocked");
    BOOST_TEST(dom.at_pointer("/1/latestEvent").is_null());
    BOOST_TEST(dom.at_pointer("/0/latestEvent/sdk").is_null());
    BOOST_TEST(dom.at_pointer("/0/latestEvent/entries/1/data/query") == boost::json::array());
    BOOST_TEST(dom.at_pointer("/0/latestEvent/entries/0/data/values/0/stacktrace/hasSystemFrames") == false);
    BOOST_TEST(dom.at_pointer("/0/latestEvent/entries/0/data/values/0/stacktrace/frames/0/context") ==
               boost::json::array());
    BOOST_TEST(dom.at_pointer("/0/latestEvent/entries/2/data") ==
               boost::json::parse(R"({"images": [{"x": null}]})"));
    // Filled for today's Sentry, a hash has mergedBySeer false and seerMatchDistance null.
    sentry_api::group_hash h;
    h.id = std::string("c4a4d06bc314205bb3b6bdb612dde7f1");
    sentry_api::fill_sentry_shape(h, current);
    BOOST_TEST(sentry_api::encode(h) ==
               R"({"latestEvent":null,"id":"c4a4d06bc314205bb3b6bdb612dde7f1","mergedBySeer":false,"seerMatchDistance":null})");
}

BOOST_AUTO_TEST_CASE(a_decoded_payload_without_an_id_is_reported_not_invented)
{
    auto page = sentry_api::decode<sentry_api::group_hashes>(R"([{"latestEvent": null, "state": "unlocked"}])");
    BOOST_TEST_REQUIRE(page.has_value());
    sentry_api::fill_sentry_shape(*page);
    BOOST_TEST(sentry_api::check_sentry_shape(*page) == strings{"/0/id"});
    BOOST_TEST(sentry_api::check_sentry_shape(sentry_api::events{}).empty());
    BOOST_TEST(sentry_api::check_sentry_shape(sentry_api::group_hashes{}).empty());
}

BOOST_AUTO_TEST_CASE(every_payload_reports_only_absent_keys_and_filling_adds_no_violation)
{
    for (auto const& f : test_support::payload_files())
        for (auto era : {sentry_api::sentry_era::documented, sentry_api::sentry_era::current}) {
            BOOST_TEST_CONTEXT(f.string() << (era == sentry_api::sentry_era::current ? " (current)" : ""))
            {
                std::string const text = test_support::read_file(f);
                boost::json::value const dom = boost::json::parse(text);
                sentry_api::sentry_shape_options const o{era};
                auto check = [&](auto t) {
                    using T = typename decltype(t)::type;
                    auto v = sentry_api::decode<T>(text).value();
                    std::size_t const violations = sentry_api::validate<T>(text).violations.size();
                    for (auto const& p : sentry_api::check_sentry_shape(v, o)) {
                        boost::system::error_code ec;
                        BOOST_TEST(dom.find_pointer(p, ec) == nullptr, p); // really absent
                        std::string const parent = p.substr(0, p.rfind('/'));
                        BOOST_TEST(dom.find_pointer(parent, ec) != nullptr, p); // in an object that is there
                    }
                    sentry_api::fill_sentry_shape(v, o);
                    for (auto const& p : sentry_api::check_sentry_shape(v, o))
                        BOOST_TEST((p.size() >= 3 && (p.substr(p.size() - 3) == "/id" || p.find("/tags/") != std::string::npos ||
                                                      p.find("Timestamp") != std::string::npos)),
                                   p);
                    BOOST_TEST(sentry_api::validate<T>(sentry_api::encode(v)).violations.size() == violations);
                };
                std::string const type = test_support::payload_type(dom);
                if (type == "hashes")
                    check(boost::mp11::mp_identity<sentry_api::group_hashes>{});
                else if (type == "events")
                    check(boost::mp11::mp_identity<sentry_api::events>{});
                else
                    check(boost::mp11::mp_identity<sentry_api::event>{});
            }
        }
}

BOOST_AUTO_TEST_CASE(a_value_kept_by_lenient_decoding_is_there_and_not_added_twice)
{
    // Lenient decoding leaves the member absent and keeps the value of the wrong kind in the
    // object's unknown keys: the key is in the document, so it is neither missing nor filled.
    sentry_api::decode_options lenient;
    lenient.lenient = true;
    auto ev = sentry_api::decode<sentry_api::event>(
        R"({"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "size": "big", "user": 5})", lenient);
    BOOST_TEST_REQUIRE(ev.has_value());
    strings const missing = sentry_api::check_sentry_shape(*ev);
    BOOST_TEST((std::find(missing.begin(), missing.end(), "/size") == missing.end()));
    BOOST_TEST((std::find(missing.begin(), missing.end(), "/user") == missing.end()));
    BOOST_TEST((std::find(missing.begin(), missing.end(), "/sdk") != missing.end()));
    sentry_api::fill_sentry_shape(*ev);
    std::string const out = sentry_api::encode(*ev);
    // Still JSON without a key twice (json_text refuses duplicate keys), the kept values as they came.
    auto held = sentry_api::decode<sentry_api::json_text>(out);
    BOOST_TEST_REQUIRE(held.has_value(), out);
    boost::json::value const dom = boost::json::parse(out);
    BOOST_TEST(dom.at("size") == "big");
    BOOST_TEST(dom.at("user") == 5);
    BOOST_TEST(dom.at("sdk").is_null());
}
