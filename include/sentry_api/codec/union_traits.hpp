// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_UNION_TRAITS_HPP
#define SENTRY_API_CODEC_UNION_TRAITS_HPP

namespace sentry_api::codec {

/// Makes a `std::variant` of described structs a tagged union, chosen by a discriminator key.
///
/// Specialize it with
/// - `static constexpr std::string_view tag = "type";` the discriminator key, and
/// - `static constexpr std::array<std::string_view, N> names = {...};` the tag of each alternative,
///   in order. When `names` has one entry less than the variant, the last alternative is the
///   fallback: it takes every other tag and must describe a member named after the key itself,
///   so that the unknown tag is kept along with the rest of the object. When that member is a
///   presence (`required_key<std::string>`), the fallback also holds an object whose tag is
///   absent or `null`, as it came, and validation reports it; otherwise, and in a union without
///   a fallback, an absent tag is a decode error. And optionally
/// - `static constexpr std::string_view name = "...";` its name in an exported JSON Schema.
///
/// A known alternative is written as `{"<tag>": "<name>", <its members>...}`; the tag key is
/// not a member of it. Choosing an alternative never depends on which one "happens to parse".
template<class Variant>
struct union_traits;

} // namespace sentry_api::codec

#endif
