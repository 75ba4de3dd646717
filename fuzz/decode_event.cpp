// SPDX-License-Identifier: BSL-1.0
// decode<event> on any bytes: a value or an error, never a crash.
#include <sentry_api.hpp>

#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto r = sentry_api::decode<sentry_api::event>(fuzz::text(data, size));
    if (!r)
        fuzz::check(!r.error().message.empty(), "an error says what went wrong");
    return 0;
}
