// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_FUZZ_CHECK_HPP
#define SENTRY_API_FUZZ_CHECK_HPP

// What every fuzz target shares: the input as text, and a check that stops the run loudly.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace fuzz {

inline std::string_view text(std::uint8_t const* data, std::size_t size) noexcept
{
    return std::string_view(reinterpret_cast<char const*>(data), size);
}

/// A broken promise of the library: print it and abort, so libFuzzer keeps the input.
inline void check(bool ok, char const* promise)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz check failed: %s\n", promise);
        std::abort();
    }
}

} // namespace fuzz

#endif
