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
    presence<std::string> function;
    presence<json_array_text> errors;
    presence<count> colNo;
    presence<std::string> module;
    presence<std::string> package;
    presence<std::string> absPath;
    presence<bool> inApp;
    presence<address> instructionAddr;
    presence<std::string> filename;
    presence<std::string> platform;
    presence<json_object_text> vars;
    presence<count> lineNo;
    presence<std::vector<context_line>> context;
    presence<address> symbolAddr;
    presence<std::string> symbol;
    presence<std::string> rawFunction;
    presence<std::string> trust;
    presence<std::string> sourceLink;
    presence<std::string> map;
    presence<std::string> mapUrl;
    presence<json_object_text> lock;
    presence<std::string> origFunction;
    presence<std::string> origAbsPath;
    presence<std::string> origFilename;
    presence<std::variant<std::int64_t, constrained<std::string, rules::unknown_line>>> origLineNo;
    presence<std::variant<std::int64_t, constrained<std::string, rules::unknown_line>>> origColNo;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(frame, (),
                      (function, errors, colNo, module, package, absPath, inApp, instructionAddr, filename,
                       platform, vars, lineNo, context, symbolAddr, symbol, rawFunction, trust, sourceLink, map,
                       mapUrl, lock, origFunction, origAbsPath, origFilename, origLineNo, origColNo, unknown))

} // namespace sentry_api

#endif
