// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_DETAIL_SENTRY_SHAPE_HPP
#define SENTRY_API_MODEL_DETAIL_SENTRY_SHAPE_HPP

// The machinery of sentry_api/model/sentry_shape.hpp: the keys Sentry always writes, per model
// type, and a walk over the model's descriptions that reports or fills the missing ones.

#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/codec/detail/pointer.hpp>
#include <sentry_api/codec/key_map.hpp>
#include <sentry_api/model/entry.hpp>
#include <sentry_api/model/event.hpp>
#include <sentry_api/model/group_hash.hpp>
#include <sentry_api/model/frame.hpp>
#include <sentry_api/model/request.hpp>
#include <sentry_api/model/stacktrace.hpp>
#include <sentry_api/model/tag.hpp>
#include <sentry_api/model/user.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/integer_sequence.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace sentry_api {

namespace detail {

// What Sentry writes for a key when it has nothing to say.
enum class sentry_fill : unsigned char {
    none,    // nothing: the program must set it
    null,    // null (a key that cannot be null but holds any JSON, such as `_meta`: the JSON null)
    empty,   // the member's empty value: {}, []
    false_,  // false
    text,    // the string `sentry_key::text`
};

// Eras (sentry_era as bits) and forms of an event (which of Sentry's event serializers).
constexpr unsigned char era_documented = 1, era_current = 2, era_both = 3;
constexpr unsigned char form_error = 1, form_transaction = 2, form_other = 4, form_simple = 8;
constexpr unsigned char form_full = form_error | form_transaction | form_other, form_any = 15;

// One key Sentry always writes in an object: its JSON name, what it writes when empty, in which
// eras and for which forms of the object.
struct sentry_key {
    std::string_view name;
    sentry_fill fill = sentry_fill::null;
    std::string_view text = {};
    unsigned char eras = era_both;
    unsigned char forms = form_any;
};

// The keys Sentry always writes in an object of type T (from Sentry's EventSerializer,
// SimpleEventSerializer and GroupHashSerializer, and the API contexts of its Frame, Http,
// Stacktrace and User interfaces and of tags); none for a type not listed.
template<class T>
struct sentry_keys {
    static constexpr std::array<sentry_key, 0> keys{};
};

constexpr sentry_fill fill_none = sentry_fill::none, fill_null = sentry_fill::null,
                      fill_empty = sentry_fill::empty, fill_false = sentry_fill::false_,
                      fill_text = sentry_fill::text;

template<>
struct sentry_keys<group_hash> {
    static constexpr std::array<sentry_key, 5> keys{{
        {"id", fill_none},
        {"latestEvent", fill_null},
        {"state", fill_text, "unlocked", era_documented},
        {"mergedBySeer", fill_false, {}, era_current},
        {"seerMatchDistance", fill_null, {}, era_current},
    }};
};

template<>
struct sentry_keys<event> {
    static constexpr std::array<sentry_key, 33> keys{{
        // both forms
        {"id", fill_none, {}, era_both, form_any},
        {"eventID", fill_none, {}, era_both, form_any},
        {"groupID", fill_null, {}, era_both, form_any},
        {"projectID", fill_null, {}, era_both, form_any},
        {"message", fill_null, {}, era_both, form_any},
        {"title", fill_null, {}, era_both, form_any},
        {"location", fill_null, {}, era_both, form_any},
        {"user", fill_null, {}, era_both, form_any},
        {"tags", fill_empty, {}, era_both, form_any},
        {"platform", fill_null, {}, era_both, form_any},
        {"metadata", fill_empty, {}, era_both, form_any},
        // full (EventSerializer)
        {"size", fill_null, {}, era_both, form_full},
        {"entries", fill_empty, {}, era_both, form_full},
        {"dist", fill_null, {}, era_both, form_full},
        {"contexts", fill_empty, {}, era_both, form_full},
        {"sdk", fill_null, {}, era_both, form_full},
        {"context", fill_empty, {}, era_both, form_full},
        {"packages", fill_empty, {}, era_both, form_full},
        {"type", fill_text, "default", era_both, form_full},
        {"dateReceived", fill_null, {}, era_both, form_full},
        {"errors", fill_empty, {}, era_both, form_full},
        {"_meta", fill_null, {}, era_both, form_full},
        {"occurrence", fill_null, {}, era_current, form_full},
        // error and default events
        {"crashFile", fill_null, {}, era_both, form_error | form_simple},
        {"culprit", fill_null, {}, era_both, form_error | form_simple},
        {"dateCreated", fill_null, {}, era_both, form_error | form_simple},
        {"fingerprints", fill_empty, {}, era_both, form_error},
        {"groupingConfig", fill_null, {}, era_both, form_error},
        // transactions
        {"startTimestamp", fill_none, {}, era_both, form_transaction},
        {"endTimestamp", fill_none, {}, era_both, form_transaction},
        {"measurements", fill_null, {}, era_both, form_transaction},
        {"breakdowns", fill_null, {}, era_both, form_transaction},
        // simple (SimpleEventSerializer)
        {"event.type", fill_text, "default", era_both, form_simple},
    }};
};

template<>
struct sentry_keys<frame> {
    static constexpr std::array<sentry_key, 19> keys{{
        {"filename", fill_null},       {"absPath", fill_null},  {"module", fill_null},   {"package", fill_null},
        {"platform", fill_null},       {"instructionAddr", fill_null},              {"symbolAddr", fill_null},
        {"function", fill_null},       {"rawFunction", fill_null},                  {"symbol", fill_null},
        {"context", fill_empty},       {"lineNo", fill_null},   {"colNo", fill_null},    {"inApp", fill_null},
        {"trust", fill_null},          {"errors", fill_null},   {"vars", fill_null},
        {"lock", fill_null, {}, era_current},              {"sourceLink", fill_null, {}, era_current},
    }};
};

template<>
struct sentry_keys<stacktrace> {
    static constexpr std::array<sentry_key, 4> keys{{
        {"frames", fill_empty}, {"framesOmitted", fill_null}, {"registers", fill_null}, {"hasSystemFrames", fill_false},
    }};
};

template<>
struct sentry_keys<request_data> {
    static constexpr std::array<sentry_key, 10> keys{{
        {"method", fill_null}, {"url", fill_null}, {"query", fill_empty}, {"fragment", fill_null}, {"data", fill_null},
        {"headers", fill_null}, {"cookies", fill_null}, {"env", fill_null}, {"inferredContentType", fill_null},
        {"apiTarget", fill_null, {}, era_current},
    }};
};

template<>
struct sentry_keys<user> {
    static constexpr std::array<sentry_key, 7> keys{{
        {"id", fill_null}, {"email", fill_null}, {"username", fill_null}, {"ip_address", fill_null}, {"name", fill_null}, {"data", fill_null},
        {"geo", fill_null, {}, era_current},
    }};
};

template<>
struct sentry_keys<tag> {
    static constexpr std::array<sentry_key, 2> keys{{{"key", fill_none}, {"value", fill_none}}};
};

// Which serializer wrote an object: for an event, its form (simple when it has `event.type` and
// no `entries`; else full, by its type); any form for every other object.
template<class T>
unsigned char sentry_form_of(T const&) noexcept
{
    return form_any;
}
inline unsigned char sentry_form_of(event const& ev) noexcept
{
    if (!ev.event_type.is_absent() && ev.entries.is_absent())
        return form_simple;
    if (!ev.type.has_value() || *ev.type == "error" || *ev.type == "default")
        return form_error;
    return *ev.type == "transaction" ? form_transaction : form_other;
}

// The first alternative of the variant V that is a sequence, empty (the first alternative when
// none is).
template<class V>
V empty_sequence_of()
{
    V v;
    bool done = false;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<std::variant_size_v<V>>>([&](auto i) {
        using A = std::variant_alternative_t<decltype(i)::value, V>;
        if constexpr (codec::detail::is_sequence<A>::value && !std::is_same_v<A, std::string>)
            if (!done) {
                v.template emplace<decltype(i)::value>();
                done = true;
            }
    });
    return v;
}

struct sentry_shape_walk {
    unsigned char era;
    std::vector<std::string>* missing; // check: where the missing keys go
    bool fill;
    std::string pointer;

    template<class T>
    static sentry_key const* find(std::string_view name, unsigned char era, unsigned char form) noexcept
    {
        for (auto const& k : sentry_keys<T>::keys)
            if (k.name == name && (k.eras & era) && (k.forms & form))
                return &k;
        return nullptr;
    }

    // Gives an absent member what Sentry writes for it; false when there is nothing to give.
    template<class M>
    static bool fill_member(M& m, sentry_key const& k)
    {
        using V = typename M::value_type;
        switch (k.fill) {
        case sentry_fill::none: return false;
        case sentry_fill::null:
            if constexpr (M::nullable) {
                m.set_null();
                return true;
            } else if constexpr (codec::detail::is_json_text<V>::value) {
                m.emplace(V()); // the JSON null, held as text
                return true;
            }
            return false;
        case sentry_fill::empty:
            if constexpr (codec::detail::is_variant<V>::value) {
                m.emplace(empty_sequence_of<V>()); // a request's `query`: [], not ""
                return true;
            } else if constexpr (std::is_default_constructible_v<V>) {
                m.emplace(V());
                return true;
            }
            return false;
        case sentry_fill::false_:
            if constexpr (std::is_same_v<V, bool>) {
                m.emplace(false);
                return true;
            }
            return false;
        case sentry_fill::text:
            if constexpr (std::is_convertible_v<std::string, V>) { // not an aggregate (C++20 builds those from parentheses)
                m.emplace(std::string(k.text));
                return true;
            }
            return false;
        }
        return false;
    }

    template<class T>
    void walk(T& v)
    {
        using U = std::remove_const_t<T>;
        if constexpr (std::is_same_v<U, unknown_keys> || codec::detail::is_json_text<U>::value ||
                      std::is_arithmetic_v<U> || std::is_same_v<U, std::string>) {
            // nothing Sentry always writes inside
        } else if constexpr (codec::detail::is_presence<U>::value) {
            if (v.has_value())
                walk(*v);
        } else if constexpr (codec::detail::is_variant<U>::value) {
            std::visit([&](auto& alternative) { walk(alternative); }, v);
        } else if constexpr (codec::detail::is_described_struct<U>::value) {
            walk_members(v);
        } else if constexpr (codec::detail::is_sequence<U>::value) {
            std::size_t i = 0;
            for (auto& item : v) {
                std::size_t const size = pointer.size();
                codec::detail::append_pointer_token(pointer, i++);
                walk(item);
                pointer.resize(size);
            }
        }
    }

    // The struct's unknown keys, where lenient decoding keeps a value of the wrong kind for a
    // member it leaves absent; none for a struct that keeps none.
    template<class T>
    static unknown_keys const* unknown_of(T const& v) noexcept
    {
        unknown_keys const* unknown = nullptr;
        boost::mp11::mp_for_each<codec::detail::members_of<T>>([&](auto d) {
            using M = std::remove_cv_t<std::remove_reference_t<decltype(v.*d.pointer)>>;
            if constexpr (std::is_same_v<M, unknown_keys>)
                unknown = &(v.*d.pointer);
        });
        return unknown;
    }

    template<class T>
    void walk_members(T& v)
    {
        using U = std::remove_const_t<T>;
        unsigned char const form = sentry_form_of(v);
        unknown_keys const* const unknown = unknown_of<U>(v);
        boost::mp11::mp_for_each<codec::detail::members_of<U>>([&](auto d) {
            auto& m = v.*d.pointer;
            using M = std::remove_const_t<std::remove_reference_t<decltype(m)>>;
            std::size_t const size = pointer.size();
            if constexpr (codec::detail::is_presence<M>::value) {
                std::string_view const key = codec::key_map<U>::key(d.name);
                // A key lenient decoding kept in the unknown keys is there, though the member is absent.
                if (m.is_absent() && !(unknown && unknown->contains(key)))
                    if (sentry_key const* k = find<U>(key, era, form)) {
                        bool filled = false;
                        if constexpr (!std::is_const_v<T>)
                            filled = fill && fill_member(m, *k);
                        if (!filled && missing) {
                            codec::detail::append_pointer_token(pointer, key);
                            missing->push_back(pointer);
                            pointer.resize(size);
                        }
                    }
                if (!m.has_value())
                    return;
                codec::detail::append_pointer_token(pointer, key);
            } else {
                codec::detail::append_pointer_token(pointer, codec::key_map<U>::key(d.name));
            }
            walk(m);
            pointer.resize(size);
        });
    }
};

} // namespace detail

} // namespace sentry_api

#endif
