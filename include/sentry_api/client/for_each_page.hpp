// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_FOR_EACH_PAGE_HPP
#define SENTRY_API_CLIENT_FOR_EACH_PAGE_HPP

#include <sentry_api.hpp>
#include <sentry_api/codec/array_decoder.hpp>
#include <sentry_api/client/error.hpp>
#include <sentry_api/client/session.hpp>

#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentry_api::client {

/// One page of a walk, as `for_each_page` hands it to the program: decoded and validated.
/// Only the current page is kept; the program moves out what it wants to keep.
template<class Page>
struct page {
    std::size_t number = 0;                   ///< 1 for the first
    std::string url;                          ///< where it was fetched
    Page items;                               ///< the page, decoded
    std::vector<codec::violation> violations; ///< its contract violations, pointers within the page
};

/// The contract violations of one page; `page` is 1 for the first.
struct page_report {
    std::size_t page = 0;
    std::string url;
    std::vector<codec::violation> violations;
};

/// How far a walk goes.
struct walk_options {
    std::size_t max_pages = 0; ///< stop after this many pages; 0: no limit
    /// How each page is read. Lenient by default (`decode_options::lenient`): a value of the
    /// wrong kind from a server that differs from Sentry is kept as it came and becomes a
    /// `type` violation of its page, rather than the end of the walk. Set `lenient = false` to
    /// stop at the first such value.
    codec::decode_options decode = lenient_reading();

    /// The decode options of a walk: the defaults, lenient.
    static codec::decode_options lenient_reading()
    {
        codec::decode_options o;
        o.lenient = true;
        return o;
    }
};

/// How a walk ended, when it did not end in an error.
struct walk_summary {
    std::size_t pages = 0; ///< how many pages were handed over
    bool more = false;     ///< a next page remained: the walk stopped at `max_pages` or when told to
};

namespace detail {

// `url` (made from `base_url` by the model's endpoint functions), checked and normalized by
// Boost.URL, or why the base URL cannot serve.
inline result<boost::urls::url> checked_url(std::string const& base_url, std::string const& url)
{
    auto base = boost::urls::parse_uri(base_url);
    if (!base || (base->scheme() != "http" && base->scheme() != "https") || base->encoded_host().empty() ||
        base->has_query() || base->has_fragment())
        return error{base_url, "the base URL must be http:// or https://, a host, and no query"};
    auto parsed = boost::urls::parse_uri(url);
    if (!parsed)
        return error{base_url, "not a URL: " + parsed.error().message()};
    return boost::urls::url(*parsed);
}

// The cursor a next link follows: its `cursor` parameter, else its URL's, else the URL itself.
inline std::string cursor_of(link const& next, boost::urls::url_view target)
{
    if (next.cursor)
        return *next.cursor;
    auto it = target.params().find("cursor");
    if (it != target.params().end())
        return (*it).value;
    return std::string(target.buffer());
}

// The `Link` field of a response as one value: its field lines joined with `, `, as RFC 9110
// (5.3) reads a field sent on several lines (`previous` on one and `next` on the next); lines
// that are empty or only white space add nothing. Empty when there is none.
inline std::string link_field(response const& res)
{
    std::string joined;
    for (auto [at, end] = res.equal_range(boost::beast::http::field::link); at != end; ++at) {
        auto const value = at->value();
        std::string_view const line(value.data(), value.size());
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        if (!joined.empty())
            joined += ", ";
        joined += line;
    }
    return joined;
}

// The next page's URL from a response's `Link` field (every line of it), resolved against `url`;
// an empty URL when there is none. The same checks as the walk's: on the same server, a cursor
// not seen before.
inline result<boost::urls::url> next_url(response const& res, boost::urls::url_view url, std::set<std::string>& followed)
{
    std::string here(url.buffer());
    std::string const value = link_field(res);
    if (value.empty())
        return boost::urls::url();
    auto links = parse_link_header(value);
    if (!links)
        return error{here, "Link header: " + links.error().to_string()};
    auto next = next_page(*links);
    if (!next)
        return boost::urls::url();
    auto target = boost::urls::parse_uri_reference(next->url);
    if (!target)
        return error{here, "the next link's URL cannot be read: " + next->url};
    boost::urls::url resolved;
    if (!boost::urls::resolve(url, *target, resolved))
        return error{here, "the next link's URL cannot be joined: " + next->url};
    if (!same_server(resolved, url))
        return error{here, "the next page is on another server (" + std::string(resolved.buffer()) +
                               "); the token is not sent there"};
    link const* next_link = nullptr;
    for (auto const& l : *links)
        if (l.rel == "next" && !next_link)
            next_link = &l;
    std::string cursor = cursor_of(*next_link, resolved);
    if (!followed.insert(cursor).second)
        return error{here, "the next cursor \"" + cursor + "\" was already followed"};
    return resolved;
}

// How many bytes of a body an error quotes.
constexpr std::size_t quoted_bytes = 48;

// `text` as a double-quoted string a terminal shows safely: printable ASCII as it is, any other
// byte as \xNN, `"` and `\` escaped.
inline std::string quoted(std::string_view text)
{
    static char const hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (char c : text) {
        auto const b = static_cast<unsigned char>(c);
        if (b == '"' || b == '\\')
            out += {'\\', c};
        else if (b >= 0x20 && b < 0x7f)
            out += c;
        else
            out += {'\\', 'x', hex[b >> 4], hex[b & 15]};
    }
    return out + '"';
}

// A decoding error of a body, as the client says it: the place (`/` for the whole body) and the
// message; when the body is not JSON at all (an error at
// its first value, or a body that does not call itself JSON), also its content type and how it
// begins (`head`: its first bytes), which is what tells an HTML error page or a proxy's answer.
inline std::string body_error(codec::error const& e, std::string_view content_type, std::string_view head)
{
    std::string text = e.to_string();
    if (e.kind != codec::error_kind::syntax)
        return text;
    auto const first = head.find_first_not_of(" \t\r\n");
    std::string type(content_type);
    for (char& c : type)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    bool const at_first_value = first == std::string_view::npos ? e.offset >= head.size() : e.offset == first;
    if (!at_first_value && type.find("json") != std::string::npos)
        return text;
    text += content_type.empty() ? std::string(" (the body has no Content-Type")
                                 : " (the body is " + std::string(content_type);
    if (head.empty())
        return text + " and is empty)";
    return text + ", beginning " + quoted(head.substr(0, quoted_bytes)) + (head.size() > quoted_bytes ? "...)" : ")");
}

inline std::string_view content_type(response const& res)
{
    auto const v = res[boost::beast::http::field::content_type];
    return std::string_view(v.data(), v.size());
}

// A page's body, decoded and validated as it is read: the page's text is never held whole, only
// its first bytes, for an error that quotes them.
template<class Page>
class page_sink final : public body_sink {
public:
    page_sink(Page& items, codec::decode_options const& options) : decoder_(items, options) {}
    void restart() override
    {
        decoder_.reset();
        head_.clear();
    }
    void write(std::string_view piece) override
    {
        if (head_.size() <= quoted_bytes)
            head_.append(piece.substr(0, quoted_bytes + 1 - head_.size()));
        decoder_.feed(piece);
    }
    codec::validation_report finish() { return decoder_.finish(); }
    std::string const& head() const noexcept { return head_; }

private:
    codec::array_decoder<Page> decoder_;
    std::string head_;
};

// Calls the program's callback: true to go on (a callback that returns nothing always goes on).
template<class F, class Page>
bool hand_over(F& on_page, page<Page>& p)
{
    if constexpr (std::is_void_v<decltype(on_page(p))>) {
        on_page(p);
        return true;
    } else {
        return static_cast<bool>(on_page(p));
    }
}

// A callback that keeps every page: its items appended to `items`, its report to `pages`.
template<class Page>
auto keep_every_page(Page& items, std::vector<page_report>& pages)
{
    return [&items, &pages](page<Page>& p) {
        pages.push_back({p.number, p.url, std::move(p.violations)});
        items.insert(items.end(), std::make_move_iterator(p.items.begin()), std::make_move_iterator(p.items.end()));
    };
}

} // namespace detail

/// Walks a paginated endpoint from `first_url`, page by page, following the `Link` header's
/// `next` until `results="false"`, and hands each page to `on_page` as it comes: decoded as
/// `Page` (a `std::vector`, read with `codec::array_decoder`) and validated against its contract
/// as its body is read, one item at a time, so that the body's text is never held whole. Only
/// the current page is held (the program may move its items out; the room of the page is kept
/// for the next), so memory stays that of the largest page's items however many pages there
/// are.
///
/// `on_page(client::page<Page>&)` returns `true` to go on and `false` to stop (no further
/// request is made), or nothing to always go on. A page is handed over only once it is known to
/// be usable: decoded, and its `Link` header read.
///
/// The walk stays on the server it started on: a next link to another scheme, host or port is
/// an error, so the token goes nowhere else. A cursor that comes back after it was followed is
/// an error, not a loop.
/// @returns how many pages were handed over and whether more remained, or the first error (the
/// page's URL, and why: the request's error, a body that is not a `Page`, a bad `Link` header);
/// the token is in neither
/// @code
/// auto r = sentry_api::client::for_each_page<sentry_api::group_hashes>(session, url,
///     [](sentry_api::client::page<sentry_api::group_hashes>& p) {
///         for (auto const& h : p.items) std::cout << h.id.value_or("(no id)") << '\n';
///         return p.number < 10; // at most 10 pages
///     });
/// @endcode
template<class Page, class F>
result<walk_summary> for_each_page(session& s, boost::urls::url_view first_url, F&& on_page,
                                   walk_options const& options = {})
{
    auto fail = [&s](error e) {
        // A server could put anything in a Link header or a body, the token too.
        return error{detail::redact(std::move(e.url), s.options().token),
                     detail::redact(std::move(e.what), s.options().token), e.status};
    };
    boost::urls::url url(first_url);
    std::set<std::string> followed;
    page<Page> current;
    walk_summary summary;
    for (std::size_t number = 1;; ++number) {
        boost::urls::url next;
        {
            detail::page_sink<Page> sink(current.items, options.decode);
            auto res = s.get(url, &sink);
            if (!res)
                return fail(res.error());
            current.number = number;
            current.url = std::string(url.buffer());
            auto report = sink.finish();
            if (report.error)
                return fail(error{current.url, detail::body_error(*report.error, detail::content_type(*res), sink.head())});
            current.violations = std::move(report.violations);
            // Links are relative to the URL that answered, where a redirect led.
            auto found = detail::next_url(*res, s.answered_url(), followed);
            if (!found)
                return fail(found.error());
            next = std::move(*found);
        } // the response goes before the page is handed over
        summary.pages = number;
        bool const go_on = detail::hand_over(on_page, current);
        // The program may have moved items out, which leaves them unfit to be read into (a
        // moved-from box holds nothing); the page's room is kept.
        current.items.clear();
        if (next.empty())
            return summary;
        if (!go_on || (options.max_pages != 0 && number == options.max_pages)) {
            summary.more = true;
            return summary;
        }
        url = std::move(next);
    }
}

/// The same, from a URL as text (checked as `session::get` checks it).
template<class Page, class F>
result<walk_summary> for_each_page(session& s, std::string_view first_url, F&& on_page,
                                   walk_options const& options = {})
{
    auto parsed = boost::urls::parse_uri(first_url);
    if (!parsed || (parsed->scheme() != "http" && parsed->scheme() != "https") || parsed->encoded_host().empty())
        return error{detail::redact(std::string(first_url), s.options().token), "not an http:// or https:// URL"};
    return for_each_page<Page>(s, *parsed, std::forward<F>(on_page), options);
}

} // namespace sentry_api::client

#endif
