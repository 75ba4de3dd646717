#include <sentry_api.hpp>

#define BOOST_TEST_MODULE model_corpus
#include <boost/test/unit_test.hpp>

#include "../support/strict_equal.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

// The recorded real responses in ../shared/corpus/real/ (beside the project) must all decode
// and round-trip losslessly. The folder is not part of the project: without it, these tests
// are reported as skipped.

namespace fs = std::filesystem;

namespace {

fs::path corpus_dir() { return fs::path(SENTRY_API_SHARED_DIR) / "corpus" / "real"; }

struct corpus_present {
    boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const
    {
        boost::test_tools::assertion_result r(fs::is_directory(corpus_dir()));
        if (!r)
            r.message() << "no corpus at " << corpus_dir().string();
        return r;
    }
};

std::vector<fs::path> corpus_files()
{
    std::vector<fs::path> files;
    for (auto const& e : fs::directory_iterator(corpus_dir()))
        if (e.path().extension() == ".json")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string read(fs::path const& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

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
    bool identical = sentry_api::encode(*r, sentry_api::style::pretty) == text;
    std::cout << file.filename().string() << ": pretty output " << (identical ? "is" : "is not")
              << " byte-identical to the file\n";
}

} // namespace

BOOST_AUTO_TEST_CASE(every_recorded_payload_round_trips, *boost::unit_test::precondition(corpus_present()))
{
    auto files = corpus_files();
    BOOST_TEST(files.size() >= 10u);
    for (auto const& file : files) {
        std::string text = read(file);
        auto dom = boost::json::parse(text);
        if (dom.is_object())
            check_round_trip<sentry_api::event>(file, text);
        else if (!dom.get_array().empty() && dom.get_array()[0].get_object().contains("latestEvent"))
            check_round_trip<sentry_api::group_hashes>(file, text);
        else
            check_round_trip<sentry_api::events>(file, text);
    }
}
