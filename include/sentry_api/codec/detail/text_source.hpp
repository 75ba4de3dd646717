// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_TEXT_SOURCE_HPP
#define SENTRY_API_CODEC_DETAIL_TEXT_SOURCE_HPP

// A pull parser over JSON text (RFC 8259, strict): the typed reader asks it for the next value,
// an object's members or an array's items; held JSON is checked in one pass, built as a DOM or
// kept as canonical text. The tokens are text_cursor's.

#include <sentry_api/config.hpp>
#include <sentry_api/codec/detail/canonical_text.hpp>
#include <sentry_api/codec/detail/context.hpp>
#include <sentry_api/codec/detail/key_hash.hpp>
#include <sentry_api/codec/detail/struct_info.hpp>
#include <sentry_api/codec/detail/text_cursor.hpp>

#include <boost/json/value.hpp>
#include <boost/json/value_stack.hpp>
#include <sentry_api/codec/json_text.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sentry_api::codec::detail {

// How `text_source::quick` goes over a value: checking it only, building it, or checking
// whether it is canonical text too.
enum class quick_mode : unsigned char { skip, keep, check };

class text_source : public text_cursor {
public:
    using text_cursor::text_cursor;

    /// Reads `{ key: value, ... }`, calling `f(std::string_view key)` with the source at each value.
    template<class F>
    bool object(context& cx, F&& f)
    {
        if (!cx.enter())
            return false;
        ++p_;
        skip_ws();
        if (p_ != end_ && *p_ == '}') {
            ++p_;
            cx.leave();
            return true;
        }
        std::string scratch;
        for (;;) {
            skip_ws();
            if (p_ == end_ || *p_ != '"')
                return syntax(p_, "expected a string key");
            std::string_view key;
            if (!this->key(key, scratch))
                return false;
            skip_ws();
            if (p_ == end_ || *p_ != ':')
                return syntax(p_, "expected ':' after a key");
            ++p_;
            if (!f(key))
                return false;
            skip_ws();
            if (p_ != end_ && *p_ == ',') {
                ++p_;
                continue;
            }
            if (p_ != end_ && *p_ == '}') {
                ++p_;
                cx.leave();
                return true;
            }
            return syntax(p_, "expected ',' or '}' in an object");
        }
    }

    /// Reads an object into a described struct laid out as `t`, calling
    /// `f(std::string_view key, std::size_t i)` with the source at each value, where `i` is the
    /// index of the member whose key it is, or `t.size` for a key the struct does not declare.
    ///
    /// Documents mostly come in declaration order: the key after the last member read is
    /// compared in place, as the text would spell it, before any scan or look-up.
    ///
    /// The loop is `object`'s, written again: made from one loop with a callable that reads the
    /// key, a decode of the documented body took 4% more instructions (callgrind, g++ 12).
    template<class F>
    bool members(context& cx, struct_layout const& t, F&& f)
    {
        if (!cx.enter())
            return false;
        ++p_;
        skip_ws();
        if (p_ != end_ && *p_ == '}') {
            ++p_;
            cx.leave();
            return true;
        }
        std::string scratch;
        std::size_t hint = 0;
        bool const in_place = t.plain_keys;
        for (;;) {
            skip_ws();
            if (p_ == end_ || *p_ != '"')
                return syntax(p_, "expected a string key");
            std::string_view key;
            std::size_t i;
            if (in_place && hint < t.size && at_quoted(t.quoted_text + t.quoted_at[hint], t.keys[hint].size() + 2)) {
                i = hint;
                key = t.keys[i];
                p_ += key.size() + 2;
            } else {
                if (!this->key(key, scratch))
                    return false;
                i = in_place ? t.look_up(key) : t.find(key, hint);
            }
            if (i < t.size)
                hint = i + 1;
            skip_ws();
            if (p_ == end_ || *p_ != ':')
                return syntax(p_, "expected ':' after a key");
            ++p_;
            if (!f(key, i))
                return false;
            skip_ws();
            if (p_ != end_ && *p_ == ',') {
                ++p_;
                continue;
            }
            if (p_ != end_ && *p_ == '}') {
                ++p_;
                cx.leave();
                return true;
            }
            return syntax(p_, "expected ',' or '}' in an object");
        }
    }

    /// Reads `[ value, ... ]`, calling `f(std::size_t index)` with the source at each value.
    template<class F>
    bool array(context& cx, F&& f)
    {
        if (!cx.enter())
            return false;
        ++p_;
        skip_ws();
        if (p_ != end_ && *p_ == ']') {
            ++p_;
            cx.leave();
            return true;
        }
        for (std::size_t i = 0;; ++i) {
            if (!f(i))
                return false;
            skip_ws();
            if (p_ != end_ && *p_ == ',') {
                ++p_;
                continue;
            }
            if (p_ != end_ && *p_ == ']') {
                ++p_;
                cx.leave();
                return true;
            }
            return syntax(p_, "expected ',' or ']' in an array");
        }
    }

    /// How many items the array being read has from here on, counted roughly (its top-level
    /// commas, strings skipped): what a long vector reserves so that its items are read into
    /// their final place once. Text that is not JSON gives some count; the read reports it.
    std::size_t items_left() const noexcept
    {
        char const* p = p_;
        std::size_t depth = 0, commas = 0;
        while (p != end_) {
            switch (*p) {
            case '"':
                p = string_end(p, end_);
                if (p == end_)
                    return commas + 1;
                break;
            case '[':
            case '{': ++depth; break;
            case ']':
            case '}':
                if (depth == 0)
                    return commas + 1;
                --depth;
                break;
            case ',': commas += depth == 0; break;
            default: break;
            }
            ++p;
        }
        return commas + 1;
    }

    /// Reads any value into a DOM (in `out`'s storage), located errors included.
    ///
    /// The value is built by Boost.JSON's `value_stack`, in one pass; text it cannot take (not
    /// JSON, too deep, a number no double or 64-bit integer holds, a key twice) is read again
    /// by the located reader, which says where and what. With `exact`, a number no double or
    /// 64-bit integer holds is taken too: the DOM gets its nearest double (see `approximate`)
    /// and `*exact` the value's canonical text (see json_text), which keeps the number as
    /// written; `*exact` is left alone when the DOM holds the value exactly.
    bool value(context& cx, boost::json::value& out, std::string* exact = nullptr)
    {
        char const* start = p_;
        auto& st = stack();
        st.reset(out.storage());
        if (quick<quick_mode::keep>(cx)) {
            out = st.release();
            return true;
        }
        st.reset();
        p_ = start;
        err_ = nullptr;
        if (!exact)
            return value_located(cx, out);
        return value_approximated(cx, out, start, *exact);
    }

    /// Reads and checks the next value, keeping nothing: memory stays what its depth needs.
    /// Every number the grammar allows is taken, unless `dom_numbers` (what a DOM holds).
    bool skip(context& cx, bool dom_numbers = false)
    {
        char const* start = p_;
        any_number_ = !dom_numbers;
        if (quick<quick_mode::skip>(cx))
            return true;
        p_ = start;
        err_ = nullptr;
        boost::json::value ignored;
        approximate_ = !dom_numbers;
        bool const ok = value_located(cx, ignored);
        approximate_ = false;
        return ok;
    }

    /// Reads the next value as its canonical compact text (see json_text) into `out`: checked as
    /// strictly as `value` checks it, with the same located errors. Text that is canonical
    /// already is copied as it is; any other is written again, canonical, from the checked text.
    bool canonical(context& cx, std::string& out)
    {
        skip_ws();
        char const* start = p_;
        // An empty object or array, the most common held value, needs no pass.
        if (end_ - p_ >= 2 && ((p_[0] == '{' && p_[1] == '}') || (p_[0] == '[' && p_[1] == ']'))) {
            if (cx.depth >= cx.options.max_depth)
                return quick_failed(cx, start, out);
            out.assign(p_, 2);
            p_ += 2;
            return true;
        }
        changed_ = false;
        floats_ = 0;
        copied_ = start;
        spaced_.clear();
        if (quick<quick_mode::check>(cx)) {
            if (changed_) // an escape or a number to write as Python does
                canonicalize(start, p_, floats_, canon_, out);
            else if (copied_ == start) // canonical already
                out.assign(start, static_cast<std::size_t>(p_ - start));
            else // canonical but for white space, which the check left out of spaced_
                out.assign(spaced_.append(copied_, static_cast<std::size_t>(p_ - copied_)));
            return true;
        }
        return quick_failed(cx, start, out);
    }

    /// Looks for `key` among the keys of the object that comes next (a union's tag, which need
    /// not be the first key) and, when its value is a string, stores it in `tag`. The position
    /// does not move: the object is read again afterwards, and checked then.
    tag_state find_tag(std::string_view key, std::string& tag, kind& got)
    {
        char const* save = p_;
        tag_state result = tag_state::missing;
        std::string scratch;
        ++p_;
        for (;;) {
            skip_ws();
            if (p_ == end_ || *p_ != '"')
                break;
            std::string_view k;
            if (!this->key(k, scratch))
                break;
            skip_ws();
            if (p_ == end_ || *p_ != ':')
                break;
            ++p_;
            skip_ws();
            if (k == key) {
                if (p_ != end_ && *p_ == '"') {
                    if (string(tag))
                        result = tag_state::found;
                } else if (p_ != end_) {
                    got = exact(peek());
                    result = got == kind::none ? tag_state::missing : tag_state::not_string;
                }
                break;
            }
            if (!skip_roughly())
                break;
            skip_ws();
            if (p_ == end_ || *p_ != ',')
                break;
            ++p_;
        }
        p_ = save;
        err_ = nullptr;
        return result;
    }

private:
    // `canonical`'s way when the quick pass cannot take the value: the located reader reads it
    // from `start` again, to say what is wrong or to make its text from a DOM.
    BOOST_NOINLINE bool quick_failed(context& cx, char const* start, std::string& out)
    {
        p_ = start;
        err_ = nullptr;
        boost::json::value v;
        approximate_ = true;
        approximated_ = false;
        bool const ok = value_located(cx, v);
        approximate_ = false;
        if (!ok)
            return false;
        // JSON after all (two keys that share a fingerprint).
        if (!approximated_) {
            out = canonical_text_of(v);
            return true;
        }
        // A number the DOM only approximates: the checked text is written again instead.
        std::size_t floats = 0;
        for (char const* q = start; q != p_; ++q)
            floats += *q == '.' || *q == 'e' || *q == 'E';
        canonicalize(start, p_, floats, canon_, out);
        return true;
    }

    // `value`'s way when the quick pass cannot take the value and its exact text is wanted.
    BOOST_NOINLINE bool value_approximated(context& cx, boost::json::value& out, char const* start, std::string& exact)
    {
        approximate_ = true;
        approximated_ = false;
        bool const ok = value_located(cx, out);
        approximate_ = false;
        if (!ok || !approximated_)
            return ok;
        char const* const end = p_;
        p_ = start;
        if (!canonical(cx, exact))
            return false; // not reached: the text was read once already
        p_ = end;
        return true;
    }

    // Whether the text from here begins with the `n` bytes at `q`, which can be read 32 bytes
    // past their end (a struct's quoted keys are padded so).
    SENTRY_API_HOT_INLINE bool at_quoted(char const* q, std::size_t n) const noexcept
    {
#if defined(__SSE2__)
        if (n <= 32 && end_ - p_ >= 32) {
            __m128i const lo = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<__m128i const*>(p_)),
                                              _mm_loadu_si128(reinterpret_cast<__m128i const*>(q)));
            auto same = static_cast<std::uint32_t>(_mm_movemask_epi8(lo));
            if (n > 16) {
                __m128i const hi = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<__m128i const*>(p_ + 16)),
                                                  _mm_loadu_si128(reinterpret_cast<__m128i const*>(q + 16)));
                same |= static_cast<std::uint32_t>(_mm_movemask_epi8(hi)) << 16;
            }
            std::uint32_t const need = n == 32 ? ~std::uint32_t(0) : (std::uint32_t(1) << n) - 1;
            return (same & need) == need;
        }
#endif
        return static_cast<std::size_t>(end_ - p_) >= n && std::memcmp(p_, q, n) == 0;
    }

    bool value_located(context& cx, boost::json::value& out);
    bool value_object(context& cx, boost::json::object& obj);
    bool value_array(context& cx, boost::json::array& arr);

    boost::json::value_stack& stack()
    {
        if (!stack_)
            stack_.emplace();
        return *stack_;
    }

    // Whether two of the fingerprints from `from` on are equal (a key twice, or by rare chance
    // two keys with one fingerprint: the located reader then tells which).
    bool repeats(std::size_t from)
    {
        std::size_t const n = prints_.size() - from;
        std::uint64_t const* f = prints_.data() + from;
        if (n <= 16) {
            for (std::size_t i = 1; i < n; ++i)
                for (std::size_t j = 0; j < i; ++j)
                    if (f[i] == f[j])
                        return true;
            return false;
        }
        sorted_.assign(f, f + n);
        std::sort(sorted_.begin(), sorted_.end());
        return std::adjacent_find(sorted_.begin(), sorted_.end()) != sorted_.end();
    }

    // Reads the key of an object member and its ':', remembering its fingerprint.
    template<quick_mode Mode>
    bool quick_key()
    {
        quick_ws<Mode>();
        if (p_ == end_ || *p_ != '"')
            return false;
        std::string_view k;
        if (!key(k, scratch_))
            return false;
        quick_ws<Mode>();
        if (p_ == end_ || *p_ != ':')
            return false;
        ++p_;
        prints_.push_back(key_hash(k));
        if constexpr (Mode == quick_mode::keep)
            stack_->push_key(k);
        return true;
    }

    // White space; when checking for canonical text, noting that there was some.
    template<quick_mode Mode>
    SENTRY_API_HOT_INLINE void quick_ws() noexcept
    {
        if (p_ != end_ && static_cast<unsigned char>(*p_) > ' ')
            return;
        char const* const before = p_;
        skip_ws_run();
        if constexpr (Mode == quick_mode::check) {
            // The text since the last white space is canonical as far as white space goes:
            // kept, so that text whose only change is white space needs no second pass.
            if (p_ != before) {
                spaced_.append(copied_, static_cast<std::size_t>(before - copied_));
                copied_ = p_;
            }
        }
    }

    // One pass over the next value, without recursion: `keep` builds it onto the value stack,
    // `check` notes in `changed_` whether it is not canonical. False, with nothing reported,
    // where the located reader must look (see `value`).
    template<quick_mode Mode>
    bool quick(context& cx)
    {
        frames_.clear();
        prints_.clear();
        if (prints_.capacity() == 0) { // room for a usual held value at once, not grown step by step
            prints_.reserve(32);
            frames_.reserve(8);
        }
        unsigned depth = cx.depth;
        unsigned const max_depth = cx.options.max_depth;
        for (;;) {
            quick_ws<Mode>();
            if (p_ == end_)
                return false;
            switch (*p_) {
            case '{':
            case '[': {
                bool const object = *p_ == '{';
                if (++depth > max_depth)
                    return false;
                ++p_;
                quick_ws<Mode>();
                if (p_ != end_ && *p_ == (object ? '}' : ']')) {
                    ++p_;
                    --depth;
                    if constexpr (Mode == quick_mode::keep)
                        object ? stack_->push_object(0) : stack_->push_array(0);
                    break;
                }
                frames_.push_back({0, prints_.size(), object});
                if (object && !quick_key<Mode>())
                    return false;
                continue;
            }
            case '"': {
                ++p_;
                char const* s = p_;
                p_ = skip_plain(p_, end_);
                if (p_ != end_ && *p_ == '"') {
                    if constexpr (Mode == quick_mode::keep)
                        stack_->push_string(std::string_view(s, static_cast<std::size_t>(p_ - s)));
                    ++p_;
                    break;
                }
                scratch_.assign(s, static_cast<std::size_t>(p_ - s));
                if (!string_rest(scratch_))
                    return false;
                if constexpr (Mode == quick_mode::keep)
                    stack_->push_string(scratch_);
                break;
            }
            case 't':
                if (!literal("true", 4))
                    return false;
                if constexpr (Mode == quick_mode::keep)
                    stack_->push_bool(true);
                break;
            case 'f':
                if (!literal("false", 5))
                    return false;
                if constexpr (Mode == quick_mode::keep)
                    stack_->push_bool(false);
                break;
            case 'n':
                if (!literal("null", 4))
                    return false;
                if constexpr (Mode == quick_mode::keep)
                    stack_->push_null();
                break;
            default: {
                number_value n;
                if (!number(n))
                    return false;
                if constexpr (Mode == quick_mode::check) {
                    floats_ += n.type == number_value::float64;
                    changed_ |= !canonical_number(n);
                }
                switch (n.type) {
                case number_value::int64:
                    if constexpr (Mode == quick_mode::keep)
                        stack_->push_int64(n.i);
                    break;
                case number_value::uint64:
                    if constexpr (Mode == quick_mode::keep)
                        stack_->push_uint64(n.u);
                    break;
                case number_value::float64:
                    if constexpr (Mode == quick_mode::keep)
                        stack_->push_double(n.d);
                    break;
                default:
                    // A number no double or 64-bit integer holds: canonical text keeps it as
                    // written, a check takes it unless a DOM is to hold it.
                    if constexpr (Mode == quick_mode::keep)
                        return false;
                    else if constexpr (Mode == quick_mode::skip)
                        if (!any_number_)
                            return false;
                    break;
                }
            }
            }
            // A value is complete: count it, and close what it completes.
            for (;;) {
                if (frames_.empty())
                    return true;
                quick_frame& f = frames_.back();
                ++f.count;
                quick_ws<Mode>();
                if (p_ == end_)
                    return false;
                if (*p_ == ',') {
                    ++p_;
                    if (f.object && !quick_key<Mode>())
                        return false;
                    break;
                }
                if (*p_ != (f.object ? '}' : ']'))
                    return false;
                ++p_;
                if (f.object) {
                    if (repeats(f.prints))
                        return false;
                    prints_.resize(f.prints);
                    if constexpr (Mode == quick_mode::keep)
                        stack_->push_object(f.count);
                } else if constexpr (Mode == quick_mode::keep) {
                    stack_->push_array(f.count);
                }
                frames_.pop_back();
                --depth;
            }
        }
    }

    // Reused by every held value of the document.
    std::optional<boost::json::value_stack> stack_;
    std::string scratch_;
    struct quick_frame {
        std::size_t count;
        std::size_t prints;
        bool object;
    };
    std::vector<quick_frame> frames_;
    std::vector<std::uint64_t> prints_;
    std::vector<std::uint64_t> sorted_;
    // While checking held text: how many floats it has; its text without white space up to
    // `copied_`.
    std::size_t floats_ = 0;
    char const* copied_ = nullptr;
    std::string spaced_;
    std::string canon_;
    // Whether a check takes every number the grammar allows; whether the located reader puts
    // the nearest double in place of a number the DOM cannot hold, and whether it did.
    bool any_number_ = true;
    bool approximate_ = false;
    bool approximated_ = false;
};

inline bool text_source::value_located(context& cx, boost::json::value& out)
{
    switch (peek()) {
    case kind::null: out = nullptr; return null();
    case kind::boolean: {
        bool b;
        if (!boolean(b))
            return false;
        out = b;
        return true;
    }
    case kind::integer:
    case kind::floating: {
        number_value n;
        if (!number(n))
            return false;
        if (BOOST_LIKELY(store_number(n, out)))
            return true;
        if (!approximate_)
            return cx.fail(error_kind::range, out_of_range_message(n)) && (out = nullptr, true);
        out = approximate(n.text);
        approximated_ = true;
        return true;
    }
    case kind::string: return string(out.emplace_string());
    case kind::array: return value_array(cx, out.emplace_array());
    case kind::object: return value_object(cx, out.emplace_object());
    case kind::none: break;
    }
    return false;
}

inline bool text_source::value_object(context& cx, boost::json::object& obj)
{
    return object(cx, [&](std::string_view key) {
        pointer_scope at(cx, key);
        auto r = obj.emplace(key, nullptr);
        if (!r.second)
            return cx.fail(error_kind::duplicate, "duplicate key");
        return value_located(cx, r.first->value());
    });
}

inline bool text_source::value_array(context& cx, boost::json::array& arr)
{
    return array(cx, [&](std::size_t i) {
        pointer_scope at(cx, i);
        return value_located(cx, arr.emplace_back(nullptr));
    });
}

} // namespace sentry_api::codec::detail

#endif
