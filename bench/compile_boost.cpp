// SPDX-License-Identifier: BSL-1.0
// Compile-time probe (bench/compile_time.sh): a file that only parses and serializes with Boost.JSON.
#include <boost/json.hpp>

#include <string>

std::string roundtrip(boost::json::string_view text)
{
    boost::json::error_code ec;
    boost::json::value const v = boost::json::parse(text, ec);
    if (ec)
        return {};
    return boost::json::serialize(v);
}
