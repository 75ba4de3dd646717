// SPDX-License-Identifier: BSL-1.0
// For tests/python/json_text_differential.py: reads JSON texts from standard input, each ended by
// a NUL byte, decodes each as a sentry_api::json_text, and writes it in every style the
// differential compares, each output ended by a NUL byte: compact, python, pretty with indent
// 0, 2 and 4, each without and then with ensure_ascii. A text that does not decode gives, in
// place of each output, `!` and the error.

#include <sentry_api/codec.hpp>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

int main()
{
    std::string all(std::istreambuf_iterator<char>(std::cin), {});
    std::size_t start = 0;
    while (start < all.size()) {
        std::size_t end = all.find('\0', start);
        if (end == std::string::npos)
            end = all.size();
        std::string_view const text(all.data() + start, end - start);
        start = end + 1;
        auto held = sentry_api::decode<sentry_api::json_text>(text);
        for (int s = 0; s < 5; ++s) {
            for (bool ascii : {false, true}) {
                std::string out;
                if (!held) {
                    out = "!" + held.error().to_string();
                } else {
                    sentry_api::encode_options o;
                    o.ensure_ascii = ascii;
                    o.style = s == 0 ? sentry_api::style::compact : s == 1 ? sentry_api::style::python : sentry_api::style::pretty;
                    o.indent = s == 2 ? 0 : s == 3 ? 2 : 4;
                    out = sentry_api::encode(*held, o);
                }
                std::fwrite(out.data(), 1, out.size(), stdout);
                std::fputc('\0', stdout);
            }
        }
    }
    return 0;
}
