// SPDX-License-Identifier: BSL-1.0
#include <sentry_api.hpp>

#define BOOST_TEST_MODULE model_validate
#include <boost/test/unit_test.hpp>

#include "../support/cases.hpp"
#include "../support/corpus.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

// The contract of docs/contract.md as a table (tests/data/validation_cases.json): each case lists the
// exact set of violations validate must report, from text and from a DOM alike.

namespace {

using violation_set = std::set<std::pair<std::string, std::string>>;

template<class Input>
sentry_api::validation_report validate_as(std::string const& type, Input const& input)
{
    if (type == "hashes")
        return sentry_api::validate<sentry_api::group_hashes>(input);
    return sentry_api::validate<sentry_api::event>(input);
}

violation_set found(sentry_api::validation_report const& report)
{
    violation_set out;
    for (auto const& v : report.violations)
        out.emplace(v.pointer, std::string(to_string(v.rule)));
    return out;
}

std::string describe(violation_set const& s)
{
    std::string out;
    for (auto const& v : s)
        out += "[" + v.first + " " + v.second + "] ";
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_table_of_cases)
{
    auto cases = test_support::load_validation_cases(SENTRY_API_TEST_DATA "/validation_cases.json");
    BOOST_TEST(cases.size() >= 40u);
    for (auto const& c : cases) {
        BOOST_TEST_CONTEXT(c.name)
        {
            std::string text = sentry_api::encode(c.document, sentry_api::style::pretty);
            auto from_text = validate_as(c.type, text);
            auto from_dom = validate_as(c.type, c.document);
            BOOST_TEST(!from_text.error);
            BOOST_TEST(describe(found(from_text)) == describe(c.violations));
            BOOST_TEST(describe(found(from_dom)) == describe(c.violations));
            BOOST_TEST(from_text.ok() == c.violations.empty());
            for (auto const& v : from_text.violations) {
                BOOST_TEST(!v.message.empty());
                // Every pointer leads into the document, or to a missing key's place in it.
                std::string parent = v.pointer.substr(0, v.pointer.rfind('/'));
                boost::system::error_code ec;
                BOOST_TEST((v.pointer.empty() || c.document.find_pointer(parent, ec) != nullptr), v.pointer);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(messages_say_what_was_expected_and_found)
{
    auto report = sentry_api::validate<sentry_api::event>(
        R"({"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "size": -1, "platform": 5})");
    BOOST_TEST_REQUIRE(report.violations.size() == 2u);
    BOOST_TEST(report.violations[0].pointer == "/size");
    BOOST_TEST(report.violations[0].message == "expected integer >= 0, got -1");
    BOOST_TEST(report.violations[1].message == "expected string, got integer");
    // The rule's type is named in `sentry_api`, as the violation's is.
    sentry_api::rule_kind const rule = report.violations[0].rule;
    BOOST_TEST((rule == sentry_api::rule_kind::range));
    BOOST_TEST((report.violations[1].rule == sentry_api::rule_kind::type));
}

BOOST_AUTO_TEST_CASE(text_that_is_not_json_is_reported_with_its_place)
{
    auto report = sentry_api::validate<sentry_api::event>("{\"id\": \"1\",\n  \"size\": }");
    BOOST_TEST(!report.ok());
    BOOST_TEST_REQUIRE(report.error.has_value());
    BOOST_TEST(report.error->where() == "2:11");
    BOOST_TEST(report.violations.empty());
}

BOOST_AUTO_TEST_CASE(the_documented_payload_is_valid)
{
    auto report = sentry_api::validate<sentry_api::group_hashes>(test_support::read_file(SENTRY_API_TEST_DATA "/issue-hashes-response.json"));
    BOOST_TEST(report.ok(), describe(found(report)));
}

BOOST_AUTO_TEST_CASE(every_recorded_payload_is_valid)
{
    auto files = test_support::corpus_files();
    if (files.empty()) {
        std::cout << "no corpus at " << test_support::corpus_dir() << ": recorded payloads not checked\n";
        return;
    }
    std::size_t checked = 0;
    for (auto const& file : files) {
        std::string text = test_support::read_file(file);
        std::string type = test_support::payload_type(boost::json::parse(text));
        auto report = type == "hashes"  ? sentry_api::validate<sentry_api::group_hashes>(text)
                      : type == "event" ? sentry_api::validate<sentry_api::event>(text)
                                        : sentry_api::validate<sentry_api::events>(text);
        BOOST_TEST(report.ok(), file.filename() << ": " << describe(found(report)));
        ++checked;
    }
    BOOST_TEST(checked >= 10u);
}

namespace {

// decode_and_validate against decode_into and then validate, on one text: the same value (as
// encoded), the same violations with the same messages, or the same error.
template<class T>
void one_read_as_two(std::string const& text, std::string const& name)
{
    BOOST_TEST_CONTEXT(name)
    {
        T once{};
        auto report = sentry_api::decode_and_validate(once, text);
        auto decoded = sentry_api::decode<T>(text);
        auto checked = sentry_api::validate<T>(text);
        BOOST_TEST(report.error.has_value() == !decoded.has_value());
        if (!decoded) {
            BOOST_TEST(report.error->to_string() == decoded.error().to_string());
            BOOST_TEST(report.violations.empty());
            return;
        }
        BOOST_TEST(sentry_api::encode(once) == sentry_api::encode(*decoded));
        BOOST_TEST_REQUIRE(report.violations.size() == checked.violations.size());
        for (std::size_t i = 0; i < checked.violations.size(); ++i) {
            BOOST_TEST(report.violations[i].pointer == checked.violations[i].pointer);
            BOOST_TEST(report.violations[i].rule == checked.violations[i].rule);
            BOOST_TEST(report.violations[i].message == checked.violations[i].message);
        }
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(decode_and_validate_reads_once_what_the_two_give)
{
    auto cases = test_support::load_validation_cases(SENTRY_API_TEST_DATA "/validation_cases.json");
    std::size_t with_violations = 0, refused = 0;
    for (auto const& c : cases) {
        std::string text = sentry_api::encode(c.document, sentry_api::style::pretty);
        if (c.type == "hashes")
            one_read_as_two<sentry_api::group_hashes>(text, c.name);
        else
            one_read_as_two<sentry_api::event>(text, c.name);
        with_violations += c.violations.empty() ? 0 : 1;
        refused += (c.type == "hashes" ? !sentry_api::decode<sentry_api::group_hashes>(text).has_value()
                                       : !sentry_api::decode<sentry_api::event>(text).has_value());
    }
    // The table has both kinds: violations that decoding accepts and data it refuses.
    BOOST_TEST(with_violations > refused);
    BOOST_TEST(refused > 0u);
    one_read_as_two<sentry_api::group_hashes>(test_support::read_file(SENTRY_API_TEST_DATA "/issue-hashes-response.json"),
                                              "documented");
    one_read_as_two<sentry_api::event>("{\"id\": \"1\",\n  \"size\": }", "not JSON");
    for (auto const& file : test_support::corpus_files()) {
        std::string text = test_support::read_file(file);
        std::string type = test_support::payload_type(boost::json::parse(text));
        if (type == "hashes")
            one_read_as_two<sentry_api::group_hashes>(text, file.filename().string());
        else if (type == "event")
            one_read_as_two<sentry_api::event>(text, file.filename().string());
        else
            one_read_as_two<sentry_api::events>(text, file.filename().string());
    }
}

BOOST_AUTO_TEST_CASE(decode_and_validate_past_max_violations_still_reads_everything)
{
    std::string text = "[";
    for (int i = 0; i < 5; ++i)
        text += std::string(i ? "," : "") + R"({"id": "not hex )" + std::to_string(i) + R"(", "latestEvent": null})";
    text += "]";
    sentry_api::decode_options o;
    o.max_violations = 2;
    sentry_api::group_hashes page;
    auto report = sentry_api::decode_and_validate(page, text, o);
    BOOST_TEST(!report.error);
    BOOST_TEST(report.stopped);
    BOOST_TEST(report.violations.size() == 2u);
    BOOST_TEST_REQUIRE(page.size() == 5u);
    BOOST_TEST(sentry_api::encode(page[4]).find("\"not hex 4\"") != std::string::npos);
    // Read into again, a shorter page: the value is the new page only.
    report = sentry_api::decode_and_validate(page, R"([{"id": "c4a4d06bc314205bb3b6bdb612dde7f1"}])", o);
    BOOST_TEST(report.ok());
    BOOST_TEST(page.size() == 1u);
}

namespace {

// The documented body with what Sentry does not send: unknown keys at several depths (group
// hash, event, entry data, frame, an unknown entry; keys that need escaping), an entry of an
// unknown type, keys inside held JSON (`vars`, `contexts`: any JSON by contract), and two
// values of the wrong kind among them.
std::string with_unknowns()
{
    auto doc = boost::json::parse(test_support::read_file(SENTRY_API_TEST_DATA "/issue-hashes-response.json"));
    auto& hash = doc.as_array()[0].as_object();
    auto& ev = hash["latestEvent"].as_object();
    auto& entries = ev["entries"].as_array();
    entries[0].as_object()["data"].as_object()["dataX"] = 1;
    auto& frame = entries[1].as_object()["data"].as_object()["frames"].as_array()[0].as_object();
    frame["lineNo"] = "x";
    frame["frameX"] = boost::json::array{1};
    frame["vars"].as_object()["not_reported"] = boost::json::object{{"deep", 1}};
    ev["contexts"].as_object()["custom"] = boost::json::object{{"any", "key"}};
    entries.push_back(boost::json::object{{"type", "stack_trace"}, {"data", {{"frames", 1}}}, {"entryX", nullptr}});
    ev["eventX"] = "x";
    hash["state"] = 5;
    hash["a/b~c"] = true;
    return boost::json::serialize(doc);
}

using rule_list = std::vector<std::pair<std::string, std::string>>;

rule_list rules_of(sentry_api::validation_report const& report)
{
    rule_list out;
    for (auto const& v : report.violations)
        out.emplace_back(v.pointer, std::string(to_string(v.rule)));
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(unknown_keys_and_entry_types_are_violations_when_asked)
{
    std::string const text = with_unknowns();
    rule_list const contract = {{"/0/latestEvent/entries/1/data/frames/0/lineNo", "type"}, {"/0/state", "type"}};
    // Off by default: only the contract's violations.
    BOOST_TEST((rules_of(sentry_api::validate<sentry_api::group_hashes>(text)) == contract));

    sentry_api::decode_options o;
    o.report_unknown = true;
    rule_list const all = {
        {"/0/latestEvent/entries/0/data/dataX", "unknown"},
        {"/0/latestEvent/entries/1/data/frames/0/lineNo", "type"},
        {"/0/latestEvent/entries/1/data/frames/0/frameX", "unknown"},
        {"/0/latestEvent/entries/4/type", "unknown"},
        {"/0/latestEvent/entries/4/entryX", "unknown"},
        {"/0/latestEvent/eventX", "unknown"},
        {"/0/state", "type"},
        {"/0/a~1b~0c", "unknown"},
    };
    auto report = sentry_api::validate<sentry_api::group_hashes>(text, o);
    BOOST_TEST((rules_of(report) == all), describe(found(report)));
    BOOST_TEST(!report.stopped);
    BOOST_TEST_REQUIRE(report.violations.size() == all.size());
    BOOST_TEST((report.violations[3].rule == sentry_api::rule_kind::unknown));
    BOOST_TEST(report.violations[3].message ==
               "\"stack_trace\" is none of message, stacktrace, exception, template, request, breadcrumbs, threads");
    BOOST_TEST(report.violations[0].message == "a key the type does not describe");

    // Read once (leniently, so that the values of the wrong kind are kept), the same; and the
    // same from a DOM.
    sentry_api::group_hashes page;
    sentry_api::decode_options both = o;
    both.lenient = true;
    auto once = sentry_api::decode_and_validate(page, text, both);
    BOOST_TEST((rules_of(once) == all));
    BOOST_TEST((rules_of(sentry_api::validate<sentry_api::group_hashes>(boost::json::parse(text), o)) == all));
    // Without them asked for, decode_and_validate reports the contract's alone.
    sentry_api::decode_options lenient;
    lenient.lenient = true;
    BOOST_TEST((rules_of(sentry_api::decode_and_validate(page, text, lenient)) == contract));

    // The limit holds for them too.
    o.max_violations = 3;
    auto three = sentry_api::validate<sentry_api::group_hashes>(text, o);
    BOOST_TEST(three.stopped);
    BOOST_TEST((rules_of(three) == rule_list(all.begin(), all.begin() + 3)));
}

BOOST_AUTO_TEST_CASE(payloads_sentry_sends_have_nothing_unknown)
{
    sentry_api::decode_options o;
    o.report_unknown = true;
    auto report = sentry_api::validate<sentry_api::group_hashes>(
        test_support::read_file(SENTRY_API_TEST_DATA "/issue-hashes-response.json"), o);
    BOOST_TEST(report.ok(), describe(found(report)));
    // An event alone, and an entry of a known type with its keys all known.
    auto ev = sentry_api::validate<sentry_api::event>(
        R"({"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "entries": [{"type": "message", "data": {"formatted": "x"}}]})",
        o);
    BOOST_TEST(ev.ok(), describe(found(ev)));
    auto top = sentry_api::validate<sentry_api::event>(
        R"({"id": "1", "eventID": "02b454c50b654edbba8b3b9a98ba1058", "unexpected": {"a": 1}})", o);
    BOOST_TEST((rules_of(top) == rule_list{{"/unexpected", "unknown"}}));
}
