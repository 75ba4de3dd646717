// SPDX-License-Identifier: BSL-1.0
// The client's parts that need no server: Retry-After, waits, Sentry's detail, the first URL,
// cursors, and the refusals made before any request. The walk itself against a server:
// fetch_test.py.
#include <sentry_api/client/fetch_hashes.hpp>

#include <sentry_api/client/fetch_event.hpp>
#include <sentry_api/client/fetch_events.hpp>
#include <sentry_api/client/unmerge_hashes.hpp>

#define BOOST_TEST_MODULE client_fetch_hashes
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <optional>
#include <set>
#include <string>

namespace client = sentry_api::client;
namespace detail = sentry_api::client::detail;
using std::chrono::milliseconds;

struct retry_after_case {
    char const* header;
    std::optional<long long> ms;
};
std::ostream& operator<<(std::ostream& os, retry_after_case const& c) { return os << '"' << c.header << '"'; }

retry_after_case const retry_after_cases[] = {
    {"1", 1000},
    {" 120 ", 120000},
    {"0", 0},
    {"", std::nullopt},
    {"-1", std::nullopt},
    {"1.5", std::nullopt},
    {"Wed, 21 Oct 2015 07:28:00 GMT", std::nullopt},
    {"9999999999", std::nullopt}, // past what a wait can mean
};

BOOST_DATA_TEST_CASE(retry_after, boost::unit_test::data::make(retry_after_cases), c)
{
    auto got = detail::parse_retry_after(c.header);
    BOOST_TEST(got.has_value() == c.ms.has_value());
    if (got && c.ms)
        BOOST_TEST(got->count() == *c.ms);
}

BOOST_AUTO_TEST_CASE(waits_double)
{
    BOOST_TEST(detail::growing_wait(milliseconds(500), 0).count() == 500);
    BOOST_TEST(detail::growing_wait(milliseconds(500), 1).count() == 1000);
    BOOST_TEST(detail::growing_wait(milliseconds(500), 3).count() == 4000);
    // bounded: no overflow however many retries
    BOOST_TEST(detail::growing_wait(milliseconds(500), 1000).count() < 3 * 3600 * 1000);
    BOOST_TEST(detail::seconds_text(milliseconds(500)) == "0.5 s");
    BOOST_TEST(detail::seconds_text(milliseconds(30000)) == "30 s");
    BOOST_TEST(detail::seconds_text(milliseconds(1250)) == "1.25 s");
}

BOOST_AUTO_TEST_CASE(wait_before_a_retry)
{
    client::options o;
    o.retry_wait = milliseconds(200);
    o.max_retry_after = milliseconds(60000);
    BOOST_TEST(detail::wait_before_retry(o, 0, 503, "").count() == 200);
    BOOST_TEST(detail::wait_before_retry(o, 2, 0, "").count() == 800);
    BOOST_TEST(detail::wait_before_retry(o, 2, 503, "5").count() == 800); // Retry-After is for 429
    BOOST_TEST(detail::wait_before_retry(o, 2, 429, "1").count() == 1000);
    BOOST_TEST(detail::wait_before_retry(o, 0, 429, "3600").count() == 60000); // capped
    BOOST_TEST(detail::wait_before_retry(o, 1, 429, "soon").count() == 400);   // unreadable: growing
}

BOOST_AUTO_TEST_CASE(token_redacted)
{
    BOOST_TEST(detail::redact("Bearer abc is not abcabc", "abc") == "Bearer *** is not ******");
    BOOST_TEST(detail::redact("nothing", "") == "nothing");
    BOOST_TEST(detail::redact("a*b", "*") == "a***b");
}

BOOST_AUTO_TEST_CASE(sentry_detail)
{
    BOOST_TEST(detail::error_detail(R"({"detail": "Invalid token"})").value() == "Invalid token");
    BOOST_TEST(detail::error_detail(R"({"detail": {"code": "x", "message": "Slow down"}})").value() == "Slow down");
    BOOST_TEST(!detail::error_detail(R"({"detail": 3})"));
    BOOST_TEST(!detail::error_detail("<html>Bad gateway</html>"));
    BOOST_TEST(!detail::error_detail(""));
}

BOOST_AUTO_TEST_CASE(first_url)
{
    auto legacy = detail::first_page({"https://sentry.io/", "", "42"}, std::nullopt);
    BOOST_TEST_REQUIRE(legacy.has_value());
    BOOST_TEST(legacy->buffer() == "https://sentry.io/api/0/issues/42/hashes/");

    auto org = detail::first_page({"http://127.0.0.1:9000/sentry", "acme corp", "4/2"}, false);
    BOOST_TEST_REQUIRE(org.has_value());
    BOOST_TEST(org->buffer() == "http://127.0.0.1:9000/sentry/api/0/organizations/acme%20corp/issues/4%2F2/hashes/?full=false");
    BOOST_TEST(org->port_number() == 9000);

    for (char const* bad : {"ftp://sentry.io", "sentry.io", "https://", "https://sentry.io/?x=1", "not a url", ""}) {
        auto r = detail::first_page({bad, "", "42"}, std::nullopt);
        BOOST_TEST_REQUIRE(!r.has_value(), bad);
        BOOST_TEST(r.error().url == bad);
        BOOST_TEST(r.error().what == "the base URL must be http:// or https://, a host, and no query");
    }
}

BOOST_AUTO_TEST_CASE(cursor_of_next_link)
{
    sentry_api::link next;
    next.rel = "next";
    next.cursor = "0:100:0";
    auto url = boost::urls::parse_uri("https://sentry.io/api/0/issues/1/hashes/?&cursor=0:200:0").value();
    BOOST_TEST(detail::cursor_of(next, url) == "0:100:0"); // the parameter first
    next.cursor.reset();
    BOOST_TEST(detail::cursor_of(next, url) == "0:200:0"); // then the URL's
    auto bare = boost::urls::parse_uri("https://sentry.io/api/0/issues/1/hashes/?page=2").value();
    BOOST_TEST(detail::cursor_of(next, bare) == "https://sentry.io/api/0/issues/1/hashes/?page=2");
}

BOOST_AUTO_TEST_CASE(next_links_stay_on_the_server)
{
    auto same = [](char const* a, char const* b) {
        return detail::same_server(boost::urls::parse_uri(a).value(), boost::urls::parse_uri(b).value());
    };
    BOOST_TEST(same("https://sentry.io/api/0/", "https://Sentry.IO:443/api/0/?cursor=1"));
    BOOST_TEST(same("http://127.0.0.1:9000/a", "HTTP://127.0.0.1:9000/b"));
    BOOST_TEST(same("http://sentry.io/", "http://sentry.io:80/"));
    BOOST_TEST(!same("https://sentry.io/", "http://sentry.io/"));
    BOOST_TEST(!same("https://sentry.io/", "https://sentry.io:8443/"));
    BOOST_TEST(!same("https://sentry.io/", "https://sentry.io.example.com/"));
}

BOOST_AUTO_TEST_CASE(refused_before_any_request)
{
    client::options o;
    o.token = "secret-token-never-shown";
    client::session s(o);
    for (char const* bad : {"ftp://sentry.io/api/0/", "https:///api/0/", "::"}) {
        auto r = s.get(bad);
        BOOST_TEST_REQUIRE(!r.has_value(), bad);
        BOOST_TEST(r.error().url == bad);
        BOOST_TEST(r.error().to_string().find("secret-token") == std::string::npos);
    }
    auto walk = client::fetch_hashes(s, {"mailto:someone@example.com", "", "42"});
    BOOST_TEST_REQUIRE(!walk.has_value());
    BOOST_CHECK_THROW(std::move(walk).value(), client::fetch_error);
}

BOOST_AUTO_TEST_CASE(events_and_event_refused_before_any_request)
{
    client::options o;
    o.token = "secret-token-never-shown";
    client::session s(o);
    auto events = client::fetch_events(s, {"ftp://sentry.io", "acme", "42"});
    BOOST_TEST_REQUIRE(!events.has_value());
    BOOST_TEST(events.error().to_string() ==
               "ftp://sentry.io: the base URL must be http:// or https://, a host, and no query");
    auto event = client::fetch_event(s, {"https://sentry.io/?q=1", "acme", "42"}, "latest");
    BOOST_TEST_REQUIRE(!event.has_value());
    BOOST_TEST(event.error().url == "https://sentry.io/?q=1");
    int calls = 0;
    auto walk = client::for_each_page<sentry_api::group_hashes>(s, std::string_view("mailto:x@example.com"),
                                                                [&](auto&) { ++calls; });
    BOOST_TEST_REQUIRE(!walk.has_value());
    BOOST_TEST(walk.error().what == "not an http:// or https:// URL");
    BOOST_TEST(calls == 0);
}

BOOST_AUTO_TEST_CASE(first_urls_of_events_and_event)
{
    auto first = detail::checked_url("https://sentry.io",
                                     sentry_api::list_events({"https://sentry.io", "acme", "42"}, {true, {}}).url);
    BOOST_TEST_REQUIRE(first.has_value());
    BOOST_TEST(first->buffer() == "https://sentry.io/api/0/organizations/acme/issues/42/events/?full=true");
    auto one = detail::checked_url("http://127.0.0.1:9000",
                                   sentry_api::retrieve_event({"http://127.0.0.1:9000", "", "42"}, "recommended").url);
    BOOST_TEST_REQUIRE(one.has_value());
    BOOST_TEST(one->buffer() == "http://127.0.0.1:9000/api/0/issues/42/events/recommended/");
    BOOST_TEST(one->port_number() == 9000);
}

BOOST_AUTO_TEST_CASE(missing_ca_file)
{
    client::options o;
    o.ca_file = "/nonexistent/ca.pem";
    o.retries = 0;
    client::session s(o);
    // The CA file is read before connecting, so no server is needed to see it refused.
    auto r = s.get("https://127.0.0.1:1/api/0/");
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(r.error().what.rfind("the CA file '/nonexistent/ca.pem' cannot be used: ", 0) == 0);
}

BOOST_AUTO_TEST_CASE(connection_refused_is_retried)
{
    client::options o;
    o.retries = 2;
    o.retry_wait = milliseconds(10);
    int notes = 0;
    o.on_retry = [&](std::string const& line) {
        ++notes;
        BOOST_TEST(line.rfind("http://127.0.0.1:1/: ", 0) == 0);
    };
    client::session s(o);
    auto r = s.get("http://127.0.0.1:1/"); // port 1: nothing listens there
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(notes == 2);
    BOOST_TEST(r.error().what.find("(after 2 retries)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_request_that_changes_state_is_retried_when_it_was_never_sent)
{
    // No connection: the server cannot have acted on the PUT, so it goes again, as a GET does.
    client::options o;
    o.retries = 2;
    o.retry_wait = milliseconds(10);
    int notes = 0;
    o.on_retry = [&](std::string const&) { ++notes; };
    client::session s(o);
    auto r = s.send(boost::beast::http::verb::put, boost::urls::parse_uri("http://127.0.0.1:1/?id=x").value());
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(notes == 2);
    BOOST_TEST(r.error().what.find("(after 2 retries)") != std::string::npos);
    BOOST_TEST(r.error().what.find("not sent again") == std::string::npos);
    BOOST_TEST(detail::idempotent(boost::beast::http::verb::options));
    BOOST_TEST(!detail::idempotent(boost::beast::http::verb::delete_));
}

BOOST_AUTO_TEST_CASE(link_on_several_lines_is_one_list)
{
    auto const here = boost::urls::parse_uri("https://sentry.io/api/0/issues/1/hashes/").value();
    client::response res;
    res.insert(boost::beast::http::field::link,
               R"(<https://sentry.io/api/0/issues/1/hashes/?&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1")");
    res.insert(boost::beast::http::field::link, " ");
    res.insert(boost::beast::http::field::link,
               R"(<https://sentry.io/api/0/issues/1/hashes/?&cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0")");
    BOOST_TEST(detail::link_field(res) ==
               R"(<https://sentry.io/api/0/issues/1/hashes/?&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", )"
               R"(<https://sentry.io/api/0/issues/1/hashes/?&cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0")");
    std::set<std::string> followed;
    auto next = detail::next_url(res, here, followed);
    BOOST_TEST_REQUIRE(next.has_value());
    BOOST_TEST(next->buffer() == "https://sentry.io/api/0/issues/1/hashes/?&cursor=0:100:0");
    BOOST_TEST(followed.count("0:100:0") == 1);

    client::response none;
    BOOST_TEST(detail::link_field(none).empty());
    BOOST_TEST(detail::next_url(none, here, followed)->empty());
}

BOOST_AUTO_TEST_CASE(token_trimmed_or_refused_before_any_request)
{
    BOOST_TEST(detail::trimmed_token(" \tabc.def\r\n") == "abc.def");
    BOOST_TEST(detail::trimmed_token("\n \n").empty());
    BOOST_TEST(!detail::token_problem("sntrys_abc+/=-_.~"));
    BOOST_TEST(!detail::token_problem(""));

    client::options o;
    o.token = "  sntrys_ok\n";
    BOOST_TEST(client::session(o).options().token == "sntrys_ok");
    BOOST_TEST(!client::session(o).token_problem());

    for (char const* bad : {"abc\r\nX-Injected: 1", "abc\ndef", "a\tb", "a\x01", "a\x7f", "a\x1f"}) {
        o.token = std::string(bad) + "secret-part";
        o.retries = 3;
        o.retry_wait = milliseconds(1000);
        client::session s(o);
        BOOST_TEST_REQUIRE(s.token_problem().has_value(), bad);
        BOOST_TEST(s.token_problem()->find("secret-part") == std::string::npos);
        BOOST_TEST(s.token_problem()->rfind("the token holds a control character (0x", 0) == 0);
        // Port 1: nothing listens there; a request made would say so (and be retried, with waits).
        auto const start = std::chrono::steady_clock::now();
        auto r = s.get("http://127.0.0.1:1/api/0/");
        BOOST_TEST_REQUIRE(!r.has_value());
        BOOST_TEST(r.error().what == *s.token_problem());
        BOOST_TEST(r.error().to_string().find("secret-part") == std::string::npos);
        BOOST_TEST((std::chrono::steady_clock::now() - start < std::chrono::milliseconds(500)));
    }
    o.token = "abc\r\nX-Injected: 1";
    client::session s(o);
    BOOST_TEST(*s.token_problem() == "the token holds a control character (0x0D at byte 4 of 18); it is not sent");
}

BOOST_AUTO_TEST_CASE(a_body_that_is_not_json_says_what_it_is)
{
    sentry_api::codec::error at_start{sentry_api::codec::error_kind::syntax, "", "expected a JSON value", 0, 1, 1};
    BOOST_TEST(detail::body_error(at_start, "text/html", "<html>\x01\"\\") ==
               R"(1:1: expected a JSON value (the body is text/html, beginning "<html>\x01\"\\"))");
    BOOST_TEST(detail::body_error(at_start, "", "") == "1:1: expected a JSON value (the body has no Content-Type and is empty)");
    BOOST_TEST(detail::body_error(at_start, "application/json", std::string(60, 'x')) ==
               "1:1: expected a JSON value (the body is application/json, beginning \"" + std::string(48, 'x') + "\"...)");
    // JSON that breaks later: only the place.
    sentry_api::codec::error later{sentry_api::codec::error_kind::syntax, "", "expected ',' or ']' in an array", 6, 1, 7};
    BOOST_TEST(detail::body_error(later, "application/json; charset=utf-8", "[1, 2 3]") ==
               "1:7: expected ',' or ']' in an array");
    BOOST_TEST(detail::body_error(later, "text/plain", "[1, 2 3]") ==
               R"(1:7: expected ',' or ']' in an array (the body is text/plain, beginning "[1, 2 3]"))");
    // The root pointer is written `/`.
    sentry_api::codec::error root{sentry_api::codec::error_kind::type, "", "expected array, got object", 0, 1, 1};
    BOOST_TEST(detail::body_error(root, "application/json", "{}") == "/: expected array, got object");
    root.pointer = "/0/id";
    BOOST_TEST(detail::body_error(root, "application/json", "[{}]") == "/0/id: expected array, got object");
}

BOOST_AUTO_TEST_CASE(redirects_resolved_and_judged)
{
    auto const from = boost::urls::parse_uri("http://127.0.0.1:9000/api/0/issues/1/hashes/?cursor=a").value();
    BOOST_TEST(detail::redirect_target(from, "/moved/?x=1#frag")->buffer() == "http://127.0.0.1:9000/moved/?x=1");
    BOOST_TEST(detail::redirect_target(from, "next/")->buffer() == "http://127.0.0.1:9000/api/0/issues/1/hashes/next/");
    BOOST_TEST(detail::redirect_target(from, "https://sentry.io/x")->buffer() == "https://sentry.io/x");
    BOOST_TEST(!detail::redirect_target(from, "http://[bad"));
    for (unsigned s : {301u, 302u, 307u, 308u})
        BOOST_TEST(detail::followed_redirect(s));
    for (unsigned s : {200u, 300u, 303u, 304u, 305u, 306u, 309u})
        BOOST_TEST(!detail::followed_redirect(s));
}

namespace {

// `text` as a gzip body, written by zlib itself.
std::string gzipped(std::string const& text)
{
    z_stream z{};
    BOOST_TEST_REQUIRE(deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string out(deflateBound(&z, static_cast<uLong>(text.size())), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    z.avail_in = static_cast<uInt>(text.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    BOOST_TEST_REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
    out.resize(out.size() - z.avail_out);
    deflateEnd(&z);
    return out;
}

// Inflates `body` in pieces of `size`: the text, or `error: ...`.
std::string inflated(std::string const& body, std::size_t size, std::size_t limit)
{
    detail::gzip_inflater inflater(limit);
    std::string out;
    std::size_t largest = 0;
    auto keep = [&](std::string_view piece) {
        largest = std::max(largest, piece.size());
        out += piece;
    };
    for (std::size_t at = 0; at < body.size(); at += size)
        if (!inflater.write(std::string_view(body).substr(at, size), keep))
            return "error: " + *inflater.error();
    if (!inflater.finish())
        return "error: " + *inflater.error();
    BOOST_TEST(largest <= 16u * 1024);
    BOOST_TEST(inflater.inflated() == out.size());
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(gzip_inflated_in_pieces_and_bounded)
{
    std::string text;
    for (int i = 0; i < 5000; ++i)
        text += R"({"id": "c4a4d06bc314205bb3b6bdb612dde7f1", "n": )" + std::to_string(i) + "},";
    std::string const body = gzipped(text);
    BOOST_TEST(body.size() * 4 < text.size());
    for (std::size_t size : {std::size_t(1), std::size_t(7), std::size_t(4096), body.size()})
        BOOST_TEST(inflated(body, size, text.size()) == text, "pieces of " << size);
    BOOST_TEST(inflated(body, 100, text.size() - 1) ==
               "error: the gzip body inflates to more than " + std::to_string(text.size() - 1) +
                   " bytes, the limit (options::max_body_bytes)");
    BOOST_TEST(inflated(body.substr(0, body.size() / 2), 100, text.size()) == "error: the gzip body ends before its end");
    BOOST_TEST(inflated(body + "x", 100, text.size()) == "error: bytes after the end of the gzip body");
    BOOST_TEST(inflated("", 100, text.size()).empty()); // no body at all (a 204)
    BOOST_TEST(inflated("<html>not gzip</html>", 5, text.size()).rfind("error: the gzip body cannot be inflated: ", 0) == 0);
    std::string corrupt = body;
    corrupt[corrupt.size() / 2] = static_cast<char>(corrupt[corrupt.size() / 2] ^ 0x55);
    BOOST_TEST(inflated(corrupt, 100, text.size()).rfind("error: ", 0) == 0);
}

BOOST_AUTO_TEST_CASE(unmerge_checks_its_hash_ids_before_any_request)
{
    BOOST_TEST(detail::hash_id("c4a4d06bc314205bb3b6bdb612dde7f1"));
    for (char const* bad : {"", "c4a4d06bc314205bb3b6bdb612dde7f", "c4a4d06bc314205bb3b6bdb612dde7f1a",
                            "C4A4D06BC314205BB3B6BDB612DDE7F1", "g4a4d06bc314205bb3b6bdb612dde7f1"})
        BOOST_TEST(!detail::hash_id(bad), bad);
    client::options o;
    o.retries = 3;
    o.retry_wait = milliseconds(1000);
    client::session s(o);
    // Port 1: nothing listens there; a request made would say so, after retries and their waits.
    auto const start = std::chrono::steady_clock::now();
    auto r = client::unmerge_hashes(s, {"http://127.0.0.1:1", "", "42"}, {"c4a4d06bc314205bb3b6bdb612dde7f1", "x"});
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(r.error().to_string() == "x: not a hash id: expected 32 lowercase hex digits");
    auto none = client::plan_unmerge(s, {"http://127.0.0.1:1", "", "42"}, {});
    BOOST_TEST_REQUIRE(!none.has_value());
    BOOST_TEST(none.error().what == "no hash to unmerge");
    BOOST_TEST((std::chrono::steady_clock::now() - start < std::chrono::milliseconds(500)));
}
