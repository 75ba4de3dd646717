// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_IMPL_LINK_IPP
#define SENTRY_API_MODEL_IMPL_LINK_IPP

// The definitions of sentry_api/model/link.hpp: included by it in the header-only mode, by
// <sentry_api/src.hpp> in the separately compiled mode.

#include <sentry_api/model/link.hpp>

#include <sentry_api/codec/error.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
namespace sentry_api {

namespace detail {

class link_parser {
public:
    explicit link_parser(std::string_view s) noexcept : s_(s) {}

    codec::result<std::vector<link>> run()
    {
        std::vector<link> links;
        ows();
        if (p_ == s_.size())
            return fail("expected '<' to start a link");
        for (;;) {
            link l;
            if (!one(l))
                return *error_;
            links.push_back(std::move(l));
            ows();
            if (p_ == s_.size())
                return links;
            if (s_[p_] != ',')
                return fail("expected ',' between links");
            ++p_;
            ows();
        }
    }

private:
    codec::error fail(std::string message) const { return codec::syntax_error_at(p_, std::move(message)); }
    bool stop(std::string message)
    {
        error_ = fail(std::move(message));
        return false;
    }

    void ows() noexcept
    {
        while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\t'))
            ++p_;
    }

    static bool tchar(char c) noexcept
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
    }

    bool token(std::string& out)
    {
        std::size_t start = p_;
        while (p_ < s_.size() && tchar(s_[p_]))
            ++p_;
        out.assign(s_.substr(start, p_ - start));
        return p_ > start;
    }

    bool quoted(std::string& out)
    {
        ++p_; // the opening quote
        out.clear();
        while (p_ < s_.size()) {
            char c = s_[p_++];
            if (c == '"')
                return true;
            if (c == '\\') {
                if (p_ == s_.size())
                    break;
                c = s_[p_++];
            }
            out += c;
        }
        return stop("unterminated quoted string");
    }

    bool one(link& l)
    {
        if (p_ == s_.size() || s_[p_] != '<')
            return stop("expected '<' to start a link");
        std::size_t close = s_.find('>', p_ + 1);
        if (close == std::string_view::npos)
            return stop("expected '>' to end the link's URL");
        l.url.assign(s_.substr(p_ + 1, close - p_ - 1));
        p_ = close + 1;
        bool has_rel = false;
        for (;;) {
            ows();
            if (p_ == s_.size() || s_[p_] == ',')
                break;
            if (s_[p_] != ';')
                return stop("expected ';' before a parameter");
            ++p_;
            ows();
            std::size_t at = p_;
            std::string name, value;
            bool has_value = false;
            if (!token(name))
                return stop("expected a parameter name");
            for (char& c : name)
                if (c >= 'A' && c <= 'Z')
                    c = static_cast<char>(c - 'A' + 'a');
            ows();
            if (p_ < s_.size() && s_[p_] == '=') {
                has_value = true;
                ++p_;
                ows();
                if (p_ < s_.size() && s_[p_] == '"') {
                    if (!quoted(value))
                        return false;
                } else if (!token(value)) {
                    return stop("expected a token or a quoted string after '='");
                }
            }
            if (name == "rel" ? has_rel : name == "results" ? l.results.has_value()
                                      : name == "cursor"    ? l.cursor.has_value()
                                                            : l.params.contains(name)) {
                p_ = at;
                return stop("duplicate parameter '" + name + "'");
            }
            if (name == "rel") {
                l.rel = value;
                has_rel = true;
            } else if (name == "results") {
                if (value != "true" && value != "false") {
                    p_ = at;
                    return stop("results must be \"true\" or \"false\"");
                }
                l.results = value == "true";
            } else if (name == "cursor") {
                l.cursor = value;
            } else if (has_value) {
                l.params[name] = value;
            } else {
                l.params[name] = nullptr;
            }
        }
        return true;
    }

    std::string_view s_;
    std::size_t p_ = 0;
    std::optional<codec::error> error_;
};

} // namespace detail

SENTRY_API_DECL codec::result<std::vector<link>> parse_link_header(std::string_view value)
{
    return detail::link_parser(value).run();
}

SENTRY_API_DECL std::string format_link_header(std::vector<link> const& links)
{
    auto quote = [](std::string& out, std::string_view v) {
        out += '"';
        for (char c : v) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    };
    std::string out;
    for (auto const& l : links) {
        if (!out.empty())
            out += ", ";
        out += '<';
        out += l.url;
        out += ">; rel=";
        quote(out, l.rel);
        if (l.results) {
            out += "; results=";
            quote(out, *l.results ? "true" : "false");
        }
        if (l.cursor) {
            out += "; cursor=";
            quote(out, *l.cursor);
        }
        for (auto const& kv : l.params) {
            out += "; ";
            out += kv.key();
            if (kv.value().is_string()) {
                out += '=';
                quote(out, kv.value().get_string());
            }
        }
    }
    return out;
}

} // namespace sentry_api

#endif
