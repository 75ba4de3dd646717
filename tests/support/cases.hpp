// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_TESTS_SUPPORT_CASES_HPP
#define SENTRY_API_TESTS_SUPPORT_CASES_HPP

// The validation cases of tests/data/validation_cases.json, built into documents.

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace test_support {

struct validation_case {
    std::string name;
    std::string type; // "hashes" or "event"
    boost::json::value document;
    std::set<std::pair<std::string, std::string>> violations; // (pointer, rule)
};

inline std::vector<std::string> pointer_tokens(std::string const& pointer)
{
    std::vector<std::string> tokens;
    std::size_t i = 0;
    while (i < pointer.size()) {
        std::size_t next = pointer.find('/', i + 1);
        std::string raw = pointer.substr(i + 1, next == std::string::npos ? std::string::npos : next - i - 1);
        std::string token;
        for (std::size_t k = 0; k < raw.size(); ++k) {
            if (raw[k] == '~' && k + 1 < raw.size()) {
                token += raw[k + 1] == '1' ? '/' : '~';
                ++k;
            } else {
                token += raw[k];
            }
        }
        tokens.push_back(token);
        i = next == std::string::npos ? pointer.size() : next;
    }
    return tokens;
}

// The parent of the value at `pointer`, and the last token.
inline boost::json::value& parent_of(boost::json::value& doc, std::string const& pointer, std::string& last)
{
    auto tokens = pointer_tokens(pointer);
    if (tokens.empty())
        throw std::invalid_argument("empty pointer");
    last = tokens.back();
    boost::json::value* v = &doc;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i)
        v = v->is_array() ? &v->as_array().at(std::stoul(tokens[i])) : &v->as_object().at(tokens[i]);
    return *v;
}

inline void set_at(boost::json::value& doc, std::string const& pointer, boost::json::value const& value)
{
    std::string last;
    auto& parent = parent_of(doc, pointer, last);
    if (parent.is_array())
        parent.as_array().at(std::stoul(last)) = value;
    else
        parent.as_object()[last] = value;
}

inline void remove_at(boost::json::value& doc, std::string const& pointer)
{
    std::string last;
    auto& parent = parent_of(doc, pointer, last);
    if (parent.is_array())
        parent.as_array().erase(parent.as_array().begin() + static_cast<std::ptrdiff_t>(std::stoul(last)));
    else if (!parent.as_object().erase(last))
        throw std::invalid_argument("nothing to remove at " + pointer);
}

inline std::vector<validation_case> load_validation_cases(std::string const& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    std::ostringstream text;
    text << in.rdbuf();
    auto root = boost::json::parse(text.str());
    auto const& bases = root.at("bases").as_object();
    std::vector<validation_case> cases;
    for (auto const& c : root.at("cases").as_array()) {
        auto const& o = c.as_object();
        validation_case vc;
        vc.name = o.at("name").as_string().c_str();
        vc.type = o.at("type").as_string().c_str();
        vc.document = o.contains("document") ? o.at("document") : bases.at(o.at("base").as_string());
        if (auto const* set = o.if_contains("set"))
            for (auto const& op : set->as_array())
                set_at(vc.document, op.at(0).as_string().c_str(), op.at(1));
        if (auto const* rm = o.if_contains("remove"))
            for (auto const& p : rm->as_array())
                remove_at(vc.document, p.as_string().c_str());
        for (auto const& v : o.at("violations").as_array())
            vc.violations.emplace(v.at(0).as_string().c_str(), v.at(1).as_string().c_str());
        cases.push_back(std::move(vc));
    }
    return cases;
}

} // namespace test_support

#endif
