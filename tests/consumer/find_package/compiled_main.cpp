// SPDX-License-Identifier: BSL-1.0
// Consumes sentry_api::compiled (the separately compiled mode): built by the find_package,
// add_subdirectory and Meson consumers. Decodes, validates and encodes the body at argv[1] and
// checks that the bytes come back; then uses the codec on a struct of its own, which stays
// header-only in this mode (<sentry_api/codec.hpp>).
#include <sentry_api.hpp>
#include <sentry_api/codec.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#ifndef SENTRY_API_SEPARATE_COMPILATION
#error "this consumer must be built in the separately compiled mode"
#endif

namespace shop {
struct item {
    std::string sku;
    int quantity = 0;
};
SENTRY_API_DESCRIBE_STRUCT(item, (), (sku, quantity))
} // namespace shop

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: compiled_consumer FILE\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::string const text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto page = sentry_api::decode<sentry_api::group_hashes>(text);
    if (!page) {
        std::cerr << page.error().to_string() << '\n';
        return 1;
    }
    if (!sentry_api::validate<sentry_api::group_hashes>(text).ok())
        return 1;
    std::string const back = sentry_api::encode(*page, sentry_api::style::pretty);
    if (back != text && back + '\n' != text) {
        std::cerr << "the bytes did not come back\n";
        return 1;
    }
    auto own = sentry_api::decode<shop::item>(R"({"sku": "A-1", "quantity": 2})");
    if (!own || own->quantity != 2 || sentry_api::encode(*own) != R"({"sku":"A-1","quantity":2})")
        return 1;
    std::cout << "ok: " << page->size() << " hashes, " << text.size() << " bytes back\n";
    return 0;
}
