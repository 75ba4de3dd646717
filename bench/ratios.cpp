// SPDX-License-Identifier: BSL-1.0
// sentry_api_ratios: the ratios that DESIGN.md sets targets for, measured round-robin so that
// a shared, noisy machine hurts every case alike.
//
// Each round runs every case of an input once (a case is `k` calls, `k` chosen so that one
// `boost::json::parse` case takes about 50 ms); a ratio is taken within each round, and the
// median of the per-round ratios is reported. Then the allocations of one call of each case,
// with the peak of bytes live at once.
//
// Each input is measured in a process of its own (forked before any case runs), so that the
// heap that one input's cases leave behind (for an 18 MB input, hundreds of MB freed in pieces)
// does not move the next input's figures.
//
//   sentry_api_ratios [--rounds N] [--no-corpus] [--only INPUT]
//
// Inputs: `documented` (the documented body, compact), `page100` (its item 100 times),
// `small300k` (300,000 hashes `{"id": ..., "latestEvent": null}`), then every recorded payload
// of ../shared/corpus/real (when there is one), as recorded and re-written compact
// (`NAME.compact`), unless --no-corpus.

#include "../tests/support/allocation_count.hpp"
#include "inputs.hpp"
#include "nlohmann_model.hpp"

#include <sentry_api.hpp>

#include <benchmark/benchmark.h>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {

using bench::input;
using bench::payload_kind;

// One case: a call that does the work once and says whether it could.
struct bench_case {
    char const* name;
    std::function<bool()> call;
};

// What one input's cases hold between calls: a decoded value to encode, a DOM to serialize.
template<class T>
struct prepared {
    explicit prepared(std::string const& text)
        : value(sentry_api::decode<T>(text)), dom(boost::json::parse(text))
    {
    }
    sentry_api::result<T> value;
    boost::json::value dom;
    T reused{}; // decoded into again and again
    T checked{}; // decoded and validated into again and again
    T pieces{};  // the same, in pieces
};

template<class T> struct is_vector : std::false_type {};
template<class T> struct is_vector<std::vector<T>> : std::true_type {};

template<class T, class N>
std::vector<bench_case> cases_of(input const& in, std::shared_ptr<prepared<T>> const& p)
{
    std::string const& text = in.text;
    return {
        {"decode", [&text] {
             auto r = sentry_api::decode<T>(text);
             benchmark::DoNotOptimize(r);
             return r.has_value();
         }},
        {"decode_into", [&text, p] {
             auto e = sentry_api::decode_into(p->reused, text);
             benchmark::DoNotOptimize(p->reused);
             return !e;
         }},
        {"decode_and_validate", [&text, p] {
             auto report = sentry_api::decode_and_validate(p->checked, text);
             benchmark::DoNotOptimize(p->checked);
             return !report.error;
         }},
        // What the client's walker does with a body: the same, as 16 KiB pieces come.
        {"decode_in_pieces", [&text, p] {
             if constexpr (is_vector<T>::value) {
                 sentry_api::codec::array_decoder<T> decoder(p->pieces);
                 for (std::size_t at = 0; at < text.size(); at += 16384)
                     decoder.feed(std::string_view(text).substr(at, 16384));
                 auto report = decoder.finish();
                 benchmark::DoNotOptimize(p->pieces);
                 return !report.error;
             } else {
                 return false; // not an array
             }
         }},
        {"encode", [p] {
             if (!p->value)
                 return false;
             std::string out = sentry_api::encode(*p->value, sentry_api::style::compact);
             benchmark::DoNotOptimize(out);
             return true;
         }},
        {"validate", [&text] {
             auto report = sentry_api::validate<T>(text);
             benchmark::DoNotOptimize(report);
             return !report.error;
         }},
        {"parse", [&text] {
             boost::json::error_code ec;
             boost::json::value v = boost::json::parse(text, ec);
             benchmark::DoNotOptimize(v);
             return !ec;
         }},
        {"parse_monotonic", [&text] {
             boost::json::monotonic_resource resource;
             boost::json::error_code ec;
             boost::json::value v = boost::json::parse(text, ec, &resource);
             benchmark::DoNotOptimize(v);
             return !ec;
         }},
        {"serialize", [p] {
             std::string out = boost::json::serialize(p->dom);
             benchmark::DoNotOptimize(out);
             return true;
         }},
        {"nlohmann_read", [&text] {
             auto v = bench::nl::read_once<N>(text);
             benchmark::DoNotOptimize(v);
             return v.has_value();
         }},
    };
}

std::vector<bench_case> cases_for(input const& in)
{
    switch (in.kind) {
    case payload_kind::hashes: {
        using T = sentry_api::group_hashes;
        return cases_of<T, std::vector<bench::nl::group_hash>>(in, std::make_shared<prepared<T>>(in.text));
    }
    case payload_kind::event: {
        using T = sentry_api::event;
        return cases_of<T, bench::nl::event>(in, std::make_shared<prepared<T>>(in.text));
    }
    case payload_kind::events: {
        using T = sentry_api::events;
        return cases_of<T, std::vector<bench::nl::event>>(in, std::make_shared<prepared<T>>(in.text));
    }
    }
    return {};
}

double seconds_of(std::function<bool()> const& call, std::size_t k)
{
    auto const start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < k; ++i)
        call();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    std::size_t const n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// A target: the median per-round ratio of time(denominator case) / time(numerator case), i.e.
// how many times faster the first case is; for `time_ratio` the inverse.
struct target {
    char const* label;
    char const* faster;
    char const* slower;
    double bound;
    bool time_ratio;  // true: report time(faster)/time(slower) and want it <= bound
};

// DESIGN.md's targets. A recorded payload (--corpus) has its own bound for decode / parse.
constexpr double recorded_decode_bound = 1.5;
constexpr double peak_bound = 1.0;

constexpr target targets[] = {
    {"decode / parse", "decode", "parse", 2.0, false},
    {"encode / serialize", "encode", "serialize", 2.2, false},
    {"decode / nlohmann_read", "decode", "nlohmann_read", 8.0, false},
    {"validate time / decode time", "validate", "decode", 1.0, true},
    {"decode_into / parse", "decode_into", "parse", 0, false},
    {"in pieces / decode_and_validate", "decode_in_pieces", "decode_and_validate", 0, true},
    {"parse_monotonic / parse", "parse_monotonic", "parse", 0, false},
};

void run_input(input const& in, int rounds, bool recorded)
{
    std::vector<bench_case> cases = cases_for(in);
    std::vector<bool> usable;
    for (auto const& c : cases)
        usable.push_back(c.call());
    auto index = [&](char const* name) {
        for (std::size_t i = 0; i < cases.size(); ++i)
            if (std::string(cases[i].name) == name)
                return i;
        std::abort();
    };
    // Calls per case and round: about 50 ms of parse.
    double const once = seconds_of(cases[index("parse")].call, 1);
    std::size_t const k = std::max<std::size_t>(1, static_cast<std::size_t>(0.05 / std::max(once, 1e-7)));

    std::vector<std::vector<double>> times(cases.size());
    for (int r = 0; r < rounds; ++r)
        for (std::size_t i = 0; i < cases.size(); ++i)
            if (usable[i])
                times[i].push_back(seconds_of(cases[i].call, k));

    std::printf("\n%s: %zu bytes, %d rounds of %zu call(s) per case\n", in.name.c_str(), in.text.size(), rounds, k);
    std::printf("  %-30s %8s %8s %8s %s\n", "ratio (median of rounds)", "median", "min", "max", "target");
    for (target const& t : targets) {
        std::size_t const a = index(t.faster), b = index(t.slower);
        if (!usable[a] || !usable[b])
            continue;
        std::vector<double> ratios;
        for (int r = 0; r < rounds; ++r)
            ratios.push_back(t.time_ratio ? times[a][r] / times[b][r] : times[b][r] / times[a][r]);
        double const m = median(ratios);
        std::string verdict = "-";
        double const bound = recorded && t.faster == std::string("decode") && t.slower == std::string("parse")
                                 ? recorded_decode_bound
                                 : t.bound;
        if (bound > 0)
            verdict = std::string(t.time_ratio ? "<= " : ">= ") + std::to_string(bound).substr(0, 3) +
                      ((t.time_ratio ? m <= bound : m >= bound) ? " met" : " NOT MET");
        std::printf("  %-30s %8.2f %8.2f %8.2f %s\n", t.label, m, *std::min_element(ratios.begin(), ratios.end()),
                    *std::max_element(ratios.begin(), ratios.end()), verdict.c_str());
    }
    std::printf("  %-30s %12s %14s %14s %10s\n", "case (one call)", "median ms", "allocations", "bytes", "peak bytes");
    std::vector<test_support::allocation_count> counts(cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (!usable[i])
            continue;
        counts[i] = test_support::allocations_of(cases[i].call);
        std::printf("  %-30s %12.3f %14zu %14zu %10zu\n", cases[i].name, median(times[i]) * 1000 / double(k),
                    counts[i].count, counts[i].bytes, counts[i].peak);
    }
    auto const& dec = counts[index("decode")];
    auto const& par = counts[index("parse")];
    if (par.peak > 0)
        std::printf("  peak bytes, decode / parse: %.2f (target <= %.1f: %s); allocations, decode / parse: %.2f\n",
                    double(dec.peak) / double(par.peak), peak_bound,
                    double(dec.peak) <= peak_bound * double(par.peak) ? "met" : "NOT MET",
                    double(dec.count) / double(par.count));
}

// Runs `f` in a child process and waits for it (where there is fork); false if it failed.
template<class F>
bool in_own_process(F&& f)
{
#if defined(__unix__) || defined(__APPLE__)
    std::fflush(stdout);
    pid_t const child = fork();
    if (child == 0) {
        f();
        std::fflush(stdout);
        std::_Exit(0);
    }
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "sentry_api_ratios: an input's process failed\n");
        return false;
    }
    return true;
#else
    f();
    return true;
#endif
}

} // namespace

int main(int argc, char** argv)
{
    int rounds = 15;
    bool corpus = true;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        std::string const arg = argv[i];
        if (arg == "--rounds" && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--corpus") // the default; kept for the commands of earlier notes
            corpus = true;
        else if (arg == "--no-corpus")
            corpus = false;
        else if (arg == "--only" && i + 1 < argc)
            only = argv[++i];
        else {
            std::fprintf(stderr, "usage: sentry_api_ratios [--rounds N] [--no-corpus] [--only INPUT]\n");
            return 2;
        }
    }
    std::filesystem::path const corpus_dir =
        corpus ? std::filesystem::path(SENTRY_API_SHARED_DIR) / "corpus" / "real" : std::filesystem::path();
    std::vector<input> inputs = bench::load_inputs(SENTRY_API_BENCH_DATA, corpus_dir);
    inputs.insert(inputs.begin() + 2, input{"small300k", bench::small_page_of(300000), payload_kind::hashes});
    std::printf("Round-robin ratios (median of per-round ratios; a ratio > 1 means the first case is faster).\n");
    // The first three are the documented body, page100 and small300k; the rest are recorded.
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (only.empty() || inputs[i].name == only)
            if (!in_own_process([&] { run_input(inputs[i], rounds, i >= 3); }))
                return 1;
    std::ifstream load("/proc/loadavg");
    std::string one, five, fifteen;
    if (load >> one >> five >> fifteen)
        std::printf("\nLoad average at the end: %s %s %s\n", one.c_str(), five.c_str(), fifteen.c_str());
    return 0;
}
