// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/codec/decode.hpp>

#define BOOST_TEST_MODULE codec_decode_paths
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>

#include "../support/corpus.hpp"

#include <boost/json/parse.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

// Reading text straight into the structs and reading a boost::json::value parsed from the same
// text are two paths; they must agree: the same value, or the same error at the same pointer.

namespace fs = std::filesystem;

namespace {

struct tally {
    std::size_t compared = 0;
    std::size_t not_json = 0;
};

// Compares both paths on `text` as T; texts Boost.JSON does not parse have no DOM path.
template<class T>
void compare(std::string const& text, tally& t)
{
    boost::system::error_code ec;
    boost::json::value dom = boost::json::parse(text, ec);
    if (ec) {
        ++t.not_json;
        return;
    }
    auto from_text = sentry_api::decode<T>(text);
    auto from_dom = sentry_api::decode<T>(dom);
    using sentry_api::codec::error_kind;
    // Where the text itself is refused (a duplicate key, a number no double or 64-bit integer
    // holds), Boost.JSON's parser made a DOM by its own rules: nothing to compare.
    if (!from_text && (from_text.error().kind == error_kind::syntax || from_text.error().kind == error_kind::duplicate ||
                       from_text.error().kind == error_kind::range)) {
        ++t.not_json;
        return;
    }
    ++t.compared;
    BOOST_TEST_REQUIRE(from_text.has_value() == from_dom.has_value(), text);
    if (from_text) {
        BOOST_TEST(sentry_api::encode(*from_text) == sentry_api::encode(*from_dom));
    } else {
        BOOST_TEST(from_text.error().kind == from_dom.error().kind, text);
        BOOST_TEST(from_text.error().pointer == from_dom.error().pointer, text);
        BOOST_TEST(from_text.error().message == from_dom.error().message, text);
    }
}

template<class T>
void compare_with_mutations(std::string const& text, unsigned seed, tally& t)
{
    compare<T>(text, t);
    std::mt19937 rng(seed);
    char const alphabet[] = "{}[]\":,0123456789.-eEtrufalsn \\x";
    for (int i = 0; i < 300; ++i) {
        std::string m = text;
        int edits = 1 + static_cast<int>(rng() % 3);
        for (int k = 0; k < edits && !m.empty(); ++k) {
            std::size_t at = rng() % m.size();
            char c = alphabet[rng() % (sizeof alphabet - 1)];
            switch (rng() % 3) {
            case 0: m[at] = c; break;
            case 1: m.insert(m.begin() + static_cast<std::ptrdiff_t>(at), c); break;
            default: m.erase(at, 1); break;
            }
        }
        compare<T>(m, t);
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(the_documented_payload_and_its_mutations)
{
    tally t;
    compare_with_mutations<sentry_api::group_hashes>(test_support::read_file(SENTRY_API_TEST_DATA "/issue-hashes-response.json"), 1, t);
    std::cout << "documented: " << t.compared << " texts compared, " << t.not_json << " refused by a parser\n";
    BOOST_TEST(t.compared > 50u);
}

BOOST_AUTO_TEST_CASE(the_recorded_payloads_and_their_mutations)
{
    auto files = test_support::corpus_files();
    if (files.empty()) {
        std::cout << "no corpus at " << test_support::corpus_dir() << ": recorded payloads not compared\n";
        return;
    }
    tally t;
    unsigned seed = 2;
    for (auto const& file : files) {
        std::string text = test_support::read_file(file);
        std::string type = test_support::payload_type(boost::json::parse(text));
        if (type == "event")
            compare_with_mutations<sentry_api::event>(text, seed++, t);
        else if (type == "hashes")
            compare_with_mutations<sentry_api::group_hashes>(text, seed++, t);
        else
            compare_with_mutations<sentry_api::events>(text, seed++, t);
    }
    std::cout << "corpus: " << t.compared << " texts compared, " << t.not_json << " refused by a parser\n";
    BOOST_TEST(t.compared > 1000u);
}
