// SPDX-License-Identifier: BSL-1.0
// Boost.JSON compiled into each fuzz target, so the parser is instrumented too (DESIGN.md:
// with Debian's prebuilt libboost_json.so libFuzzer sees no coverage inside it).
#include <boost/json/src.hpp>
