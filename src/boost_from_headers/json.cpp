// SPDX-License-Identifier: BSL-1.0
// Boost.JSON compiled from its headers, for a build with SENTRY_API_BOOST_FROM_HEADERS (a
// standard library that Debian's libboost_json was not built with, e.g. libc++). The library's
// own headers never include src.hpp: which Boost.JSON a program uses is the program's choice.
#include <boost/json/src.hpp>
