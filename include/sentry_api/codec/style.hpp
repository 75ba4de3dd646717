#ifndef SENTRY_API_CODEC_STYLE_HPP
#define SENTRY_API_CODEC_STYLE_HPP

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
};

} // namespace sentry_api::codec

#endif
