#ifndef SENTRY_API_CODEC_DETAIL_KEY_ORDER_HPP
#define SENTRY_API_CODEC_DETAIL_KEY_ORDER_HPP

// The order in which a decoded object's keys came, kept beside its unknown keys.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace sentry_api::codec::detail {

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

    std::shared_ptr<std::string const> tokens;
    std::uint64_t came = 0; // bit i: member i came; the top bit: the object was decoded

    bool decoded() const noexcept { return (came & decoded_bit) != 0; }
};

} // namespace sentry_api::codec::detail

#endif
