// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_POINTER_HPP
#define SENTRY_API_CODEC_DETAIL_POINTER_HPP

// JSON Pointer (RFC 6901) building: append a token on the way down, truncate on the way up.

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>

namespace sentry_api::codec::detail {

inline void append_pointer_token(std::string& pointer, std::string_view key)
{
    pointer += '/';
    std::size_t plain = 0;
    while (plain < key.size() && key[plain] != '~' && key[plain] != '/')
        ++plain;
    pointer.append(key.data(), plain);
    for (std::size_t i = plain; i < key.size(); ++i) {
        char c = key[i];
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

inline void append_pointer_token(std::string& pointer, std::size_t index)
{
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, index);
    pointer += '/';
    pointer.append(buf, r.ptr);
}

/// One reference token of a JSON Pointer: an object key or an array index.
struct pointer_token {
    std::string_view key;
    std::size_t index;
    bool is_index;

    void append_to(std::string& pointer) const
    {
        if (is_index)
            append_pointer_token(pointer, index);
        else
            append_pointer_token(pointer, key);
    }
};

} // namespace sentry_api::codec::detail

#endif
