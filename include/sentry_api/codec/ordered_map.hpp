// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_ORDERED_MAP_HPP
#define SENTRY_API_CODEC_ORDERED_MAP_HPP

#include <sentry_api/codec/detail/key_hash.hpp>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentry_api::codec {

namespace detail {

// The index of a large ordered_map: an open-addressed table of item positions (plus one; 0 is
// an empty slot), found by the key's hash and checked against the item's key. One allocation,
// no copy of any key; a copy of the map builds its own when it needs one. (An owning pointer
// of its own rather than a unique_ptr, so that files that only hold the model, compiled mode
// included, do not parse <memory>.)
class ordered_map_index {
public:
    ordered_map_index() noexcept = default;
    ordered_map_index(ordered_map_index const&) = delete;
    ordered_map_index& operator=(ordered_map_index const&) = delete;
    ordered_map_index(ordered_map_index&& o) noexcept
        : slots_(std::exchange(o.slots_, nullptr)), mask_(std::exchange(o.mask_, 0)), count_(std::exchange(o.count_, 0))
    {
    }
    ordered_map_index& operator=(ordered_map_index&& o) noexcept
    {
        std::swap(slots_, o.slots_);
        std::swap(mask_, o.mask_);
        std::swap(count_, o.count_);
        o.reset();
        return *this;
    }
    ~ordered_map_index() { delete[] slots_; }

    void reset() noexcept
    {
        delete[] slots_;
        slots_ = nullptr;
        mask_ = count_ = 0;
    }
    explicit operator bool() const noexcept { return slots_ != nullptr; }

    /// Indexes the keys of `items` (pairs whose `first` is the key), all of them anew.
    template<class Items>
    void make(Items const& items)
    {
        reset();
        std::size_t size = 32;
        while (size < 2 * items.size() + 2)
            size *= 2;
        slots_ = new std::uint32_t[size]();
        mask_ = size - 1;
        for (std::size_t i = 0; i < items.size(); ++i)
            add(items[i].first, i);
    }

    /// Notes that `items.back()` was added; grows (indexing all again) past half full.
    template<class Items>
    void added(Items const& items)
    {
        if (2 * (count_ + 1) > mask_ + 1)
            make(items);
        else
            add(items.back().first, items.size() - 1);
    }

    /// The position of `key` in `items`, or `items.size()`.
    template<class Items>
    std::size_t find(Items const& items, std::string_view key) const noexcept
    {
        for (std::size_t s = key_hash(key) & mask_;; s = (s + 1) & mask_) {
            std::uint32_t const at = slots_[s];
            if (at == 0)
                return items.size();
            if (items[at - 1].first == key)
                return at - 1;
        }
    }

private:
    void add(std::string_view key, std::size_t at) noexcept
    {
        std::size_t s = key_hash(key) & mask_;
        while (slots_[s] != 0)
            s = (s + 1) & mask_;
        slots_[s] = static_cast<std::uint32_t>(at + 1);
        ++count_;
    }

    std::uint32_t* slots_ = nullptr;
    std::size_t mask_ = 0;
    std::size_t count_ = 0;
};

} // namespace detail

/// A map from string keys that keeps its keys in the order they were inserted.
///
/// A JSON object read into it is written back with its keys in the order they came, as Python's
/// `dict` does. Lookup is by key; a large map builds an index on first need, so reading an
/// object with many keys stays linear.
/// @code
/// sentry_api::codec::ordered_map<std::string> packages;
/// packages["b"] = "2"; packages["a"] = "1";  // written as {"b": "2", "a": "1"}
/// @endcode
template<class T>
class ordered_map {
public:
    using key_type = std::string;
    using mapped_type = T;
    using value_type = std::pair<std::string, T>;
    using iterator = typename std::vector<value_type>::iterator;
    using const_iterator = typename std::vector<value_type>::const_iterator;
    using size_type = std::size_t;

    ordered_map() = default;
    ordered_map(std::initializer_list<value_type> items)
    {
        for (auto const& kv : items)
            insert_or_assign(kv.first, kv.second);
    }
    ordered_map(ordered_map const& o) : items_(o.items_) {}
    ordered_map(ordered_map&&) noexcept = default;
    ordered_map& operator=(ordered_map const& o)
    {
        items_ = o.items_;
        index_.reset();
        return *this;
    }
    ordered_map& operator=(ordered_map&&) noexcept = default;

    iterator begin() noexcept { return items_.begin(); }
    iterator end() noexcept { return items_.end(); }
    const_iterator begin() const noexcept { return items_.begin(); }
    const_iterator end() const noexcept { return items_.end(); }
    size_type size() const noexcept { return items_.size(); }
    bool empty() const noexcept { return items_.empty(); }

    void clear() noexcept
    {
        items_.clear();
        index_.reset();
    }

    iterator find(std::string_view key) { return items_.begin() + static_cast<std::ptrdiff_t>(position(key)); }
    const_iterator find(std::string_view key) const
    {
        return items_.begin() + static_cast<std::ptrdiff_t>(position(key));
    }
    bool contains(std::string_view key) const { return position(key) != items_.size(); }

    /// The value of `key`; throws `std::out_of_range` when there is none.
    T& at(std::string_view key)
    {
        auto it = find(key);
        if (it == end())
            throw std::out_of_range("ordered_map::at: no such key");
        return it->second;
    }
    T const& at(std::string_view key) const { return const_cast<ordered_map&>(*this).at(key); }

    /// The value of `key`, inserted at the end (default-constructed) when there is none.
    T& operator[](std::string_view key) { return emplace(std::string(key), T{}).first->second; }

    /// Inserts at the end unless `key` is there already (then nothing changes).
    std::pair<iterator, bool> emplace(std::string key, T value)
    {
        std::size_t at = position(key);
        if (at != items_.size())
            return {items_.begin() + static_cast<std::ptrdiff_t>(at), false};
        items_.emplace_back(std::move(key), std::move(value));
        if (index_)
            index_.added(items_);
        return {items_.end() - 1, true};
    }

    /// Sets `key` to `value`: in its place when it is there, at the end when not.
    std::pair<iterator, bool> insert_or_assign(std::string key, T value)
    {
        auto r = emplace(std::move(key), T{});
        r.first->second = std::move(value);
        return r;
    }

    /// Removes `key`, keeping the order of the others; returns how many were removed (0 or 1).
    size_type erase(std::string_view key)
    {
        std::size_t at = position(key);
        if (at == items_.size())
            return 0;
        items_.erase(items_.begin() + static_cast<std::ptrdiff_t>(at));
        index_.reset();
        return 1;
    }

    /// Equal when they hold the same keys, in the same order, with equal values.
    friend bool operator==(ordered_map const& a, ordered_map const& b) { return a.items_ == b.items_; }
    friend bool operator!=(ordered_map const& a, ordered_map const& b) { return !(a == b); }

private:
    // Below this size a scan is faster than an index.
    static constexpr std::size_t index_from = 16;

    std::size_t position(std::string_view key) const
    {
        if (items_.size() < index_from) {
            for (std::size_t i = 0; i < items_.size(); ++i)
                if (items_[i].first == key)
                    return i;
            return items_.size();
        }
        if (!index_)
            index_.make(items_);
        return index_.find(items_, key);
    }

    std::vector<value_type> items_;
    // Built when first needed on a large map; dropped when positions change.
    mutable detail::ordered_map_index index_;
};

} // namespace sentry_api::codec

#endif
