// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_HPP
#define SENTRY_API_CLIENT_HPP

// The optional HTTP(S) client: not included by <sentry_api.hpp>; link sentry_api::client
// (OpenSSL, zlib, Boost.URL, threads).

#include <sentry_api/client/error.hpp>
#include <sentry_api/client/fetch_event.hpp>
#include <sentry_api/client/fetch_events.hpp>
#include <sentry_api/client/fetch_hashes.hpp>
#include <sentry_api/client/for_each_page.hpp>
#include <sentry_api/client/options.hpp>
#include <sentry_api/client/session.hpp>
#include <sentry_api/client/unmerge_hashes.hpp>

#endif
