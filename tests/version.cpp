// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/version.hpp>

#define BOOST_TEST_MODULE version
#include <boost/test/unit_test.hpp>

#include <string>

#if SENTRY_API_VERSION < 200 // usable in #if, as a program would test it
#error "SENTRY_API_VERSION must be a number usable in #if"
#endif

BOOST_AUTO_TEST_CASE(one_number_of_the_three)
{
    BOOST_TEST(SENTRY_API_VERSION
               == SENTRY_API_VERSION_MAJOR * 10000 + SENTRY_API_VERSION_MINOR * 100 + SENTRY_API_VERSION_PATCH);
    BOOST_TEST(SENTRY_API_VERSION_MINOR < 100);
    BOOST_TEST(SENTRY_API_VERSION_PATCH < 100);
}

BOOST_AUTO_TEST_CASE(string_of_the_three)
{
    std::string const expected = std::to_string(SENTRY_API_VERSION_MAJOR) + "." + std::to_string(SENTRY_API_VERSION_MINOR)
                                 + "." + std::to_string(SENTRY_API_VERSION_PATCH);
    BOOST_TEST(std::string(SENTRY_API_VERSION_STRING) == expected);
}

// The build system's project version (CMake's PROJECT_VERSION, Meson's project_version()) is the
// header's: CMake reads it from the header, Meson names it, and this fails when they differ.
BOOST_AUTO_TEST_CASE(build_system_version)
{
    BOOST_TEST(std::string(SENTRY_API_VERSION_STRING) == SENTRY_API_PROJECT_VERSION);
}
