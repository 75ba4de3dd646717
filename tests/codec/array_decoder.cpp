// SPDX-License-Identifier: BSL-1.0
// array_decoder against decode_and_validate on the whole text: the same values, violations and
// first error (kind, pointer, message, place), however the text is cut into pieces; for good
// pages, pages with violations, and thousands of broken texts made from them.
#define BOOST_TEST_MODULE codec_array_decoder
#include <boost/test/unit_test.hpp>

#include <sentry_api.hpp>
#include <sentry_api/codec.hpp> // array_decoder of the test's own element types, in the separately compiled mode too

#include "../support/corpus.hpp"
#include "../support/counting_new.hpp"

#include <boost/json/value.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::filesystem::path data_dir() { return std::filesystem::path(SENTRY_API_TEST_DATA); }

std::string describe(sentry_api::codec::validation_report const& r)
{
    std::ostringstream out;
    if (r.error)
        out << "error " << r.error->kind << " [" << r.error->pointer << "] " << r.error->message << " @"
            << r.error->offset << ' ' << r.error->line << ':' << r.error->column << '\n';
    for (auto const& v : r.violations)
        out << "violation [" << v.pointer << "] " << static_cast<int>(v.rule) << " " << v.message << "\n";
    if (r.stopped)
        out << "stopped\n";
    return out.str();
}

// The text in pieces of `size` bytes (0: in one piece); `reuse`: into a sequence that holds
// elements already, which are read into.
template<class Sequence>
std::string pieces(std::string const& text, std::size_t size, Sequence& out,
                   sentry_api::codec::decode_options const& options = {})
{
    sentry_api::codec::array_decoder<Sequence> decoder(out, options);
    bool settled = false;
    if (size == 0) {
        settled = !decoder.feed(text);
    } else {
        for (std::size_t at = 0; at < text.size(); at += size)
            settled = !decoder.feed(std::string_view(text).substr(at, size)) || settled;
    }
    auto report = decoder.finish();
    // feed says "settled" only for an outcome that is an error.
    if (settled && !report.error)
        return "feed returned false, but finish found no error\n";
    return describe(report) + (report.error ? std::string() : sentry_api::encode(out));
}

template<class Sequence>
std::string whole(std::string const& text, sentry_api::codec::decode_options const& options = {})
{
    Sequence out;
    auto report = sentry_api::decode_and_validate(out, text, options);
    return describe(report) + (report.error ? std::string() : sentry_api::encode(out));
}

std::size_t compared = 0;

template<class Sequence>
void same(std::string const& text, sentry_api::codec::decode_options const& options = {})
{
    std::string const expected = whole<Sequence>(text, options);
    for (std::size_t size : {std::size_t(0), std::size_t(1), std::size_t(3), std::size_t(64)}) {
        Sequence out;
        std::string const got = pieces(text, size, out, options);
        ++compared;
        BOOST_TEST(got == expected, "pieces of " << size << " differ for text:\n"
                                                 << text << "\nexpected:\n" << expected << "\ngot:\n" << got);
        if (got != expected)
            return;
    }
}

std::string compact_documented()
{
    return test_support::read_file(data_dir() / "issue-hashes-response.compact.json");
}

// A small page that holds every kind of thing: a held object, an unknown key, nesting, escapes,
// numbers, a string with brackets in it.
std::string const small_page =
    R"([{"id": "c4a4d06bc314205bb3b6bdb612dde7f1", "latestEvent": null, "state": "locked"},)"
    "\n"
    R"( {"id":"aaaabbbbccccddddeeeeffff00001111","latestEvent":{"eventID":"9fac2ceed9344f2bbfdd1fdacb0ed9b1",)"
    R"("id":"1","tags":[{"key":"k]","value":"v\"}{"}],"context":{"a":[1,2.5,{"b":null}],"c":"\u00e9"},)"
    R"("x-new":[true,false]},"mergedBySeer":false,"seerMatchDistance":0.25}  ])";

} // namespace

BOOST_AUTO_TEST_CASE(good_pages_are_decoded_as_a_whole_text_is)
{
    same<sentry_api::group_hashes>(test_support::read_file(data_dir() / "issue-hashes-response.json"));
    same<sentry_api::group_hashes>(compact_documented());
    same<sentry_api::group_hashes>(test_support::read_file(data_dir() / "pages" / "page1.json"));
    same<sentry_api::group_hashes>(test_support::read_file(data_dir() / "fidelity" / "hashes-newer.json"));
    same<sentry_api::group_hashes>(test_support::read_file(data_dir() / "fidelity" / "hashes-id-only-2016.json"));
    same<sentry_api::events>(test_support::read_file(data_dir() / "fidelity" / "events-mixed-ids.json"));
    same<sentry_api::group_hashes>(small_page);
    for (char const* text : {"[]", " [ ] ", "\n[\n]\n", "[{\"id\": \"x\"}]", "[null]"})
        same<sentry_api::group_hashes>(text);
    for (auto const& file : test_support::corpus_files()) {
        std::string text = test_support::read_file(file);
        if (!text.empty() && text.find_first_not_of(" \n\r\t") != std::string::npos &&
            text[text.find_first_not_of(" \n\r\t")] == '[') {
            same<sentry_api::group_hashes>(text);
            same<sentry_api::events>(text);
        }
    }
}

BOOST_AUTO_TEST_CASE(violations_and_data_errors_carry_the_element_s_pointer)
{
    // Violations go on; the first data error ends the read, unless the text is not JSON later.
    for (char const* text : {
             R"([{"id": "c4a4d06bc314205bb3b6bdb612dde7f1"}, {"id": "not hex", "state": 5}])",
             R"([{"id": "c4a4d06bc314205bb3b6bdb612dde7f1"}, {"latestEvent": null}, {"id": null}])",
             R"([{"id": "c4a4d06bc314205bb3b6bdb612dde7f1"}, {"id": 5}, {"id": "x"}])",
             R"([{"id": 5}, {"id": "x"} {"id": "y"}])",
             R"([{"id": 5}, {"id": "x", "id": "y"}])",
             R"([{"id": 5}, {"a": [[[[[[1]]]]]]}])",
             R"([{"id": 5}, 1e400, {]])",
             R"([{"id": 5}, {"id": "x"}] x)",
             R"([{"id": 5}, {"id": "x"}])",
             R"([{"id": 5}, {"id": "x"})",
             R"([{"id": 5}, )",
             R"([1, 2 3])",
             R"([tru])",
             R"([12}])",
             R"([{"id": "x"}, "\uD800"])",
             "[\"\xEF\xBB\xBF\"]",
             "[\xEF\xBB\xBF]",
             "\xEF\xBB\xBF[]",
             R"({"id": "x"})",
             R"("[")",
             "",
             "   ",
             "[",
             "[,]",
             "[{},]",
             "[{}]]",
             "[]{}",
         })
        same<sentry_api::group_hashes>(text);
    sentry_api::codec::decode_options shallow;
    shallow.max_depth = 4;
    same<sentry_api::group_hashes>(R"([{"id": "x", "u": {"a": [1]}}, {"id": "y", "u": {"a": [[1]]}}])", shallow);
    same<sentry_api::group_hashes>(R"([{"id": 5}, {"id": "y", "u": {"a": [[1]]}}])", shallow);
    shallow.max_depth = 0;
    same<sentry_api::group_hashes>("[]", shallow);
    sentry_api::codec::decode_options few;
    few.max_violations = 1;
    same<sentry_api::group_hashes>(R"([{"id": "not hex"}, {"id": "nor this"}, {"state": 1}])", few);
}

// A string element whose bad `\u` escape comes after a high surrogate: the error is at that
// `\u`, however many bytes follow it in the text (the whole text's reader used to place it by
// how far it had read, so an element, which ends at its quote, was placed a byte before).
BOOST_AUTO_TEST_CASE(an_escape_error_is_placed_as_the_whole_text_places_it)
{
    std::string const text = "[\n  {\n    \"x\": 1},\n   \" sxa\\ud83d\\u  \"]";
    std::string const expected = whole<sentry_api::group_hashes>(text);
    BOOST_TEST(expected == "error syntax [] expected four hex digits after \\u @33 4:15\n");
    for (std::size_t size = 1; size <= text.size(); ++size) {
        sentry_api::group_hashes out;
        BOOST_TEST(pieces(text, size, out) == expected, "pieces of " << size << ": " << pieces(text, size, out));
    }
    for (char const* t : {"[\"\\ud83d\\u  \"]", "[\"\\ud83d\\u\"]", "[\"\\ud83d\\uZ\"]", "[\"\\ud83d\\\"]",
                          "[\"\\ud83d\\ud\"]", "[\"\\ud83d\\n\"]", "[\"\\ud83d\"]", "[\"\\udc00\"]",
                          "[1, \"a\\u12\"]", "[\"\\ud83d\\u00\"]"}) {
        std::string const one = t;
        for (std::size_t size = 1; size <= one.size(); ++size) {
            sentry_api::group_hashes out;
            BOOST_TEST(pieces(one, size, out) == whole<sentry_api::group_hashes>(one), one << " in pieces of " << size);
        }
        same<std::vector<std::string>>(one);
    }
}

BOOST_AUTO_TEST_CASE(elements_of_any_type)
{
    for (char const* text : {"[1, -2, 3.5e1]", "[1,2 ,3\n]", "[1 2]", "[01]", "[1.]", "[-]", "[1,]", "[\"a\" \"b\"]",
                             "[null, true, false]", "[nul]", "[truex]", "[[1], [2, [3]]]", "[{\"a\": 1}]"}) {
        same<std::vector<boost::json::value>>(text);
        same<std::vector<std::int64_t>>(text);
        same<std::vector<std::string>>(text);
        same<std::vector<sentry_api::json_text>>(text);
    }
}

BOOST_AUTO_TEST_CASE(broken_texts_fail_as_the_whole_text_does)
{
    // Every prefix, and every byte replaced by, or preceded by, one that matters to the splitter
    // or to the reader.
    std::string const page = small_page;
    for (std::size_t n = 0; n <= page.size(); ++n)
        same<sentry_api::group_hashes>(page.substr(0, n));
    std::string const bytes = "{}[],:\"\\ \n0-e.tnx\x01\xC3";
    for (std::size_t i = 0; i < page.size(); ++i)
        for (char b : bytes) {
            std::string replaced = page;
            replaced[i] = b;
            same<sentry_api::group_hashes>(replaced);
            std::string inserted = page;
            inserted.insert(inserted.begin() + static_cast<std::ptrdiff_t>(i), b);
            same<sentry_api::group_hashes>(inserted);
        }
    // Random pieces of random damage to the documented body.
    std::mt19937 random(20261204);
    std::string const documented = compact_documented();
    for (int round = 0; round < 300; ++round) {
        std::string text = "[" + documented.substr(1, documented.size() - 2) + "," +
                           documented.substr(1, documented.size() - 2) + "]";
        std::size_t at = random() % text.size();
        text[at] = bytes[random() % bytes.size()];
        same<sentry_api::group_hashes>(text);
    }
    BOOST_TEST_MESSAGE(compared << " comparisons");
}

BOOST_AUTO_TEST_CASE(elements_already_there_are_read_into_and_those_left_over_go)
{
    sentry_api::group_hashes page;
    std::string const documented = compact_documented();
    BOOST_TEST(!sentry_api::decode_and_validate(page, "[" + documented.substr(1, documented.size() - 2) + "," +
                                                          documented.substr(1, documented.size() - 2) + "]")
                    .error);
    BOOST_TEST(page.size() == 2u);
    std::string got = pieces(std::string(small_page), 5, page);
    BOOST_TEST(got == whole<sentry_api::group_hashes>(small_page));
    BOOST_TEST(page.size() == 2u);
    got = pieces(std::string("[{\"id\": \"c4a4d06bc314205bb3b6bdb612dde7f1\"}]"), 2, page);
    BOOST_TEST(page.size() == 1u);
    BOOST_TEST(page[0].id.value_or("") == "c4a4d06bc314205bb3b6bdb612dde7f1");
    BOOST_TEST(!page[0].latestEvent.has_value());
    BOOST_TEST(!page[0].latestEvent.is_null());
}

BOOST_AUTO_TEST_CASE(reset_starts_again)
{
    sentry_api::group_hashes page;
    sentry_api::codec::array_decoder<sentry_api::group_hashes> decoder(page);
    decoder.feed("[{\"id\": 5}, {\"id\"");
    decoder.reset();
    decoder.feed(small_page);
    auto report = decoder.finish();
    BOOST_TEST(!report.error);
    BOOST_TEST(page.size() == 2u);
    BOOST_TEST(decoder.elements() == 2u);
}

BOOST_AUTO_TEST_CASE(only_the_element_being_read_is_held_as_text)
{
    // 2,000 elements: the decoder holds their values, and one element's text at a time.
    std::string const documented = compact_documented();
    std::string const element = documented.substr(1, documented.size() - 2);
    std::string text = "[";
    for (int i = 0; i < 200; ++i)
        text += (i ? "," : "") + element;
    text += "]";
    sentry_api::group_hashes whole_page, piece_page;
    auto held_whole = test_support::allocations_of([&] {
        std::string copy = text; // the body, as a client holds it
        BOOST_TEST(!sentry_api::decode_and_validate(whole_page, copy).error);
    });
    auto held_pieces = test_support::allocations_of([&] {
        sentry_api::codec::array_decoder<sentry_api::group_hashes> decoder(piece_page);
        for (std::size_t at = 0; at < text.size(); at += 16384)
            decoder.feed(std::string_view(text).substr(at, 16384));
        BOOST_TEST(!decoder.finish().error);
    });
    BOOST_TEST(sentry_api::encode(whole_page) == sentry_api::encode(piece_page));
    BOOST_TEST_MESSAGE("text " << text.size() << " bytes; peak whole " << held_whole.peak << ", in pieces "
                               << held_pieces.peak);
    // The text is not held: at least its size less, give or take an element's text.
    BOOST_TEST(held_pieces.peak + text.size() <= held_whole.peak + 2 * element.size());
}
