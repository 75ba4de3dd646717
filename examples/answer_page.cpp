// SPDX-License-Identifier: BSL-1.0
// Answers `GET /api/0/issues/{issue_id}/hashes/` as Sentry does, for a Sentry-compatible server:
// a page of two hashes built in code, completed with the keys Sentry always sends
// (fill_sentry_shape), written as Sentry's Python writes it (style::python), with the `Link`
// header Sentry's paginator would send for the request (page_link_header).
//
//   example_answer_page [REQUEST_URL]
//
// Prints the response: its status line and headers, an empty line, the body. Exits 1 if the
// page is not valid or still lacks a key Sentry sends (so the example runs as a test).

#include <sentry_api.hpp>

#include <cstdint>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace {

// The latest event of the first hash: an error with a message, a stack trace, the template it
// failed in and the request that caused it. Only what the server knows is set; the rest of
// Sentry's keys come from fill_sentry_shape.
sentry_api::event latest_event()
{
    sentry_api::event ev;
    ev.id = std::string("9fe4b4e1a0e14c5b9b8d5c0ec4dc6a63");
    ev.eventID = std::string("9fe4b4e1a0e14c5b9b8d5c0ec4dc6a63");
    ev.groupID = sentry_api::numeric_id(std::string("7"));
    ev.projectID = sentry_api::numeric_id(std::string("2"));
    ev.type = std::string("error");
    ev.platform = std::string("python");
    ev.message = std::string("ZeroDivisionError: division by zero");
    ev.title = std::string("ZeroDivisionError: division by zero");
    ev.dateCreated = std::string("2026-12-04T18:00:00Z");
    ev.dateReceived = std::string("2026-12-04T18:00:01Z");
    ev.size = sentry_api::count(2048);
    ev.fingerprints = std::vector<std::string>{"c4a4d06bc314205bb3b6bdb612dde7f1"};
    sentry_api::event_metadata metadata;
    metadata.title = std::string("ZeroDivisionError: division by zero");
    ev.metadata = std::move(metadata);

    sentry_api::user u;
    u.id = std::string("1");
    u.email = std::string("ada@example.org");
    ev.user = std::move(u);

    sentry_api::message_entry message;
    message.data->message = std::string("ZeroDivisionError: division by zero");

    sentry_api::frame f;
    f.function = std::string("divide");
    f.module = std::string("app.math");
    f.filename = std::string("app/math.py");
    f.lineNo = sentry_api::count(12);
    f.inApp = true;
    f.vars = boost::json::object{{"a", 1}, {"b", 0}};
    sentry_api::stacktrace_entry stack;
    stack.data->frames->push_back(std::move(f));

    sentry_api::template_entry tmpl;
    tmpl.data->filename = std::string("report.html");
    tmpl.data->lineNo = sentry_api::count(3);
    tmpl.data->context = std::vector<sentry_api::context_line>{{sentry_api::count(2), std::string("<p>")},
                                                               {sentry_api::count(3), std::string("{{ a / b }}")}};

    sentry_api::request_entry request;
    request.data->method = std::string("GET");
    request.data->url = std::string("https://app.example.org/report");

    ev.entries = {std::move(message), std::move(stack), std::move(tmpl), std::move(request)};
    ev.tags = {sentry_api::tag{"level", "error"}, sentry_api::tag{"environment", "production"}};
    return ev;
}

} // namespace

int main(int argc, char** argv)
{
    std::string const request_url =
        argc > 1 ? argv[1] : "https://sentry.example/api/0/issues/7/hashes/?cursor=0:0:0";

    // Two hashes: one with its latest event, one whose event the server no longer has.
    sentry_api::group_hashes page(2);
    page[0].id = std::string("c4a4d06bc314205bb3b6bdb612dde7f1");
    page[0].latestEvent = latest_event();
    page[1].id = std::string("0d4d7f93bb2b0a7b1e3e5a4bd0cc4c3a");

    // Every key Sentry's serializers write, as null (or Sentry's empty value) where unset.
    sentry_api::fill_sentry_shape(page);
    std::string const body = sentry_api::encode(page, sentry_api::style::python);

    // This is the first page; a next one has results.
    std::string const link = sentry_api::page_link_header(request_url, {{std::int64_t(0), 0, true}, false},
                                                          {{std::int64_t(0), 2, false}, true});

    std::cout << "HTTP/1.1 200 OK\n"
              << "Content-Type: application/json\n"
              << "Content-Length: " << body.size() << '\n'
              << "Link: " << link << "\n\n"
              << body << '\n';

    auto const report = sentry_api::validate<sentry_api::group_hashes>(body);
    for (auto const& v : report.violations)
        std::cerr << "invalid: " << v.pointer << ": " << v.message << '\n';
    auto const missing = sentry_api::check_sentry_shape(page);
    for (auto const& p : missing)
        std::cerr << "missing: " << p << '\n';
    return report.ok() && missing.empty() ? 0 : 1;
}
