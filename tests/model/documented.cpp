// SPDX-License-Identifier: BSL-1.0
#include <sentry_api.hpp>

#define BOOST_TEST_MODULE model_documented
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <variant>

namespace {

std::string read_data(std::string const& name)
{
    std::ifstream in(std::string(SENTRY_API_TEST_DATA) + "/" + name, std::ios::binary);
    BOOST_TEST_REQUIRE(in.good(), "cannot open " << name);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

sentry_api::group_hashes const& documented_page()
{
    static sentry_api::group_hashes const page = sentry_api::decode<sentry_api::group_hashes>(
                                                     read_data("issue-hashes-response.json"))
                                                     .value();
    return page;
}

} // namespace

BOOST_AUTO_TEST_CASE(pretty_is_the_documented_body_byte_for_byte)
{
    BOOST_TEST(sentry_api::encode(documented_page(), sentry_api::style::pretty) ==
               read_data("issue-hashes-response.json"));
}

BOOST_AUTO_TEST_CASE(python_style_is_the_documented_content_length)
{
    std::string python = sentry_api::encode(documented_page(), sentry_api::style::python);
    BOOST_TEST(python.size() == 8588u);
    BOOST_TEST(python == read_data("issue-hashes-response.python.json"));
}

BOOST_AUTO_TEST_CASE(compact_style_is_python_with_compact_separators)
{
    BOOST_TEST(sentry_api::encode(documented_page()) == read_data("issue-hashes-response.compact.json"));
}

BOOST_AUTO_TEST_CASE(every_style_reads_back_to_the_same_bytes)
{
    for (auto s : {sentry_api::style::compact, sentry_api::style::python, sentry_api::style::pretty}) {
        std::string text = sentry_api::encode(documented_page(), s);
        auto again = sentry_api::decode<sentry_api::group_hashes>(text);
        BOOST_TEST_REQUIRE(again.has_value());
        BOOST_TEST(sentry_api::encode(*again, s) == text);
    }
}

BOOST_AUTO_TEST_CASE(typed_access_reads_like_the_api_docs)
{
    auto const& page = documented_page();
    BOOST_TEST_REQUIRE(page.size() == 1u);
    sentry_api::group_hash const& hash = page[0];
    BOOST_TEST(*hash.id == "c4a4d06bc314205bb3b6bdb612dde7f1");
    BOOST_TEST(*hash.state == "unlocked");
    BOOST_TEST(hash.mergedBySeer.is_absent());
    BOOST_TEST_REQUIRE(hash.latestEvent.has_value());

    sentry_api::event const& ev = *hash.latestEvent;
    BOOST_TEST(*ev.eventID == "02b454c50b654edbba8b3b9a98ba1058");
    BOOST_TEST(*ev.id == "1");
    BOOST_TEST(ev.sdk.is_null());
    BOOST_TEST(ev.dist.is_null());
    BOOST_TEST(ev.title.is_absent());
    BOOST_TEST(*ev.size == 7090);
    BOOST_TEST(*ev.platform == "python");
    BOOST_TEST(*ev.user->ip_address == "127.0.0.1");
    BOOST_TEST(ev.packages->at("my.package") == "1.0.0");
    BOOST_TEST(ev.context->to_value().at("length").as_int64() == 10837790);
    BOOST_TEST(*ev.metadata->title == "This is an example Python exception");

    auto const& entries = *ev.entries;
    BOOST_TEST_REQUIRE(entries.size() == 4u);
    BOOST_TEST(*std::get<sentry_api::message_entry>(entries[0]).data->message == "This is an example Python exception");

    auto const* trace = std::get_if<sentry_api::stacktrace_entry>(&entries[1]);
    BOOST_TEST_REQUIRE(trace != nullptr);
    sentry_api::frame const& f = trace->data->frames->at(0);
    BOOST_TEST(*f.lineNo == 303);
    BOOST_TEST(*f.function == "build_msg");
    BOOST_TEST(f.colNo.is_null());
    BOOST_TEST(*f.inApp == false);
    BOOST_TEST(f.context->at(0).first == 298);
    BOOST_TEST(*f.context->at(0).second == "                frames = stack");
    BOOST_TEST(f.vars->to_value().at("'kwargs'").at("'level'").as_int64() == 20);
    BOOST_TEST(trace->data->frames->size() == 5u);
    BOOST_TEST(trace->data->framesOmitted.is_null());
    BOOST_TEST(*trace->data->hasSystemFrames == false);

    auto const& tmpl = *std::get<sentry_api::template_entry>(entries[2]).data;
    BOOST_TEST(*tmpl.lineNo == 14);
    BOOST_TEST(*tmpl.filename == "debug_toolbar/base.html");

    auto const& request = *std::get<sentry_api::request_entry>(entries[3]).data;
    BOOST_TEST_REQUIRE(request.headers.has_value());
    BOOST_TEST(request.headers->size() == 3u);
    BOOST_TEST(request.headers->at(0)->first == "Content-Type");
    BOOST_TEST(*request.headers->at(0)->second == "application/json");
    BOOST_TEST(std::get<std::string>(*request.query) == "foo=bar");
    BOOST_TEST(*request.method == "GET");
    BOOST_TEST(request.data->to_value().at("hello") == "world");

    auto const& tags = *ev.tags;
    BOOST_TEST(tags.size() == 7u);
    BOOST_TEST(*tags[0].key == "browser");
    BOOST_TEST(*tags[0].value == "Chrome 28.0");
    BOOST_TEST(*tags[6].value == "id:1");
}

BOOST_AUTO_TEST_CASE(an_event_decodes_on_its_own)
{
    std::string body = read_data("issue-hashes-response.json");
    auto page = sentry_api::decode<boost::json::value>(body).value();
    std::string event_text = sentry_api::encode(page.at(0).at("latestEvent"), sentry_api::style::pretty);
    auto ev = sentry_api::decode<sentry_api::event>(event_text);
    BOOST_TEST_REQUIRE(ev.has_value());
    BOOST_TEST(sentry_api::encode(*ev, sentry_api::style::pretty) == event_text);
}

BOOST_AUTO_TEST_CASE(building_a_page_by_hand)
{
    // A Sentry-compatible server builds its answer in code.
    sentry_api::event ev;
    ev.eventID = "0123456789abcdef0123456789abcdef";
    ev.id = "0123456789abcdef0123456789abcdef";
    ev.entries.emplace();
    sentry_api::stacktrace_entry st;
    sentry_api::frame f;
    f.function = "main";
    f.lineNo = sentry_api::count(12);
    f.inApp = true;
    st.data->frames->push_back(f);
    ev.entries->push_back(st);
    sentry_api::group_hash h;
    h.id = "c4a4d06bc314205bb3b6bdb612dde7f1";
    h.latestEvent = ev;
    h.state = "locked";
    std::string text = sentry_api::encode(sentry_api::group_hashes{h});
    BOOST_TEST(text ==
               R"([{"latestEvent":{"eventID":"0123456789abcdef0123456789abcdef","entries":[{"type":"stacktrace",)"
               R"("data":{"frames":[{"function":"main","inApp":true,"lineNo":12}]}}],)"
               R"("id":"0123456789abcdef0123456789abcdef"},"state":"locked","id":"c4a4d06bc314205bb3b6bdb612dde7f1"}])");
}
