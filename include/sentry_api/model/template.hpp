// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_TEMPLATE_HPP
#define SENTRY_API_MODEL_TEMPLATE_HPP

#include <sentry_api/model/common.hpp>

#include <vector>

namespace sentry_api {

/// The `data` of a `template` entry: where a template failed, with context lines.
struct template_data {
    presence<count> lineNo;
    optional_key<std::vector<context_line>> context;
    presence<std::string> filename;
    unknown_keys unknown;
};

SENTRY_API_DESCRIBE_STRUCT(template_data, (), (lineNo, context, filename, unknown))

} // namespace sentry_api

#endif
