// SPDX-License-Identifier: BSL-1.0
// What a program whose standard library Boost's compiled libraries were not built with (libc++)
// does: compile Boost.JSON and Boost.URL from their headers, in one file of its own.
#include <boost/json/src.hpp>
#include <boost/url/src.hpp>
