// SPDX-License-Identifier: BSL-1.0
// Prints the id of every hash of an issue, page by page as the pages come: the client example of
// docs/client.md.
//
//   SENTRY_AUTH_TOKEN=... example_fetch_hashes BASE_URL ISSUE_ID [ORG]

#include <sentry_api/client.hpp>

#include <cstdlib>
#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 3 && argc != 4)
        return std::cerr << "usage: example_fetch_hashes BASE_URL ISSUE_ID [ORG]\n", 2;
    sentry_api::client::options options;
    if (char const* token = std::getenv("SENTRY_AUTH_TOKEN"))
        options.token = token;
    sentry_api::client::session session(options); // one connection for the whole walk
    bool violations = false;
    auto r = sentry_api::client::for_each_hashes_page(session, {argv[1], argc == 4 ? argv[3] : "", argv[2]},
        [&](sentry_api::client::page<sentry_api::group_hashes>& page) {
            for (auto const& hash : page.items)
                std::cout << hash.id.value_or("(no id)") << '\n';
            for (auto const& v : page.violations)
                std::cerr << "page " << page.number << ": " << v.pointer << ": " << v.message << '\n';
            violations = violations || !page.violations.empty();
            return true; // false would stop the walk here
        });
    if (!r)
        return std::cerr << "error: " << r.error().to_string() << '\n', 2;
    return violations ? 1 : 0;
}
