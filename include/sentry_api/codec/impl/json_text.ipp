// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_IMPL_JSON_TEXT_IPP
#define SENTRY_API_CODEC_IMPL_JSON_TEXT_IPP

// The non-template part of json_text: inline in the header-only mode, compiled once by
// <sentry_api/src.hpp> in the separately compiled mode.

#include <sentry_api/codec/json_text.hpp>
#include <sentry_api/codec/detail/writer.hpp>

#include <boost/json/parse.hpp>

#include <cmath>
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
    return boost::json::parse(text, std::move(sp), o);
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
    if (text.find_first_of(".eE") != std::string::npos)
        return boost::json::kind::double_;
    if (text[0] == '-')
        return boost::json::kind::int64;
    // Positive: an int64 unless it has more digits, or as many and is larger.
    constexpr std::string_view max = "9223372036854775807";
    bool const big = text.size() > max.size() || (text.size() == max.size() && std::string_view(text) > max);
    return big ? boost::json::kind::uint64 : boost::json::kind::int64;
}

} // namespace sentry_api::codec::detail

#endif
