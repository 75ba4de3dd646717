// SPDX-License-Identifier: BSL-1.0
// Compile-time probe (bench/compile_time.sh): a file that decodes, encodes, validates and
// exports the JSON Schema of sentry_api::group_hashes.
#include <sentry_api.hpp>

#include <string>
#include <string_view>

std::string roundtrip(std::string_view text)
{
    auto page = sentry_api::decode<sentry_api::group_hashes>(text);
    if (!page || !sentry_api::validate<sentry_api::group_hashes>(text).ok())
        return {};
    return sentry_api::encode(*page, sentry_api::style::compact) +
           sentry_api::encode(sentry_api::json_schema<sentry_api::group_hashes>());
}
