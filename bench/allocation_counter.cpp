#include "allocation_counter.hpp"

#include <cstdlib>
#include <new>

namespace {

bool counting = false;
bench::allocation_count counted;

} // namespace

void bench::start_counting_allocations() noexcept
{
    counted = {};
    counting = true;
}

bench::allocation_count bench::stop_counting_allocations() noexcept
{
    counting = false;
    return counted;
}

// The other forms of new (array, nothrow) call this one; the aligned forms are not counted.
void* operator new(std::size_t size)
{
    if (counting) {
        ++counted.count;
        counted.bytes += size;
    }
    if (void* p = std::malloc(size == 0 ? 1 : size))
        return p;
    throw std::bad_alloc();
}

void operator delete(void* p) noexcept
{
    std::free(p);
}

void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}
