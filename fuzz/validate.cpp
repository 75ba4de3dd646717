// SPDX-License-Identifier: BSL-1.0
// validate<group_hashes> and validate<event> on any bytes: a report, never a crash; and a report
// agrees with decode (a valid document decodes, a document that cannot be read does not).
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
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    validate_as<sentry_api::group_hashes>(fuzz::text(data, size));
    validate_as<sentry_api::event>(fuzz::text(data, size));
    return 0;
}
