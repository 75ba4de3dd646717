// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_DETAIL_TRANSPORT_HPP
#define SENTRY_API_CLIENT_DETAIL_TRANSPORT_HPP

// detail: HTTP(S) GETs over a kept connection, each bounded by a deadline.

#include <sentry_api/client/detail/inflate.hpp>
#include <sentry_api/client/detail/proxy.hpp>
#include <sentry_api/client/options.hpp>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/url_view.hpp>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace sentry_api::client::detail {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using error_code = boost::system::error_code;
using response = http::response<http::string_body>;

// Where the body of a 200 answer goes as it is read, piece by piece, instead of into the
// response (see session::get): `restart` before the first piece of each attempt.
class body_sink {
public:
    virtual void restart() = 0;
    virtual void write(std::string_view piece) = 0;

protected:
    ~body_sink() = default;
};

// Why an attempt produced no response, whether trying again may help, and whether the request
// was never sent (no connection could be made), so that the server cannot have acted on it.
struct transport_failure {
    std::string what;
    bool transient = false;
    bool unsent = false;
};

// Whether a request may be sent again whatever came of it: it changes nothing on the server.
inline bool idempotent(http::verb method) noexcept
{
    return method == http::verb::get || method == http::verb::head || method == http::verb::options;
}

inline std::string seconds_text(std::chrono::milliseconds d)
{
    auto ms = d.count();
    std::string s = std::to_string(ms / 1000);
    if (ms % 1000 != 0) {
        std::string frac = std::to_string(1000 + ms % 1000).substr(1);
        while (frac.back() == '0')
            frac.pop_back();
        s += '.' + frac;
    }
    return s + " s";
}

inline transport_failure describe(error_code ec, std::chrono::milliseconds timeout)
{
    namespace e = asio::error;
    if (ec == e::timed_out)
        return {"no answer within " + seconds_text(timeout), true};
    if (ec == http::error::partial_message || ec == asio::ssl::error::stream_truncated)
        return {"the connection closed before the end of the response", true};
    if (ec == http::error::end_of_stream || ec == e::eof)
        return {"the connection closed before a response", true};
    if (ec == http::error::body_limit)
        return {"the response body is larger than the limit", false};
    bool transient = ec == e::connection_reset || ec == e::connection_aborted || ec == e::connection_refused ||
                     ec == e::broken_pipe || ec == e::network_unreachable || ec == e::host_unreachable;
    return {ec.message(), transient};
}

// Whether a failed exchange on a connection used before may just have met its end: the server
// closed it (or it broke) while idle, and no byte of the answer came. Such a request is sent
// again at once on a new connection.
inline bool stale(error_code ec)
{
    namespace e = asio::error;
    return ec == http::error::end_of_stream || ec == e::eof || ec == asio::ssl::error::stream_truncated ||
           ec == e::connection_reset || ec == e::connection_aborted || ec == e::broken_pipe ||
           ec == e::not_connected;
}

// GETs over one kept connection (HTTP/1.1 keep-alive) to the server of the last request, opened
// again when the server closes it, when it breaks, or for another server. Over TLS, the session
// of the last connection is offered when a new one is opened, so the server may resume it.
class transport {
public:
    explicit transport(options const& o) : options_(o), tls_(asio::ssl::context::tls_client)
    {
        error_code ec;
        tls_.set_verify_mode(asio::ssl::verify_peer, ec);
        if (!ec) {
            if (o.ca_file.empty())
                tls_.set_default_verify_paths(ec);
            else
                tls_.load_verify_file(o.ca_file, ec);
        }
        if (ec)
            tls_error_ = (o.ca_file.empty() ? std::string("the system's CAs") : "the CA file '" + o.ca_file + "'") +
                         " cannot be used: " + ec.message();
    }
    transport(transport const&) = delete;
    transport& operator=(transport const&) = delete;
    ~transport()
    {
        close();
        forget_session();
    }

    // Sends `method` (GET unless told; no body) to `url` (http or https; checked by the caller)
    // with the token, within the timeout. With a `sink`, a 200 answer's body goes there and the
    // response's is empty.
    std::variant<response, transport_failure> get(boost::urls::url_view url, body_sink* sink = nullptr,
                                                  http::verb method = http::verb::get)
    {
        bool tls = url.scheme() == "https";
        if (tls && tls_error_)
            return transport_failure{*tls_error_, false};
        deadline_ = std::chrono::steady_clock::now() + options_.timeout;

        std::string host = url.host_address();
        std::string port = url.has_port() ? std::string(url.port()) : tls ? "443" : "80";
        auto proxy_or_error = proxy_for(options_, url);
        if (auto* why = std::get_if<std::string>(&proxy_or_error))
            return transport_failure{*why, false};
        auto const& proxy = std::get<std::optional<proxy_address>>(proxy_or_error);
        std::string server = (tls ? "https://" : "http://") + host + ":" + port;
        if (proxy)
            server += " via " + proxy->host + ":" + proxy->port;
        if (server != server_) {
            close();
            forget_session();
            server_ = server;
        }

        // A request that changes state goes on a new connection: on a kept one, a failure
        // before any answer could be the server closing it idle or the server acting on it and
        // the answer lost, and only the first may be sent again.
        if (!idempotent(method))
            close();

        // Through a proxy, a plain request names the whole URL (RFC 9112, 3.2.2).
        http::request<http::empty_body> req{method, proxy && !tls ? absolute(url, port) : target(url), 11};
        if (method == http::verb::put || method == http::verb::delete_)
            req.content_length(0);
        req.set(http::field::host, std::string(url.encoded_host_and_port()));
        req.set(http::field::user_agent, "sentry-api");
        req.set(http::field::accept, "application/json");
        if (options_.gzip)
            req.set(http::field::accept_encoding, "gzip");
        if (!options_.token.empty())
            req.set(http::field::authorization, "Bearer " + options_.token);

        // At most twice: once on the kept connection, once more on a new one if it had gone stale.
        for (;;) {
            bool const reused = open();
            if (!reused) {
                if (auto failure = connect(url, tls, host, port, proxy)) {
                    failure->unsent = true;
                    return std::move(*failure);
                }
            }
            bool answered = false;
            error_code ec;
            auto r = plain_ ? exchange(*plain_, *plain_, req, sink, answered, ec)
                            : exchange(*secure_, secure_->next_layer(), req, sink, answered, ec);
            if (std::holds_alternative<transport_failure>(r) && reused && !answered && stale(ec)) {
                close();
                continue;
            }
            return r;
        }
    }

private:
    static std::string absolute(boost::urls::url_view url, std::string const& port)
    {
        return std::string(url.scheme()) + "://" + std::string(url.encoded_host()) + ":" + port + target(url);
    }

    static std::string target(boost::urls::url_view url)
    {
        std::string t(url.encoded_path());
        if (t.empty())
            t = "/";
        if (url.has_query()) {
            t += '?';
            t += url.encoded_query();
        }
        return t;
    }

    static void close(asio::ip::tcp::socket& socket)
    {
        error_code ignored;
        socket.close(ignored);
    }

    bool open() const noexcept { return plain_.has_value() || secure_.has_value(); }

    // Whether a handshake failed because what came back was no TLS record (`wrong version
    // number`): most often a server that speaks plain http on that port.
    static bool plain_http_answered(error_code ec) noexcept
    {
        return ec.category() == asio::error::get_ssl_category() &&
               ERR_GET_REASON(static_cast<unsigned long>(ec.value())) == SSL_R_WRONG_VERSION_NUMBER;
    }

    void close()
    {
        if (plain_)
            close(*plain_);
        if (secure_) {
            // Closed without a close_notify, OpenSSL would take the session for a broken one
            // and refuse to resume it; only a handshake that failed forgets it (`connect`).
            SSL_set_shutdown(secure_->native_handle(), SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
            close(secure_->next_layer());
        }
        plain_.reset();
        secure_.reset();
    }

    void forget_session()
    {
        if (session_)
            SSL_SESSION_free(session_);
        session_ = nullptr;
    }

    // The TLS session to offer next time: the latest the server gave (TLS 1.3 sends its tickets
    // after the handshake, so it is taken again after each answer).
    void keep_session()
    {
        if (!secure_)
            return;
        if (SSL_SESSION* s = SSL_get1_session(secure_->native_handle())) {
            forget_session();
            session_ = s;
        }
    }

    // Resolves, connects and, over TLS, shakes hands (offering the last session); nothing, or
    // why not.
    std::optional<transport_failure> connect(boost::urls::url_view url, bool tls, std::string const& host,
                                             std::string const& port, std::optional<proxy_address> const& proxy)
    {
        asio::ip::tcp::resolver resolver(ioc_);
        asio::ip::tcp::resolver::results_type endpoints;
        error_code ec = run([&] { resolver.cancel(); }, [&](auto done) {
            resolver.async_resolve(proxy ? proxy->host : host, proxy ? proxy->port : port,
                                   [&endpoints, done](error_code e, auto results) mutable {
                                       endpoints = std::move(results);
                                       done(e);
                                   });
        });
        auto via_proxy = [&](transport_failure f) {
            if (proxy)
                f.what = "the proxy " + proxy->url + ": " + f.what;
            return f;
        };
        if (ec)
            return via_proxy(describe(ec, options_.timeout));
        asio::ip::tcp::socket* socket = nullptr;
        if (tls) {
            secure_.emplace(ioc_, tls_);
            socket = &secure_->next_layer();
            if (url.host_type() == boost::urls::host_type::name &&
                !SSL_set_tlsext_host_name(secure_->native_handle(), host.c_str())) {
                close();
                return transport_failure{"cannot set the TLS server name", false};
            }
            // OpenSSL's own check of the name (or the address) against the certificate, so that a
            // refusal can say which check failed (`hostname mismatch`, not only `verify failed`).
            X509_VERIFY_PARAM* param = SSL_get0_param(secure_->native_handle());
            bool const named = url.host_type() == boost::urls::host_type::name;
            if (!(named ? X509_VERIFY_PARAM_set1_host(param, host.c_str(), host.size())
                        : X509_VERIFY_PARAM_set1_ip_asc(param, host.c_str()))) {
                close();
                return transport_failure{"cannot set the name the certificate must hold", false};
            }
            if (session_)
                SSL_set_session(secure_->native_handle(), session_);
        } else {
            plain_.emplace(ioc_);
            socket = &*plain_;
        }
        auto stop = [socket] { close(*socket); };
        ec = run(stop, [&](auto done) { asio::async_connect(*socket, endpoints, done); });
        if (!ec && proxy && tls) {
            if (auto refused = tunnel(*socket, std::string(url.encoded_host()) + ":" + port, *proxy)) {
                close();
                forget_session();
                return refused;
            }
        }
        if (ec) {
            close();
            if (tls)
                forget_session();
            return via_proxy(describe(ec, options_.timeout));
        }
        if (!ec && tls)
            ec = run(stop, [&](auto done) { secure_->async_handshake(asio::ssl::stream_base::client, done); });
        if (ec) {
            // Which check refused the certificate, when OpenSSL says (`self-signed certificate`,
            // `hostname mismatch`, `certificate has expired`, ...).
            long const verified = tls ? SSL_get_verify_result(secure_->native_handle()) : X509_V_OK;
            close();
            if (tls)
                forget_session();
            auto failure = describe(ec, options_.timeout);
            if (verified != X509_V_OK) {
                failure.what = "certificate verify failed: " + std::string(X509_verify_cert_error_string(verified));
                failure.transient = false;
            } else if (tls && plain_http_answered(ec)) {
                failure.what += "; the server answers in plain http: give an http:// URL";
            }
            return failure;
        }
        return std::nullopt;
    }

    // Asks the proxy on `socket` for a tunnel to `authority` (`CONNECT host:port`); nothing, or
    // why not.
    std::optional<transport_failure> tunnel(asio::ip::tcp::socket& socket, std::string const& authority,
                                            proxy_address const& proxy)
    {
        http::request<http::empty_body> req{http::verb::connect, authority, 11};
        req.set(http::field::host, authority);
        req.set(http::field::user_agent, "sentry-api");
        auto stop = [&socket] { close(socket); };
        error_code ec = run(stop, [&](auto done) { http::async_write(socket, req, done); });
        boost::beast::flat_buffer buffer;
        http::response_parser<http::empty_body> parser;
        parser.skip(true); // an answer to CONNECT has no body: the tunnel follows
        if (!ec)
            ec = run(stop, [&](auto done) { http::async_read_header(socket, buffer, parser, done); });
        if (ec) {
            auto f = describe(ec, options_.timeout);
            f.what = "the proxy " + proxy.url + ": " + f.what;
            return f;
        }
        auto const status = parser.get().result_int();
        if (status != 200 || buffer.size() != 0) {
            auto const reason = parser.get().reason();
            return transport_failure{"the proxy " + proxy.url + " refused CONNECT " + authority + ": HTTP " +
                                         std::to_string(status) + " " + std::string(reason.data(), reason.size()),
                                     status == 502 || status == 503 || status == 504};
        }
        return std::nullopt;
    }

    // Starts one asynchronous operation with `start(done)` and runs it until it completes or the
    // deadline passes; then `cancel()` stops it and the result is `timed_out`.
    template<class Cancel, class Start>
    error_code run(Cancel cancel, Start start)
    {
        bool finished = false;
        error_code result;
        start([&finished, &result](error_code e, auto&&...) {
            finished = true;
            result = e;
        });
        ioc_.restart();
        ioc_.run_until(deadline_);
        if (!finished) {
            cancel();
            ioc_.restart();
            ioc_.run();
            return asio::error::timed_out;
        }
        return result;
    }

    // One request and its answer on the open connection, which stays open only when the answer
    // allows it. The body is read a piece at a time, into the response or, for a 200 answer, into
    // `sink`. `answered`: whether any byte of the answer came; `ec`: the error, if any.
    template<class Stream>
    std::variant<response, transport_failure> exchange(Stream& stream, asio::ip::tcp::socket& socket,
                                                       http::request<http::empty_body> const& req, body_sink* sink,
                                                       bool& answered, error_code& ec)
    {
        auto stop = [&] { close(socket); };
        ec = run(stop, [&](auto done) { http::async_write(stream, req, done); });
        // At most 16 KiB read ahead of the parser (a header must fit in 8 KiB, Beast's limit).
        boost::beast::flat_buffer buffer(16 * 1024);
        http::response_parser<http::buffer_body> parser;
        parser.body_limit(options_.max_body_bytes);
        if (!ec)
            ec = run(stop, [&](auto done) { http::async_read_header(stream, buffer, parser, done); });
        bool const streamed = !ec && sink && parser.get().result_int() == 200;
        // A gzip body is inflated as it arrives, at most max_body_bytes of it; another coding
        // (none is asked for) cannot be read.
        std::optional<gzip_inflater> inflater;
        std::optional<std::string> unreadable;
        if (!ec) {
            auto const coding = parser.get()[http::field::content_encoding];
            std::string c(coding.data(), coding.size());
            for (char& ch : c)
                ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
            if (c == "gzip" || c == "x-gzip")
                inflater.emplace(options_.max_body_bytes);
            else if (!c.empty() && c != "identity")
                unreadable = "the body is encoded as '" + std::string(coding.data(), coding.size()) +
                             "', which the client does not read";
        }
        std::string body;
        if (streamed)
            sink->restart();
        else if (!ec && !inflater && parser.content_length() && *parser.content_length() <= options_.max_body_bytes)
            body.reserve(static_cast<std::size_t>(*parser.content_length()));
        auto deliver = [&](std::string_view got) {
            if (streamed)
                sink->write(got);
            else
                body.append(got);
        };
        char piece[16 * 1024];
        while (!ec && !unreadable && !parser.is_done()) {
            parser.get().body().data = piece;
            parser.get().body().size = sizeof piece;
            ec = run(stop, [&](auto done) { http::async_read(stream, buffer, parser, done); });
            if (ec == http::error::need_buffer)
                ec = {};
            std::string_view const got(piece, sizeof piece - parser.get().body().size);
            if (!inflater)
                deliver(got);
            else if (!inflater->write(got, deliver))
                unreadable = inflater->error();
        }
        if (!unreadable && inflater && parser.is_done() && !inflater->finish())
            unreadable = inflater->error();
        answered = parser.got_some() || buffer.size() != 0;
        if (unreadable) {
            close();
            return transport_failure{*unreadable, false};
        }
        bool const done = parser.is_done() && (!ec || ec == asio::ssl::error::stream_truncated);
        if (!done) {
            close();
            return describe(ec ? ec : error_code(http::error::partial_message), options_.timeout);
        }
        keep_session();
        if (ec || !parser.keep_alive() || buffer.size() != 0)
            close(); // the server closes it, or it said more than it was asked
        response res(std::move(parser.get().base()));
        res.body() = std::move(body);
        return res;
    }

    options options_;
    asio::io_context ioc_;
    asio::ssl::context tls_;
    std::optional<std::string> tls_error_;
    std::chrono::steady_clock::time_point deadline_;
    std::string server_; // `scheme://host:port` of the open connection and the kept session
    std::optional<asio::ip::tcp::socket> plain_;
    std::optional<asio::ssl::stream<asio::ip::tcp::socket>> secure_;
    SSL_SESSION* session_ = nullptr;
};

} // namespace sentry_api::client::detail

#endif
