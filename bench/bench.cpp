// SPDX-License-Identifier: BSL-1.0
// sentry_api_bench: throughput of sentry-api's typed decode, encode and validate against
// Boost.JSON, nlohmann/json and simdjson on the same inputs, then a summary of the medians,
// their ratios to boost::json::parse, and the allocations of one decode.
//
// Full run:  sentry_api_bench                  (5 repetitions of each case, medians reported)
// Smoke run: sentry_api_bench --benchmark_min_time=0.01 --benchmark_repetitions=1
// Any Google Benchmark flag works (--benchmark_filter=/documented$, ...); the last one given wins.

#include "../tests/support/allocation_count.hpp"
#include "inputs.hpp"
#include "nlohmann_model.hpp"

#include <sentry_api.hpp>

#include <benchmark/benchmark.h>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <simdjson.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace {

using test_support::allocation_count;
using test_support::allocations_of;
using bench::input;
using bench::payload_kind;

// ---- The cases. Each runs `call` once (false: the case cannot handle this input), then times it.
// Every case on an input reports that input's size as its bytes, so MB/s compare across cases.

template<class F>
void measure(benchmark::State& state, input const& in, F call)
{
    if (!call()) {
        state.SkipWithError("this case cannot process this input");
        return;
    }
    for (auto _ : state)
        call();
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(in.text.size()));
}

template<class T>
void our_decode(benchmark::State& state, input const& in)
{
    measure(state, in, [&] {
        auto r = sentry_api::decode<T>(in.text);
        benchmark::DoNotOptimize(r);
        return r.has_value();
    });
}

template<class T>
void our_encode(benchmark::State& state, input const& in)
{
    auto const value = sentry_api::decode<T>(in.text);
    measure(state, in, [&] {
        if (!value)
            return false;
        std::string text = sentry_api::encode(*value, sentry_api::style::compact);
        benchmark::DoNotOptimize(text);
        return true;
    });
}

template<class T>
void our_validate(benchmark::State& state, input const& in)
{
    measure(state, in, [&] {
        auto report = sentry_api::validate<T>(in.text);
        benchmark::DoNotOptimize(report);
        return !report.error;
    });
}

void boost_parse(benchmark::State& state, input const& in)
{
    measure(state, in, [&] {
        boost::json::error_code ec;
        boost::json::value v = boost::json::parse(in.text, ec);
        benchmark::DoNotOptimize(v);
        return !ec;
    });
}

void boost_parse_monotonic(benchmark::State& state, input const& in)
{
    measure(state, in, [&] {
        boost::json::monotonic_resource resource;
        boost::json::error_code ec;
        boost::json::value v = boost::json::parse(in.text, ec, &resource);
        benchmark::DoNotOptimize(v);
        return !ec;
    });
}

void boost_serialize(benchmark::State& state, input const& in)
{
    boost::json::error_code ec;
    boost::json::value const dom = boost::json::parse(in.text, ec);
    measure(state, in, [&] {
        if (ec)
            return false;
        std::string text = boost::json::serialize(dom);
        benchmark::DoNotOptimize(text);
        return true;
    });
}

template<class N>
void nlohmann_read(benchmark::State& state, input const& in)
{
    measure(state, in, [&] {
        auto value = bench::nl::read_once<N>(in.text);
        benchmark::DoNotOptimize(value);
        return value.has_value();
    });
}

template<class N>
void nlohmann_write(benchmark::State& state, input const& in)
{
    auto const value = bench::nl::read_once<N>(in.text);
    measure(state, in, [&] {
        if (!value)
            return false;
        std::string text = nlohmann::json(*value).dump();
        benchmark::DoNotOptimize(text);
        return true;
    });
}

void simdjson_parse(benchmark::State& state, input const& in)
{
    simdjson::dom::parser parser;
    simdjson::padded_string const padded(in.text);
    measure(state, in, [&] {
        simdjson::dom::element doc;
        auto error = parser.parse(padded).get(doc);
        benchmark::DoNotOptimize(doc);
        return error == simdjson::SUCCESS;
    });
}

// The case names, in the order they run and are summarized.
constexpr char const* case_names[] = {"decode",    "encode",        "validate",       "parse",         "parse_monotonic",
                                      "serialize", "nlohmann_read", "nlohmann_write", "simdjson_parse"};

// Our type and the nlohmann equivalent for each kind of payload.
template<class T, class N>
struct types {
    using ours = T;
    using theirs = N;
};

template<class F>
void with_types(payload_kind kind, F&& f)
{
    switch (kind) {
    case payload_kind::hashes:
        return f(types<sentry_api::group_hashes, std::vector<bench::nl::group_hash>>{});
    case payload_kind::event:
        return f(types<sentry_api::event, bench::nl::event>{});
    case payload_kind::events:
        return f(types<sentry_api::events, std::vector<bench::nl::event>>{});
    }
}

void register_cases(input const& in)
{
    with_types(in.kind, [&](auto t) {
        using T = typename decltype(t)::ours;
        using N = typename decltype(t)::theirs;
        using function = void (*)(benchmark::State&, input const&);
        function const functions[] = {our_decode<T>,     our_encode<T>,     our_validate<T>,
                                      boost_parse,       boost_parse_monotonic, boost_serialize,
                                      nlohmann_read<N>,  nlohmann_write<N>, simdjson_parse};
        static_assert(std::size(functions) == std::size(case_names));
        for (std::size_t i = 0; i < std::size(functions); ++i)
            benchmark::RegisterBenchmark((std::string(case_names[i]) + "/" + in.name).c_str(), functions[i],
                                         std::cref(in));
    });
}

// ---- Summary: Google Benchmark's console table, keeping the median bytes/s of each case.

class summary_reporter : public benchmark::ConsoleReporter {
public:
    summary_reporter() : ConsoleReporter(OO_None) {}

    void ReportRuns(std::vector<Run> const& runs) override
    {
        for (Run const& run : runs) {
            bool const median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            bool const single = run.run_type == Run::RT_Iteration && run.repetitions <= 1;
            auto const rate = run.counters.find("bytes_per_second");
            if (!run.error_occurred && (median || single) && rate != run.counters.end()) {
                std::string const& name = run.run_name.function_name;  // case/input
                auto const slash = name.find('/');
                rates_[{name.substr(slash + 1), name.substr(0, slash)}] = rate->second.value;
                repetitions_ = run.repetitions;
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }

    bool empty() const { return rates_.empty(); }
    std::int64_t repetitions() const { return repetitions_; }

    /// Median MiB/s of a case on an input; 0 when it did not run.
    double mibs(std::string const& input, std::string const& case_name) const
    {
        auto it = rates_.find({input, case_name});
        return it == rates_.end() ? 0 : it->second / (1024.0 * 1024.0);
    }

private:
    std::map<std::pair<std::string, std::string>, double> rates_;  // (input, case) -> bytes/s
    std::int64_t repetitions_ = 0;
};

void print_ratio(double numerator, double denominator)
{
    if (numerator > 0 && denominator > 0)
        std::printf("  %9.2f", numerator / denominator);
    else
        std::printf("  %9s", "-");
}

void print_throughput(summary_reporter const& results, std::vector<input> const& inputs)
{
    std::printf("\nSummary: median of %lld repetition(s); MiB/s of input bytes (1 MiB = 2^20 B, as above);\n"
                "x parse = throughput / boost::json::parse (default allocator) on the same input.\n\n",
                static_cast<long long>(results.repetitions()));
    std::printf("%-16s %-56s %8s %10s  %9s\n", "case", "input", "bytes", "MiB/s", "x parse");
    for (input const& in : inputs) {
        double const parse = results.mibs(in.name, "parse");
        for (char const* name : case_names) {
            double const rate = results.mibs(in.name, name);
            if (rate == 0)
                continue;
            std::printf("%-16s %-56s %8zu %10.1f", name, in.name.c_str(), in.text.size(), rate);
            print_ratio(rate, parse);
            std::printf("\n");
        }
    }
}

void print_targets(summary_reporter const& results, std::vector<input> const& inputs)
{
    std::printf("\nTargets (DESIGN.md): decode/parse >= 1.0, encode/serialize >= 1.0, decode/nlohmann_read >= 5,\n"
                "validate time/decode time <= 1.5 (ratios of the medians above).\n\n");
    std::printf("%-56s  %9s  %9s  %9s  %9s\n", "input", "dec/parse", "enc/ser", "dec/nl", "val/dec t");
    for (input const& in : inputs) {
        if (results.mibs(in.name, "decode") == 0)
            continue;
        auto rate = [&](char const* name) { return results.mibs(in.name, name); };
        std::printf("%-56s", in.name.c_str());
        print_ratio(rate("decode"), rate("parse"));
        print_ratio(rate("encode"), rate("serialize"));
        print_ratio(rate("decode"), rate("nlohmann_read"));
        print_ratio(rate("decode"), rate("validate"));
        std::printf("\n");
    }
}

void print_allocations(summary_reporter const& results, std::vector<input> const& inputs)
{
    std::printf("\nAllocations of one call (count / bytes):\n\n");
    std::printf("%-56s %20s %20s %20s %20s\n", "input", "decode", "parse", "parse_monotonic", "nlohmann_read");
    for (input const& in : inputs) {
        if (results.mibs(in.name, "decode") == 0)
            continue;
        with_types(in.kind, [&](auto t) {
            using T = typename decltype(t)::ours;
            using N = typename decltype(t)::theirs;
            allocation_count const counts[] = {
                allocations_of([&] { benchmark::DoNotOptimize(sentry_api::decode<T>(in.text)); }),
                allocations_of([&] { benchmark::DoNotOptimize(boost::json::parse(in.text)); }),
                allocations_of([&] {
                    boost::json::monotonic_resource resource;
                    benchmark::DoNotOptimize(boost::json::parse(in.text, &resource));
                }),
                allocations_of([&] { benchmark::DoNotOptimize(bench::nl::read_once<N>(in.text)); }),
            };
            std::printf("%-56s", in.name.c_str());
            for (allocation_count const& c : counts)
                std::printf(" %20s", (std::to_string(c.count) + " / " + std::to_string(c.bytes)).c_str());
            std::printf("\n");
        });
    }
}

void print_load_average()
{
    std::ifstream file("/proc/loadavg");
    std::string one, five, fifteen;
    if (file >> one >> five >> fifteen)
        std::printf("\nLoad average at the end: %s %s %s\n", one.c_str(), five.c_str(), fifteen.c_str());
}

} // namespace

int main(int argc, char** argv)
{
    // Our defaults go first, so that a flag on the command line overrides them.
    static char repetitions[] = "--benchmark_repetitions=5";
    static char aggregates_only[] = "--benchmark_report_aggregates_only=true";
    std::vector<char*> args{argv[0], repetitions, aggregates_only};
    args.insert(args.end(), argv + 1, argv + argc);
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data()))
        return 1;

    std::vector<input> const inputs =
        bench::load_inputs(SENTRY_API_BENCH_DATA, std::string(SENTRY_API_SHARED_DIR) + "/corpus/real");
    for (input const& in : inputs)
        register_cases(in);

    summary_reporter results;
    benchmark::RunSpecifiedBenchmarks(&results);
    benchmark::Shutdown();
    if (results.empty())
        return 0;

    print_throughput(results, inputs);
    print_targets(results, inputs);
    print_allocations(results, inputs);
    print_load_average();
    std::fflush(stdout);
    return 0;
}
