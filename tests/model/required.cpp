// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/model/group_hash.hpp>

#define BOOST_TEST_MODULE model_required
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>

#include "../support/cases.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// Every key the contract marks required (docs/contract.md), taken out of a document one at a time, at
// every level: the document still decodes (the key is held as absent), comes back byte for byte
// in its own style (the key stays absent), and validates with exactly one `required` violation
// at the key's pointer. The same key holding null is held too (one `type` violation); holding a
// value of the wrong kind, it is a decode error at its pointer. Frames have no required key.

namespace {

// A page of one hash whose event has every level that has a required key: sdk, tags, errors,
// an entry of each known type and one of a type nobody knows. Keys do not all come in the
// model's declaration order, and a non-ASCII string tells `ensure_ascii` apart.
constexpr char const* page_text = R"([{
  "id": "c4a4d06bc314205bb3b6bdb612dde7f1",
  "state": "locked",
  "latestEvent": {
    "id": "42",
    "eventID": "0123456789abcdef0123456789abcdef",
    "sdk": {"version": "2.0.1", "name": "sentry.rust", "extra": 1},
    "tags": [{"key": "level", "value": "error"}, {"value": "caf\u00e9", "key": "place", "query": "place:x"}],
    "errors": [{"type": "js_no_source", "message": "no source"}, {"data": {"u": 1}, "type": "unknown_error"}],
    "entries": [
      {"type": "message", "data": {"formatted": "caf\u00e9 closed"}},
      {"data": {"frames": [{"function": "main", "lineNo": 7}], "hasSystemFrames": false}, "type": "stacktrace"},
      {"type": "exception", "data": {"values": [{"type": "E", "stacktrace": {"frames": [{"lineNo": 1}, {}]}}]}},
      {"type": "template", "data": {"lineNo": 3, "filename": "t.html"}},
      {"type": "request", "data": {"method": "POST", "url": "http://example.com/"}},
      {"type": "breadcrumbs", "data": {"values": [{"category": "ui", "timestamp": 1.5}]}},
      {"type": "threads", "data": {"values": [{"id": 1, "stacktrace": {"frames": [{"inApp": true}]}}]}},
      {"type": "debugmeta", "data": {"images": [{"x": null}]}, "after": 1}
    ],
    "title": "caf\u00e9"
  }
}])";

// A list of events (/issues/{id}/events/): its items are events without a hash around them.
constexpr char const* events_text = R"([
  {"eventID": "0123456789abcdef0123456789abcdef", "id": "1", "event.type": "error"},
  {"id": "2", "eventID": "fedcba9876543210fedcba9876543210", "tags": [{"key": "k", "value": "v"}]}
])";

enum class target { hashes, event, events };

std::ostream& operator<<(std::ostream& os, target t)
{
    return os << (t == target::hashes ? "hashes" : t == target::event ? "event" : "events");
}

boost::json::value base(target t)
{
    if (t == target::events)
        return boost::json::parse(events_text);
    auto page = boost::json::parse(page_text);
    if (t == target::hashes)
        return page;
    return page.at(0).at("latestEvent");
}

struct required_key_case {
    target type;
    std::string pointer;     ///< the required key, taken out (or changed) in the base document
    bool null_is_ok = false; ///< the key's value may be any JSON, null too
};

std::ostream& operator<<(std::ostream& os, required_key_case const& c) { return os << c.type << ' ' << c.pointer; }

std::vector<required_key_case> const cases = {
    // A page item and the event inside it.
    {target::hashes, "/0/id"},
    {target::hashes, "/0/latestEvent/id"},
    {target::hashes, "/0/latestEvent/eventID"},
    {target::hashes, "/0/latestEvent/sdk/name"},
    {target::hashes, "/0/latestEvent/entries/1/data/frames"},
    // An event on its own.
    {target::event, "/id"},
    {target::event, "/eventID"},
    {target::event, "/sdk/name"},
    {target::event, "/sdk/version"},
    {target::event, "/tags/0/key"},
    {target::event, "/tags/0/value"},
    {target::event, "/tags/1/key"},
    {target::event, "/tags/1/value"},
    {target::event, "/errors/0/type"},
    {target::event, "/errors/1/type"},
    // Each entry's data, each entry's type (an entry without one is held as an unknown entry),
    // and the required keys inside the data.
    {target::event, "/entries/0/data"},
    {target::event, "/entries/0/type"},
    {target::event, "/entries/1/data"},
    {target::event, "/entries/1/type"},
    {target::event, "/entries/1/data/frames"},
    {target::event, "/entries/2/data"},
    {target::event, "/entries/2/type"},
    {target::event, "/entries/2/data/values"},
    {target::event, "/entries/2/data/values/0/stacktrace/frames"},
    {target::event, "/entries/3/data"},
    {target::event, "/entries/4/data"},
    {target::event, "/entries/5/data"},
    {target::event, "/entries/5/data/values"},
    {target::event, "/entries/6/data"},
    {target::event, "/entries/6/type"},
    {target::event, "/entries/6/data/values"},
    {target::event, "/entries/6/data/values/0/stacktrace/frames"},
    {target::event, "/entries/7/data", true},
    {target::event, "/entries/7/type"},
    // A list of events.
    {target::events, "/0/eventID"},
    {target::events, "/1/id"},
    {target::events, "/1/tags/0/value"},
};

std::vector<required_key_case> cases_where_null_is_wrong()
{
    std::vector<required_key_case> out;
    for (auto const& c : cases)
        if (!c.null_is_ok)
            out.push_back(c);
    return out;
}

// The styles a payload comes in: Python's three, another indent, and escaped non-ASCII text.
std::vector<sentry_api::encode_options> styles()
{
    std::vector<sentry_api::encode_options> out(5);
    out[0].style = sentry_api::style::compact;
    out[1].style = sentry_api::style::python;
    out[2].style = sentry_api::style::pretty;
    out[3].style = sentry_api::style::pretty;
    out[3].indent = 4;
    out[4].style = sentry_api::style::python;
    out[4].ensure_ascii = true;
    return out;
}

std::string show(std::vector<sentry_api::violation> const& vs)
{
    std::string out;
    for (auto const& v : vs)
        out += "[" + v.pointer + " " + std::string(to_string(v.rule)) + ": " + v.message + "] ";
    return out;
}

template<class T>
void holds_and_reports(std::string const& text, boost::json::value const& dom, std::string const& pointer,
                       std::string const& rule)
{
    auto r = sentry_api::decode<T>(text);
    BOOST_TEST_REQUIRE(r.has_value(), (r ? "" : r.error().to_string()));
    auto ts = sentry_api::detect_style(text);
    BOOST_TEST(sentry_api::encode(*r, ts.options) == text);

    auto from_dom = sentry_api::decode<T>(dom);
    BOOST_TEST_REQUIRE(from_dom.has_value());
    BOOST_TEST(sentry_api::encode(*from_dom) == sentry_api::encode(dom));

    for (auto const& report : {sentry_api::validate<T>(text), sentry_api::validate<T>(dom)}) {
        BOOST_TEST(!report.error);
        BOOST_TEST_REQUIRE(report.violations.size() == 1u, show(report.violations));
        BOOST_TEST(report.violations[0].pointer == pointer);
        BOOST_TEST(to_string(report.violations[0].rule) == rule);
    }
}

void holds_and_reports(target t, std::string const& text, boost::json::value const& dom, std::string const& pointer,
                       std::string const& rule)
{
    if (t == target::hashes)
        holds_and_reports<sentry_api::group_hashes>(text, dom, pointer, rule);
    else if (t == target::event)
        holds_and_reports<sentry_api::event>(text, dom, pointer, rule);
    else
        holds_and_reports<sentry_api::events>(text, dom, pointer, rule);
}

template<class T>
std::optional<sentry_api::codec::error> decode_error_of(std::string const& text)
{
    auto r = sentry_api::decode<T>(text);
    if (r.has_value())
        return std::nullopt;
    return r.error();
}

std::optional<sentry_api::codec::error> decode_error_of(target t, std::string const& text)
{
    if (t == target::hashes)
        return decode_error_of<sentry_api::group_hashes>(text);
    if (t == target::event)
        return decode_error_of<sentry_api::event>(text);
    return decode_error_of<sentry_api::events>(text);
}

} // namespace

BOOST_AUTO_TEST_CASE(the_documents_are_whole_and_valid)
{
    for (target t : {target::hashes, target::event, target::events}) {
        BOOST_TEST_CONTEXT(t)
        {
            auto dom = base(t);
            for (auto const& o : styles()) {
                std::string text = sentry_api::encode(dom, o);
                bool ok = false;
                if (t == target::hashes) {
                    auto r = sentry_api::decode<sentry_api::group_hashes>(text);
                    ok = r && sentry_api::encode(*r, o) == text && sentry_api::validate<sentry_api::group_hashes>(text).ok();
                } else if (t == target::event) {
                    auto r = sentry_api::decode<sentry_api::event>(text);
                    ok = r && sentry_api::encode(*r, o) == text && sentry_api::validate<sentry_api::event>(text).ok();
                } else {
                    auto r = sentry_api::decode<sentry_api::events>(text);
                    ok = r && sentry_api::encode(*r, o) == text && sentry_api::validate<sentry_api::events>(text).ok();
                }
                BOOST_TEST(ok, text);
            }
        }
    }
}

BOOST_DATA_TEST_CASE(an_absent_required_key_is_held_and_reported, boost::unit_test::data::make(cases), c)
{
    auto dom = base(c.type);
    test_support::remove_at(dom, c.pointer);
    for (auto const& o : styles()) {
        std::string text = sentry_api::encode(dom, o);
        BOOST_TEST_CONTEXT(text) { holds_and_reports(c.type, text, dom, c.pointer, "required"); }
    }
}

BOOST_DATA_TEST_CASE(a_required_key_that_is_null_is_held_and_reported,
                     boost::unit_test::data::make(cases_where_null_is_wrong()), c)
{
    auto dom = base(c.type);
    test_support::set_at(dom, c.pointer, nullptr);
    for (auto const& o : styles()) {
        std::string text = sentry_api::encode(dom, o);
        BOOST_TEST_CONTEXT(text) { holds_and_reports(c.type, text, dom, c.pointer, "type"); }
    }
}

BOOST_DATA_TEST_CASE(a_required_key_of_the_wrong_kind_is_a_decode_error,
                     boost::unit_test::data::make(cases_where_null_is_wrong()), c)
{
    // No required key of the model holds a boolean.
    auto dom = base(c.type);
    test_support::set_at(dom, c.pointer, true);
    std::string text = sentry_api::encode(dom, sentry_api::style::pretty);
    auto e = decode_error_of(c.type, text);
    BOOST_TEST_REQUIRE(e.has_value(), "decoded, but should fail");
    BOOST_TEST(to_string(e->kind) == "type");
    BOOST_TEST(e->where() == c.pointer);
    BOOST_TEST(e->message.find("got boolean") != std::string::npos, e->message);
}

BOOST_AUTO_TEST_CASE(what_is_absent_reads_as_absent)
{
    // How a program tests for a required key that did not come.
    auto dom = base(target::hashes);
    for (char const* p : {"/0/id", "/0/latestEvent/sdk/version", "/0/latestEvent/tags/1/key",
                          "/0/latestEvent/errors/0/type", "/0/latestEvent/entries/2/data/values",
                          "/0/latestEvent/entries/1/data/frames", "/0/latestEvent/entries/0/type",
                          "/0/latestEvent/entries/7/data"})
        test_support::remove_at(dom, p);
    auto page = sentry_api::decode<sentry_api::group_hashes>(dom).value();
    auto const& hash = page.at(0);
    BOOST_TEST(hash.id.is_absent());
    BOOST_TEST(hash.id.value_or("(none)") == "(none)");
    auto const& ev = *hash.latestEvent;
    BOOST_TEST(*ev.eventID == "0123456789abcdef0123456789abcdef");
    BOOST_TEST(*ev.sdk->name == "sentry.rust");
    BOOST_TEST(ev.sdk->version.is_absent());
    BOOST_TEST(*(*ev.tags)[1].value == "caf\xC3\xA9");
    BOOST_TEST(!(*ev.tags)[1].key.has_value());
    BOOST_TEST((*ev.errors)[0].type.is_absent());
    auto const& entries = *ev.entries;
    // The message entry without its type is held as an unknown entry, its data as it came.
    auto const* untyped = std::get_if<sentry_api::unknown_entry>(&entries[0]);
    BOOST_TEST_REQUIRE(untyped != nullptr);
    BOOST_TEST(untyped->type.is_absent());
    BOOST_TEST(untyped->data->to_value().as_object().at("formatted") == "caf\xC3\xA9 closed");
    auto const& trace = std::get<sentry_api::stacktrace_entry>(entries[1]).data;
    BOOST_TEST_REQUIRE(trace.has_value());
    BOOST_TEST(trace->frames.is_absent());
    BOOST_TEST(*trace->hasSystemFrames == false);
    BOOST_TEST(std::get<sentry_api::exception_entry>(entries[2]).data->values.is_absent());
    auto const& debugmeta = std::get<sentry_api::unknown_entry>(entries[7]);
    BOOST_TEST(*debugmeta.type == "debugmeta");
    BOOST_TEST(debugmeta.data.is_absent());

    auto report = sentry_api::validate<sentry_api::group_hashes>(dom);
    BOOST_TEST(report.violations.size() == 8u, show(report.violations));
}

BOOST_AUTO_TEST_CASE(the_schema_still_lists_every_required_key)
{
    auto schema = sentry_api::json_schema<sentry_api::group_hashes>();
    auto const& defs = schema.at("$defs").as_object();
    std::vector<std::pair<char const*, std::vector<char const*>>> const expected = {
        {"group_hash", {"id"}},
        {"event", {"eventID", "id"}},
        {"sdk", {"name", "version"}},
        {"tag", {"value", "key"}},
        {"event_error", {"type"}},
        {"message_entry", {"data"}},
        {"stacktrace_entry", {"data"}},
        {"exception_entry", {"data"}},
        {"template_entry", {"data"}},
        {"request_entry", {"data"}},
        {"breadcrumbs_entry", {"data"}},
        {"threads_entry", {"data"}},
        {"unknown_entry", {"type", "data"}},
        {"entry", {"type"}},
        {"stacktrace", {"frames"}},
        {"exception_data", {"values"}},
        {"breadcrumbs_data", {"values"}},
        {"threads_data", {"values"}},
    };
    for (auto const& [name, keys] : expected) {
        BOOST_TEST_CONTEXT(name)
        {
            auto const* def = defs.if_contains(name);
            BOOST_TEST_REQUIRE(def != nullptr);
            boost::json::array want;
            for (char const* k : keys)
                want.emplace_back(k);
            auto const* required = def->as_object().if_contains("required");
            BOOST_TEST_REQUIRE(required != nullptr);
            BOOST_TEST(*required == boost::json::value(want), boost::json::serialize(*required));
        }
    }
    BOOST_TEST(defs.at("frame").as_object().if_contains("required") == nullptr);
}
