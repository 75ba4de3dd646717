// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_DETAIL_SCHEMA_HPP
#define SENTRY_API_CODEC_DETAIL_SCHEMA_HPP

// JSON Schema 2020-12 fragments, one function per type; described types go to $defs.

#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/codec/detail/struct_info.hpp>

#include <boost/core/demangle.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>

namespace sentry_api::codec::detail {

template<class T, class = void>
struct has_union_name : std::false_type {};
template<class T>
struct has_union_name<T, std::void_t<decltype(union_traits<T>::name)>> : std::true_type {};

/// The $defs name of a type without a name of its own: its unqualified name.
inline std::string def_name(std::type_info const& type)
{
    std::string full = boost::core::demangle(type.name());
    std::size_t colon = full.rfind("::");
    std::string name = colon == std::string::npos ? full : full.substr(colon + 2);
    for (char& c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            c = '_';
    return name;
}

/// The $defs name of a described struct or tagged union: its unqualified name.
template<class T>
std::string def_name()
{
    if constexpr (has_union_name<T>::value)
        return std::string(union_traits<T>::name);
    else
        return def_name(typeid(T));
}

class schema_builder;

using schema_maker = boost::json::object (*)(schema_builder&);

// The schema of a value of type `M`: the one function a type needs to be a member.
template<class M>
boost::json::object schema_of(schema_builder& b);

template<class T, template<class...> class L, class... D>
constexpr std::array<schema_maker, sizeof...(D)> schema_makers_of(L<D...>) noexcept
{
    return {{&schema_of<member_type<D>>...}};
}

// The schema makers of the members of `T`, in the order of `struct_info<T>::layout.members`.
template<class T>
inline constexpr auto member_schemas = schema_makers_of<T>(typename struct_info<T>::fields{});

class schema_builder {
public:
    boost::json::object defs;

    template<class T>
    boost::json::object of()
    {
        using C = category_of<T>;
        if constexpr (std::is_same_v<C, cat_json_value>) {
            return {};
        } else if constexpr (std::is_same_v<C, cat_json_object>) {
            return type("object");
        } else if constexpr (std::is_same_v<C, cat_json_array>) {
            return type("array");
        } else if constexpr (std::is_same_v<C, cat_json_text>) {
            if constexpr (T::held_kind == json_text_kind::any)
                return {};
            else
                return type(T::held_kind == json_text_kind::object ? "object" : "array");
        } else if constexpr (std::is_same_v<C, cat_presence>) {
            auto inner = of<typename T::value_type>();
            return T::nullable ? or_null(std::move(inner)) : inner;
        } else if constexpr (std::is_same_v<C, cat_box>) {
            return of<typename T::value_type>();
        } else if constexpr (std::is_same_v<C, cat_optional>) {
            return or_null(of<typename T::value_type>());
        } else if constexpr (std::is_same_v<C, cat_constrained>) {
            auto s = of<typename T::value_type>();
            T::rule::schema(s);
            return s;
        } else if constexpr (std::is_same_v<C, cat_bool>) {
            return type("boolean");
        } else if constexpr (std::is_same_v<C, cat_integer>) {
            if constexpr (sizeof(T) < 8)
                return integer(std::int64_t(std::numeric_limits<T>::min()), std::int64_t(std::numeric_limits<T>::max()));
            else if constexpr (std::is_unsigned_v<T>)
                return integer(0, {});
            else
                return integer({}, {});
        } else if constexpr (std::is_same_v<C, cat_float>) {
            return type("number");
        } else if constexpr (std::is_same_v<C, cat_string>) {
            return type("string");
        } else if constexpr (std::is_same_v<C, cat_enum>) {
            boost::json::array names;
            boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>(
                [&](auto D) { names.emplace_back(D.name); });
            auto s = type("string");
            s["enum"] = std::move(names);
            return s;
        } else if constexpr (std::is_same_v<C, cat_tagged_union>) {
            return ref(def_name<T>(), &make_union<T>);
        } else if constexpr (std::is_same_v<C, cat_struct>) {
            return ref_struct<T>();
        } else if constexpr (std::is_same_v<C, cat_variant>) {
            return {{"anyOf", schemas_of<T>(std::make_index_sequence<std::variant_size_v<T>>{})}};
        } else if constexpr (std::is_same_v<C, cat_map>) {
            auto s = type("object");
            s["additionalProperties"] = of<typename T::mapped_type>();
            return s;
        } else if constexpr (std::is_same_v<C, cat_tuple>) {
            auto s = type("array");
            s["prefixItems"] = schemas_of<T>(std::make_index_sequence<std::tuple_size_v<T>>{});
            s["minItems"] = std::tuple_size_v<T>;
            s["maxItems"] = std::tuple_size_v<T>;
            return s;
        } else if constexpr (std::is_same_v<C, cat_sequence>) {
            auto s = type("array");
            s["items"] = of<typename T::value_type>();
            return s;
        } else {
            static_assert(sizeof(T) == 0,
                          "The type has no JSON Schema: describe it with BOOST_DESCRIBE_STRUCT or "
                          "BOOST_DESCRIBE_ENUM, or use a supported standard type.");
            return {};
        }
    }

private:
    static boost::json::object type(char const* t) { return {{"type", t}}; }

    // The schemas of a variant's alternatives or a tuple's elements, in order.
    template<class T, std::size_t... I>
    boost::json::array schemas_of(std::index_sequence<I...>)
    {
        boost::json::array all;
        if constexpr (is_variant<T>::value)
            (all.emplace_back(of<std::variant_alternative_t<I, T>>()), ...);
        else
            (all.emplace_back(of<std::tuple_element_t<I, T>>()), ...);
        return all;
    }

    static boost::json::object integer(std::optional<std::int64_t> min, std::optional<std::int64_t> max)
    {
        auto s = type("integer");
        if (min)
            s["minimum"] = *min;
        if (max)
            s["maximum"] = *max;
        return s;
    }

    static boost::json::object or_null(boost::json::object s)
    {
        if (s.empty())
            return s;
        if (s.size() == 1 && s.contains("anyOf")) {
            s["anyOf"].get_array().push_back(type("null"));
            return s;
        }
        boost::json::array any{s, type("null")};
        return {{"anyOf", std::move(any)}};
    }

    // A reference to the definition named `name` in $defs, made by `define` the first time.
    boost::json::object ref(std::string const& name, schema_maker define)
    {
        if (!defs.contains(name)) {
            defs[name] = boost::json::object(); // claimed first: a type may refer to itself
            defs[name] = define(*this);
        }
        return {{"$ref", "#/$defs/" + name}};
    }

    template<class T>
    boost::json::object ref_struct()
    {
        return ref_struct(def_name(typeid(T)), struct_info<T>::layout, member_schemas<T>.data());
    }

    // The same for a described struct, laid out as `t`, its members' schemas made by `members`.
    boost::json::object ref_struct(std::string const& name, struct_layout const& t, schema_maker const* members)
    {
        if (!defs.contains(name)) {
            defs[name] = boost::json::object();
            defs[name] = define_struct(t, members);
        }
        return {{"$ref", "#/$defs/" + name}};
    }

    // The object schema of a struct. The same code for every struct type.
    boost::json::object define_struct(struct_layout const& t, schema_maker const* members)
    {
        boost::json::object properties;
        boost::json::array required;
        for (std::size_t i = 0; i < t.size; ++i) {
            std::string key(t.keys[i]);
            properties[key] = members[i](*this);
            if (t.absent[i] != absent_rule::reset)
                required.emplace_back(key);
        }
        auto s = type("object");
        s["properties"] = std::move(properties);
        if (!required.empty())
            s["required"] = std::move(required);
        if (!t.capture)
            s["additionalProperties"] = false;
        return s;
    }

    template<class V>
    static boost::json::object make_union(schema_builder& b)
    {
        return b.define_union<V>(std::make_index_sequence<std::variant_size_v<V>>{});
    }

    // A tagged union: the tag picks the alternative's schema; other tags go to the fallback.
    // One alternative of a tagged union: `named` with its tag's value `name`, else the fallback.
    static void add_union_case(boost::json::array& all, boost::json::array& names, std::string const& tag,
                               bool named, std::string_view name, boost::json::object ref)
    {
        boost::json::object when;
        if (named) {
            names.emplace_back(name);
            when["properties"] = {{tag, {{"const", name}}}};
            when["required"] = {tag};
            all.push_back({{"if", std::move(when)}, {"then", std::move(ref)}});
        } else {
            boost::json::object known{{"enum", names}};
            when["properties"] = {{tag, std::move(known)}};
            when["required"] = {tag};
            all.push_back({{"if", std::move(when)}, {"else", std::move(ref)}});
        }
    }

    template<class V, std::size_t... I>
    boost::json::object define_union(std::index_sequence<I...>)
    {
        using traits = union_traits<V>;
        std::string tag(traits::tag);
        constexpr std::size_t named = traits::names.size();
        boost::json::array all;
        boost::json::array names;
        (add_union_case(all, names, tag, I < named, I < named ? traits::names[I < named ? I : 0] : std::string_view(),
                        ref_struct<std::variant_alternative_t<I, V>>()),
         ...);
        auto s = type("object");
        s["properties"] = {{tag, type("string")}};
        s["required"] = {tag};
        if constexpr (named == std::variant_size_v<V>) {
            boost::json::object closed = type("string");
            closed["enum"] = names;
            s["properties"] = {{tag, std::move(closed)}};
        }
        s["allOf"] = std::move(all);
        return s;
    }
};

template<class M>
boost::json::object schema_of(schema_builder& b)
{
    return b.of<M>();
}

} // namespace sentry_api::codec::detail

#endif
