// Counts what global operator new hands out during one call (the operators are replaced in
// allocation_counter.cpp, a file of its own so that no caller inlines them): the number of
// allocations, their bytes, and the peak of bytes live at once.
#ifndef SENTRY_API_BENCH_ALLOCATION_COUNTER_HPP
#define SENTRY_API_BENCH_ALLOCATION_COUNTER_HPP

#include <cstddef>

namespace bench {

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

} // namespace bench

#endif
