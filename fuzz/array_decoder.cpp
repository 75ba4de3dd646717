// SPDX-License-Identifier: BSL-1.0
// array_decoder against decode_and_validate on any bytes: the text fed whole, a byte at a time
// and in pieces of sizes chosen from the input gives the same report (error: kind, pointer,
// message, offset, line, column), the same violations, the same `stopped` flag and the same
// values, for pages of hashes, of events and of held JSON text, read strictly or leniently (a
// page's bad items kept as strays).
#include <sentry_api.hpp>
#include <sentry_api/codec.hpp>

#include "check.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace {

std::string describe(sentry_api::codec::validation_report const& r)
{
    std::string out;
    if (r.error)
        out += "error " + std::to_string(static_cast<int>(r.error->kind)) + " [" + r.error->pointer + "] " +
               r.error->message + " @" + std::to_string(r.error->offset) + " " + std::to_string(r.error->line) +
               ":" + std::to_string(r.error->column) + "\n";
    for (auto const& v : r.violations)
        out += "violation [" + v.pointer + "] " + std::to_string(static_cast<int>(v.rule)) + " " + v.message + "\n";
    if (r.stopped)
        out += "stopped\n";
    return out;
}

// The piece sizes, from the input's own bytes (FNV-1a, then xorshift): mostly small, some large.
struct sizes {
    std::uint64_t state;
    explicit sizes(std::string_view text) : state(1469598103934665603u)
    {
        for (unsigned char c : text)
            state = (state ^ c) * 1099511628211u;
        state |= 1;
    }
    std::size_t next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return (state & 3) == 0 ? 1 + (state >> 8) % 4096 : 1 + (state >> 8) % 17;
    }
};

// `step` 0: whole; otherwise the sizes of `s` (or 1 each for `step` 1).
template<class Sequence>
std::string in_pieces(std::string_view text, int step, sentry_api::codec::decode_options const& options,
                      Sequence& out)
{
    sentry_api::codec::array_decoder<Sequence> decoder(out, options);
    bool settled = false;
    sizes s(text);
    for (std::size_t at = 0; at < text.size() || (at == 0 && step == 0);) {
        std::size_t n = step == 0 ? text.size() : step == 1 ? 1 : s.next();
        settled = !decoder.feed(text.substr(at, n)) || settled;
        at += n;
        if (step == 0)
            break;
    }
    auto report = decoder.finish();
    fuzz::check(!settled || report.error.has_value(), "feed returns false only for an outcome that is an error");
    return describe(report) + (report.error ? std::string() : sentry_api::encode(out));
}

template<class Sequence>
void same(std::string_view text, sentry_api::codec::decode_options const& options)
{
    Sequence whole;
    auto report = sentry_api::decode_and_validate(whole, text, options);
    std::string const expected = describe(report) + (report.error ? std::string() : sentry_api::encode(whole));
    Sequence out; // read into again by each way: elements already there are read into
    for (int step : {0, 1, 2}) {
        std::string const got = in_pieces(text, step, options, out);
        if (got != expected) {
            std::fprintf(stderr, "fed %s:\n%s\nwhole:\n%s\n", step == 0 ? "whole" : step == 1 ? "a byte at a time" : "in pieces",
                         got.c_str(), expected.c_str());
            fuzz::check(false, "array_decoder gives what decode_and_validate gives for the whole text");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = fuzz::text(data, size);
    sentry_api::codec::decode_options options;
    if (size % 3 == 0)
        options.max_violations = 2; // the `stopped` flag
    if (size % 2 == 0)
        options.lenient = true; // bad items kept as strays of a page, and values of the wrong kind
    same<sentry_api::group_hashes>(text, options);
    same<sentry_api::events>(text, options);
    same<std::vector<sentry_api::json_text>>(text, options);
    return 0;
}
