// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_INSTANCES_HPP
#define SENTRY_API_MODEL_INSTANCES_HPP

// The model's types whose decode, decode_into, validate, encode and json_schema (and the
// destructors of its vectors) are compiled once, by <sentry_api/src.hpp>, in the separately compiled mode (SENTRY_API_SEPARATE_COMPILATION).
// There, every other file sees them as explicit instantiation declarations: it calls them
// without compiling them, whether or not it also includes the definitions (<sentry_api/codec.hpp>,
// for its own structs).

#include <sentry_api/codec/api.hpp>
#include <sentry_api/model/breadcrumb.hpp>
#include <sentry_api/model/cursor.hpp>
#include <sentry_api/model/entry.hpp>
#include <sentry_api/model/event.hpp>
#include <sentry_api/model/group_hash.hpp>
#include <sentry_api/model/link.hpp>

#include <boost/json/fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Calls `X(T)` for every model type compiled by <sentry_api/src.hpp>.
#define SENTRY_API_MODEL_TYPES(X)                                                                  \
    X(::sentry_api::group_hashes) X(::sentry_api::group_hash) X(::sentry_api::events)              \
    X(::sentry_api::event) X(::sentry_api::entry) X(::sentry_api::message_entry)                   \
    X(::sentry_api::stacktrace_entry) X(::sentry_api::exception_entry)                             \
    X(::sentry_api::template_entry) X(::sentry_api::request_entry)                                 \
    X(::sentry_api::breadcrumbs_entry) X(::sentry_api::threads_entry)                              \
    X(::sentry_api::unknown_entry) X(::sentry_api::event_metadata) X(::sentry_api::event_error)    \
    X(::sentry_api::exception_value) X(::sentry_api::exception_data) X(::sentry_api::frame)        \
    X(::sentry_api::message_data) X(::sentry_api::request_data) X(::sentry_api::sdk)               \
    X(::sentry_api::stacktrace) X(::sentry_api::tag) X(::sentry_api::template_data)                \
    X(::sentry_api::thread) X(::sentry_api::threads_data) X(::sentry_api::user)                    \
    X(::sentry_api::breadcrumb) X(::sentry_api::breadcrumbs_data) X(::sentry_api::cursor)            \
    X(::sentry_api::link) X(std::vector<::sentry_api::link>) X(::boost::json::value)

// Every function of the codec for `T`, declared (`EXTERN` is `extern`) or defined (empty);
// used within namespace sentry_api::codec.
#define SENTRY_API_DETAIL_INSTANCES(EXTERN, T)                                                     \
    EXTERN template std::optional<error> decode_into<T>(T&, std::string_view, decode_options const&); \
    EXTERN template result<T> decode<T>(std::string_view, decode_options const&);                  \
    EXTERN template result<T> decode<T, boost::json::value>(boost::json::value const&, decode_options const&); \
    EXTERN template validation_report validate<T>(std::string_view, decode_options const&);        \
    EXTERN template validation_report decode_and_validate<T>(T&, std::string_view, decode_options const&); \
    EXTERN template validation_report validate<T, boost::json::value>(boost::json::value const&,    \
                                                                      decode_options const&);      \
    EXTERN template std::string encode<T>(T const&, encode_options const&);                        \
    EXTERN template std::string encode<T>(T const&, style);                                        \
    EXTERN template boost::json::value json_schema<T>();

/// Calls `X(V)` for every vector of the model whose destructor <sentry_api/src.hpp> compiles, so
/// that a file using a page does not compile the destructors of everything a page holds.
#define SENTRY_API_MODEL_VECTORS(X)                                                                \
    X(std::vector<::sentry_api::group_hash>) X(std::vector<::sentry_api::event>)                   \
    X(std::vector<::sentry_api::link>)

// The pages read piece by piece (array_decoder), by the client among others.
#define SENTRY_API_MODEL_PAGES(X) X(::sentry_api::group_hashes) X(::sentry_api::events)
#define SENTRY_API_DETAIL_DECLARE_PAGE(P) extern template class array_decoder<P>;
#define SENTRY_API_DETAIL_DEFINE_PAGE(P) template class array_decoder<P>;

#define SENTRY_API_DETAIL_DECLARE_VECTOR(V) extern template V::vector::~vector();
#define SENTRY_API_DETAIL_DEFINE_VECTOR(V) template V::vector::~vector();
#define SENTRY_API_DETAIL_DECLARE_INSTANCES(T) SENTRY_API_DETAIL_INSTANCES(extern, T)
#define SENTRY_API_DETAIL_DEFINE_INSTANCES(T) SENTRY_API_DETAIL_INSTANCES(, T)

// A file that only calls the functions sees their declarations (codec/api.hpp) and needs no
// more: the calls go to the instances of <sentry_api/src.hpp>. Only a file that also sees their
// definitions (<sentry_api/codec.hpp>) needs them declared explicit instances, so as not to
// compile them again: model/extern_instances.hpp does that, included by <sentry_api/codec.hpp>.
#ifdef SENTRY_API_SEPARATE_COMPILATION
SENTRY_API_MODEL_VECTORS(SENTRY_API_DETAIL_DECLARE_VECTOR)
#endif

#endif
