// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_RULE_CHECKS_HPP
#define SENTRY_API_CODEC_DETAIL_RULE_CHECKS_HPP

// Checks behind the generic rules: date-time and IP address text forms.

#include <cstddef>
#include <string_view>

namespace sentry_api::codec::detail {

inline bool digits_at(std::string_view s, std::size_t at, std::size_t n) noexcept
{
    if (at + n > s.size())
        return false;
    for (std::size_t i = at; i < at + n; ++i)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

inline int number_at(std::string_view s, std::size_t at, std::size_t n) noexcept
{
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i)
        v = v * 10 + (s[i] - '0');
    return v;
}

// YYYY-MM-DDTHH:MM:SS[.f+](Z|+HH:MM|-HH:MM), field ranges as in RFC 3339 (second 60 allowed).
inline bool is_date_time(std::string_view s) noexcept
{
    if (!digits_at(s, 0, 4) || s.size() < 20 || s[4] != '-' || !digits_at(s, 5, 2) || s[7] != '-' ||
        !digits_at(s, 8, 2) || (s[10] != 'T' && s[10] != 't') || !digits_at(s, 11, 2) || s[13] != ':' ||
        !digits_at(s, 14, 2) || s[16] != ':' || !digits_at(s, 17, 2))
        return false;
    int month = number_at(s, 5, 2), day = number_at(s, 8, 2), hour = number_at(s, 11, 2);
    int minute = number_at(s, 14, 2), second = number_at(s, 17, 2);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return false;
    std::size_t i = 19;
    if (i < s.size() && s[i] == '.') {
        ++i;
        std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == start)
            return false;
    }
    if (i < s.size() && (s[i] == 'Z' || s[i] == 'z'))
        return i + 1 == s.size();
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        return i + 6 == s.size() && digits_at(s, i + 1, 2) && s[i + 3] == ':' && digits_at(s, i + 4, 2) &&
               number_at(s, i + 1, 2) <= 23 && number_at(s, i + 4, 2) <= 59;
    }
    return false;
}

// Four decimal octets 0-255 without leading zeros.
inline bool is_ipv4(std::string_view s) noexcept
{
    std::size_t i = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (i >= s.size() || s[i] != '.')
                return false;
            ++i;
        }
        std::size_t start = i;
        int v = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - start < 3)
            v = v * 10 + (s[i++] - '0');
        if (i == start || v > 255 || (i - start > 1 && s[start] == '0'))
            return false;
    }
    return i == s.size();
}

// Eight groups of 1-4 hex digits, one "::" for a run of zero groups, an IPv4 tail allowed.
inline bool is_ipv6(std::string_view s) noexcept
{
    auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
    int groups = 0;
    bool compressed = false;
    std::size_t i = 0;
    if (s.substr(0, 2) == "::") {
        compressed = true;
        i = 2;
        if (i == s.size())
            return true;
    } else if (!s.empty() && s[0] == ':') {
        return false;
    }
    while (i < s.size()) {
        std::size_t start = i;
        while (i < s.size() && hex(s[i]) && i - start < 4)
            ++i;
        if (i < s.size() && s[i] == '.') { // an IPv4 tail takes two groups
            if (!is_ipv4(s.substr(start)))
                return false;
            groups += 2;
            i = s.size();
            break;
        }
        if (i == start)
            return false;
        ++groups;
        if (i == s.size())
            break;
        if (s[i] != ':')
            return false;
        ++i;
        if (i < s.size() && s[i] == ':') {
            if (compressed)
                return false;
            compressed = true;
            ++i;
            if (i == s.size())
                break;
        } else if (i == s.size()) {
            return false;
        }
    }
    return compressed ? groups < 8 : groups == 8;
}

} // namespace sentry_api::codec::detail

#endif
