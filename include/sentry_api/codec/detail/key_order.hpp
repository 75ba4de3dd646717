#ifndef SENTRY_API_CODEC_DETAIL_KEY_ORDER_HPP
#define SENTRY_API_CODEC_DETAIL_KEY_ORDER_HPP

// The order in which a decoded object's keys came, kept beside its unknown keys.

#include <cstddef>
#include <cstdint>
#include <string>

namespace sentry_api::codec::detail {

// Most documents bring their keys in declaration order, with a union's tag first and unknown
// keys last: then only `came` is kept (which known members came), and `tokens` stays empty.
// Otherwise `tokens` lists every key as it came: a member's index, `tag_token` or
// `unknown_token` (the next unknown key). Members from index 64 on are not in `came`; a type
// with that many always records its tokens.
struct key_order {
    static constexpr unsigned char tag_token = 0xFE;
    static constexpr unsigned char unknown_token = 0xFF;
    static constexpr std::size_t max_members = tag_token;
    static constexpr std::size_t mask_bits = 64;

    std::string tokens;
    std::uint64_t came = 0;
    bool decoded = false;

    void reset() noexcept
    {
        tokens.clear();
        came = 0;
        decoded = false;
    }
};

// Records the keys of one object as the reader meets them. `N` is the number of members.
template<std::size_t N>
class key_order_recorder {
    static_assert(N < key_order::max_members,
                  "A described struct with an unknown_keys member can have at most 253 other members.");
    static constexpr bool always = N > key_order::mask_bits;

public:
    explicit key_order_recorder(key_order& o) noexcept : o_(o)
    {
        o_.tokens.clear();
        o_.came = 0;
        o_.decoded = true;
    }

    void known(std::size_t i)
    {
        if (recording() || i < next_ || unknowns_ != 0 || awaits_tag_())
            push(i);
        next_ = i + 1;
        if (i < key_order::mask_bits)
            o_.came |= std::uint64_t(1) << i;
    }

    void unknown()
    {
        if (recording())
            push(key_order::unknown_token);
        ++unknowns_;
    }

    // A union's tag: in declaration order it comes first.
    void tag()
    {
        if (recording() || next_ != 0 || unknowns_ != 0)
            push(key_order::tag_token);
        tag_seen_ = true;
    }

    // The reader of a union calls this before the first key.
    void expect_tag() noexcept { tag_expected_ = true; }

private:
    bool awaits_tag_() const noexcept { return tag_expected_ && !tag_seen_; }
    bool recording() const noexcept { return always || !o_.tokens.empty(); }

    // Appends a token, first writing out the keys that came in declaration order so far.
    void push(std::size_t token)
    {
        if (!recording()) {
            if (tag_seen_)
                o_.tokens.push_back(static_cast<char>(key_order::tag_token));
            for (std::size_t i = 0; i < key_order::mask_bits && i < N; ++i)
                if ((o_.came >> i) & 1)
                    o_.tokens.push_back(static_cast<char>(i));
            o_.tokens.append(unknowns_, static_cast<char>(key_order::unknown_token));
        }
        o_.tokens.push_back(static_cast<char>(token));
    }

    key_order& o_;
    std::size_t next_ = 0;
    std::size_t unknowns_ = 0;
    bool tag_expected_ = false;
    bool tag_seen_ = false;
};

// For a type without an unknown_keys member: nothing is kept.
struct no_key_order_recorder {
    void known(std::size_t) noexcept {}
    void unknown() noexcept {}
    void tag() noexcept {}
    void expect_tag() noexcept {}
};

} // namespace sentry_api::codec::detail

#endif
