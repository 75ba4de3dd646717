#ifndef SENTRY_API_CLIENT_DETAIL_TRANSPORT_HPP
#define SENTRY_API_CLIENT_DETAIL_TRANSPORT_HPP

// detail: one HTTP(S) GET over a fresh connection, bounded by a deadline.

#include <sentry_api/client/options.hpp>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/url_view.hpp>

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

// Why an attempt produced no response, and whether trying again may help.
struct transport_failure {
    std::string what;
    bool transient = false;
};

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

    // GETs `url` (http or https; checked by the caller) with the token, within the timeout.
    std::variant<response, transport_failure> get(boost::urls::url_view url)
    {
        bool tls = url.scheme() == "https";
        if (tls && tls_error_)
            return transport_failure{*tls_error_, false};
        deadline_ = std::chrono::steady_clock::now() + options_.timeout;

        std::string host = url.host_address();
        std::string port = url.has_port() ? std::string(url.port()) : tls ? "443" : "80";
        asio::ip::tcp::resolver resolver(ioc_);
        asio::ip::tcp::resolver::results_type endpoints;
        error_code ec = run([&] { resolver.cancel(); }, [&](auto done) {
            resolver.async_resolve(host, port, [&endpoints, done](error_code e, auto results) mutable {
                endpoints = std::move(results);
                done(e);
            });
        });
        if (ec)
            return describe(ec, options_.timeout);

        http::request<http::empty_body> req{http::verb::get, target(url), 11};
        req.set(http::field::host, std::string(url.encoded_host_and_port()));
        req.set(http::field::user_agent, "sentry-api");
        req.set(http::field::accept, "application/json");
        req.set(http::field::connection, "close");
        if (!options_.token.empty())
            req.set(http::field::authorization, "Bearer " + options_.token);

        if (!tls) {
            asio::ip::tcp::socket socket(ioc_);
            return exchange(socket, socket, endpoints, req, [] { return error_code(); });
        }
        asio::ssl::stream<asio::ip::tcp::socket> stream(ioc_, tls_);
        if (url.host_type() == boost::urls::host_type::name &&
            !SSL_set_tlsext_host_name(stream.native_handle(), host.c_str()))
            return transport_failure{"cannot set the TLS server name", false};
        stream.set_verify_callback(asio::ssl::host_name_verification(host));
        return exchange(stream, stream.next_layer(), endpoints, req, [&] {
            return run([&] { close(stream.next_layer()); },
                       [&](auto done) { stream.async_handshake(asio::ssl::stream_base::client, done); });
        });
    }

private:
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

    template<class Stream, class Handshake>
    std::variant<response, transport_failure> exchange(Stream& stream, asio::ip::tcp::socket& socket,
                                                       asio::ip::tcp::resolver::results_type const& endpoints,
                                                       http::request<http::empty_body> const& req,
                                                       Handshake handshake)
    {
        auto stop = [&] { close(socket); };
        error_code ec = run(stop, [&](auto done) { asio::async_connect(socket, endpoints, done); });
        if (!ec)
            ec = handshake();
        if (!ec)
            ec = run(stop, [&](auto done) { http::async_write(stream, req, done); });
        boost::beast::flat_buffer buffer;
        http::response_parser<http::string_body> parser;
        parser.body_limit(options_.max_body_bytes);
        if (!ec)
            ec = run(stop, [&](auto done) { http::async_read(stream, buffer, parser, done); });
        close(socket);
        if (ec && !(parser.is_done() && ec == asio::ssl::error::stream_truncated))
            return describe(ec, options_.timeout);
        return parser.release();
    }

    options options_;
    asio::io_context ioc_;
    asio::ssl::context tls_;
    std::optional<std::string> tls_error_;
    std::chrono::steady_clock::time_point deadline_;
};

} // namespace sentry_api::client::detail

#endif
