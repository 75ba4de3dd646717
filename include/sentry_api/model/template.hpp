// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_TEMPLATE_HPP
#define SENTRY_API_MODEL_TEMPLATE_HPP

#include <sentry_api/model/common.hpp>

#include <vector>

namespace sentry_api {

/// The `data` of a `template` entry: where a template failed, with context lines.
struct template_data {
    /// `lineNo`: the line that failed (integer >= 0; may be absent or null).
    presence<count> lineNo;
    /// `context`: lines around it (array of `[integer >= 0, string or null]`; may be absent, not null).
    optional_key<list<context_line>> context;
    /// `filename`: the template's file (string; may be absent or null).
    presence<std::string> filename;
    /// The keys the model does not describe, kept with their values, in their places.
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(template_data, (), (lineNo, context, filename, unknown))

} // namespace sentry_api

#endif
