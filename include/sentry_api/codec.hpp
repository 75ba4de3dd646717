#ifndef SENTRY_API_CODEC_HPP
#define SENTRY_API_CODEC_HPP

#include <sentry_api/codec/box.hpp>
#include <sentry_api/codec/constrained.hpp>
#include <sentry_api/codec/decode.hpp>
#include <sentry_api/codec/detect_style.hpp>
#include <sentry_api/codec/describe.hpp>
#include <sentry_api/codec/encode.hpp>
#include <sentry_api/codec/error.hpp>
#include <sentry_api/codec/key_map.hpp>
#include <sentry_api/codec/ordered_map.hpp>
#include <sentry_api/codec/presence.hpp>
#include <sentry_api/codec/result.hpp>
#include <sentry_api/codec/rules.hpp>
#include <sentry_api/codec/schema.hpp>
#include <sentry_api/codec/style.hpp>
#include <sentry_api/codec/union_traits.hpp>
#include <sentry_api/codec/unknown_keys.hpp>
#include <sentry_api/codec/validate.hpp>
#include <sentry_api/codec/violation.hpp>

namespace sentry_api {

using codec::absent;
using codec::box;
using codec::decode;
using codec::decode_into;
using codec::decode_error;
using codec::decode_options;
using codec::detect_style;
using codec::encode;
using codec::encode_options;
using codec::json_schema;
using codec::nullable;
using codec::optional_key;
using codec::presence;
using codec::ordered_map;
using codec::result;
using codec::style;
using codec::text_style;
using codec::unknown_keys;
using codec::validate;
using codec::validation_report;
using codec::violation;

} // namespace sentry_api

#endif
