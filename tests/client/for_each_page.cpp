// SPDX-License-Identifier: BSL-1.0
// The page walker against the fake server, driven by walk_test.py: the bytes it holds while it
// walks, and a callback that stops the walk.
//
//   test_client_for_each_page BASE_URL ISSUE_ID walk|keep|stop
//   test_client_for_each_page --decoded FILE...
//
// walk: walks every page with for_each_hashes_page, counting what is allocated meanwhile;
// keep: the same with fetch_hashes, which keeps every page (what the walker is compared with);
// stop: a callback that stops after page 3.
// Prints one JSON object: pages, items, more, peak (bytes live at most), and whether the pages
// came numbered 1, 2, ... with their URLs. With --decoded, the most bytes that decoding one of
// the pages (saved in FILEs) takes: the size of the largest page in memory.
#include <sentry_api/client/for_each_page.hpp>

#include <sentry_api/client/fetch_hashes.hpp>

#include "../support/counting_new.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv)
{
    if (argc >= 2 && std::string(argv[1]) == "--decoded") {
        std::size_t most = 0;
        for (int i = 2; i < argc; ++i) {
            std::ifstream in(argv[i], std::ios::binary);
            std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            bool decoded = false;
            auto counted = test_support::allocations_of([&] {
                sentry_api::group_hashes page;
                decoded = !sentry_api::decode_and_validate(page, text).error;
            });
            if (!decoded)
                return std::fprintf(stderr, "%s: not a page of hashes\n", argv[i]), 2;
            most = std::max(most, counted.peak);
        }
        return std::printf("{\"decoded\": %zu}\n", most), 0;
    }
    if (argc != 4)
        return std::fprintf(stderr, "usage: test_client_for_each_page BASE_URL ISSUE_ID walk|keep|stop\n"), 2;
    std::string const mode = argv[3];
    sentry_api::client::options o;
    if (char const* token = std::getenv("SENTRY_AUTH_TOKEN"))
        o.token = token;
    sentry_api::client::session session(o);
    sentry_api::issue_location const where{argv[1], "", argv[2]};

    std::size_t pages = 0, items = 0;
    bool numbered = true, more = false, ok = true;
    std::string error;
    auto counted = test_support::allocations_of([&] {
        if (mode == "keep") {
            auto r = sentry_api::client::fetch_hashes(session, where);
            ok = r.has_value();
            if (!ok) {
                error = r.error().to_string();
                return;
            }
            pages = r->pages.size();
            items = r->hashes.size();
            more = r->more;
            return;
        }
        auto r = sentry_api::client::for_each_hashes_page(session, where,
            [&](sentry_api::client::page<sentry_api::group_hashes>& p) {
                ++pages;
                items += p.items.size();
                numbered = numbered && p.number == pages && p.url.rfind(argv[1], 0) == 0 && p.violations.empty();
                return mode != "stop" || p.number < 3;
            });
        ok = r.has_value();
        if (!ok) {
            error = r.error().to_string();
            return;
        }
        numbered = numbered && r->pages == pages;
        more = r->more;
    });
    if (!ok)
        return std::fprintf(stderr, "error: %s\n", error.c_str()), 2;
    std::printf("{\"pages\": %zu, \"items\": %zu, \"more\": %s, \"numbered\": %s, \"peak\": %zu}\n", pages, items,
                more ? "true" : "false", numbered ? "true" : "false", counted.peak);
    return 0;
}
