// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_DETAIL_TOKEN_HPP
#define SENTRY_API_CLIENT_DETAIL_TOKEN_HPP

// detail: the token as it may be sent in a header, or why it may not.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sentry_api::client::detail {

// `token` without the white space around it (space, tab, CR, LF: what a shell or a file leaves).
inline std::string trimmed_token(std::string_view token)
{
    auto const white = " \t\r\n\f\v";
    auto const first = token.find_first_not_of(white);
    if (first == std::string_view::npos)
        return std::string();
    return std::string(token.substr(first, token.find_last_not_of(white) - first + 1));
}

// Why a (trimmed) token cannot go into an `Authorization` header: a control character in it
// (CR and LF would end the header and start another); nothing when it can. Never the token.
inline std::optional<std::string> token_problem(std::string_view token)
{
    for (std::size_t i = 0; i < token.size(); ++i) {
        auto const c = static_cast<unsigned char>(token[i]);
        if (c < 0x20 || c == 0x7f) {
            static char const hex[] = "0123456789ABCDEF";
            return "the token holds a control character (0x" + std::string{hex[c >> 4], hex[c & 15]} +
                   " at byte " + std::to_string(i + 1) + " of " + std::to_string(token.size()) +
                   "); it is not sent";
        }
    }
    return std::nullopt;
}

} // namespace sentry_api::client::detail

#endif
