// SPDX-License-Identifier: BSL-1.0
// `sentry-api serve DIR`: a Sentry to test clients against. DIR/issues/<ISSUE_ID>/hashes.json and
// events.json are served as Sentry's issue endpoints serve them (pages, cursors, Link headers,
// Python's bytes), with unmerge, a token, and faults on request. docs/tool.md describes it;
// tests/client/serve_test.py runs it against real clients.
#ifndef SENTRY_API_EXAMPLES_SERVE_HPP
#define SENTRY_API_EXAMPLES_SERVE_HPP

#include <string>

namespace serve {

/// What `sentry-api serve` was told.
struct options {
    std::string dir;                ///< the data: DIR/issues/<ISSUE_ID>/{hashes,events}.json
    std::string host = "127.0.0.1"; ///< the address to listen on
    unsigned port = 9000;           ///< 0: any free port
    unsigned page_size = 100;       ///< items a page, as Sentry's default `per_page`
    std::string token;              ///< when not empty, `Authorization: Bearer <token>` is required
    unsigned fail_every = 0;        ///< every Nth request is answered with `fail_status` (0: never)
    unsigned fail_status = 503;     ///< 503, or 429 with `Retry-After: 1`
    double delay = 0;               ///< seconds each answer waits before it is sent
    unsigned close_after = 0;       ///< a connection is closed after this many answers (0: kept)
};

/// Reads and checks the data, listens, prints `listening on http://HOST:PORT` on stdout and serves
/// until SIGINT or SIGTERM.
/// @returns the exit code: 0 after a signal; 2, with `error: <where>: <what>` on stderr, when the
/// data or the options cannot be used or the address cannot be bound
int run(options o);

} // namespace serve

#endif
