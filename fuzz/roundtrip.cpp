// SPDX-License-Identifier: BSL-1.0
// Whatever decodes as a page or an event is written back losslessly: in every style,
// decode -> encode -> decode -> encode gives the same bytes twice, and the three styles
// hold the same value. The same for lenient decoding (decode_options::lenient), where values of
// the wrong kind are kept as they came; and whatever strict decoding reads, lenient decoding
// reads the same. detect_style's `reproducible` is true exactly when writing the text back in
// its own style gives the same bytes (as a page, an event, or any JSON held as json_text).
// fill_sentry_shape gives a payload that decodes, holds no key twice, is filled for good (a
// second fill changes nothing) and still lacks what check_sentry_shape names. A value's diff with
// itself is empty, and diff finds a difference with another value exactly when their encodings differ.
#include <sentry_api.hpp>

#include "check.hpp"

#include <string>

namespace {

sentry_api::decode_options options_for(bool lenient)
{
    sentry_api::decode_options o;
    o.lenient = lenient;
    return o;
}

template<class T>
void round_trip(std::string_view text, bool lenient)
{
    auto const options = options_for(lenient);
    auto first = sentry_api::decode<T>(text, options);
    if (!first)
        return;
    auto const ts = sentry_api::detect_style(text);
    bool const same = sentry_api::encode(*first, ts.options) + (ts.final_newline ? "\n" : "") == text;
    fuzz::check(ts.reproducible == same, "reproducible says whether --style auto gives the same bytes");
    std::string const compact = sentry_api::encode(*first);
    fuzz::check(sentry_api::diff(*first, *first).empty(), "a value's diff with itself is empty");
    fuzz::check(bool(sentry_api::diff(*first, T{}).empty()) == (compact == sentry_api::encode(T{})),
                "diff finds a difference exactly when the encodings differ");
    for (auto s : {sentry_api::style::compact, sentry_api::style::python, sentry_api::style::pretty}) {
        std::string once = sentry_api::encode(*first, s);
        auto second = sentry_api::decode<T>(once, options);
        fuzz::check(second.has_value(), "what encode writes decodes");
        fuzz::check(sentry_api::encode(*second, s) == once, "decode -> encode is a fixed point");
        fuzz::check(sentry_api::encode(*second) == compact, "every style holds the same value");
    }
    sentry_api::encode_options ascii;
    ascii.ensure_ascii = true;
    auto from_ascii = sentry_api::decode<T>(sentry_api::encode(*first, ascii), options);
    fuzz::check(from_ascii.has_value() && sentry_api::encode(*from_ascii) == compact,
                "ensure_ascii holds the same value");
}

template<class T>
void fill_shape(T const& decoded, sentry_api::decode_options const& options)
{
    for (auto era : {sentry_api::sentry_era::documented, sentry_api::sentry_era::current}) {
        sentry_api::sentry_shape_options const o{era};
        T filled = decoded;
        sentry_api::fill_sentry_shape(filled, o);
        std::string const out = sentry_api::encode(filled);
        fuzz::check(sentry_api::decode<sentry_api::json_text>(out).has_value(), "a filled payload holds no key twice");
        auto again = sentry_api::decode<T>(out, options);
        fuzz::check(again.has_value(), "a filled payload decodes");
        fuzz::check(sentry_api::check_sentry_shape(*again, o) == sentry_api::check_sentry_shape(filled, o),
                    "what the fill leaves, the check names the same after a round trip");
        sentry_api::fill_sentry_shape(filled, o);
        fuzz::check(sentry_api::encode(filled) == out, "a second fill changes nothing");
    }
}

template<class T>
void strict_and_lenient(std::string_view text)
{
    round_trip<T>(text, false);
    round_trip<T>(text, true);
    auto strict = sentry_api::decode<T>(text);
    auto lenient = sentry_api::decode<T>(text, options_for(true));
    if (lenient)
        fill_shape(*lenient, options_for(true));
    if (strict)
        fuzz::check(lenient.has_value() && sentry_api::encode(*lenient) == sentry_api::encode(*strict),
                    "what strict decoding reads, lenient decoding reads the same");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    strict_and_lenient<sentry_api::group_hashes>(fuzz::text(data, size));
    strict_and_lenient<sentry_api::event>(fuzz::text(data, size));
    round_trip<sentry_api::json_text>(fuzz::text(data, size), false);
    return 0;
}
