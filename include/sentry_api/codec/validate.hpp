// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_VALIDATE_HPP
#define SENTRY_API_CODEC_VALIDATE_HPP

#include <sentry_api/codec/api.hpp>
#include <sentry_api/codec/decode.hpp>
#include <sentry_api/codec/detail/read.hpp>
#include <sentry_api/codec/error.hpp>
#include <sentry_api/codec/style.hpp>
#include <sentry_api/codec/violation.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace sentry_api::codec {

/// Checks JSON text against `T` and its rules, reporting every violation with its JSON Pointer.
///
/// Unlike `decode`, it does not stop at the first problem: a wrong type deep in a frame and a
/// bad date at the top are both reported. Missing required keys, `null` where it is not
/// allowed, formats, enumerations and ranges are checked; unknown keys and union tags are
/// allowed, unless `options.report_unknown` asks for them as `unknown` violations.
/// @param text the JSON text
/// @param options limits, and `max_violations` (`{}` by default)
/// @returns the report; `report.ok()` when there is nothing to report
/// @code
/// auto report = sentry_api::validate<sentry_api::group_hashes>(body);
/// for (auto const& v : report.violations) std::cout << v.pointer << ": " << v.message << '\n';
/// @endcode
template<class T>
validation_report validate(std::string_view text, decode_options const& options)
{
    validation_report report;
    detail::text_source s(text);
    detail::context cx(options, &report.violations);
    T scratch{}; // read into, but only one item of each array at a time: nothing is kept
    bool const done = detail::read(s, cx, scratch) && s.finish();
    if (done)
        return report;
    if (cx.stopped()) {
        report.stopped = true;
        return report;
    }
    report.violations.clear();
    codec::error e;
    if (s.failed())
        s.describe_error(e);
    else if (cx.error)
        e = *cx.error;
    report.error = std::move(e);
    return report;
}

/// Reads JSON text into an existing value and checks its rules in the same read of the text:
/// what `decode_into(value, text)` and then `validate<T>(text)` give, for one pass.
///
/// Data errors are decoding's: the first value of the wrong kind, a missing key that the type
/// cannot do without, or text that is not JSON ends the read, and then `error` holds what
/// `decode_into` would say (the value is valid but unspecified, and there are no violations).
/// Otherwise the value is read in full and `violations` are what `validate` reports; past
/// `max_violations` no more are recorded (`stopped`), but the value is still read to its end.
/// @code
/// sentry_api::group_hashes page;
/// auto report = sentry_api::decode_and_validate(page, body);
/// if (report.error) std::cerr << report.error->to_string() << '\n';
/// @endcode
template<class T>
validation_report decode_and_validate(T& value, std::string_view text, decode_options const& options)
{
    validation_report report;
    detail::text_source s(text);
    detail::context cx(options, &report.violations, true);
    if (detail::read(s, cx, value) && s.finish()) {
        report.stopped = cx.stopped();
        return report;
    }
    report.violations.clear();
    report.error = detail::finish_error(s, text, cx);
    return report;
}

/// Checks a `boost::json::value` against `T` and its rules, as its serialization would be.
template<class T, class Json, class>
validation_report validate(Json const& json, decode_options const& options)
{
    if (!detail::within_depth(json, options.max_depth)) {
        validation_report report;
        report.error = detail::too_deep(options);
        return report;
    }
    return validate<T>(std::string_view(boost::json::serialize(json)), options);
}

} // namespace sentry_api::codec

#endif
