// SPDX-License-Identifier: BSL-1.0
// Consumes sentry_api: built by the find_package, add_subdirectory, pkg-config and Meson consumers.
#include <sentry_api.hpp>

#include <iostream>
#include <string_view>

int main()
{
    constexpr std::string_view text =
        R"([{"id":"c4a4d06bc314205bb3b6bdb612dde7f1","latestEvent":null}])";
    auto r = sentry_api::decode<sentry_api::group_hashes>(text);
    if (!r.has_value() || r->size() != 1 || *(*r)[0].id != "c4a4d06bc314205bb3b6bdb612dde7f1")
        return 1;
    std::cout << "sentry_api " << SENTRY_API_VERSION_STRING << '\n'; // <sentry_api/version.hpp>, by the umbrella
    std::cout << sentry_api::encode(*r) << '\n';
    return 0;
}
