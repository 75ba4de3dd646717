// SPDX-License-Identifier: BSL-1.0
// validate<group_hashes> and validate<event> on any bytes: a report, never a crash; and a report
// agrees with decode (a valid document decodes, a document that cannot be read does not).
// Lenient decode_and_validate agrees with them: it reads what strict decoding reads, with the
// same violations; what it reads that strict decoding refuses has at least one violation (the
// value it kept); what validate cannot read it cannot either; and what it reads comes back
// from its own encoding, as the same value.
#include <sentry_api.hpp>

#include "check.hpp"

namespace {

template<class T>
void validate_as(std::string_view text)
{
    auto report = sentry_api::validate<T>(text);
    if (report.error)
        fuzz::check(report.violations.empty(), "a report with an error lists no violations");
    bool decodes = sentry_api::decode<T>(text).has_value();
    if (report.ok())
        fuzz::check(decodes, "a valid document decodes");
    if (report.error)
        fuzz::check(!decodes, "a document that validate cannot read does not decode");

    // Asked for what is unknown: the same report, with `unknown` violations among the others,
    // and decode_and_validate finds the same.
    sentry_api::decode_options strict_keys;
    strict_keys.report_unknown = true;
    auto unknown = sentry_api::validate<T>(text, strict_keys);
    fuzz::check(unknown.error.has_value() == report.error.has_value(), "report_unknown reads what validate reads");
    if (!report.error && !report.stopped && !unknown.stopped) {
        std::size_t others = 0;
        for (auto const& v : unknown.violations)
            others += v.rule != sentry_api::rule_kind::unknown;
        fuzz::check(others == report.violations.size(), "report_unknown adds unknown violations only");
    }
    if (!unknown.error && !unknown.stopped) {
        T checked{};
        auto both = sentry_api::decode_and_validate(checked, text, strict_keys);
        if (!both.error)
            fuzz::check(both.violations.size() == unknown.violations.size(),
                        "decode_and_validate with report_unknown finds validate's violations");
    }

    sentry_api::decode_options lenient;
    lenient.lenient = true;
    T value{};
    auto kept = sentry_api::decode_and_validate(value, text, lenient);
    if (report.error)
        fuzz::check(kept.error.has_value(), "what validate cannot read, a lenient read cannot either");
    if (decodes) {
        fuzz::check(!kept.error, "what strict decoding reads, a lenient read reads");
        fuzz::check(kept.violations.size() == report.violations.size(), "... with validate's violations");
    }
    if (kept.error)
        return;
    if (!decodes)
        fuzz::check(!kept.violations.empty(), "a value kept by a lenient read is a violation");
    std::string const once = sentry_api::encode(value);
    T again{};
    auto second = sentry_api::decode_and_validate(again, once, lenient);
    fuzz::check(!second.error && sentry_api::encode(again) == once, "a lenient read's value comes back");
    fuzz::check(second.violations.size() == kept.violations.size(), "... with the same violations");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    validate_as<sentry_api::group_hashes>(fuzz::text(data, size));
    validate_as<sentry_api::event>(fuzz::text(data, size));
    return 0;
}
