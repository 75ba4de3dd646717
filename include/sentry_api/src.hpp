// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_SRC_HPP
#define SENTRY_API_SRC_HPP

// The separately compiled part of sentry-api: include this in exactly one file of a program
// that defines SENTRY_API_SEPARATE_COMPILATION everywhere (the sentry_api::compiled target of
// CMake and sentry_api_compiled_dep of Meson do both). It compiles decode, decode_into, validate,
// encode and json_schema of the model's types (SENTRY_API_MODEL_TYPES, model/instances.hpp) once,
// check_sentry_shape and fill_sentry_shape of the payloads, and the functions that are not
// templates (codec/impl/*.ipp, model/impl/*.ipp).

#ifndef SENTRY_API_SEPARATE_COMPILATION
#error "<sentry_api/src.hpp> is for the separately compiled mode: define SENTRY_API_SEPARATE_COMPILATION for the whole program"
#endif

#include <sentry_api/codec.hpp>
#include <sentry_api/model.hpp>
#include <sentry_api/model/extern_instances.hpp>
#include <sentry_api/codec/impl/diff.ipp>
#include <sentry_api/codec/impl/json_text.ipp>
#include <sentry_api/model/impl/cursor.ipp>
#include <sentry_api/model/impl/detect_payload.ipp>
#include <sentry_api/model/impl/endpoints.ipp>
#include <sentry_api/model/impl/link.ipp>
#include <sentry_api/model/impl/page_links.ipp>

namespace sentry_api::codec {
SENTRY_API_MODEL_TYPES(SENTRY_API_DETAIL_DEFINE_INSTANCES)
SENTRY_API_MODEL_PAGES(SENTRY_API_DETAIL_DEFINE_PAGE)
} // namespace sentry_api::codec
SENTRY_API_MODEL_VECTORS(SENTRY_API_DETAIL_DEFINE_VECTOR)

namespace sentry_api {
template std::vector<std::string> check_sentry_shape(group_hashes const&, sentry_shape_options const&);
template std::vector<std::string> check_sentry_shape(group_hash const&, sentry_shape_options const&);
template std::vector<std::string> check_sentry_shape(events const&, sentry_shape_options const&);
template std::vector<std::string> check_sentry_shape(event const&, sentry_shape_options const&);
template void fill_sentry_shape(group_hashes&, sentry_shape_options const&);
template void fill_sentry_shape(group_hash&, sentry_shape_options const&);
template void fill_sentry_shape(events&, sentry_shape_options const&);
template void fill_sentry_shape(event&, sentry_shape_options const&);
} // namespace sentry_api

#endif
