// SPDX-License-Identifier: BSL-1.0
// Walks the pages of an issue's hashes offline, the way a client walks them online.
//
//   example_walk_pages DIR [EXPECTED_HASHES]
//
// DIR holds saved responses: `urls.txt` maps each request URL to a file stem (`URL<TAB>stem`, the
// first line is where to start), and each stem has `<stem>.json` (the body) and `<stem>.headers`.
// From each page the `next` link of the `Link` header leads on, until `results="false"`.
// A summary of each page goes to stdout, a progress line to stderr. With EXPECTED_HASHES, the
// exit code says whether that many hashes were seen (so the example runs as a test).

#include <sentry_api.hpp>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

namespace {

std::optional<std::string> read_file(std::string const& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The value of a header (case-insensitive name) in saved response headers.
std::optional<std::string> header(std::string const& headers, std::string name)
{
    auto lower = [](std::string s) {
        for (char& c : s)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    name = lower(name) + ":";
    std::istringstream lines(headers);
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (lower(line.substr(0, name.size())) == name) {
            std::size_t start = line.find_first_not_of(' ', name.size());
            return start == std::string::npos ? std::string() : line.substr(start);
        }
    }
    return std::nullopt;
}

int fail(std::string const& what)
{
    std::cerr << "error: " << what << '\n';
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2 && argc != 3)
        return fail("usage: example_walk_pages DIR [EXPECTED_HASHES]");
    std::string dir = argv[1];

    std::map<std::string, std::string> saved; // URL -> stem
    std::string url;
    {
        std::ifstream in(dir + "/urls.txt");
        if (!in)
            return fail(dir + "/urls.txt: cannot open");
        std::string line;
        while (std::getline(in, line)) {
            std::size_t tab = line.find('\t');
            if (tab == std::string::npos)
                continue;
            if (url.empty())
                url = line.substr(0, tab);
            saved[line.substr(0, tab)] = line.substr(tab + 1);
        }
    }

    std::size_t page = 0, total = 0;
    while (!url.empty()) {
        auto stem = saved.find(url);
        if (stem == saved.end())
            return fail(url + ": no saved response");
        std::string base = dir + "/" + stem->second;
        auto body = read_file(base + ".json");
        auto headers = read_file(base + ".headers");
        if (!body || !headers)
            return fail(base + ": cannot read the body and headers");

        auto hashes = sentry_api::decode<sentry_api::group_hashes>(*body);
        if (!hashes)
            return fail(base + ".json: " + hashes.error().to_string());
        ++page;
        total += hashes->size();
        std::cout << "page " << page << ": " << hashes->size() << " hashes\n";
        for (auto const& h : *hashes) {
            std::cout << "  " << h.id.value_or("(no id)");
            if (h.latestEvent.has_value())
                std::cout << "  event " << h.latestEvent->eventID.value_or("(no eventID)") << "  " << h.latestEvent->title.value_or("(no title)");
            else
                std::cout << "  (no latest event)";
            std::cout << '\n';
        }
        std::cerr << "page " << page << " read, " << total << " hashes so far\n";

        url.clear();
        if (auto link = header(*headers, "Link")) {
            auto links = sentry_api::parse_link_header(*link);
            if (!links)
                return fail(base + ".headers: Link: " + links.error().to_string());
            if (auto next = sentry_api::next_page(*links))
                url = next->url;
        }
    }
    std::cout << page << " pages, " << total << " hashes\n";
    return argc == 3 && std::to_string(total) != argv[2] ? 1 : 0;
}
