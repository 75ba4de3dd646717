// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_KEY_MAP_HPP
#define SENTRY_API_CODEC_KEY_MAP_HPP

#include <string_view>

namespace sentry_api::codec {

/// Maps a described member's name to its JSON key. By default the key is the name itself.
///
/// Specialize it for the rare key that is not a C++ identifier:
/// @code
/// template<> struct sentry_api::codec::key_map<event> {
///     static constexpr std::string_view key(std::string_view member)
///     { return member == "event_type" ? "event.type" : member; }
/// };
/// @endcode
template<class T>
struct key_map {
    static constexpr std::string_view key(std::string_view member) { return member; }
};

} // namespace sentry_api::codec

#endif
