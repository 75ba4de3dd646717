// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/codec/box.hpp>

#define BOOST_TEST_MODULE codec_box
#include <boost/test/unit_test.hpp>

#include <sentry_api/codec.hpp>

#include <boost/describe.hpp>

#include <string>
#include <utility>
#include <vector>

using sentry_api::box;
using sentry_api::nullable;
using sentry_api::presence;

namespace {

struct big {
    std::string name;
    std::vector<int> numbers;
    char padding[512] = {};
    friend bool operator==(big const& a, big const& b) { return a.name == b.name && a.numbers == b.numbers; }
};
SENTRY_API_DESCRIBE_STRUCT(big, (), (name, numbers))

struct holder {
    nullable<box<big>> item;
    presence<box<big>> extra;
    std::vector<box<big>> list;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(holder, (), (item, extra, list, unknown))

// A type that holds itself: a box makes the recursion possible.
struct tree {
    std::string label;
    presence<box<tree>> left;
    presence<box<tree>> right;
};
SENTRY_API_DESCRIBE_STRUCT(tree, (), (label, left, right))

} // namespace

BOOST_AUTO_TEST_CASE(copies_deeply_and_compares_by_value)
{
    box<big> a(big{"a", {1, 2}, {}});
    box<big> b = a;
    BOOST_TEST((a == b));
    BOOST_TEST(&*a != &*b);
    b->numbers.push_back(3);
    BOOST_TEST(a->numbers.size() == 2u);
    BOOST_TEST((a != b));
    a = b;
    BOOST_TEST((a == b));
    BOOST_TEST(&*a != &*b);
}

BOOST_AUTO_TEST_CASE(moved_from_box_is_valueless_until_assigned)
{
    box<big> a(big{"a", {}, {}});
    big const* held = &*a;
    box<big> b = std::move(a);
    BOOST_TEST(&*b == held); // the value moved with its box, not copied
    BOOST_TEST(a.valueless_after_move());
    BOOST_TEST(!b.valueless_after_move());
    BOOST_TEST((a != b));
    a = big{"again", {}, {}};
    BOOST_TEST(!a.valueless_after_move());
    BOOST_TEST(a->name == "again");
    box<big> c = std::move(b);
    b = c; // a valueless box takes a copy
    BOOST_TEST((b == c));
}

BOOST_AUTO_TEST_CASE(presence_of_a_box_is_small_and_reads_through)
{
    static_assert(sizeof(presence<box<big>>) == 2 * sizeof(void*));
    static_assert(sizeof(presence<std::string>) <= sizeof(std::string) + alignof(std::string));
    static_assert(std::is_same_v<presence<box<big>>::value_type, big>);
    presence<box<big>> p;
    BOOST_TEST(p.is_absent());
    p.emplace().name = "x";
    BOOST_TEST(p->name == "x");
    BOOST_TEST((*p).name == "x");
    BOOST_TEST(p.value().name == "x");
    presence<box<big>> q = p;
    BOOST_TEST((q == p));
    q->name = "y";
    BOOST_TEST((q != p));
    p = nullptr;
    BOOST_TEST(p.is_null());
    BOOST_CHECK_THROW(p.value(), std::bad_optional_access);
}

BOOST_AUTO_TEST_CASE(presence_keeps_its_state_through_copy_and_move)
{
    std::vector<presence<std::string>> const states = {presence<std::string>(), presence<std::string>(nullptr),
                                                       presence<std::string>(std::string(40, 'v'))};
    for (auto const& s : states) {
        presence<std::string> copy = s;
        BOOST_TEST((copy == s));
        presence<std::string> moved = std::move(copy);
        BOOST_TEST((moved == s));
        for (auto const& t : states) {
            presence<std::string> assigned = t;
            assigned = s;
            BOOST_TEST((assigned == s));
            presence<std::string> move_assigned = t;
            presence<std::string> source = s;
            move_assigned = std::move(source);
            BOOST_TEST((move_assigned == s));
        }
    }
}

BOOST_AUTO_TEST_CASE(decodes_and_encodes_as_its_value)
{
    std::string const text = R"({"item":{"name":"a","numbers":[1]},"list":[{"name":"b","numbers":[]}],"more":true})";
    auto r = sentry_api::decode<holder>(text);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->item->name == "a");
    BOOST_TEST(r->extra.is_absent());
    BOOST_TEST(r->list.at(0)->name == "b");
    BOOST_TEST(sentry_api::encode(*r) == text);

    auto null_item = sentry_api::decode<holder>(R"({"item":null,"extra":null,"list":[]})");
    BOOST_TEST_REQUIRE(null_item.has_value());
    BOOST_TEST(null_item->item.is_null());
    BOOST_TEST(sentry_api::encode(*null_item) == R"({"item":null,"extra":null,"list":[]})");

    auto bad = sentry_api::decode<holder>(R"({"item":{"name":1,"numbers":[]},"list":[]})");
    BOOST_TEST_REQUIRE(!bad.has_value());
    BOOST_TEST(bad.error().pointer == "/item/name");

    auto report = sentry_api::validate<holder>(R"({"item":{"name":"a"},"list":[5]})");
    BOOST_TEST(report.violations.size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_recursive_type_through_boxes)
{
    std::string const text = R"({"label":"root","left":{"label":"l","right":{"label":"lr"}},"right":null})";
    auto r = sentry_api::decode<tree>(text);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->left->right->label == "lr");
    BOOST_TEST(r->right.is_null());
    BOOST_TEST(sentry_api::encode(*r) == text);
    auto schema = sentry_api::json_schema<tree>();
    BOOST_TEST(sentry_api::encode(schema).find("#/$defs/") != std::string::npos);
}
