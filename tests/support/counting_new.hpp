// SPDX-License-Identifier: BSL-1.0
// Replaces the global operator new and delete with ones that count, for allocation_count.hpp.
// Include it in exactly one file of a program (the bench keeps it in a file of its own, so that
// GCC does not inline it into callers and warn about malloc and free).
#ifndef SENTRY_API_TESTS_SUPPORT_COUNTING_NEW_HPP
#define SENTRY_API_TESTS_SUPPORT_COUNTING_NEW_HPP

#include "allocation_count.hpp"

#include <cstdlib>
#include <new>

namespace {

// Every block carries its size, and whether it was counted, in a header, so that freeing it
// lowers the live bytes exactly.
constexpr std::size_t header = alignof(std::max_align_t);
static_assert(header >= 2 * sizeof(std::size_t), "the header holds two words");

bool counting = false;
std::size_t generation = 0;  // which counting a block was allocated in (0: none)
test_support::allocation_count counted;
std::size_t live = 0;  // bytes allocated while counting and not freed yet

} // namespace

void test_support::start_counting_allocations() noexcept
{
    counted = {};
    live = 0;
    ++generation;
    counting = true;
}

test_support::allocation_count test_support::stop_counting_allocations() noexcept
{
    counting = false;
    return counted;
}

// The other forms of new (array, nothrow) call this one; the aligned forms are not counted.
void* operator new(std::size_t size)
{
    void* block = std::malloc(size + header);
    if (!block)
        throw std::bad_alloc();
    auto* words = static_cast<std::size_t*>(block);
    words[0] = size;
    words[1] = counting ? generation : 0;
    if (counting) {
        ++counted.count;
        counted.bytes += size;
        live += size;
        if (live > counted.peak)
            counted.peak = live;
    }
    return static_cast<char*>(block) + header;
}

void operator delete(void* p) noexcept
{
    if (!p)
        return;
    void* block = static_cast<char*>(p) - header;
    auto const* words = static_cast<std::size_t const*>(block);
    if (counting && words[1] == generation)
        live -= words[0];
    std::free(block);
}

void operator delete(void* p, std::size_t) noexcept
{
    operator delete(p);
}

#endif
