// SPDX-License-Identifier: BSL-1.0
// Links and runs the client: a base URL that is not one is refused before any request is made.
#include <sentry_api/client.hpp>

#include <iostream>

int main()
{
    sentry_api::client::session session(sentry_api::client::options{});
    auto r = sentry_api::client::fetch_hashes(session, {"not a url", "", "42"});
    if (r || r.error().url != "not a url")
        return 1;
    std::cout << "error: " << r.error().to_string() << '\n';
    return 0;
}
