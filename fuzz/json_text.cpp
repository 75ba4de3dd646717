// SPDX-License-Identifier: BSL-1.0
// The same bytes decoded as a json_text (canonical text, no DOM) and as a boost::json::value
// (a DOM): both are accepted or both refused, with the same error, and both are written to the
// same bytes in every style, with and without ensure_ascii. The one difference: a number no
// 64-bit integer or double holds, which the DOM refuses (a range error) and json_text keeps as
// it came; then its text is a fixed point, every style writes it back, and its DOM (the nearest
// doubles) is made without error.
#include <sentry_api/codec.hpp>

#include "check.hpp"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    std::string_view const text = fuzz::text(data, size);
    auto held = sentry_api::decode<sentry_api::json_text>(text);
    auto dom = sentry_api::decode<boost::json::value>(text);
    bool const beyond = !dom && dom.error().kind == sentry_api::codec::error_kind::range;
    if (held && beyond) {
        for (auto s : {sentry_api::style::compact, sentry_api::style::python, sentry_api::style::pretty}) {
            auto back = sentry_api::decode<sentry_api::json_text>(sentry_api::encode(*held, s));
            fuzz::check(back.has_value() && back->text() == held->text(), "a number beyond a DOM is written back as it came");
        }
        (void)held->to_value();
        (void)held->kind();
        return 0;
    }
    fuzz::check(held.has_value() == dom.has_value(), "json_text and the DOM accept the same texts");
    if (!held) {
        if (!beyond)
            fuzz::check(held.error().to_string() == dom.error().to_string(), "json_text and the DOM refuse with one error");
        return 0;
    }
    fuzz::check(held->text() == sentry_api::encode(*dom), "the canonical text is the DOM's compact text");
    for (auto s : {sentry_api::style::compact, sentry_api::style::python, sentry_api::style::pretty}) {
        for (bool ascii : {false, true}) {
            sentry_api::encode_options o;
            o.style = s;
            o.ensure_ascii = ascii;
            o.indent = s == sentry_api::style::pretty && ascii ? 0 : 3;
            fuzz::check(sentry_api::encode(*held, o) == sentry_api::encode(*dom, o), "both write the same bytes");
        }
    }
    auto again = sentry_api::decode<sentry_api::json_text>(held->text());
    fuzz::check(again.has_value() && again->text() == held->text(), "canonical text is a fixed point");
    return 0;
}
