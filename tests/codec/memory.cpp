// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/codec/validate.hpp>

#define BOOST_TEST_MODULE codec_memory
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>

#include "../support/corpus.hpp"
#include "../support/counting_new.hpp"

#include <boost/json/monotonic_resource.hpp>

#include <cstddef>
#include <string>

namespace {

using test_support::allocations_of;

std::string documented_body()
{
    return test_support::read_file(std::filesystem::path(SENTRY_API_TEST_DATA) / "issue-hashes-response.json");
}

std::string nulls(std::size_t n)
{
    std::string text = "[";
    for (std::size_t i = 0; i < n; ++i)
        text += i ? ", null" : "null";
    return text + "]";
}

std::string page_of_documented(std::size_t n)
{
    auto one = sentry_api::decode<sentry_api::group_hashes>(documented_body());
    BOOST_TEST_REQUIRE(one.has_value());
    sentry_api::group_hashes page(n, one->front());
    return sentry_api::encode(page);
}

} // namespace

BOOST_AUTO_TEST_CASE(validation_stops_at_its_limit_and_keeps_little)
{
    std::string const text = nulls(200000);
    sentry_api::validation_report report;
    auto const used = allocations_of([&] { report = sentry_api::validate<sentry_api::group_hashes>(text); });
    BOOST_TEST(report.stopped);
    BOOST_TEST(!report.error);
    BOOST_TEST(report.violations.size() == 1000u);
    BOOST_TEST(report.violations.back().pointer == "/999");
    BOOST_TEST(used.peak < 512u * 1024u);
}

BOOST_AUTO_TEST_CASE(without_a_limit_memory_grows_only_with_the_violations)
{
    std::string const text = nulls(200000);
    sentry_api::decode_options options;
    options.max_violations = 0;
    sentry_api::validation_report report;
    auto const used = allocations_of([&] { report = sentry_api::validate<sentry_api::group_hashes>(text, options); });
    BOOST_TEST(!report.stopped);
    BOOST_TEST(report.violations.size() == 200000u);
    BOOST_TEST(used.peak <= 200u * report.violations.size());
}

BOOST_AUTO_TEST_CASE(validation_keeps_no_copy_of_the_document)
{
    std::string const text = page_of_documented(200);
    sentry_api::validation_report report;
    auto const validated = allocations_of([&] { report = sentry_api::validate<sentry_api::group_hashes>(text); });
    BOOST_TEST(report.ok());
    sentry_api::result<sentry_api::group_hashes> page = sentry_api::group_hashes{};
    auto const decoded = allocations_of([&] { page = sentry_api::decode<sentry_api::group_hashes>(text); });
    BOOST_TEST_REQUIRE(page.has_value());
    // One item at a time: a small part of what the decoded page needs.
    BOOST_TEST(validated.peak * 50 < decoded.peak);
}

BOOST_AUTO_TEST_CASE(decoding_into_a_value_reuses_what_it_holds)
{
    // Typed members only: a warm value takes the page again with almost no allocation.
    std::string item = R"({"id":"c4a4d06bc314205bb3b6bdb612dde7f1","latestEvent":{"id":"1",)"
                       R"("eventID":"02b454c50b654edbba8b3b9a98ba1058","entries":[{"type":"stacktrace","data":)"
                       R"({"frames":[{"function":"a_function_with_a_long_name","lineNo":3,"context":)"
                       R"([[1,"a line of source code, long enough to be allocated"]]}]}}]}})";
    std::string typed = "[" + item;
    for (int i = 1; i < 20; ++i)
        typed += "," + item;
    typed += "]";
    sentry_api::group_hashes typed_page;
    auto const cold = allocations_of([&] { BOOST_TEST(!sentry_api::decode_into(typed_page, typed)); });
    auto const warm = allocations_of([&] { BOOST_TEST(!sentry_api::decode_into(typed_page, typed)); });
    BOOST_TEST(warm.count * 20 < cold.count);
    auto const typed_fresh = sentry_api::decode<sentry_api::group_hashes>(typed);
    BOOST_TEST_REQUIRE(typed_fresh.has_value());
    BOOST_TEST((sentry_api::encode(typed_page) == sentry_api::encode(*typed_fresh)));

    // JSON kept as it came is built anew, the rest is reused.
    std::string const text = page_of_documented(20);
    sentry_api::group_hashes page;
    auto const first = allocations_of([&] { BOOST_TEST(!sentry_api::decode_into(page, text)); });
    auto const again = allocations_of([&] { BOOST_TEST(!sentry_api::decode_into(page, text)); });
    BOOST_TEST(again.count * 3 < first.count * 2);
    auto const fresh = sentry_api::decode<sentry_api::group_hashes>(text);
    BOOST_TEST_REQUIRE(fresh.has_value());
    BOOST_TEST((sentry_api::encode(page) == sentry_api::encode(*fresh)));
    BOOST_TEST((sentry_api::encode(page) == text));

    // A shorter page read into a longer one leaves no item behind; an error says where.
    BOOST_TEST(!sentry_api::decode_into(page, page_of_documented(3)));
    BOOST_TEST(page.size() == 3u);
    auto e = sentry_api::decode_into(page, R"([{"id": 5}])");
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(e->pointer == "/0/id");
}

// Unknown keys' values are DOM values, made in decode_options::storage; JSON held as text is
// parsed into the storage given to to_value.
BOOST_AUTO_TEST_CASE(held_json_goes_to_the_given_storage)
{
    boost::json::monotonic_resource resource;
    sentry_api::decode_options options;
    options.storage = &resource;
    std::string const text = documented_body();
    auto page = sentry_api::decode<sentry_api::group_hashes>(text, options);
    BOOST_TEST_REQUIRE(page.has_value());
    auto const& ev = *page->front().latestEvent;
    BOOST_TEST(ev.context->to_value(&resource).storage().get() == &resource);
    auto const& trace = std::get<sentry_api::stacktrace_entry>(ev.entries->at(1)).data;
    BOOST_TEST_REQUIRE(trace.has_value());
    BOOST_TEST(trace->frames->at(0).vars->to_value(&resource).as_object().storage().get() == &resource);
    auto with_unknown = sentry_api::decode<sentry_api::group_hashes>(
        R"([{"id": "c4a4d06bc314205bb3b6bdb612dde7f1", "extra": {"a": [1, 2]}}])", options);
    BOOST_TEST_REQUIRE(with_unknown.has_value());
    BOOST_TEST(with_unknown->front().unknown.storage().get() == &resource);
    BOOST_TEST(with_unknown->front().unknown.at("extra").storage().get() == &resource);
    BOOST_TEST(sentry_api::encode(*page, sentry_api::style::pretty) == sentry_api::encode(
                                                                           *sentry_api::decode<sentry_api::group_hashes>(text),
                                                                           sentry_api::style::pretty));
}

// A page whose events were moved out (as a program that keeps the events and reads the next page
// into the same value does) is read into again: the boxes get new events, nothing is dereferenced.
BOOST_AUTO_TEST_CASE(decode_into_a_page_whose_events_were_moved_out)
{
    std::string const text = documented_body();
    auto page = sentry_api::decode<sentry_api::group_hashes>(text).value();
    auto taken = std::move(page.at(0).latestEvent.stored());
    BOOST_TEST(page.at(0).latestEvent.stored().valueless_after_move());
    BOOST_TEST(!sentry_api::decode_into(page, text));
    BOOST_TEST(sentry_api::encode(page, sentry_api::style::pretty) == text);
    BOOST_TEST(taken->eventID.has_value());
}

// A long vector counts the items left in the text once it has `spill_blocks::items`, and reads
// them into their final place: its peak is its items once, not twice.
BOOST_AUTO_TEST_CASE(a_long_vector_is_read_into_room_made_once)
{
    constexpr std::size_t n = 20000;
    std::string text = "[";
    for (std::size_t i = 0; i < n; ++i)
        text += (i ? ",\"" : "\"") + std::string(40, char('a' + i % 26)) + "\"";
    text += "]";
    std::size_t items = 0;
    auto const used = allocations_of([&] {
        auto r = sentry_api::decode<std::vector<std::string>>(text);
        BOOST_TEST_REQUIRE(r.has_value());
        items = r->size();
        BOOST_TEST((*r)[n - 1] == std::string(40, char('a' + (n - 1) % 26)));
    });
    BOOST_TEST(items == n);
    // The strings (41 bytes and up each), the vector once (32 bytes an item), and what the
    // first 4096 items took before the count: below 2 vectors' worth.
    BOOST_TEST(used.peak < n * (48 + 32) + 4096 * 32 * 2 + 64 * 1024);
}

// Items far smaller than those before them are not trusted to be as many as their commas: what
// the count does not make room for goes to spill blocks, and every item still comes in order.
BOOST_AUTO_TEST_CASE(items_past_the_counted_room_are_read_all_the_same)
{
    std::string text = "[";
    std::vector<std::int64_t> want;
    for (std::size_t i = 0; i < 5000; ++i)
        want.push_back(1000000000000 + std::int64_t(i));
    for (std::size_t i = 0; i < 30000; ++i)
        want.push_back(std::int64_t(i % 10));
    for (std::size_t i = 0; i < want.size(); ++i)
        text += (i ? "," : "") + std::to_string(want[i]);
    text += "]";
    auto r = sentry_api::decode<std::vector<std::int64_t>>(text);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST((*r == want));
}

// Text of many tiny items that do not read (`,1,1,1` where hashes are wanted) makes no room for
// a hash per comma: the room is bounded by the size of the items read before it.
BOOST_AUTO_TEST_CASE(tiny_items_that_fail_make_little_room)
{
    std::string text = "[";
    for (std::size_t i = 0; i < 4200; ++i)
        text += i ? R"(,{"id":"c4a4d06bc314205bb3b6bdb612dde7f1","latestEvent":null,"state":"locked"})"
                  : R"({"id":"c4a4d06bc314205bb3b6bdb612dde7f1","latestEvent":null,"state":"locked"})";
    for (std::size_t i = 0; i < 1000000; ++i)
        text += ",1";
    text += "]";
    std::string where;
    auto const used = allocations_of([&] {
        auto r = sentry_api::decode<sentry_api::group_hashes>(text);
        BOOST_TEST_REQUIRE(!r.has_value());
        where = r.error().where();
    });
    BOOST_TEST(where == "/4200");
    // A hash for each of the 1,004,200 commas would be over 150 MB; a hash per 20 bytes of
    // what is left (a quarter of the 80-byte items read so far) is about 15 MB.
    BOOST_TEST(used.peak < 24u * 1024u * 1024u);
}
