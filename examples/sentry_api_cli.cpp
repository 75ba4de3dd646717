// SPDX-License-Identifier: BSL-1.0
// sentry-api: decode, re-encode and check Sentry API payloads from the command line.
//
//   sentry-api roundtrip [--type auto|hashes|event|events] [--style auto|pretty|python|compact] [--indent N]
//                        [--ascii] [--strict] [FILE|-]
//   sentry-api validate  [--type auto|hashes|event|events] [--max-violations N] [--report-unknown] [FILE|-]
//   sentry-api diff      [--type auto|hashes|event|events] [--ignore-order] A B
//   sentry-api schema    [--type hashes|event|events]
//   sentry-api link      'LINK-HEADER-VALUE'
//   sentry-api cursor    'VALUE:OFFSET:IS_PREV'
//   sentry-api fetch     [--url URL] [--org ORG] [--auth-token TOKEN] [--endpoint hashes|events|event]
//                        [--event-id ID|latest|oldest|recommended] [--full true|false]
//                        [--style pretty|python|compact] [--indent N] [--cacert FILE] [--timeout SECONDS]
//                        [--retries N] [--max-pages N] [BASE_URL] ISSUE_ID
//   sentry-api unmerge   [--url URL] [--org ORG] [--auth-token TOKEN] [--yes] [--cacert FILE]
//                        [--timeout SECONDS] [--retries N] [BASE_URL] ISSUE_ID HASH...
//   sentry-api serve     [--host HOST] [--port N] [--page-size N] [--token TOKEN] [--fail-every N]
//                        [--fail-status 503|429] [--delay SECONDS] [--close-after N] DIR
//   sentry-api --version
//
// fetch and unmerge read the server, the organization and the token as Sentry's tools do: the
// command line (--url, --org, --auth-token), SENTRY_URL / SENTRY_ORG / SENTRY_AUTH_TOKEN, the
// nearest .sentryclirc, then ~/.sentryclirc (sentry_config.hpp).
//
// Every command takes --help. Exit codes: 0 success (for validate: valid); 1 validate (or fetch)
// found violations; 2 the input cannot be used, with `error: <where>: <what>` on stderr.

#include <sentry_api.hpp>
#include <sentry_api/client.hpp>

#include "diff_command.hpp"
#include "sentry_config.hpp"
#include "serve.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr int exit_ok = 0;
constexpr int exit_invalid = 1;
constexpr int exit_unusable = 2;

char const* const usage = "usage:\n"
                          "  sentry-api roundtrip [--type auto|hashes|event|events] "
                          "[--style auto|pretty|python|compact] [--indent N] [--ascii] [--strict] [FILE|-]\n"
                          "  sentry-api validate  [--type auto|hashes|event|events] [--max-violations N] [--report-unknown] "
                          "[FILE|-]\n"
                          "  sentry-api diff      [--type auto|hashes|event|events] [--ignore-order] A B\n"
                          "  sentry-api schema    [--type hashes|event|events]\n"
                          "  sentry-api link      'LINK-HEADER-VALUE'\n"
                          "  sentry-api cursor    'VALUE:OFFSET:IS_PREV'\n"
                          "  sentry-api fetch     [--url URL] [--org ORG] [--auth-token TOKEN] [--endpoint hashes|events|event] "
                          "[--event-id ID|latest|oldest|recommended] [--full true|false] [--style pretty|python|compact] "
                          "[--indent N] [--cacert FILE] [--timeout SECONDS] [--retries N] [--max-pages N] [BASE_URL] ISSUE_ID\n"
                          "  sentry-api unmerge   [--url URL] [--org ORG] [--auth-token TOKEN] [--yes] [--cacert FILE] [--timeout SECONDS] "
                          "[--retries N] [BASE_URL] ISSUE_ID HASH...\n"
                          "  sentry-api serve     [--host HOST] [--port N] [--page-size N] [--token TOKEN] "
                          "[--fail-every N] [--fail-status 503|429] [--delay SECONDS] [--close-after N] DIR\n"
                          "  sentry-api COMMAND --help\n"
                          "  sentry-api --version\n";

int fail(std::string const& where, std::string const& what)
{
    std::cerr << "error: " << where << ": " << what << '\n';
    return exit_unusable;
}

// A decoding error as `error: <where>: <what>`, where the root pointer is written `/`.
int fail(sentry_api::codec::error const& e)
{
    bool const root = e.kind != sentry_api::codec::error_kind::syntax && e.pointer.empty();
    return fail(root ? std::string("/") : e.where(), e.message);
}

// The options every command may take; each command says which it accepts.
struct arguments {
    std::string type = "auto";
    std::string style = "pretty";
    std::string indent; // pretty's width, 0 to 64; empty: the style's own
    bool ascii = false;
    bool strict = false; // roundtrip: a value of the wrong kind is an error, not kept
    bool report_unknown = false; // validate: unknown keys and entry types are violations
    std::size_t max_violations = sentry_api::decode_options().max_violations;
    std::vector<std::string> positional;
    // fetch
    std::string endpoint = "hashes";
    std::string event_id;
    std::string org;
    std::string url;
    std::string auth_token; // fetch, unmerge: before SENTRY_AUTH_TOKEN and .sentryclirc
    std::string full;
    std::string cacert;
    double timeout = 30;
    unsigned retries = 3;
    std::size_t max_pages = 0;
    // unmerge
    bool yes = false;
};

int write_out(std::string const& out)
{
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::fflush(stdout) == 0 ? exit_ok : fail("output", "cannot write");
}

// "a, b or c"
std::string one_of_text(std::vector<std::string> const& values)
{
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i)
        text += (i == 0 ? "" : i + 1 == values.size() ? " or " : ", ") + values[i];
    return text;
}

// The command line over CLI11: a subcommand per command, each option one line where the
// command is declared, `--help` everywhere, and the project's own wording of its errors
// (`error: arguments: unknown option '--fast'`, `--style must be ..., not '...'`), exit code 2.
class command_line {
public:
    arguments a;

    command_line() : app_("sentry-api: decode, re-encode, check and fetch Sentry API payloads", "sentry-api")
    {
        app_.allow_extras();
        app_.require_subcommand(0, 1);
        app_.set_version_flag("--version", std::string("sentry-api ") + SENTRY_API_VERSION_STRING,
                              "print the library's version and exit");
    }

    // Declares a command; its options are added to what this returns.
    CLI::App& command(std::string const& name, std::string const& description, std::string const& positional,
                      std::function<int(arguments const&)> run)
    {
        CLI::App* c = app_.add_subcommand(name, description);
        c->allow_extras(); // reported below, in our words
        if (positional.empty()) // collected all the same, so the command can say it takes none
            c->add_option("ARGS", a.positional)->group("");
        else
            c->add_option(positional, a.positional, positional);
        runs_.push_back({c, std::move(run)});
        return *c;
    }

    // An option that takes one of `values`.
    void choice(CLI::App& c, std::string const& name, std::string& target, std::vector<std::string> values)
    {
        c.add_option(name, target, one_of_text(values) + (target.empty() ? "" : " (default: " + target + ")"));
        checks_.push_back([&c, name, &target, values]() -> std::optional<std::string> {
            if (c.count(name) == 0 || std::find(values.begin(), values.end(), target) != values.end())
                return std::nullopt;
            return name + " must be " + one_of_text(values) + ", not '" + target + "'";
        });
    }

    int run(int argc, char** argv)
    {
        try {
            app_.parse(argc, argv);
        } catch (CLI::Success const& e) { // --help or --version: printed, exit 0
            return app_.exit(e);
        } catch (CLI::ParseError const& e) {
            return fail("arguments", e.what());
        }
        for (auto const& [c, run] : runs_) {
            if (!c->parsed())
                continue;
            for (auto const& extra : c->remaining()) // "--" ends the options; CLI11 leaves it here
                if (extra.size() > 1 && extra[0] == '-' && extra != "--")
                    return fail("arguments", "unknown option '" + extra + "'");
            for (auto const& extra : app_.remaining())
                if (extra != "--")
                    return fail("arguments", "unexpected argument '" + extra + "'");
            for (auto const& check : checks_)
                if (auto message = check())
                    return fail("arguments", *message);
            return run(a);
        }
        auto extras = app_.remaining();
        std::cerr << usage;
        if (extras.empty())
            return exit_unusable;
        if (extras[0].size() > 1 && extras[0][0] == '-')
            return fail("arguments", "unknown option '" + extras[0] + "'");
        return fail("arguments", "unknown command '" + extras[0] + "'");
    }

private:
    CLI::App app_;
    std::vector<std::pair<CLI::App*, std::function<int(arguments const&)>>> runs_;
    std::vector<std::function<std::optional<std::string>()>> checks_;
};

// Reads FILE, or standard input for "-" or no file.
std::optional<std::string> read_input(std::vector<std::string> const& positional)
{
    if (positional.size() > 1) {
        fail("arguments", "one input file at most");
        return std::nullopt;
    }
    if (positional.empty() || positional[0] == "-") {
        std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
        return text;
    }
    std::ifstream in(positional[0], std::ios::binary);
    if (!in) {
        fail(positional[0], "cannot open the file");
        return std::nullopt;
    }
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// `--type auto`, by the library's rule (sentry_api::detect_payload).
std::optional<std::string> detect_type(std::string const& text)
{
    auto kind = sentry_api::detect_payload(text);
    if (!kind) {
        fail(kind.error());
        return std::nullopt;
    }
    return std::string(to_string(*kind));
}

// Calls `f(boost::mp11::mp_identity<T>{})` with the model type that `type` names.
template<class F>
int with_type(std::string const& type, F&& f)
{
    if (type == "hashes")
        return f(boost::mp11::mp_identity<sentry_api::group_hashes>{});
    if (type == "event")
        return f(boost::mp11::mp_identity<sentry_api::event>{});
    return f(boost::mp11::mp_identity<sentry_api::events>{});
}

// Reads the input named by the arguments and settles `--type auto`.
std::optional<std::string> input_and_type(arguments const& a, std::string& type)
{
    auto text = read_input(a.positional);
    if (!text)
        return std::nullopt;
    type = a.type;
    if (type == "auto") {
        auto detected = detect_type(*text);
        if (!detected)
            return std::nullopt;
        type = *detected;
    }
    return text;
}

// The layout `--style` names (`auto`: the input's own, read from `text`), with `--indent` and
// `--ascii` over it; nothing, with the error printed, when `--indent` is not a width.
std::optional<sentry_api::text_style> output_style(arguments const& a, std::string const& text = {})
{
    sentry_api::text_style ts;
    if (a.style == "auto")
        ts = sentry_api::detect_style(text);
    else
        ts.options.style = a.style == "pretty"   ? sentry_api::style::pretty
                           : a.style == "python" ? sentry_api::style::python
                                                 : sentry_api::style::compact;
    if (!a.indent.empty()) {
        if (a.indent.size() > 2 || a.indent.find_first_not_of("0123456789") != std::string::npos ||
            std::stoul(a.indent) > 64) {
            fail("arguments", "--indent must be a whole number from 0 to 64, not '" + a.indent + "'");
            return std::nullopt;
        }
        ts.options.indent = static_cast<unsigned>(std::stoul(a.indent));
    }
    if (a.ascii)
        ts.options.ensure_ascii = true;
    return ts;
}

int roundtrip_command(arguments const& a)
{
    std::string type;
    auto text = input_and_type(a, type);
    if (!text)
        return exit_unusable;
    auto const ts = output_style(a, *text);
    if (!ts)
        return exit_unusable;
    // Lenient unless told: a value of the wrong kind comes back as it came.
    sentry_api::decode_options options;
    options.lenient = !a.strict;
    return with_type(type, [&](auto t) {
        auto r = sentry_api::decode<typename decltype(t)::type>(*text, options);
        if (!r)
            return fail(r.error());
        // `--style auto` alone promises the input's own bytes: say ahead when they will differ.
        if (a.style == "auto" && a.indent.empty() && !a.ascii && !ts->reproducible)
            std::cerr << "note: the input's layout is not one Python's json.dumps writes, so the output's bytes will differ from it\n";
        // Kept as written here, but not by Python: say so, whatever the style.
        if ((a.style == "auto" ? *ts : sentry_api::detect_style(*text)).floats_beyond_double)
            std::cerr << "note: a float no double holds (such as 1E400) is written as it came; Python's json.dumps "
                         "would write Infinity or 0.0 for it\n";
        return write_out(sentry_api::encode(*r, ts->options) + (ts->final_newline ? "\n" : ""));
    });
}

int validate_command(arguments const& a)
{
    std::string type;
    auto text = input_and_type(a, type);
    if (!text)
        return exit_unusable;
    sentry_api::decode_options options;
    options.max_violations = a.max_violations;
    options.lenient = true; // what validation reads: every wrong kind is a violation, not the end
    options.report_unknown = a.report_unknown;
    return with_type(type, [&](auto t) {
        auto report = sentry_api::validate<typename decltype(t)::type>(*text, options);
        if (report.error)
            return fail(*report.error);
        if (report.ok())
            return write_out("valid\n") == exit_ok ? exit_ok : exit_unusable;
        std::string out;
        for (auto const& v : report.violations) {
            out += v.pointer;
            out += '\t';
            out += to_string(v.rule);
            out += '\t';
            out += v.message;
            out += '\n';
        }
        int const written = write_out(out);
        if (report.stopped)
            std::cerr << "note: stopped after " << report.violations.size() << " violations\n";
        return written == exit_ok ? exit_invalid : exit_unusable;
    });
}

int schema_command(arguments const& a)
{
    if (!a.positional.empty())
        return fail("arguments", "schema takes no file");
    std::string type = a.type == "auto" ? "hashes" : a.type;
    return with_type(type, [&](auto t) {
        auto s = sentry_api::json_schema<typename decltype(t)::type>();
        return write_out(sentry_api::encode(s, sentry_api::style::pretty) + '\n');
    });
}

// Parses the one argument with `parse` and prints the result as JSON.
template<class Parse>
int parse_and_print(std::vector<std::string> const& args, char const* what, Parse parse)
{
    if (args.size() != 1)
        return fail("arguments", std::string("expected one ") + what);
    auto r = parse(args[0]);
    if (!r)
        return fail(r.error());
    return write_out(sentry_api::encode(*r, sentry_api::style::python) + '\n');
}

int link_command(arguments const& a)
{
    return parse_and_print(a.positional, "Link header value",
                           [](std::string const& v) { return sentry_api::parse_link_header(v); });
}

int cursor_command(arguments const& a)
{
    return parse_and_print(a.positional, "cursor", [](std::string const& v) { return sentry_api::parse_cursor(v); });
}

// The output of a walk, page by page: the bytes `encode` writes for every item of every page as
// one array, made of each page's own encoding, so that only the current page is decoded at a time.
// A page encodes as `[` + its items + `]` (`\n]` in pretty); the items of pages are joined as
// items are (`,`, or `, ` in python; pretty's newline and indent begin each item).
class joined_pages {
public:
    explicit joined_pages(sentry_api::encode_options o) : options_(o) {}

    template<class Page>
    void add(Page const& items)
    {
        if (items.empty())
            return;
        std::string text = sentry_api::encode(items, options_);
        std::size_t const tail = text.size() >= 2 && text[text.size() - 2] == '\n' ? 2 : 1;
        if (!items_.empty())
            items_ += options_.style == sentry_api::style::python ? ", " : ",";
        items_.append(text, 1, text.size() - 1 - tail);
    }

    std::string finish() const
    {
        if (items_.empty())
            return "[]";
        return "[" + items_ + (options_.style == sentry_api::style::pretty ? "\n]" : "]");
    }

private:
    sentry_api::encode_options options_;
    std::string items_;
};

// `page N: <pointer>\t<rule>\t<message>`, a line each.
std::string violation_lines(std::size_t page, std::vector<sentry_api::violation> const& violations)
{
    std::string out;
    for (auto const& v : violations) {
        out += "page " + std::to_string(page) + ": " + v.pointer + '\t';
        out += to_string(v.rule);
        out += '\t' + v.message + '\n';
    }
    return out;
}

// Where and who, for fetch and unmerge: the issue, and the client's options (the token among
// them), each from the first place that has it (sentry_config.hpp).
struct server_settings {
    sentry_api::issue_location where;
    sentry_api::client::options options;
    std::string token_source;                    // where the token came from, for its errors
    std::vector<sentry_config::rc_file> files;   // the .sentryclirc files read, nearest first
};

// Reads `[BASE_URL] ISSUE_ID` from the front of the positional arguments (BASE_URL is the older
// form, told by its `://`); nothing, the error printed, when `--timeout` is not usable.
std::optional<server_settings> server_settings_of(arguments const& a, std::vector<std::string> const& positional)
{
    if (!(a.timeout > 0 && a.timeout <= 86400)) {
        fail("arguments", "--timeout must be a number of seconds > 0");
        return std::nullopt;
    }
    server_settings s;
    s.files = sentry_config::rc_files();
    bool const old_form = positional.size() >= 2 && positional[0].find("://") != std::string::npos;
    std::string const given = !a.url.empty() ? a.url : old_form ? positional[0] : std::string();
    auto url = sentry_config::resolve(given, !a.url.empty() ? "--url" : "BASE_URL", "SENTRY_URL", "defaults.url", s.files);
    auto org = sentry_config::resolve(a.org, "--org", "SENTRY_ORG", "defaults.org", s.files);
    auto token = sentry_config::resolve(a.auth_token, "--auth-token", "SENTRY_AUTH_TOKEN", "auth.token", s.files);
    s.where = {url ? url->value : "https://sentry.io/", org ? org->value : "", positional[old_form ? 1 : 0]};
    if (token) {
        s.options.token = token->value;
        s.token_source = token->source;
    }
    // Proxies as curl and Sentry's tools read them; .sentryclirc's http.proxy_url for both schemes.
    auto env = [](char const* lower, char const* upper) {
        char const* v = std::getenv(lower);
        if (!v || !*v)
            v = std::getenv(upper);
        return std::string(v ? v : "");
    };
    auto const rc_proxy = sentry_config::from_files("http.proxy_url", s.files);
    s.options.http_proxy = env("http_proxy", "HTTP_PROXY");
    s.options.https_proxy = env("https_proxy", "HTTPS_PROXY");
    if (rc_proxy && s.options.http_proxy.empty())
        s.options.http_proxy = rc_proxy->value;
    if (rc_proxy && s.options.https_proxy.empty())
        s.options.https_proxy = rc_proxy->value;
    s.options.no_proxy = env("no_proxy", "NO_PROXY");
    s.options.ca_file = a.cacert;
    s.options.timeout = std::chrono::milliseconds(static_cast<long long>(a.timeout * 1000 + 0.5));
    s.options.retries = a.retries;
    s.options.on_retry = [](std::string const& line) { std::cerr << "note: " << line << '\n'; };
    return s;
}

// A request's error, and what the tool knows of its cause: a 401 or 403 says where the token
// came from (never the token), or, without one, that none was found and where it looked.
int fail_fetch(sentry_api::client::error const& e, server_settings const& s)
{
    if ((e.status == 401 || e.status == 403) && s.options.token.empty())
        return fail(e.url, e.what + " (no token was sent: " + sentry_config::token_places(s.files) + ")");
    if (e.status == 401 || e.status == 403)
        return fail(e.url, e.what + " (the token from " + s.token_source + ")");
    return fail(e.url, e.what);
}

// Fetches what `--endpoint` names of an issue: every page of its hashes or its events, printed as
// one array, or one event. Nothing on stdout when a page cannot be had.
int fetch_command(arguments const& a)
{
    bool const old_form = a.positional.size() == 2 && a.positional[0].find("://") != std::string::npos;
    if ((a.positional.size() != 1 && !old_form) || a.positional.back().find("://") != std::string::npos) {
        std::cerr << "usage: sentry-api fetch [OPTIONS] [BASE_URL] ISSUE_ID (sentry-api fetch --help for the options)\n";
        std::string const wanted = "fetch takes one ISSUE_ID (after BASE_URL, the older form of --url)";
        if (a.positional.empty())
            return fail("arguments", wanted + ", got none");
        if (a.positional.size() == 1)
            return fail("arguments", wanted + ", got only a URL: '" + a.positional[0] + "'");
        std::string got;
        for (auto const& p : a.positional)
            got += " '" + p + "'";
        return fail("arguments", wanted + ", got " + std::to_string(a.positional.size()) +
                                     (a.positional.size() == 1 ? " argument:" : " arguments:") + got);
    }
    auto const ts = output_style(a);
    if (!ts)
        return exit_unusable;
    if (a.endpoint != "event" && !a.event_id.empty())
        return fail("arguments", "--event-id is for --endpoint event");
    if (a.endpoint == "event" && !a.full.empty())
        return fail("arguments", "--full is for --endpoint hashes or events");
    if (a.endpoint == "event" && a.max_pages != 0)
        return fail("arguments", "--max-pages is for --endpoint hashes or events");
    auto const settings = server_settings_of(a, a.positional);
    if (!settings)
        return exit_unusable;
    std::optional<bool> full;
    if (!a.full.empty())
        full = a.full == "true";
    auto const& where = settings->where;
    auto const& o = *settings;
    sentry_api::client::session session(settings->options);
    if (auto const& problem = session.token_problem())
        return fail(settings->token_source, *problem);

    std::string out;
    std::string notes; // the violations and notes, printed once the whole output is known to be had
    bool violated = false;
    if (a.endpoint == "event") {
        auto r = sentry_api::client::fetch_event(session, where, a.event_id.empty() ? "latest" : a.event_id);
        if (!r)
            return fail_fetch(r.error(), o);
        notes = violation_lines(1, r->violations);
        violated = !r->violations.empty();
        out = sentry_api::encode(r->event, ts->options);
    } else {
        joined_pages joined(ts->options);
        auto on_page = [&](auto& page) {
            notes += violation_lines(page.number, page.violations);
            violated = violated || !page.violations.empty();
            joined.add(page.items);
        };
        sentry_api::client::result<sentry_api::client::walk_summary> r = sentry_api::client::walk_summary{};
        if (a.endpoint == "events") {
            sentry_api::client::fetch_events_options fo;
            fo.full = full;
            fo.max_pages = a.max_pages;
            r = sentry_api::client::for_each_events_page(session, where, on_page, fo);
        } else {
            sentry_api::client::fetch_hashes_options fo;
            fo.full = full;
            fo.max_pages = a.max_pages;
            r = sentry_api::client::for_each_hashes_page(session, where, on_page, fo);
        }
        if (!r)
            return fail_fetch(r.error(), o);
        if (r->more)
            notes += "note: stopped after " + std::to_string(r->pages) + " pages; more remain\n";
        out = joined.finish();
    }
    std::cerr << notes;
    int written = write_out(out);
    return written != exit_ok ? written : violated ? exit_invalid : exit_ok;
}

// Unmerges hashes out of an issue: the method the server's Allow names, asked with OPTIONS; without
// --yes only that is asked, and what would be sent is printed.
int unmerge_command(arguments const& a)
{
    std::size_t const first_hash = !a.positional.empty() && a.positional[0].find("://") != std::string::npos ? 2 : 1;
    if (a.positional.size() <= first_hash || a.positional[first_hash - 1].find("://") != std::string::npos) {
        std::cerr << "usage: sentry-api unmerge [OPTIONS] [BASE_URL] ISSUE_ID HASH... (sentry-api unmerge --help for "
                     "the options)\n";
        return fail("arguments", "unmerge takes ISSUE_ID and at least one HASH (after BASE_URL, the older form of --url)");
    }
    auto const settings = server_settings_of(a, a.positional);
    if (!settings)
        return exit_unusable;
    auto const& where = settings->where;
    auto const& o = *settings;
    sentry_api::client::session session(settings->options);
    if (auto const& problem = session.token_problem())
        return fail(settings->token_source, *problem);
    std::vector<std::string> const hashes(a.positional.begin() + static_cast<std::ptrdiff_t>(first_hash),
                                          a.positional.end());
    auto plan = sentry_api::client::plan_unmerge(session, where, hashes);
    if (!plan)
        return fail_fetch(plan.error(), o);
    std::string const what = plan->method + " " + plan->url;
    if (!a.yes)
        return write_out("would send " + what + " (the server allows " + plan->allow +
                         "); nothing was changed: --yes sends it\n");
    auto r = sentry_api::client::send_unmerge(session, *plan);
    if (!r)
        return fail_fetch(r.error(), o);
    if (r->status == 202)
        return write_out("started: " + what + " answered 202 Accepted; the hashes' events move to a new issue\n");
    return write_out("done: " + what + " answered " + std::to_string(r->status) + "\n");
}

} // namespace

int main(int argc, char** argv)
{
    command_line cl;
    arguments& a = cl.a;
    std::vector<std::string> const types = {"auto", "hashes", "event", "events"};
    std::vector<std::string> const styles = {"pretty", "python", "compact"};

    auto& roundtrip = cl.command("roundtrip", "Decode a payload and write it back", "FILE", roundtrip_command);
    cl.choice(roundtrip, "--type", a.type, types);
    cl.choice(roundtrip, "--style", a.style, {"auto", "pretty", "python", "compact"});
    roundtrip.add_option("--indent", a.indent, "pretty's indent width, 0 to 64 (default: 2, or the input's with auto)");
    roundtrip.add_flag("--ascii", a.ascii, "write non-ASCII text as \\uXXXX escapes");
    roundtrip.add_flag("--strict", a.strict, "fail on a value of the wrong kind (by default it is kept as it came)");

    auto& validate = cl.command("validate", "Check a payload against the contract", "FILE", validate_command);
    cl.choice(validate, "--type", a.type, types);
    validate.add_option("--max-violations", a.max_violations, "stop after N violations (default: 1000; 0: no limit)");
    validate.add_flag("--report-unknown", a.report_unknown,
                      "report unknown keys and entry types as violations (rule: unknown; by default they are allowed)");

    bool ignore_order = false;
    auto& diff = cl.command("diff", "Show where two payloads differ, by JSON Pointer (- is standard input)", "A B",
                            [&](arguments const& x) { return diff_command::run(x.type, ignore_order, x.positional); });
    cl.choice(diff, "--type", a.type, types);
    diff.add_flag("--ignore-order", ignore_order, "do not report an object's keys in another order");

    auto& schema = cl.command("schema", "Print the JSON Schema of a payload type", "", schema_command);
    cl.choice(schema, "--type", a.type, types);

    cl.command("link", "Parse a Link header value", "LINK-HEADER-VALUE", link_command);
    cl.command("cursor", "Parse a cursor value:offset:is_prev", "VALUE:OFFSET:IS_PREV", cursor_command);

    char const* const auth_token_help =
        "the token (else SENTRY_AUTH_TOKEN, .sentryclirc's auth.token); other users may see it in the process list";
    auto& fetch = cl.command("fetch",
                             "Fetch an issue's hashes or events, page by page, or one event (token: --auth-token, SENTRY_AUTH_TOKEN or .sentryclirc)",
                             "[BASE_URL] ISSUE_ID", fetch_command);
    fetch.add_option("--url", a.url, "the server (else BASE_URL, SENTRY_URL, .sentryclirc's defaults.url, https://sentry.io/)");
    fetch.add_option("--org", a.org,
                     "the organization (else SENTRY_ORG, .sentryclirc's defaults.org; without: the deprecated path)");
    fetch.add_option("--auth-token", a.auth_token, auth_token_help);
    cl.choice(fetch, "--endpoint", a.endpoint, {"hashes", "events", "event"});
    fetch.add_option("--event-id", a.event_id, "with --endpoint event: an event's id, latest (default), oldest or recommended");
    cl.choice(fetch, "--full", a.full, {"true", "false"});
    cl.choice(fetch, "--style", a.style, styles);
    fetch.add_option("--indent", a.indent, "pretty's indent width, 0 to 64 (default: 2)");
    fetch.add_option("--cacert", a.cacert, "a PEM file of the CAs to trust (default: the system's)");
    fetch.add_option("--timeout", a.timeout, "seconds one attempt of a request may take (default: 30)");
    fetch.add_option("--retries", a.retries, "retries of a request after 429, 5xx, reset, timeout (default: 3)");
    fetch.add_option("--max-pages", a.max_pages, "stop after N pages (default: 0, no limit)");

    auto& unmerge = cl.command("unmerge",
                               "Move the events of the given hashes out of an issue into a new one (token: --auth-token, "
                               "SENTRY_AUTH_TOKEN or .sentryclirc); without --yes, only say what would be sent",
                               "[BASE_URL] ISSUE_ID HASH...", unmerge_command);
    unmerge.add_option("--url", a.url, "the server (else BASE_URL, SENTRY_URL, .sentryclirc's defaults.url, https://sentry.io/)");
    unmerge.add_option("--org", a.org,
                       "the organization (else SENTRY_ORG, .sentryclirc's defaults.org; without: the deprecated path)");
    unmerge.add_option("--auth-token", a.auth_token, auth_token_help);
    unmerge.add_flag("--yes", a.yes, "send it (without: ask the server's Allow, print what would be sent, change nothing)");
    unmerge.add_option("--cacert", a.cacert, "a PEM file of the CAs to trust (default: the system's)");
    unmerge.add_option("--timeout", a.timeout, "seconds one attempt of a request may take (default: 30)");
    unmerge.add_option("--retries", a.retries, "retries of a request after 429, 5xx, reset, timeout (default: 3)");

    // serve.hpp: a Sentry to test against; the token from --token, else SENTRY_AUTH_TOKEN.
    serve::options so;
    std::string fail_status = "503";
    CLI::Option* token_option = nullptr;
    auto& serve_command = cl.command("serve", "Serve DIR/issues/<ISSUE_ID>/{hashes,events}.json as Sentry's issue endpoints",
                             "DIR", [&](arguments const& args) {
                                 if (args.positional.size() != 1)
                                     return fail("arguments", "serve takes one DIR");
                                 so.dir = args.positional[0];
                                 so.fail_status = fail_status == "429" ? 429 : 503;
                                 if (token_option->count() == 0)
                                     if (char const* t = std::getenv("SENTRY_AUTH_TOKEN"))
                                         so.token = t;
                                 return serve::run(so);
                             });
    serve_command.add_option("--host", so.host, "the address to listen on (default: 127.0.0.1)");
    serve_command.add_option("--port", so.port, "the port (default: 9000; 0: any free port)");
    serve_command.add_option("--page-size", so.page_size, "items a page (default: 100, Sentry's)");
    token_option = serve_command.add_option("--token", so.token, "require Authorization: Bearer TOKEN (default: SENTRY_AUTH_TOKEN, if set)");
    serve_command.add_option("--fail-every", so.fail_every, "answer every Nth request with --fail-status (default: 0, never)");
    cl.choice(serve_command, "--fail-status", fail_status, {"503", "429"});
    serve_command.add_option("--delay", so.delay, "seconds each answer waits (default: 0)");
    serve_command.add_option("--close-after", so.close_after, "close a connection after N answers (default: 0, never)");

    return cl.run(argc, argv);
}
