// SPDX-License-Identifier: BSL-1.0
#include <sentry_api/codec/schema.hpp>

#define BOOST_TEST_MODULE codec_schema
#include <boost/test/unit_test.hpp>

#include <sentry_api/codec.hpp>

#include <boost/describe.hpp>
#include <boost/json/parse.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace {

enum class level { low, high };
BOOST_DESCRIBE_ENUM(level, low, high)

struct nonempty_name {
    static constexpr sentry_api::codec::rule_kind kind = sentry_api::codec::rule_kind::format;
    static constexpr std::string_view expected = "a non-empty string";
    static bool check(std::string const& v) { return !v.empty(); }
    static void schema(boost::json::object& s) { s["minLength"] = 1; }
};

struct reading {
    sentry_api::codec::constrained<std::string, nonempty_name> sensor;
    std::uint8_t percent = 0;
    sentry_api::presence<double> value;
    sentry_api::optional_key<level> alert;
    sentry_api::nullable<std::vector<std::int64_t>> samples;
    std::optional<std::pair<std::string, bool>> flag;
    std::map<std::string, std::variant<std::int64_t, std::string>> labels;
};
SENTRY_API_DESCRIBE_STRUCT(reading, (), (sensor, percent, value, alert, samples, flag, labels))

struct node {
    std::string name;
    std::vector<node> children;
    sentry_api::unknown_keys unknown;
};
SENTRY_API_DESCRIBE_STRUCT(node, (), (name, children, unknown))

} // namespace

BOOST_AUTO_TEST_CASE(a_struct_becomes_a_def_with_its_rules)
{
    auto schema = sentry_api::json_schema<reading>();
    auto expected = boost::json::parse(R"({
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$ref": "#/$defs/reading",
      "$defs": {
        "reading": {
          "type": "object",
          "properties": {
            "sensor": {"type": "string", "minLength": 1},
            "percent": {"type": "integer", "minimum": 0, "maximum": 255},
            "value": {"anyOf": [{"type": "number"}, {"type": "null"}]},
            "alert": {"type": "string", "enum": ["low", "high"]},
            "samples": {"anyOf": [{"type": "array", "items": {"type": "integer"}}, {"type": "null"}]},
            "flag": {"anyOf": [{"type": "array", "prefixItems": [{"type": "string"}, {"type": "boolean"}],
                                "minItems": 2, "maxItems": 2}, {"type": "null"}]},
            "labels": {"type": "object", "additionalProperties": {"anyOf": [{"type": "integer"}, {"type": "string"}]}}
          },
          "required": ["sensor", "percent", "samples", "labels"],
          "additionalProperties": false
        }
      }
    })");
    BOOST_TEST(schema == expected, sentry_api::encode(schema, sentry_api::style::pretty));
}

BOOST_AUTO_TEST_CASE(a_struct_that_keeps_unknown_keys_is_open_and_may_refer_to_itself)
{
    auto schema = sentry_api::json_schema<std::vector<node>>();
    BOOST_TEST(schema.at("items") == boost::json::parse(R"({"$ref": "#/$defs/node"})"));
    auto const& def = schema.at("$defs").at("node").as_object();
    BOOST_TEST(!def.contains("additionalProperties"));
    BOOST_TEST(def.at("properties").at("children") ==
               boost::json::parse(R"({"type": "array", "items": {"$ref": "#/$defs/node"}})"));
}

BOOST_AUTO_TEST_CASE(the_same_rule_checks_and_describes)
{
    auto good = sentry_api::validate<reading>(R"({"sensor": "a", "percent": 5, "samples": null, "labels": {}})");
    BOOST_TEST(good.ok());
    auto bad = sentry_api::validate<reading>(R"({"sensor": "", "percent": 5, "labels": {"a": 1.5}})");
    BOOST_TEST_REQUIRE(bad.violations.size() == 3u);
    BOOST_TEST(bad.violations[0].pointer == "/sensor");
    BOOST_TEST(bad.violations[0].rule == sentry_api::codec::rule_kind::format);
    BOOST_TEST(bad.violations[1].pointer == "/labels/a");
    BOOST_TEST(bad.violations[2].pointer == "/samples");
    BOOST_TEST(bad.violations[2].rule == sentry_api::codec::rule_kind::required);
}
