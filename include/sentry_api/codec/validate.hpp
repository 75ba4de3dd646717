#ifndef SENTRY_API_CODEC_VALIDATE_HPP
#define SENTRY_API_CODEC_VALIDATE_HPP

#include <sentry_api/codec/detail/read.hpp>
#include <sentry_api/codec/error.hpp>
#include <sentry_api/codec/style.hpp>
#include <sentry_api/codec/violation.hpp>

#include <boost/json/value.hpp>

#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sentry_api::codec {

/// What `validate` found: every broken rule, or why the input could not be checked at all.
struct validation_report {
    /// Every violation, in document order.
    std::vector<violation> violations;
    /// Set when the input cannot be used: not JSON (`line:column`), a duplicate key, a limit.
    std::optional<codec::error> error;
    /// True when validation stopped at `decode_options::max_violations`: the rest of the
    /// document was not checked.
    bool stopped = false;

    /// True when the document obeys every rule.
    bool ok() const noexcept { return violations.empty() && !error; }
};

namespace detail {

template<class T, class Source>
validation_report validate_from(Source& s, decode_options const& options)
{
    validation_report report;
    context cx(options, &report.violations);
    T scratch{}; // read into, but only one item of each array at a time: nothing is kept
    bool done = read(s, cx, scratch);
    if (!done && cx.stopped()) {
        report.stopped = true;
        return report;
    }
    if constexpr (std::is_same_v<Source, text_source>)
        done = done && s.finish();
    if (!done) {
        report.violations.clear();
        codec::error e;
        if (s.failed()) {
            if constexpr (std::is_same_v<Source, text_source>)
                s.describe_error(e);
        } else if (cx.error) {
            e = *cx.error;
        }
        report.error = std::move(e);
    }
    return report;
}

} // namespace detail

/// Checks JSON text against `T` and its rules, reporting every violation with its JSON Pointer.
///
/// Unlike `decode`, it does not stop at the first problem: a wrong type deep in a frame and a
/// bad date at the top are both reported. Missing required keys, `null` where it is not
/// allowed, formats, enumerations and ranges are checked; unknown keys are allowed.
/// @param text the JSON text
/// @returns the report; `report.ok()` when there is nothing to report
/// @code
/// auto report = sentry_api::validate<sentry_api::group_hashes>(body);
/// for (auto const& v : report.violations) std::cout << v.pointer << ": " << v.message << '\n';
/// @endcode
template<class T>
validation_report validate(std::string_view text, decode_options const& options = {})
{
    detail::text_source s(text);
    return detail::validate_from<T>(s, options);
}

/// Checks a `boost::json::value` against `T` and its rules.
template<class T, class Json, class = std::enable_if_t<std::is_same_v<Json, boost::json::value>>>
validation_report validate(Json const& json, decode_options const& options = {})
{
    detail::dom_source s(json);
    return detail::validate_from<T>(s, options);
}

} // namespace sentry_api::codec

#endif
