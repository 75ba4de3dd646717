// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_IMPL_JSON_TEXT_IPP
#define SENTRY_API_CODEC_IMPL_JSON_TEXT_IPP

// The non-template part of json_text: inline in the header-only mode, compiled once by
// <sentry_api/src.hpp> in the separately compiled mode.

#include <sentry_api/codec/json_text.hpp>
#include <sentry_api/codec/detail/number.hpp>
#include <sentry_api/codec/detail/scan.hpp>
#include <sentry_api/codec/detail/writer.hpp>

#include <boost/json/parse.hpp>

#include <cmath>
#include <string_view>
#include <stdexcept>
#include <vector>

namespace sentry_api::codec::detail {

SENTRY_API_DECL std::string canonical_text_of(boost::json::value const& v)
{
    // A double JSON cannot hold is refused before anything is written; without recursion, so a
    // value of any depth is safe.
    std::vector<boost::json::value const*> todo{&v};
    while (!todo.empty()) {
        boost::json::value const* e = todo.back();
        todo.pop_back();
        if (e->is_double() && !std::isfinite(e->get_double()))
            throw std::invalid_argument("json_text: NaN and infinity are not JSON");
        if (e->is_array())
            for (auto const& x : e->get_array())
                todo.push_back(&x);
        else if (e->is_object())
            for (auto const& kv : e->get_object())
                todo.push_back(&kv.value());
    }
    std::string out;
    encode_options o;
    o.style = style::compact;
    writer w(out, o);
    w.value(v);
    w.finish();
    return out;
}

SENTRY_API_DECL boost::json::value value_of_text(std::string const& text, boost::json::storage_ptr sp)
{
    boost::json::parse_options o;
    o.max_depth = std::size_t(-1); // the text was checked against its own limit when it was read
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(text, ec, sp, o);
    if (!ec)
        return v;
    // Checked text Boost.JSON refuses has an exponent too long for it (1e99999999999999999999):
    // such numbers are written as one it takes, with the same nearest double.
    std::string near;
    near.reserve(text.size());
    char const* const e = text.data() + text.size();
    for (char const* p = text.data(); p != e;) {
        char const c = *p;
        if (c == '"') {
            char const* q = string_end(p, e);
            q += q != e;
            near.append(p, q);
            p = q;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            bool floating;
            char const* const q = number_end(p, e, floating);
            std::string_view const number(p, static_cast<std::size_t>(q - p));
            double const d = approximate(number);
            if (std::isinf(d))
                near += d < 0 ? "-1e999" : "1e999";
            else if (d == 0 && number.find_first_of("eE") != std::string_view::npos)
                near += std::signbit(d) ? "-0.0" : "0.0";
            else
                near.append(number);
            p = q;
        } else {
            near += c;
            ++p;
        }
    }
    return boost::json::parse(near, std::move(sp), o);
}

SENTRY_API_DECL boost::json::kind kind_of_text(std::string const& text) noexcept
{
    if (text.empty())
        return boost::json::kind::null;
    switch (text[0]) {
    case '{': return boost::json::kind::object;
    case '[': return boost::json::kind::array;
    case '"': return boost::json::kind::string;
    case 't':
    case 'f': return boost::json::kind::bool_;
    case 'n': return boost::json::kind::null;
    default: break;
    }
    // As boost::json::parse reads it: a float, or an integer beyond 64 bits, is a double.
    if (text.find_first_of(".eE") != std::string::npos)
        return boost::json::kind::double_;
    bool const neg = text[0] == '-';
    std::string_view const digits = std::string_view(text).substr(neg);
    constexpr std::string_view int64_max = "9223372036854775807", int64_min = "9223372036854775808",
                               uint64_max = "18446744073709551615";
    auto beyond = [&](std::string_view limit) {
        return digits.size() > limit.size() || (digits.size() == limit.size() && digits > limit);
    };
    if (neg)
        return beyond(int64_min) ? boost::json::kind::double_ : boost::json::kind::int64;
    if (!beyond(int64_max))
        return boost::json::kind::int64;
    return beyond(uint64_max) ? boost::json::kind::double_ : boost::json::kind::uint64;
}

} // namespace sentry_api::codec::detail

#endif
