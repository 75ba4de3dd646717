// SPDX-License-Identifier: BSL-1.0
// Whatever decodes as a page or an event is written back losslessly: in every style,
// decode -> encode -> decode -> encode gives the same bytes twice, and the three styles
// hold the same value. The same for lenient decoding (decode_options::lenient), where values of
// the wrong kind are kept as they came; and whatever strict decoding reads, lenient decoding
// reads the same.
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
    std::string const compact = sentry_api::encode(*first);
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
void strict_and_lenient(std::string_view text)
{
    round_trip<T>(text, false);
    round_trip<T>(text, true);
    auto strict = sentry_api::decode<T>(text);
    auto lenient = sentry_api::decode<T>(text, options_for(true));
    if (strict)
        fuzz::check(lenient.has_value() && sentry_api::encode(*lenient) == sentry_api::encode(*strict),
                    "what strict decoding reads, lenient decoding reads the same");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    strict_and_lenient<sentry_api::group_hashes>(fuzz::text(data, size));
    strict_and_lenient<sentry_api::event>(fuzz::text(data, size));
    return 0;
}
