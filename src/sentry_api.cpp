// SPDX-License-Identifier: BSL-1.0
// The separately compiled library (CMake's sentry_api::compiled, Meson's sentry_api_compiled_dep).
#include <sentry_api/src.hpp>
