// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_TESTS_SUPPORT_WIDE_HPP
#define SENTRY_API_TESTS_SUPPORT_WIDE_HPP

// A struct with 70 keyed members (40 inherited) and unknown keys: more members than one
// 64-bit word of flags, and than the 63 whose order a mask can keep.

#include <sentry_api/codec.hpp>

#include <string>

namespace test_support {

struct wide_base {
    int m00 = 0;
    int m01 = 0;
    int m02 = 0;
    int m03 = 0;
    int m04 = 0;
    int m05 = 0;
    int m06 = 0;
    int m07 = 0;
    int m08 = 0;
    int m09 = 0;
    int m10 = 0;
    int m11 = 0;
    int m12 = 0;
    int m13 = 0;
    int m14 = 0;
    int m15 = 0;
    int m16 = 0;
    int m17 = 0;
    int m18 = 0;
    int m19 = 0;
    int m20 = 0;
    int m21 = 0;
    int m22 = 0;
    int m23 = 0;
    int m24 = 0;
    int m25 = 0;
    int m26 = 0;
    int m27 = 0;
    int m28 = 0;
    int m29 = 0;
    int m30 = 0;
    int m31 = 0;
    int m32 = 0;
    int m33 = 0;
    int m34 = 0;
    int m35 = 0;
    int m36 = 0;
    int m37 = 0;
    int m38 = 0;
    int m39 = 0;
};
SENTRY_API_DESCRIBE_STRUCT(wide_base, (),
                           (m00, m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15,
                            m16, m17, m18, m19, m20, m21, m22, m23, m24, m25, m26, m27, m28, m29, m30, m31,
                            m32, m33, m34, m35, m36, m37, m38, m39))

struct wide : wide_base {
    sentry_api::presence<int> n00;
    sentry_api::presence<int> n01;
    sentry_api::presence<int> n02;
    sentry_api::presence<int> n03;
    sentry_api::presence<int> n04;
    sentry_api::presence<int> n05;
    sentry_api::presence<int> n06;
    sentry_api::presence<int> n07;
    sentry_api::presence<int> n08;
    sentry_api::presence<int> n09;
    sentry_api::presence<int> n10;
    sentry_api::presence<int> n11;
    sentry_api::presence<int> n12;
    sentry_api::presence<int> n13;
    sentry_api::presence<int> n14;
    sentry_api::presence<int> n15;
    sentry_api::presence<int> n16;
    sentry_api::presence<int> n17;
    sentry_api::presence<int> n18;
    sentry_api::presence<int> n19;
    sentry_api::presence<int> n20;
    sentry_api::presence<int> n21;
    sentry_api::presence<int> n22;
    sentry_api::presence<int> n23;
    sentry_api::presence<int> n24;
    sentry_api::presence<int> n25;
    sentry_api::presence<int> n26;
    sentry_api::presence<int> n27;
    sentry_api::presence<int> n28;
    sentry_api::presence<int> n29;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(wide, (wide_base),
                           (n00, n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14, n15,
                            n16, n17, n18, n19, n20, n21, n22, n23, n24, n25, n26, n27, n28, n29, unknown))

constexpr int wide_members = 70;

// The key of keyed member `i` of `wide`: m00..m39, then n00..n29.
inline std::string wide_key(int i)
{
    std::string k = i < 40 ? "m" : "n";
    int j = i < 40 ? i : i - 40;
    return k + char('0' + j / 10) + char('0' + j % 10);
}

} // namespace test_support

#endif
