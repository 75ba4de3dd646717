// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_CONTEXT_HPP
#define SENTRY_API_CODEC_DETAIL_CONTEXT_HPP

// The state a read carries down: the JSON Pointer, the depth, and where errors go.

#include <sentry_api/config.hpp>
#include <sentry_api/codec/detail/kind.hpp>
#include <sentry_api/codec/detail/pointer.hpp>
#include <sentry_api/codec/error.hpp>
#include <sentry_api/codec/style.hpp>
#include <sentry_api/codec/violation.hpp>

#include <boost/config.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace sentry_api::codec::detail {

/// What a document nested deeper than `max_depth` is told.
inline std::string too_deep_message(unsigned max_depth)
{
    return "nesting deeper than " + std::to_string(max_depth) + " levels";
}

class context {
public:
    /// `collect`: where violations go (validation); `keep`: with `collect`, the values are kept
    /// too and data errors stop the read as in decoding (decode and validate in one read).
    explicit context(decode_options const& o, std::vector<violation>* collect = nullptr, bool keep = false)
        : options(o), violations_(collect), keep_(collect && keep)
    {
    }

    decode_options const& options;
    unsigned depth = 0;

    /// While validating, the tokens of the current JSON Pointer: appended on the way down,
    /// truncated on the way up, and only spelled out as text when an error needs it. Decoding
    /// leaves it empty (see `pointer_scope`).
    std::vector<pointer_token> path;

    /// The current JSON Pointer as far as `path` knows it, as text.
    std::string pointer() const
    {
        std::string out;
        for (auto const& t : path)
            t.append_to(out);
        return out;
    }

    /// True while validating: data errors are collected and reading goes on.
    bool collecting() const noexcept { return violations_ != nullptr; }

    /// True when the values read are kept: decoding, and decoding while validating.
    bool keeping() const noexcept { return !violations_ || keep_; }

    /// Records a data error. Returns true when reading may go on (validation), false to stop.
    /// Duplicate keys, unknown keys that cannot be kept and limits stop validation too, and so
    /// does reaching `max_violations` (then `stopped()`).
    bool fail(error_kind k, std::string message)
    {
        if (violations_ && !keep_ && k != error_kind::duplicate && k != error_kind::limit && k != error_kind::unknown_key &&
            k != error_kind::syntax)
            return violate(rule_of(k), std::move(message));
        if (!error)
            error = codec::error{k, pointer(), std::move(message), 0, 0, 0};
        return false;
    }

    /// How many violations were collected so far.
    std::size_t violation_count() const noexcept { return violations_ ? violations_->size() : 0; }

    /// Records a broken validation rule (validation only). Returns false, recording nothing,
    /// when `max_violations` were recorded already: reading stops there (but a read that keeps
    /// the values goes on, recording no more).
    bool violate(rule_kind r, std::string message)
    {
        if (!violations_)
            return true;
        if (options.max_violations != 0 && violations_->size() >= options.max_violations) {
            stopped_ = true;
            return keep_;
        }
        violations_->push_back({pointer(), r, std::move(message)});
        return true;
    }

    /// Whether the error recorded can be kept by a lenient read (see `decode_options::lenient`):
    /// a value of the wrong kind, out of range, or missing a key; not text that is not JSON, a
    /// key twice, a key with nowhere to go, or a limit.
    bool can_keep_error() const noexcept
    {
        if (!error)
            return false;
        switch (error->kind) {
        case error_kind::syntax:
        case error_kind::duplicate:
        case error_kind::unknown_key:
        case error_kind::limit: return false;
        default: return true;
        }
    }

    /// A lenient read kept the value the recorded error is about: the error becomes a
    /// violation at its own pointer (when validating) and the read goes on.
    void keep_error()
    {
        codec::error e = std::move(*error);
        error.reset();
        if (!violations_)
            return;
        if (options.max_violations != 0 && violations_->size() >= options.max_violations) {
            stopped_ = true;
            return;
        }
        violations_->push_back({std::move(e.pointer), rule_of(e.kind), std::move(e.message)});
    }

    /// True when validation stopped at `max_violations`.
    bool stopped() const noexcept { return stopped_; }

    /// Enters an array or object; false (with the error recorded) past the depth limit.
    SENTRY_API_HOT_INLINE bool enter()
    {
        if (++depth <= options.max_depth)
            return true;
        return too_deep();
    }
    void leave() noexcept { --depth; }

    std::optional<codec::error> error;

private:
    BOOST_NOINLINE bool too_deep()
    {
        fail(error_kind::limit, too_deep_message(options.max_depth));
        return false;
    }

    static rule_kind rule_of(error_kind k) noexcept
    {
        switch (k) {
        case error_kind::missing: return rule_kind::required;
        case error_kind::range: return rule_kind::range;
        case error_kind::unknown_value: return rule_kind::enum_;
        default: return rule_kind::type;
        }
    }

    std::vector<violation>* violations_;
    bool keep_;
    bool stopped_ = false;
};

// Where a JSON Pointer's token goes: onto the path kept while validating, or in front of the
// error's pointer (when there is an error) on a decode's way out of a failed read. Out of line:
// neither is on the success path of a decode.
BOOST_NOINLINE inline void push_token(context& cx, pointer_token const& token) { cx.path.push_back(token); }

BOOST_NOINLINE inline void prepend_token(context& cx, pointer_token const& token)
{
    if (!cx.error)
        return;
    std::string front;
    token.append_to(front);
    cx.error->pointer.insert(0, front);
}

inline pointer_token token_of(std::string_view key) noexcept { return {key, 0, false}; }
inline pointer_token token_of(std::size_t index) noexcept { return {{}, index, true}; }

/// Puts a token in the current JSON Pointer for the lifetime of the scope. A key token views the
/// key: it must outlive the scope.
///
/// Validation goes on after a violation, so it keeps the pointer's tokens as it goes. Decoding
/// stops at its first error, so it keeps none: each scope that the error leaves puts its token
/// in front of the error's pointer, which costs nothing while the input is good.
class pointer_scope {
public:
    pointer_scope(context& cx, std::string_view key) : cx_(cx), token_(token_of(key)) { enter(); }
    pointer_scope(context& cx, std::size_t index) : cx_(cx), token_(token_of(index)) { enter(); }
    ~pointer_scope()
    {
        if (cx_.collecting())
            cx_.path.pop_back();
        else
            prepend_token(cx_, token_);
    }
    pointer_scope(pointer_scope const&) = delete;
    pointer_scope& operator=(pointer_scope const&) = delete;

private:
    void enter()
    {
        if (cx_.collecting())
            push_token(cx_, token_);
    }

    context& cx_;
    pointer_token token_;
};

/// Reads with `token` (a key that outlives the call, or an index) as the next token of the
/// current JSON Pointer: `read()` returns whether it succeeded. `collecting` is
/// `cx.collecting()`, asked once a container rather than once a value.
///
/// The same as a `pointer_scope` around the read, at no cost on the success path of a decode:
/// validation keeps the tokens as it goes; a decode puts the token in front of the error's
/// pointer only when the read failed.
template<class Token, class Read>
SENTRY_API_HOT_INLINE bool read_at(context& cx, bool collecting, Token token, Read&& read)
{
    if (BOOST_UNLIKELY(collecting))
        push_token(cx, token_of(token));
    bool const ok = read();
    if (BOOST_UNLIKELY(collecting))
        cx.path.pop_back();
    else if (BOOST_UNLIKELY(!ok))
        prepend_token(cx, token_of(token));
    return ok;
}

} // namespace sentry_api::codec::detail

#endif
