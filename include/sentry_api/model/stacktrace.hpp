// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_STACKTRACE_HPP
#define SENTRY_API_MODEL_STACKTRACE_HPP

#include <sentry_api/model/common.hpp>
#include <sentry_api/model/frame.hpp>

#include <vector>

namespace sentry_api {

/// A stack trace: its frames (oldest first) and what was left out.
struct stacktrace {
    /// `frames`: the frames, the oldest call first (array of objects; required, not null).
    required_key<list<sentry_api::frame>> frames;
    /// `framesOmitted`: the frames left out of a deep stack (`[integer, integer]`; may be absent or null).
    presence<std::pair<std::int64_t, std::int64_t>> framesOmitted;
    /// `registers`: the CPU registers at the crash (object of strings or nulls; may be absent or null).
    presence<ordered_map<std::optional<std::string>>> registers;
    /// `hasSystemFrames`: whether some frame is not the application's own (boolean; may be absent, not null).
    optional_key<bool> hasSystemFrames;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(stacktrace, (), (frames, framesOmitted, registers, hasSystemFrames, unknown))

} // namespace sentry_api

#endif
