// SPDX-License-Identifier: BSL-1.0
// `sentry-api serve`: Sentry's issue endpoints over Boost.Beast, asynchronous on one thread.
//
// The data is read once, at start, and held decoded, each item with its bytes as Python's
// json.dumps writes them, so a page is its items' bytes joined. Unmerges change the held data in
// memory only.

#include "serve.hpp"

#include <sentry_api.hpp>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace serve {

namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

// Bounds on what a client may send: a request's header (request line and fields) and body. No
// route takes a body; the bound keeps one from costing more than this.
constexpr std::uint32_t header_limit = 8 * 1024;
constexpr std::uint64_t body_limit = 64 * 1024;
// A connection that sends nothing for this long is closed.
constexpr auto idle_timeout = std::chrono::seconds(30);

constexpr char const* not_found = "The requested resource does not exist";
constexpr char const* hashes_allow = "GET, PUT, DELETE, HEAD, OPTIONS";
constexpr char const* events_allow = "GET, HEAD, OPTIONS";

int fail(std::string const& where, std::string const& what)
{
    std::fprintf(stderr, "error: %s: %s\n", where.c_str(), what.c_str());
    return 2;
}

void log_line(std::string const& line)
{
    std::string l = line + '\n';
    std::fwrite(l.data(), 1, l.size(), stderr);
}

// Text from the network, fit for a log line: bytes outside printable ASCII, `"` and `\` as \xNN.
std::string printable(std::string_view text, std::size_t most = 200)
{
    std::string out;
    for (std::size_t i = 0; i < text.size() && i < most; ++i) {
        unsigned char const c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02X", c);
            out += hex;
        } else {
            out += static_cast<char>(c);
        }
    }
    if (text.size() > most)
        out += "...";
    return out;
}

// --- the data ----------------------------------------------------------------------------------

template<class T>
struct stored {
    T value;
    std::string text; // the value as json.dumps(value) writes it
};

struct stored_hash : stored<sentry_api::group_hash> {
    bool moving = false;                         // being unmerged: shown as "locked"
    decltype(sentry_api::group_hash::state) was; // its state before, given back once moved
};

struct issue {
    std::vector<stored_hash> hashes;
    std::vector<stored<sentry_api::event>> events; // newest first
};

// An unmerge under way: `hashes` leave issue `from` for the new issue `to`.
struct move {
    std::string from;
    std::string to;
    std::vector<std::string> hashes;
    std::uint64_t started = 0; // the number of the request that started it
};

template<class T>
std::string python_text(T const& value)
{
    return sentry_api::encode(value, sentry_api::style::python);
}

// Reads a JSON array of T from `file`, leniently (a value of the wrong kind is kept and served
// as it came); its violations are noted on stderr. Nothing, with the error printed, when the file
// cannot be read or decoded.
template<class T>
std::optional<std::vector<T>> read_items(std::filesystem::path const& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        fail(file.string(), "cannot open the file");
        return std::nullopt;
    }
    std::string const text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    sentry_api::list<T> items;
    sentry_api::decode_options o;
    o.lenient = true;
    auto const report = sentry_api::decode_and_validate(items, text, o);
    if (report.error) {
        auto const& e = *report.error;
        bool const root = e.kind != sentry_api::codec::error_kind::syntax && e.pointer.empty();
        fail(file.string(), (root ? std::string("/") : e.where()) + ": " + e.message);
        return std::nullopt;
    }
    // An item that is not an object has no id to page or look up by: it cannot be served.
    if (items.has_strays()) {
        std::string const at = "/" + std::to_string(items.strays().front().index);
        for (auto const& v : report.violations)
            if (v.pointer == at) {
                fail(file.string(), at + ": " + v.message + " (an item that cannot be served)");
                return std::nullopt;
            }
    }
    for (auto const& v : report.violations)
        log_line("note: " + file.string() + ": " + v.pointer + '\t' + std::string(to_string(v.rule)) + '\t' +
                 v.message);
    return std::vector<T>(std::move(items));
}

bool issue_id(std::string const& name)
{
    return !name.empty() && name.size() <= 18 && name.find_first_not_of("0123456789") == std::string::npos &&
           (name.size() == 1 || name[0] != '0');
}

// --- answers -------------------------------------------------------------------------------------

struct answer {
    http::status status = http::status::ok;
    std::string body;
    bool json = true; // Content-Type: application/json (an empty body has none, as Sentry's)
    std::vector<std::pair<std::string, std::string>> fields;
};

answer detail(http::status status, std::string const& text)
{
    answer a;
    a.status = status;
    a.body = python_text(boost::json::value{{"detail", text}});
    return a;
}

answer empty(http::status status)
{
    answer a;
    a.status = status;
    a.json = false;
    return a;
}

// The route a request's path names, parsed.
struct route {
    enum kind { hashes, events, event } what = hashes;
    std::string issue;
    std::string event_id;
    char const* allow() const { return what == hashes ? hashes_allow : events_allow; }
};

// `/api/0/issues/{id}/...` or `/api/0/organizations/{org}/issues/{id}/...`, each ending in `/`.
std::optional<route> route_of(std::string_view path)
{
    std::vector<std::string_view> parts;
    if (path.size() < 2 || path[0] != '/' || path.back() != '/')
        return std::nullopt;
    path.remove_prefix(1);
    path.remove_suffix(1);
    for (;;) {
        std::size_t const slash = path.find('/');
        parts.push_back(path.substr(0, slash));
        if (slash == std::string_view::npos)
            break;
        path.remove_prefix(slash + 1);
    }
    for (auto const& p : parts)
        if (p.empty())
            return std::nullopt;
    if (parts.size() < 2 || parts[0] != "api" || parts[1] != "0")
        return std::nullopt;
    std::size_t at = 2;
    if (parts.size() > at && parts[at] == "organizations")
        at += 2;
    if (parts.size() < at + 3 || parts[at] != "issues")
        return std::nullopt;
    route r;
    r.issue = std::string(parts[at + 1]);
    std::string_view const resource = parts[at + 2];
    std::size_t const rest = parts.size() - (at + 3);
    if (resource == "hashes" && rest == 0)
        r.what = route::hashes;
    else if (resource == "events" && rest == 0)
        r.what = route::events;
    else if (resource == "events" && rest == 1) {
        r.what = route::event;
        r.event_id = std::string(parts[at + 3]);
    } else
        return std::nullopt;
    return r;
}

// --- the server ------------------------------------------------------------------------------------

class server {
public:
    server(options o, std::map<std::string, issue> issues)
        : options_(std::move(o)), issues_(std::move(issues)), acceptor_(ioc_), signals_(ioc_, SIGINT, SIGTERM),
          retry_accept_(ioc_)
    {
        for (auto const& [id, ignored] : issues_)
            next_issue_ = std::max(next_issue_, std::stoull(id) + 1);
    }

    int run();

    net::io_context& context() { return ioc_; }
    options const& settings() const { return options_; }

    // The answer to one request: a fault, or what Sentry's endpoint would answer.
    answer respond(http::request<http::string_body> const& req, std::string const& host);

private:
    void accept();
    answer route_request(http::request<http::string_body> const& req, std::string const& host);
    answer page(route const& r, issue const& is, boost::urls::params_view params, std::string const& request_url);
    answer one_event(route const& r, issue const& is);
    answer unmerge(route const& r, issue& is, boost::urls::params_view params, bool put);
    void finish_moves(std::string const& from, std::uint64_t before);

    options options_;
    std::map<std::string, issue> issues_;
    std::vector<move> moves_;
    unsigned long long next_issue_ = 1;
    std::uint64_t requests_ = 0;
    net::io_context ioc_{1};
    tcp::acceptor acceptor_;
    net::signal_set signals_;
    net::steady_timer retry_accept_;
};

answer server::respond(http::request<http::string_body> const& req, std::string const& host)
{
    std::uint64_t const n = ++requests_;
    if (options_.fail_every != 0 && n % options_.fail_every == 0) {
        if (options_.fail_status == 429) {
            answer a = detail(http::status::too_many_requests, "Request was throttled. Expected available in 1 second.");
            a.fields.emplace_back("Retry-After", "1");
            return a;
        }
        return detail(http::status::service_unavailable, "Service unavailable");
    }
    return route_request(req, host);
}

answer server::route_request(http::request<http::string_body> const& req, std::string const& host)
{
    auto const target = boost::urls::parse_origin_form(req.target());
    if (!target)
        return detail(http::status::bad_request, "The request target is not a path and query");
    auto const r = route_of(target->encoded_path());
    if (!r)
        return detail(http::status::not_found, not_found);
    answer a;
    auto const method = req.method();
    if (method == http::verb::options) {
        // Sentry answers OPTIONS before anything else, token or not, with what the route allows.
        a = empty(http::status::ok);
        a.fields.emplace_back("Access-Control-Max-Age", "3600");
        a.fields.emplace_back("Access-Control-Allow-Methods", r->allow());
    } else if (!options_.token.empty() &&
               req[http::field::authorization] != "Bearer " + options_.token) {
        a = detail(http::status::unauthorized, req.count(http::field::authorization) != 0
                                                   ? "Invalid token"
                                                   : "Authentication credentials were not provided.");
    } else {
        bool const read = method == http::verb::get || method == http::verb::head;
        bool const unmerging = r->what == route::hashes && (method == http::verb::put || method == http::verb::delete_);
        auto const found = issues_.find(r->issue);
        if (!read && !unmerging)
            a = detail(http::status::method_not_allowed,
                       "Method \"" + std::string(printable(req.method_string(), 32)) + "\" not allowed.");
        else if (found == issues_.end())
            a = detail(http::status::not_found, not_found);
        else if (unmerging)
            a = unmerge(*r, found->second, target->params(), method == http::verb::put);
        else if (r->what == route::event)
            a = one_event(*r, found->second);
        else
            a = page(*r, found->second, target->params(), "http://" + host + std::string(req.target()));
        if (found != issues_.end())
            finish_moves(r->issue, requests_);
    }
    a.fields.emplace_back("Allow", r->allow());
    return a;
}

// A page of an issue's hashes or events, as Sentry's GenericOffsetPaginator cuts it: `cursor`'s
// offset, `page_size` items, a previous link (results when the offset is past 0) and a next
// link (results when items remain).
answer server::page(route const& r, issue const& is, boost::urls::params_view params, std::string const& request_url)
{
    std::uint64_t offset = 0;
    for (auto const& p : params) {
        if (p.key != "cursor")
            continue;
        auto c = sentry_api::parse_cursor(p.value);
        if (!c)
            return detail(http::status::bad_request, "Invalid cursor parameter.");
        offset = c->offset;
    }
    std::uint64_t const limit = options_.page_size;
    std::size_t const total = r.what == route::hashes ? is.hashes.size() : is.events.size();
    answer a;
    a.body = "[";
    for (std::uint64_t i = offset; i < total && i - offset < limit; ++i) {
        if (i != offset)
            a.body += ", ";
        a.body += r.what == route::hashes ? is.hashes[i].text : is.events[i].text;
    }
    a.body += ']';
    bool const more = offset < total && total - offset > limit;
    std::uint64_t const next = offset > UINT64_MAX - limit ? UINT64_MAX : offset + limit;
    sentry_api::page_link_options lo;
    lo.documented_empty_query = true; // `?&cursor=` when nothing else is asked, as Sentry writes it
    a.fields.emplace_back("Link", sentry_api::page_link_header(
                                      request_url, {{std::int64_t(0), offset > limit ? offset - limit : 0, true}, offset > 0},
                                      {{std::int64_t(0), next, false}, more}, lo));
    return a;
}

// One event of an issue: by its id, or `latest` (the first of events.json), `oldest` (the last)
// or `recommended` (the newest without processing errors, else the latest).
answer server::one_event(route const& r, issue const& is)
{
    auto const& events = is.events;
    std::optional<std::size_t> at;
    if (!events.empty() && r.event_id == "latest")
        at = 0;
    else if (!events.empty() && r.event_id == "oldest")
        at = events.size() - 1;
    else if (!events.empty() && r.event_id == "recommended") {
        at = 0;
        for (std::size_t i = 0; i < events.size(); ++i) {
            auto const& errors = events[i].value.errors;
            if (!errors.has_value() || errors->empty()) {
                at = i;
                break;
            }
        }
    } else {
        for (std::size_t i = 0; i < events.size() && !at; ++i) {
            auto const& ev = events[i].value;
            if ((ev.eventID.has_value() && *ev.eventID == r.event_id) || (ev.id.has_value() && *ev.id == r.event_id))
                at = i;
        }
    }
    if (!at)
        return detail(http::status::not_found, "Event not found");
    answer a;
    a.body = events[*at].text;
    return a;
}

// Unmerge, as Sentry's GroupHashes endpoint does it: the issue's hashes among the `id`
// parameters that are not being unmerged already are locked and will move to a new issue (202).
// PUT: none such is 409 `Already being unmerged`; DELETE (the older servers' verb): 200, empty.
// No `id` at all: 200, empty.
answer server::unmerge(route const& r, issue& is, boost::urls::params_view params, bool put)
{
    std::vector<std::string> ids;
    for (auto const& p : params)
        if (p.key == "id")
            ids.push_back(p.value);
    if (ids.empty())
        return empty(http::status::ok);
    move m;
    for (auto& h : is.hashes)
        if (!h.moving && h.value.id.has_value() && std::find(ids.begin(), ids.end(), *h.value.id) != ids.end())
            m.hashes.push_back(*h.value.id);
    if (m.hashes.empty())
        return put ? detail(http::status::conflict, "Already being unmerged") : empty(http::status::ok);
    for (auto& h : is.hashes) {
        if (h.moving || !h.value.id.has_value() ||
            std::find(m.hashes.begin(), m.hashes.end(), *h.value.id) == m.hashes.end())
            continue;
        h.moving = true;
        h.was = h.value.state;
        h.value.state = std::string("locked");
        h.text = python_text(h.value);
    }
    m.from = r.issue;
    m.to = std::to_string(next_issue_++);
    m.started = requests_;
    log_line("note: unmerge: " + std::to_string(m.hashes.size()) + " hash(es) of issue " + m.from +
             " are moving to issue " + m.to);
    moves_.push_back(std::move(m));
    return empty(http::status::accepted);
}

// Ends the moves out of `from` that requests before request number `before` started: their
// hashes, with the state they had, and the events that are their latest events, make the new
// issue (whose `groupID`s are its id).
void server::finish_moves(std::string const& from, std::uint64_t before)
{
    for (auto m = moves_.begin(); m != moves_.end();) {
        if (m->from != from || m->started >= before) {
            ++m;
            continue;
        }
        issue& source = issues_[m->from];
        issue target;
        std::vector<std::string> latest; // the eventIDs of the moved hashes' latest events
        auto const moved = [&](stored_hash const& h) { return h.moving && h.value.id.has_value() &&
                                                           std::find(m->hashes.begin(), m->hashes.end(), *h.value.id) !=
                                                               m->hashes.end(); };
        auto const regroup = [&](sentry_api::event& ev) {
            if (!ev.groupID.has_value())
                return;
            if (std::holds_alternative<sentry_api::count>(*ev.groupID))
                *ev.groupID = sentry_api::count(static_cast<std::int64_t>(std::stoll(m->to)));
            else
                *ev.groupID = sentry_api::numeric_id(std::string(m->to));
        };
        for (auto h = source.hashes.begin(); h != source.hashes.end();) {
            if (!moved(*h)) {
                ++h;
                continue;
            }
            h->moving = false;
            h->value.state = h->was;
            if (h->value.latestEvent.has_value()) {
                if (h->value.latestEvent->eventID.has_value())
                    latest.push_back(*h->value.latestEvent->eventID);
                regroup(*h->value.latestEvent);
            }
            h->text = python_text(h->value);
            target.hashes.push_back(std::move(*h));
            h = source.hashes.erase(h);
        }
        for (auto e = source.events.begin(); e != source.events.end();) {
            if (!e->value.eventID.has_value() ||
                std::find(latest.begin(), latest.end(), *e->value.eventID) == latest.end()) {
                ++e;
                continue;
            }
            regroup(e->value);
            e->text = python_text(e->value);
            target.events.push_back(std::move(*e));
            e = source.events.erase(e);
        }
        log_line("note: unmerge: issue " + m->to + " holds " + std::to_string(target.hashes.size()) +
                 " hash(es) and " + std::to_string(target.events.size()) + " event(s) of issue " + m->from);
        issues_[m->to] = std::move(target);
        m = moves_.erase(m);
    }
}

// --- connections ---------------------------------------------------------------------------------

class connection : public std::enable_shared_from_this<connection> {
public:
    connection(server& s, tcp::socket socket)
        : server_(s), stream_(std::move(socket)), buffer_(header_limit + body_limit), timer_(s.context())
    {
        beast::error_code ec;
        auto const peer = stream_.socket().remote_endpoint(ec);
        peer_ = ec ? std::string("-") : peer.address().to_string() + ":" + std::to_string(peer.port());
        auto const local = stream_.socket().local_endpoint(ec);
        if (!ec)
            local_ = (local.address().is_v6() ? "[" + local.address().to_string() + "]" : local.address().to_string()) +
                     ":" + std::to_string(local.port());
        stream_.socket().set_option(tcp::no_delay(true), ec);
    }

    void start() { read(); }

private:
    void read()
    {
        parser_.emplace();
        parser_->header_limit(header_limit);
        parser_->body_limit(body_limit);
        stream_.expires_after(idle_timeout);
        http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&connection::on_read, shared_from_this()));
    }

    void on_read(beast::error_code ec, std::size_t)
    {
        if (ec == http::error::end_of_stream || ec == net::error::operation_aborted || ec == beast::error::timeout)
            return close();
        if (ec && ec.category() != http::make_error_code(http::error::bad_method).category())
            return close(); // the connection's own error (a reset): nobody to answer
        if (ec) {
            // A request that cannot be read: answered, and the connection closed, since where the
            // next request would begin is not known.
            http::status const status = ec == http::error::header_limit ? http::status::request_header_fields_too_large
                                        : ec == http::error::body_limit  ? http::status::payload_too_large
                                        : ec == http::error::buffer_overflow ? http::status::request_header_fields_too_large
                                                                           : http::status::bad_request;
            answer a = detail(status, "The request cannot be read: " + ec.message());
            log_line(peer_ + " \"-\" " + std::to_string(static_cast<unsigned>(status)) + " " +
                     std::to_string(a.body.size()) + " (" + ec.message() + ")");
            return send(std::move(a), false, true, false);
        }
        auto const& req = parser_->get();
        std::string host(req[http::field::host]);
        if (host.empty() || host.size() > 255 ||
            host.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]") !=
                std::string::npos)
            host = local_;
        answer a = server_.respond(req, host);
        bool const head = req.method() == http::verb::head;
        log_line(peer_ + " \"" + printable(req.method_string(), 32) + " " + printable(req.target()) + " HTTP/" +
                 std::to_string(req.version() / 10) + "." + std::to_string(req.version() % 10) + "\" " +
                 std::to_string(static_cast<unsigned>(a.status)) + " " + std::to_string(head ? 0 : a.body.size()));
        ++answered_;
        bool const closing = server_.settings().close_after != 0 && answered_ >= server_.settings().close_after;
        send(std::move(a), req.keep_alive() && !closing, !req.keep_alive(), head);
    }

    // Sends `a`; `kept`: the client may send another request on this connection. Otherwise the
    // connection is closed after the answer; `Connection: close` says so when `say_close`
    // (--close-after closes without a word, as a server whose idle timeout struck would).
    void send(answer a, bool kept, bool say_close, bool head)
    {
        auto res = std::make_shared<http::response<http::string_body>>(a.status, 11);
        if (a.json)
            res->set(http::field::content_type, "application/json");
        for (auto const& [name, value] : a.fields)
            res->insert(name, value);
        res->content_length(a.body.size());
        if (!head)
            res->body() = std::move(a.body);
        res->keep_alive(!say_close);
        res_ = res;
        keep_alive_ = kept;
        double const delay = server_.settings().delay;
        if (delay > 0) {
            timer_.expires_after(std::chrono::microseconds(static_cast<long long>(delay * 1e6)));
            timer_.async_wait(beast::bind_front_handler(&connection::on_delay, shared_from_this()));
            return;
        }
        write();
    }

    void on_delay(beast::error_code ec)
    {
        if (ec)
            return close();
        write();
    }

    void write()
    {
        stream_.expires_after(idle_timeout);
        http::async_write(stream_, *res_, beast::bind_front_handler(&connection::on_write, shared_from_this()));
    }

    void on_write(beast::error_code ec, std::size_t)
    {
        res_.reset();
        if (ec || !keep_alive_)
            return close();
        read();
    }

    void close()
    {
        beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
        stream_.close();
    }

    server& server_;
    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    std::shared_ptr<http::response<http::string_body>> res_;
    net::steady_timer timer_;
    std::string peer_;
    std::string local_;
    unsigned answered_ = 0;
    bool keep_alive_ = true;
};

void server::accept()
{
    acceptor_.async_accept([this](beast::error_code ec, tcp::socket socket) {
        if (ec == net::error::operation_aborted)
            return;
        if (ec) { // out of descriptors, say: try again shortly rather than spin
            log_line("note: accept: " + ec.message());
            retry_accept_.expires_after(std::chrono::milliseconds(50));
            retry_accept_.async_wait([this](beast::error_code e) {
                if (!e)
                    accept();
            });
            return;
        }
        std::make_shared<connection>(*this, std::move(socket))->start();
        accept();
    });
}

int server::run()
{
    beast::error_code ec;
    auto address = net::ip::make_address(options_.host, ec);
    if (ec) {
        tcp::resolver resolver(ioc_);
        auto const found = resolver.resolve(options_.host, std::to_string(options_.port), ec);
        if (ec || found.empty())
            return fail("--host", "'" + options_.host + "' is not an address this machine has: " + ec.message());
        address = found.begin()->endpoint().address();
    }
    tcp::endpoint const at(address, static_cast<unsigned short>(options_.port));
    acceptor_.open(at.protocol(), ec);
    if (!ec)
        acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor_.bind(at, ec);
    if (!ec)
        acceptor_.listen(net::socket_base::max_listen_connections, ec);
    std::string const where = (address.is_v6() ? "[" + address.to_string() + "]" : address.to_string()) + ":";
    if (ec)
        return fail(where + std::to_string(options_.port), "cannot listen: " + ec.message());
    auto const bound = acceptor_.local_endpoint(ec);
    signals_.async_wait([this](beast::error_code e, int) {
        if (e)
            return;
        log_line("note: stopping on a signal");
        ioc_.stop();
    });
    accept();
    std::printf("listening on http://%s%u\n", where.c_str(), static_cast<unsigned>(bound.port()));
    std::fflush(stdout);
    ioc_.run();
    return 0;
}

// The issues of `dir`, read and checked; nothing, with the error printed, when one cannot be used.
std::optional<std::map<std::string, issue>> load(std::string const& dir)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path const root = fs::path(dir) / "issues";
    if (!fs::is_directory(root, ec)) {
        fail(root.string(), "not a directory (DIR must hold issues/<ISSUE_ID>/hashes.json and events.json)");
        return std::nullopt;
    }
    std::map<std::string, issue> issues;
    std::vector<fs::path> dirs;
    for (auto const& entry : fs::directory_iterator(root, ec))
        if (entry.is_directory())
            dirs.push_back(entry.path());
    if (ec) {
        fail(root.string(), "cannot list the directory: " + ec.message());
        return std::nullopt;
    }
    std::sort(dirs.begin(), dirs.end());
    for (auto const& d : dirs) {
        std::string const id = d.filename().string();
        if (!issue_id(id)) {
            fail(d.string(), "an issue's directory is named by its id: digits, not '" + printable(id) + "'");
            return std::nullopt;
        }
        issue is;
        bool any = false;
        if (fs::exists(d / "hashes.json", ec)) {
            auto hashes = read_items<sentry_api::group_hash>(d / "hashes.json");
            if (!hashes)
                return std::nullopt;
            for (auto& h : *hashes) {
                stored_hash s;
                s.text = python_text(h);
                s.value = std::move(h);
                is.hashes.push_back(std::move(s));
            }
            any = true;
        }
        if (fs::exists(d / "events.json", ec)) {
            auto events = read_items<sentry_api::event>(d / "events.json");
            if (!events)
                return std::nullopt;
            for (auto& e : *events) {
                std::string text = python_text(e);
                is.events.push_back({std::move(e), std::move(text)});
            }
            any = true;
        }
        if (!any) {
            fail(d.string(), "holds neither hashes.json nor events.json");
            return std::nullopt;
        }
        issues.emplace(id, std::move(is));
    }
    return issues;
}

} // namespace

int run(options o)
{
    if (o.page_size == 0)
        return fail("arguments", "--page-size must be at least 1");
    if (o.port > 65535)
        return fail("arguments", "--port must be from 0 to 65535");
    if (!(o.delay >= 0 && o.delay <= 60))
        return fail("arguments", "--delay must be from 0 to 60 seconds");
    if (o.fail_status != 503 && o.fail_status != 429)
        return fail("arguments", "--fail-status must be 503 or 429");
    // The token as the client takes it: white space around it trimmed, no control character in it.
    auto const first = o.token.find_first_not_of(" \t\r\n");
    o.token = first == std::string::npos ? std::string() : o.token.substr(first, o.token.find_last_not_of(" \t\r\n") - first + 1);
    for (char c : o.token)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return fail("token", "the token holds a control character");
    auto issues = load(o.dir);
    if (!issues)
        return 2;
    server s(std::move(o), std::move(*issues));
    return s.run();
}

} // namespace serve
