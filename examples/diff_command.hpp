// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_EXAMPLES_DIFF_COMMAND_HPP
#define SENTRY_API_EXAMPLES_DIFF_COMMAND_HPP

// sentry-api diff [--type auto|hashes|event|events] [--ignore-order] A B
//
// Where two payloads differ, as the model reads them (leniently): one difference a line,
// `<pointer>\t<kind>\t<detail>`, in document order. Exit 0: none; 1: some; 2: a file cannot be
// read or decoded (`error: <file>: <where>: <what>`), or the arguments are wrong. `-` is
// standard input, for one of A and B.

#include <sentry_api.hpp>

#include <boost/mp11/utility.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace diff_command {

inline int fail(std::string const& where, std::string const& what)
{
    std::cerr << "error: " << where << ": " << what << '\n';
    return 2;
}

// The file's bytes, or standard input's for "-"; nothing, the error printed, when it cannot be opened.
inline std::optional<std::string> read(std::string const& file)
{
    if (file == "-")
        return std::string{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        fail(file, "cannot open the file");
        return std::nullopt;
    }
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Whether a text `detect_payload` calls a page of hashes is an empty array (which any page type may be).
inline bool empty_array(std::string const& text)
{
    auto const open = text.find_first_not_of(" \t\r\n");
    auto const next = open == std::string::npos ? open : text.find_first_not_of(" \t\r\n", open + 1);
    return next != std::string::npos && text[next] == ']';
}

/// Runs `diff` on the files A and B (`files`), as the model type `type` names, or as both are
/// when `type` is "auto" (an empty array takes the other's type; two different types are an error).
inline int run(std::string const& type, bool ignore_order, std::vector<std::string> const& files)
{
    if (files.size() != 2)
        return fail("arguments", "diff takes two files, A and B, got " + std::to_string(files.size()));
    if (files[0] == "-" && files[1] == "-")
        return fail("arguments", "only one of A and B may be standard input (-)");
    std::string texts[2];
    for (int i = 0; i < 2; ++i) {
        auto text = read(files[i]);
        if (!text)
            return 2;
        texts[i] = std::move(*text);
    }
    std::string kind = type;
    if (kind == "auto") {
        std::string kinds[2];
        for (int i = 0; i < 2; ++i) {
            auto k = sentry_api::detect_payload(texts[i]);
            if (!k) {
                auto const& e = k.error();
                bool const root = e.kind != sentry_api::codec::error_kind::syntax && e.pointer.empty();
                return fail(files[i] + ": " + (root ? std::string("/") : e.where()), e.message);
            }
            kinds[i] = std::string(to_string(*k));
        }
        kind = empty_array(texts[0]) ? kinds[1] : kinds[0];
        auto name = [](std::string const& k) {
            return k == "event" ? "an event" : k == "events" ? "a list of events" : "a page of hashes";
        };
        if (kinds[0] != kinds[1] && !empty_array(texts[0]) && !empty_array(texts[1]))
            return fail(files[1] + ": /", std::string("is ") + name(kinds[1]) + ", and " + files[0] + " " + name(kinds[0]) +
                                              " (--type reads both as one type)");
    }
    sentry_api::diff_options options;
    options.ignore_order = ignore_order;
    auto compare = [&](auto t) {
        auto d = sentry_api::diff_text<typename decltype(t)::type>(texts[0], texts[1], options);
        if (!d) // error_text() is "<side>: <where>: <what>": the side becomes its file
            return fail(files[d.side() == 'A' ? 0 : 1], d.error_text().substr(3));
        std::string out;
        for (auto const& x : *d)
            out += x.to_string() + '\n';
        std::fwrite(out.data(), 1, out.size(), stdout);
        if (std::fflush(stdout) != 0)
            return fail("output", "cannot write");
        return d->empty() ? 0 : 1;
    };
    if (kind == "hashes")
        return compare(boost::mp11::mp_identity<sentry_api::group_hashes>{});
    if (kind == "event")
        return compare(boost::mp11::mp_identity<sentry_api::event>{});
    return compare(boost::mp11::mp_identity<sentry_api::events>{});
}

} // namespace diff_command

#endif
