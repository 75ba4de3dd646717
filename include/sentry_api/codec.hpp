// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_HPP
#define SENTRY_API_CODEC_HPP

#include <sentry_api/codec/api.hpp>
#include <sentry_api/codec/array_decoder.hpp>
#include <sentry_api/codec/impl/array_decoder.hpp>
#include <sentry_api/codec/decode.hpp>
#include <sentry_api/codec/diff.hpp>
#include <sentry_api/codec/encode.hpp>
#include <sentry_api/codec/schema.hpp>
#include <sentry_api/codec/validate.hpp>

// Separately compiled: the model's instances come from <sentry_api/src.hpp>.
#ifdef SENTRY_API_SEPARATE_COMPILATION
#include <sentry_api/model/extern_instances.hpp>
#endif

#endif
