// SPDX-License-Identifier: BSL-1.0
// Boost.Test compiled from its headers, main() included, for the tests of a build with
// SENTRY_API_BOOST_FROM_HEADERS (see json.cpp); each test file defines BOOST_TEST_MODULE and
// includes <boost/test/unit_test.hpp> without BOOST_TEST_DYN_LINK.
#include <boost/test/included/unit_test.hpp>
