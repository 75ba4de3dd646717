// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_STACKTRACE_HPP
#define SENTRY_API_MODEL_STACKTRACE_HPP

#include <sentry_api/model/common.hpp>
#include <sentry_api/model/frame.hpp>

#include <vector>

namespace sentry_api {

/// A stack trace: its frames (oldest first) and what was left out.
struct stacktrace {
    required_key<std::vector<sentry_api::frame>> frames;
    presence<std::pair<std::int64_t, std::int64_t>> framesOmitted;
    presence<ordered_map<std::optional<std::string>>> registers;
    optional_key<bool> hasSystemFrames;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(stacktrace, (), (frames, framesOmitted, registers, hasSystemFrames, unknown))

} // namespace sentry_api

#endif
