// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_IMPL_DIFF_IPP
#define SENTRY_API_CODEC_IMPL_DIFF_IPP

// The non-template part of diff: inline in the header-only mode, compiled once by
// <sentry_api/src.hpp> in the separately compiled mode.

#include <sentry_api/codec/diff.hpp>
#include <sentry_api/codec/detail/pointer.hpp>
#include <sentry_api/codec/detail/utf8.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace sentry_api::codec {

namespace detail {

// Walks two compact JSON texts together. Both come from `encode`, so each string and number
// has one spelling, and equal values are equal bytes; the walk only has to find where.
class compact_diff {
public:
    compact_diff(diff_options const& options, std::vector<difference>& out) : options_(options), out_(out) {}

    void compare(std::string_view a, std::string_view b)
    {
        if (a == b)
            return;
        if (!a.empty() && !b.empty() && a[0] == '{' && b[0] == '{')
            compare_objects(a, b);
        else if (!a.empty() && !b.empty() && a[0] == '[' && b[0] == '[')
            compare_arrays(a, b);
        else
            add(difference_kind::changed, a, b);
    }

private:
    struct member {
        std::string_view key; // as written, quotes and escapes included
        std::string_view value;
    };

    // The end of the string whose opening quote is at `i`.
    static std::size_t end_of_string(std::string_view t, std::size_t i) noexcept
    {
        for (++i; i < t.size(); ++i) {
            if (t[i] == '\\')
                ++i;
            else if (t[i] == '"')
                return i + 1;
        }
        return t.size();
    }

    // The end of the value that begins at `i`.
    static std::size_t end_of_value(std::string_view t, std::size_t i) noexcept
    {
        std::size_t depth = 0;
        while (i < t.size()) {
            char const c = t[i];
            if (c == '"') {
                i = end_of_string(t, i);
            } else if (c == '{' || c == '[') {
                ++depth;
                ++i;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return i; // the end of the container around a scalar
                --depth;
                ++i;
            } else if (c == ',' && depth == 0) {
                return i;
            } else {
                ++i;
            }
            if (depth == 0 && (c == '"' || c == '}' || c == ']'))
                return i;
        }
        return i;
    }

    // The items of the array, or the members of the object (`with_keys`), at `t`.
    static std::vector<member> items_of(std::string_view t, bool with_keys)
    {
        std::vector<member> items;
        std::size_t i = 1;
        while (i < t.size() && t[i] != '}' && t[i] != ']') {
            member m;
            if (with_keys) {
                std::size_t const k = end_of_string(t, i);
                m.key = t.substr(i, k - i);
                i = k + 1; // past ':'
            }
            std::size_t const v = end_of_value(t, std::min(i, t.size()));
            m.value = t.substr(std::min(i, t.size()), v - std::min(i, t.size()));
            items.push_back(m);
            i = v;
            if (i < t.size() && t[i] == ',')
                ++i;
            else
                break;
        }
        return items;
    }

    // The key's text, its escapes undone (those `encode` writes: \" \\ \b \f \n \r \t \uXXXX).
    static std::string unescape(std::string_view key)
    {
        std::string s;
        std::size_t const end = key.size() >= 2 ? key.size() - 1 : key.size();
        for (std::size_t i = 1; i < end; ++i) {
            if (key[i] != '\\' || i + 1 >= end) {
                s += key[i];
                continue;
            }
            char const c = key[++i];
            switch (c) {
            case 'b': s += '\b'; break;
            case 'f': s += '\f'; break;
            case 'n': s += '\n'; break;
            case 'r': s += '\r'; break;
            case 't': s += '\t'; break;
            case 'u': {
                std::uint32_t cp = hex4(key, i + 1, end);
                i += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < end && key[i + 1] == '\\' && key[i + 2] == 'u') {
                    std::uint32_t const low = hex4(key, i + 3, end);
                    if (low >= 0xDC00 && low < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                }
                char buf[4];
                s.append(buf, encode_utf8(cp, buf));
                break;
            }
            default: s += c; break; // \" \\ \/
            }
        }
        return s;
    }

    static std::uint32_t hex4(std::string_view t, std::size_t i, std::size_t end) noexcept
    {
        std::uint32_t v = 0;
        for (std::size_t k = i; k < i + 4; ++k) {
            char const c = k < end ? t[k] : '0';
            v = v * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        return v;
    }

    // The object's keys as a JSON array, in their order.
    static std::string keys_of(std::vector<member> const& members)
    {
        std::string s = "[";
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (i != 0)
                s += ',';
            s += members[i].key;
        }
        return s += ']';
    }

    void add(difference_kind kind, std::string_view a, std::string_view b)
    {
        out_.push_back(difference{pointer_, kind, std::string(a), std::string(b)});
    }

    // Calls `f()` with the pointer of the member `key`, or of the item `index`, for the time of the call.
    template<class Token, class F>
    void at(Token const& token, F&& f)
    {
        std::size_t const size = pointer_.size();
        append_pointer_token(pointer_, token);
        f();
        pointer_.resize(size);
    }

    void compare_objects(std::string_view a, std::string_view b)
    {
        std::vector<member> const ma = items_of(a, true);
        std::vector<member> const mb = items_of(b, true);
        std::size_t const none = std::size_t(-1);
        std::unordered_map<std::string_view, std::size_t> index_b;
        index_b.reserve(mb.size());
        for (std::size_t j = 0; j < mb.size(); ++j)
            index_b.emplace(mb[j].key, j);
        std::vector<std::size_t> a_to_b(ma.size(), none);
        std::vector<bool> b_in_a(mb.size(), false);
        for (std::size_t i = 0; i < ma.size(); ++i)
            if (auto it = index_b.find(ma[i].key); it != index_b.end()) {
                a_to_b[i] = it->second;
                b_in_a[it->second] = true;
            }
        if (!options_.ignore_order) {
            // The keys both have come in the same order when their places in B only grow.
            std::size_t last = 0;
            bool first = true;
            for (std::size_t j : a_to_b) {
                if (j == none)
                    continue;
                if (!first && j < last) {
                    add(difference_kind::order, keys_of(ma), keys_of(mb));
                    break;
                }
                last = j;
                first = false;
            }
        }
        // Document order: B's new keys where B has them, among A's keys.
        std::size_t next_b = 0;
        auto added_before = [&](std::size_t end) {
            for (; next_b < end; ++next_b)
                if (!b_in_a[next_b])
                    at(unescape(mb[next_b].key), [&] { add(difference_kind::added, {}, mb[next_b].value); });
        };
        for (std::size_t i = 0; i < ma.size(); ++i) {
            std::string const key = unescape(ma[i].key);
            if (a_to_b[i] == none) {
                at(key, [&] { add(difference_kind::removed, ma[i].value, {}); });
                continue;
            }
            added_before(a_to_b[i]);
            at(key, [&] { compare(ma[i].value, mb[a_to_b[i]].value); });
        }
        added_before(mb.size());
    }

    void compare_arrays(std::string_view a, std::string_view b)
    {
        std::vector<member> const ia = items_of(a, false);
        std::vector<member> const ib = items_of(b, false);
        for (std::size_t i = 0; i < ia.size() || i < ib.size(); ++i)
            at(i, [&] {
                if (i >= ib.size())
                    add(difference_kind::removed, ia[i].value, {});
                else if (i >= ia.size())
                    add(difference_kind::added, {}, ib[i].value);
                else
                    compare(ia[i].value, ib[i].value);
            });
    }

    diff_options const& options_;
    std::vector<difference>& out_;
    std::string pointer_;
};

// At most `max_bytes` of `text`, cut on a UTF-8 boundary and ending in "..." when cut.
inline std::string cut_text(std::string_view text, std::size_t max_bytes)
{
    if (text.size() <= max_bytes)
        return std::string(text);
    std::size_t n = max_bytes >= 3 ? max_bytes - 3 : 0;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80)
        --n;
    return std::string(text.substr(0, n)) + "...";
}

SENTRY_API_DECL differences diff_compact(std::string_view a, std::string_view b, diff_options const& options)
{
    std::vector<difference> out;
    compact_diff(options, out).compare(a, b);
    return differences(std::move(out));
}

} // namespace detail

SENTRY_API_DECL std::string difference::detail(std::size_t max_bytes) const
{
    switch (kind) {
    case difference_kind::added: return codec::detail::cut_text(b, max_bytes);
    case difference_kind::removed: return codec::detail::cut_text(a, max_bytes);
    default: break;
    }
    return codec::detail::cut_text(a, max_bytes) + " -> " + codec::detail::cut_text(b, max_bytes);
}

SENTRY_API_DECL std::string difference::to_string() const
{
    std::string s = pointer.empty() ? std::string("/") : pointer;
    s += '\t';
    s += codec::to_string(kind);
    s += '\t';
    return s += detail();
}

SENTRY_API_DECL std::string differences::to_string() const
{
    if (items_.empty())
        return "no differences";
    std::string s = std::to_string(items_.size()) + (items_.size() == 1 ? " difference:" : " differences:");
    for (auto const& d : items_) {
        s += '\n';
        s += d.to_string();
    }
    return s;
}

SENTRY_API_DECL std::string diff_text_result::error_text() const
{
    if (has_value())
        return {};
    codec::error const& e = error();
    bool const root = e.kind != error_kind::syntax && e.pointer.empty();
    return std::string(1, side_) + ": " + (root ? std::string("/") : e.where()) + ": " + e.message;
}

} // namespace sentry_api::codec

#endif
