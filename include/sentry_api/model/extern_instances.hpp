// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_EXTERN_INSTANCES_HPP
#define SENTRY_API_MODEL_EXTERN_INSTANCES_HPP

// In the separately compiled mode, the model's instances declared explicit, for a file that also
// sees the codec's definitions (<sentry_api/codec.hpp> includes this): its calls on the model's
// types go to <sentry_api/src.hpp>'s instances rather than compiling them again.

#include <sentry_api/codec/array_decoder.hpp>
#include <sentry_api/model/instances.hpp>

#ifdef SENTRY_API_SEPARATE_COMPILATION
namespace sentry_api::codec {
SENTRY_API_MODEL_TYPES(SENTRY_API_DETAIL_DECLARE_INSTANCES)
SENTRY_API_MODEL_PAGES(SENTRY_API_DETAIL_DECLARE_PAGE)
} // namespace sentry_api::codec
#endif

#endif
