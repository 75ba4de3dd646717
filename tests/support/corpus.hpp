// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_TESTS_SUPPORT_CORPUS_HPP
#define SENTRY_API_TESTS_SUPPORT_CORPUS_HPP

// Reading test files, and the recorded payloads of ../shared/corpus/real/ with their types.

#include <boost/json/value.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace test_support {

inline std::string read_file(std::filesystem::path const& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The value of the `Link` header of a headers file of tests/data (`Link: ...` lines, CRLF or
/// LF); empty when there is none.
inline std::string link_header_of(std::string const& file)
{
    std::ifstream in(std::string(SENTRY_API_TEST_DATA) + "/" + file, std::ios::binary);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("Link: ", 0) == 0) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            return line.substr(6);
        }
    return {};
}

/// The folder of recorded payloads (it may be missing: the tests pass without it).
inline std::filesystem::path corpus_dir()
{
    return std::filesystem::path(SENTRY_API_SHARED_DIR) / "corpus" / "real";
}

/// The recorded payloads, sorted; empty when the folder is missing.
inline std::vector<std::filesystem::path> corpus_files()
{
    std::vector<std::filesystem::path> files;
    if (!std::filesystem::is_directory(corpus_dir()))
        return files;
    for (auto const& e : std::filesystem::directory_iterator(corpus_dir()))
        if (e.path().extension() == ".json")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

/// Every payload this suite has: the JSON files of tests/data (its subfolders too, sorted; not
/// validation_cases.json, which holds cases, not a payload), then the recorded ones.
inline std::vector<std::filesystem::path> payload_files()
{
    std::vector<std::filesystem::path> files;
    for (auto const& e : std::filesystem::recursive_directory_iterator(SENTRY_API_TEST_DATA))
        if (e.path().extension() == ".json" && e.path().filename() != "validation_cases.json")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (auto const& f : corpus_files())
        files.push_back(f);
    return files;
}

/// As `sentry-api --type auto` decides: an object is an "event"; an array whose first item has
/// `eventID` and no `latestEvent` is "events"; any other array (an empty one too) is "hashes".
inline std::string payload_type(boost::json::value const& dom)
{
    if (dom.is_object())
        return "event";
    auto const& a = dom.as_array();
    bool events = !a.empty() && a[0].is_object() && a[0].as_object().contains("eventID") &&
                  !a[0].as_object().contains("latestEvent");
    return events ? "events" : "hashes";
}

} // namespace test_support

#endif
