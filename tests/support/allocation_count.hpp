// SPDX-License-Identifier: BSL-1.0
// What global operator new hands out during one call: the number of allocations, their bytes,
// and the peak of bytes live at once. The operators are replaced by counting_new.hpp, which
// exactly one file of a program includes.
#ifndef SENTRY_API_TESTS_SUPPORT_ALLOCATION_COUNT_HPP
#define SENTRY_API_TESTS_SUPPORT_ALLOCATION_COUNT_HPP

#include <cstddef>

namespace test_support {

struct allocation_count {
    std::size_t count = 0;
    std::size_t bytes = 0;
    /// The most bytes live at once during the call, counting only what the call allocated.
    std::size_t peak = 0;
};

void start_counting_allocations() noexcept;
allocation_count stop_counting_allocations() noexcept;

/// The allocations of one call of `call`.
template<class F>
allocation_count allocations_of(F&& call)
{
    start_counting_allocations();
    call();
    return stop_counting_allocations();
}

} // namespace test_support

#endif
