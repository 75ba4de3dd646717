// SPDX-License-Identifier: BSL-1.0
// parse_link_header on any bytes; what parses is formatted, and the format parses to the same links.
#include <sentry_api.hpp>

#include "check.hpp"

#include <vector>

namespace {

bool same(std::vector<sentry_api::link> const& a, std::vector<sentry_api::link> const& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].url != b[i].url || a[i].rel != b[i].rel || a[i].results != b[i].results ||
            a[i].cursor != b[i].cursor || a[i].params != b[i].params)
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto links = sentry_api::parse_link_header(fuzz::text(data, size));
    if (!links) {
        fuzz::check(links.error().offset <= size, "the error is placed inside the input");
        return 0;
    }
    std::string header = sentry_api::format_link_header(*links);
    auto again = sentry_api::parse_link_header(header);
    fuzz::check(again.has_value(), "a formatted Link header parses");
    fuzz::check(same(*links, *again), "a formatted Link header parses to the same links");
    fuzz::check(sentry_api::format_link_header(*again) == header, "formatting is a fixed point");
    return 0;
}
