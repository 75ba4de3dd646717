// SPDX-License-Identifier: BSL-1.0
// The sentry-api model written the usual nlohmann/json way, for the comparison cases.
//
// Structs with from_json/to_json, std::optional for nullable or optional keys. A stacktrace
// entry's data is typed down to its frames; other entries' data, and free-form objects
// (contexts, vars, metadata, ...), stay nlohmann::json. Unlike sentry-api it does not keep
// unknown keys, nor absent apart from null: keys Sentry always writes are written back as null
// when empty, the others are left out.
#ifndef SENTRY_API_BENCH_NLOHMANN_MODEL_HPP
#define SENTRY_API_BENCH_NLOHMANN_MODEL_HPP

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// nlohmann/json 3.11.2 has no std::optional conversion of its own: this is the one its README shows.
NLOHMANN_JSON_NAMESPACE_BEGIN
template<class T>
struct adl_serializer<std::optional<T>> {
    static void to_json(json& j, std::optional<T> const& v)
    {
        if (v)
            j = *v;
        else
            j = nullptr;
    }
    static void from_json(json const& j, std::optional<T>& v)
    {
        if (j.is_null())
            v.reset();
        else
            v = j.get<T>();
    }
};
NLOHMANN_JSON_NAMESPACE_END

namespace bench::nl {

using json = nlohmann::json;
template<class T>
using opt = std::optional<T>;

// A required key: a missing one throws, as nlohmann's `at` does.
template<class T>
void read(json const& j, char const* key, T& out)
{
    j.at(key).get_to(out);
}

// A key that may be absent or null.
template<class T>
void read(json const& j, char const* key, opt<T>& out)
{
    auto it = j.find(key);
    if (it == j.end())
        out.reset();
    else
        it->get_to(out);
}

// A key Sentry always writes: an empty optional is written as null.
template<class T>
void write(json& j, char const* key, T const& v)
{
    j[key] = v;
}

// A key only some servers send: an empty optional is left out.
template<class T>
void write_if_set(json& j, char const* key, opt<T> const& v)
{
    if (v)
        j[key] = *v;
}

struct user {
    opt<std::string> username, ip_address, email, name, id;
    opt<json> geo, data;
};

inline void from_json(json const& j, user& u)
{
    read(j, "username", u.username);
    read(j, "ip_address", u.ip_address);
    read(j, "email", u.email);
    read(j, "name", u.name);
    read(j, "id", u.id);
    read(j, "geo", u.geo);
    read(j, "data", u.data);
}

inline void to_json(json& j, user const& u)
{
    j = json::object();
    write(j, "username", u.username);
    write(j, "ip_address", u.ip_address);
    write(j, "email", u.email);
    write(j, "name", u.name);
    write(j, "id", u.id);
    write_if_set(j, "geo", u.geo);
    write_if_set(j, "data", u.data);
}

struct sdk {
    std::string name, version;
    opt<json> upstream;
};

inline void from_json(json const& j, sdk& s)
{
    read(j, "name", s.name);
    read(j, "version", s.version);
    read(j, "upstream", s.upstream);
}

inline void to_json(json& j, sdk const& s)
{
    j = json::object();
    write(j, "name", s.name);
    write(j, "version", s.version);
    write_if_set(j, "upstream", s.upstream);
}

struct tag {
    std::string value, key;
    opt<std::string> query;
};

inline void from_json(json const& j, tag& t)
{
    read(j, "value", t.value);
    read(j, "key", t.key);
    read(j, "query", t.query);
}

inline void to_json(json& j, tag const& t)
{
    j = json::object();
    write(j, "value", t.value);
    write(j, "key", t.key);
    write_if_set(j, "query", t.query);
}

using context_line = std::pair<std::int64_t, opt<std::string>>;

struct frame {
    // The fifteen documented keys.
    opt<std::string> function;
    opt<json> errors;
    opt<std::int64_t> colNo;
    opt<std::string> module, package, absPath;
    opt<bool> inApp;
    opt<std::string> instructionAddr, filename, platform;
    opt<json> vars;
    opt<std::int64_t> lineNo;
    opt<std::vector<context_line>> context;
    opt<std::string> symbolAddr, symbol;
    // Keys newer servers add.
    opt<std::string> rawFunction, trust, sourceLink, map, mapUrl;
    opt<json> lock;
    opt<std::string> origFunction, origAbsPath, origFilename;
    opt<json> origLineNo, origColNo;
};

inline void from_json(json const& j, frame& f)
{
    read(j, "function", f.function);
    read(j, "errors", f.errors);
    read(j, "colNo", f.colNo);
    read(j, "module", f.module);
    read(j, "package", f.package);
    read(j, "absPath", f.absPath);
    read(j, "inApp", f.inApp);
    read(j, "instructionAddr", f.instructionAddr);
    read(j, "filename", f.filename);
    read(j, "platform", f.platform);
    read(j, "vars", f.vars);
    read(j, "lineNo", f.lineNo);
    read(j, "context", f.context);
    read(j, "symbolAddr", f.symbolAddr);
    read(j, "symbol", f.symbol);
    read(j, "rawFunction", f.rawFunction);
    read(j, "trust", f.trust);
    read(j, "sourceLink", f.sourceLink);
    read(j, "map", f.map);
    read(j, "mapUrl", f.mapUrl);
    read(j, "lock", f.lock);
    read(j, "origFunction", f.origFunction);
    read(j, "origAbsPath", f.origAbsPath);
    read(j, "origFilename", f.origFilename);
    read(j, "origLineNo", f.origLineNo);
    read(j, "origColNo", f.origColNo);
}

inline void to_json(json& j, frame const& f)
{
    j = json::object();
    write(j, "function", f.function);
    write(j, "errors", f.errors);
    write(j, "colNo", f.colNo);
    write(j, "module", f.module);
    write(j, "package", f.package);
    write(j, "absPath", f.absPath);
    write(j, "inApp", f.inApp);
    write(j, "instructionAddr", f.instructionAddr);
    write(j, "filename", f.filename);
    write(j, "platform", f.platform);
    write(j, "vars", f.vars);
    write(j, "lineNo", f.lineNo);
    write(j, "context", f.context);
    write(j, "symbolAddr", f.symbolAddr);
    write(j, "symbol", f.symbol);
    write_if_set(j, "rawFunction", f.rawFunction);
    write_if_set(j, "trust", f.trust);
    write_if_set(j, "sourceLink", f.sourceLink);
    write_if_set(j, "map", f.map);
    write_if_set(j, "mapUrl", f.mapUrl);
    write_if_set(j, "lock", f.lock);
    write_if_set(j, "origFunction", f.origFunction);
    write_if_set(j, "origAbsPath", f.origAbsPath);
    write_if_set(j, "origFilename", f.origFilename);
    write_if_set(j, "origLineNo", f.origLineNo);
    write_if_set(j, "origColNo", f.origColNo);
}

struct stacktrace {
    std::vector<frame> frames;
    opt<json> framesOmitted, registers;
    opt<bool> hasSystemFrames;
};

inline void from_json(json const& j, stacktrace& s)
{
    read(j, "frames", s.frames);
    read(j, "framesOmitted", s.framesOmitted);
    read(j, "registers", s.registers);
    read(j, "hasSystemFrames", s.hasSystemFrames);
}

inline void to_json(json& j, stacktrace const& s)
{
    j = json::object();
    write(j, "frames", s.frames);
    write(j, "framesOmitted", s.framesOmitted);
    write(j, "registers", s.registers);
    write_if_set(j, "hasSystemFrames", s.hasSystemFrames);
}

/// `{"type": ..., "data": ...}`: a stacktrace's data typed, any other kept as JSON.
struct entry {
    std::string type;
    std::variant<stacktrace, json> data;
};

inline void from_json(json const& j, entry& e)
{
    read(j, "type", e.type);
    json const& data = j.at("data");
    if (e.type == "stacktrace")
        e.data = data.get<stacktrace>();
    else
        e.data = data;
}

inline void to_json(json& j, entry const& e)
{
    j = json::object();
    write(j, "type", e.type);
    std::visit([&j](auto const& data) { write(j, "data", data); }, e.data);
}

struct event {
    // The documented keys.
    std::string eventID;
    opt<nl::sdk> sdk;
    opt<json> errors;
    opt<std::string> dist, platform;
    opt<json> contexts;
    opt<nl::user> user;
    opt<std::vector<std::string>> fingerprints;
    opt<std::string> dateCreated, dateReceived;
    opt<std::int64_t> size;
    opt<json> context;
    opt<std::vector<entry>> entries;
    std::string id;
    opt<std::string> message;
    opt<std::map<std::string, std::string>> packages;
    opt<std::string> type, groupID;
    opt<std::vector<tag>> tags;
    opt<json> metadata;
    // Keys newer servers and the simple form (`event.type`) add.
    opt<std::string> title, location, culprit, projectID, event_type;
    opt<json> startTimestamp, endTimestamp;
};

inline void from_json(json const& j, event& e)
{
    read(j, "eventID", e.eventID);
    read(j, "sdk", e.sdk);
    read(j, "errors", e.errors);
    read(j, "dist", e.dist);
    read(j, "platform", e.platform);
    read(j, "contexts", e.contexts);
    read(j, "user", e.user);
    read(j, "fingerprints", e.fingerprints);
    read(j, "dateCreated", e.dateCreated);
    read(j, "dateReceived", e.dateReceived);
    read(j, "size", e.size);
    read(j, "context", e.context);
    read(j, "entries", e.entries);
    read(j, "id", e.id);
    read(j, "message", e.message);
    read(j, "packages", e.packages);
    read(j, "type", e.type);
    read(j, "groupID", e.groupID);
    read(j, "tags", e.tags);
    read(j, "metadata", e.metadata);
    read(j, "title", e.title);
    read(j, "location", e.location);
    read(j, "culprit", e.culprit);
    read(j, "projectID", e.projectID);
    read(j, "event.type", e.event_type);
    read(j, "startTimestamp", e.startTimestamp);
    read(j, "endTimestamp", e.endTimestamp);
}

inline void to_json(json& j, event const& e)
{
    j = json::object();
    write(j, "eventID", e.eventID);
    write(j, "sdk", e.sdk);
    write(j, "errors", e.errors);
    write(j, "dist", e.dist);
    write(j, "platform", e.platform);
    write(j, "contexts", e.contexts);
    write(j, "user", e.user);
    write(j, "fingerprints", e.fingerprints);
    write(j, "dateCreated", e.dateCreated);
    write(j, "dateReceived", e.dateReceived);
    write(j, "size", e.size);
    write(j, "context", e.context);
    write(j, "entries", e.entries);
    write(j, "id", e.id);
    write(j, "message", e.message);
    write(j, "packages", e.packages);
    write(j, "type", e.type);
    write(j, "groupID", e.groupID);
    write(j, "tags", e.tags);
    write(j, "metadata", e.metadata);
    write_if_set(j, "title", e.title);
    write_if_set(j, "location", e.location);
    write_if_set(j, "culprit", e.culprit);
    write_if_set(j, "projectID", e.projectID);
    write_if_set(j, "event.type", e.event_type);
    write_if_set(j, "startTimestamp", e.startTimestamp);
    write_if_set(j, "endTimestamp", e.endTimestamp);
}

struct group_hash {
    opt<event> latestEvent;
    opt<std::string> state;
    std::string id;
    opt<bool> mergedBySeer;
    opt<json> seerMatchDistance;
};

inline void from_json(json const& j, group_hash& h)
{
    read(j, "latestEvent", h.latestEvent);
    read(j, "state", h.state);
    read(j, "id", h.id);
    read(j, "mergedBySeer", h.mergedBySeer);
    read(j, "seerMatchDistance", h.seerMatchDistance);
}

inline void to_json(json& j, group_hash const& h)
{
    j = json::object();
    write(j, "latestEvent", h.latestEvent);
    write_if_set(j, "state", h.state);
    write(j, "id", h.id);
    write_if_set(j, "mergedBySeer", h.mergedBySeer);
    write_if_set(j, "seerMatchDistance", h.seerMatchDistance);
}

/// Parses `text` into `N` the usual nlohmann way; nothing when it throws.
template<class N>
std::optional<N> read_once(std::string const& text)
{
    try {
        return json::parse(text).get<N>();
    } catch (json::exception const&) {
        return std::nullopt;
    }
}

} // namespace bench::nl

#endif
