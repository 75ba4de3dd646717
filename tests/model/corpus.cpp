// SPDX-License-Identifier: BSL-1.0
#include <sentry_api.hpp>

#define BOOST_TEST_MODULE model_corpus
#include <boost/test/unit_test.hpp>

#include "../support/corpus.hpp"
#include "../support/strict_equal.hpp"

#include <boost/json/parse.hpp>

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

// The recorded real responses in ../shared/corpus/real/ (beside the project) must all decode
// and round-trip losslessly. The folder is not part of the project: without it, these tests
// are reported as skipped.

namespace fs = std::filesystem;

namespace {

struct corpus_present {
    boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const
    {
        boost::test_tools::assertion_result r(fs::is_directory(test_support::corpus_dir()));
        if (!r)
            r.message() << "no corpus at " << test_support::corpus_dir().string();
        return r;
    }
};

// Decodes `text` as T, re-encodes it in every style and checks each against the original.
template<class T>
void check_round_trip(fs::path const& file, std::string const& text)
{
    auto r = sentry_api::decode<T>(text);
    BOOST_TEST_REQUIRE(r.has_value(), file.filename() << ": " << (r ? "" : r.error().to_string()));
    auto original = boost::json::parse(text);
    for (auto s : {sentry_api::style::compact, sentry_api::style::python, sentry_api::style::pretty}) {
        std::string out = sentry_api::encode(*r, s);
        std::string where;
        BOOST_TEST(test_support::strict_equal(original, boost::json::parse(out), where),
                   file.filename() << " differs at " << where);
    }
    // In the file's own style (keys in the order they came), what Python wrote comes back whole.
    auto ts = sentry_api::detect_style(text);
    bool identical = sentry_api::encode(*r, ts.options) + (ts.final_newline ? "\n" : "") == text;
    std::cout << file.filename().string() << ": output in the file's style " << (identical ? "is" : "is not")
              << " byte-identical to the file\n";
    for (char const* python_written : {"01_", "02_", "04_", "05_", "06_"})
        if (file.filename().string().rfind(python_written, 0) == 0)
            BOOST_TEST(identical, file.filename() << " was written by json.dumps and must come back byte for byte");
}

} // namespace

BOOST_AUTO_TEST_CASE(every_recorded_payload_round_trips, *boost::unit_test::precondition(corpus_present()))
{
    auto files = test_support::corpus_files();
    BOOST_TEST(files.size() >= 10u);
    for (auto const& file : files) {
        std::string text = test_support::read_file(file);
        std::string type = test_support::payload_type(boost::json::parse(text));
        if (type == "event")
            check_round_trip<sentry_api::event>(file, text);
        else if (type == "hashes")
            check_round_trip<sentry_api::group_hashes>(file, text);
        else
            check_round_trip<sentry_api::events>(file, text);
    }
}
