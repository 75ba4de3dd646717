// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_KEY_ORDER_RECORDER_HPP
#define SENTRY_API_CODEC_DETAIL_KEY_ORDER_RECORDER_HPP

// The reader's side of key order: what records it as an object's keys come. Apart from
// key_order.hpp (which every struct with unknown keys holds), so that a file that only holds
// the model does not compile the recorder.

#include <sentry_api/codec/detail/key_order.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace sentry_api::codec::detail {

// The tokens of the objects being read, one after another as they nest; each recorder takes
// its own back off when it ends.
inline std::string& key_order_scratch()
{
    static thread_local std::string scratch;
    return scratch;
}

// The tokens last recorded for objects of one type, kept per thread (see `key_order_recorder::finish`).
using key_order_tokens = shared_tokens;

// Records the keys of one object of a type with `n` members as the reader meets them; `order`
// null (a type without an unknown_keys member) records nothing. `last` gives the type's tokens
// last recorded. While the keys come in declaration order, a key only moves `next_` on: a
// member before it, any member after an unknown key, or before an awaited tag, starts the tokens.
class key_order_recorder {
public:
    key_order_recorder(key_order* order, std::size_t n, key_order_tokens& (*last)()) noexcept
        : o_(order), last_(last), always_(n > key_order::mask_bits), out_of_order_(n + 1)
    {
        if (!o_)
            return;
        o_->tokens.reset();
        o_->came = key_order::decoded_bit;
        if (always_) {
            start();
            next_ = out_of_order_;
        }
    }
    ~key_order_recorder()
    {
        if (scratch_)
            scratch_->resize(base_);
    }
    key_order_recorder(key_order_recorder const&) = delete;
    key_order_recorder& operator=(key_order_recorder const&) = delete;

    void known(std::size_t i)
    {
        if (!o_)
            return;
        if (i < next_)
            push(i);
        else
            next_ = i + 1;
        if (i < key_order::mask_bits)
            o_->came |= std::uint64_t(1) << i;
    }

    void unknown()
    {
        if (!o_)
            return;
        if (scratch_)
            push(key_order::unknown_token);
        ++unknowns_;
        next_ = out_of_order_;
    }

    // A union's tag: in declaration order it comes first.
    void tag()
    {
        if (!o_)
            return;
        if (scratch_ || o_->came != key_order::decoded_bit || unknowns_ != 0)
            push(key_order::tag_token);
        else
            next_ = 0;
        tag_seen_ = true;
    }

    // The reader of a union calls this before the first key.
    void expect_tag() noexcept { next_ = out_of_order_; }

    // After the last key: keeps the tokens, shared with the previous object of the type when equal.
    void finish()
    {
        if (!scratch_)
            return;
        std::string_view seq(scratch_->data() + base_, scratch_->size() - base_);
        key_order_tokens& last = last_();
        if (!last || *last != seq)
            last = shared_tokens(seq);
        o_->tokens = last;
    }

private:
    void start()
    {
        scratch_ = &key_order_scratch();
        base_ = scratch_->size();
    }

    // Appends a token; the first one writes out the keys that came in declaration order so far.
    void push(std::size_t token)
    {
        if (!scratch_) {
            start();
            next_ = out_of_order_;
            if (tag_seen_)
                scratch_->push_back(static_cast<char>(key_order::tag_token));
            std::uint64_t came = o_->came & ~key_order::decoded_bit;
            for (std::size_t i = 0; came != 0; ++i, came >>= 1)
                if (came & 1)
                    scratch_->push_back(static_cast<char>(i));
            scratch_->append(unknowns_, static_cast<char>(key_order::unknown_token));
        }
        scratch_->push_back(static_cast<char>(token));
    }

    key_order* o_;
    key_order_tokens& (*last_)();
    std::string* scratch_ = nullptr;
    bool always_;
    std::size_t out_of_order_;
    std::size_t base_ = 0;
    std::size_t next_ = 0;
    std::size_t unknowns_ = 0;
    bool tag_seen_ = false;
};

// The tokens last recorded for objects of type `T`, on this thread.
template<class T>
key_order_tokens& last_key_order_tokens()
{
    static thread_local key_order_tokens last;
    return last;
}

} // namespace sentry_api::codec::detail

#endif
