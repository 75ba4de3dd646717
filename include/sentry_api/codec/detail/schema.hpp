#ifndef SENTRY_API_CODEC_DETAIL_SCHEMA_HPP
#define SENTRY_API_CODEC_DETAIL_SCHEMA_HPP

// JSON Schema 2020-12 fragments, one function per category; described types go to $defs.

#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/codec/detail/struct_info.hpp>

#include <boost/core/demangle.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/mp11/algorithm.hpp>

#include <limits>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <variant>

namespace sentry_api::codec::detail {

template<class T, class = void>
struct has_union_name : std::false_type {};
template<class T>
struct has_union_name<T, std::void_t<decltype(union_traits<T>::name)>> : std::true_type {};

/// The $defs name of a described struct or tagged union: its unqualified name.
template<class T>
std::string def_name()
{
    if constexpr (has_union_name<T>::value) {
        return std::string(union_traits<T>::name);
    } else {
        std::string full = boost::core::demangle(typeid(T).name());
        std::size_t colon = full.rfind("::");
        std::string name = colon == std::string::npos ? full : full.substr(colon + 2);
        for (char& c : name)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
                c = '_';
        return name;
    }
}

class schema_builder {
public:
    boost::json::object defs;

    template<class T>
    boost::json::object of()
    {
        return of(category_of<T>{}, static_cast<T const*>(nullptr));
    }

private:
    static boost::json::object type(char const* t) { return {{"type", t}}; }

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

    template<class T>
    boost::json::object ref()
    {
        std::string name = def_name<T>();
        if (!defs.contains(name)) {
            defs[name] = boost::json::object(); // claimed first: a type may refer to itself
            defs[name] = define(category_of<T>{}, static_cast<T const*>(nullptr));
        }
        return {{"$ref", "#/$defs/" + name}};
    }

    template<class T> boost::json::object of(cat_json_value, T const*) { return {}; }
    template<class T> boost::json::object of(cat_json_object, T const*) { return type("object"); }
    template<class T> boost::json::object of(cat_json_array, T const*) { return type("array"); }

    template<class T>
    boost::json::object of(cat_presence, T const*)
    {
        auto inner = of<typename T::value_type>();
        return T::nullable ? or_null(std::move(inner)) : inner;
    }

    template<class T>
    boost::json::object of(cat_box, T const*)
    {
        return of<typename T::value_type>();
    }

    template<class T>
    boost::json::object of(cat_optional, T const*)
    {
        return or_null(of<typename T::value_type>());
    }

    template<class T>
    boost::json::object of(cat_constrained, T const*)
    {
        auto s = of<typename T::value_type>();
        T::rule::schema(s);
        return s;
    }

    template<class T> boost::json::object of(cat_bool, T const*) { return type("boolean"); }

    template<class T>
    boost::json::object of(cat_integer, T const*)
    {
        auto s = type("integer");
        if constexpr (sizeof(T) < 8) {
            s["minimum"] = std::int64_t(std::numeric_limits<T>::min());
            s["maximum"] = std::int64_t(std::numeric_limits<T>::max());
        } else if constexpr (std::is_unsigned_v<T>) {
            s["minimum"] = 0;
        }
        return s;
    }

    template<class T> boost::json::object of(cat_float, T const*) { return type("number"); }
    template<class T> boost::json::object of(cat_string, T const*) { return type("string"); }

    template<class T>
    boost::json::object of(cat_enum, T const*)
    {
        boost::json::array names;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto D) { names.emplace_back(D.name); });
        auto s = type("string");
        s["enum"] = std::move(names);
        return s;
    }

    template<class T> boost::json::object of(cat_tagged_union, T const*) { return ref<T>(); }
    template<class T> boost::json::object of(cat_struct, T const*) { return ref<T>(); }

    template<class T>
    boost::json::object of(cat_variant, T const*)
    {
        boost::json::array any;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<std::variant_size_v<T>>>(
            [&](auto I) { any.emplace_back(of<std::variant_alternative_t<I, T>>()); });
        return {{"anyOf", std::move(any)}};
    }

    template<class T>
    boost::json::object of(cat_map, T const*)
    {
        auto s = type("object");
        s["additionalProperties"] = of<typename T::mapped_type>();
        return s;
    }

    template<class T>
    boost::json::object of(cat_tuple, T const*)
    {
        boost::json::array items;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<std::tuple_size_v<T>>>(
            [&](auto I) { items.emplace_back(of<std::tuple_element_t<I, T>>()); });
        auto s = type("array");
        s["prefixItems"] = std::move(items);
        s["minItems"] = std::tuple_size_v<T>;
        s["maxItems"] = std::tuple_size_v<T>;
        return s;
    }

    template<class T>
    boost::json::object of(cat_sequence, T const*)
    {
        auto s = type("array");
        s["items"] = of<typename T::value_type>();
        return s;
    }

    // The object schema of a struct; `tag`, when given, is a known union alternative's tag.
    template<class T>
    boost::json::object define(cat_struct, T const*)
    {
        using info = struct_info<T>;
        boost::json::object properties;
        boost::json::array required;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<info::size>>([&](auto I) {
            using D = boost::mp11::mp_at_c<typename info::fields, I>;
            using M = member_type<D>;
            std::string key(info::keys[I]);
            properties[key] = of<M>();
            if constexpr (is_presence<M>::value) {
                if (M::required)
                    required.emplace_back(key);
            } else if constexpr (!is_optional<M>::value) {
                required.emplace_back(key);
            }
        });
        auto s = type("object");
        s["properties"] = std::move(properties);
        if (!required.empty())
            s["required"] = std::move(required);
        if constexpr (boost::mp11::mp_empty<typename info::captures>::value)
            s["additionalProperties"] = false;
        return s;
    }

    // A tagged union: the tag picks the alternative's schema; other tags go to the fallback.
    template<class V>
    boost::json::object define(cat_tagged_union, V const*)
    {
        using traits = union_traits<V>;
        std::string tag(traits::tag);
        constexpr std::size_t named = traits::names.size();
        boost::json::array all;
        boost::json::array names;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<std::variant_size_v<V>>>([&](auto I) {
            using A = std::variant_alternative_t<I, V>;
            boost::json::object when;
            if constexpr (I < named) {
                names.emplace_back(traits::names[I]);
                when["properties"] = {{tag, {{"const", traits::names[I]}}}};
                when["required"] = {tag};
                all.push_back({{"if", std::move(when)}, {"then", ref<A>()}});
            } else {
                boost::json::object known{{"enum", names}};
                when["properties"] = {{tag, std::move(known)}};
                when["required"] = {tag};
                all.push_back({{"if", std::move(when)}, {"else", ref<A>()}});
            }
        });
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

} // namespace sentry_api::codec::detail

#endif
