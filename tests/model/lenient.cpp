// SPDX-License-Identifier: BSL-1.0
#include <sentry_api.hpp>
#include <sentry_api/codec.hpp> // the definitions, for types that are not the model's (separately compiled mode)

#define BOOST_TEST_MODULE model_lenient
#include <boost/test/unit_test.hpp>

#include "../support/corpus.hpp"

#include <boost/core/demangle.hpp>
#include <boost/describe.hpp>
#include <boost/json/parse.hpp>
#include <boost/mp11/algorithm.hpp>

#include <set>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// Lenient decoding (decode_options::lenient): a value of the wrong kind is kept, as it came,
// in the nearest struct's unknown keys; the rest of the document decodes, encoding gives the
// same bytes back, and decode_and_validate reports the one value as one violation at its
// pointer. Checked on mutants generated from the documented body and the fidelity files: for
// every member of every struct the file holds, each value of another kind, in place of the
// member's value or added when the member is absent.

namespace {

std::string data(std::string const& name)
{
    std::string text = test_support::read_file(std::string(SENTRY_API_TEST_DATA) + "/" + name);
    BOOST_TEST_REQUIRE(!text.empty(), "cannot read " << name);
    return text;
}

sentry_api::decode_options lenient_options()
{
    sentry_api::decode_options o;
    o.lenient = true;
    return o;
}

std::string escape_token(std::string_view key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// ---- A walk over a decoded value's types: every described struct, with its pointer and members.

struct member_site {
    std::string type;    // the struct's C++ type
    std::string pointer; // the struct's JSON Pointer
    std::string name;    // the member's key
    bool list = false;   // whether the member is a sentry_api::list, which keeps bad items one by one
};

// An item of a sentry_api::list.
struct item_site {
    std::string type;    // the list's C++ type
    std::string pointer; // the item's JSON Pointer
};

struct sites {
    std::vector<member_site> members;
    std::vector<item_site> items;
};

template<class T>
struct is_presence : std::false_type {};
template<class T, bool R, bool N>
struct is_presence<sentry_api::codec::basic_presence<T, R, N>> : std::true_type {};
template<class T>
struct is_box : std::false_type {};
template<class T>
struct is_box<sentry_api::codec::box<T>> : std::true_type {};
template<class T>
struct is_vector : std::false_type {};
template<class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};
template<class T>
struct is_list : std::false_type {};
template<class T, class A>
struct is_list<sentry_api::list<T, A>> : std::true_type {};
template<class T>
struct is_variant : std::false_type {};
template<class... T>
struct is_variant<std::variant<T...>> : std::true_type {};
template<class T>
struct is_ordered_map : std::false_type {};
template<class T>
struct is_ordered_map<sentry_api::codec::ordered_map<T>> : std::true_type {};

template<class T>
struct unwrapped {
    using type = T;
};
template<class T, bool R, bool N>
struct unwrapped<sentry_api::codec::basic_presence<T, R, N>> : unwrapped<T> {};
template<class T>
struct unwrapped<sentry_api::codec::box<T>> : unwrapped<T> {};

// Whether a value of type T may be a list (a variant's alternative included).
template<class T>
constexpr bool holds_list();
template<class V, std::size_t... I>
constexpr bool an_alternative_holds_list(std::index_sequence<I...>)
{
    return (holds_list<std::variant_alternative_t<I, V>>() || ...);
}
template<class T>
constexpr bool holds_list()
{
    using U = typename unwrapped<T>::type;
    if constexpr (is_list<U>::value)
        return true;
    else if constexpr (is_variant<U>::value)
        return an_alternative_holds_list<U>(std::make_index_sequence<std::variant_size_v<U>>{});
    else
        return false;
}

template<class T>
void walk(T const& v, std::string const& pointer, sites& out)
{
    if constexpr (is_presence<T>::value) {
        if (v.has_value())
            walk(*v, pointer, out);
    } else if constexpr (is_box<T>::value) {
        walk(*v, pointer, out);
    } else if constexpr (is_list<T>::value) {
        for (std::size_t i = 0; i < v.size(); ++i) {
            out.items.push_back({boost::core::demangle(typeid(T).name()), pointer + "/" + std::to_string(i)});
            walk(v[i], pointer + "/" + std::to_string(i), out);
        }
    } else if constexpr (is_vector<T>::value) {
        for (std::size_t i = 0; i < v.size(); ++i)
            walk(v[i], pointer + "/" + std::to_string(i), out);
    } else if constexpr (is_variant<T>::value) {
        std::visit([&](auto const& alt) { walk(alt, pointer, out); }, v);
    } else if constexpr (is_ordered_map<T>::value) {
        for (auto const& kv : v)
            walk(kv.second, pointer + "/" + escape_token(kv.first), out);
    } else if constexpr (boost::describe::has_describe_members<T>::value) {
        using members = boost::describe::describe_members<T, boost::describe::mod_public>;
        boost::mp11::mp_for_each<members>([&](auto d) {
            using M = std::remove_cv_t<std::remove_reference_t<decltype(v.*d.pointer)>>;
            if constexpr (!std::is_same_v<M, sentry_api::unknown_keys>) {
                std::string key(sentry_api::codec::key_map<T>::key(d.name));
                out.members.push_back({boost::core::demangle(typeid(T).name()), pointer, key, holds_list<M>()});
                walk(v.*d.pointer, pointer + "/" + escape_token(key), out);
            }
        });
    }
}

// ---- Mutants.

sentry_api::codec::rule_kind rule_of(sentry_api::codec::error_kind k)
{
    switch (k) {
    case sentry_api::codec::error_kind::range: return sentry_api::codec::rule_kind::range;
    case sentry_api::codec::error_kind::unknown_value: return sentry_api::codec::rule_kind::enum_;
    case sentry_api::codec::error_kind::missing: return sentry_api::codec::rule_kind::required;
    default: return sentry_api::codec::rule_kind::type;
    }
}

boost::json::value& at_pointer(boost::json::value& doc, std::string const& pointer)
{
    return pointer.empty() ? doc : doc.at_pointer(pointer);
}

// Values of every JSON kind: whichever the member does not take makes a mutant. Numbers no
// double or 64-bit integer holds, which a DOM cannot hold either, are put in the text in place
// of a marker string (see `mutant_text`).
std::vector<boost::json::value> other_kinds()
{
    return {boost::json::value(5),          boost::json::value(-1.5), boost::json::value("x"),
            boost::json::value(true),       boost::json::value(nullptr), boost::json::array{1, "a"},
            boost::json::object{{"k", 1}},  boost::json::value(18446744073709551615ull),
            boost::json::value("@raw:1267650600228229401496703205376@"), boost::json::value("@raw:1E400@"),
            boost::json::value("@raw:-1e+9999@"), boost::json::value("@raw:123.456e-789@"),
            boost::json::array{boost::json::value("@raw:-98765432109876543210@"), 2}};
}

// The text of a mutant in the document's style, each marker string replaced by its number.
std::string mutant_text(boost::json::value const& mutant, sentry_api::codec::text_style const& style)
{
    std::string text = sentry_api::encode(mutant, style.options) + (style.final_newline ? "\n" : "");
    for (std::size_t at; (at = text.find("\"@raw:")) != std::string::npos;) {
        std::size_t const end = text.find("@\"", at);
        text.replace(at, end + 2 - at, text.substr(at + 6, end - at - 6));
    }
    return text;
}

// How many strays the lists inside `v` keep.
template<class T>
std::size_t strays_in(T const& v)
{
    std::size_t n = 0;
    if constexpr (is_presence<T>::value) {
        if (v.has_value())
            n = strays_in(*v);
    } else if constexpr (is_box<T>::value) {
        n = strays_in(*v);
    } else if constexpr (is_list<T>::value || is_vector<T>::value) {
        if constexpr (is_list<T>::value)
            n = v.strays().size();
        for (auto const& e : v)
            n += strays_in(e);
    } else if constexpr (is_variant<T>::value) {
        n = std::visit([](auto const& alt) { return strays_in(alt); }, v);
    } else if constexpr (is_ordered_map<T>::value) {
        for (auto const& kv : v)
            n += strays_in(kv.second);
    } else if constexpr (boost::describe::has_describe_members<T>::value) {
        using members = boost::describe::describe_members<T, boost::describe::mod_public>;
        boost::mp11::mp_for_each<members>([&](auto d) { n += strays_in(v.*d.pointer); });
    }
    return n;
}

struct tally {
    std::size_t mutants = 0;            // texts made
    std::size_t wrong_kind = 0;         // mutants the strict read refuses at the member
    std::size_t strays = 0;             // mutants whose bad item a list kept as a stray
    std::set<std::string> members;      // "type::member" seen
    std::set<std::string> mistyped;     // "type::member" with at least one wrong-kind mutant
    std::set<std::string> lists;        // list types whose items were made bad
};

struct mutant_check {
    std::string file;
    sentry_api::codec::text_style const& style;
    boost::json::value const& doc;
    std::size_t good_violations;
};

template<class T>
struct lenient_outcome {
    T value{};
    sentry_api::validation_report report;
    sentry_api::result<T> strict = sentry_api::result<T>(sentry_api::codec::error{});
};

// Reads a mutant strictly and leniently: no lenient read fails on JSON that only holds a wrong
// kind, and whatever came, the bytes come back.
template<class T>
lenient_outcome<T> read_mutant(mutant_check const& c, boost::json::value const& mutant, std::string const& what)
{
    std::string const mtext = mutant_text(mutant, c.style);
    lenient_outcome<T> out;
    out.strict = sentry_api::decode<T>(mtext);
    out.report = sentry_api::decode_and_validate(out.value, mtext, lenient_options());
    BOOST_TEST_REQUIRE(!out.report.error,
                       c.file << " " << what << ": " << (out.report.error ? out.report.error->to_string() : ""));
    BOOST_TEST_REQUIRE(sentry_api::encode(out.value, c.style.options) + (c.style.final_newline ? "\n" : "") == mtext,
                       c.file << " " << what);
    // decode alone, lenient: the same value.
    auto const again = sentry_api::decode<T>(mtext, lenient_options());
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST(sentry_api::encode(*again) == sentry_api::encode(out.value));
    return out;
}

// Exactly one violation where the strict read stopped, of the rule its error names; the others
// are the document's own (the same with a valid value there).
template<class T>
void one_violation_there(mutant_check const& c, lenient_outcome<T> const& o)
{
    std::string const& where = o.strict.error().pointer;
    std::size_t there = 0;
    for (auto const& v : o.report.violations)
        if (v.pointer == where) {
            ++there;
            BOOST_TEST(v.rule == rule_of(o.strict.error().kind));
            BOOST_TEST(v.message == o.strict.error().message);
        }
    BOOST_TEST(there == 1u);
    BOOST_TEST(o.report.violations.size() == c.good_violations + 1);
}

template<class T>
void check_mutants(std::string const& file, tally& t)
{
    std::string const text = data(file);
    auto strict_value = sentry_api::decode<T>(text);
    BOOST_TEST_REQUIRE(strict_value.has_value(), file);
    sites found;
    walk(*strict_value, "", found);
    BOOST_TEST_REQUIRE(!found.members.empty());
    BOOST_TEST_REQUIRE(strays_in(*strict_value) == 0u);

    auto const style = sentry_api::codec::detect_style(text);
    boost::json::value const doc = boost::json::parse(text);
    mutant_check const c{file, style, doc, sentry_api::validate<T>(text).violations.size()};

    for (auto const& site : found.members) {
        std::string const member = site.type + "::" + site.name;
        t.members.insert(member);
        std::string const pointer = site.pointer + "/" + escape_token(site.name);
        for (auto const& bad : other_kinds()) {
            boost::json::value mutant = doc;
            at_pointer(mutant, site.pointer).as_object()[site.name] = bad;
            ++t.mutants;
            std::ostringstream what;
            what << pointer << " = " << bad;
            auto const o = read_mutant<T>(c, mutant, what.str());
            if (o.strict)
                continue; // the member takes this kind: strict and lenient hold the same
            BOOST_TEST_INFO(file << " " << what.str() << " (strict: " << o.strict.error().to_string() << ")");
            // The strict read stops at the value or inside it (an item of a list, say).
            std::string const& where = o.strict.error().pointer;
            BOOST_TEST_REQUIRE((where == pointer || where.compare(0, pointer.size() + 1, pointer + "/") == 0));
            ++t.wrong_kind;
            t.mistyped.insert(member);
            if (site.list && bad.is_array()) {
                // A list given items it cannot take: each kept as a stray, each reported once at
                // its own pointer; the list stays.
                std::size_t const strays = strays_in(o.value);
                BOOST_TEST(strays >= 1u);
                BOOST_TEST(o.report.violations.size() == c.good_violations + strays);
                std::size_t at_items = 0;
                for (auto const& v : o.report.violations)
                    at_items += v.pointer == pointer + "/0" || v.pointer == pointer + "/1";
                BOOST_TEST(at_items == strays);
                continue;
            }
            // The member is absent; the value is among the struct's unknown keys.
            one_violation_there(c, o);
            BOOST_TEST(strays_in(o.value) == 0u);
        }
    }

    // Every item of every list, given each other kind: a list keeps an item it cannot take as
    // a stray, the others typed, and reports it once at its pointer.
    for (auto const& site : found.items) {
        for (auto const& bad : other_kinds()) {
            boost::json::value mutant = doc;
            at_pointer(mutant, site.pointer) = bad;
            ++t.mutants;
            std::ostringstream what;
            what << site.pointer << " = " << bad;
            auto const o = read_mutant<T>(c, mutant, what.str());
            if (o.strict)
                continue; // the item takes this kind
            BOOST_TEST_INFO(file << " " << what.str() << " (strict: " << o.strict.error().to_string() << ")");
            std::string const& where = o.strict.error().pointer;
            BOOST_TEST_REQUIRE(
                (where == site.pointer || where.compare(0, site.pointer.size() + 1, site.pointer + "/") == 0));
            one_violation_there(c, o);
            t.lists.insert(site.type);
            // Refused as a whole: a stray, the list's other items typed. Refused inside: kept
            // where the inner value is (a struct's unknown keys, a list's strays).
            std::size_t const strays = strays_in(o.value);
            if (where == site.pointer) {
                BOOST_TEST(strays == 1u);
                ++t.strays;
            } else {
                BOOST_TEST(strays <= 1u);
            }
        }
    }
}

// The members that take any JSON (held as json_text): no value is of the wrong kind there.
std::set<std::string> const any_json = {
    "sentry_api::event::_meta",          "sentry_api::event::breakdowns",   "sentry_api::event::crashFile",
    "sentry_api::event::groupingConfig", "sentry_api::event::measurements", "sentry_api::event::occurrence",
    "sentry_api::request_data::data",    "sentry_api::unknown_entry::data",
};

template<class T>
void check_file(std::string const& file, std::size_t min_members, std::size_t min_lists = 0)
{
    tally t;
    check_mutants<T>(file, t);
    BOOST_TEST_MESSAGE(file << ": " << t.mutants << " mutants, " << t.wrong_kind << " of the wrong kind, "
                            << t.members.size() << " members, " << t.strays << " strays in " << t.lists.size()
                            << " list types");
    // Every member refuses some kind, but for those that hold any JSON.
    for (auto const& m : t.members)
        if (!t.mistyped.count(m))
            BOOST_TEST(any_json.count(m) == 1u, m << " took every kind of value");
    BOOST_TEST(t.members.size() >= min_members);
    BOOST_TEST(t.lists.size() >= min_lists);
}

} // namespace

BOOST_AUTO_TEST_CASE(every_member_of_the_documented_body_mistyped)
{
    check_file<sentry_api::group_hashes>("issue-hashes-response.json", 90, 7);
}

BOOST_AUTO_TEST_CASE(every_member_of_the_fidelity_files_mistyped)
{
    check_file<sentry_api::group_hashes>("fidelity/hashes-newer.json", 20);
    check_file<sentry_api::group_hashes>("fidelity/hashes-id-only-2016.json", 1);
    check_file<sentry_api::events>("fidelity/events-mixed-ids.json", 10);
    check_file<sentry_api::event>("fidelity/event-integer-ids.json", 10);
    check_file<sentry_api::event>("fidelity/event-indent-zero.json", 10);
}

// A page of 100 hashes with one bad tag: 100 hashes, the bytes back, one violation; strict
// decoding (the default) still refuses it, naming the value.
BOOST_AUTO_TEST_CASE(a_page_of_100_with_one_bad_tag)
{
    boost::json::value one = boost::json::parse(data("issue-hashes-response.json"));
    boost::json::array page;
    for (int i = 0; i < 100; ++i)
        page.push_back(one.as_array().at(0));
    page.at(57).at_pointer("/latestEvent/tags/0").as_object()["key"] = 5;
    std::string const text = sentry_api::encode(boost::json::value(page), sentry_api::style::python);

    auto strict = sentry_api::decode<sentry_api::group_hashes>(text);
    BOOST_TEST_REQUIRE(!strict.has_value());
    BOOST_TEST(strict.error().to_string() == "/57/latestEvent/tags/0/key: expected string, got integer");

    sentry_api::group_hashes hashes;
    auto report = sentry_api::decode_and_validate(hashes, text, lenient_options());
    BOOST_TEST_REQUIRE(!report.error);
    BOOST_TEST(hashes.size() == 100u);
    BOOST_TEST_REQUIRE(report.violations.size() == 1u);
    BOOST_TEST(report.violations[0].pointer == "/57/latestEvent/tags/0/key");
    BOOST_TEST(report.violations[0].rule == sentry_api::codec::rule_kind::type);
    BOOST_TEST(sentry_api::encode(hashes, sentry_api::style::python) == text);

    // The tag: its key absent, the value kept under the key, written back in its place.
    auto const& tag = hashes[57].latestEvent->tags->at(0);
    BOOST_TEST(tag.key.is_absent());
    BOOST_TEST(tag.unknown.at("key") == 5);
    BOOST_TEST(sentry_api::encode(tag) == R"({"value":"Chrome 28.0","key":5})");
    BOOST_TEST(hashes[56].latestEvent->tags->at(0).key.has_value());

    // decode alone, lenient: the same value.
    auto plain = sentry_api::decode<sentry_api::group_hashes>(text, lenient_options());
    BOOST_TEST_REQUIRE(plain.has_value());
    BOOST_TEST(sentry_api::encode(*plain) == sentry_api::encode(hashes));
}

namespace lenient_test {

struct strict_point { // keeps no unknown keys
    int x = 0;
    sentry_api::optional_key<int> y;
};
SENTRY_API_DESCRIBE_STRUCT(strict_point, (), (x, y))

struct holder {
    sentry_api::optional_key<strict_point> p;
    sentry_api::optional_key<std::vector<int>> list;
    int plain = 0; // a member that cannot be absent
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(holder, (), (p, list, plain, unknown))

} // namespace lenient_test

// What lenient decoding does not forgive: a struct with nowhere to keep the value, a member
// that cannot be absent, text that is not JSON, a key twice, the depth limit.
BOOST_AUTO_TEST_CASE(what_stays_an_error)
{
    using lenient_test::holder;
    using lenient_test::strict_point;
    auto const o = lenient_options();

    // Nowhere to keep it: the struct fails as when strict...
    auto r1 = sentry_api::decode<strict_point>(R"({"x":1,"y":"two"})", o);
    BOOST_TEST_REQUIRE(!r1.has_value());
    BOOST_TEST(r1.error().to_string() == "/y: expected integer, got string");
    // ...but a struct around it that keeps unknown keys keeps the whole object.
    std::string const nested = R"({"p":{"x":1,"y":"two"},"list":[1,2],"plain":3})";
    holder h;
    auto rep = sentry_api::decode_and_validate(h, nested, o);
    BOOST_TEST_REQUIRE(!rep.error);
    BOOST_TEST(h.p.is_absent());
    BOOST_TEST(h.unknown.at("p").at("y") == "two");
    BOOST_TEST_REQUIRE(rep.violations.size() == 1u);
    BOOST_TEST(rep.violations[0].pointer == "/p/y");
    BOOST_TEST(sentry_api::encode(h) == nested);

    // An item of a list: the list is kept whole, the violation names the item.
    std::string const items = R"({"list":[1,"b",3],"plain":3})";
    rep = sentry_api::decode_and_validate(h, items, o);
    BOOST_TEST_REQUIRE(!rep.error);
    BOOST_TEST(h.list.is_absent());
    BOOST_TEST_REQUIRE(rep.violations.size() == 1u);
    BOOST_TEST(rep.violations[0].pointer == "/list/1");
    BOOST_TEST(sentry_api::encode(h) == items);

    // A plain member cannot be left absent.
    auto r2 = sentry_api::decode<holder>(R"({"plain":"3"})", o);
    BOOST_TEST_REQUIRE(!r2.has_value());
    BOOST_TEST(r2.error().to_string() == "/plain: expected integer, got string");

    // Not JSON inside a mistyped value: the syntax error, with its place.
    auto r3 = sentry_api::decode<holder>(R"({"list":[1,"b",],"plain":3})", o);
    BOOST_TEST_REQUIRE(!r3.has_value());
    BOOST_TEST(r3.error().kind == sentry_api::codec::error_kind::syntax);
    BOOST_TEST(r3.error().column == 16u);

    // A key twice inside it, or the key twice beside it.
    auto r4 = sentry_api::decode<holder>(R"({"p":{"x":1,"y":"a","y":2},"plain":3})", o);
    BOOST_TEST_REQUIRE(!r4.has_value());
    BOOST_TEST(r4.error().kind == sentry_api::codec::error_kind::duplicate);
    auto r5 = sentry_api::decode<holder>(R"({"list":"a","list":[1],"plain":3})", o);
    BOOST_TEST_REQUIRE(!r5.has_value());
    BOOST_TEST(r5.error().kind == sentry_api::codec::error_kind::duplicate);

    // The depth limit.
    sentry_api::decode_options shallow = o;
    shallow.max_depth = 3;
    auto r6 = sentry_api::decode<holder>(R"({"list":[[[[1]]]],"plain":3})", shallow);
    BOOST_TEST_REQUIRE(!r6.has_value());
    BOOST_TEST(r6.error().kind == sentry_api::codec::error_kind::limit);

    // Many mistyped values: each one kept, each one reported, the depth back where it was.
    std::string const many = R"({"p":{"x":"1"},"list":{"a":[1,{"b":2}]},"plain":3,"z":[1]})";
    rep = sentry_api::decode_and_validate(h, many, o);
    BOOST_TEST_REQUIRE(!rep.error);
    BOOST_TEST(rep.violations.size() == 2u);
    BOOST_TEST(sentry_api::encode(h) == many);
}

// The validation report's limit holds for kept values too.
BOOST_AUTO_TEST_CASE(kept_values_count_toward_max_violations)
{
    std::string text = "[";
    for (int i = 0; i < 10; ++i)
        text += std::string(i ? "," : "") + R"({"id":"0123456789abcdef0123456789abcdef","state":5})";
    text += "]";
    auto o = lenient_options();
    o.max_violations = 4;
    sentry_api::group_hashes page;
    auto rep = sentry_api::decode_and_validate(page, text, o);
    BOOST_TEST_REQUIRE(!rep.error);
    BOOST_TEST(page.size() == 10u);
    BOOST_TEST(rep.violations.size() == 4u);
    BOOST_TEST(rep.stopped);
    BOOST_TEST(sentry_api::encode(page) == text);
}
