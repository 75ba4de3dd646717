// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_VIOLATION_HPP
#define SENTRY_API_CODEC_VIOLATION_HPP

#include <sentry_api/codec/error.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace sentry_api::codec {

/// The kind of rule a value broke, as `validate` reports it.
enum class rule_kind : unsigned char {
    type,     ///< the wrong JSON kind (including `null` where it is not allowed) or array length
    required, ///< a required key is absent
    format,   ///< a string that does not match its format (hex id, date-time, IP address...)
    enum_,    ///< a string outside its set of allowed values
    range,    ///< a number outside its allowed range
    unknown,  ///< a key the type does not describe, or a union tag none of its names is; reported
              ///< only when asked (`decode_options::report_unknown`)
};

/// The rule's name as the command-line tool prints it: `type`, `required`, `format`, `enum`,
/// `range`, `unknown`.
constexpr std::string_view to_string(rule_kind r) noexcept
{
    switch (r) {
    case rule_kind::type: return "type";
    case rule_kind::required: return "required";
    case rule_kind::format: return "format";
    case rule_kind::enum_: return "enum";
    case rule_kind::range: return "range";
    case rule_kind::unknown: return "unknown";
    }
    return "type";
}

inline std::ostream& operator<<(std::ostream& os, rule_kind r) { return os << to_string(r); }

/// One broken rule, located by its RFC 6901 JSON Pointer.
struct violation {
    std::string pointer;
    rule_kind rule = rule_kind::type;
    std::string message;
};

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

} // namespace sentry_api::codec

#endif
