// SPDX-License-Identifier: BSL-1.0
// The tool's reading of where and who, as Sentry's own command-line tools read them: the command
// line, then the environment (SENTRY_URL, SENTRY_ORG, SENTRY_AUTH_TOKEN), then the nearest
// .sentryclirc (searched from the current directory upward), then ~/.sentryclirc.
#ifndef SENTRY_API_EXAMPLES_SENTRY_CONFIG_HPP
#define SENTRY_API_EXAMPLES_SENTRY_CONFIG_HPP

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sentry_config {

// One .sentryclirc: `section.key` -> value (`defaults.url`, `defaults.org`, `auth.token`).
struct rc_file {
    std::string path;
    std::map<std::string, std::string> values;
};

inline std::string trimmed(std::string s)
{
    auto const white = " \t\r\n";
    auto const first = s.find_first_not_of(white);
    if (first == std::string::npos)
        return std::string();
    return s.substr(first, s.find_last_not_of(white) - first + 1);
}

// An INI file as sentry-cli writes it: `[section]`, `key = value`, `#` and `;` comment lines.
inline rc_file read_rc(std::filesystem::path const& path)
{
    rc_file rc{path.string(), {}};
    std::ifstream in(path);
    std::string line, section;
    while (std::getline(in, line)) {
        line = trimmed(line);
        if (line.empty() || line[0] == '#' || line[0] == ';')
            continue;
        if (line.front() == '[' && line.back() == ']') {
            section = trimmed(line.substr(1, line.size() - 2));
            continue;
        }
        auto const eq = line.find('=');
        if (eq != std::string::npos && !section.empty())
            rc.values[section + "." + trimmed(line.substr(0, eq))] = trimmed(line.substr(eq + 1));
    }
    return rc;
}

// The .sentryclirc files, nearest first: the first found from the current directory upward, then
// the home directory's (when it is not that one).
inline std::vector<rc_file> rc_files()
{
    std::vector<rc_file> files;
    auto is_file = [](std::filesystem::path const& p) {
        std::error_code ignored; // a missing file is no error here
        return std::filesystem::is_regular_file(p, ignored);
    };
    std::error_code ec;
    auto dir = std::filesystem::current_path(ec);
    for (; !ec && !dir.empty(); dir = dir.parent_path()) {
        if (is_file(dir / ".sentryclirc")) {
            files.push_back(read_rc(dir / ".sentryclirc"));
            break;
        }
        if (dir == dir.parent_path())
            break;
    }
    if (char const* home = std::getenv("HOME"); home && *home) {
        auto const candidate = std::filesystem::path(home) / ".sentryclirc";
        std::error_code ignored;
        bool const same = !files.empty() && std::filesystem::equivalent(candidate, files[0].path, ignored);
        if (!same && is_file(candidate))
            files.push_back(read_rc(candidate));
    }
    return files;
}

// A setting and where it came from (`--url`, `SENTRY_URL`, `/home/me/.sentryclirc (defaults.url)`).
struct setting {
    std::string value;
    std::string source;
};

// `key` of the first file that has it.
inline std::optional<setting> from_files(std::string const& key, std::vector<rc_file> const& files)
{
    for (auto const& f : files)
        if (auto it = f.values.find(key); it != f.values.end() && !it->second.empty())
            return setting{it->second, f.path + " (" + key + ")"};
    return std::nullopt;
}

// The first of: `given` (the command line, from `flag`), the environment variable `env`, `key`
// of each file in turn.
inline std::optional<setting> resolve(std::string const& given, char const* flag, char const* env, std::string const& key,
                                      std::vector<rc_file> const& files)
{
    if (!given.empty())
        return setting{given, flag};
    if (char const* v = std::getenv(env); v && *v)
        return setting{v, env};
    return from_files(key, files);
}

// Where a token was looked for, for the error that says none was found.
inline std::string token_places(std::vector<rc_file> const& files)
{
    std::string places = "SENTRY_AUTH_TOKEN is not set";
    if (files.empty())
        return places + " and there is no .sentryclirc";
    places += " and auth.token is in none of";
    for (auto const& f : files)
        places += " " + f.path;
    return places;
}

} // namespace sentry_config

#endif
