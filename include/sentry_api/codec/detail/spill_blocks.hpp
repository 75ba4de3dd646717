// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_SPILL_BLOCKS_HPP
#define SENTRY_API_CODEC_DETAIL_SPILL_BLOCKS_HPP

// Where the reader of a long vector puts the items past its capacity.

#include <cstddef>
#include <vector>

namespace sentry_api::codec::detail {

// Blocks of items read past a long vector's capacity (see read(cat_sequence)), each a vector
// of the same type made with `new`; the same code for every vector type.
class spill_blocks {
public:
    static constexpr std::size_t items = 4096;
    // Items of `size` bytes in one block: at most 256 KiB of them, at least 64.
    static constexpr std::size_t items_of(std::size_t size) noexcept
    {
        return size * 64 > (std::size_t(1) << 18) ? 64 : (std::size_t(1) << 18) / size;
    }

    explicit spill_blocks(void (*destroy)(void*) noexcept) noexcept : destroy_(destroy) {}
    ~spill_blocks()
    {
        if (!blocks_.empty())
            destroy_all();
    }
    spill_blocks(spill_blocks const&) = delete;
    spill_blocks& operator=(spill_blocks const&) = delete;

    bool empty() const noexcept { return blocks_.empty(); }
    std::size_t size() const noexcept { return blocks_.size(); }
    void* operator[](std::size_t i) const noexcept { return blocks_[i]; }
    void* back() const noexcept { return blocks_.back(); }

    // Adds the block `make` returns; room for it is made first, so that nothing leaks.
    void add(void* (*make)())
    {
        blocks_.push_back(nullptr);
        blocks_.back() = make();
    }

    // Frees block `i` once its items are elsewhere.
    void drop(std::size_t i) noexcept
    {
        destroy_(blocks_[i]);
        blocks_[i] = nullptr;
    }

private:
    void destroy_all() noexcept
    {
        for (void* b : blocks_)
            destroy_(b);
    }

    std::vector<void*> blocks_;
    void (*destroy_)(void*) noexcept;
};

template<class T>
void* new_object()
{
    return new T();
}

template<class T>
void delete_object(void* p) noexcept
{
    delete static_cast<T*>(p);
}

} // namespace sentry_api::codec::detail

#endif
