// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_JSON_TEXT_HPP
#define SENTRY_API_CODEC_JSON_TEXT_HPP

#include <sentry_api/codec/detail/json_text_fwd.hpp>
#include <sentry_api/config.hpp>

#include <boost/json/array.hpp>
#include <boost/json/conversion.hpp>
#include <boost/json/kind.hpp>
#include <boost/json/object.hpp>
#include <boost/json/storage_ptr.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_ref.hpp>

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace sentry_api::codec {

namespace detail {

struct json_text_access;

// The canonical compact text of a DOM value (see basic_json_text); throws std::invalid_argument
// for a double that is not finite, which JSON cannot hold.
SENTRY_API_DECL std::string canonical_text_of(boost::json::value const& v);

// The DOM of a canonical text, in `sp`.
SENTRY_API_DECL boost::json::value value_of_text(std::string const& text, boost::json::storage_ptr sp);

// The Boost.JSON kind of a canonical text, from its first bytes.
SENTRY_API_DECL boost::json::kind kind_of_text(std::string const& text) noexcept;

} // namespace detail

/// One JSON value held as its canonical compact text: what a program keeps and writes back
/// but rarely reads (a frame's `vars`, an event's `contexts`, ...).
///
/// The text is exactly what Python's `json.dumps(value, separators=(",", ":"), ensure_ascii=False)`
/// writes for the value, its keys in the order they came: no white space, strings with only the
/// escapes Python writes, integers as their digits, of any size (`-0` is `0`), floats as Python's
/// `repr` (`1E5` is `100000.0`) but for a float no double holds (`1E400`, `123.456e-789`), kept
/// as written. Decoding checks it as strictly as any JSON (depth, UTF-8, surrogates, duplicate
/// keys) and canonicalizes it in the same pass, with no DOM built; encoding writes it in any
/// style, byte for byte as `json.dumps` does. `K` says whether the value must be an object or an array (checked by decode, validation
/// and the JSON Schema); use the aliases `json_text`, `json_object_text` and `json_array_text`.
///
/// @code
/// boost::json::object vars = frame.vars->to_value().as_object();   // parsed on demand
/// frame.vars = {{"self", "<Frame>"}, {"n", {1, 2}}};              // built in code
/// auto held = sentry_api::decode<sentry_api::json_text>(R"({"a": 1E5})");  // held->text(): {"a":100000.0}
/// @endcode
template<json_text_kind K>
class basic_json_text {
public:
    static constexpr json_text_kind held_kind = K;

    /// `null`, `{}` or `[]`, as `K` says.
    basic_json_text() : text_(K == json_text_kind::any ? "null" : K == json_text_kind::object ? "{}" : "[]") {}

    /// The canonical text of a value built in code. Throws std::invalid_argument for a double
    /// that is not finite.
    template<json_text_kind L = K, class = std::enable_if_t<L == json_text_kind::any>>
    basic_json_text(boost::json::value const& v) : text_(detail::canonical_text_of(v))
    {
    }
    template<json_text_kind L = K, class = std::enable_if_t<L != json_text_kind::array>>
    basic_json_text(boost::json::object const& o) : text_(detail::canonical_text_of(boost::json::value(o)))
    {
    }
    template<json_text_kind L = K, class = std::enable_if_t<L != json_text_kind::object>>
    basic_json_text(boost::json::array const& a) : text_(detail::canonical_text_of(boost::json::value(a)))
    {
    }
    /// The list a value is written as in code: for `json_text`, any value by Boost.JSON's rules
    /// (`{{"a", 1}, {"b", nullptr}}`, a list of pairs whose first is a string, is an object;
    /// `{1, "x"}` an array); for `json_object_text`, only an object's key-value pairs, as
    /// `boost::json::object` takes them (so `{"a", 1}`, not an object, does not compile); for
    /// `json_array_text`, the array's elements, as `boost::json::array` takes them.
    using list_type =
        std::conditional_t<K == json_text_kind::object,
                           std::initializer_list<std::pair<boost::json::string_view, boost::json::value_ref>>,
                           std::initializer_list<boost::json::value_ref>>;

    /// The value the list spells (see `list_type`): `json_object_text{{"x", 1}}` is `{"x":1}`,
    /// `json_array_text{{"x", 1}}` is `[["x",1]]`. Throws std::invalid_argument for a double
    /// that is not finite.
    basic_json_text(list_type init) : text_(detail::canonical_text_of(make(init))) {}

    /// The canonical compact text.
    std::string const& text() const noexcept { return text_; }

    /// The kind of the value (from its first bytes, or a number's digits: nothing is parsed), as
    /// `to_value()` has it: `double_` for an integer beyond 64 bits.
    boost::json::kind kind() const noexcept { return detail::kind_of_text(text_); }

    /// The value as a DOM in `sp`, parsed on demand (nothing is cached: a const value is safe
    /// to share between threads). A number no DOM holds as written (an integer beyond 64 bits,
    /// a float no double holds) is its nearest double, as `boost::json::parse` gives it:
    /// rounded, or infinity or zero with its sign; the text keeps the number.
    boost::json::value to_value(boost::json::storage_ptr sp = {}) const
    {
        return detail::value_of_text(text_, std::move(sp));
    }

    friend bool operator==(basic_json_text const& a, basic_json_text const& b) noexcept { return a.text_ == b.text_; }
    friend bool operator!=(basic_json_text const& a, basic_json_text const& b) noexcept { return a.text_ != b.text_; }

private:
    friend struct detail::json_text_access;

    static boost::json::value make(list_type init)
    {
        if constexpr (K == json_text_kind::object)
            return boost::json::object(init);
        else if constexpr (K == json_text_kind::array)
            return boost::json::array(init);
        else
            return boost::json::value(init);
    }

    std::string text_;
};

/// Any JSON value, held as canonical text.
using json_text = basic_json_text<json_text_kind::any>;
/// A JSON object, held as canonical text.
using json_object_text = basic_json_text<json_text_kind::object>;
/// A JSON array, held as canonical text.
using json_array_text = basic_json_text<json_text_kind::array>;

namespace detail {

struct json_text_access {
    template<json_text_kind K>
    static std::string& text(basic_json_text<K>& v) noexcept
    {
        return v.text_;
    }
};

} // namespace detail

/// `boost::json::value_from` on a held value: its DOM.
template<json_text_kind K>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, basic_json_text<K> const& v)
{
    jv = v.to_value(jv.storage());
}

/// `boost::json::value_to` of a held value: the canonical text of `jv` (std::invalid_argument
/// when `jv` is not of the kind `K` demands, or holds a double that is not finite).
template<json_text_kind K>
basic_json_text<K> tag_invoke(boost::json::value_to_tag<basic_json_text<K>>, boost::json::value const& jv)
{
    if constexpr (K == json_text_kind::object) {
        if (!jv.is_object())
            throw std::invalid_argument("json_object_text: expected object");
        return basic_json_text<K>(jv.get_object());
    } else if constexpr (K == json_text_kind::array) {
        if (!jv.is_array())
            throw std::invalid_argument("json_array_text: expected array");
        return basic_json_text<K>(jv.get_array());
    } else {
        return basic_json_text<K>(jv);
    }
}

} // namespace sentry_api::codec

#ifndef SENTRY_API_SEPARATE_COMPILATION
#include <sentry_api/codec/impl/json_text.ipp>
#endif

#endif
