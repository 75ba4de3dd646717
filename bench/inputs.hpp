// SPDX-License-Identifier: BSL-1.0
// The inputs of the benchmark: the documented body, a 100-item page made from it, the corpus.
#ifndef SENTRY_API_BENCH_INPUTS_HPP
#define SENTRY_API_BENCH_INPUTS_HPP

#include <sentry_api.hpp>

#include <boost/json/parse.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

/// The type a payload decodes as, chosen as `sentry-api --type auto` does.
enum class payload_kind { hashes, event, events };

/// One input text, named for the benchmark's case names.
struct input {
    std::string name;
    std::string text;
    payload_kind kind;
};

inline std::string read_file(std::filesystem::path const& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw std::runtime_error("cannot read " + path.string());
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

/// As `sentry-api --type auto`: an object is an event; an array whose first item has `eventID`
/// and no `latestEvent` is a list of events; any other array is a page of hashes. Nothing when the text is not a JSON object or array.
inline std::optional<payload_kind> kind_of(std::string_view text)
{
    boost::json::error_code ec;
    boost::json::value const v = boost::json::parse(text, ec);
    if (ec)
        return std::nullopt;
    if (v.is_object())
        return payload_kind::event;
    if (!v.is_array())
        return std::nullopt;
    boost::json::array const& items = v.get_array();
    bool const events = !items.empty() && items.front().is_object() && items.front().get_object().contains("eventID") &&
                        !items.front().get_object().contains("latestEvent");
    return events ? payload_kind::events : payload_kind::hashes;
}

/// `n` copies of the documented item with distinct hash ids, written compact.
inline std::string page_of(std::string_view documented, std::size_t n)
{
    auto r = sentry_api::decode<sentry_api::group_hashes>(documented);
    if (!r || r->empty())
        throw std::runtime_error("the documented body does not decode");
    sentry_api::group_hashes page(n, r->front());
    for (std::size_t i = 0; i < n; ++i) {
        char id[33];
        std::snprintf(id, sizeof id, "%032zx", i);
        page[i].id = std::string(id);
    }
    return sentry_api::encode(page, sentry_api::style::compact);
}

/// `n` hashes `{"id": "<32 hex>", "latestEvent": null}`, written as `json.dumps` writes them: many
/// small items, where per-item costs show.
inline std::string small_page_of(std::size_t n)
{
    std::string text = "[";
    for (std::size_t i = 0; i < n; ++i) {
        char item[80];
        std::snprintf(item, sizeof item, "%s{\"id\": \"%032zx\", \"latestEvent\": null}", i == 0 ? "" : ", ", i * 2654435761u);
        text += item;
    }
    return text + "]";
}

/// `text` without the white space between its tokens: the same payload, bytes and key order
/// kept, as a server that writes compact JSON sends it.
inline std::string compact_of(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (in_string) {
            out += c;
            if (c == '\\' && i + 1 < text.size())
                out += text[++i];
            else if (c == '"')
                in_string = false;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out += c;
            in_string = c == '"';
        }
    }
    return out;
}

/// The documented body (compact), the 100-item page, then each `*.json` of `corpus_dir` (when
/// it exists) in name order, as recorded and then re-written compact (named `NAME.compact`). A
/// corpus file that is not JSON is skipped with a note.
inline std::vector<input> load_inputs(std::filesystem::path const& data_dir, std::filesystem::path const& corpus_dir)
{
    std::vector<input> inputs;
    std::string documented = read_file(data_dir / "issue-hashes-response.compact.json");
    inputs.push_back({"page100", page_of(documented, 100), payload_kind::hashes});
    inputs.insert(inputs.begin(), {"documented", std::move(documented), payload_kind::hashes});

    std::error_code ec;
    if (!std::filesystem::is_directory(corpus_dir, ec))
        return inputs;
    std::vector<std::filesystem::path> files;
    for (auto const& entry : std::filesystem::directory_iterator(corpus_dir))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (auto const& file : files) {
        std::string text = read_file(file);
        if (auto kind = kind_of(text)) {
            std::string compact = compact_of(text);
            inputs.push_back({file.stem().string(), std::move(text), *kind});
            if (compact.size() != inputs.back().text.size())
                inputs.push_back({file.stem().string() + ".compact", std::move(compact), *kind});
        } else
            std::fprintf(stderr, "note: skipping %s: not a JSON object or array\n", file.string().c_str());
    }
    return inputs;
}

} // namespace bench

#endif
