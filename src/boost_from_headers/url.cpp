// SPDX-License-Identifier: BSL-1.0
// Boost.URL compiled from its headers, for a build with SENTRY_API_BOOST_FROM_HEADERS (see json.cpp).
#include <boost/url/src.hpp>
