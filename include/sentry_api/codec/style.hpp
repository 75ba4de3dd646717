// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_STYLE_HPP
#define SENTRY_API_CODEC_STYLE_HPP

#include <boost/json/storage_ptr.hpp>

#include <cstddef>

namespace sentry_api::codec {

/// The three layouts of Python's `json.dumps`, reproduced byte for byte.
enum class style : unsigned char {
    compact, ///< `json.dumps(v, separators=(",", ":"))`
    python,  ///< `json.dumps(v)`: separators `", "` and `": "`
    pretty,  ///< `json.dumps(v, indent=N)`, N being `encode_options::indent` (2 by default)
};

/// How `encode` writes.
struct encode_options {
    codec::style style = codec::style::compact;
    /// Write every non-ASCII character as `\uXXXX` (Python's `ensure_ascii=True`).
    bool ensure_ascii = false;
    /// The indent width of `style::pretty`, any width from 0 (Python's `indent=N`).
    unsigned indent = 2;
};

/// How `decode` reads.
struct decode_options {
    /// Deepest nesting of arrays and objects accepted; deeper input is an error, never a stack overflow.
    unsigned max_depth = 512;
    /// Whether a described struct without an `unknown_keys` member may skip unknown keys.
    /// By default an unknown key it cannot keep is an error: nothing is dropped silently.
    bool ignore_unknown_keys = false;
    /// `validate` keeps at most this many violations (0: no limit): at one more it stops and
    /// says so in its report, so that memory stays bounded however broken the document is.
    std::size_t max_violations = 1000;
    /// Where JSON kept as it came (`boost::json::value`, `object`, `array` members and unknown
    /// keys) is allocated; the default resource when empty. A `monotonic_resource` here makes
    /// decoding faster, at the cost of memory held until every such value is gone.
    boost::json::storage_ptr storage;
    /// Whether a value of the wrong kind (a number where a string belongs, an object where a
    /// list does, ...) is kept rather than failing the whole read. When on, a member whose value
    /// cannot be read is left absent and the value, as it came, goes to the struct's
    /// `unknown_keys` under its key, at its place in the key order: encoding writes it back
    /// where it came, and `decode_and_validate` reports a `type` violation (`range` or `enum_`
    /// for a value out of range or not one of the names) at the value's JSON Pointer. The struct
    /// that keeps it is the nearest one, around the value, that has an `unknown_keys` member;
    /// without one the read fails as when off. Text that is not JSON, a key twice and the depth
    /// limit still fail the read. Off by default: a program that must have every member typed
    /// should be told at once.
    bool lenient = false;
    /// Whether `validate` and `decode_and_validate` also report what the type does not know,
    /// each as an `unknown` violation at its JSON Pointer: every key kept in a struct's
    /// `unknown_keys` (not a member's value of the wrong kind, which is a `type` violation), and
    /// a tagged union's tag that none of its names is (the fallback alternative's). Held JSON
    /// (`json_text`, `boost::json::value`: any JSON by contract) is not looked into. For a
    /// test suite that must fail when a payload holds what the contract does not name. Off by
    /// default: unknown keys and tags are allowed, kept and written back. `validate` then also
    /// decodes the text whole (leniently) to find them; it reports none when that fails.
    bool report_unknown = false;
};

} // namespace sentry_api::codec

#endif
