// SPDX-License-Identifier: BSL-1.0
// The codec on a struct of your own: no Sentry types involved.
//
// Describe the struct with Boost.Describe; decode, change and encode it; unknown keys come back.
// SENTRY_API_DESCRIBE_STRUCT is BOOST_DESCRIBE_STRUCT without clang's C++17 -Wpedantic warning
// about the empty base list `()`; either works.

#include <sentry_api/codec.hpp>

#include <boost/describe.hpp>

#include <cstdint>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace shop {

enum class status { draft, paid, shipped };
BOOST_DESCRIBE_ENUM(status, draft, paid, shipped)

struct line_item {
    std::string sku;
    std::uint32_t quantity = 0;
    double price = 0;
};
SENTRY_API_DESCRIBE_STRUCT(line_item, (), (sku, quantity, price))

struct order {
    std::int64_t id = 0;
    status state = status::draft;
    std::vector<line_item> items;
    std::map<std::string, std::string> labels;
    std::optional<std::string> note;          // null or absent: empty
    sentry_api::presence<std::string> coupon; // absent, null or a value, kept apart
    sentry_api::unknown_keys unknown;         // every other key, written back as it came
};
SENTRY_API_DESCRIBE_STRUCT(order, (), (id, state, items, labels, note, coupon, unknown))

} // namespace shop

int main()
{
    char const* text = R"({"id": 7, "state": "paid", "items": [{"sku": "A-1", "quantity": 2, "price": 9.5}],
                           "labels": {"gift": "yes"}, "note": null, "coupon": null, "channel": "web"})";

    auto r = sentry_api::decode<shop::order>(text);
    if (!r) {
        std::cerr << "error: " << r.error().to_string() << '\n';
        return 1;
    }
    shop::order& o = *r;
    o.state = shop::status::shipped;
    o.items.push_back({"B-2", 1, 0.1});

    std::string out = sentry_api::encode(o, sentry_api::style::python);
    std::cout << out << '\n';

    char const* expected = R"({"id": 7, "state": "shipped", "items": [{"sku": "A-1", "quantity": 2, "price": 9.5}, )"
                           R"({"sku": "B-2", "quantity": 1, "price": 0.1}], "labels": {"gift": "yes"}, "note": null, )"
                           R"("coupon": null, "channel": "web"})";
    if (out != expected) {
        std::cerr << "unexpected output\n";
        return 1;
    }

    // A value of the wrong type is located by a JSON Pointer.
    auto bad = sentry_api::decode<shop::order>(R"({"id": 7, "items": [{"sku": "A-1", "quantity": -1}]})");
    std::cout << bad.error().to_string() << '\n';
    return !bad && bad.error().pointer == "/items/0/quantity" ? 0 : 1;
}
