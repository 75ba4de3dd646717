// Prints the id of every hash of an issue, fetched page by page: the client example of docs/client.md.
//
//   SENTRY_AUTH_TOKEN=... example_fetch_hashes BASE_URL ISSUE_ID

#include <sentry_api/client.hpp>

#include <cstdlib>
#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 3)
        return std::cerr << "usage: example_fetch_hashes BASE_URL ISSUE_ID\n", 2;
    sentry_api::client::options options;
    if (char const* token = std::getenv("SENTRY_AUTH_TOKEN"))
        options.token = token;
    sentry_api::client::session session(options);
    auto r = sentry_api::client::fetch_hashes(session, {argv[1], "", argv[2]});
    if (!r)
        return std::cerr << "error: " << r.error().to_string() << '\n', 2;
    for (auto const& hash : r->hashes)
        std::cout << hash.id.value_or("(no id)") << '\n';
}
