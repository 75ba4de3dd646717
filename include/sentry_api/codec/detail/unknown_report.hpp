// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_UNKNOWN_REPORT_HPP
#define SENTRY_API_CODEC_DETAIL_UNKNOWN_REPORT_HPP

// detail: what a decoded value kept without knowing it (the keys in a struct's unknown_keys, the
// tag of a union's fallback alternative), as `unknown` violations in document order
// (`decode_options::report_unknown`).

#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/codec/detail/pointer.hpp>
#include <sentry_api/codec/key_map.hpp>
#include <sentry_api/codec/style.hpp>
#include <sentry_api/codec/violation.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace sentry_api::codec::detail {

template<class T>
void find_unknown(T const& v, std::string& pointer, std::vector<violation>& out);

// Whether `key` is the key of one of `T`'s members (its unknown_keys member aside).
template<class T>
bool is_member_key(std::string_view key) noexcept
{
    bool found = false;
    boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
        using D = decltype(d);
        if constexpr (!is_capture_member<D>::value)
            found = found || key_map<T>::key(D::name) == key;
    });
    return found;
}

// The text of a fallback alternative's tag member, when it holds one.
template<class M>
std::optional<std::string_view> tag_text(M const& m)
{
    if constexpr (is_presence<M>::value) {
        if (m.has_value())
            return tag_text(*m);
        return std::nullopt;
    } else if constexpr (std::is_convertible_v<M const&, std::string_view>) {
        return std::string_view(m);
    } else {
        return std::nullopt;
    }
}

// A union's fallback alternative holds a tag that none of its names is: reported at the tag.
template<class T, class A>
void find_unknown_tag(A const& alternative, std::string& pointer, std::vector<violation>& out)
{
    using traits = union_traits<T>;
    boost::mp11::mp_for_each<members_of<A>>([&](auto d) {
        using D = decltype(d);
        if constexpr (!is_capture_member<D>::value) {
            if (key_map<A>::key(D::name) != traits::tag)
                return;
            auto const tag = tag_text(alternative.*D::pointer);
            if (!tag)
                return; // absent or null: the contract's own violation
            std::string message = "\"" + std::string(*tag) + "\" is none of";
            for (std::size_t i = 0; i < traits::names.size(); ++i)
                message += (i == 0 ? " " : ", ") + std::string(traits::names[i]);
            auto const size = pointer.size();
            append_pointer_token(pointer, traits::tag);
            out.push_back(violation{pointer, rule_kind::unknown, std::move(message)});
            pointer.resize(size);
        }
    });
}

template<class T>
void find_unknown_in_struct(T const& v, std::string& pointer, std::vector<violation>& out)
{
    boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
        using D = decltype(d);
        auto const size = pointer.size();
        if constexpr (is_capture_member<D>::value) {
            for (auto const& kv : v.*D::pointer) {
                // A member's value of the wrong kind, kept (lenient reading): not unknown.
                if (is_member_key<T>(kv.key()))
                    continue;
                append_pointer_token(pointer, kv.key());
                out.push_back(violation{pointer, rule_kind::unknown, "a key the type does not describe"});
                pointer.resize(size);
            }
        } else {
            append_pointer_token(pointer, key_map<T>::key(D::name));
            find_unknown(v.*D::pointer, pointer, out);
            pointer.resize(size);
        }
    });
}

template<class T, std::size_t... I>
void find_unknown_in_tuple(T const& v, std::string& pointer, std::vector<violation>& out, std::index_sequence<I...>)
{
    auto const size = pointer.size();
    ((append_pointer_token(pointer, I), find_unknown(std::get<I>(v), pointer, out), pointer.resize(size)), ...);
}

// Appends to `out`, in the order of `T`'s members, what `v` kept without knowing it. Held JSON
// (any JSON by contract) is not looked into.
template<class T>
void find_unknown(T const& v, std::string& pointer, std::vector<violation>& out)
{
    using C = category_of<T>;
    if constexpr (std::is_same_v<C, cat_presence> || std::is_same_v<C, cat_optional>) {
        if (v.has_value())
            find_unknown(*v, pointer, out);
    } else if constexpr (std::is_same_v<C, cat_box>) {
        if (!v.valueless_after_move())
            find_unknown(*v, pointer, out);
    } else if constexpr (std::is_same_v<C, cat_tagged_union>) {
        constexpr std::size_t named = union_traits<T>::names.size();
        if constexpr (named + 1 == std::variant_size_v<T>) {
            if (v.index() == named)
                find_unknown_tag<T>(std::get<named>(v), pointer, out);
        }
        std::visit([&](auto const& a) { find_unknown(a, pointer, out); }, v);
    } else if constexpr (std::is_same_v<C, cat_variant>) {
        std::visit([&](auto const& a) { find_unknown(a, pointer, out); }, v);
    } else if constexpr (std::is_same_v<C, cat_map>) {
        auto const size = pointer.size();
        for (auto const& [key, value] : v) {
            append_pointer_token(pointer, std::string_view(key));
            find_unknown(value, pointer, out);
            pointer.resize(size);
        }
    } else if constexpr (std::is_same_v<C, cat_tuple>) {
        find_unknown_in_tuple(v, pointer, out, std::make_index_sequence<std::tuple_size_v<T>>{});
    } else if constexpr (std::is_same_v<C, cat_sequence>) {
        auto const size = pointer.size();
        std::size_t i = 0;
        for (auto const& item : v) {
            append_pointer_token(pointer, i++);
            find_unknown(item, pointer, out);
            pointer.resize(size);
        }
    } else if constexpr (std::is_same_v<C, cat_struct>) {
        find_unknown_in_struct(v, pointer, out);
    }
    // Scalars, strings, enums, constrained values and held JSON keep nothing unknown.
}

// Where the value at `pointer` is in `root`: the index of each key (in the object's order) and
// item on the way down; a key or item the document lacks is placed after its object's or
// array's last.
inline std::vector<std::size_t> document_position(boost::json::value const& root, std::string_view pointer)
{
    std::vector<std::size_t> at;
    boost::json::value const* v = &root;
    std::size_t i = 0;
    while (i < pointer.size()) {
        std::size_t next = pointer.find('/', i + 1);
        if (next == std::string_view::npos)
            next = pointer.size();
        std::string token;
        for (std::size_t j = i + 1; j < next; ++j) {
            if (pointer[j] == '~' && j + 1 < next) {
                token += pointer[j + 1] == '1' ? '/' : '~';
                ++j;
            } else {
                token += pointer[j];
            }
        }
        if (auto const* o = v->if_object()) {
            auto it = o->find(token);
            at.push_back(it == o->end() ? o->size() : static_cast<std::size_t>(it - o->begin()));
            if (it == o->end())
                break;
            v = &it->value();
        } else if (auto const* a = v->if_array()) {
            std::size_t index = 0;
            bool digits = !token.empty();
            for (char c : token) {
                digits = digits && c >= '0' && c <= '9' && index < a->size();
                index = digits ? index * 10 + static_cast<std::size_t>(c - '0') : index;
            }
            if (!digits || index >= a->size()) {
                at.push_back(a->size());
                break;
            }
            at.push_back(index);
            v = &(*a)[index];
        } else {
            break;
        }
        i = next;
    }
    return at;
}

// Adds what `value` (decoded from `text`) kept without knowing it to `report`, each where it is
// in the document: before the first of the report's violations that comes after it. At
// `max_violations` the report stops, as validation does.
template<class T>
void add_unknown(validation_report& report, T const& value, std::string_view text, decode_options const& options)
{
    std::vector<violation> found;
    std::string pointer;
    find_unknown(value, pointer, found);
    if (found.empty())
        return;
    boost::json::parse_options po;
    po.max_depth = options.max_depth;
    boost::system::error_code ec;
    boost::json::value const root = boost::json::parse(text, ec, {}, po);
    std::vector<violation> merged;
    merged.reserve(report.violations.size() + found.size());
    if (ec) { // (decoded already, so it is JSON; only a limit could refuse it)
        merged = std::move(report.violations);
        merged.insert(merged.end(), found.begin(), found.end());
    } else {
        std::vector<std::pair<std::vector<std::size_t>, std::size_t>> order;
        for (std::size_t i = 0; i < found.size(); ++i)
            order.emplace_back(document_position(root, found[i].pointer), i);
        std::stable_sort(order.begin(), order.end(),
                         [](auto const& a, auto const& b) { return a.first < b.first; });
        std::size_t next = 0;
        for (auto& v : report.violations) {
            auto const here = document_position(root, v.pointer);
            for (; next < order.size() && order[next].first < here; ++next)
                merged.push_back(std::move(found[order[next].second]));
            merged.push_back(std::move(v));
        }
        for (; next < order.size(); ++next)
            merged.push_back(std::move(found[order[next].second]));
    }
    report.violations = std::move(merged);
    if (options.max_violations != 0 && report.violations.size() > options.max_violations) {
        report.violations.resize(options.max_violations);
        report.stopped = true;
    }
}

} // namespace sentry_api::codec::detail

#endif
