// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_HPP
#define SENTRY_API_HPP

#include <sentry_api/model.hpp>
#include <sentry_api/version.hpp>

// Header-only (the default): the whole codec. Separately compiled: its declarations only, and
// the model's functions (array_decoder of its pages among them) come from the file that includes
// <sentry_api/src.hpp>; a file that uses the codec on its own structs includes
// <sentry_api/codec.hpp> as well.
#ifdef SENTRY_API_SEPARATE_COMPILATION
#include <sentry_api/codec/api.hpp>
#include <sentry_api/codec/diff.hpp>
#include <sentry_api/model/extern_instances.hpp>
#else
#include <sentry_api/codec.hpp>
#endif

#endif
