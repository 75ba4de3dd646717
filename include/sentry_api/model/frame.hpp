// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_FRAME_HPP
#define SENTRY_API_MODEL_FRAME_HPP

#include <sentry_api/model/common.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <vector>

namespace sentry_api {

/// One stack frame. Every key is optional; the first fifteen come in the documented order.
struct frame {
    /// `function`: the function's name (string; may be absent or null).
    presence<std::string> function;
    /// `errors`: problems met while processing this frame (array of any JSON; may be absent or null).
    presence<json_array_text> errors;
    /// `colNo`: the column (integer >= 0; may be absent or null).
    presence<count> colNo;
    /// `module`: the module, such as `raven.base` (string; may be absent or null).
    presence<std::string> module;
    /// `package`: the package or binary the code is in (string; may be absent or null).
    presence<std::string> package;
    /// `absPath`: the file's absolute path or URL (string; may be absent or null).
    presence<std::string> absPath;
    /// `inApp`: whether the code is the application's own (boolean; may be absent or null).
    presence<bool> inApp;
    /// `instructionAddr`: the instruction's address (string, `0x` and hex digits; may be absent or null).
    presence<address> instructionAddr;
    /// `filename`: the file, relative to the project (string; may be absent or null).
    presence<std::string> filename;
    /// `platform`: the frame's platform, when not the event's (string; may be absent or null).
    presence<std::string> platform;
    /// `vars`: the local variables, as the SDK wrote them (object of any JSON; may be absent or null).
    presence<json_object_text> vars;
    /// `lineNo`: the line (integer >= 0; may be absent or null).
    presence<count> lineNo;
    /// `context`: source lines around it (array of `[integer >= 0, string or null]`; may be absent or null).
    presence<list<context_line>> context;
    /// `symbolAddr`: where the function starts (string, `0x` and hex digits; may be absent or null).
    presence<address> symbolAddr;
    /// `symbol`: the symbol's raw (mangled) name (string; may be absent or null).
    presence<std::string> symbol;
    /// `rawFunction`: the function's name before it was cleaned up (string; may be absent or null).
    presence<std::string> rawFunction;
    /// `trust`: how the frame was found: `context`, `cfi`, `scan`, ... (string; may be absent or null).
    presence<std::string> trust;
    /// `sourceLink`: a link to the code in its repository (string; may be absent or null).
    presence<std::string> sourceLink;
    /// `map`: the name of the source map applied (string; may be absent or null).
    presence<std::string> map;
    /// `mapUrl`: the URL of the source map applied (string; may be absent or null).
    presence<std::string> mapUrl;
    /// `lock`: the lock the thread waits on here; newer servers only (object; may be absent or null).
    presence<json_object_text> lock;
    /// `origFunction`: the function's name before the source map (string; may be absent or null).
    presence<std::string> origFunction;
    /// `origAbsPath`: the path before the source map (string; may be absent or null).
    presence<std::string> origAbsPath;
    /// `origFilename`: the file before the source map (string; may be absent or null).
    presence<std::string> origFilename;
    /// `origLineNo`: the line before the source map (integer, or `"?"` if unknown; may be absent or null).
    presence<std::variant<std::int64_t, constrained<std::string, rules::unknown_line>>> origLineNo;
    /// `origColNo`: the column before the source map (integer, or `"?"` if unknown; may be absent or null).
    presence<std::variant<std::int64_t, constrained<std::string, rules::unknown_line>>> origColNo;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(frame, (),
                      (function, errors, colNo, module, package, absPath, inApp, instructionAddr, filename,
                       platform, vars, lineNo, context, symbolAddr, symbol, rawFunction, trust, sourceLink, map,
                       mapUrl, lock, origFunction, origAbsPath, origFilename, origLineNo, origColNo, unknown))

} // namespace sentry_api

#endif
