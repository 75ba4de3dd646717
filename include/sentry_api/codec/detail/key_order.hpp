// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_KEY_ORDER_HPP
#define SENTRY_API_CODEC_DETAIL_KEY_ORDER_HPP

// The order in which a decoded object's keys came, kept beside its unknown keys.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace sentry_api::codec::detail {

// Key-order tokens, immutable, shared by the objects of one type that came in the same order:
// a count and the text in one allocation. The count is atomic: copies of decoded objects may be
// destroyed on other threads. (A class of its own rather than a shared_ptr, so that every file
// holding a struct with unknown keys, compiled mode included, does not parse <memory>.)
class shared_tokens {
public:
    shared_tokens() noexcept = default;
    explicit shared_tokens(std::string_view text) : p_(new block{{1}, std::string(text)}) {}
    shared_tokens(shared_tokens const& o) noexcept : p_(o.p_)
    {
        if (p_)
            p_->count.fetch_add(1, std::memory_order_relaxed);
    }
    shared_tokens(shared_tokens&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
    shared_tokens& operator=(shared_tokens const& o) noexcept
    {
        shared_tokens(o).swap(*this);
        return *this;
    }
    shared_tokens& operator=(shared_tokens&& o) noexcept
    {
        shared_tokens(std::move(o)).swap(*this);
        return *this;
    }
    ~shared_tokens()
    {
        if (p_ && p_->count.fetch_sub(1, std::memory_order_acq_rel) == 1)
            delete p_;
    }

    void reset() noexcept { shared_tokens().swap(*this); }
    void swap(shared_tokens& o) noexcept { std::swap(p_, o.p_); }
    explicit operator bool() const noexcept { return p_ != nullptr; }
    std::string const& operator*() const noexcept { return p_->text; }

private:
    struct block {
        std::atomic<std::size_t> count;
        std::string const text;
    };
    block* p_ = nullptr;
};

// Most documents bring their keys in declaration order, with a union's tag first and unknown
// keys last: then only `came` is kept (which known members came), and `tokens` is null.
// Otherwise `tokens` lists every key as it came: a member's index, `tag_token` or
// `unknown_token` (the next unknown key). A server writes every object of a type in the same
// order, so objects of one type share their tokens (immutable) with the one read before.
// Members from index 63 on are not in `came`; a type with that many always records tokens.
struct key_order {
    static constexpr unsigned char tag_token = 0xFE;
    static constexpr unsigned char unknown_token = 0xFF;
    static constexpr std::size_t max_members = tag_token;
    static constexpr std::size_t mask_bits = 63;
    static constexpr std::uint64_t decoded_bit = std::uint64_t(1) << mask_bits;

    shared_tokens tokens;
    std::uint64_t came = 0; // bit i: member i came; the top bit: the object was decoded

    bool decoded() const noexcept { return (came & decoded_bit) != 0; }
};

} // namespace sentry_api::codec::detail

#endif
