// SPDX-License-Identifier: BSL-1.0
#include <sentry_api.hpp>

#define BOOST_TEST_MODULE codec.roundtrip
#include <boost/test/unit_test.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>

// decode -> encode -> decode keeps the JSON value exactly (unknown keys, null, absent keys,
// integer vs float, the sign of zero), the bytes are a fixed point, and the bytes are what
// Python's json.dumps writes.

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

// A page written by hand to hit every corner: unknown keys at every level (names ending in
// "X"), null in every nullable key, absent keys, unknown entry types, a "type" after "data",
// unicode and escapes, 64-bit extremes, awkward floats.
constexpr std::string_view page_text = R"json([
{"latestEvent": {
  "eventID": "0123456789abcdef0123456789abcdef",
  "sdk": {"name": "sentry.python", "version": "1.0", "upstream": {"isNewer": false}, "sdkX": ["argv"]},
  "errors": [{"type": "js_no_source", "message": "m", "data": {"url": "x"}, "errorX": [1]}, {"type": "t", "data": null}],
  "dist": null, "platform": null,
  "contexts": {"os": {"name": "Linux"}, "none": null},
  "user": {"username": null, "ip_address": "::1", "email": null, "name": "Ren\u00e9e", "id": null,
           "geo": {"city": "Z\u00fcrich"}, "data": null, "userX": "paid"},
  "fingerprints": ["{{ default }}", ""],
  "dateCreated": null, "dateReceived": "2018-05-22T17:38:05.123+00:00", "size": null,
  "context": {"int64_min": -9223372036854775808, "int64_max": 9223372036854775807,
    "uint64_max": 18446744073709551615, "negative_zero": -0.0, "tiny": 1e-07, "subnormal": 5e-324,
    "big": 1e+16, "tenth": 0.1, "huge": 1.5e300, "int": 123456789012345678, "minus_zero_int": -0,
    "text": "caf\u00e9 \ud83d\ude00 😀 é \u0000 \"\\\/ \b\f\n\r\t \u001f \u007f \u2028 \uFFFF",
    "nested": [[], {}, [null, true, false, [[]]]], "\u00e9\ud83d\ude00key": "k\u0000"},
  "entries": [
    {"type": "message", "data": {"message": null, "formatted": "fmt %s", "params": ["a", 1, null], "dataX": 1}, "entryX": "m"},
    {"type": "stacktrace", "data": {"frames": [
      {"function": "f\u00e9", "errors": [{"type": "x"}, null], "colNo": 0, "module": "m", "package": "p", "absPath": "/a",
       "inApp": true, "instructionAddr": "0x1F", "filename": "a.py", "platform": "python",
       "vars": {"i64": -9223372036854775808, "u64": 18446744073709551615, "f": -0.0, "e": 1e-07, "s": "\u0000"},
       "lineNo": 9223372036854775807, "context": [[0, "line"], [1, null]], "symbolAddr": "0xa", "symbol": "s",
       "rawFunction": "r", "trust": "cfi", "sourceLink": "https://x", "map": "m.map", "mapUrl": "https://m",
       "lock": {"type": "mutex"}, "origFunction": "o", "origAbsPath": "/o", "origFilename": "o.js",
       "origLineNo": 12, "origColNo": "?", "frameX": {"deep": [{}]}},
      {"function": null, "errors": null, "colNo": null, "module": null, "package": null, "absPath": null, "inApp": null,
       "instructionAddr": null, "filename": null, "platform": null, "vars": null, "lineNo": null, "context": null,
       "symbolAddr": null, "symbol": null, "rawFunction": null, "trust": null, "sourceLink": null, "map": null,
       "mapUrl": null, "lock": null, "origFunction": null, "origAbsPath": null, "origFilename": null,
       "origLineNo": "?", "origColNo": null, "frameX": null},
      {}],
      "framesOmitted": [1, 2], "registers": {"rip": "0x1", "rax": null}, "hasSystemFrames": true, "stacktraceX": {}},
     "entryX": 2},
    {"type": "exception", "data": {"values": [
      {"type": "ValueError", "value": "bad", "module": null, "threadId": 7,
       "mechanism": {"type": "generic", "handled": false, "mechanismX": [1]},
       "stacktrace": {"frames": [{"function": "g", "frameX": 1}], "framesOmitted": null, "registers": null},
       "rawStacktrace": null, "valueX": "x"},
      {"type": null, "value": null, "module": "m", "threadId": "main", "mechanism": null, "stacktrace": null,
       "rawStacktrace": {"frames": []}, "valueX": null},
      {"threadId": null}],
     "excOmitted": null, "hasSystemFrames": false, "dataX": 1}, "entryX": 3},
    {"type": "template", "data": {"lineNo": 3, "context": [[2, "a"], [3, null]], "filename": null, "dataX": 1}, "entryX": 4},
    {"type": "template", "data": {"lineNo": null}},
    {"type": "request", "data": {"cookies": [["session", "abc"], ["empty", null], null], "fragment": null,
      "headers": [["Host", "example.org"]], "inferredContentType": null, "url": "http://e/", "env": {"REMOTE_ADDR": "::1"},
      "query": "a=1&b=%C3%A9", "data": {"k": [1, 2.5]}, "method": "POST", "apiTarget": null, "dataX": 1}, "entryX": 5},
    {"type": "request", "data": {"cookies": null, "headers": null, "env": null, "query": [["a", "1"], ["a", null], null],
      "data": null, "method": null, "url": null, "fragment": "f", "inferredContentType": "application/json",
      "apiTarget": "graphql"}},
    {"type": "breadcrumbs", "data": {"values": [
      {"type": "http", "category": "xhr", "level": "info", "message": null, "event_id": null,
       "timestamp": "2018-05-22T17:38:05Z", "data": {"status_code": 200}, "crumbX": 1},
      {"timestamp": 1526999885.123, "data": null, "crumbX": [null]},
      {"timestamp": 1526999885},
      {"type": "default", "category": null, "level": null, "message": null, "event_id": null, "timestamp": null,
       "data": null}],
     "dataX": 1}, "entryX": 6},
    {"type": "threads", "data": {"values": [
      {"id": 1, "current": true, "crashed": false, "name": "main", "state": "RUNNABLE",
       "stacktrace": {"frames": [{"lineNo": 1}]}, "rawStacktrace": null, "heldLocks": {"0x1": {"type": 1}}, "threadX": 1},
      {"id": "worker-1", "threadX": null},
      {"id": null, "current": null, "crashed": null, "name": null, "state": null, "stacktrace": null,
       "rawStacktrace": null, "heldLocks": null}],
     "dataX": 1}, "entryX": 7},
    {"type": "message", "data": {"message": null, "formatted": null, "params": null}},
    {"type": "spans", "data": [{"span_id": "a", "x": -0.0}, 1.5, 18446744073709551615]},
    {"type": "csp", "data": "raw \u00e9 string"},
    {"type": "debugmeta", "data": {"images": []}, "envelopeX": true, "another": null},
    {"data": {"message": "type after data", "params": {"name": "x", "n": 5e-324}}, "type": "message", "entryX": 8}
  ],
  "id": "1", "message": "",
  "packages": {"b": "2", "a": "1", "a/b~c": "3"},
  "type": "error", "groupID": null,
  "tags": [{"value": "v", "key": "k", "query": "k:v", "tagX": 1}, {"value": "", "key": "\u00e9"}],
  "metadata": {"title": "T", "metadataX": {"a": [1]}},
  "title": null, "location": null, "culprit": null, "projectID": null,
  "occurrence": null, "crashFile": {"x": 1}, "groupingConfig": {"id": "newstyle:2023-01-11"},
  "_meta": {"": {"err": []}}, "measurements": [1], "breakdowns": 1.5,
  "startTimestamp": 1e+16, "endTimestamp": 123456789012345678,
  "eventX": {"k": [1, 2.5]}, "\u00e9X": "\ud83d\ude00", "a/b~c": 1},
 "state": "unlocked", "id": "0123456789abcdef0123456789abcdef", "mergedBySeer": false,
 "seerMatchDistance": 5e-324, "hashX": [null]},
{"id": "11111111111111111111111111111111", "latestEvent": {"id": "2", "eventID": "22222222222222222222222222222222", "entries": []}},
{"id": "33333333333333333333333333333333", "seerMatchDistance": null, "latestEvent": {
  "eventID": "33333333333333333333333333333333", "sdk": null, "dist": null, "platform": null, "contexts": null,
  "user": null, "dateCreated": null, "dateReceived": null, "size": null, "context": null, "id": "3",
  "message": null, "groupID": null, "title": null, "location": null, "culprit": null, "projectID": null}},
{"id": "44444444444444444444444444444444", "latestEvent": null, "seerMatchDistance": -0.0, "state": "locked"},
{"id": "55555555555555555555555555555555", "seerMatchDistance": 1.5e300, "mergedBySeer": true, "latestEvent": {
  "id": "5", "eventID": "55555555555555555555555555555555", "event.type": "error", "size": 0,
  "startTimestamp": 0.1, "endTimestamp": -0.0, "user": {"id": "1", "userX": {}}}}
])json";

constexpr std::string_view event_text = R"json({
  "eventID": "0123456789abcdef0123456789abcdef", "id": "9", "size": 7090, "dist": "d",
  "user": {"ip_address": "2001:db8::1", "geo": null, "userX": 1},
  "entries": [{"type": "exception", "data": {"values": [{"threadId": 1, "stacktrace": {"frames": [{"lineNo": 1}]}}],
    "excOmitted": [0, 3]}}, {"type": "spans", "data": []}],
  "metadata": {"metadataX": null}, "eventX": [0.37255859375, 1e-05, 1e+22, 1.0]
})json";

constexpr std::string_view events_text = R"json([
  {"id": "1", "eventID": "0123456789abcdef0123456789abcdef", "event.type": "error", "groupID": "42", "title": "T",
   "message": "", "dateCreated": "2018-05-22T17:38:05Z", "culprit": null, "location": null, "platform": "python",
   "tags": [{"key": "level", "value": "error"}], "user": null, "crashFile": null, "projectID": "1",
   "startTimestamp": 0.1, "endTimestamp": 1526999885, "eventX": {"x": -0.0}},
  {"id": "2", "eventID": "fedcba9876543210fedcba9876543210", "event.type": "transaction", "title": "/api",
   "startTimestamp": 1526999885.25, "endTimestamp": 1e+16, "measurements": {"lcp": {"value": 2.5e-05}}}
])json";

std::string read_file(fs::path const& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_file(fs::path const& p, std::string_view text)
{
    std::ofstream(p, std::ios::binary).write(text.data(), static_cast<std::streamsize>(text.size()));
}

std::string documented() { return read_file(SENTRY_API_TEST_DATA "/issue-hashes-response.json"); }

json::value parse(std::string_view text)
{
    json::parse_options o;
    o.max_depth = 256;
    return json::parse(text, {}, o);
}

/// The first difference between two JSON values, as "<pointer>: <what>"; empty when equal.
/// Strict: int64, uint64 and double are different kinds, doubles compare bit for bit.
std::string first_difference(json::value const& a, json::value const& b, std::string const& at = "")
{
    if (a.kind() != b.kind())
        return at + ": kind " + json::serialize(a) + " vs " + json::serialize(b);
    switch (a.kind()) {
    case json::kind::double_: {
        std::uint64_t x, y;
        double da = a.get_double(), db = b.get_double();
        std::memcpy(&x, &da, sizeof x);
        std::memcpy(&y, &db, sizeof y);
        return x == y ? "" : at + ": double " + json::serialize(a) + " vs " + json::serialize(b);
    }
    case json::kind::array: {
        auto const &x = a.get_array(), &y = b.get_array();
        if (x.size() != y.size())
            return at + ": array sizes " + std::to_string(x.size()) + " vs " + std::to_string(y.size());
        for (std::size_t i = 0; i < x.size(); ++i)
            if (auto d = first_difference(x[i], y[i], at + '/' + std::to_string(i)); !d.empty())
                return d;
        return "";
    }
    case json::kind::object: {
        auto const &x = a.get_object(), &y = b.get_object();
        for (auto const& kv : y)
            if (!x.contains(kv.key()))
                return at + '/' + std::string(kv.key()) + ": key added";
        for (auto const& kv : x) {
            auto const* other = y.if_contains(kv.key());
            if (!other)
                return at + '/' + std::string(kv.key()) + ": key lost";
            if (auto d = first_difference(kv.value(), *other, at + '/' + std::string(kv.key())); !d.empty())
                return d;
        }
        return "";
    }
    default: return a == b ? "" : at + ": " + json::serialize(a) + " vs " + json::serialize(b);
    }
}

sentry_api::encode_options options(sentry_api::style s, bool ascii)
{
    sentry_api::encode_options o;
    o.style = s;
    o.ensure_ascii = ascii;
    return o;
}

/// The error of a failed decode, for messages (empty when it succeeded).
template<class R>
std::string error_text(R const& r)
{
    return r.has_value() ? std::string() : r.error().to_string();
}

bool is_ascii(std::string_view s)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

/// The one round trip: decodes `text` as T, writes it with `o`, reads that back and writes it
/// again. Checks that both readings hold the same JSON value as `text` (strictly) and that the
/// second writing gives the same bytes. Returns the written text.
template<class T>
std::string write_and_read(std::string_view text, sentry_api::encode_options const& o)
{
    auto first = sentry_api::decode<T>(text);
    BOOST_TEST_REQUIRE(first.has_value(), "decode: " << error_text(first));
    std::string written = sentry_api::encode(*first, o);
    auto second = sentry_api::decode<T>(written);
    BOOST_TEST_REQUIRE(second.has_value(), "decode of own output: " << error_text(second));
    BOOST_TEST(sentry_api::encode(*second, o) == written, "encode(decode(x)) is not a fixed point");
    BOOST_TEST(first_difference(parse(text), parse(written)) == "");
    if (o.ensure_ascii)
        BOOST_TEST(is_ascii(written));
    return written;
}

constexpr std::array<sentry_api::style, 3> all_styles = {sentry_api::style::compact, sentry_api::style::python,
                                                         sentry_api::style::pretty};

template<class T>
void round_trip_every_style(std::string_view text)
{
    for (auto s : all_styles)
        for (bool ascii : {false, true}) {
            BOOST_TEST_CONTEXT("style " << int(s) << ", ensure_ascii " << ascii)
            write_and_read<T>(text, options(s, ascii));
        }
}

// Python, the reference for json.dumps. Reads `json_text` with json.load and writes it in every
// style and ensure_ascii setting; keys "<style>-<0|1>". Empty when there is no /usr/bin/python3.
constexpr char const* python_script = R"py(import json, sys
with open(sys.argv[1], encoding='utf-8') as f:
    v = json.load(f)
styles = {'compact': {'separators': (',', ':')}, 'python': {}, 'pretty': {'indent': 2}}
for name, kw in styles.items():
    for ascii in (False, True):
        with open('%s/%s-%d.json' % (sys.argv[2], name, ascii), 'w', encoding='utf-8', newline='') as g:
            g.write(json.dumps(v, ensure_ascii=ascii, **kw))
)py";

char const* style_name(sentry_api::style s)
{
    return s == sentry_api::style::compact ? "compact" : s == sentry_api::style::python ? "python" : "pretty";
}

std::optional<std::map<std::string, std::string>> python_dumps(std::string_view json_text)
{
    if (!fs::exists("/usr/bin/python3")) {
        BOOST_TEST_MESSAGE("/usr/bin/python3 not found: the byte comparison with Python is not run");
        return std::nullopt;
    }
    std::string dir_template = (fs::temp_directory_path() / "sentry_api_roundtrip_XXXXXX").string();
    BOOST_TEST_REQUIRE(::mkdtemp(dir_template.data()) != nullptr);
    fs::path dir = dir_template;
    write_file(dir / "dumps.py", python_script);
    write_file(dir / "in.json", json_text);
    std::string command = "/usr/bin/python3 '" + (dir / "dumps.py").string() + "' '" + (dir / "in.json").string() +
                          "' '" + dir.string() + "'";
    int rc = std::system(command.c_str());
    BOOST_TEST(rc == 0, "python3 failed: " << command);
    std::map<std::string, std::string> out;
    for (auto s : all_styles)
        for (int ascii : {0, 1}) {
            std::string key = std::string(style_name(s)) + '-' + std::to_string(ascii);
            out[key] = read_file(dir / (key + ".json"));
        }
    fs::remove_all(dir);
    return out;
}

/// Our encoder against Python's, for every style and ensure_ascii setting.
template<class T>
void same_bytes_as_python(std::string_view text, std::string_view python_input)
{
    auto python = python_dumps(python_input);
    if (!python)
        return;
    auto value = sentry_api::decode<T>(text);
    BOOST_TEST_REQUIRE(value.has_value());
    for (auto s : all_styles)
        for (bool ascii : {false, true}) {
            std::string key = std::string(style_name(s)) + '-' + (ascii ? '1' : '0');
            BOOST_TEST_CONTEXT(key)
            BOOST_TEST(sentry_api::encode(*value, options(s, ascii)) == (*python)[key]);
        }
}

template<class T>
void python_reads_our_compact(std::string_view text)
{
    auto value = sentry_api::decode<T>(text);
    BOOST_TEST_REQUIRE(value.has_value(), error_text(value));
    same_bytes_as_python<T>(text, sentry_api::encode(*value));
}

template<class V>
bool holds_double_bits(V const& v, double expected)
{
    auto const* d = std::get_if<double>(&v);
    return d && std::memcmp(d, &expected, sizeof expected) == 0;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_comparison_is_strict)
{
    BOOST_TEST(first_difference(parse("[1]"), parse("[1.0]")) == "/0: kind 1 vs 1E0");
    BOOST_TEST(first_difference(parse("[0.0]"), parse("[-0.0]")) != "");
    BOOST_TEST(std::signbit(parse("[-0.0]").at(0).get_double()));
    BOOST_TEST(first_difference(parse("[9223372036854775807]"), parse("[9223372036854775808]")) != "");
    BOOST_TEST(first_difference(parse(R"({"a":null})"), parse("{}")) == "/a: key lost");
    BOOST_TEST(first_difference(parse("{}"), parse(R"({"a":null})")) == "/a: key added");
    BOOST_TEST(first_difference(parse(R"({"a":1,"b":[2,{}]})"), parse(R"({"b":[2,{}],"a":1})")) == "");
}

BOOST_AUTO_TEST_CASE(page_round_trips_in_every_style) { round_trip_every_style<sentry_api::group_hashes>(page_text); }

BOOST_AUTO_TEST_CASE(event_round_trips_in_every_style) { round_trip_every_style<sentry_api::event>(event_text); }

BOOST_AUTO_TEST_CASE(events_round_trip_in_every_style) { round_trip_every_style<sentry_api::events>(events_text); }

BOOST_AUTO_TEST_CASE(documented_payload_round_trips_in_every_style)
{
    std::string text = documented();
    round_trip_every_style<sentry_api::group_hashes>(text);
    // Members are declared in the documented order: the pretty body comes back byte for byte.
    BOOST_TEST(write_and_read<sentry_api::group_hashes>(text, options(sentry_api::style::pretty, false)) == text);
}

BOOST_AUTO_TEST_CASE(absent_null_and_value_survive)
{
    auto r = sentry_api::decode<sentry_api::group_hashes>(page_text);
    BOOST_TEST_REQUIRE(r.has_value(), error_text(r));
    auto const& page = *r;
    BOOST_TEST_REQUIRE(page.size() == 5u);
    BOOST_TEST_REQUIRE(page[0].latestEvent.has_value());
    BOOST_TEST_REQUIRE(page[1].latestEvent.has_value());
    auto const& full = *page[0].latestEvent;
    auto const& bare = *page[1].latestEvent;

    BOOST_TEST(bare.dist.is_absent());
    BOOST_TEST(full.dist.is_null());
    BOOST_TEST(page[2].latestEvent->dist.is_null());
    BOOST_TEST(page[2].latestEvent->sdk.is_null());
    BOOST_TEST(page[2].latestEvent->user.is_null());
    BOOST_TEST(page[3].latestEvent.is_null());
    BOOST_TEST(full.message.has_value());
    BOOST_TEST(*full.message == "");
    BOOST_TEST(page[1].seerMatchDistance.is_absent());
    BOOST_TEST(page[2].seerMatchDistance.is_null());
    BOOST_TEST(holds_double_bits(*page[0].seerMatchDistance, 5e-324));
    BOOST_TEST(holds_double_bits(*page[3].seerMatchDistance, -0.0));
    BOOST_TEST(holds_double_bits(*full.startTimestamp, 1e16));
    BOOST_TEST(std::get<std::int64_t>(*full.endTimestamp) == 123456789012345678);

    // Integers stay integers, of the right width; floats keep the sign of zero.
    boost::json::object const context = full.context->to_value().as_object();
    BOOST_TEST(context.at("uint64_max").is_uint64());
    BOOST_TEST(context.at("int64_min").is_int64());
    BOOST_TEST(context.at("int").is_int64());
    BOOST_TEST(context.at("negative_zero").is_double());
    BOOST_TEST(std::signbit(context.at("negative_zero").get_double()));
    BOOST_TEST(context.at("text").get_string().size() > 0u);

    // Absent keys are not written; null keys are. Keys come back in the order they came.
    BOOST_TEST(sentry_api::encode(page[1]) == R"({"id":"11111111111111111111111111111111","latestEvent":{"id":"2",)"
                                              R"("eventID":"22222222222222222222222222222222","entries":[]}})");
    std::string nulls = sentry_api::encode(page[2]);
    BOOST_TEST(nulls.find(R"("dist":null)") != std::string::npos);
    BOOST_TEST(nulls.find(R"("seerMatchDistance":null)") != std::string::npos);
    BOOST_TEST(nulls.find(R"("entries")") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_keys_and_entries_are_kept)
{
    auto r = sentry_api::decode<sentry_api::group_hashes>(page_text);
    BOOST_TEST_REQUIRE(r.has_value(), error_text(r));
    auto const& ev = *(*r)[0].latestEvent;
    BOOST_TEST((*r)[0].unknown.contains("hashX"));
    BOOST_TEST(ev.unknown.contains("a/b~c"));
    BOOST_TEST(ev.unknown.contains("\xC3\xA9X"));
    BOOST_TEST(ev.user->unknown.contains("userX"));
    BOOST_TEST(ev.sdk->unknown.contains("sdkX"));
    BOOST_TEST(ev.metadata->unknown.contains("metadataX"));

    auto const& entries = *ev.entries;
    BOOST_TEST_REQUIRE(entries.size() == 14u);
    auto const& stack = std::get<sentry_api::stacktrace_entry>(entries[1]);
    BOOST_TEST(stack.unknown.contains("entryX"));
    BOOST_TEST(stack.data->unknown.contains("stacktraceX"));
    BOOST_TEST((*stack.data->frames)[1].unknown.contains("frameX"));
    BOOST_TEST(std::holds_alternative<std::int64_t>(*(*stack.data->frames)[0].origLineNo));
    auto const& threads = std::get<sentry_api::threads_entry>(entries[8]).data->values;
    BOOST_TEST(std::get<std::int64_t>(*(*threads)[0].id) == 1);
    BOOST_TEST(std::get<std::string>(*(*threads)[1].id) == "worker-1");
    BOOST_TEST((*threads)[2].id.is_null());

    auto const& spans = std::get<sentry_api::unknown_entry>(entries[10]);
    BOOST_TEST(*spans.type == "spans");
    BOOST_TEST((spans.data->kind() == json::kind::array));
    auto const& csp = std::get<sentry_api::unknown_entry>(entries[11]);
    BOOST_TEST((csp.data->kind() == json::kind::string));
    auto const& debugmeta = std::get<sentry_api::unknown_entry>(entries[12]);
    BOOST_TEST(debugmeta.unknown.contains("envelopeX"));
    BOOST_TEST(debugmeta.unknown.contains("another"));
    auto const& late = std::get<sentry_api::message_entry>(entries[13]);
    BOOST_TEST(late.unknown.contains("entryX"));
    BOOST_TEST(std::holds_alternative<sentry_api::json_object_text>(*late.data->params));
    BOOST_TEST(std::holds_alternative<sentry_api::json_array_text>(*std::get<sentry_api::message_entry>(entries[0]).data->params));
}

BOOST_AUTO_TEST_CASE(same_bytes_as_python_for_the_documented_payload)
{
    std::string text = documented();
    same_bytes_as_python<sentry_api::group_hashes>(text, text);
}

// Python reads our compact output (the key order is ours: members first, then unknown keys)
// and writes it in every style; our encoder must write the same bytes.
BOOST_AUTO_TEST_CASE(same_bytes_as_python_for_the_written_payloads)
{
    python_reads_our_compact<sentry_api::group_hashes>(page_text);
    python_reads_our_compact<sentry_api::event>(event_text);
    python_reads_our_compact<sentry_api::events>(events_text);
}
