// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/model/event.hpp>

#define BOOST_TEST_MODULE model_edit
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>
// The codec on single values of the model (header-only in either mode).
#include <sentry_api/codec.hpp>

#include "../support/corpus.hpp"
#include "../support/strict_equal.hpp"

#include <boost/json/parse.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <type_traits>
#include <vector>

// Edit one value of a decoded payload and encode it again: the output differs from the input
// only inside that value. Every payload of tests/data/fidelity, the documented body and every
// recorded payload of ../shared/corpus/real/ (when present), values at several depths. The
// input is the file when our writer gives it back byte for byte (Python wrote it), else our own
// encoding of it in its style.

namespace fs = std::filesystem;

namespace {

// What one edit did: where, and the JSON text of the value before and after.
struct change {
    std::string pointer;
    std::string before;
    std::string after;
};

using editor = std::function<bool(sentry_api::event&, sentry_api::encode_options const&, change&)>;

template<class M, class F>
bool edit_member(M& m, std::string pointer, sentry_api::encode_options const& o, change& c, F&& f)
{
    c.pointer = std::move(pointer);
    c.before = sentry_api::encode(m, o);
    f(m);
    c.after = sentry_api::encode(m, o);
    return true;
}

// Edits at depths 1 to 8 of an event, each applied when the payload has the value.
std::vector<editor> const event_editors = {
    [](sentry_api::event& ev, auto const& o, change& c) {
        return ev.id.has_value() && edit_member(*ev.id, "/id", o, c, [](auto& v) { v += "0"; });
    },
    [](sentry_api::event& ev, auto const& o, change& c) {
        return ev.size.has_value() && edit_member(*ev.size, "/size", o, c, [](auto& v) { v.value += 1; });
    },
    [](sentry_api::event& ev, auto const& o, change& c) {
        return ev.title.has_value() && edit_member(*ev.title, "/title", o, c, [](auto& v) { v += " (edited \xC3\xA9)"; });
    },
    [](sentry_api::event& ev, auto const& o, change& c) {
        if (!ev.groupID.has_value())
            return false;
        return edit_member(*ev.groupID, "/groupID", o, c, [](auto& v) {
            if (auto* s = std::get_if<0>(&v))
                *s += "9";
            else
                std::get<1>(v).value += 9;
        });
    },
    [](sentry_api::event& ev, auto const& o, change& c) {
        return ev.sdk.has_value() && ev.sdk->version.has_value() &&
               edit_member(*ev.sdk->version, "/sdk/version", o, c, [](auto& v) { v = "9.9.9"; });
    },
    [](sentry_api::event& ev, auto const& o, change& c) {
        if (!ev.packages.has_value() || ev.packages->empty())
            return false;
        auto& first = *ev.packages->begin();
        std::string key;
        for (char ch : first.first)
            key += ch == '~' ? std::string("~0") : ch == '/' ? std::string("~1") : std::string(1, ch);
        return edit_member(first.second, "/packages/" + key, o, c, [](auto& v) { v += ".1"; });
    },
    [](sentry_api::event& ev, auto const& o, change& c) {
        if (!ev.tags.has_value() || ev.tags->empty() || !(*ev.tags)[0].value.has_value())
            return false;
        return edit_member(*(*ev.tags)[0].value, "/tags/0/value", o, c, [](auto& v) { v = "edited"; });
    },
    [](sentry_api::event& ev, auto const& o, change& c) {
        if (!ev.entries.has_value())
            return false;
        for (std::size_t k = 0; k < ev.entries->size(); ++k) {
            auto* ex = std::get_if<sentry_api::exception_entry>(&(*ev.entries)[k]);
            if (!ex || !ex->data.has_value() || !ex->data->values.has_value() || ex->data->values->empty() ||
                !(*ex->data->values)[0].stacktrace.has_value() ||
                !(*ex->data->values)[0].stacktrace->frames.has_value())
                continue;
            auto& frames = *(*ex->data->values)[0].stacktrace->frames;
            if (frames.empty() || !frames.back().function.has_value())
                continue;
            std::string at = "/entries/" + std::to_string(k) + "/data/values/0/stacktrace/frames/" +
                             std::to_string(frames.size() - 1) + "/function";
            return edit_member(*frames.back().function, at, o, c, [](auto& v) { v = "renamed"; });
        }
        return false;
    },
};

// Applies editor `e` to the payload's events (the first and the last); returns the changes' roots.
template<class T>
std::vector<std::string> apply(T& payload, editor const& e, sentry_api::encode_options const& o, change& c)
{
    if constexpr (std::is_same_v<T, sentry_api::event>) {
        if (e(payload, o, c))
            return {""};
        return {};
    } else if constexpr (std::is_same_v<T, sentry_api::group_hashes>) {
        if (!payload.empty() && payload[0].latestEvent.has_value() && e(*payload[0].latestEvent, o, c))
            return {"/0/latestEvent"};
        return {};
    } else {
        if (!payload.empty() && e(payload.back(), o, c))
            return {"/" + std::to_string(payload.size() - 1)};
        return {};
    }
}

// Empty when `after` is `before` with `c.before` replaced by `c.after` at one place, and that
// place is the value at `pointer`; otherwise what is wrong.
std::string outside_change(std::string const& before, std::string const& after, change const& c,
                           std::string const& pointer)
{
    std::size_t prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
        ++prefix;
    bool spliced = false;
    std::size_t from = prefix >= c.before.size() ? prefix - c.before.size() : 0;
    for (std::size_t q = from; q <= prefix && !spliced; ++q)
        spliced = before.compare(q, c.before.size(), c.before) == 0 &&
                  after == before.substr(0, q) + c.after + before.substr(q + c.before.size());
    if (!spliced)
        return "the output differs from the input outside the value (from byte " + std::to_string(prefix) + ")";

    auto expected = boost::json::parse(before);
    boost::system::error_code ec;
    auto* target = expected.find_pointer(pointer, ec);
    if (!target)
        return "no value at " + pointer;
    *target = boost::json::parse(c.after);
    std::string where;
    if (!test_support::strict_equal(expected, boost::json::parse(after), where))
        return "the change is not at " + pointer + ": the output differs at " + where;
    return "";
}

template<class T>
void check_edits(fs::path const& file, std::string const& text, std::size_t& edits)
{
    auto r = sentry_api::decode<T>(text);
    BOOST_TEST_REQUIRE(r.has_value(), file.filename() << ": " << (r ? "" : r.error().to_string()));
    auto ts = sentry_api::detect_style(text);
    std::string input = sentry_api::encode(*r, ts.options) + (ts.final_newline ? "\n" : "");
    for (auto const& e : event_editors) {
        T copy = *r;
        change c;
        auto roots = apply(copy, e, ts.options, c);
        if (roots.empty())
            continue;
        ++edits;
        std::string output = sentry_api::encode(copy, ts.options) + (ts.final_newline ? "\n" : "");
        BOOST_TEST_CONTEXT(file.filename().string() << " " << roots[0] + c.pointer)
        BOOST_TEST(outside_change(input, output, c, roots[0] + c.pointer) == "");
    }
}

void check_file(fs::path const& file, std::size_t& edits)
{
    std::string text = test_support::read_file(file);
    std::string type = test_support::payload_type(boost::json::parse(text));
    if (type == "event")
        check_edits<sentry_api::event>(file, text, edits);
    else if (type == "hashes")
        check_edits<sentry_api::group_hashes>(file, text, edits);
    else
        check_edits<sentry_api::events>(file, text, edits);
}

} // namespace

BOOST_AUTO_TEST_CASE(an_edit_changes_only_its_value_in_our_payloads)
{
    std::size_t edits = 0;
    std::vector<fs::path> files;
    for (auto const& e : fs::directory_iterator(SENTRY_API_TEST_DATA "/fidelity"))
        files.push_back(e.path());
    files.push_back(SENTRY_API_TEST_DATA "/issue-hashes-response.json");
    for (auto const& f : files)
        check_file(f, edits);
    BOOST_TEST(edits >= 20u);
}

BOOST_AUTO_TEST_CASE(an_edit_changes_only_its_value_in_the_recorded_payloads)
{
    auto files = test_support::corpus_files();
    if (files.empty()) {
        BOOST_TEST_MESSAGE("no corpus at " << test_support::corpus_dir().string() << ": not checked");
        return;
    }
    std::size_t edits = 0;
    for (auto const& f : files)
        check_file(f, edits);
    BOOST_TEST(edits >= 5 * files.size());
}

BOOST_AUTO_TEST_CASE(the_check_sees_a_change_outside_the_value)
{
    change c{"/a", "1", "2"};
    BOOST_TEST(outside_change(R"({"a":1,"b":1})", R"({"a":2,"b":1})", c, "/a") == "");
    // The same bytes spliced at the wrong place, and a change beside the value, are both caught.
    BOOST_TEST(outside_change(R"({"a":1,"b":1})", R"({"a":1,"b":2})", c, "/a") != "");
    BOOST_TEST(outside_change(R"({"a":1,"b":1})", R"({"a":2,"b":3})", c, "/a") != "");
    BOOST_TEST(outside_change(R"({"a":1,"b":1})", R"({"b":1,"a":2})", c, "/a") != "");
}

// Building a payload in code the way a newcomer writes it: braced lists for the entries, the
// tags (key first) and a frame's variables; the bytes are Sentry's key order.
static_assert(!std::is_aggregate_v<sentry_api::tag>, "no brace form may take a tag's value first");
// A hash's id, given first as a reader would, is no event: it does not compile (in C++20 an
// event could otherwise be made of it in parentheses, its eventID the hash's id).
template<class T, class = void> struct takes_a_string_first : std::false_type {};
template<class T> struct takes_a_string_first<T, std::void_t<decltype(T{std::string()})>> : std::true_type {};
static_assert(!takes_a_string_first<sentry_api::group_hash>::value);
static_assert(takes_a_string_first<sentry_api::sdk>::value); // name first, as a reader says it

BOOST_AUTO_TEST_CASE(an_event_built_from_braced_lists)
{
    sentry_api::message_entry msg;
    msg.data->message = "Hello";
    sentry_api::frame f;
    f.function = "main";
    f.vars = {{"x", 1}, {"name", "w"}};
    sentry_api::stacktrace_entry st;
    st.data->frames = {f};

    sentry_api::event ev;
    ev.eventID = "0123456789abcdef0123456789abcdef";
    ev.id = "1";
    ev.entries = {msg, st};
    ev.tags = {{"level", "error"}};
    BOOST_TEST(sentry_api::encode(ev) ==
               R"({"eventID":"0123456789abcdef0123456789abcdef","entries":[{"type":"message","data":{"message":"Hello"}},)"
               R"({"type":"stacktrace","data":{"frames":[{"function":"main","vars":{"x":1,"name":"w"}}]}}],)"
               R"("id":"1","tags":[{"value":"error","key":"level"}]})");

    ev.tags = {{"level", "error"}, {"user", "id:42", "user.id:42"}, sentry_api::tag("server", "web-1")};
    ev.entries = {};
    BOOST_TEST(sentry_api::encode(ev) ==
               R"({"eventID":"0123456789abcdef0123456789abcdef","id":"1","tags":[{"value":"error","key":"level"},)"
               R"({"value":"id:42","key":"user","query":"user.id:42"},{"value":"web-1","key":"server"}]})");
    BOOST_TEST(sentry_api::validate<sentry_api::event>(sentry_api::encode(ev)).ok());
}

BOOST_AUTO_TEST_CASE(a_tag_is_built_key_first_and_still_reads_and_writes_as_sentry_does)
{
    sentry_api::tag t{"level", "error"};
    BOOST_TEST(*t.key == "level");
    BOOST_TEST(*t.value == "error");
    BOOST_TEST(sentry_api::encode(t) == R"({"value":"error","key":"level"})");

    // A default tag holds both keys, empty; members are assigned one by one as before.
    sentry_api::tag u{};
    BOOST_TEST(sentry_api::encode(u) == R"({"value":"","key":""})");
    u.key = "k";
    u.value = "v";
    u.query = "k:v";
    BOOST_TEST(sentry_api::encode(u) == R"({"value":"v","key":"k","query":"k:v"})");

    // Decoding keeps the order the keys came in, and unknown keys.
    std::string const text = R"({"key": "a", "value": "b", "extra": 1})";
    auto r = sentry_api::decode<sentry_api::tag>(text);
    BOOST_REQUIRE(r);
    BOOST_TEST(*r->key == "a");
    BOOST_TEST(*r->value == "b");
    BOOST_TEST(sentry_api::encode(*r, sentry_api::style::python) == text);
}
